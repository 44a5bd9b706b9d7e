# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-sixth blind corpus: English notices that decide whether a US property manager is still
a lead, each worded unlike every phrase docs/live-checks.md quotes.

Focus: the ways American small firms and their vendors' portals say, in English, that the company
is gone, that its management went to another firm or stopped, that the portal was switched off
or now serves another firm, or that residents moved to another PMS: different verbs ("wound up
its affairs", "locked up for the last time", "closed up shop", "stepped away from rental
management", "assigned its management agreements to", "has been sunset", "switched off"),
different tense and word order, regional and informal usage ("y'all, that's all she wrote"),
legal-ish letters (a Georgia Certificate of Termination, an assignment of management agreements),
small-business typos, notices split over two sentences with a pronoun for the company, and
notices made of a heading plus a paragraph. Where they appear: homepage banners, an About section
on the homepage, a footer line, the residents page that links the portal, and the vendor portal's
own banner above its login form (at the vendors' account hosts and paths of the contract's table).

Each decisive notice has a benign twin that differs from it only in the decisive words: holiday
hours, a monsoon, a snow day, a power outage, a staff training day, a remodel, a closed branch,
a sold building, a community whose contract ended, a retired founder, a new name for the same
company with the same portal account, the company buying another firm's portfolio or taking on a
community, a new maintenance coordinator, payment-method and bank changes, maintenance windows,
a waitlist for new owners, a COVID-19 notice left up since 2020, "closed 112 sales".

Mix: 65 candidates, 35 real leads (28 `site_links_portal` high: the site links its live portal;
7 `live_portal` medium: only the evidence URL, a live portal in the company's name, shows the
PMS) and 30 rejections: 8 `dead_domain` (the company closed for good, said by its own homepage or
the residents page that links the portal; class `dead_domain`), 18 `evidence_unverified`
(management sold, merged away, taken over, assigned, handed on or stopped, said by the site; or a
portal that says it is switched off, archived read-only, ended, sunset, kept only for old
statements, or now serves another firm; class `stale_portal`), 4 `pms_mismatch` (residents sent
to another vendor's portal by the site or by the old portal's banner; class `other_pms`).
28 states (AL AZ CO FL GA IL IN KS KY LA MI MO MS NC NJ NM NV NY OH OK PA SC TN TX UT VA WA WI),
11 vendors (Buildium, AppFolio, Rent Manager, Propertyware, TenantCloud, Rentec Direct, ResMan,
DoorLoop, MRI, RealPage, Rentvine).

How the labels were decided: by docs/live-checks.md, read as a careful sales team reads a page,
without reading or running the checks. A company its own homepage (or the page that links the
portal) says is gone is `dead_domain`; its management handed to a named firm or stopped is
`evidence_unverified`; a portal that says, above its login form, that it is switched off,
archived, ended or now another firm's is `evidence_unverified`; another vendor's portal linked by
the site, or named by the old portal as where accounts now live, is `pms_mismatch`. A notice about
a branch, a building, a community, a person, a payment method, a maintenance window or a temporary
closure leaves a real lead: `high` when the site links its live portal, `medium` when the site does
not and the evidence URL is a live portal in the company's name. Every page is our own short HTML
after the shapes of real sites and vendor portals; all names, domains, accounts, addresses and
phone numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector, _login, listings_page, spa_shell
from fake_web import Reply, page, redirect

collector = Collector("holdout36-")
add = collector.add


# --- pages -----------------------------------------------------------------------------------


def hp(
    co: str,
    where: str,
    *,
    tagline: str = "",
    banner: str = "",
    about: str = "",
    footer: str = "",
    body: str = "",
    portal: str | None = None,
    portal_label: str = "Resident Login",
    residents: str | None = None,
    title: str | None = None,
) -> dict[str, Reply]:
    """A small property manager's homepage: an optional top banner, a menu (with the portal link
    and/or a Residents page), a hero, an About section, a footer with the address and an optional
    footer line. `residents` is the HTML of /residents."""
    tagline = tagline or (
        "Full-service residential property management: leasing, rent collection, maintenance and "
        "owner reporting for single-family homes, duplexes and small apartment buildings."
    )
    menu = "<a href='/'>Home</a><a href='/rentals'>Available Rentals</a><a href='/owners'>Owners</a>"
    if portal:
        menu += f"<a class='menu-item' href='{portal}'>{portal_label}</a>"
    if residents is not None:
        menu += "<a href='/residents'>Residents</a>"
    menu += "<a href='/contact'>Contact</a>"
    top = ""
    if banner:
        top = banner if banner.startswith("<") else f"<div class='announcement-bar' role='alert'><p>{banner}</p></div>"
    about_html = f"<section id='about'><h2>About Us</h2>{about}</section>" if about else ""
    foot_line = f"<p class='footer-note'>{footer}</p>" if footer else ""
    html = (
        f"{top}<header><a class='logo' href='/'>{co}</a><nav>{menu}</nav></header>"
        f"<main><section class='hero'><h1>{co}</h1><p>{tagline}</p>"
        "<a class='btn' href='/contact'>Get a Rental Analysis</a></section>"
        f"{body}{about_html}</main>"
        f"<footer><p>{where}</p>{foot_line}<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    pages = {"/": page(html, title=title or f"{co} | Property Management")}
    if residents is not None:
        pages["/residents"] = page(
            f"<nav><a href='/'>Home</a></nav><main><h1>Residents</h1>{residents}</main><footer><p>{where}</p></footer>",
            title=f"Residents | {co}",
        )
    return pages


def note(text: str) -> str:
    """A portal's banner above its login form."""
    if not text:
        return ""
    return text if text.startswith("<") else f"<div class='alert alert-warning' role='alert'>{text}</div>"


def buildium(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host, path = f"{acct}.managebuilding.com", "/Resident/portal/login"
    login = _login(
        f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer="Powered by Buildium", extra=note(notice)
    )
    return f"https://{host}{path}", {host: {path: login}}


def appfolio(acct: str, heading: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.appfolio.com"
    login = _login(
        "Online Portal - Sign In", heading, user="user[email]", footer="Powered by AppFolio Property Manager", extra=note(notice)
    )
    return f"https://{host}/connect", {host: {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": login}}


def rentmanager(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rmresident.com"
    login = _login(
        f"{co} | Resident Portal",
        f"Welcome to the {co} Resident Portal",
        user="txtUserName",
        footer="Powered by Rent Manager",
        extra=note(notice),
    )
    return f"https://{host}/", {host: {"/": login}}


def propertyware(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host, path = f"{acct}.propertyware.com", f"/pw/portals/{acct}/tenant.action"
    login = _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer=f"{co} &middot; Propertyware", extra=note(notice))
    return f"https://{host}{path}", {host: {path: login}}


def tenantcloud(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.tenantcloud.com"
    return f"https://{host}/", {host: {"/": listings_page(co)}}


def rentec(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentecdirect.com"
    login = _login(
        "Tenant Login | Rentec Direct",
        f"{co} Tenant Login",
        footer="Property management software by Rentec Direct",
        extra=note(notice),
    )
    return f"https://{host}/", {host: {"/": login}}


def resman(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host, path = f"{acct}.myresman.com", "/Portal/Access/SignIn"
    login = _login("ResMan Resident Portal - Sign In", "Sign In", footer=co, extra=note(notice))
    return f"https://{host}{path}", {host: {path: login}}


def mri(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.mriresidentconnect.com"
    login = _login("ResidentConnect", f"{co} ResidentConnect", footer="MRI Software", extra=note(notice))
    return f"https://{host}/", {host: {"/": login}}


def realpage(acct: str, co: str, notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.activebuilding.com"
    login = _login("ActiveBuilding - Log In", f"{co} Resident Portal", footer="RealPage", extra=note(notice))
    return f"https://{host}/", {host: {"/": login}}


def doorloop(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.app.doorloop.com"
    return f"https://{host}/login", {host: {"/": redirect("/login"), "/login": spa_shell(f"{co} | Tenant Portal")}}


def rentvine(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentvine.com"
    return f"https://{host}/portals/resident/", {host: {"/portals/resident/": spa_shell(f"{co} - Resident Portal")}}


def www(domain: str, pages: dict[str, Reply]) -> dict[str, dict[str, Reply]]:
    """A site on www. with the apex redirecting there."""
    return {domain: {"/": redirect(f"https://www.{domain}/", 301)}, f"www.{domain}": pages}


# === 1. the company closed for good (dead_domain) and its twins ==============================

# A homepage banner: the company "shut down for good" (a closing verb with the company as subject
# and "for good"). The site still links its live Buildium portal: closed is closed.
url, portal = buildium("loblollygate", "Loblolly Gate Property Management")
add(
    "dead_domain",
    "Buildium",
    "Loblolly Gate Property Management",
    "loblollygatepm.com",
    url,
    "dead_domain",
    {
        "loblollygatepm.com": hp(
            "Loblolly Gate Property Management",
            "2216 NW 13th St, Gainesville, FL 32609 &middot; (352) 555-0141",
            banner="With heavy hearts: Loblolly Gate Property Management shut down for good on January 31, 2026. "
            "Thank you for 19 years of trust.",
            portal=url,
        ),
        **portal,
    },
    state="FL",
    city="Gainesville",
)

# Twin: the same banner's shape, but the shutting down is at noon on Christmas Eve (holiday hours).
url, portal = buildium("sawpalmettorow", "Saw Palmetto Row Rentals")
add(
    "site_links_portal",
    "Buildium",
    "Saw Palmetto Row Rentals",
    "sawpalmettorow.com",
    url,
    "high",
    {
        "sawpalmettorow.com": hp(
            "Saw Palmetto Row Rentals",
            "1710 SE 3rd Ave, Ocala, FL 34471 &middot; (352) 555-0178",
            banner="Holiday hours: Saw Palmetto Row Rentals will shut down at noon on December 24 and reopen "
            "Friday, December 26. Thank you for 19 years of trust.",
            portal=url,
        ),
        **portal,
    },
    state="FL",
    city="Ocala",
)

# The About section: the founders "wound up the company's affairs, and it no longer exists". The
# site does not link the portal; the evidence is a live AppFolio account in the company's name.
url, portal = appfolio("buckeyelantern", "Buckeye Lantern Realty")
add(
    "dead_domain",
    "AppFolio",
    "Buckeye Lantern Realty",
    "buckeyelanternrealty.com",
    url,
    "dead_domain",
    {
        "buckeyelanternrealty.com": hp(
            "Buckeye Lantern Realty",
            "418 E Monument Ave, Dayton, OH 45402 &middot; (937) 555-0112",
            about="<p>Founded in 1987 by Walt and June Kessinger, Buckeye Lantern Realty managed rentals across the "
            "Miami Valley for nearly four decades. In late 2025 the Kessingers wound up the company's affairs, "
            "and it no longer exists. We are grateful to every owner and tenant.</p>",
        ),
        **portal,
    },
    state="OH",
    city="Dayton",
)

# Twin: the same About section, but the founder retired and the family runs the company.
url, portal = appfolio("madriverlantern", "Mad River Lantern Realty")
add(
    "live_portal",
    "AppFolio",
    "Mad River Lantern Realty",
    "madriverlanternrealty.com",
    url,
    "medium",
    {
        "madriverlanternrealty.com": hp(
            "Mad River Lantern Realty",
            "27 N Limestone St, Springfield, OH 45502 &middot; (937) 555-0166",
            about="<p>Founded in 1987 by Walt and June Kessinger, Mad River Lantern Realty has managed rentals across "
            "Clark County for nearly four decades. In late 2025 Walt retired from day-to-day work; June and "
            "their son Eli still run the company. We are grateful to every owner and tenant.</p>",
        ),
        **portal,
    },
    state="OH",
    city="Springfield",
)

# A footer line: "went out of business on October 31, 2025". The site still links Rent Manager.
url, portal = rentmanager("tessellateridge", "Tessellate Ridge Property Management")
add(
    "dead_domain",
    "Rent Manager",
    "Tessellate Ridge Property Management",
    "tessellateridgepm.com",
    url,
    "dead_domain",
    {
        "tessellateridgepm.com": hp(
            "Tessellate Ridge Property Management",
            "55 Broadway St, Asheville, NC 28801 &middot; (828) 555-0133",
            footer="Tessellate Ridge Property Management went out of business on October 31, 2025. Former owners may "
            "request records at records@tessellateridgepm.com.",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="NC",
    city="Asheville",
)

# Twin: a footer line about a satellite office that "shut for good"; the company goes on.
url, portal = rentmanager("bearwallowtessera", "Bearwallow Tessera Rentals")
add(
    "site_links_portal",
    "Rent Manager",
    "Bearwallow Tessera Rentals",
    "bearwallowtessera.com",
    url,
    "high",
    {
        "bearwallowtessera.com": hp(
            "Bearwallow Tessera Rentals",
            "301 N Main St, Hendersonville, NC 28792 &middot; (828) 555-0159",
            footer="Our Brevard satellite office shut for good on October 31, 2025; everything continues from our "
            "Hendersonville office above. Former Brevard owners may request records at records@bearwallowtessera.com.",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="NC",
    city="Hendersonville",
)

# A heading plus a paragraph: "Permanently Closed" / "will not reopen", with deposits returned
# under the Arizona landlord-tenant act. The site links its Propertyware tenant portal.
url, portal = propertyware("saguaroquill", "Saguaro Quill Management")
add(
    "dead_domain",
    "Propertyware",
    "Saguaro Quill Management",
    "saguaroquill.com",
    url,
    "dead_domain",
    {
        "saguaroquill.com": hp(
            "Saguaro Quill Management",
            "3430 E Speedway Blvd, Tucson, AZ 85716 &middot; (520) 555-0104",
            body="<section class='notice'><h2>Permanently Closed</h2><p>After 23 years serving Tucson landlords and "
            "tenants, Saguaro Quill Management will not reopen. Security deposit dispositions were mailed as "
            "required by A.R.S. &sect; 33-1321.</p></section>",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="AZ",
    city="Tucson",
)

# Twin: "Temporarily Closed" / will not reopen the front office until Monday (monsoon damage).
url, portal = propertyware("huachucaquill", "Huachuca Quill Rentals")
add(
    "site_links_portal",
    "Propertyware",
    "Huachuca Quill Rentals",
    "huachucaquill.com",
    url,
    "high",
    {
        "huachucaquill.com": hp(
            "Huachuca Quill Rentals",
            "1860 E Fry Blvd, Sierra Vista, AZ 85635 &middot; (520) 555-0177",
            body="<section class='notice'><h2>Temporarily Closed</h2><p>After Tuesday's monsoon flooded our lobby, "
            "Huachuca Quill Rentals will not reopen the front office until Monday. Emergency maintenance: "
            "(520) 555-0177.</p></section>",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="AZ",
    city="Sierra Vista",
)

# A small business's banner with typos: "has closed up shop perminantly". The site links its
# TenantCloud listings.
url, portal = tenantcloud("redbudtinsel", "Redbud Tinsel Rentals")
add(
    "dead_domain",
    "TenantCloud",
    "Redbud Tinsel Rentals",
    "redbudtinselrentals.com",
    url,
    "dead_domain",
    {
        "redbudtinselrentals.com": hp(
            "Redbud Tinsel Rentals",
            "6130 E 21st St, Tulsa, OK 74114 &middot; (918) 555-0125",
            banner="NOTICE: Redbud Tinsel Rentals LLC has closed up shop perminantly as of 3/1/26. We aprreciate all "
            "are tenants and owners thru the years!!",
            portal=url,
            portal_label="View Rentals / Apply",
        ),
        **portal,
    },
    state="OK",
    city="Tulsa",
)

# Twin: the same typos, but the office is closed one Friday for a power outage.
url, portal = tenantcloud("arrowheadtinsel", "Arrowhead Tinsel Homes")
add(
    "site_links_portal",
    "TenantCloud",
    "Arrowhead Tinsel Homes",
    "arrowheadtinselhomes.com",
    url,
    "high",
    {
        "arrowheadtinselhomes.com": hp(
            "Arrowhead Tinsel Homes",
            "412 S Main St, Broken Arrow, OK 74012 &middot; (918) 555-0187",
            banner="NOTICE: Arrowhead Tinsel Homes office is closed Fri 3/6 do to a power outage on our block. Pay "
            "rent thru the portal as usaul, we'll be back Monday!!",
            portal=url,
            portal_label="View Rentals / Apply",
        ),
        **portal,
    },
    state="OK",
    city="Broken Arrow",
)

# Split over two sentences, the second with only a pronoun: "...opened in 1994 ... This past
# December, after both owners retired, it shut its doors for the last time." Unlinked portal.
url, portal = rentec("wheatsheafcobble", "Wheatsheaf Cobble Property Management")
add(
    "dead_domain",
    "Rentec Direct",
    "Wheatsheaf Cobble Property Management",
    "wheatsheafcobble.com",
    url,
    "dead_domain",
    {
        "wheatsheafcobble.com": hp(
            "Wheatsheaf Cobble Property Management",
            "1120 E Douglas Ave, Wichita, KS 67214 &middot; (316) 555-0148",
            about="<p>Wheatsheaf Cobble Property Management opened in 1994 on East Douglas. This past December, after "
            "both owners retired, it shut its doors for the last time.</p>",
        ),
        **portal,
    },
    state="KS",
    city="Wichita",
)

# Twin: the same two sentences, but "it moved into a bigger office". Linked portal.
url, portal = rentec("cottonwoodcobble", "Cottonwood Cobble Rentals")
add(
    "site_links_portal",
    "Rentec Direct",
    "Cottonwood Cobble Rentals",
    "cottonwoodcobble.com",
    url,
    "high",
    {
        "cottonwoodcobble.com": hp(
            "Cottonwood Cobble Rentals",
            "18 E 2nd Ave, Hutchinson, KS 67501 &middot; (620) 555-0119",
            about="<p>Cottonwood Cobble Rentals opened in 1994 on North Main. This past December, after both owners' "
            "kids joined the business, it moved into a bigger office at 18 E 2nd Ave.</p>",
            portal=url,
            portal_label="Tenant Login",
        ),
        **portal,
    },
    state="KS",
    city="Hutchinson",
)

# A legal-ish letter on the residents page that links the ResMan portal: the LLC filed a
# Certificate of Termination and "has terminated its business". The homepage says nothing.
url, portal = resman("liveoakthimble", "Live Oak Thimble Residential")
add(
    "dead_domain",
    "ResMan",
    "Live Oak Thimble Residential",
    "liveoakthimble.com",
    url,
    "dead_domain",
    {
        "liveoakthimble.com": hp(
            "Live Oak Thimble Residential",
            "7 E Congress St, Savannah, GA 31401 &middot; (912) 555-0130",
            residents="<h2>NOTICE TO RESIDENTS AND OWNERS</h2><p>Please be advised that Live Oak Thimble Residential, "
            "LLC filed a Certificate of Termination with the Georgia Secretary of State and has terminated its "
            "business effective February 27, 2026. Security deposits will be accounted for as provided in "
            "O.C.G.A. &sect; 44-7-34.</p><p><a href='" + url + "'>Resident Portal</a> (statements archive)</p>",
        ),
        **portal,
    },
    state="GA",
    city="Savannah",
)

# Twin: the same formal letter, but the leasing office is closed for Martin Luther King Jr. Day.
url, portal = resman("ogeecheethimble", "Ogeechee Thimble Residential")
add(
    "site_links_portal",
    "ResMan",
    "Ogeechee Thimble Residential",
    "ogeecheethimble.com",
    url,
    "high",
    {
        "ogeecheethimble.com": hp(
            "Ogeechee Thimble Residential",
            "140 Canal St, Pooler, GA 31322 &middot; (912) 555-0183",
            residents="<h2>NOTICE TO RESIDENTS</h2><p>Please be advised that the leasing office of Ogeechee Thimble "
            "Residential, LLC will be closed on Monday, January 19, 2026 in observance of Martin Luther King "
            "Jr. Day and will resume business Tuesday. Rent may be paid through the Resident Portal below.</p>"
            "<p><a href='" + url + "'>Resident Portal</a></p>",
        ),
        **portal,
    },
    state="GA",
    city="Pooler",
)

# Informal Southern farewell: "that's all she wrote ... has locked up for the last time". The
# site is on www. (apex redirects) and links its Buildium Resident Center.
url, portal = buildium("smokyfiddle", "Smoky Fiddle Rentals")
add(
    "dead_domain",
    "Buildium",
    "Smoky Fiddle Rentals",
    "smokyfiddlerentals.com",
    url,
    "dead_domain",
    {
        **www(
            "smokyfiddlerentals.com",
            hp(
                "Smoky Fiddle Rentals",
                "5310 Kingston Pike, Knoxville, TN 37919 &middot; (865) 555-0151",
                banner="Well y'all, that's all she wrote. Smoky Fiddle Rentals has locked up for the last time &mdash; "
                "thanks for 15 great years, and take care of each other.",
                portal=url,
            ),
        ),
        **portal,
    },
    state="TN",
    city="Knoxville",
)

# Twin: the same voice, but the office is locked up for a snow day.
url, portal = buildium("foothillsfiddle", "Foothills Fiddle Homes")
add(
    "site_links_portal",
    "Buildium",
    "Foothills Fiddle Homes",
    "foothillsfiddlehomes.com",
    url,
    "high",
    {
        **www(
            "foothillsfiddlehomes.com",
            hp(
                "Foothills Fiddle Homes",
                "220 W Broadway Ave, Maryville, TN 37801 &middot; (865) 555-0172",
                banner="Well y'all, the snow's here. Foothills Fiddle Homes has locked up the office for today &mdash; "
                "stay safe, and we'll be back tomorrow if the roads allow.",
                portal=url,
            ),
        ),
        **portal,
    },
    state="TN",
    city="Maryville",
)

# The portal's own banner says the company wound down and the Resident Center stays up only for
# old statements; the homepage (never updated) still links it. A frozen, history-only portal is
# not a live account portal of a working company: evidence_unverified. (ambiguous: a closure
# told only on the portal, not on the site, so not `dead_domain`.)
url, portal = buildium(
    "marigoldanvil",
    "Marigold Anvil Realty",
    "Marigold Anvil Realty wound down on September 30, 2025. This Resident Center stays up only so former "
    "residents can download past statements.",
)
add(
    "stale_portal",
    "Buildium",
    "Marigold Anvil Realty",
    "marigoldanvil.com",
    url,
    "evidence_unverified",
    {
        "marigoldanvil.com": hp(
            "Marigold Anvil Realty", "3102 Hardy St, Hattiesburg, MS 39401 &middot; (601) 555-0116", portal=url
        ),
        **portal,
    },
    state="MS",
    city="Hattiesburg",
)


# === 2. management sold, merged away, taken over, assigned or stopped (evidence_unverified) ====

# Banner, future tense with a past date: every home "will be looked after by" a named firm.
url, portal = appfolio("larkspurferrule", "Larkspur Ferrule Property Management")
add(
    "stale_portal",
    "AppFolio",
    "Larkspur Ferrule Property Management",
    "larkspurferrule.com",
    url,
    "evidence_unverified",
    {
        "larkspurferrule.com": hp(
            "Larkspur Ferrule Property Management",
            "212 S College Ave, Fort Collins, CO 80524 &middot; (970) 555-0121",
            banner="Starting April 1, 2026, every home we manage will be looked after by Timberline Crest Residential. "
            "Owners and tenants will hear from Timberline Crest directly about next steps.",
            portal=url,
        ),
        **portal,
    },
    state="CO",
    city="Fort Collins",
)

# Twin: every home "will be looked after by" a new maintenance coordinator (a person).
url, portal = appfolio("bigthompsonferrule", "Big Thompson Ferrule Rentals")
add(
    "site_links_portal",
    "AppFolio",
    "Big Thompson Ferrule Rentals",
    "bigthompsonferrule.com",
    url,
    "high",
    {
        "bigthompsonferrule.com": hp(
            "Big Thompson Ferrule Rentals",
            "345 E 4th St, Loveland, CO 80537 &middot; (970) 555-0168",
            banner="Starting April 1, 2026, every home we manage will be looked after by our new maintenance "
            "coordinator, Tessa Brandt. Owners and tenants will hear from Tessa directly about spring inspections.",
            portal=url,
        ),
        **portal,
    },
    state="CO",
    city="Loveland",
)

# About section: the owners "sold the property management side of the business to" a named firm
# and carry on as a sales brokerage. Unlinked Buildium portal.
url, portal = buildium("basaltember", "Basalt Ember Realty")
add(
    "stale_portal",
    "Buildium",
    "Basalt Ember Realty",
    "basaltemberrealty.com",
    url,
    "evidence_unverified",
    {
        "basaltemberrealty.com": hp(
            "Basalt Ember Realty",
            "901 W Riverside Ave, Spokane, WA 99201 &middot; (509) 555-0138",
            tagline="Homes for sale across Spokane and the Inland Northwest, and the agents who know them.",
            about="<p>In 2025 the owners of Basalt Ember Realty sold the property management side of the business to "
            "Inland Pine Residential Group. Basalt Ember carries on as a residential sales brokerage.</p>",
        ),
        **portal,
    },
    state="WA",
    city="Spokane",
)

# Twin: the owners sold one building they managed; the company manages 300 other homes.
url, portal = buildium("palouseember", "Palouse Ember Property Management")
add(
    "live_portal",
    "Buildium",
    "Palouse Ember Property Management",
    "palouseember.com",
    url,
    "medium",
    {
        "palouseember.com": hp(
            "Palouse Ember Property Management",
            "12720 E Sprague Ave, Spokane Valley, WA 99216 &middot; (509) 555-0194",
            about="<p>In 2025 the owners of Palouse Ember Property Management sold the Riverside Lofts building, which "
            "they had managed since 2011. Palouse Ember carries on managing more than 300 other homes across "
            "Spokane County.</p>",
        ),
        **portal,
    },
    state="WA",
    city="Spokane Valley",
)

# Banner: two firms "have combined" and everything is handled "under the Red Rose Keystone name"
# at the other firm's site (merged away). The old site still links its Rent Manager portal.
url, portal = rentmanager("conestogaspindle", "Conestoga Spindle Management")
add(
    "stale_portal",
    "Rent Manager",
    "Conestoga Spindle Management",
    "conestogaspindle.com",
    url,
    "evidence_unverified",
    {
        "conestogaspindle.com": hp(
            "Conestoga Spindle Management",
            "44 N Queen St, Lancaster, PA 17603 &middot; (717) 555-0106",
            banner="Conestoga Spindle Management and Red Rose Keystone Properties have combined. Going forward, every "
            "property is handled under the Red Rose Keystone name &mdash; see redrosekeystone.com.",
            portal=url,
        ),
        **portal,
    },
    state="PA",
    city="Lancaster",
)

# Twin: the company "has purchased the rental portfolio of" another firm and welcomes its clients.
url, portal = rentmanager("hammercreekspindle", "Hammer Creek Spindle Rentals")
add(
    "site_links_portal",
    "Rent Manager",
    "Hammer Creek Spindle Rentals",
    "hammercreekspindle.com",
    url,
    "high",
    {
        "hammercreekspindle.com": hp(
            "Hammer Creek Spindle Rentals",
            "19 E Main St, Lititz, PA 17543 &middot; (717) 555-0162",
            banner="Hammer Creek Spindle Rentals has purchased the rental portfolio of Red Rose Keystone Properties. "
            "Former Red Rose clients: welcome aboard! Your new resident login is in the menu.",
            portal=url,
        ),
        **portal,
    },
    state="PA",
    city="Lititz",
)

# Heading plus paragraph: a named firm "took over day-to-day management of all properties
# previously serviced by" the company. Linked Propertyware portal.
url, portal = propertyware("maplequoin", "Maple Quoin Rentals")
add(
    "stale_portal",
    "Propertyware",
    "Maple Quoin Rentals",
    "maplequoinrentals.com",
    url,
    "evidence_unverified",
    {
        "maplequoinrentals.com": hp(
            "Maple Quoin Rentals",
            "160 Ottawa Ave NW, Grand Rapids, MI 49503 &middot; (616) 555-0190",
            body="<section class='news'><h2>A New Chapter</h2><p>Effective February 1, Lakeshore Harrow Management took "
            "over day-to-day management of all properties previously serviced by Maple Quoin Rentals. Please "
            "direct questions to Lakeshore Harrow at (616) 555-0199.</p></section>",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="MI",
    city="Grand Rapids",
)

# Twin: the company took over one apartment community; welcome to its residents.
url, portal = propertyware("tulipquoin", "Tulip Quoin Property Management")
add(
    "site_links_portal",
    "Propertyware",
    "Tulip Quoin Property Management",
    "tulipquoinpm.com",
    url,
    "high",
    {
        "tulipquoinpm.com": hp(
            "Tulip Quoin Property Management",
            "8 E 8th St, Holland, MI 49423 &middot; (616) 555-0124",
            body="<section class='news'><h2>A New Chapter</h2><p>Effective February 1, Tulip Quoin Property Management "
            "took over day-to-day management of the 48-unit Ottawa Terrace Apartments. Welcome, Ottawa Terrace "
            "residents! Please direct questions to our office at (616) 555-0124.</p></section>",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="MI",
    city="Holland",
)

# Footer line: a sales brokerage that "stepped away from rental management in 2024". The
# evidence is a live DoorLoop account in its name that the site does not link.
url, portal = doorloop("rocketivy", "Rocket Ivy Realty")
add(
    "stale_portal",
    "DoorLoop",
    "Rocket Ivy Realty",
    "rocketivyrealty.com",
    url,
    "evidence_unverified",
    {
        "rocketivyrealty.com": hp(
            "Rocket Ivy Realty",
            "200 Westside Square, Huntsville, AL 35801 &middot; (256) 555-0114",
            tagline="Helping North Alabama buyers and sellers since 2009.",
            footer="Rocket Ivy Realty is a residential sales brokerage. We stepped away from rental management in 2024 "
            "and can no longer help tenants or landlords with leases, repairs or rent.",
        ),
        **portal,
    },
    state="AL",
    city="Huntsville",
)

# Twin: a footer line about a waitlist for new owners; current clients unaffected. Unlinked.
url, portal = doorloop("redstoneivy", "Redstone Ivy Property Management")
add(
    "live_portal",
    "DoorLoop",
    "Redstone Ivy Property Management",
    "redstoneivypm.com",
    url,
    "medium",
    {
        "redstoneivypm.com": hp(
            "Redstone Ivy Property Management",
            "115 Hughes Rd, Madison, AL 35758 &middot; (256) 555-0181",
            footer="We're at capacity and not taking on new rental owners right now &mdash; ask to join our waitlist. "
            "Current tenants and owners: nothing changes.",
        ),
        **portal,
    },
    state="AL",
    city="Madison",
)

# A formal letter on the residents page that links the portal: the company "has assigned its
# property management agreements to" a named LLC; rent goes there from June 1.
url, portal = buildium("capitolfenwick", "Capitol Fenwick Realty")
add(
    "stale_portal",
    "Buildium",
    "Capitol Fenwick Realty",
    "capitolfenwick.com",
    url,
    "evidence_unverified",
    {
        "capitolfenwick.com": hp(
            "Capitol Fenwick Realty",
            "1400 E Cary St, Richmond, VA 23219 &middot; (804) 555-0135",
            residents="<p>Dear Residents:</p><p>Please be advised that, effective May 31, 2026, Capitol Fenwick Realty "
            "has assigned its property management agreements to Tredegar Lane Property Services, LLC. "
            "Beginning June 1, please remit rent and direct all maintenance requests to Tredegar Lane.</p>"
            "<p><a href='" + url + "'>Resident Center</a> (balances through May 31)</p>",
        ),
        **portal,
    },
    state="VA",
    city="Richmond",
)

# Twin: the same letter, but the company stops taking personal checks at the office.
url, portal = buildium("swiftcreekfenwick", "Swift Creek Fenwick Rentals")
add(
    "site_links_portal",
    "Buildium",
    "Swift Creek Fenwick Rentals",
    "swiftcreekfenwick.com",
    url,
    "high",
    {
        "swiftcreekfenwick.com": hp(
            "Swift Creek Fenwick Rentals",
            "13800 Hull Street Rd, Midlothian, VA 23112 &middot; (804) 555-0170",
            residents="<p>Dear Residents:</p><p>Please be advised that, effective May 31, 2026, Swift Creek Fenwick "
            "Rentals will no longer accept personal checks at the office. Beginning June 1, please remit rent "
            "through the Resident Center below or by certified funds.</p>"
            "<p><a href='" + url + "'>Resident Center</a></p>",
        ),
        **portal,
    },
    state="VA",
    city="Midlothian",
)

# Informal banner with typos: "we sold our rental managment biz to" a named firm.
url, portal = tenantcloud("ozarkbramble", "Ozark Bramble Rentals")
add(
    "stale_portal",
    "TenantCloud",
    "Ozark Bramble Rentals",
    "ozarkbramble.com",
    url,
    "evidence_unverified",
    {
        "ozarkbramble.com": hp(
            "Ozark Bramble Rentals",
            "1845 S Glenstone Ave, Springfield, MO 65804 &middot; (417) 555-0127",
            banner="Hey folks &mdash; we sold our rental managment biz to Pennant Hollow Homes. They'll be reaching out "
            "to evryone this month about leases &amp; deposits. Thanks for everything!",
            portal=url,
            portal_label="Rentals",
        ),
        **portal,
    },
    state="MO",
    city="Springfield",
)

# Twin: "we sold our old office bulding" and moved; same phone, same rentals page.
url, portal = tenantcloud("finleybramble", "Finley Bramble Homes")
add(
    "site_links_portal",
    "TenantCloud",
    "Finley Bramble Homes",
    "finleybramble.com",
    url,
    "high",
    {
        "finleybramble.com": hp(
            "Finley Bramble Homes",
            "412 W Mount Vernon St, Nixa, MO 65714 &middot; (417) 555-0179",
            banner="Hey folks &mdash; we sold our old office bulding on Main St! Find us at the new spot, 412 W Mount "
            "Vernon St. Same phone #, same rentals page. Thanks for everything!",
            portal=url,
            portal_label="Rentals",
        ),
        **portal,
    },
    state="MO",
    city="Nixa",
)

# Two sentences: "Your rental is now in the hands of <firm>. <company> handed over all of its
# management contracts on January 15, 2026." The site still links the Rentec Direct login.
url, portal = rentec("sagebrushtally", "Sagebrush Tally Rentals")
add(
    "stale_portal",
    "Rentec Direct",
    "Sagebrush Tally Rentals",
    "sagebrushtally.com",
    url,
    "evidence_unverified",
    {
        "sagebrushtally.com": hp(
            "Sagebrush Tally Rentals",
            "1 E Liberty St, Reno, NV 89501 &middot; (775) 555-0109",
            banner="Your rental is now in the hands of High Desert Keystone Management. Sagebrush Tally Rentals handed "
            "over all of its management contracts on January 15, 2026.",
            portal=url,
            portal_label="Tenant Login",
        ),
        **portal,
    },
    state="NV",
    city="Reno",
)

# Twin: a new name for the same company, "same tenant login": the portal account still shows the
# old name, which the homepage calls its own (and which shares "Pyramid Tally").
url, portal = rentec("pyramidtallyrentals", "Pyramid Tally Rentals")
add(
    "site_links_portal",
    "Rentec Direct",
    "Pyramid Tally Property Co.",
    "pyramidtallyproperty.com",
    url,
    "high",
    {
        "pyramidtallyproperty.com": hp(
            "Pyramid Tally Property Co.",
            "1255 Baring Blvd, Sparks, NV 89434 &middot; (775) 555-0163",
            banner="Pyramid Tally Rentals has a new name! We're now Pyramid Tally Property Co. &mdash; same people, same "
            "phone number, same tenant login.",
            portal=url,
            portal_label="Tenant Login",
        ),
        **portal,
    },
    state="NV",
    city="Sparks",
)

# Banner: the company's "rental management business was purchased by" a named LLC. Unlinked.
url, portal = appfolio("hoosierratchet", "Hoosier Ratchet Property Management")
add(
    "stale_portal",
    "AppFolio",
    "Hoosier Ratchet Property Management",
    "hoosierratchet.com",
    url,
    "evidence_unverified",
    {
        "hoosierratchet.com": hp(
            "Hoosier Ratchet Property Management",
            "116 E Berry St, Fort Wayne, IN 46802 &middot; (260) 555-0147",
            banner="Hoosier Ratchet Property Management's rental management business was purchased by Three Rivers Gable "
            "Homes, LLC, effective December 1, 2025.",
        ),
        **portal,
    },
    state="IN",
    city="Fort Wayne",
)

# Twin: the company "purchased the rental management business of" that LLC (the acquirer).
url, portal = appfolio("dekalbratchet", "DeKalb Ratchet Rentals")
add(
    "live_portal",
    "AppFolio",
    "DeKalb Ratchet Rentals",
    "dekalbratchet.com",
    url,
    "medium",
    {
        "dekalbratchet.com": hp(
            "DeKalb Ratchet Rentals",
            "120 N Main St, Auburn, IN 46706 &middot; (260) 555-0185",
            banner="DeKalb Ratchet Rentals purchased the rental management business of Three Rivers Gable Homes, LLC, "
            "effective December 1, 2025. Welcome, Three Rivers owners and residents!",
        ),
        **portal,
    },
    state="IN",
    city="Auburn",
)

# Heading plus paragraph, no firm's name in the subject: every management client "is now in the
# capable care of" a named firm; the agents keep selling. Unlinked Buildium portal.
url, portal = buildium("portroyalgannet", "Port Royal Gannet Realty")
add(
    "stale_portal",
    "Buildium",
    "Port Royal Gannet Realty",
    "portroyalgannet.com",
    url,
    "evidence_unverified",
    {
        "portroyalgannet.com": hp(
            "Port Royal Gannet Realty",
            "910 Bay St, Beaufort, SC 29902 &middot; (843) 555-0158",
            body="<section class='news'><h2>Thank You, Lowcountry!</h2><p>After 17 years, every one of our management "
            "clients is now in the capable care of Marsh Tackle Residential. Our agents will keep helping buyers and "
            "sellers across Beaufort County.</p></section>",
        ),
        **portal,
    },
    state="SC",
    city="Beaufort",
)

# Twin (of the one above and of "in the hands of"): one community's contract ended and it is "now
# in the hands of another management company"; the company's 600 other homes go on.
url, portal = buildium("webergantry", "Weber Gantry Property Management")
add(
    "site_links_portal",
    "Buildium",
    "Weber Gantry Property Management",
    "webergantrypm.com",
    url,
    "high",
    {
        "webergantrypm.com": hp(
            "Weber Gantry Property Management",
            "2404 Washington Blvd, Ogden, UT 84401 &middot; (801) 555-0131",
            body="<section class='news'><h2>Thank You, Willard Bay Commons!</h2><p>Our contract with the Willard Bay "
            "Commons community ended December 31, and the Commons is now in the hands of another management "
            "company. If you rent one of the 600-plus other homes we look after, nothing changes.</p></section>",
            portal=url,
        ),
        **portal,
    },
    state="UT",
    city="Ogden",
)


# === 3. the portal switched off, archived, ended, sunset or another firm's (evidence_unverified)

# Buildium banner above the login: "This Resident Center has been switched off. Sign-ins stopped
# working on February 28, 2026." The site still links it.
url, portal = buildium(
    "reedyfalcon",
    "Reedy Falcon Property Management",
    "This Resident Center has been switched off. Sign-ins stopped working on February 28, 2026.",
)
add(
    "stale_portal",
    "Buildium",
    "Reedy Falcon Property Management",
    "reedyfalconpm.com",
    url,
    "evidence_unverified",
    {
        "reedyfalconpm.com": hp(
            "Reedy Falcon Property Management", "104 S Main St, Greenville, SC 29601 &middot; (864) 555-0142", portal=url
        ),
        **portal,
    },
    state="SC",
    city="Greenville",
)

# Twin: the Resident Center "will be switched off for upgrades" for three hours (a maintenance window).
url, portal = buildium(
    "pacoletfalcon",
    "Pacolet Falcon Rentals",
    "The Resident Center will be switched off for upgrades Saturday night, 11 PM &ndash; 2 AM ET. Sign-ins will "
    "work again after 2 AM.",
)
add(
    "site_links_portal",
    "Buildium",
    "Pacolet Falcon Rentals",
    "pacoletfalcon.com",
    url,
    "high",
    {
        "pacoletfalcon.com": hp(
            "Pacolet Falcon Rentals", "145 W Main St, Spartanburg, SC 29306 &middot; (864) 555-0186", portal=url
        ),
        **portal,
    },
    state="SC",
    city="Spartanburg",
)

# AppFolio banner: "Read-only access: this account was archived"; payments and requests disabled.
url, portal = appfolio(
    "timpgimlet",
    "Timpanogos Gimlet Property Management",
    "Read-only access: this account was archived on January 9, 2026. Former residents may review and print prior "
    "ledgers through March 31; payments and maintenance requests are disabled.",
)
add(
    "stale_portal",
    "AppFolio",
    "Timpanogos Gimlet Property Management",
    "timpgimlet.com",
    url,
    "evidence_unverified",
    {
        "timpgimlet.com": hp(
            "Timpanogos Gimlet Property Management", "85 N University Ave, Provo, UT 84601 &middot; (801) 555-0117", portal=url
        ),
        **portal,
    },
    state="UT",
    city="Provo",
)

# Twin: an AppFolio banner about how payments post and which methods are taken.
url, portal = appfolio(
    "uvgimlet",
    "Utah Valley Gimlet Rentals",
    "Good news: eCheck payments now post within one business day. Card payments carry a 2.99% convenience fee; "
    "cash and money orders are not accepted at the office.",
)
add(
    "site_links_portal",
    "AppFolio",
    "Utah Valley Gimlet Rentals",
    "uvgimletrentals.com",
    url,
    "high",
    {
        "uvgimletrentals.com": hp(
            "Utah Valley Gimlet Rentals", "550 S State St, Orem, UT 84058 &middot; (801) 555-0173", portal=url
        ),
        **portal,
    },
    state="UT",
    city="Orem",
)

# Rent Manager banner: "Portal access for ... residents has ended. This site is kept for
# historical records only and cannot take payments or repair requests."
url, portal = rentmanager(
    "cypresspirogue",
    "Cypress Pirogue Management",
    "Portal access for Cypress Pirogue residents has ended. This site is kept for historical records only and cannot "
    "take payments or repair requests.",
)
add(
    "stale_portal",
    "Rent Manager",
    "Cypress Pirogue Management",
    "cypresspirogue.com",
    url,
    "evidence_unverified",
    {
        "cypresspirogue.com": hp(
            "Cypress Pirogue Management", "4520 Jamestown Ave, Baton Rouge, LA 70808 &middot; (225) 555-0128", portal=url
        ),
        **portal,
    },
    state="LA",
    city="Baton Rouge",
)

# Twin: portal access "for new residents begins on move-in day".
url, portal = rentmanager(
    "vermilionpirogue",
    "Vermilion Pirogue Rentals",
    "Portal access for new Vermilion Pirogue residents begins on move-in day. Use the invitation code from your "
    "welcome email to register.",
)
add(
    "site_links_portal",
    "Rent Manager",
    "Vermilion Pirogue Rentals",
    "vermilionpirogue.com",
    url,
    "high",
    {
        "vermilionpirogue.com": hp(
            "Vermilion Pirogue Rentals", "600 Jefferson St, Lafayette, LA 70501 &middot; (337) 555-0146", portal=url
        ),
        **portal,
    },
    state="LA",
    city="Lafayette",
)

# The portal is now another firm's: the company's AppFolio account shows another firm's name and
# welcomes "former Quartz Saddle Realty residents": "Your home is now serviced by" that firm.
url, portal = appfolio(
    "quartzsaddle",
    "Granite Hollow Property Group",
    "Welcome, former Quartz Saddle Realty residents! Your home is now serviced by Granite Hollow Property Group. "
    "Sign in with your existing email and password.",
)
add(
    "stale_portal",
    "AppFolio",
    "Quartz Saddle Realty",
    "quartzsaddlerealty.com",
    url,
    "evidence_unverified",
    {
        "quartzsaddlerealty.com": hp(
            "Quartz Saddle Realty", "3701 Central Ave NE, Albuquerque, NM 87108 &middot; (505) 555-0111", portal=url
        ),
        **portal,
    },
    state="NM",
    city="Albuquerque",
)

# Twin: a new name for the same company on the same account ("same team, new name"); the
# homepage says "formerly Mesita Saddle Realty" and the portal shows the candidate's new name.
url, portal = appfolio(
    "mesitasaddle",
    "Juniper Saddle Property Group",
    "Mesita Saddle Realty is now Juniper Saddle Property Group &mdash; same team, new name! Sign in with your "
    "existing email and password.",
)
add(
    "site_links_portal",
    "AppFolio",
    "Juniper Saddle Property Group",
    "junipersaddlepg.com",
    url,
    "high",
    {
        "junipersaddlepg.com": hp(
            "Juniper Saddle Property Group",
            "1690 Rio Rancho Blvd SE, Rio Rancho, NM 87124 &middot; (505) 555-0188",
            about="<p>Juniper Saddle Property Group (formerly Mesita Saddle Realty) has managed homes in Sandoval County "
            "since 2006.</p>",
            portal=url,
        ),
        **portal,
    },
    state="NM",
    city="Rio Rancho",
)

# Propertyware banner: "Tenant Portal access has been turned off for this account."
url, portal = propertyware(
    "bluegrasscantle",
    "Bluegrass Cantle Rentals",
    "Tenant Portal access has been turned off for this account. Please contact your landlord directly to arrange payment.",
)
add(
    "stale_portal",
    "Propertyware",
    "Bluegrass Cantle Rentals",
    "bluegrasscantle.com",
    url,
    "evidence_unverified",
    {
        "bluegrasscantle.com": hp(
            "Bluegrass Cantle Rentals",
            "333 W Vine St, Lexington, KY 40507 &middot; (859) 555-0132",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="KY",
    city="Lexington",
)

# Twin: "Tenant Portal access has been turned on for co-signers".
url, portal = propertyware(
    "elkhorncantle",
    "Elkhorn Cantle Property Management",
    "Tenant Portal access has been turned on for co-signers! Guarantors can now view the ledger and lease documents.",
)
add(
    "site_links_portal",
    "Propertyware",
    "Elkhorn Cantle Property Management",
    "elkhorncantle.com",
    url,
    "high",
    {
        "elkhorncantle.com": hp(
            "Elkhorn Cantle Property Management",
            "110 E Main St, Georgetown, KY 40324 &middot; (502) 555-0175",
            portal=url,
            portal_label="Tenant Portal",
        ),
        **portal,
    },
    state="KY",
    city="Georgetown",
)

# MRI banner on a community's ResidentConnect: "Following the change in ownership, online
# resident services ... are no longer offered through this website. Please reach out to the new
# on-site management office." The company's site still links that community's portal.
url, portal = mri(
    "copperleaffen",
    "The Residences at Copperleaf Fen",
    "Following the change in ownership, online resident services for The Residences at Copperleaf Fen are no longer "
    "offered through this website. Please reach out to the new on-site management office.",
)
add(
    "stale_portal",
    "MRI",
    "Copperleaf Fen Residential",
    "copperleaffen.com",
    url,
    "evidence_unverified",
    {
        "copperleaffen.com": hp(
            "Copperleaf Fen Residential",
            "1200 E Diehl Rd, Naperville, IL 60563 &middot; (630) 555-0126",
            tagline="Apartment communities in the western suburbs: The Residences at Copperleaf Fen and Fen Creek Commons.",
            portal=url,
            portal_label="Resident Login",
        ),
        **portal,
    },
    state="IL",
    city="Naperville",
)

# Twin: the MRI banner announces a four-hour maintenance window.
url, portal = mri(
    "foxfen",
    "Fox Fen Residential",
    "Online resident services will be unavailable Sunday, 2&ndash;6 AM CT for scheduled system maintenance. We "
    "apologize for any inconvenience.",
)
add(
    "site_links_portal",
    "MRI",
    "Fox Fen Residential",
    "foxfenresidential.com",
    url,
    "high",
    {
        "foxfenresidential.com": hp(
            "Fox Fen Residential",
            "40 W Downer Pl, Aurora, IL 60506 &middot; (630) 555-0184",
            tagline="Apartment homes along the Fox River, managed by a local team since 1998.",
            portal=url,
            portal_label="Resident Login",
        ),
        **portal,
    },
    state="IL",
    city="Aurora",
)

# RealPage ActiveBuilding banner: "this community website has been sunset".
url, portal = realpage(
    "isthmustrellis",
    "Isthmus Trellis Living",
    "Effective 3/31/2026 this community website has been sunset. Thank you for being part of the Isthmus Trellis community.",
)
add(
    "stale_portal",
    "RealPage",
    "Isthmus Trellis Living",
    "isthmustrellis.com",
    url,
    "evidence_unverified",
    {
        "isthmustrellis.com": hp(
            "Isthmus Trellis Living",
            "22 E Mifflin St, Madison, WI 53703 &middot; (608) 555-0152",
            tagline="Apartment homes and resident services on Madison's isthmus.",
            portal=url,
        ),
        **portal,
    },
    state="WI",
    city="Madison",
)

# Twin: "Effective 3/31/2026 package lockers are live!"
url, portal = realpage(
    "pheasanttrellis",
    "Pheasant Trellis Apartments",
    "Effective 3/31/2026 package lockers are live! Find your pickup code under the Packages tab. Thank you for being "
    "part of the Pheasant Trellis community.",
)
add(
    "site_links_portal",
    "RealPage",
    "Pheasant Trellis Apartments",
    "pheasanttrellis.com",
    url,
    "high",
    {
        "pheasanttrellis.com": hp(
            "Pheasant Trellis Apartments",
            "7601 University Ave, Middleton, WI 53562 &middot; (608) 555-0191",
            tagline="Apartment homes and resident services in Middleton, managed on site.",
            portal=url,
        ),
        **portal,
    },
    state="WI",
    city="Middleton",
)


# === 4. residents moved to another PMS (pms_mismatch) ===========================================

# The residents page (the homepage links only it) links the new AppFolio portal: "Rent and repair
# requests now go through the link below. Old Resident Center logins won't work anymore." The
# evidence is the old Buildium account, still live.
url, portal = buildium("alamowhisk", "Alamo Whisk Property Management")
new_url, new_portal = appfolio("alamowhisk", "Alamo Whisk Property Management")
add(
    "other_pms",
    "Buildium",
    "Alamo Whisk Property Management",
    "alamowhiskpm.com",
    url,
    "pms_mismatch",
    {
        "alamowhiskpm.com": hp(
            "Alamo Whisk Property Management",
            "8618 Broadway St, San Antonio, TX 78217 &middot; (210) 555-0139",
            residents="<p>Rent and repair requests now go through the link below. Old Resident Center logins won't work "
            "anymore.</p><p><a href='" + new_url + "'>Pay Rent / Request Repairs</a></p>",
        ),
        **portal,
        **new_portal,
    },
    state="TX",
    city="San Antonio",
)

# Twin: the residents page links the Buildium portal: "We don't take paper maintenance forms anymore."
url, portal = buildium("guadalupewhisk", "Guadalupe Whisk Rentals")
add(
    "site_links_portal",
    "Buildium",
    "Guadalupe Whisk Rentals",
    "guadalupewhisk.com",
    url,
    "high",
    {
        "guadalupewhisk.com": hp(
            "Guadalupe Whisk Rentals",
            "386 W San Antonio St, New Braunfels, TX 78130 &middot; (830) 555-0156",
            residents="<p>Rent and repair requests go through the link below. We don't take paper maintenance forms "
            "anymore.</p><p><a href='" + url + "'>Pay Rent / Request Repairs</a></p>",
        ),
        **portal,
    },
    state="TX",
    city="New Braunfels",
)

# The Buildium portal's banner: "we changed software on January 1. Register at <Rentvine
# portal>; this login now shows history only." The site still links the Buildium portal.
rv_url, rv_portal = rentvine("willowtack", "Willow Tack Property Management")
url, portal = buildium(
    "willowtack",
    "Willow Tack Property Management",
    "Residents: we changed software on January 1. Register at <a href='" + rv_url + "'>willowtack.rentvine.com</a> "
    "&mdash; this login now shows history only.",
)
add(
    "other_pms",
    "Buildium",
    "Willow Tack Property Management",
    "willowtackpm.com",
    url,
    "pms_mismatch",
    {
        "willowtackpm.com": hp(
            "Willow Tack Property Management", "1509 W Swann Ave, Tampa, FL 33606 &middot; (813) 555-0103", portal=url
        ),
        **portal,
        **rv_portal,
    },
    state="FL",
    city="Tampa",
)

# Twin: "we changed banks on January 1" (ACH payers re-enter their account).
url, portal = buildium(
    "hillsboroughtack",
    "Hillsborough Tack Rentals",
    "Residents: we changed banks on January 1. If you pay by ACH, re-enter your bank account under Payments before the 1st.",
)
add(
    "site_links_portal",
    "Buildium",
    "Hillsborough Tack Rentals",
    "hillsboroughtack.com",
    url,
    "high",
    {
        "hillsboroughtack.com": hp(
            "Hillsborough Tack Rentals", "711 W Lumsden Rd, Brandon, FL 33511 &middot; (813) 555-0167", portal=url
        ),
        **portal,
    },
    state="FL",
    city="Brandon",
)

# A homepage banner: "say hello to our new resident portal! We left our old software behind",
# linking a Rent Manager account; the evidence is the old Propertyware account, still live.
url, portal = propertyware("sciotopennon", "Scioto Pennon Rentals")
rm_url, rm_portal = rentmanager("sciotopennon", "Scioto Pennon Rentals")
add(
    "other_pms",
    "Propertyware",
    "Scioto Pennon Rentals",
    "sciotopennon.com",
    url,
    "pms_mismatch",
    {
        "sciotopennon.com": hp(
            "Scioto Pennon Rentals",
            "580 N High St, Columbus, OH 43215 &middot; (614) 555-0144",
            banner="<div class='announcement-bar'><p>Tenants &mdash; say hello to our new resident portal! We left our old "
            "software behind; <a href='" + rm_url + "'>set up your account here</a>.</p></div>",
        ),
        **portal,
        **rm_portal,
    },
    state="OH",
    city="Columbus",
)

# Twin: "say hello to the new look of our resident portal! Same login" (the same Propertyware account).
url, portal = propertyware("alumcreekpennon", "Alum Creek Pennon Homes")
add(
    "site_links_portal",
    "Propertyware",
    "Alum Creek Pennon Homes",
    "alumcreekpennon.com",
    url,
    "high",
    {
        "alumcreekpennon.com": hp(
            "Alum Creek Pennon Homes",
            "20 S State St, Westerville, OH 43081 &middot; (614) 555-0182",
            banner="<div class='announcement-bar'><p>Tenants &mdash; say hello to the new look of our resident portal! "
            "Same login, fresh design; <a href='" + url + "'>find it here</a>.</p></div>",
        ),
        **portal,
    },
    state="OH",
    city="Westerville",
)

# The AppFolio portal's banner: "Starting June 1 this login goes away. Accounts are being
# migrated to <DoorLoop host written out>". The site links the AppFolio portal.
dl_url, dl_portal = doorloop("birchmallet", "Birchmallet Property Management")
url, portal = appfolio(
    "birchmallet",
    "Birchmallet Property Management",
    "Heads up! Starting June 1 this login goes away. Accounts are being migrated to https://birchmallet.app.doorloop.com "
    "&mdash; watch your inbox for the invitation.",
)
add(
    "other_pms",
    "AppFolio",
    "Birchmallet Property Management",
    "birchmalletpm.com",
    url,
    "pms_mismatch",
    {
        "birchmalletpm.com": hp(
            "Birchmallet Property Management", "45 East Ave, Rochester, NY 14604 &middot; (585) 555-0118", portal=url
        ),
        **portal,
        **dl_portal,
    },
    state="NY",
    city="Rochester",
)

# Twin: "Starting June 1 the card convenience fee goes to 2.95%".
url, portal = appfolio(
    "irondequoitmallet",
    "Irondequoit Mallet Rentals",
    "Heads up! Starting June 1 the card payment convenience fee goes to 2.95%. ACH stays free &mdash; watch your "
    "inbox for the details.",
)
add(
    "site_links_portal",
    "AppFolio",
    "Irondequoit Mallet Rentals",
    "irondequoitmallet.com",
    url,
    "high",
    {
        "irondequoitmallet.com": hp(
            "Irondequoit Mallet Rentals", "1 Titus Ave, Rochester, NY 14617 &middot; (585) 555-0176", portal=url
        ),
        **portal,
    },
    state="NY",
    city="Rochester",
)


# === 5. more benign notices that look like a rejection =======================================

# A COVID-19 notice from March 2020 left up: the lobby "is closed to walk-ins until further notice".
url, portal = buildium("cooperquillon", "Cooper River Quillon Management")
add(
    "site_links_portal",
    "Buildium",
    "Cooper River Quillon Management",
    "cooperquillon.com",
    url,
    "high",
    {
        "cooperquillon.com": hp(
            "Cooper River Quillon Management",
            "1930 Marlton Pike E, Cherry Hill, NJ 08003 &middot; (856) 555-0122",
            banner="<div class='covid-notice'><h3>COVID-19 UPDATE &mdash; March 16, 2020</h3><p>To protect our staff and "
            "residents, our lobby is closed to walk-ins until further notice. We remain fully operational by "
            "phone, email and the Resident Center.</p></div>",
            portal=url,
        ),
        **portal,
    },
    state="NJ",
    city="Cherry Hill",
)

# "Closed" in the real-estate sense: "Our agents closed 112 sales in 2025" and the team "wrapped
# up the year" with 640 homes under management.
url, portal = appfolio("ashleymarlin", "Ashley Marlin Realty")
add(
    "site_links_portal",
    "AppFolio",
    "Ashley Marlin Realty",
    "ashleymarlinrealty.com",
    url,
    "high",
    {
        "ashleymarlinrealty.com": hp(
            "Ashley Marlin Realty",
            "160 King St, Charleston, SC 29401 &middot; (843) 555-0137",
            banner="Another record year! Our agents closed 112 sales in 2025, and our management team wrapped up the year "
            "with 640 homes under management.",
            portal=url,
        ),
        **portal,
    },
    state="SC",
    city="Charleston",
)

# A staff training day: "Office closed Wednesday, May 13". The site does not link its Rentvine
# portal (a single-page app whose title names the company): medium.
url, portal = rentvine("cherrywicket", "Cherry Creek Wicket Rentals")
add(
    "live_portal",
    "Rentvine",
    "Cherry Creek Wicket Rentals",
    "cherrywicketrentals.com",
    url,
    "medium",
    {
        "cherrywicketrentals.com": hp(
            "Cherry Creek Wicket Rentals",
            "2500 E 1st Ave, Denver, CO 80206 &middot; (303) 555-0129",
            banner="Office closed Wednesday, May 13 &mdash; our whole team is at our annual staff training day. Pay rent "
            "and submit requests online as always.",
        ),
        **portal,
    },
    state="CO",
    city="Denver",
)

# A remodel: "The front office is closed for remodeling March 2-13".
url, portal = rentec("kickapootrundle", "Kickapoo Trundle Rentals")
add(
    "site_links_portal",
    "Rentec Direct",
    "Kickapoo Trundle Rentals",
    "kickapootrundle.com",
    url,
    "high",
    {
        "kickapootrundle.com": hp(
            "Kickapoo Trundle Rentals",
            "411 Hamilton Blvd, Peoria, IL 61602 &middot; (309) 555-0153",
            banner="<div class='announcement-bar'><h3>Pardon our dust!</h3><p>The front office is closed for remodeling "
            "March 2&ndash;13. Use the drop box by the side door or pay online.</p></div>",
            portal=url,
            portal_label="Tenant Login",
        ),
        **portal,
    },
    state="IL",
    city="Peoria",
)

# Twin of the sales brokerage that "stepped away from rental management": a footer line saying the
# firm "stepped away from commercial leasing" to focus on residential rentals. Unlinked: medium.
url, portal = buildium("chequamegonlatch", "Chequamegon Latch Property Management")
add(
    "live_portal",
    "Buildium",
    "Chequamegon Latch Property Management",
    "chequamegonlatch.com",
    url,
    "medium",
    {
        "chequamegonlatch.com": hp(
            "Chequamegon Latch Property Management",
            "301 W Lake Shore Dr, Ashland, WI 54806 &middot; (715) 555-0115",
            footer="We stepped away from commercial leasing in 2024 to focus entirely on residential rentals.",
        ),
        **portal,
    },
    state="WI",
    city="Ashland",
)

# A retired founder, in the About section, over two sentences with a pronoun: "Founder Gus Albrecht
# opened the firm in 1984. Last spring he hung up his tool belt for good; his nephew Marcus runs it
# now" ("for good" said of a person, not the company). Unlinked: medium.
url, portal = rentmanager("albrechtsextant", "Albrecht Sextant Rentals")
add(
    "live_portal",
    "Rent Manager",
    "Albrecht Sextant Rentals",
    "albrechtsextant.com",
    url,
    "medium",
    {
        "albrechtsextant.com": hp(
            "Albrecht Sextant Rentals",
            "3540 Atlanta Hwy, Montgomery, AL 36109 &middot; (334) 555-0165",
            about="<p>Founder Gus Albrecht opened the firm in 1984. Last spring he hung up his tool belt for good; his "
            "nephew Marcus runs it now, with the same crew.</p>",
        ),
        **portal,
    },
    state="AL",
    city="Montgomery",
)


HOLDOUT36 = collector.cases
