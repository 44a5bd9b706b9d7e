"""Twenty-first blind corpus: is the website (the candidate's domain) really this company's?

Focus and mix: 57 Texas candidates in which an agent pairs a company name with a domain. About
half are real leads whose site IS the company's in everyday and tricky shapes (a domain that
abbreviates the name or uses initials, a d/b/a or an old brand, `.net`, `.us` and hyphenated
domains, a holding company's or legal entity's name on the homepage, a homepage whose heading
says only "Property Management" with the brand in the logo's alt text or the footer, a broker's
own page, a franchise office's own domain, a www-only host, an old brand's domain forwarding to
the new one, a site behind a bot wall). The other half are leads whose domain belongs to someone
else: a same-named pest-control firm, dentist, church, barbecue restaurant, roofer, home builder,
law firm or pottery studio; a hobby blog; a real-estate agent's personal page; a similarly named
property manager in Port Lavaca, Waco or Tulsa; the owner's or holding company's site that names
the candidate as its affiliate; a franchise brand's national site; an old domain now forwarding to
another business; with and without a live portal of the right company given as the evidence.
A few ordinary rejections (a dead or parked domain, bot walls, another PMS, vendor-wide and asset
URLs, a retired or missing account) make every class appear.

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
name rules for portals, the bot-wall and confidence sections) and what a careful person concludes
from the pages as served, written without reading or running the checks. The contract is silent
on whether the candidate's website must be the company's own: it compares the portal's name with
the candidate's, not the site's. Where the site plainly belongs to another business and only the
evidence URL (a live portal in the candidate's name) would carry the lead, the label is what a
careful sales team would want, `evidence_unverified` (the portal is not shown to be the account of
the company that website belongs to; a lead whose website is another business's is not a lead),
and the case's comment says so. The shared sign-in hosts are not served here. Every page is our
own short HTML after the shapes of real sites and vendor portals; all names, domains and accounts
are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, listings_page, parked, spa_shell
from fake_web import Reply, everywhere, not_found, page, raw, redirect

collector = Collector("holdout21-")
add = collector.add

ATX = "<p>Office: 4807 Burnet Rd, Suite 210, Austin, TX 78756 &middot; (512) 555-0143</p>"

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'></script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8c2e7a1b5d3f9e20-DFW"},
)
BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>")


def atx(street: str) -> str:
    return f"<p>{street}, Austin, TX &middot; (512) 555-01{len(street) % 90 + 10}</p>"


def sub(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}'>{label}</a>"


def biz(title: str, body: str) -> dict[str, Reply]:
    """Another kind of business's homepage: its own menu, body and footer, no portal."""
    return {
        "/": page(
            "<nav><a href='/'>Home</a><a href='/services'>Services</a><a href='/about'>About</a>"
            f"<a href='/contact'>Contact</a></nav><main>{body}</main>",
            title=title,
        )
    }


def plain_pm(title: str, logo_alt: str, body: str, footer: str) -> dict[str, Reply]:
    """A homepage whose heading says only "Property Management"; the brand is in the logo's alt
    text and the footer."""
    return {
        "/": page(
            f"<header><a href='/'><img src='/wp-content/uploads/2024/03/logo.png' alt='{logo_alt}'></a>"
            "<nav><a href='/rentals'>Available Rentals</a><a href='/owners'>Owners</a><a href='/contact'>Contact</a></nav>"
            f"</header><main><h1>Property Management</h1><p>Leasing, rent collection and maintenance for "
            f"Austin-area homes.</p>{body}</main><footer>{footer}</footer>",
            title=title,
        )
    }


# ================================================================ real leads ================

# shape: the domain abbreviates the name (glpmtx.com); the homepage uses the initials in its
# heading and the full name in the footer, and links its Buildium Resident Center
add(
    "site_links_portal",
    "Buildium",
    "Guadalupe Loom Property Management",
    "glpmtx.com",
    "https://guadalupeloom.managebuilding.com/Resident/portal/login",
    "high",
    {
        "glpmtx.com": {
            "/": page(
                "<nav><a href='/'>Home</a><a href='https://guadalupeloom.managebuilding.com/Resident/portal/login'>"
                "Tenant Login</a></nav><main><h1>GLPM</h1><p>Austin rentals, managed by people who answer the phone.</p>"
                + atx("1106 W 38th St")
                + "</main><footer>&copy; 2026 Guadalupe Loom Property Management</footer>",
                title="GLPM | Austin Rental Homes",
            )
        },
        "guadalupeloom.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Guadalupe Loom Property Management")
        },
    },
)

# shape: initials in the domain and the heading ("BCR Rentals"), the full name only in the logo's
# alt text; the AppFolio portal shows the initials, which the contract treats as the same name
add(
    "site_links_portal",
    "AppFolio",
    "Barton Creek Rivet Rentals",
    "bcrrentals.com",
    "https://bcrrentals.appfolio.com/connect",
    "high",
    {
        "bcrrentals.com": {
            "/": page(
                "<header><img src='/img/bcr-logo.svg' alt='Barton Creek Rivet Rentals'>"
                + sub("https://bcrrentals.appfolio.com/connect", "Resident Portal")
                + "</header><main><h1>BCR Rentals</h1><p>Homes for rent in South Austin and Buda.</p>"
                + atx("3601 S Lamar Blvd")
                + "</main>",
                title="BCR Rentals - Austin, TX",
            )
        },
        "bcrrentals.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("BCR Rentals")},
    },
)

# shape: the homepage names the legal entity with a d/b/a ("Pecos Plane Management, LLC d/b/a
# Pecos Plane Rentals") on a domain after the entity; its Rent Manager portal is in the entity's
# name; no evidence URL, the site proves it
add(
    "site_links_portal",
    "Rent Manager",
    "Pecos Plane Rentals",
    "pecosplanemgmt.com",
    None,
    "high",
    {
        "pecosplanemgmt.com": home(
            "Pecos Plane Rentals",
            "<p>Pecos Plane Management, LLC d/b/a Pecos Plane Rentals.</p>"
            + sub("https://pecosplane.rmresident.com/", "Pay Rent")
            + atx("8900 Shoal Creek Blvd, Bldg 300"),
        ),
        "pecosplane.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"]("Pecos Plane Management")},
    },
)

# shape: the agent gives the old brand ("Llano Ladle Realty") with the domain it still uses; the
# homepage says "formerly Llano Ladle Realty" of its own new name and links the renamed portal.
# A rename, not a hand-over: the contract's "formerly managed by <it>" is about another manager
add(
    "site_links_portal",
    "Buildium",
    "Llano Ladle Realty",
    "llanoladle.com",
    "https://llanoladle.managebuilding.com/Resident/portal/login",
    "high",
    {
        "llanoladle.com": home(
            "Llano Ladle Property Management",
            "<p>Llano Ladle Property Management (formerly Llano Ladle Realty): same team, same phone number, new name.</p>"
            + sub("https://llanoladle.managebuilding.com/Resident/portal/login")
            + atx("2525 W Anderson Ln"),
        ),
        "llanoladle.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Llano Ladle Property Management")},
    },
)

# shape: a .net domain; Propertyware portal under app.propertyware.com/pw/portals/<account>
add(
    "site_links_portal",
    "Propertyware",
    "Nueces Hammer Property Management",
    "nueceshammer.net",
    "https://app.propertyware.com/pw/portals/nueceshammer/tenant.action",
    "high",
    {
        "nueceshammer.net": home(
            "Nueces Hammer Property Management",
            sub("https://app.propertyware.com/pw/portals/nueceshammer/tenant.action", "Tenant Portal")
            + atx("7700 Parmer Ln, Suite B"),
        ),
        "app.propertyware.com": {
            "/pw/portals/nueceshammer/tenant.action": VENDOR_LOGIN["Propertyware"]("Nueces Hammer Property Management")
        },
    },
)

# shape: a .us domain whose homepage links no portal; the Rentvine account given as evidence is
# live and its shell names the company: medium (portal_live)
add(
    "live_portal",
    "Rentvine",
    "Sabinal Gouge Realty",
    "sabinalgouge.us",
    "https://sabinalgouge.rentvine.com/portals/resident",
    "medium",
    {
        "sabinalgouge.us": home("Sabinal Gouge Realty", "<p>Call or text for showings.</p>" + atx("505 E Huntland Dr")),
        "sabinalgouge.rentvine.com": {"/portals/resident": spa_shell("Sabinal Gouge Realty - Resident Portal")},
    },
)

# shape: a hyphenated domain; DoorLoop tenant portal linked from a footer button
add(
    "site_links_portal",
    "DoorLoop",
    "San Gabriel Saw Property Management",
    "san-gabriel-saw.com",
    "https://sangabrielsaw.app.doorloop.com/login",
    "high",
    {
        "san-gabriel-saw.com": home(
            "San Gabriel Saw Property Management",
            "<div class='footer-cta'><a class='btn' href='https://sangabrielsaw.app.doorloop.com/login'>Pay Rent Online</a></div>"
            + atx("12407 N Mopac Expy"),
        ),
        "sangabrielsaw.app.doorloop.com": {"/login": spa_shell("San Gabriel Saw Property Management | Tenant Portal")},
    },
)

# shape: the heading says only "Property Management"; the brand is in the logo's alt text and the
# footer; a TenantCloud listings account is linked from the menu
add(
    "site_links_portal",
    "TenantCloud",
    "Medina Maul Property Co.",
    "medinamaul.com",
    None,
    "high",
    {
        "medinamaul.com": plain_pm(
            "Property Management | Austin, TX",
            "Medina Maul Property Co.",
            sub("https://medinamaul.tenantcloud.com/", "View Listings & Apply") + atx("1000 E 41st St"),
            "&copy; 2026 Medina Maul Property Co.",
        ),
        "medinamaul.tenantcloud.com": {"/": listings_page("Medina Maul Property Co.")},
    },
)

# shape: the same plain "Property Management" homepage, brand only in the logo's alt text and the
# footer, no portal link; the MRI ResidentConnect account given as evidence names the company
add(
    "live_portal",
    "MRI",
    "Blanco Awl Residential",
    "blancoawl.com",
    "https://blancoawl.mriresidentconnect.com/",
    "medium",
    {
        "blancoawl.com": plain_pm(
            "Property Management",
            "Blanco Awl Residential logo",
            atx("6500 River Place Blvd"),
            "Blanco Awl Residential &middot; Equal Housing Opportunity",
        ),
        "blancoawl.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Blanco Awl Residential")},
    },
)

# shape: the domain is the parent group's (comalraspgroup.com) but the homepage presents the
# property management division as "a division of" the group and links its Buildium portal.
# Judgement: the website is the division's own home, so a real lead
add(
    "site_links_portal",
    "Buildium",
    "Comal Rasp Property Management",
    "comalraspgroup.com",
    "https://comalrasp.managebuilding.com/Resident/portal/login",
    "high",
    {
        "comalraspgroup.com": {
            "/": page(
                "<nav><a href='/'>Home</a><a href='/property-management'>Property Management</a>"
                "<a href='https://comalrasp.managebuilding.com/Resident/portal/login'>Resident Login</a></nav>"
                "<main><h1>Comal Rasp Group</h1><p>Comal Rasp Property Management, a division of Comal Rasp Group, "
                "manages 300 single-family homes across Travis and Williamson counties.</p>"
                + atx("3300 Bee Cave Rd, Suite 650")
                + "</main>",
                title="Comal Rasp Group | Austin Property Management",
            )
        },
        "comalrasp.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Comal Rasp Property Management")},
    },
)

# shape: the homepage's title is the legal entity ("Lampasas Bevel Holdings, LLC") and says the
# brand is its d/b/a; the linked AppFolio portal shows the entity's name
add(
    "site_links_portal",
    "AppFolio",
    "Lampasas Bevel Property Management",
    "lampasasbevel.com",
    "https://lampasasbevel.appfolio.com/connect",
    "high",
    {
        "lampasasbevel.com": home(
            "Lampasas Bevel Property Management",
            "<p>Lampasas Bevel Property Management is a d/b/a of Lampasas Bevel Holdings, LLC.</p>"
            + sub("https://lampasasbevel.appfolio.com/connect")
            + atx("9600 Great Hills Trl"),
            title="Lampasas Bevel Holdings, LLC",
        ),
        "lampasasbevel.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Lampasas Bevel Holdings, LLC")},
    },
)

# shape: a brokerage selling homes and managing rentals on one site; Rentec Direct account linked
add(
    "site_links_portal",
    "Rentec Direct",
    "Navasota Trowel Realty",
    "navasotatrowel.com",
    "https://navasotatrowel.rentecdirect.com/",
    "high",
    {
        "navasotatrowel.com": home(
            "Navasota Trowel Realty",
            "<p>Buying, selling and property management in Austin since 2009.</p>"
            + sub("https://navasotatrowel.rentecdirect.com/", "Tenant Login")
            + atx("2110 W Slaughter Ln"),
            title="Navasota Trowel Realty | Sales & Property Management",
        ),
        "navasotatrowel.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Navasota Trowel Realty")},
    },
)

# shape: looks like an agent's personal page (the broker's name and photo lead the homepage) but
# it is the brokerage's own site: the company's name, TREC line and a Buildium portal link
add(
    "site_links_portal",
    "Buildium",
    "Concho Kiln Realty",
    "conchokilnhomes.com",
    None,
    "high",
    {
        "conchokilnhomes.com": {
            "/": page(
                "<header><img src='/img/dana.jpg' alt='Dana Okafor'><h1>Dana Okafor, Broker/Owner</h1>"
                "<nav><a href='/buy'>Buy</a><a href='/sell'>Sell</a><a href='/property-management'>Property Management</a>"
                "<a href='https://conchokiln.managebuilding.com/Resident/portal/login'>Tenant Portal</a></nav></header>"
                "<main><p>Concho Kiln Realty helps Austin owners lease and manage their homes.</p>"
                + atx("1801 E 6th St")
                + "</main><footer>Concho Kiln Realty &middot; TREC License #9012345 &middot; "
                "<a href='/iabs.pdf'>Information About Brokerage Services</a></footer>",
                title="Dana Okafor, Broker | Concho Kiln Realty",
            )
        },
        "conchokiln.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Concho Kiln Realty")},
    },
)

# shape: a franchise office on its own domain; the footer carries the usual "independently owned
# and operated" line and the operating LLC; its own AppFolio account is linked
add(
    "site_links_portal",
    "AppFolio",
    "Trinity Forge Rentals of Austin",
    "trinityforgeaustin.com",
    "https://trinityforgeaustin.appfolio.com/connect",
    "high",
    {
        "trinityforgeaustin.com": home(
            "Trinity Forge Rentals of Austin",
            sub("https://trinityforgeaustin.appfolio.com/connect", "Residents")
            + atx("11615 Angus Rd, Suite 104")
            + "<p>Each Trinity Forge Rentals office is independently owned and operated. Trinity Forge Rentals of "
            "Austin is operated by Forge Key Ventures LLC.</p>",
        ),
        "trinityforgeaustin.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Trinity Forge Rentals of Austin")},
    },
)

# shape: the agent gives the legal name ("Frio Tongs Management LLC"); the site trades as "FT
# Rentals", says it is a d/b/a of the LLC, and links a portal titled "FT Rentals"
add(
    "site_links_portal",
    "Buildium",
    "Frio Tongs Management LLC",
    "friotongs.com",
    "https://friotongs.managebuilding.com/Resident/portal/login",
    "high",
    {
        "friotongs.com": {
            "/": page(
                "<nav><a href='/'>Home</a><a href='/homes'>Homes for Rent</a>"
                + sub("https://friotongs.managebuilding.com/Resident/portal/login", "Resident Center")
                + "</nav><main><h1>FT Rentals</h1><p>Rental homes in North Austin and Pflugerville.</p>"
                + atx("1700 W Parmer Ln")
                + "</main><footer>FT Rentals is a d/b/a of Frio Tongs Management LLC.</footer>",
                title="FT Rentals | Austin Rental Homes",
            )
        },
        "friotongs.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("FT Rentals")},
    },
)

# shape: the real company's site says it is not affiliated with a same-named roofer (the shape a
# reader checking "is this the company?" could trip on); Rent Manager twa account linked
add(
    "site_links_portal",
    "Rent Manager",
    "Neches Auger Property Management",
    "nechesaugerpm.com",
    "https://nechesauger.twa.rentmanager.com/",
    "high",
    {
        "nechesaugerpm.com": home(
            "Neches Auger Property Management",
            sub("https://nechesauger.twa.rentmanager.com/", "Resident Web Access")
            + atx("5114 Balcones Woods Dr")
            + "<p><small>Neches Auger Property Management is not affiliated with Neches Auger Roofing or any other "
            "business of a similar name.</small></p>",
        ),
        "nechesauger.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"]("Neches Auger Property Management")},
    },
)

# shape: the owner's name on the account: the menu links a Propertyware account titled with the
# owning LP, which the footer says owns and operates the company
add(
    "site_links_portal",
    "Propertyware",
    "Leon Vise Property Management",
    "leonvisepm.com",
    None,
    "high",
    {
        "leonvisepm.com": {
            "/": page(
                "<nav><a href='/'>Home</a>"
                + sub("https://leonviseholdings.propertyware.com/", "Resident Login")
                + "</nav><main><h1>Leon Vise Property Management</h1><p>Duplexes and fourplexes in East Austin.</p>"
                + atx("2901 E Martin Luther King Jr Blvd")
                + "</main><footer>Leon Vise Property Management is owned and operated by Leon Vise Holdings, LP.</footer>",
                title="Leon Vise Property Management",
            )
        },
        "leonviseholdings.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Leon Vise Holdings, LP")},
    },
)

# shape: the bare domain has no address record; only www. answers, and links a live securecafe
# resident login (this account answers servers)
add(
    "site_links_portal",
    "Yardi",
    "Attoyac Bobbin Property Management",
    "attoyacbobbin.com",
    "https://attoyacbobbin.securecafe.com/residentservices/attoyacbobbin/userlogin.aspx",
    "high",
    {
        "www.attoyacbobbin.com": home(
            "Attoyac Bobbin Property Management",
            sub("https://attoyacbobbin.securecafe.com/residentservices/attoyacbobbin/userlogin.aspx", "Resident Services")
            + atx("8310 N Capital of Texas Hwy"),
        ),
        "attoyacbobbin.securecafe.com": {
            "/residentservices/attoyacbobbin/userlogin.aspx": VENDOR_LOGIN["Yardi"]("Attoyac Bobbin Property Management")
        },
    },
    unresolvable=("attoyacbobbin.com",),
)

# shape: the old brand's domain forwards (301) to the new brand's site, which says "formerly
# Salado Shuttle Realty" and links its Entrata resident portal. The contract is silent on a
# homepage that redirects to another registrable domain; judgement: the old domain still leads
# to the company's own site, a real lead
add(
    "site_links_portal",
    "Entrata",
    "Salado Shuttle Realty",
    "saladoshuttle.com",
    "https://saladoshuttle.residentportal.com/resident_portal/",
    "high",
    {
        "saladoshuttle.com": {"/": redirect("https://www.saladoshuttlepm.com/", 301)},
        "www.saladoshuttlepm.com": home(
            "Salado Shuttle Property Management",
            "<p>Formerly Salado Shuttle Realty.</p>"
            + sub("https://saladoshuttle.residentportal.com/resident_portal/", "Resident Portal")
            + atx("600 Congress Ave, Suite 1400"),
        ),
        "saladoshuttle.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Salado Shuttle Property Management")},
    },
)

# shape: the heading is only "Property Management"; the brand is only in the footer and logo;
# a ResMan account portal (whose page names the company only in its footer) is linked
add(
    "site_links_portal",
    "ResMan",
    "Bosque Spoke Residential",
    "bosquespoke.com",
    None,
    "high",
    {
        "bosquespoke.com": plain_pm(
            "Property Management in Austin, TX",
            "Bosque Spoke",
            sub("https://bosquespoke.myresman.com/Portal/Access/SignIn", "Resident Sign In") + atx("4400 N Lamar Blvd"),
            "&copy; 2026 Bosque Spoke Residential LLC",
        ),
        "bosquespoke.myresman.com": {"/Portal/Access/SignIn": VENDOR_LOGIN["ResMan"]("Bosque Spoke Residential")},
    },
)

# shape: a short domain of initials and one word (sjchisel.com) and the heading "SJ Chisel
# Communities"; the full name in the footer; ActiveBuilding account linked
add(
    "site_links_portal",
    "RealPage",
    "San Jacinto Chisel Communities",
    "sjchisel.com",
    "https://sanjacintochisel.activebuilding.com/",
    "high",
    {
        "sjchisel.com": {
            "/": page(
                "<nav><a href='/communities'>Communities</a>"
                + sub("https://sanjacintochisel.activebuilding.com/", "Resident Portal")
                + "</nav><main><h1>SJ Chisel Communities</h1><p>Apartment homes in Austin and Round Rock.</p>"
                + atx("9500 Arboretum Blvd")
                + "</main><footer>&copy; 2026 San Jacinto Chisel Communities</footer>",
                title="SJ Chisel Communities",
            )
        },
        "sanjacintochisel.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("San Jacinto Chisel Communities")},
    },
)

# shape: plain "Property Management" homepage, brand as "Cibolo Lathe PM, LLC" in the footer,
# no portal link; the unlinked Buildium account given names the company in full: medium
add(
    "live_portal",
    "Buildium",
    "Cibolo Lathe Property Management",
    "cibololathe.com",
    "https://cibololathe.managebuilding.com/Resident/portal/login",
    "medium",
    {
        "cibololathe.com": plain_pm(
            "Property Management | Austin, TX",
            "Cibolo Lathe PM",
            atx("2900 S Congress Ave"),
            "&copy; 2026 Cibolo Lathe PM, LLC",
        ),
        "cibololathe.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Cibolo Lathe Property Management")
        },
    },
)

# shape: a hyphenated domain with "-realty"; no link; the AppFolio listings page given as
# evidence names the company: medium
add(
    "live_portal",
    "AppFolio",
    "Atascosa Mallet Realty",
    "atascosamallet-realty.com",
    "https://atascosamallet.appfolio.com/listings",
    "medium",
    {
        "atascosamallet-realty.com": home("Atascosa Mallet Realty", atx("13011 Shops Pkwy")),
        "atascosamallet.appfolio.com": {"/listings": listings_page("Atascosa Mallet Realty")},
    },
)

# shape: initials domain (octpm.com) and heading "OCT Property Management", the full name in the
# footer; the unlinked DoorLoop account's shell names the company: medium
add(
    "live_portal",
    "DoorLoop",
    "Onion Creek Trowel Property Management",
    "octpm.com",
    "https://oniontrowel.app.doorloop.com/login",
    "medium",
    {
        "octpm.com": {
            "/": page(
                "<nav><a href='/'>Home</a><a href='/rentals'>Rentals</a></nav><main><h1>OCT Property Management</h1>"
                + atx("7101 S Congress Ave")
                + "</main><footer>Onion Creek Trowel Property Management</footer>",
                title="OCT Property Management",
            )
        },
        "oniontrowel.app.doorloop.com": {"/login": spa_shell("Onion Creek Trowel Property Management - Tenant Portal")},
    },
)

# shape: the brand only in the title and footer, heading "Property Management"; Rentvine resident
# portal linked from the homepage
add(
    "site_links_portal",
    "Rentvine",
    "Angelina Quilt Property Management",
    "angelinaquilt.com",
    "https://angelinaquilt.rentvine.com/portals/resident",
    "high",
    {
        "angelinaquilt.com": plain_pm(
            "Property Management | Angelina Quilt",
            "logo",
            sub("https://angelinaquilt.rentvine.com/portals/resident") + atx("1250 S Capital of Texas Hwy"),
            "&copy; 2026 Angelina Quilt Property Management",
        ),
        "angelinaquilt.rentvine.com": {"/portals/resident": spa_shell("Angelina Quilt Property Management")},
    },
)

# shape: the homepage names itself "a Texas limited liability company" and links no portal; the
# unlinked Rentec Direct account names the company: medium
add(
    "live_portal",
    "Rentec Direct",
    "Cowhouse Creek Thimble Rentals",
    "cowhousethimble.com",
    "https://cowhousethimble.rentecdirect.com/",
    "medium",
    {
        "cowhousethimble.com": home(
            "Cowhouse Creek Thimble Rentals",
            atx("3010 Guadalupe St") + "<p>Cowhouse Creek Thimble Rentals, a Texas limited liability company.</p>",
        ),
        "cowhousethimble.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Cowhouse Creek Thimble Rentals")},
    },
)

# shape: the company's site is behind Cloudflare's challenge (unreadable, not dead); the live
# ActiveBuilding account given names the company: medium (portal_live)
add(
    "live_portal",
    "RealPage",
    "Shoal Creek Sickle Property Management",
    "shoalcreeksickle.com",
    "https://shoalsickle.activebuilding.com/",
    "medium",
    {
        "shoalcreeksickle.com": everywhere(CF_CHALLENGE),
        "shoalsickle.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Shoal Creek Sickle Property Management")},
    },
)

# shape: the domain is the holding LLC's initials (pcwholdings.com) and its title is the LLC's
# name, but the homepage is the rentals business it trades as ("d/b/a") and links the portal
add(
    "site_links_portal",
    "Buildium",
    "Paint Creek Wrench Rentals",
    "pcwholdings.com",
    None,
    "high",
    {
        "pcwholdings.com": home(
            "PCW Holdings, LLC",
            "<p>PCW Holdings, LLC d/b/a Paint Creek Wrench Rentals: 120 rental homes in Austin and Manor.</p>"
            + sub("https://paintcreekwrench.managebuilding.com/Resident/portal/login", "Pay Rent")
            + atx("5900 Balcones Dr, Suite 100"),
            title="PCW Holdings, LLC",
        ),
        "paintcreekwrench.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Paint Creek Wrench Rentals")},
    },
)

# ================================================================ someone else's website =====

# shape: same words, another industry: sulphurauger.com is an Austin pest-control firm (its
# customer portal is a pest-control vendor's, no PMS); the Buildium account given is live and in
# the candidate's name. Contract silent on the site being the company's (literally medium,
# portal_live); judgement: the lead's website is another business's, evidence_unverified
add(
    "no_portal",
    "Buildium",
    "Sulphur Auger Property Management",
    "sulphurauger.com",
    "https://sulphurauger.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "sulphurauger.com": biz(
            "Sulphur Auger Pest Control | Austin Exterminator",
            "<h1>Sulphur Auger Pest Control</h1><p>Termite, rodent and mosquito control across Travis County. "
            "Free inspections.</p><a href='https://sulphurauger.pestroutes.com/customer'>Customer Portal</a>"
            + atx("8200 N Interstate 35"),
        ),
        "sulphurauger.pestroutes.com": {
            "/customer": _login("Customer Portal", "Sulphur Auger Pest Control", footer="PestRoutes")
        },
        "sulphurauger.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Sulphur Auger Property Management")
        },
    },
)

# shape: same words, a dental practice; no evidence URL, no portal anywhere: no_pms_evidence
add(
    "no_portal",
    "AppFolio",
    "Kickapoo Caliper Property Management",
    "kickapoocaliper.com",
    None,
    "no_pms_evidence",
    {
        "kickapoocaliper.com": biz(
            "Kickapoo Caliper Family Dentistry | Austin, TX",
            "<h1>Kickapoo Caliper Family Dentistry</h1><p>Cleanings, crowns and Invisalign. New patients welcome.</p>"
            "<a href='/request-appointment'>Request an Appointment</a>" + atx("3705 Medical Pkwy"),
        ),
    },
)

# shape: an old domain now a barbecue restaurant's (the property manager let it go); the Rent
# Manager account given is live in the candidate's name. Contract silent (literally medium);
# judgement: the website is another business's, evidence_unverified
add(
    "no_portal",
    "Rent Manager",
    "Paluxy Tongs Realty",
    "paluxytongs.com",
    "https://paluxytongs.rmresident.com/",
    "evidence_unverified",
    {
        "paluxytongs.com": biz(
            "Paluxy Tongs BBQ | Brisket & Ribs in East Austin",
            "<h1>Paluxy Tongs BBQ</h1><p>Post oak smoked brisket, Thursday to Sunday until we sell out.</p>"
            "<a href='/menu'>Menu</a><a href='/catering'>Catering</a>" + atx("1900 E Cesar Chavez St"),
        ),
        "paluxytongs.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"]("Paluxy Tongs Realty")},
    },
)

# shape: same words, a church (.org); no evidence URL: no_pms_evidence
add(
    "no_portal",
    "Propertyware",
    "Pedernales Forge Property Management",
    "pedernalesforge.org",
    None,
    "no_pms_evidence",
    {
        "pedernalesforge.org": biz(
            "Pedernales Forge Church | Austin, TX",
            "<h1>Pedernales Forge Church</h1><p>Sundays at 9:00 and 11:00. Kids' ministry, small groups and "
            "<a href='/give'>online giving</a>.</p>" + atx("4100 Spicewood Springs Rd"),
        ),
    },
)

# shape: a personal hobby blog (a backyard blacksmith in Blanco County, Texas) on the name the
# agent guessed; the Rentvine account given is live in the candidate's name. Contract silent
# (literally medium); judgement: evidence_unverified, the site is a stranger's blog
add(
    "no_portal",
    "Rentvine",
    "Nolan Bellows Property Management",
    "nolanbellows.com",
    "https://nolanbellows.rentvine.com/portals/resident",
    "evidence_unverified",
    {
        "nolanbellows.com": {
            "/": page(
                "<header><h1>Nolan Bellows</h1><p>Notes from a backyard forge in Blanco County, Texas.</p></header>"
                "<main><article><h2><a href='/2025/03/forge-welding-a-froe/'>Forge welding a froe</a></h2>"
                "<p>Third try, and the weld finally held.</p></article><article><h2>"
                "<a href='/2024/11/building-a-side-draft-hood/'>Building a side-draft hood</a></h2></article></main>"
                "<footer>Powered by WordPress</footer>",
                title="Nolan Bellows - a blacksmithing blog",
            )
        },
        "nolanbellows.rentvine.com": {"/portals/resident": spa_shell("Nolan Bellows Property Management")},
    },
)

# shape: a real-estate agent's personal page (marcoslathe.com, "Marcos Lathe, REALTOR") sharing
# the words of "San Marcos Lathe Property Management"; the Buildium account given is live in the
# candidate's name. Contract silent (literally medium); judgement: evidence_unverified
add(
    "no_portal",
    "Buildium",
    "San Marcos Lathe Property Management",
    "marcoslathe.com",
    "https://sanmarcoslathe.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "marcoslathe.com": {
            "/": page(
                "<header><img src='/headshot.jpg' alt='Marcos Lathe'><h1>Marcos Lathe, REALTOR&reg;</h1></header>"
                "<main><p>Helping Austin families buy and sell homes since 2015.</p><a href='/search'>Search Homes</a>"
                + atx("3801 N Capital of Texas Hwy")
                + "</main><footer>Licensed sales agent, TREC #0712345. <a href='/iabs.pdf'>Information About "
                "Brokerage Services</a></footer>",
                title="Marcos Lathe | Austin REALTOR",
            )
        },
        "sanmarcoslathe.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("San Marcos Lathe Property Management")
        },
    },
)

# shape: same words, a law firm in Shreveport, Louisiana (every address there, Texas never
# named); the AppFolio account given is live. The domain's company is not in Texas: wrong_state
# (from the contract; a careful team rejects it either way)
add(
    "no_portal",
    "AppFolio",
    "Sabine Hammer Property Management",
    "sabinehammer.com",
    "https://sabinehammer.appfolio.com/connect",
    "wrong_state",
    {
        "sabinehammer.com": biz(
            "Sabine & Hammer LLP | Shreveport Attorneys",
            "<h1>Sabine &amp; Hammer LLP</h1><p>Business litigation and real estate law.</p>"
            "<p>401 Edwards St, Suite 1200, Shreveport, LA 71101 &middot; (318) 555-0190</p>",
        ),
        "sabinehammer.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Sabine Hammer Property Management")},
    },
)

# shape: a similarly named property manager in Tulsa, Oklahoma, linking its own Buildium
# portal; no evidence URL: wrong_state (a careful team also sees it is not the Austin company)
add(
    "site_links_portal",
    "Buildium",
    "Aquilla Pliers Property Management",
    "aquillapliers.com",
    None,
    "wrong_state",
    {
        "aquillapliers.com": home(
            "Aquilla Pliers Property Management",
            sub("https://aquillapliers.managebuilding.com/Resident/portal/login")
            + "<p>410 S Main St, Tulsa, OK 74103 &middot; (918) 555-0121</p><p>Serving Tulsa and Broken Arrow.</p>",
        ),
        "aquillapliers.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Aquilla Pliers Property Management")
        },
    },
)

# shape: a different Texas firm (Port Lavaca) with a similar name, which says it is not
# affiliated with the Austin company and links its own Buildium account; the agent gives that
# account as evidence. The contract's linked-portal rule would pass "Lavaca Spindle Realty" (a
# shared word, linked by the site); judgement: the site itself says it is not the candidate, so
# its portal is another company's: evidence_unverified
add(
    "no_account",
    "Buildium",
    "Lavaca Spindle Property Management",
    "lavacaspindle.com",
    "https://lavacaspindlerealty.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "lavacaspindle.com": home(
            "Lavaca Spindle Realty",
            sub("https://lavacaspindlerealty.managebuilding.com/Resident/portal/login")
            + "<p>211 N Commerce St, Port Lavaca, TX 77979 &middot; Serving Calhoun County since 1998.</p>"
            "<p>We are not affiliated with Lavaca Spindle Property Management of Austin.</p>",
        ),
        "lavacaspindlerealty.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Lavaca Spindle Realty")},
    },
)

# shape: same words, a custom home builder in Pflugerville, TX; no evidence: no_pms_evidence
add(
    "no_portal",
    "ResMan",
    "Gilleland Auger Property Management",
    "gillelandauger.com",
    None,
    "no_pms_evidence",
    {
        "gillelandauger.com": biz(
            "Gilleland Auger Homes | Custom Home Builder",
            "<h1>Gilleland Auger Homes</h1><p>Custom homes on your lot in Pflugerville, Hutto and Manor.</p>"
            "<a href='/gallery'>Gallery</a><p>Pflugerville, TX 78660 &middot; (512) 555-0168</p>",
        ),
    },
)

# shape: a franchise brand's national site (locator, franchisor's LLC and head office; Austin
# in the office list) given as the Austin office's website; the office's AppFolio account is
# live and names it. Contract silent (literally medium); judgement: the website is the
# franchisor's, not the office's: evidence_unverified
add(
    "no_portal",
    "AppFolio",
    "Brazos Wrench Property Management Austin",
    "brazoswrench.com",
    "https://brazoswrenchaustin.appfolio.com/connect",
    "evidence_unverified",
    {
        "brazoswrench.com": {
            "/": page(
                "<nav><a href='/find-an-office'>Find an Office</a><a href='/franchise'>Own a Franchise</a></nav>"
                "<main><h1>Brazos Wrench Property Management</h1><p>Locally owned offices in 140 cities.</p>"
                "<ul><li><a href='/offices/austin-tx'>Austin, TX</a></li><li><a href='/offices/denver-co'>Denver, CO</a>"
                "</li><li><a href='/offices/raleigh-nc'>Raleigh, NC</a></li></ul></main>"
                "<footer>&copy; 2026 Brazos Wrench Franchising, LLC &middot; 3100 W Tyvola Rd, Charlotte, NC 28217. "
                "Each office is independently owned and operated.</footer>",
                title="Brazos Wrench Property Management | Find a Local Office",
            )
        },
        "brazoswrenchaustin.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Brazos Wrench Property Management Austin")},
    },
)

# shape: the landlord's own site (an owner of apartment buildings) says its buildings are managed
# by "our affiliate", the candidate, and links that affiliate's portal for residents: the
# contract makes a portal of a company the site calls another never the candidate's, from this
# site: evidence_unverified
add(
    "no_portal",
    "Buildium",
    "Williamson Spade Property Management",
    "williamsonspadeproperties.com",
    None,
    "evidence_unverified",
    {
        "williamsonspadeproperties.com": biz(
            "Williamson Spade Properties | Austin Real Estate Investment",
            "<h1>Williamson Spade Properties</h1><p>Williamson Spade Properties owns and develops small "
            "apartment buildings in Central Austin. "
            "Our buildings are managed by our affiliate, Williamson Spade Property Management: "
            "<a href='https://williamsonspade.managebuilding.com/Resident/portal/login'>Resident Login</a></p>"
            + atx("1501 W 5th St"),
        ),
        "williamsonspade.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Williamson Spade Property Management")
        },
    },
)

# shape: an old domain that now 301-forwards to a law firm (the firm bought the lapsed name);
# no evidence: no portal anywhere, no_pms_evidence
add(
    "no_portal",
    "Rent Manager",
    "Medio Crucible Property Management",
    "mediocrucible.com",
    None,
    "no_pms_evidence",
    {
        "mediocrucible.com": {"/": redirect("https://www.mediocruciblelaw.com/", 301)},
        "www.mediocruciblelaw.com": biz(
            "Medio Crucible Law | Austin Landlord-Tenant Attorneys",
            "<h1>Medio Crucible Law, PLLC</h1><p>Evictions, lease disputes and HOA law.</p>" + atx("816 Congress Ave, Suite 900"),
        ),
    },
)

# shape: a differently organised firm in Waco with a similar name, whose site links its own
# AppFolio account; the agent asked Buildium and gave a live Buildium account in the candidate's
# name. The contract's order puts the site's other PMS first: pms_mismatch (a careful team
# rejects it anyway, the website being another firm's)
add(
    "other_pms",
    "Buildium",
    "Tehuacana Rasp Property Management",
    "tehuacanarasp.com",
    "https://tehuacanarasp.managebuilding.com/Resident/portal/login",
    "pms_mismatch",
    {
        "tehuacanarasp.com": home(
            "Tehuacana Rasp Realty Group",
            sub("https://tehuacanarasp.appfolio.com/connect", "Resident Portal")
            + "<p>700 Washington Ave, Waco, TX 76701 &middot; Serving McLennan County.</p>",
        ),
        "tehuacanarasp.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Tehuacana Rasp Realty Group")},
        "tehuacanarasp.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Tehuacana Rasp Property Management")
        },
    },
)

# shape: same words, a pottery studio; no evidence: no_pms_evidence
add(
    "no_portal",
    "TenantCloud",
    "Yegua Kiln Property Management",
    "yeguakiln.com",
    None,
    "no_pms_evidence",
    {
        "yeguakiln.com": biz(
            "Yegua Kiln Pottery Studio | Wheel Classes in Austin",
            "<h1>Yegua Kiln Pottery</h1><p>Six-week wheel-throwing classes, open studio and firing services.</p>"
            "<a href='/classes'>Book a Class</a>" + atx("5305 Bolm Rd"),
        ),
    },
)

# shape: same words, a roofing contractor; no evidence: no_pms_evidence
add(
    "no_portal",
    "DoorLoop",
    "Brushy Creek Hammer Property Management",
    "brushycreekhammer.com",
    None,
    "no_pms_evidence",
    {
        "brushycreekhammer.com": biz(
            "Brushy Creek Hammer Roofing | Round Rock & Austin Roofers",
            "<h1>Brushy Creek Hammer Roofing</h1><p>Storm damage, insurance claims and full replacements.</p>"
            "<a href='/free-estimate'>Free Estimate</a>" + atx("10200 Anderson Mill Rd"),
        ),
    },
)

# shape: the company's own site (no link) with an AppFolio account the agent guessed from the
# name: it belongs to "Pease Lathe Commercial Partners" of Lubbock, another company:
# evidence_unverified
add(
    "no_account",
    "AppFolio",
    "Pease Lathe Property Management",
    "peaselathepm.com",
    "https://peaselathe.appfolio.com/connect",
    "evidence_unverified",
    {
        "peaselathepm.com": home("Pease Lathe Property Management", atx("7301 Ranch Rd 2222")),
        "peaselathe.appfolio.com": {
            "/connect": _login(
                "Online Portal - Sign In",
                "Pease Lathe Commercial Partners",
                user="user[email]",
                extra="<p>Pease Lathe Commercial Partners &middot; 1500 Broadway, Lubbock, TX 79401</p>",
                footer="Powered by AppFolio Property Manager",
            )
        },
    },
)

# shape: the owner's holding company's site, which says day-to-day management is by "our
# affiliate", the candidate, and links nothing; the candidate's Buildium account is given. The
# contract: a portal of a company the site calls another is never the candidate's, linked or not
add(
    "no_portal",
    "Buildium",
    "Hondo Adze Property Management",
    "hondoadzeholdings.com",
    "https://hondoadze.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "hondoadzeholdings.com": biz(
            "Hondo Adze Holdings | Real Estate Investment",
            "<h1>Hondo Adze Holdings</h1><p>Hondo Adze Holdings is a private real estate investment firm. "
            "Day-to-day management of our "
            "Austin portfolio is handled by our affiliate, Hondo Adze Property Management.</p>" + atx("401 W 15th St"),
        ),
        "hondoadze.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Hondo Adze Property Management")},
    },
)

# ================================================================ ordinary rejections =======

# shape: the domain has no address record at all (nor www.); the Buildium account is live: dead_domain
add(
    "dead_domain",
    "Buildium",
    "Navidad Gouge Property Management",
    "navidadgouge.com",
    "https://navidadgouge.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "navidadgouge.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Navidad Gouge Property Management")
        },
    },
    unresolvable=("navidadgouge.com", "www.navidadgouge.com"),
)

# shape: the host answers 404 on every path; no evidence: dead_domain
add(
    "dead_domain",
    "Propertyware",
    "Garcitas Plow Rentals",
    "garcitasplow.com",
    None,
    "dead_domain",
    {"garcitasplow.com": everywhere(not_found())},
)

# shape: a Sedo parking page (parking script, utm_medium=parking links) beside a live AppFolio
# account: dead_domain
add(
    "parked",
    "AppFolio",
    "Mustang Creek Pliers Realty",
    "mustangcreekpliers.com",
    "https://mustangcreekpliers.appfolio.com/connect",
    "dead_domain",
    {
        "mustangcreekpliers.com": parked(
            "<h1>mustangcreekpliers.com</h1><p>Related searches</p><ul><li><a href='/?q=rental+homes&amp;"
            "utm_medium=parking&amp;utm_source=sedo'>Rental Homes</a></li><li><a href='/?q=property+managers&amp;"
            "utm_medium=parking&amp;utm_source=sedo'>Property Managers</a></li></ul>"
            "<p><a href='https://sedo.com/search/details/?domain=mustangcreekpliers.com'>Buy this domain</a></p>",
            title="mustangcreekpliers.com",
            head="<script src='https://img.sedoparking.com/templates/js/sedoparking.js'></script>",
        ),
        "mustangcreekpliers.appfolio.com": {"/connect": VENDOR_LOGIN["AppFolio"]("Mustang Creek Pliers Realty")},
    },
)

# shape: a lapsed domain on a HugeDomains sale page; no evidence: dead_domain
add(
    "parked",
    "Rentvine",
    "Tres Palacios Saw Property Management",
    "trespalaciossaw.com",
    None,
    "dead_domain",
    {
        "trespalaciossaw.com": parked(
            "<h1>TresPalaciosSaw.com is for sale</h1><p>Get this domain. Pay in full or with a payment plan.</p>"
            "<a href='https://www.hugedomains.com/domain_profile.cfm?d=trespalaciossaw.com'>Buy Now</a>",
            title="TresPalaciosSaw.com is for sale | HugeDomains",
            head="<link rel='stylesheet' href='https://static.hugedomains.com/css/hd.css'>",
        ),
    },
)

# shape: a securecafe resident login answering servers with Cloudflare's challenge; the
# company's site links nothing: unverifiable
add(
    "bot_wall",
    "Yardi",
    "Seco Creek Bevel Residential",
    "secocreekbevel.com",
    "https://secocreekbevel.securecafe.com/residentservices/secocreekbevel/userlogin.aspx",
    "unverifiable",
    {
        "secocreekbevel.com": home("Seco Creek Bevel Residential", atx("2200 Aldrich St")),
        "secocreekbevel.securecafe.com": everywhere(CF_CHALLENGE),
    },
)

# shape: an Entrata resident portal answering a bare 403; the site links nothing: unverifiable
add(
    "bot_wall",
    "Entrata",
    "Caddo Loom Communities",
    "caddoloom.com",
    "https://caddoloom.residentportal.com/resident_portal/",
    "unverifiable",
    {
        "caddoloom.com": home("Caddo Loom Communities", atx("11400 Domain Dr")),
        "caddoloom.residentportal.com": everywhere(BARE_403),
    },
)

# shape: asked for AppFolio, the company's own site links its Buildium Resident Center: pms_mismatch
add(
    "other_pms",
    "AppFolio",
    "Aransas Rivet Realty",
    "aransasrivet.com",
    None,
    "pms_mismatch",
    {
        "aransasrivet.com": home(
            "Aransas Rivet Realty",
            sub("https://aransasrivet.managebuilding.com/Resident/portal/login") + atx("5524 Bee Cave Rd"),
        ),
        "aransasrivet.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Aransas Rivet Realty")},
    },
)

# shape: an AppFolio customer story (vendor marketing on www.appfolio.com) given as the evidence;
# it names no account, and the company's site links no portal: no_pms_evidence
add(
    "vendor_wide",
    "AppFolio",
    "Mission Rasp Property Management",
    "missionrasp.com",
    "https://www.appfolio.com/customers/mission-rasp-property-management",
    "no_pms_evidence",
    {
        "missionrasp.com": home("Mission Rasp Property Management", atx("2600 E Cesar Chavez St")),
        "www.appfolio.com": {
            "/customers/mission-rasp-property-management": page(
                "<h1>How Mission Rasp Property Management grew to 400 doors</h1><p>Customer story.</p>"
                "<a href='https://www.appfolio.com/demo'>Get a demo</a>",
                title="Customer Story | AppFolio",
            )
        },
    },
)

# shape: an image on AppFolio's CDN given as evidence; the site links no portal: no_pms_evidence
add(
    "asset",
    "AppFolio",
    "Little River Chisel Realty",
    "littleriverchisel.com",
    "https://images.cdn.appfolio.com/littleriverchisel/images/3f9a2c1e-logo.png",
    "no_pms_evidence",
    {
        "littleriverchisel.com": home("Little River Chisel Realty", atx("4505 Duval St")),
        "images.cdn.appfolio.com": {
            "/littleriverchisel/images/3f9a2c1e-logo.png": raw(200, "\x89PNG\r\n\x1a\n", content_type="image/png")
        },
    },
)

# shape: the company's own site links nothing; the Buildium account given says its Resident
# Center is no longer active, above the login form: evidence_unverified
add(
    "stale_portal",
    "Buildium",
    "Village Creek Anvil Property Management",
    "villagecreekanvil.com",
    "https://villagecreekanvil.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "villagecreekanvil.com": home("Village Creek Anvil Property Management", atx("8868 Research Blvd")),
        "villagecreekanvil.managebuilding.com": {
            "/Resident/portal/login": _login(
                "Village Creek Anvil Property Management - Resident Center",
                "Village Creek Anvil Property Management Resident Center",
                user="Email",
                extra="<div class='alert'>This Resident Center is no longer active. Please contact your property "
                "manager for assistance.</div>",
                footer="Powered by Buildium",
            )
        },
    },
)

# shape: the Buildium account guessed from the name does not exist (the vendor's "could not be
# found" page); the site links nothing: evidence_unverified
add(
    "no_account",
    "Buildium",
    "San Saba Rivet Property Management",
    "sansabarivet.com",
    "https://sansabarivet.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "sansabarivet.com": home("San Saba Rivet Property Management", atx("1401 Lavaca St")),
        "sansabarivet.managebuilding.com": {"/Resident/portal/login": not_found("The page you requested could not be found")},
    },
)

HOLDOUT21: list[Case] = collector.cases
