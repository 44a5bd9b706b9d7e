"""Twentieth blind corpus: which portal, and which kind of company.

Focus: the everyday variety of how real property managers use their PMS. Sites that link only an
owner portal (AppFolio `/oportal/users/log_in`, Buildium's `/manager/` rental-owner sign-in, Rent
Manager's `<corp>.owa.rentmanager.com`, with or without `?Locations=`, Propertyware's
`/pw/portals/<account>/owner.action`), only an online application or a listings page (AppFolio
`/listings/rental_applications/new?listable_uid=`, Buildium
`/Resident/apps/rentalapp/` and `/Resident/public/rentals`, Rent Manager `/applynow`, Propertyware
`tenantApplication.action`, Yardi `onlineleasing/.../oleapplication.aspx`, ResMan's implicity
availability page), only a maintenance-request page, or a vendor/contractor portal (Rentvine's
account `/portals/vendor`; AppFolio's one shared `vendor.appfolio.com`). The companies are the kinds
a "property manager" lead can be: single-family managers, apartment operators (a portal per
community), HOA and community-association managers, a commercial manager, student housing,
short-term rental managers, a brokerage with a PM division, investors managing their own homes.
Some sites use two vendors for two audiences (residents on one, owners or homeowners on another).

Mix: 59 Texas candidates (two of them really in Oklahoma and New Mexico), 34 real leads (31 high, 3
medium) and 25 rejections: vendor-wide sign-ins and a CDN image given as evidence, dead and
handed-over owner-portal accounts, another PMS only or for both audiences, a community portal
managed by someone else, a partner's portal, a guessed account, no portal at all, Yardi's
Cloudflare and Entrata's bare 403, dead, parked and 404 domains, and two out-of-state companies.

How the labels were decided: by docs/live-checks.md (its judging order, the vendor table, the
bot-wall and confidence sections) and what a careful person concludes from the pages as served,
written without reading or running the checks. An owner, applicant, listings, maintenance or
vendor page on an account's own host is that account's portal when it answers naming the company
(the vendor table lists owner, listings and application portals; it is silent on vendor portals
and maintenance pages, judged the same way). A URL on an account host that only redirects to the
vendor's shared sign-in (Buildium's `/manager/`) does not show the account live. The contract
is silent on the kind of company: HOA, commercial, student, short-term and investor leads are
judged like any other, as a sales team selling PMS software to anyone who manages property would
want. Every page is our own short HTML after the shapes of real vendor portals and property
managers' sites; all names, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, listings_page, parked, spa_shell
from fake_web import Reply, everywhere, not_found, page, raw, redirect

collector = Collector("holdout20-")
add = collector.add

ATX = "<p>2410 E Cesar Chavez St, Suite 210, Austin, TX 78702 &middot; (512) 555-0143</p>"
ATX2 = "<p>9900 N Lamar Blvd, Bldg C, Austin, Texas 78753 &middot; (512) 555-0168</p>"
ATX3 = "<p>1701 W Ben White Blvd #300, Austin, TX 78704 &middot; (512) 555-0122</p>"

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Checking if the site connection is secure</h1><noscript>Enable JavaScript and cookies to continue"
    "</noscript><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8c2d1e4f5a6b7c80'></script>"
    "</div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8c2d1e4f5a6b7c80-DFW"},
)
BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>")
SUCURI_WALL = raw(
    403,
    "<!DOCTYPE html><html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body>"
    "<div id='main'><h1>Access Denied - Sucuri Website Firewall</h1><p>If you are the site owner (or you manage "
    "this site), please whitelist your IP or if you think this block is an error please open a support ticket.</p>"
    "<table><tr><td>Block reason:</td><td>Access from your area has been temporarily limited for security "
    "reasons.</td></tr></table></div></body></html>",
    {"Server": "Sucuri/Cloudproxy", "X-Sucuri-ID": "16014", "X-Sucuri-Block": "BNP005"},
)


def a(url: str, label: str) -> str:
    return f"<a class='nav-link' href='{url}' target='_blank'>{label}</a>"


def hp(
    co: str,
    body: str,
    *,
    blurb: str = "Residential property management for Austin-area owners and residents.",
    addr: str = ATX,
    title: str | None = None,
    footer: str = "",
) -> dict[str, Reply]:
    """A property manager's homepage: a short menu, a blurb, the body, an address and a footer."""
    html = (
        "<nav><a href='/'>Home</a><a href='/about'>About</a><a href='/contact'>Contact</a></nav>"
        f"<main><h1>{co}</h1><p>{blurb}</p>{body}</main>"
        f"<footer>{addr}{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return {"/": page(html, title=title or f"{co} | Austin, TX")}


# --- vendor pages, after the real ones' shapes ----------------------------------------------


def af_tenant(co: str) -> dict[str, Reply]:
    return {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co)}


def af_owner(co: str, *, notice: str = "") -> Reply:
    return _login(
        "Owner Portal - Log In",
        co,
        user="owner_user[email]",
        footer="Powered by AppFolio Property Manager",
        extra=f"{notice}<p>Owners: log in to view statements, reports and documents.</p>",
    )


def af_application(co: str, street: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1></header><main><h2>Rental Application</h2><p>Applying for: {street}</p>"
        "<form method='post'><label>First Name</label><input name='first_name'><label>Last Name</label>"
        "<input name='last_name'><label>Email</label><input name='email'><button>Continue</button></form></main>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        title=f"Rental Application | {co}",
    )


def bd_listings(co: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1><a href='/Resident/portal/login'>Resident sign in</a></header><h2>Rentals</h2>"
        "<ul><li>3 bd / 2 ba house - $2,150/mo <a href='/Resident/apps/rentalapp/?listingId=4471'>Apply</a></li></ul>"
        "<footer>Powered by Buildium</footer>",
        title=f"{co} - Available rentals",
    )


def bd_application(co: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1></header><main><h2>Rental application</h2><p>Step 1 of 6: Property</p>"
        "<form><label>Which property are you applying for?</label><select name='unit'><option>Any available unit"
        "</option></select><button>Next</button></form></main><footer>Powered by Buildium</footer>",
        title=f"Rental application | {co}",
    )


def bd_contact(co: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1><a href='/Resident/portal/login'>Sign in</a></header><main><h2>Contact us</h2>"
        "<form method='post'><label>Request type</label><select name='type'><option>Maintenance request</option>"
        "<option>General inquiry</option></select><label>Name</label><input name='name'><label>Details</label>"
        "<textarea name='details'></textarea><button>Submit</button></form></main><footer>Powered by Buildium</footer>",
        title=f"Contact us | {co}",
    )


BD_SIGNIN = _login("Sign in | Buildium", "Sign in", user="Email", footer="Buildium")


def bd_manager(account: str) -> dict[str, dict[str, Reply]]:
    """Buildium's rental-owner/staff link on the account host: a hop to the one shared sign-in."""
    back = f"/manager/public/authentication/login?ReturnUrl=https%3A%2F%2F{account}.managebuilding.com%2Fmanager%2F"
    return {
        f"{account}.managebuilding.com": {"/manager/": redirect(f"https://signin.managebuilding.com{back}")},
        "signin.managebuilding.com": {back: BD_SIGNIN},
    }


def rm_owa(co: str) -> Reply:
    return _login("Owner Web Access", f"Welcome to {co} Owner Web Access", user="txtUserName", footer="Rent Manager")


def rm_apply(co: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1></header><main><h2>Apply Now</h2><form method='post'><label>Property</label>"
        "<select name='propertyID'><option>All locations</option></select><label>Email</label><input name='email'>"
        "<button>Start Application</button></form></main><footer>Rent Manager</footer>",
        title="Apply Now",
    )


def pw_owner(co: str) -> Reply:
    return _login(f"{co} - Owner Portal", "Owner Portal Sign On", user="email", footer="Propertyware")


def pw_tenant(co: str) -> Reply:
    return VENDOR_LOGIN["Propertyware"](co)


def pw_application(co: str) -> Reply:
    return page(
        f"<header><h1>{co}</h1></header><main><h2>Online Rental Application</h2><form method='post'>"
        "<label>Applicant Name</label><input name='applicantName'><label>Email</label><input name='email'>"
        "<button>Begin Application</button></form></main><footer>Propertyware</footer>",
        title=f"{co} - Rental Application",
    )


def pw(*paths: tuple[str, Reply]) -> dict[str, dict[str, Reply]]:
    return {"app.propertyware.com": dict(paths)}


# ================================================================ AppFolio ================

# shape: a single-family manager whose only portal link is the AppFolio OWNER portal (/oportal/users/log_in);
# the owner portal answers a login form naming the company. The vendor table lists /oportal: an account portal.
add(
    "site_links_portal",
    "AppFolio",
    "Hackberry Squall Property Management",
    "hackberrysquall.com",
    "https://hackberrysquall.appfolio.com/oportal/users/log_in",
    "high",
    {
        "hackberrysquall.com": hp(
            "Hackberry Squall Property Management",
            "<p>Residents: rent is paid by check or money order at our office.</p>"
            + a("https://hackberrysquall.appfolio.com/oportal/users/log_in", "Owner Login"),
            blurb="Leasing and management of single-family homes across Travis and Williamson counties.",
        ),
        "hackberrysquall.appfolio.com": {"/oportal/users/log_in": af_owner("Hackberry Squall Property Management")},
    },
)

# shape: owner-portal-only link, and the agent gave no evidence URL: the site's own link is the evidence
add(
    "site_links_portal",
    "AppFolio",
    "Chinkapin Drizzle Homes",
    "chinkapindrizzle.com",
    None,
    "high",
    {
        "chinkapindrizzle.com": hp(
            "Chinkapin Drizzle Homes",
            "<div class='owner-cta'><h2>Already an owner client?</h2>"
            + a("https://chinkapindrizzle.appfolio.com/oportal/users/log_in", "Owner Portal")
            + "</div>",
            addr=ATX2,
        ),
        "chinkapindrizzle.appfolio.com": {"/oportal/users/log_in": af_owner("Chinkapin Drizzle Homes")},
    },
)

# shape: a short-term/vacation rental manager that also leases long-term; its only AppFolio link is the
# listings page in an iframe. Contract silent on STR managers: judged like any other, AppFolio /listings live.
add(
    "site_links_portal",
    "AppFolio",
    "Mesquite Haze Vacation Rentals",
    "mesquitehazestays.com",
    "https://mesquitehaze.appfolio.com/listings",
    "high",
    {
        "mesquitehazestays.com": hp(
            "Mesquite Haze Vacation Rentals",
            "<p>Book a lake house for the weekend, or rent one of our homes by the year.</p>"
            "<a href='https://www.vrbo.com/'>Book on Vrbo</a><section><h2>Long-Term Rentals</h2>"
            "<iframe src='https://mesquitehaze.appfolio.com/listings?1=1&amp;iframe=1' width='100%' height='900'>"
            "</iframe></section>",
            blurb="Short-term vacation rentals and long-term leasing on Lake Travis and in Austin.",
            addr=ATX3,
        ),
        "mesquitehaze.appfolio.com": {"/listings": listings_page("Mesquite Haze Vacation Rentals")},
    },
)

# shape: only an "Apply Now" link to an AppFolio rental application (/listings/rental_applications/new?listable_uid=):
# an application form on the account host naming the company
add(
    "site_links_portal",
    "AppFolio",
    "Yaupon Cloudburst Leasing",
    "yauponcloudburst.com",
    "https://yauponcloudburst.appfolio.com/listings/rental_applications/new?listable_uid=5d2f0c4e-81a7-4c6b-9e3d-"
    "2b7a90f1c6e8&source=Website",
    "high",
    {
        "yauponcloudburst.com": hp(
            "Yaupon Cloudburst Leasing",
            "<p>Now leasing: 4205 Manchaca Rd #12, 1 bd / 1 ba, $1,195.</p>"
            + a(
                "https://yauponcloudburst.appfolio.com/listings/rental_applications/new?listable_uid=5d2f0c4e-81a7-"
                "4c6b-9e3d-2b7a90f1c6e8&amp;source=Website",
                "Apply Now",
            ),
            title="Yaupon Cloudburst Leasing | Austin Rentals",
        ),
        "yauponcloudburst.appfolio.com": {
            "/listings/rental_applications/new": af_application("Yaupon Cloudburst Leasing", "4205 Manchaca Rd #12")
        },
    },
)

# shape: a COMMERCIAL property manager whose "Tenant Portal" goes to AppFolio /connect (a hop to sign_in).
# Contract silent on commercial managers; a PMS vendor's sales team sells to them too: a real lead.
add(
    "site_links_portal",
    "AppFolio",
    "Redbud Tempest Commercial Properties",
    "redbudtempest.com",
    "https://redbudtempest.appfolio.com/connect",
    "high",
    {
        "redbudtempest.com": hp(
            "Redbud Tempest Commercial Properties",
            "<p>Office, flex and retail space from 1,200 to 40,000 sq ft.</p>"
            + a("https://redbudtempest.appfolio.com/connect", "Tenant Portal"),
            blurb="Commercial property management and leasing for Central Texas office and retail owners.",
        ),
        "redbudtempest.appfolio.com": af_tenant("Redbud Tempest Commercial Properties"),
    },
)

# shape: an HOA / community-association manager; "Homeowner Login" to its AppFolio /connect.
# Contract silent on HOA managers: judged like any other.
add(
    "site_links_portal",
    "AppFolio",
    "Cypress Frostline Community Management",
    "cypressfrostline.com",
    None,
    "high",
    {
        "cypressfrostline.com": hp(
            "Cypress Frostline Community Management",
            "<ul class='hoa-links'><li>" + a("https://cypressfrostline.appfolio.com/connect", "Homeowner Login") + "</li>"
            "<li><a href='/resale-certificates'>Resale certificates</a></li><li><a href='/arc'>Architectural requests</a>"
            "</li></ul>",
            blurb="Association management for homeowner and condominium associations in Central Texas.",
            addr=ATX2,
        ),
        "cypressfrostline.appfolio.com": af_tenant("Cypress Frostline Community Management"),
    },
)

# shape: a real-estate BROKERAGE with a PM division; its owner portal account is named for the PM division
# ("Sumac Breeze Property Management" for Sumac Breeze Realty: a shared distinctive word, linked by the site).
add(
    "site_links_portal",
    "AppFolio",
    "Sumac Breeze Realty",
    "sumacbreezerealty.com",
    "https://sumacbreezepm.appfolio.com/oportal/users/log_in",
    "high",
    {
        "sumacbreezerealty.com": hp(
            "Sumac Breeze Realty",
            "<h2>Buy &middot; Sell &middot; Lease &middot; Property Management</h2>"
            "<p>Our property management division cares for 300+ rental homes.</p>"
            + a("https://sumacbreezepm.appfolio.com/oportal/users/log_in", "Owner Portal"),
            blurb="Austin real estate brokerage: residential sales, leasing and property management.",
            footer="<p>Sumac Breeze Realty, LLC &middot; TREC License #9051877 &middot; "
            "<a href='/iabs.pdf'>Information About Brokerage Services</a> &middot; "
            "<a href='/cpn.pdf'>Consumer Protection Notice</a></p>",
        ),
        "sumacbreezepm.appfolio.com": {"/oportal/users/log_in": af_owner("Sumac Breeze Property Management")},
    },
)

# shape: the agent gave AppFolio's shared VENDOR portal (vendor.appfolio.com: every AppFolio customer's
# contractors sign in there, no account) as evidence; the site also links its own live /connect portal.
# Contract: a URL naming no account is no evidence "unless the site proves the PMS": it does, high.
add(
    "site_links_portal",
    "AppFolio",
    "Boxwood Nimbus Rentals",
    "boxwoodnimbus.com",
    "https://vendor.appfolio.com/?utm_source=website&utm_medium=vendor_link",
    "high",
    {
        "boxwoodnimbus.com": hp(
            "Boxwood Nimbus Rentals",
            "<ul><li>"
            + a("https://boxwoodnimbus.appfolio.com/connect", "Resident Login")
            + "</li><li>"
            + a("https://vendor.appfolio.com/?utm_source=website&amp;utm_medium=vendor_link", "Vendor Login")
            + "</li></ul>",
            addr=ATX3,
        ),
        "boxwoodnimbus.appfolio.com": af_tenant("Boxwood Nimbus Rentals"),
        "vendor.appfolio.com": {
            "/?utm_source=website&utm_medium=vendor_link": _login(
                "Vendor Portal", "Vendor Portal by AppFolio", user="email", footer="AppFolio, Inc."
            )
        },
    },
)

# shape: the site's ONLY portal-like link is AppFolio's shared vendor sign-in (vendor.appfolio.com), given as
# evidence. It looks like an account sub-domain "vendor" with a login form, but it is vendor-wide: no evidence.
add(
    "vendor_wide",
    "AppFolio",
    "Tupelo Gustfront Rentals",
    "tupelogustfront.com",
    "https://vendor.appfolio.com/?utm_source=website&utm_medium=vendor_link",
    "no_pms_evidence",
    {
        "tupelogustfront.com": hp(
            "Tupelo Gustfront Rentals",
            "<p>Residents: drop rent at the office or mail a check.</p><h3>Contractors</h3>"
            + a("https://vendor.appfolio.com/?utm_source=website&amp;utm_medium=vendor_link", "Vendor Login"),
        ),
        "vendor.appfolio.com": {
            "/?utm_source=website&utm_medium=vendor_link": _login(
                "Vendor Portal", "Vendor Portal by AppFolio", user="email", footer="AppFolio, Inc."
            )
        },
    },
)

# shape: an AppFolio listing PHOTO on the vendor's image CDN given as evidence; the site shows listing photos
# from that CDN and links no portal. An asset never proves a PMS: no_pms_evidence.
add(
    "asset",
    "AppFolio",
    "Soapberry Heatwave Rentals",
    "soapberryheatwave.com",
    "https://images.cdn.appfolio.com/soapberryheatwave/images/0c7e2b9a-44d1-4f0e-b6a3-9e1d5c2f7a10/large.jpg",
    "no_pms_evidence",
    {
        "soapberryheatwave.com": hp(
            "Soapberry Heatwave Rentals",
            "<h2>Available now</h2><img src='https://images.cdn.appfolio.com/soapberryheatwave/images/0c7e2b9a-44d1-"
            "4f0e-b6a3-9e1d5c2f7a10/large.jpg' alt='1108 Koenig Ln'><p>Call (512) 555-0190 to schedule a showing.</p>",
        ),
        "images.cdn.appfolio.com": {
            "/soapberryheatwave/images/0c7e2b9a-44d1-4f0e-b6a3-9e1d5c2f7a10/large.jpg": raw(
                200, "\xff\xd8\xff\xe0JFIF", content_type="image/jpeg"
            )
        },
    },
)

# shape: an unlinked AppFolio owner portal given as evidence, naming the company exactly; the homepage links
# no portal at all (owners are told to call): a live account portal the site does not link, medium.
add(
    "live_portal",
    "AppFolio",
    "Alder Rainburst Realty",
    "alderrainburst.com",
    "https://alderrainburst.appfolio.com/oportal/users/log_in",
    "medium",
    {
        "alderrainburst.com": hp(
            "Alder Rainburst Realty",
            "<p>Owners: call (512) 555-0111 for your monthly statement.</p>",
            addr=ATX2,
        ),
        "alderrainburst.appfolio.com": {"/oportal/users/log_in": af_owner("Alder Rainburst Realty")},
    },
)

# shape: the company's site sits behind Sucuri's firewall (every path, robots.txt too); the evidence is its
# AppFolio owner portal, live and naming it: "a site that could not be read: a bot wall" -> portal_live, medium.
add(
    "live_portal",
    "AppFolio",
    "Hemlock Squall Property Management",
    "hemlocksquall.com",
    "https://hemlocksquall.appfolio.com/oportal/users/log_in",
    "medium",
    {
        "hemlocksquall.com": everywhere(SUCURI_WALL),
        "hemlocksquall.appfolio.com": {"/oportal/users/log_in": af_owner("Hemlock Squall Property Management")},
    },
)

# shape: an agent's guessed account from initials: mfrealty.appfolio.com belongs to "Mulberry Frost Realty",
# not to Maple Fogdrift Realty (whose homepage never names it). Unlinked portal naming another company.
add(
    "live_portal",
    "AppFolio",
    "Maple Fogdrift Realty",
    "maplefogdrift.com",
    "https://mfrealty.appfolio.com/oportal/users/log_in",
    "evidence_unverified",
    {
        "maplefogdrift.com": hp(
            "Maple Fogdrift Realty", "<p>Leasing and management since 2011. Owners: ask about our statements.</p>"
        ),
        "mfrealty.appfolio.com": {"/oportal/users/log_in": af_owner("Mulberry Frost Realty")},
    },
)

# shape: a dead AppFolio owner portal kept on the site: "The owner portal is no longer active" above the form.
# Contract: a portal saying the account is inactive is not a live portal: evidence_unverified.
add(
    "stale_portal",
    "AppFolio",
    "Dogwood Sleetstorm Property Management",
    "dogwoodsleetstorm.com",
    "https://dogwoodsleetstorm.appfolio.com/oportal/users/log_in",
    "evidence_unverified",
    {
        "dogwoodsleetstorm.com": hp(
            "Dogwood Sleetstorm Property Management",
            a("https://dogwoodsleetstorm.appfolio.com/oportal/users/log_in", "Owner Login"),
            addr=ATX3,
        ),
        "dogwoodsleetstorm.appfolio.com": {
            "/oportal/users/log_in": af_owner(
                "Dogwood Sleetstorm Property Management",
                notice="<div class='alert alert-warning'>This Owner Portal is no longer active. Please contact "
                "your property manager for your statements.</div>",
            )
        },
    },
)

# shape: owners' link to a dead AppFolio owner portal (404) while tenants are sent to a live Rent Manager
# account: contract "pms_mismatch when the site also links another PMS's account portal (it moved)".
add(
    "other_pms",
    "AppFolio",
    "Elmwood Thunderhead Property Management",
    "elmwoodthunderhead.com",
    "https://elmwoodthunderhead.appfolio.com/oportal/users/log_in",
    "pms_mismatch",
    {
        "elmwoodthunderhead.com": hp(
            "Elmwood Thunderhead Property Management",
            a("https://elmwoodth.twa.rentmanager.com/", "Tenant Login")
            + a("https://elmwoodthunderhead.appfolio.com/oportal/users/log_in", "Owner Login"),
        ),
        "elmwoodth.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"]("Elmwood Thunderhead Property Management")},
        "elmwoodthunderhead.appfolio.com": {"/oportal/users/log_in": not_found("The page you were looking for doesn't exist.")},
    },
)

# shape: a site with only an on-site maintenance-request form and a Property Meld link (a maintenance tool,
# not a PMS of the vendor table); the agent claims AppFolio with no evidence: nothing proves it.
add(
    "no_portal",
    "AppFolio",
    "Osage Downburst Property Management",
    "osagedownburst.com",
    None,
    "no_pms_evidence",
    {
        "osagedownburst.com": hp(
            "Osage Downburst Property Management",
            "<h2>Maintenance Request</h2><p>For emergencies call (512) 555-0177 any time.</p>"
            "<a href='https://app.propertymeld.com/'>Submit a maintenance request</a>"
            "<form action='/maintenance' method='post'><input name='name'><textarea name='issue'></textarea>"
            "<button>Send</button></form>",
            addr=ATX2,
        ),
    },
)

# shape: a DoorLoop lead whose site links only a live AppFolio resident portal (the agent's DoorLoop
# account does not resolve): another PMS only, pms_mismatch.
add(
    "other_pms",
    "DoorLoop",
    "Sugarberry Windstorm Rentals",
    "sugarberrywindstorm.com",
    "https://sugarberrywindstorm.app.doorloop.com/",
    "pms_mismatch",
    {
        "sugarberrywindstorm.com": hp(
            "Sugarberry Windstorm Rentals", a("https://sugarberrywindstorm.appfolio.com/connect", "Pay Rent")
        ),
        "sugarberrywindstorm.appfolio.com": af_tenant("Sugarberry Windstorm Rentals"),
    },
    unresolvable=("sugarberrywindstorm.app.doorloop.com",),
)

# shape: a brokerage that refers management to a PARTNER: "Owner Login" sits in a paragraph naming the
# partner ("our partner, Mimosa Sleet Property Management"); the agent gave that portal. Not the company's own.
add(
    "site_links_portal",
    "AppFolio",
    "Boxelder Drizzle Realty",
    "boxelderdrizzle.com",
    "https://mimosasleet.appfolio.com/oportal/users/log_in",
    "evidence_unverified",
    {
        "boxelderdrizzle.com": hp(
            "Boxelder Drizzle Realty",
            "<p>Need your rental managed? Property management for our clients is handled by our partner, Mimosa "
            "Sleet Property Management. " + a("https://mimosasleet.appfolio.com/oportal/users/log_in", "Owner Login") + "</p>",
            blurb="Helping Austin buyers and sellers since 2008.",
            footer="<p>Boxelder Drizzle Realty &middot; TREC License #9066120</p>",
        ),
        "mimosasleet.appfolio.com": {"/oportal/users/log_in": af_owner("Mimosa Sleet Property Management")},
    },
)

# shape: the company's domain does not exist at all; the evidence (an AppFolio owner portal naming it) is live
add(
    "dead_domain",
    "AppFolio",
    "Aspen Duststorm Rentals",
    "aspenduststorm.com",
    "https://aspenduststorm.appfolio.com/oportal/users/log_in",
    "dead_domain",
    {"aspenduststorm.appfolio.com": {"/oportal/users/log_in": af_owner("Aspen Duststorm Rentals")}},
    unresolvable=("aspenduststorm.com", "www.aspenduststorm.com"),
)

# ================================================================ Buildium ================

# shape: an HOA manager whose "Homeowner Portal" is its Buildium Resident Center (association owners use the
# resident site): a live account portal linked by the site. Contract silent on HOA managers.
add(
    "site_links_portal",
    "Buildium",
    "Laurel Raindrop Association Services",
    "laurelraindrop.com",
    "https://laurelraindrop.managebuilding.com/Resident/portal/login",
    "high",
    {
        "laurelraindrop.com": hp(
            "Laurel Raindrop Association Services",
            "<p>Pay assessments, view governing documents and submit architectural requests online.</p>"
            + a("https://laurelraindrop.managebuilding.com/Resident/portal/login", "Homeowner Portal"),
            blurb="HOA and condominium association management for Austin neighborhoods.",
        ),
        "laurelraindrop.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Laurel Raindrop Association Services")
        },
    },
)

# shape: only an "Available Rentals" link to the Buildium public listings page (/Resident/public/rentals)
add(
    "site_links_portal",
    "Buildium",
    "Buttonwood Rainfall Properties",
    "buttonwoodrainfall.com",
    None,
    "high",
    {
        "buttonwoodrainfall.com": hp(
            "Buttonwood Rainfall Properties",
            a("https://buttonwoodrainfall.managebuilding.com/Resident/public/rentals", "Available Rentals"),
            addr=ATX3,
        ),
        "buttonwoodrainfall.managebuilding.com": {"/Resident/public/rentals": bd_listings("Buttonwood Rainfall Properties")},
    },
)

# shape: only an "Apply Online" button to the Buildium rental application (/Resident/apps/rentalapp/)
add(
    "site_links_portal",
    "Buildium",
    "Hornbeam Drizzle Property Co.",
    "hornbeamdrizzle.com",
    "https://hornbeamdrizzle.managebuilding.com/Resident/apps/rentalapp/",
    "high",
    {
        "hornbeamdrizzle.com": hp(
            "Hornbeam Drizzle Property Co.",
            "<div class='cta'><p>Found a home you love?</p><a class='btn' href='https://hornbeamdrizzle.managebuilding"
            ".com/Resident/apps/rentalapp/'>Apply Online</a></div>",
        ),
        "hornbeamdrizzle.managebuilding.com": {"/Resident/apps/rentalapp/": bd_application("Hornbeam Drizzle Property Co.")},
    },
)

# shape: only a "Submit a Maintenance Request" link to the account's Buildium public contact form: no login
# form, but the account's page naming the company (contract: "a login form, ... or the company's name").
add(
    "site_links_portal",
    "Buildium",
    "Basswood Monsoon Management",
    "basswoodmonsoon.com",
    "https://basswoodmonsoon.managebuilding.com/Resident/public/contact",
    "high",
    {
        "basswoodmonsoon.com": hp(
            "Basswood Monsoon Management",
            "<h2>Residents</h2>"
            + a("https://basswoodmonsoon.managebuilding.com/Resident/public/contact", "Submit a Maintenance Request"),
            addr=ATX2,
        ),
        "basswoodmonsoon.managebuilding.com": {"/Resident/public/contact": bd_contact("Basswood Monsoon Management")},
    },
)

# shape: the site links Buildium's rental-owner sign-in FIRST (/manager/, which hops to the shared
# signin.managebuilding.com) and then its live Resident Center: the same account is proven by the second link.
add(
    "site_links_portal",
    "Buildium",
    "Ironwood Gale Property Management",
    "ironwoodgalepm.com",
    None,
    "high",
    {
        "ironwoodgalepm.com": hp(
            "Ironwood Gale Property Management",
            "<ul><li>"
            + a("https://ironwoodgale.managebuilding.com/manager/", "Rental Owner Portal")
            + "</li><li>"
            + a("https://ironwoodgale.managebuilding.com/Resident/portal/login", "Resident Center")
            + "</li></ul>",
        ),
        "ironwoodgale.managebuilding.com": {
            **bd_manager("ironwoodgale")["ironwoodgale.managebuilding.com"],
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Ironwood Gale Property Management"),
        },
        "signin.managebuilding.com": bd_manager("ironwoodgale")["signin.managebuilding.com"],
    },
)

# shape: the site's ONLY portal link is Buildium's rental-owner sign-in (/manager/ on the account host), given
# as evidence; it only redirects to the shared signin.managebuilding.com. Contract: "a redirect ... to a shared
# sign-in page is evidence_unverified". Judgement: the account may well exist, but nothing shows it live.
add(
    "no_account",
    "Buildium",
    "Cottonwood Hailstorm Realty",
    "cottonwoodhailstorm.com",
    "https://cottonwoodhailstorm.managebuilding.com/manager/",
    "evidence_unverified",
    {
        "cottonwoodhailstorm.com": hp(
            "Cottonwood Hailstorm Realty",
            "<p>Tenants: pay rent through your bank's bill pay.</p>"
            + a("https://cottonwoodhailstorm.managebuilding.com/manager/", "Owner Login"),
            addr=ATX3,
        ),
        **bd_manager("cottonwoodhailstorm"),
    },
)

# shape: an INVESTOR managing its own portfolio (an LLC); its Buildium portal is titled "Pecan Hailfall Rentals"
# (a distinctive word shared; linked by the site). Contract silent on owner-operators: judged like any lead.
add(
    "site_links_portal",
    "Buildium",
    "Pecan Hailfall Holdings LLC",
    "pecanhailfall.com",
    "https://pecanhailfall.managebuilding.com/Resident/portal/login",
    "high",
    {
        "pecanhailfall.com": hp(
            "Pecan Hailfall Holdings LLC",
            "<p>We own and manage 48 homes in East Austin and Del Valle.</p>"
            + a("https://pecanhailfall.managebuilding.com/Resident/portal/login", "Resident Login"),
            blurb="A family-owned rental portfolio, managed in-house.",
        ),
        "pecanhailfall.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Pecan Hailfall Rentals")},
    },
)

# shape: an HOA manager with TWO vendors: homeowners sign in on CINC (not in the vendor table), the rentals it
# manages are on Buildium. The PMS asked (Buildium) is linked and live: high.
add(
    "site_links_portal",
    "Buildium",
    "Tamarisk Fogbank HOA Management",
    "tamariskfogbank.com",
    "https://tamariskfogbank.managebuilding.com/Resident/portal/login",
    "high",
    {
        "tamariskfogbank.com": hp(
            "Tamarisk Fogbank HOA Management",
            "<ul><li>"
            + a("https://tamariskfogbank.cincwebaxis.com/account/loginmodernthemes", "Homeowner Login")
            + "</li><li>"
            + a("https://tamariskfogbank.managebuilding.com/Resident/portal/login", "Rental Resident Login")
            + "</li></ul>",
            blurb="Community association management and residential leasing.",
            addr=ATX2,
        ),
        "tamariskfogbank.cincwebaxis.com": {
            "/account/loginmodernthemes": _login("Homeowner Login", "Tamarisk Fogbank HOA Management", footer="CINC Systems")
        },
        "tamariskfogbank.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Tamarisk Fogbank HOA Management")
        },
    },
)

# shape: a parked domain (Sedo) beside a live Buildium Resident Center given as evidence: dead_domain
add(
    "parked",
    "Buildium",
    "Beech Whiteout Property Management",
    "beechwhiteout.com",
    "https://beechwhiteout.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "beechwhiteout.com": parked(
            "<h1>beechwhiteout.com</h1><p>This domain may be for sale!</p><a href='https://sedo.com/search/details/"
            "?domain=beechwhiteout.com&amp;language=us&amp;origin=sales_lander_1&amp;utm_medium=Parking'>Buy this "
            "domain</a><p>Related searches: Property Management, Apartments For Rent, Rental Homes</p>",
            title="beechwhiteout.com",
            head="<script src='https://img.sedoparking.com/jspartner/caf.js'></script>",
        ),
        "beechwhiteout.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Beech Whiteout Property Management")
        },
    },
)

# shape: an HOA manager in OKLAHOMA (Tulsa address only, no Texas anywhere) linking a live Buildium portal
add(
    "site_links_portal",
    "Buildium",
    "Blackjack Norther Association Management",
    "blackjacknorther.com",
    "https://blackjacknorther.managebuilding.com/Resident/portal/login",
    "wrong_state",
    {
        "blackjacknorther.com": hp(
            "Blackjack Norther Association Management",
            a("https://blackjacknorther.managebuilding.com/Resident/portal/login", "Homeowner Portal"),
            blurb="HOA management for Green Country neighborhoods since 2004.",
            addr="<p>6100 S Yale Ave, Suite 400, Tulsa, OK 74136 &middot; (918) 555-0130</p>",
            title="Blackjack Norther Association Management | Tulsa HOA Management",
        ),
        "blackjacknorther.managebuilding.com": {
            "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Blackjack Norther Association Management")
        },
    },
)

# shape: a vacation rental manager with no portal at all (bookings on Airbnb and Vrbo); Buildium claimed
add(
    "no_portal",
    "Buildium",
    "Acacia Tradewind Vacation Rentals",
    "acaciatradewind.com",
    None,
    "no_pms_evidence",
    {
        "acaciatradewind.com": hp(
            "Acacia Tradewind Vacation Rentals",
            "<p>Hill Country cabins and downtown lofts, fully managed for owners.</p>"
            "<a href='https://www.airbnb.com/'>Book on Airbnb</a> <a href='https://www.vrbo.com/'>Book on Vrbo</a>"
            "<p>Owners: request a free revenue estimate.</p>",
            blurb="Short-term rental management in Austin and the Hill Country.",
        ),
    },
)

# ================================================================ Rent Manager =============

# shape: only an "Owner Login" to Rent Manager Owner Web Access (<corp>.owa.rentmanager.com, the SPA's
# #/login fragment), answering a login form naming the company
add(
    "site_links_portal",
    "Rent Manager",
    "Boisdarc Thunder Property Management",
    "boisdarcthunder.com",
    "https://boisdarcthunder.owa.rentmanager.com/#/login?returnUrl=%2Fdashboard",
    "high",
    {
        "boisdarcthunder.com": hp(
            "Boisdarc Thunder Property Management",
            a("https://boisdarcthunder.owa.rentmanager.com/#/login?returnUrl=%2Fdashboard", "Owner Login"),
            addr=ATX3,
        ),
        "boisdarcthunder.owa.rentmanager.com": {"/": rm_owa("Boisdarc Thunder Property Management")},
    },
)

# shape: Rent Manager's documented owner link with a location filter (<corp>.owa.rentmanager.com?Locations=...);
# the account's login page names the company
add(
    "site_links_portal",
    "Rent Manager",
    "Juniper Dewfall Realty",
    "juniperdewfall.com",
    "https://jdewfall.owa.rentmanager.com/?Locations=Austin",
    "high",
    {
        "juniperdewfall.com": hp(
            "Juniper Dewfall Realty",
            "<h3>Client Portals</h3>" + a("https://jdewfall.owa.rentmanager.com/?Locations=Austin", "Owner Portal"),
        ),
        "jdewfall.owa.rentmanager.com": {"/": rm_owa("Juniper Dewfall Realty")},
    },
)

# shape: the owner link is Propertyware's one shared sign-in page (app.propertyware.com/pw/login.jsp, no portal
# name), given as evidence: vendor-wide, names no account; the site links nothing else: no_pms_evidence
add(
    "vendor_wide",
    "Propertyware",
    "Huisache Fogbow Properties",
    "huisachefogbow.com",
    "https://app.propertyware.com/pw/login.jsp?source=owner",
    "no_pms_evidence",
    {
        "huisachefogbow.com": hp(
            "Huisache Fogbow Properties",
            "<p>Owners: sign in with the username we emailed you.</p>"
            + a("https://app.propertyware.com/pw/login.jsp?source=owner", "Owner Login"),
            addr=ATX2,
        ),
        **pw(("/pw/login.jsp?source=owner", _login("Propertyware - Sign In", "Sign In", user="email", footer="Propertyware"))),
    },
)

# shape: only an "Apply Now" to Rent Manager's online application (<corp>.twa.rentmanager.com/applynow)
add(
    "site_links_portal",
    "Rent Manager",
    "Anacua Sunshower Homes",
    "anacuasunshower.com",
    "https://anacuasun.twa.rentmanager.com/applynow",
    "high",
    {
        "anacuasunshower.com": hp(
            "Anacua Sunshower Homes",
            "<p>Duplexes and townhomes in North Austin.</p>" + a("https://anacuasun.twa.rentmanager.com/applynow", "Apply Now"),
        ),
        "anacuasun.twa.rentmanager.com": {"/applynow": rm_apply("Anacua Sunshower Homes")},
    },
)

# shape: TWO vendors: residents on AppFolio, owners on Rent Manager Owner Web Access; Rent Manager asked,
# the OWA link is live and names the company: the asked PMS is linked, high
add(
    "site_links_portal",
    "Rent Manager",
    "Walnut Thaw Property Management",
    "walnutthawpm.com",
    "https://walnutthaw.owa.rentmanager.com/",
    "high",
    {
        "walnutthawpm.com": hp(
            "Walnut Thaw Property Management",
            "<ul><li>"
            + a("https://walnutthaw.appfolio.com/connect", "Resident Portal")
            + "</li><li>"
            + a("https://walnutthaw.owa.rentmanager.com/", "Owner Portal")
            + "</li></ul>",
            addr=ATX3,
        ),
        "walnutthaw.appfolio.com": af_tenant("Walnut Thaw Property Management"),
        "walnutthaw.owa.rentmanager.com": {"/": rm_owa("Walnut Thaw Property Management")},
    },
)

# shape: an owner link to a dead Rent Manager OWA account ("Invalid company code"): evidence_unverified
add(
    "no_account",
    "Rent Manager",
    "Chestnut Downpour Property Management",
    "chestnutdownpour.com",
    "https://chestnutdp.owa.rentmanager.com/",
    "evidence_unverified",
    {
        "chestnutdownpour.com": hp(
            "Chestnut Downpour Property Management", a("https://chestnutdp.owa.rentmanager.com/", "Owner Login")
        ),
        "chestnutdp.owa.rentmanager.com": {
            "/": page(
                "<h2>Invalid company code</h2><p>We could not find a company for this address. Please check the link "
                "your property manager sent you.</p>",
                title="Owner Web Access",
            )
        },
    },
)

# shape: the Rent Manager owner portal shows no login form, only "We have moved!" and the new AppFolio owner
# portal written out: contract, a portal naming another PMS's portal and saying "we have moved": pms_mismatch
add(
    "stale_portal",
    "Rent Manager",
    "Cedar Flurry Realty",
    "cedarflurryrealty.com",
    "https://cedarflurry.owa.rentmanager.com/",
    "pms_mismatch",
    {
        "cedarflurryrealty.com": hp(
            "Cedar Flurry Realty", a("https://cedarflurry.owa.rentmanager.com/", "Owner Login"), addr=ATX2
        ),
        "cedarflurry.owa.rentmanager.com": {
            "/": page(
                "<h1>Cedar Flurry Realty</h1><h2>We have moved!</h2><p>Owner statements and documents are now in our "
                "new owner portal: <a href='https://cedarflurry.appfolio.com/oportal/users/log_in'>"
                "cedarflurry.appfolio.com</a></p>",
                title="Owner Web Access",
            )
        },
        "cedarflurry.appfolio.com": {"/oportal/users/log_in": af_owner("Cedar Flurry Realty")},
    },
)

# ================================================================ Propertyware =============

# shape: the homepage links no portal; its /owners page (a path the crawl visits) links the Propertyware owner
# portal (/pw/portals/<account>/owner.action), live and naming the company: the site links it, high
add(
    "site_links_portal",
    "Propertyware",
    "Catalpa Whirlwind Property Management",
    "catalpawhirlwind.com",
    "https://app.propertyware.com/pw/portals/catalpawhirlwind/owner.action",
    "high",
    {
        "catalpawhirlwind.com": {
            **hp("Catalpa Whirlwind Property Management", "<a href='/owners'>For Owners</a>"),
            "/owners": page(
                "<h1>For Owners</h1><p>Monthly statements, year-end 1099s and work-order approvals.</p>"
                + a("https://app.propertyware.com/pw/portals/catalpawhirlwind/owner.action", "Owner Portal Sign On"),
                title="Owners | Catalpa Whirlwind Property Management",
            ),
        },
        **pw(("/pw/portals/catalpawhirlwind/owner.action", pw_owner("Catalpa Whirlwind Property Management"))),
    },
)

# shape: only an application link to Propertyware (tenantApplication.action?unitID=...)
add(
    "site_links_portal",
    "Propertyware",
    "Retama Mistral Leasing",
    "retamamistral.com",
    None,
    "high",
    {
        "retamamistral.com": hp(
            "Retama Mistral Leasing",
            "<p>2 bd / 2 ba condo near Riverside Dr, $1,450.</p>"
            + a("https://app.propertyware.com/pw/portals/retamamistral/tenantApplication.action?unitID=88412311", "Apply"),
            addr=ATX3,
        ),
        **pw(("/pw/portals/retamamistral/tenantApplication.action", pw_application("Retama Mistral Leasing"))),
    },
)

# shape: TWO vendors: residents on Buildium, owners on Propertyware; Propertyware asked, its owner portal
# is linked and live: high
add(
    "site_links_portal",
    "Propertyware",
    "Spruce Sirocco Residential",
    "sprucesirocco.com",
    "https://app.propertyware.com/pw/portals/sprucesirocco/owner.action",
    "high",
    {
        "sprucesirocco.com": hp(
            "Spruce Sirocco Residential",
            a("https://sprucesirocco.managebuilding.com/Resident/portal/login", "Tenant Login")
            + a("https://app.propertyware.com/pw/portals/sprucesirocco/owner.action", "Owner Login"),
        ),
        "sprucesirocco.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Spruce Sirocco Residential")},
        **pw(("/pw/portals/sprucesirocco/owner.action", pw_owner("Spruce Sirocco Residential"))),
    },
)

# shape: the reverse: Propertyware asked with its owner portal as evidence (live, naming the company, NOT linked),
# while the site links only a live Buildium Resident Center. Contract: "A site linking another PMS ... and not
# this one is pms_mismatch". Judgement: the company may truly use both; the contract's rule decides.
add(
    "other_pms",
    "Propertyware",
    "Locust Raincloud Realty",
    "locustraincloud.com",
    "https://app.propertyware.com/pw/portals/locustraincloud/owner.action",
    "pms_mismatch",
    {
        "locustraincloud.com": hp(
            "Locust Raincloud Realty",
            a("https://locustraincloud.managebuilding.com/Resident/portal/login", "Resident Login"),
            addr=ATX2,
        ),
        "locustraincloud.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Locust Raincloud Realty")},
        **pw(("/pw/portals/locustraincloud/owner.action", pw_owner("Locust Raincloud Realty"))),
    },
)

# shape: an owner link to a Propertyware portal that is gone ("Portal not found"): evidence_unverified
add(
    "no_account",
    "Propertyware",
    "Larch Windchill Realty",
    "larchwindchill.com",
    "https://app.propertyware.com/pw/portals/larchwindchill/owner.action",
    "evidence_unverified",
    {
        "larchwindchill.com": hp(
            "Larch Windchill Realty",
            a("https://app.propertyware.com/pw/portals/larchwindchill/owner.action", "Owner Login"),
            addr=ATX3,
        ),
        **pw(
            (
                "/pw/portals/larchwindchill/owner.action",
                page(
                    "<h2>Portal Not Found</h2><p>The portal you requested does not exist. Please contact your property "
                    "manager for the correct address.</p>",
                    title="Propertyware",
                ),
            )
        ),
    },
)

# shape: an HOA manager with homeowners on AppFolio and rentals on Rentvine; Propertyware asked: pms_mismatch
add(
    "other_pms",
    "Propertyware",
    "Hawthorn Mistfall Community Management",
    "hawthornmistfall.com",
    None,
    "pms_mismatch",
    {
        "hawthornmistfall.com": hp(
            "Hawthorn Mistfall Community Management",
            a("https://hawthornmistfall.appfolio.com/connect", "Homeowner Login")
            + a("https://hawthornmistfall.rentvine.com/portals/resident", "Rental Resident Login"),
            blurb="Association management and residential leasing in Travis County.",
        ),
        "hawthornmistfall.appfolio.com": af_tenant("Hawthorn Mistfall Community Management"),
        "hawthornmistfall.rentvine.com": {"/portals/resident": spa_shell("Hawthorn Mistfall Community Management")},
    },
)

# shape: the homepage answers 404 (the site is gone); the evidence is a live Propertyware tenant portal
add(
    "dead_domain",
    "Propertyware",
    "Sourwood Lightning Realty",
    "sourwoodlightning.com",
    "https://app.propertyware.com/pw/portals/sourwoodlightning/tenant.action",
    "dead_domain",
    {
        "sourwoodlightning.com": {"/": not_found()},
        **pw(("/pw/portals/sourwoodlightning/tenant.action", pw_tenant("Sourwood Lightning Realty"))),
    },
)

# ================================================================ Rentvine / DoorLoop / TenantCloud / Rentec

# shape: only a "Vendor Portal" link for contractors, on the ACCOUNT's Rentvine host (/portals/vendor); the SPA
# shell's title names the company. The vendor table lists resident/owner/listings paths and is silent on the
# vendor portal; it is that account's own portal, live: high.
add(
    "site_links_portal",
    "Rentvine",
    "Persimmon Gale Property Management",
    "persimmongale.com",
    "https://persimmongale.rentvine.com/portals/vendor",
    "high",
    {
        "persimmongale.com": hp(
            "Persimmon Gale Property Management",
            "<p>Residents: call (512) 555-0102 for rent and repairs.</p><h3>Contractors</h3>"
            + a("https://persimmongale.rentvine.com/portals/vendor", "Vendor Portal"),
        ),
        "persimmongale.rentvine.com": {"/portals/vendor": spa_shell("Persimmon Gale Property Management")},
    },
)

# shape: a NEW MEXICO vacation-home manager (Taos address only) linking its live Rentvine owner portal
add(
    "site_links_portal",
    "Rentvine",
    "Pinon Monsoon Vacation Homes",
    "pinonmonsoon.com",
    "https://pinonmonsoon.rentvine.com/portals/owner",
    "wrong_state",
    {
        "pinonmonsoon.com": hp(
            "Pinon Monsoon Vacation Homes",
            a("https://pinonmonsoon.rentvine.com/portals/owner", "Owner Login"),
            blurb="Vacation home management in the Enchanted Circle.",
            addr="<p>120 Bent St, Taos, NM 87571 &middot; (575) 555-0186</p>",
            title="Pinon Monsoon Vacation Homes | Taos, New Mexico",
        ),
        "pinonmonsoon.rentvine.com": {"/portals/owner": spa_shell("Pinon Monsoon Vacation Homes")},
    },
)

# shape: only an "Owner Portal" button (window.open) to the DoorLoop account host; SPA shell naming the company
add(
    "site_links_portal",
    "DoorLoop",
    "Magnolia Sleetfall Realty",
    "magnoliasleetfall.com",
    "https://magnoliasleetfall.app.doorloop.com/",
    "high",
    {
        "magnoliasleetfall.com": hp(
            "Magnolia Sleetfall Realty",
            "<button onclick=\"window.open('https://magnoliasleetfall.app.doorloop.com/', '_blank')\">Owner Portal</button>",
            addr=ATX2,
        ),
        "magnoliasleetfall.app.doorloop.com": {"/": spa_shell("Magnolia Sleetfall Realty | Portal")},
    },
)

# shape: an investor's own small portfolio; only a "See our rentals" link to its TenantCloud listings page
add(
    "site_links_portal",
    "TenantCloud",
    "Poplar Cloudbank Holdings",
    "poplarcloudbank.com",
    None,
    "high",
    {
        "poplarcloudbank.com": hp(
            "Poplar Cloudbank Holdings",
            a("https://poplarcloudbank.tenantcloud.com/", "See our rentals"),
            blurb="We own and lease a dozen homes in South Austin.",
            addr=ATX3,
        ),
        "poplarcloudbank.tenantcloud.com": {"/": listings_page("Poplar Cloudbank Holdings")},
    },
)

# shape: a Rentec Direct account host (<account>.rentecdirect.com) linked as "Tenant Login"
add(
    "site_links_portal",
    "Rentec Direct",
    "Myrtle Rainstorm Rentals",
    "myrtlerainstorm.com",
    "https://myrtlerainstorm.rentecdirect.com/",
    "high",
    {
        "myrtlerainstorm.com": hp("Myrtle Rainstorm Rentals", a("https://myrtlerainstorm.rentecdirect.com/", "Tenant Login")),
        "myrtlerainstorm.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Myrtle Rainstorm Rentals")},
    },
)

# ================================================================ apartment operators =====

# shape: a STUDENT-HOUSING operator's portal picker (<option value=URL>) over its communities' Entrata resident
# portals; Entrata answers here with a login naming the community (titles not compared for Entrata)
add(
    "site_links_portal",
    "Entrata",
    "Sycamore Thundercloud Student Living",
    "sycamorethundercloud.com",
    "https://thundercloudcommons.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "high",
    {
        "sycamorethundercloud.com": hp(
            "Sycamore Thundercloud Student Living",
            "<label>Resident login</label><select onchange='location=this.value'><option>Choose your community</option>"
            "<option value='https://thundercloudcommons.residentportal.com/resident_portal/?module=authentication&amp;"
            "action=view_login'>Thundercloud Commons</option><option value='https://thundercloudvillage.residentportal"
            ".com/resident_portal/?module=authentication&amp;action=view_login'>Thundercloud Village</option></select>",
            blurb="Student apartments steps from campus, leased by the bed.",
        ),
        "thundercloudcommons.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Thundercloud Commons")},
        "thundercloudvillage.residentportal.com": {"/resident_portal/": VENDOR_LOGIN["Entrata"]("Thundercloud Village")},
    },
)

# shape: a student-housing operator whose Entrata portal answers servers with a bare 403: unverifiable
add(
    "bot_wall",
    "Entrata",
    "Sweetbay Sleet Student Residences",
    "sweetbaysleet.com",
    "https://sweetbaysleet.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        "sweetbaysleet.com": hp(
            "Sweetbay Sleet Student Residences",
            a(
                "https://sweetbaysleet.residentportal.com/resident_portal/?module=authentication&amp;action=view_login",
                "Resident Portal",
            ),
            blurb="Individual leases, furnished units, all-inclusive utilities.",
            addr=ATX2,
        ),
        "sweetbaysleet.residentportal.com": everywhere(BARE_403),
    },
)

# shape: an apartment operator's community ActiveBuilding portal (RealPage), NOT linked by the operator's site;
# the homepage lists that community by name; RealPage titles are not compared: live portal, medium.
# Judgement: the contract's unlinked-portal name rule is set aside for community portals of these vendors.
add(
    "live_portal",
    "RealPage",
    "Linden Haze Apartment Homes",
    "lindenhazeapts.com",
    "https://anacuamistflats.activebuilding.com/",
    "medium",
    {
        "lindenhazeapts.com": hp(
            "Linden Haze Apartment Homes",
            "<h2>Our Communities</h2><ul><li>Anacua Mist Flats &ndash; East Riverside</li>"
            "<li>Linden Haze at Parmer &ndash; North Austin</li></ul>",
            blurb="We develop, own and operate apartment communities in Central Texas.",
            addr=ATX3,
        ),
        "anacuamistflats.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Anacua Mist Flats")},
    },
)

# shape: an operator gives a community's ActiveBuilding portal whose footer says the community is
# "Professionally managed by Sassafras Squall Residential": never the candidate's, evidence_unverified
add(
    "live_portal",
    "RealPage",
    "Willow Thunderbolt Residential",
    "willowthunderbolt.com",
    "https://palmettofogflats.activebuilding.com/",
    "evidence_unverified",
    {
        "willowthunderbolt.com": hp(
            "Willow Thunderbolt Residential",
            "<p>Multifamily acquisitions and asset management.</p>",
            blurb="An Austin multifamily investment and operating company.",
        ),
        "palmettofogflats.activebuilding.com": {
            "/": _login(
                "ActiveBuilding - Log In",
                "Palmetto Fog Flats Resident Portal",
                footer="Professionally managed by Sassafras Squall Residential &middot; RealPage",
            )
        },
    },
)

# shape: an apartment COMMUNITY's own site (the candidate is the community) linking its Yardi portal; both the
# site and the portal say "Professionally managed by Sycamore Squall Living". Contract: a community's portal
# that says another company manages it is never the candidate's: evidence_unverified (the lead is the manager).
add(
    "site_links_portal",
    "Yardi",
    "Mulberry Monsoon Apartments",
    "mulberrymonsoonapts.com",
    "https://mulberrymonsoon.securecafe.com/residentservices/mulberrymonsoon/userlogin.aspx",
    "evidence_unverified",
    {
        "mulberrymonsoonapts.com": hp(
            "Mulberry Monsoon Apartments",
            a("https://mulberrymonsoon.securecafe.com/residentservices/mulberrymonsoon/userlogin.aspx", "Resident Login"),
            blurb="Studios to three bedrooms off South Congress. Professionally managed by Sycamore Squall Living.",
            title="Mulberry Monsoon Apartments | Apartments in Austin, TX",
        ),
        "mulberrymonsoon.securecafe.com": {
            "/residentservices/mulberrymonsoon/userlogin.aspx": _login(
                "Resident Services - Login",
                "Mulberry Monsoon Apartments Resident Login",
                user="Username",
                footer="Professionally managed by Sycamore Squall Living &middot; RENTCafe",
            )
        },
    },
)

# shape: an operator's "Resident Login" to a community's securecafe portal that answers with Cloudflare's
# challenge: unverifiable
add(
    "bot_wall",
    "Yardi",
    "Chinaberry Fog Living",
    "chinaberryfog.com",
    "https://chinaberryfogvillas.securecafe.com/residentservices/chinaberryfogvillas/userlogin.aspx",
    "unverifiable",
    {
        "chinaberryfog.com": hp(
            "Chinaberry Fog Living",
            a(
                "https://chinaberryfogvillas.securecafe.com/residentservices/chinaberryfogvillas/userlogin.aspx",
                "Resident Login",
            ),
            blurb="Apartment homes managed with care across Austin.",
        ),
        "chinaberryfogvillas.securecafe.com": everywhere(CF_CHALLENGE),
    },
)

# shape: an operator's "Apply Now" to its community's Yardi online-leasing application
# (onlineleasing/<slug>/oleapplication.aspx?stepname=RentalOptions&myOlePropertyId=...), answering normally here
add(
    "site_links_portal",
    "Yardi",
    "Hickory Rainshadow Residential",
    "hickoryrainshadow.com",
    "https://rainshadowlofts.securecafe.com/onlineleasing/rainshadow-lofts/oleapplication.aspx?stepname=RentalOptions"
    "&myOlePropertyId=482913",
    "high",
    {
        "hickoryrainshadow.com": hp(
            "Hickory Rainshadow Residential",
            "<h2>Rainshadow Lofts</h2><p>Now leasing one- and two-bedroom lofts.</p>"
            + a(
                "https://rainshadowlofts.securecafe.com/onlineleasing/rainshadow-lofts/oleapplication.aspx?stepname="
                "RentalOptions&amp;myOlePropertyId=482913",
                "Apply Now",
            ),
            addr=ATX2,
        ),
        "rainshadowlofts.securecafe.com": {
            "/onlineleasing/rainshadow-lofts/oleapplication.aspx": page(
                "<header><h1>Rainshadow Lofts</h1></header><main><h2>Online Leasing</h2><p>Step 1: Rental options"
                "</p><form method='post'><label>Move-in date</label><input name='MoveInDate'><label>Lease term</label>"
                "<select name='Term'><option>12 months</option></select><button>Next</button></form></main>"
                "<footer>RENTCafe</footer>",
                title="Rainshadow Lofts - Online Leasing",
            )
        },
    },
)

# shape: an operator's "Check Availability" to ResMan's applicant availability page on the shared implicity
# host, account in ?a= (implicity.myresman.com/Portal/Applicants/Availability?a=...&p=...)
add(
    "site_links_portal",
    "ResMan",
    "Sweetgum Zephyr Residential",
    "sweetgumzephyr.com",
    "https://implicity.myresman.com/Portal/Applicants/Availability?a=3317&p=7be1c2d4-5f60-4a8b-9c1d-2e3f4a5b6c7d",
    "high",
    {
        "sweetgumzephyr.com": hp(
            "Sweetgum Zephyr Residential",
            "<h2>Sweetgum Zephyr Commons</h2>"
            + a(
                "https://implicity.myresman.com/Portal/Applicants/Availability?a=3317&amp;p=7be1c2d4-5f60-4a8b-9c1d-2e3f4a5b6c7d",
                "Check Availability",
            ),
            addr=ATX3,
        ),
        "implicity.myresman.com": {
            "/Portal/Applicants/Availability?a=3317&p=7be1c2d4-5f60-4a8b-9c1d-2e3f4a5b6c7d": page(
                "<header><h1>Sweetgum Zephyr Commons</h1></header><main><h2>Available Units</h2><ul><li>A1 &ndash; 1 bd "
                "/ 1 ba &ndash; $1,310 <a href='#'>Apply</a></li></ul></main><footer>Powered by ResMan</footer>",
                title="Sweetgum Zephyr Commons - Availability",
            )
        },
    },
)

# shape: an apartment operator linking its MRI ResidentConnect portal
add(
    "site_links_portal",
    "MRI",
    "Madrone Gust Communities",
    "madronegust.com",
    "https://madronegust.mriresidentconnect.com/",
    "high",
    {
        "madronegust.com": hp(
            "Madrone Gust Communities",
            a("https://madronegust.mriresidentconnect.com/", "Residents"),
            blurb="Garden-style apartment communities in Austin, Round Rock and Pflugerville.",
        ),
        "madronegust.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Madrone Gust Communities")},
    },
)

# shape: TWO vendors the other way round: residents on Rent Manager (twa), owners on AppFolio; AppFolio asked,
# its owner portal linked and live: high
add(
    "site_links_portal",
    "AppFolio",
    "Ash Sunburst Realty Group",
    "ashsunburstrealty.com",
    "https://ashsunburst.appfolio.com/oportal/users/log_in",
    "high",
    {
        "ashsunburstrealty.com": hp(
            "Ash Sunburst Realty Group",
            a("https://ashsunburst.twa.rentmanager.com/", "Tenant Web Access")
            + a("https://ashsunburst.appfolio.com/oportal/users/log_in", "Owner Portal"),
        ),
        "ashsunburst.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"]("Ash Sunburst Realty Group")},
        "ashsunburst.appfolio.com": {"/oportal/users/log_in": af_owner("Ash Sunburst Realty Group")},
    },
)


HOLDOUT20: list[Case] = collector.cases
