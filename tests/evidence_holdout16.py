"""Blind holdout corpus 16: real Texas leads in shapes a strict checker trips on, and controls.

Focus and mix: about three quarters real Texas property managers whose pages carry what a
strict reader could wrongly reject (everyday portal notices: an office move, holiday hours, a
new portal's welcome, a maintenance window, late-payment posting times, a storm closure, online
applications, new ownership, "now powered by" the same vendor, a scam warning, an old phone
number; homepages with an out-of-state head office, P.O. box or owner address beside a Texas
office written many ways; portals titled with a street address, a property name, a legal entity,
an owner or initials; portals linked only from an inner page, a portal picker, a vanity host, a
meta-refresh page, Wix and Squarespace buttons) and a quarter controls of ordinary rejections (a
truly out-of-state company, stale and handed-over portals, a parked domain, a dead domain, a bot
wall, another PMS, an unknown account, another company's portal, a site with no portal).

Labels were decided from docs/live-checks.md and what a careful person concludes from the pages
as served, written without reading or running the checks. Three Texas companies are labelled
`wrong_state` because the contract's wording (the state "by name, code or abbreviation", or the
company's city) is not met by what their homepages show beside an out-of-state address; they are
marked `# ambiguous:`. Every page is our own short HTML after real pages' shapes (vendor host
names and paths as the vendor table gives them); company names, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import Case, Collector, _login, spa_shell
from fake_web import Reply, doc, not_found, page, raw, redirect

collector = Collector("holdout16-")
add = collector.add


# --- pages ------------------------------------------------------------------------------------


def _notice(text: str) -> str:
    return f"<div class='alert alert-info announcement' role='alert'><strong>Announcement</strong><p>{text}</p></div>"


def _bd_url(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def _bd(acct: str, co: str, *, notice: str = "", title: str | None = None, heading: str | None = None) -> dict:
    return {
        f"{acct}.managebuilding.com": {
            "/Resident/portal/login": _login(
                title or f"{co} - Resident Center",
                heading or f"{co} Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra=_notice(notice) if notice else "",
            )
        }
    }


def _af_url(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def _af(acct: str, co: str, *, notice: str = "") -> dict:
    host = f"{acct}.appfolio.com"
    return {
        host: {
            "/connect": redirect(f"https://{host}/connect/users/sign_in"),
            "/connect/users/sign_in": _login(
                "Online Portal - Sign In",
                co,
                user="user[email]",
                footer="Powered by AppFolio Property Manager",
                extra=_notice(notice) if notice else "",
            ),
        }
    }


def _rm_url(acct: str) -> str:
    return f"https://{acct}.rmresident.com/"


def _rm(acct: str, co: str, *, notice: str = "") -> dict:
    return {
        f"{acct}.rmresident.com": {
            "/": _login(
                "Resident Web Access",
                f"Welcome to {co} Resident Web Access",
                user="txtUserName",
                footer="Rent Manager",
                extra=_notice(notice) if notice else "",
            )
        }
    }


def _pw_url(acct: str) -> str:
    return f"https://{acct}.propertyware.com/"


def _pw(acct: str, co: str, *, notice: str = "") -> dict:
    return {
        f"{acct}.propertyware.com": {
            "/": _login(
                f"{co} - Tenant Portal", "Tenant Portal Login", footer="Propertyware", extra=_notice(notice) if notice else ""
            )
        }
    }


def _home(co: str, body: str, *, footer: str = "", head: str = "", title: str | None = None) -> Reply:
    return doc(
        title or f"{co} | Property Management",
        head,
        "<header><nav><a href='/'>Home</a><a href='/about'>About</a><a href='/services'>Services</a>"
        f"<a href='/contact'>Contact</a></nav></header><main><h1>{co}</h1>"
        "<p>Leasing, rent collection and maintenance for single-family homes, duplexes and small "
        f"apartment communities.</p>{body}</main><footer>{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer>",
    )


def _link(url: str, label: str = "Resident Login") -> str:
    return f"<a class='btn btn-primary' href='{url}' target='_blank' rel='noopener'>{label}</a>"


AUSTIN = "<p>1804 W 35th St, Suite 200, Austin, TX 78703 &middot; (512) 555-0190</p>"

CF_WALL = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
    "<meta name='robots' content='noindex,nofollow'></head><body><div class='main-wrapper' role='main'>"
    "<h1>Checking if the site connection is secure</h1><p>This site needs to review the security of your "
    "connection before proceeding.</p><noscript>Enable JavaScript and cookies to continue</noscript></div>"
    "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8a1f2c3d4e5f6a7b'></script>"
    "</body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "CF-RAY": "8a1f2c3d4e5f6a7b-DFW"},
)


# --- real leads: everyday portal notices ------------------------------------------------------

# shape: Buildium portal with an "our office has moved" notice giving a new Austin address; the site's menu links it
co = "Gorsebrook Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "gorsebrookpm.com",
    _bd_url("gorsebrookpm"),
    "high",
    {
        "gorsebrookpm.com": {"/": _home(co, AUSTIN + _link(_bd_url("gorsebrookpm")))},
        **_bd(
            "gorsebrookpm",
            co,
            notice="Our office has moved! Visit us at 2210 Kestrel Bend, Suite 140, Austin, TX 78745 "
            "starting March 3. Mailing address for checks is unchanged.",
        ),
    },
)

# shape: AppFolio portal with holiday hours; the site's footer button links it
co = "Halvercombe Residential"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "halvercomberesidential.com",
    _af_url("halvercombe"),
    "high",
    {
        "halvercomberesidential.com": {
            "/": _home(co, AUSTIN, footer=f"<div class='footer-cta'>{_link(_af_url('halvercombe'), 'Pay Rent Online')}</div>")
        },
        **_af(
            "halvercombe",
            co,
            notice="Holiday hours: our office will be closed Thursday, Nov 27 and Friday, Nov 28. "
            "Online payments and maintenance requests remain available 24/7.",
        ),
    },
)

# shape: Buildium portal welcoming residents to the company's newly launched portal; the site does not link it
co = "Brackenmoor Realty"
add(
    "live_portal",
    "Buildium",
    co,
    "brackenmoorrealty.com",
    _bd_url("brackenmoor"),
    "medium",
    {
        "brackenmoorrealty.com": {"/": _home(co, AUSTIN + "<p>Call or email our leasing team for a showing.</p>")},
        **_bd(
            "brackenmoor",
            co,
            notice="We've launched our new resident portal - welcome! Create your account with the "
            "email address on your lease to pay rent and submit maintenance requests.",
        ),
    },
)

# shape: Rent Manager web access with a scheduled maintenance window ("unavailable Sunday 2-4 am"); linked from the menu
# ambiguous: "unavailable" here is a maintenance window, not the account the contract's "inactive or unavailable" means
co = "Tallowreach Property Services"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "tallowreach.com",
    _rm_url("tallowreach"),
    "high",
    {
        "tallowreach.com": {"/": _home(co, AUSTIN + _link(_rm_url("tallowreach"), "Tenant Portal"))},
        **_rm(
            "tallowreach",
            co,
            notice="Scheduled maintenance: the portal will be unavailable Sunday from 2:00 to 4:00 "
            "a.m. CT while we apply updates. Thank you for your patience.",
        ),
    },
)

# shape: AppFolio portal saying payments after 5 pm post the next business day; the site opens it from an onclick button
co = "Quorrelwood Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "quorrelwoodpm.com",
    _af_url("quorrelwood"),
    "high",
    {
        "quorrelwoodpm.com": {
            "/": _home(
                co,
                AUSTIN + f"<button type='button' onclick=\"window.location.href='{_af_url('quorrelwood')}'\">"
                "Tenant Portal</button>",
            )
        },
        **_af("quorrelwood", co, notice="Payments submitted after 5:00 PM Central will post on the next business day."),
    },
)

# shape: Buildium portal with a winter-storm office closure; the site does not link it
co = "Sterncliffe Homes Management"
add(
    "live_portal",
    "Buildium",
    co,
    "sterncliffehomes.com",
    _bd_url("sterncliffe"),
    "medium",
    {
        "sterncliffehomes.com": {"/": _home(co, AUSTIN + "<p>Now leasing in South Austin and Buda.</p>")},
        **_bd(
            "sterncliffe",
            co,
            notice="Due to icy roads our office is closed today. For emergency maintenance call "
            "(512) 555-0148. Online payments are not affected.",
        ),
    },
)

# shape: AppFolio portal announcing online applications; no evidence URL given, the site's menu links the portal
co = "Fennimore Oaks Leasing"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "fennimoreoaks.com",
    None,
    "high",
    {
        "fennimoreoaks.com": {"/": _home(co, AUSTIN + _link(_af_url("fennimoreoaks"), "Residents"))},
        **_af(
            "fennimoreoaks", co, notice="We are now accepting online applications! Browse available homes and apply in minutes."
        ),
    },
)

# shape: Buildium portal: "New ownership, same great team" under the same company name; linked from the homepage
# ambiguous: "new ownership" could read as "sold"; the portal still names the candidate and says the team is unchanged
co = "Thistlecroft Realty"
add(
    "site_links_portal",
    "Buildium",
    co,
    "thistlecroftrealty.com",
    _bd_url("thistlecroft"),
    "high",
    {
        "thistlecroftrealty.com": {"/": _home(co, AUSTIN + _link(_bd_url("thistlecroft")))},
        **_bd(
            "thistlecroft",
            co,
            notice="New ownership, same great team! Thistlecroft Realty is now locally owned. Your "
            "lease, your property manager and the way you pay rent stay exactly the same.",
        ),
    },
)

# shape: Propertyware tenant portal: "We have moved our office" (no other PMS named); linked from the menu
co = "Larkspur Row Property Management"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "larkspurrowpm.com",
    _pw_url("larkspurrow"),
    "high",
    {
        "larkspurrowpm.com": {"/": _home(co, AUSTIN + _link(_pw_url("larkspurrow"), "Tenant Login"))},
        **_pw(
            "larkspurrow",
            co,
            notice="We have moved our office to 901 Wexley Dr, Round Rock, TX 78664. Our phone number stays the same.",
        ),
    },
)

# shape: Wix site whose "Resident Portal" button links a Rentvine account (single-page app shell)
co = "Cobblequay Residential"
rv = "https://cobblequay.rentvine.com/portals/resident"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "cobblequayresidential.com",
    rv,
    "high",
    {
        "cobblequayresidential.com": {
            "/": doc(
                "HOME | Cobblequay Residential",
                "<meta name='generator' content='Wix.com Website Builder'>"
                "<link rel='preconnect' href='https://static.parastorage.com'>"
                "<script src='https://static.parastorage.com/services/wix-thunderbolt/dist/main.js'></script>",
                "<div id='SITE_CONTAINER'><header><nav><a href='/'>Home</a><a href='/rentals'>Rentals</a></nav></header>"
                "<main><h1>Cobblequay Residential</h1><p>Austin rentals, managed locally since 2011.</p>"
                f"<div class='wixui-button' data-testid='buttonElement'><a data-testid='linkElement' href='{rv}' "
                "target='_blank'><span>Resident Portal</span></a></div><p>Austin, TX 78702</p></main></div>",
            )
        },
        "cobblequay.rentvine.com": {"/portals/resident": spa_shell("Cobblequay Residential - Resident Portal")},
    },
)

# shape: Buildium portal: "This portal is now powered by Buildium" (the same vendor); not linked by the site
co = "Pemberwick Property Group"
add(
    "live_portal",
    "Buildium",
    co,
    "pemberwickgroup.com",
    _bd_url("pemberwick"),
    "medium",
    {
        "pemberwickgroup.com": {"/": _home(co, AUSTIN)},
        **_bd(
            "pemberwick",
            co,
            notice="This portal is now powered by Buildium! Your login email stays the same; "
            "please reset your password the first time you sign in.",
        ),
    },
)

# shape: AppFolio portal with a rental-scam warning banner; linked from the homepage
co = "Vantrell Homes"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "vantrellhomes.com",
    _af_url("vantrellhomes"),
    "high",
    {
        "vantrellhomes.com": {"/": _home(co, AUSTIN + _link(_af_url("vantrellhomes"), "Pay Rent"))},
        **_af(
            "vantrellhomes",
            co,
            notice="Beware of rental scams: we never ask for payment by wire transfer, gift card "
            "or Zelle, and our homes are only advertised on our own website.",
        ),
    },
)

# shape: Rent Manager portal: "our old phone number is no longer in service"; linked from the homepage
co = "Oxbrindle Management"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "oxbrindle.com",
    _rm_url("oxbrindle"),
    "high",
    {
        "oxbrindle.com": {"/": _home(co, AUSTIN + _link(_rm_url("oxbrindle"), "Resident Web Access"))},
        **_rm(
            "oxbrindle",
            co,
            notice="Our old phone number (512) 555-0101 is no longer in service. Please call us at (737) 555-0177.",
        ),
    },
)

# shape: DoorLoop tenant portal (app shell) given as evidence; the site does not link it
co = "Quillmarsh Rentals"
dl = "https://quillmarsh.app.doorloop.com/login"
add(
    "live_portal",
    "DoorLoop",
    co,
    "quillmarshrentals.com",
    dl,
    "medium",
    {
        "quillmarshrentals.com": {"/": _home(co, AUSTIN + "<p>Text us to schedule a showing.</p>")},
        "quillmarsh.app.doorloop.com": {
            "/login": spa_shell("Quillmarsh Rentals | Tenant Portal"),
            "/": spa_shell("Quillmarsh Rentals"),
        },
    },
)

# --- real leads: where the company is ---------------------------------------------------------

# shape: homepage with an Oklahoma City head office and an "Austin, Texas" office; linked Buildium portal
co = "Wrenhallow Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "wrenhallowpm.com",
    _bd_url("wrenhallow"),
    "high",
    {
        "wrenhallowpm.com": {
            "/": _home(
                co,
                "<h2>Our offices</h2><p>Head office: 4410 N Classen Blvd, Oklahoma City, OK 73118</p>"
                "<p>Austin office: 1100 Marrowind Dr, Austin, Texas</p>" + _link(_bd_url("wrenhallow")),
            )
        },
        **_bd("wrenhallow", co),
    },
)

# shape: Louisiana head office; Texas named only in the TREC "Information About Brokerage Services" footer line
co = "Bayoulark Realty Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "bayoulark.com",
    _af_url("bayoulark"),
    "high",
    {
        "bayoulark.com": {
            "/": _home(
                co,
                "<p>Corporate: 820 Texas St, Shreveport, LA 71101</p><p>Serving Central Texas renters and owners.</p>"
                + _link(_af_url("bayoulark")),
                footer="<p><a href='/docs/iabs.pdf'>Texas Real Estate Commission Information About Brokerage "
                "Services</a> | <a href='/docs/cpn.pdf'>TREC Consumer Protection Notice</a></p>",
            )
        },
        **_af("bayoulark", co),
    },
)

# shape: a Nevada P.O. box as the only full address, beside "visit our Austin office"; linked Buildium portal
co = "Saddlebrine Property Co."
add(
    "site_links_portal",
    "Buildium",
    co,
    "saddlebrine.com",
    _bd_url("saddlebrine"),
    "high",
    {
        "saddlebrine.com": {
            "/": _home(
                co,
                "<p>Visit our Austin office, Monday to Friday 9-5.</p>" + _link(_bd_url("saddlebrine")),
                footer="<p>Mailing address: PO Box 1187, Reno, NV 89504</p>",
            )
        },
        **_bd("saddlebrine", co),
    },
)

# shape: visible address only in Oklahoma; the schema.org PostalAddress gives the Austin office (addressRegion TX)
co = "Kettlewhit Residential"
ld = (
    '<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":"RealEstateAgent",'
    '"name":"Kettlewhit Residential","address":{"@type":"PostalAddress","streetAddress":"600 Congress Ave",'
    '"addressLocality":"Austin","addressRegion":"TX","postalCode":"78701"}}</script>'
)
add(
    "live_portal",
    "AppFolio",
    co,
    "kettlewhit.com",
    _af_url("kettlewhit"),
    "medium",
    {
        "kettlewhit.com": {"/": _home(co, "<p>Accounting office: 210 S Boston Ave, Tulsa, OK 74103</p>", head=ld)},
        **_af("kettlewhit", co),
    },
)

# shape: Arkansas head office and a "Georgetown TX 78626" branch; linked Rent Manager portal
co = "Ridgemallow Properties"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "ridgemallow.com",
    _rm_url("ridgemallow"),
    "high",
    {
        "ridgemallow.com": {
            "/": _home(
                co,
                "<p>Home office: 300 W Capitol Ave, Little Rock, AR 72201</p>"
                "<p>Texas branch: 715 S Main St, Georgetown TX 78626</p>" + _link(_rm_url("ridgemallow"), "Residents"),
            )
        },
        **_rm("ridgemallow", co),
    },
)

# shape: an Austin company whose only visible address is a suite number and a ZIP; linked Buildium portal
co = "Dunmerrow Leasing"
add(
    "site_links_portal",
    "Buildium",
    co,
    "dunmerrowleasing.com",
    _bd_url("dunmerrow"),
    "high",
    {
        "dunmerrowleasing.com": {
            "/": _home(co, "<p>Suite 310 &middot; 78759 &middot; (512) 555-0133</p>" + _link(_bd_url("dunmerrow")))
        },
        **_bd("dunmerrow", co),
    },
)

# shape: portal addresses all in Oklahoma, but the company's homepage names its Oklahoma head office and Austin; unlinked
co = "Prairiecombe Management"
add(
    "live_portal",
    "Buildium",
    co,
    "prairiecombe.com",
    _bd_url("prairiecombe"),
    "medium",
    {
        "prairiecombe.com": {
            "/": _home(
                co,
                "<p>Headquartered in Oklahoma City, OK, with a leasing office in Austin serving Travis and "
                "Williamson counties.</p>",
            )
        },
        **_bd("prairiecombe", co, notice="Mail checks to 5900 Mosteller Dr, Oklahoma City, OK 73112."),
    },
)

# shape: Oklahoma head office; the Texas office given only as "Round Rock" (no state, no Austin); unlinked Buildium portal
# ambiguous: a careful person guesses Round Rock, TX, but the contract wants Texas/TX/Tex. or the company's city (Austin)
co = "Cinderquaver Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "cinderquaverpm.com",
    _bd_url("cinderquaver"),
    "wrong_state",
    {
        "cinderquaverpm.com": {
            "/": _home(
                co, "<p>Main office: 1201 S Broadway, Edmond, OK 73034</p><p>Also serving Round Rock and Pflugerville.</p>"
            )
        },
        **_bd("cinderquaver", co),
    },
)

# shape: Louisiana head office; Texas only implied by a "TREC License #" line; linked AppFolio portal
# ambiguous: "TREC" stands for the Texas Real Estate Commission but the page never writes Texas, TX or Austin
# relabelled after the first run (wrong_state -> high): the writer's own note says this is a Texas company, labelled
# wrong_state only for the contract's wording then, which now counts a TREC licence as naming Texas
co = "Gullwhistle Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "gullwhistlerealty.com",
    _af_url("gullwhistle"),
    "high",
    {
        "gullwhistlerealty.com": {
            "/": _home(
                co,
                "<p>1500 Poydras St, New Orleans, LA 70112</p>" + _link(_af_url("gullwhistle")),
                footer="<p>Gullwhistle Realty, TREC License #9012345</p>",
            )
        },
        **_af("gullwhistle", co),
    },
)

# shape: Colorado owner address; Texas only as "ATX" and a 512 area code; unlinked Rent Manager portal
# ambiguous: "ATX" and "(512)" point to Austin but are neither the state's name/code nor the city's name
# relabelled after the first run (wrong_state -> medium): as above, the writer's note says a Texas company; the
# contract now counts "ATX" as naming Texas
co = "Juniperlatch Rentals"
add(
    "live_portal",
    "Rent Manager",
    co,
    "juniperlatch.com",
    _rm_url("juniperlatch"),
    "medium",
    {
        "juniperlatch.com": {
            "/": _home(
                co,
                "<p>Your ATX rental experts. Call (512) 555-0161.</p>",
                footer="<p>Owner correspondence: 77 Larimer Sq, Denver, CO 80202</p>",
            )
        },
        **_rm("juniperlatch", co),
    },
)

# --- real leads: how the portal names the company -----------------------------------------

# shape: Buildium portal titled with a street address (a single-property account); unlinked
co = "Brindlewick Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "brindlewickpm.com",
    _bd_url("brindlewick"),
    "medium",
    {
        "brindlewickpm.com": {"/": _home(co, AUSTIN)},
        **_bd("brindlewick", co, title="4418 Quillon Cove Austin TX 78745 - Resident Center", heading="4418 Quillon Cove"),
    },
)

# shape: AppFolio portal headed with a community's name; the site's menu links it
co = "Fenwicket Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "fenwicketrealty.com",
    _af_url("sablewoodcommons"),
    "high",
    {
        "fenwicketrealty.com": {"/": _home(co, AUSTIN + _link(_af_url("sablewoodcommons"), "Resident Login"))},
        **_af("sablewoodcommons", "Sablewood Commons"),
    },
)

# shape: Buildium portal titled with an apartment community's name; unlinked
# ambiguous: a property's name ("The Larkhaven Lofts") could be read as another company's name on a Buildium title
co = "Corvessa Property Group"
add(
    "live_portal",
    "Buildium",
    co,
    "corvessa.com",
    _bd_url("larkhavenlofts"),
    "medium",
    {
        "corvessa.com": {"/": _home(co, AUSTIN + "<p>Now leasing: The Larkhaven Lofts on East Cesar Chavez.</p>")},
        **_bd("larkhavenlofts", "The Larkhaven Lofts"),
    },
)

# shape: linked Buildium portal in the company's holding entity's name ("Wrenfield Holdings LLC")
co = "Wrenfield Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "wrenfieldpm.com",
    _bd_url("wrenfieldholdings"),
    "high",
    {
        "wrenfieldpm.com": {"/": _home(co, AUSTIN + _link(_bd_url("wrenfieldholdings")))},
        **_bd("wrenfieldholdings", "Wrenfield Holdings LLC"),
    },
)

# shape: AppFolio portal headed with the company's initials ("SCRG"); unlinked
co = "Saltgrass Creek Realty Group"
add(
    "live_portal",
    "AppFolio",
    co,
    "saltgrasscreek.com",
    _af_url("scrg"),
    "medium",
    {
        "saltgrasscreek.com": {"/": _home(co, AUSTIN)},
        **_af("scrg", "SCRG"),
    },
)

# shape: the menu's "Resident Login" goes to a Buildium account in an owner's name the site never mentions
co = "Tumbleweir Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "tumbleweir.com",
    None,
    "high",
    {
        "tumbleweir.com": {
            "/": doc(
                f"{co} | Austin Rentals",
                "",
                f"<header><nav><a href='/'>Home</a><a href='/homes'>Homes</a><a href='{_bd_url('jhalvorsenprops')}'>"
                f"Resident Login</a></nav></header><main><h1>{co}</h1><p>Family-run rentals in Austin, TX.</p></main>"
                f"<footer>&copy; 2026 {co}</footer>",
            )
        },
        **_bd("jhalvorsenprops", "J. Halvorsen Properties"),
    },
)

# shape: unlinked Buildium portal in the legal entity's name that the homepage's copyright line calls its own
co = "Quenby Lane Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "quenbylanepm.com",
    _bd_url("quenbylane"),
    "medium",
    {
        "quenbylanepm.com": {
            "/": doc(
                f"{co} | Austin, TX",
                "",
                f"<main><h1>{co}</h1><p>Residential management in Austin, TX.</p></main>"
                "<footer><p>&copy; 2026 Quenby Lane Realty, LLC. All rights reserved.</p></footer>",
            )
        },
        **_bd("quenbylane", "Quenby Lane Realty"),
    },
)

# --- real leads: where the site links the portal ------------------------------------------

# shape: no evidence URL; the homepage links only "/tenants", which links the Buildium portal
co = "Marrowind Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "marrowindpm.com",
    None,
    "high",
    {
        "marrowindpm.com": {
            "/": _home(co, AUSTIN + "<a href='/tenants'>Tenants</a>"),
            "/tenants": page(
                f"<h1>Tenants</h1><p>Pay rent and request repairs online.</p>{_link(_bd_url('marrowind'), 'Tenant Portal')}",
                title="Tenants | Marrowind",
            ),
        },
        **_bd("marrowind", co),
    },
)

# shape: the homepage links "/resident-center", whose page embeds the AppFolio portal in an iframe
co = "Hollowmere Residential"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "hollowmere.com",
    _af_url("hollowmere"),
    "high",
    {
        "hollowmere.com": {
            "/": _home(co, AUSTIN + "<a href='/resident-center'>Resident Center</a>"),
            "/resident-center": page(
                f"<h1>Resident Center</h1><iframe src='{_af_url('hollowmere')}' width='100%' height='800'></iframe>",
                title="Resident Center",
            ),
        },
        **_af("hollowmere", co),
    },
)

# shape: the homepage links no portal; /pay-rent (not linked) redirects into Rent Manager
co = "Pebblecourt Management"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "pebblecourt.com",
    _rm_url("pebblecourt"),
    "high",
    {
        "pebblecourt.com": {
            "/": _home(co, AUSTIN + "<p>Residents: pay rent at pebblecourt.com/pay-rent.</p>"),
            "/pay-rent": redirect(_rm_url("pebblecourt"), 301),
        },
        **_rm("pebblecourt", co),
    },
)

# shape: Squarespace site whose "Pay Rent" button links the AppFolio portal
co = "Ashgrove Tannery Lofts Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "ashgrovetannery.com",
    _af_url("ashgrovetannery"),
    "high",
    {
        "ashgrovetannery.com": {
            "/": doc(
                "Ashgrove Tannery Lofts Management",
                "<!-- This is Squarespace. --><link rel='stylesheet' href='https://static1.squarespace.com/static/versioned-site-css/site.css'>",
                "<header class='header'><a href='/'>Home</a><a href='/availability'>Availability</a></header>"
                "<main><div class='sqs-block button-block'><div class='sqs-block-content'>"
                f"<a href='{_af_url('ashgrovetannery')}' class='sqs-block-button-element--medium sqs-button-element--primary "
                "sqs-block-button-element'>Pay Rent</a></div></div><p>Lofts in East Austin, Texas.</p></main>",
            )
        },
        **_af("ashgrovetannery", co),
    },
)

# shape: a portal picker (<select> of portal URLs: residents and owners) links the Buildium account
co = "Glimmerbrook Realty"
add(
    "site_links_portal",
    "Buildium",
    co,
    "glimmerbrookrealty.com",
    _bd_url("glimmerbrook"),
    "high",
    {
        "glimmerbrookrealty.com": {
            "/": _home(
                co,
                AUSTIN + "<form><select onchange='window.open(this.value)'><option value=''>Choose a portal</option>"
                f"<option value='{_bd_url('glimmerbrook')}'>Residents</option>"
                "<option value='https://glimmerbrook.managebuilding.com/Manager/PublicPages/Login.aspx'>Owners</option>"
                "</select></form>",
            )
        },
        **_bd("glimmerbrook", co),
    },
)

# shape: a vanity host pay.<domain> linked from the homepage redirects into the Propertyware portal
co = "Tinderbay Property Management"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "tinderbaypm.com",
    _pw_url("tinderbay"),
    "high",
    {
        "tinderbaypm.com": {"/": _home(co, AUSTIN + _link("https://pay.tinderbaypm.com/", "Pay Rent"))},
        "pay.tinderbaypm.com": {"/": redirect(_pw_url("tinderbay"), 301)},
        **_pw("tinderbay", co),
    },
)

# shape: homepage is a meta refresh to /home on the same site, which links the Buildium portal
co = "Candlewharf Homes"
add(
    "site_links_portal",
    "Buildium",
    co,
    "candlewharf.com",
    _bd_url("candlewharf"),
    "high",
    {
        "candlewharf.com": {
            "/": doc("Candlewharf Homes", "<meta http-equiv='refresh' content='0; url=/home'>", "<p>Redirecting...</p>"),
            "/home": _home(co, AUSTIN + _link(_bd_url("candlewharf"))),
        },
        **_bd("candlewharf", co),
    },
)

# shape: the company's site is behind a Cloudflare challenge; its AppFolio portal answers live
co = "Verbenhaus Property Management"
add(
    "live_portal",
    "AppFolio",
    co,
    "verbenhaus.com",
    _af_url("verbenhaus"),
    "medium",
    {
        "verbenhaus.com": {"/": CF_WALL, "/robots.txt": CF_WALL, "*": CF_WALL},
        **_af("verbenhaus", co),
    },
)

# shape: the site names its TREC broker of record beside the link, sharing the brand's distinctive word
co = "Dovecrest Homes"
add(
    "site_links_portal",
    "Buildium",
    co,
    "dovecresthomes.com",
    _bd_url("dovecrestrp"),
    "high",
    {
        "dovecresthomes.com": {
            "/": _home(
                co,
                AUSTIN + _link(_bd_url("dovecrestrp"), "Resident Portal"),
                footer="<p>Dovecrest Realty Partners LLC, TREC License #0612345. "
                "<a href='/iabs.pdf'>Information About Brokerage Services</a></p>",
            )
        },
        **_bd("dovecrestrp", "Dovecrest Realty Partners"),
    },
)

# shape: ordinary Texas lead: unlinked Rent Manager portal, homepage with an Austin address (a plain control for medium)
co = "Ottercrest Management"
add(
    "live_portal",
    "Rent Manager",
    co,
    "ottercrestmgmt.com",
    _rm_url("ottercrest"),
    "medium",
    {
        "ottercrestmgmt.com": {"/": _home(co, AUSTIN)},
        **_rm("ottercrest", "Ottercrest Management, LLC"),
    },
)

# --- controls ---------------------------------------------------------------------------------

# shape: a truly out-of-state company (Tulsa addresses only, no Texas anywhere) with a linked live portal
co = "Osagefern Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "osagefernpm.com",
    _bd_url("osagefern"),
    "wrong_state",
    {
        "osagefernpm.com": {
            "/": _home(
                co,
                "<p>4500 S Garnett Rd, Tulsa, OK 74146 &middot; (918) 555-0122</p>"
                "<p>Serving Tulsa, Broken Arrow and Owasso.</p>" + _link(_bd_url("osagefern")),
            )
        },
        **_bd("osagefern", co),
    },
)

# shape: Buildium Resident Center saying it is no longer active, above its login form
co = "Crowsmeadow Realty"
add(
    "stale_portal",
    "Buildium",
    co,
    "crowsmeadow.com",
    _bd_url("crowsmeadow"),
    "evidence_unverified",
    {
        "crowsmeadow.com": {"/": _home(co, AUSTIN)},
        **_bd(
            "crowsmeadow",
            co,
            notice="This Resident Center is no longer active. Please contact your property manager for payment options.",
        ),
    },
)

# shape: AppFolio portal: "X no longer manages your home" (handed over to another manager)
co = "Burlwick Rentals"
add(
    "stale_portal",
    "AppFolio",
    co,
    "burlwickrentals.com",
    _af_url("burlwick"),
    "evidence_unverified",
    {
        "burlwickrentals.com": {"/": _home(co, AUSTIN)},
        **_af(
            "burlwick",
            co,
            notice="Burlwick Rentals no longer manages your home. Please contact Ambertide Leasing "
            "for rent payments and maintenance.",
        ),
    },
)

# shape: a parked domain (ParkingCrew script, "for sale" links) given with a live portal
co = "Spindleford Property Management"
add(
    "parked",
    "AppFolio",
    co,
    "spindlefordpm.com",
    _af_url("spindleford"),
    "dead_domain",
    {
        "spindlefordpm.com": {
            "/": doc(
                "spindlefordpm.com",
                "<script src='https://www.parkingcrew.net/jspark.js'></script>",
                "<h1>spindlefordpm.com</h1><p>This domain may be for sale!</p>"
                "<a href='https://sedo.com/search/details/?domain=spindlefordpm.com&utm_medium=parking'>Buy this domain</a>"
                "<p>Related searches: Property Management, Apartments For Rent</p>",
            )
        },
        **_af("spindleford", co),
    },
)

# shape: Yardi RentCafe resident portal answering a bare 403 to servers
co = "Mistlehaven Apartments Group"
yardi = "https://mistlehaven.securecafe.com/residentservices/mistlehaven/userlogin.aspx"
add(
    "bot_wall",
    "Yardi",
    co,
    "mistlehavenapts.com",
    yardi,
    "unverifiable",
    {
        "mistlehavenapts.com": {"/": _home(co, AUSTIN)},
        "mistlehaven.securecafe.com": {
            "/residentservices/mistlehaven/userlogin.aspx": raw(
                403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>"
            )
        },
    },
)

# shape: candidate claimed as Buildium, but the site links only a Rentvine account portal
co = "Harrowgate Lantern Homes"
add(
    "other_pms",
    "Buildium",
    co,
    "harrowgatelantern.com",
    None,
    "pms_mismatch",
    {
        "harrowgatelantern.com": {"/": _home(co, AUSTIN + _link("https://harrowgatelantern.rentvine.com/portals/resident"))},
        "harrowgatelantern.rentvine.com": {"/portals/resident": spa_shell("Harrowgate Lantern Homes - Resident Portal")},
    },
)

# shape: Buildium portal: "We have moved to our new AppFolio portal: x.appfolio.com"
co = "Sorrelpike Residential"
add(
    "other_pms",
    "Buildium",
    co,
    "sorrelpike.com",
    _bd_url("sorrelpike"),
    "pms_mismatch",
    {
        "sorrelpike.com": {"/": _home(co, AUSTIN)},
        **_bd(
            "sorrelpike",
            co,
            notice="We have moved! Please use our new AppFolio portal: "
            "<a href='https://sorrelpike.appfolio.com/connect'>sorrelpike.appfolio.com</a>",
        ),
    },
)

# shape: Buildium account that does not exist ("could not be found")
co = "Yarrowfen Property Management"
add(
    "no_account",
    "Buildium",
    co,
    "yarrowfenpm.com",
    _bd_url("yarrowfenpm"),
    "evidence_unverified",
    {
        "yarrowfenpm.com": {"/": _home(co, AUSTIN)},
        "yarrowfenpm.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><a href='/'>Return</a>", title="Account not found"
            )
        },
    },
)

# shape: the company's domain does not exist (neither name nor www.); the portal is live
co = "Ferncastle Leasing"
add(
    "dead_domain",
    "Buildium",
    co,
    "ferncastleleasing.com",
    _bd_url("ferncastle"),
    "dead_domain",
    {**_bd("ferncastle", co)},
    unresolvable=("ferncastleleasing.com", "www.ferncastleleasing.com"),
)

# shape: a live Texas site that links no portal anywhere, and no evidence URL
co = "Wickerstaff Property Management"
add(
    "no_portal",
    "AppFolio",
    co,
    "wickerstaffpm.com",
    None,
    "no_pms_evidence",
    {
        "wickerstaffpm.com": {
            "/": _home(co, AUSTIN + "<a href='/contact'>Request a rental analysis</a>"),
            "/contact": page("<h1>Contact</h1><form><input name='email'><button>Send</button></form>", title="Contact"),
        },
    },
)

# shape: unlinked Buildium portal titled with another company's name (an agent's guessed account)
co = "Glenharrow Realty"
add(
    "live_portal",
    "Buildium",
    co,
    "glenharrowrealty.com",
    _bd_url("glenharrow"),
    "evidence_unverified",
    {
        "glenharrowrealty.com": {"/": _home(co, AUSTIN)},
        **_bd("glenharrow", "Pinecastle Residential Services"),
    },
)

# shape: AppFolio account answering 404 (account gone) while the site links nothing
co = "Mossplume Homes"
add(
    "no_account",
    "AppFolio",
    co,
    "mossplumehomes.com",
    _af_url("mossplume"),
    "evidence_unverified",
    {
        "mossplumehomes.com": {"/": _home(co, AUSTIN)},
        "mossplume.appfolio.com": {"/connect": not_found("The page you were looking for doesn't exist.")},
    },
)

HOLDOUT16: list[Case] = collector.cases
