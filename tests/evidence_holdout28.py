"""Twenty-eighth blind corpus: the evidence URLs an agent really copies, per vendor, as vendors serve them.

Focus and mix: 55 candidates across 36 US states in which the evidence URL is not an account's
front door but a deep link an agent copies out of search results or a company's site: Buildium
listing details (`/Resident/public/rentals/<id>?hidenav=true`), rental applications
(`/Resident/rental-application/new`), public home pages, staff sign-ins and logins carrying a
`ReturnUrl`; AppFolio listing details (`/listings/detail/<uuid>`), applications
(`/listings/rental_applications/new?listable_uid=...&source=Website`), owner portals
(`/oportal/users/log_in`), access requests (`/connect/users/request_access`), password resets
and a Spanish-locale sign-in; Rent Manager `ApplyNow` links and logins with `ReturnUrl`;
Propertyware tenant and owner actions; Rentvine `/public/apply?unitID=` and listing links;
DoorLoop `tenant-portal/rental-applications/listing?source=CompanyLink` links (named and numeric
accounts); TenantCloud listings; Yardi securecafe `oleapplication.aspx` and Breeze owner links;
Entrata `resident_portal/?module=authentication&action=view_login`; ResMan
`Portal/Applicants/Availability`; Rentec Direct account listings; RealPage online leasing
(`#k=` fragments) and ActiveBuilding payment links. They carry `utm_*`, `gclid`, `fbclid` and
`srsltid` parameters, mixed-case hosts and paths and trailing slashes, and are answered the
way the vendors answer them: a redirect to the account's login, a 200 page naming the company, a
removed listing's 404 or redirect while the account lives. 33 are real leads (deep links into a
live account of the company, linked by its site or not); 22 are rejections in the same shapes: a
deep link into another company's account, a listing on an account that is gone (the vendor's
"account could not be found" page, a redirect to the vendor's home), retired and handed-over
portals and a vendor sandbox, vendor-wide help and sign-up pages, image and CDN assets, another
PMS, the company's own rentals page, a parked, an unresolvable and a 404 company site, and Yardi
and Entrata bot walls. Shared sign-in hosts are left to other corpora.

How the labels were decided: by docs/live-checks.md (judging order, vendor table, name rules,
confidence, bot walls) and what a careful sales team concludes from the pages as served, written
without reading or running the checks. Where the contract is silent (a removed listing's 404 on an
account whose live portal the site links; a staff sign-in page that names no one on an account the
site links; a numeric DoorLoop account whose shell names no company) the case's comment says
"ambiguous:" and why. Vendor paths and query strings follow links real property managers' sites
and code carry (found with the search tool); every page is our own short HTML, and every company,
domain and account name is made up.
"""

from __future__ import annotations

from evidence_corpus import Collector
from fake_web import Reply, not_found, page, raw, redirect

collector = Collector("holdout28-")
add = collector.add


# --- pages, written after the real ones' shapes ----------------------------------------------


def pm_home(co: str, addr: str, links: str = "", *, extra: str = "", title: str | None = None) -> dict[str, Reply]:
    """A property manager's homepage: a menu (with the given links), a blurb, the office address."""
    html = (
        "<nav><a href='/'>Home</a><a href='/rentals'>Available Rentals</a><a href='/owners'>Owners</a>"
        f"<a href='/contact'>Contact</a>{links}</nav><main><h1>{co}</h1><p>Residential property management for "
        "single-family homes, duplexes and small apartment communities: leasing, tenant screening, rent collection, "
        f"maintenance and monthly owner statements.</p>{extra}</main>"
        f"<footer><p>{co} &middot; {addr}</p><p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return {"/": page(html, title=title or f"{co} | Property Management")}


def a(url: str, label: str = "Resident Portal") -> str:
    return f"<a class='menu-item' href='{url}' target='_blank' rel='noopener'>{label}</a>"


def form(user: str = "Email", extra: str = "") -> str:
    return (
        f"<form method='post'>{extra}<label>Email</label><input type='email' name='{user}'><label>Password</label>"
        "<input type='password' name='Password'><button type='submit'>Sign in</button>"
        "<a href='#'>Forgot your password?</a></form>"
    )


def bld_login(co: str, note: str = "") -> Reply:
    return page(
        f"<header><img alt='{co}' src='/Resident/public/logo'><h1>{co} Resident Center</h1></header>{note}{form()}"
        "<footer>Powered by Buildium</footer>",
        title=f"{co} - Resident Center",
    )


def bld_public(co: str, heading: str, body: str, *, title: str | None = None) -> Reply:
    return page(
        f"<header><img alt='{co}' src='/Resident/public/logo'><a href='/Resident/portal/login'>Resident login</a>"
        f"<a href='/Resident/public/rentals'>Rentals</a></header><main><h1>{heading}</h1>{body}</main>"
        f"<footer>{co} &middot; Powered by Buildium</footer>",
        title=title or f"{heading} | {co}",
    )


def bld_listing(co: str, street: str, rent: str) -> Reply:
    return bld_public(
        co,
        street,
        f"<p>{rent}/month &middot; 3 bd &middot; 2 ba &middot; Available now</p>"
        "<a class='btn' href='/Resident/rental-application/new'>Apply now</a>",
        title=f"{street} | {co}",
    )


def af_page(co: str, heading: str, body: str, *, title: str | None = None, lang: str = "en") -> Reply:
    return page(
        f"<header><img class='logo' alt='{co}' src='https://images.cdn.appfolio.com/x/logo.png'></header>"
        f"<main lang='{lang}'><h1>{heading}</h1>{body}</main><footer>Powered by AppFolio Property Manager</footer>",
        title=title or f"{heading} | {co}",
    )


def af_listing(co: str, street: str, rent: str) -> Reply:
    return af_page(
        co,
        street,
        f"<p class='rent'>{rent}</p><p>2 bd / 1 ba &middot; 860 sq ft &middot; Available 3/1/26</p>"
        "<a class='btn' href='../rental_applications/new'>Apply Now</a><a href='../showings/new'>Schedule a Showing</a>",
        title=f"{street} | {co}",
    )


def af_signin(co: str, note: str = "", *, lang: str = "en") -> Reply:
    return af_page(co, co, f"{note}{form('user[email]')}", title="Online Portal - Sign In", lang=lang)


def spa(title: str) -> Reply:
    """A single-page app's shell (Rentvine, DoorLoop, Breeze, RealPage leasing): a title and an empty root."""
    return page(
        '<div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript>'
        '<script src="/static/js/main.8f3a1c.js"></script>',
        title=title,
    )


def cf_challenge() -> Reply:
    return raw(
        403,
        "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Checking your browser before "
        "accessing the site.</h1><noscript>Please enable JavaScript and cookies to continue.</noscript>"
        "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/managed/v1'></script></body></html>",
        {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f11d3a0c7e2b6a4-ORD"},
    )


def parked_page(domain: str) -> Reply:
    return page(
        f"<h1>{domain}</h1><p>This domain may be for sale. <a href='https://sedo.com/search/details/?domain={domain}"
        "&amp;utm_medium=parking'>Make an offer</a></p><p>Related searches: Apartments for rent, Property management"
        "</p><script src='https://www.parkingcrew.net/js/px.js'></script>",
        title=domain,
    )


def gone(reply: Reply) -> Reply:
    """The same page served with a 404 status (a removed listing on a live account)."""
    return Reply(404, reply.body, reply.headers, reply.content_type)


def ci(path: str, reply: Reply) -> dict[str, Reply]:
    """A case-insensitive server (IIS, ASP.NET): the path as linked, in lower case and as given."""
    return {path: reply, path.lower(): reply}


# === real leads: deep links into a live account of the company ================================

# Buildium listing detail with Buildium's own `hidenav=true` (the iframe form sites embed); the
# site links the account's Resident Center. Live account, named: high.
co = "Harlowcrest Residential"
add(
    "site_links_portal",
    "Buildium",
    co,
    "harlowcrestresidential.com",
    "https://harlowcrest.managebuilding.com/Resident/public/rentals/48213?hidenav=true",
    "high",
    {
        "harlowcrestresidential.com": pm_home(
            co, "1420 Oak St, Suite 3, Columbus, OH 43205", a("https://harlowcrest.managebuilding.com/Resident/portal/login")
        ),
        "harlowcrest.managebuilding.com": {
            "/Resident/public/rentals/48213": bld_listing(co, "2217 Fairwood Ave", "$1,395"),
            "/Resident/portal/login": bld_login(co),
        },
    },
    state="OH",
    city="Columbus",
)

# Buildium rental application copied from a search result; the site has no portal link (its
# "Apply" goes to a PDF). A live application page in the company's name: medium.
co = "Tobias Property Group"
add(
    "live_portal",
    "Buildium",
    co,
    "tobiaspropertygroup.com",
    "https://tobiaspg.managebuilding.com/Resident/rental-application/new",
    "medium",
    {
        "tobiaspropertygroup.com": pm_home(
            co, "3109 Glenwood Ave, Raleigh, NC 27612", "<a href='/wp-content/uploads/2024/02/rental-application.pdf'>Apply</a>"
        ),
        "tobiaspg.managebuilding.com": {
            "/Resident/rental-application/new": bld_public(
                co,
                "Rental Application",
                "<p>Applicants 18 and older must each complete an application. Application fee: $45.</p>"
                "<form method='post'><input name='FirstName'><input name='LastName'><button>Start application</button></form>",
            ),
        },
    },
    state="NC",
    city="Raleigh",
)

# Mixed-case host and path as Google shows them, with `utm_*` and `srsltid`; Buildium's paths are
# case-insensitive (served in every case). The site links the Resident Center: high.
co = "Marshgrass Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "marshgrasspm.com",
    "https://Marshgrass.ManageBuilding.com/Resident/Public/Rentals?utm_source=google&utm_medium=organic"
    "&srsltid=AfmBOoq3xJ7vTz2kLw9",
    "high",
    {
        "marshgrasspm.com": pm_home(
            co,
            "24 Drayton St, Savannah, GA 31401",
            a("https://marshgrass.managebuilding.com/Resident/portal/login", "Tenant Login"),
        ),
        "marshgrass.managebuilding.com": {
            **ci(
                "/Resident/Public/Rentals",
                bld_public(
                    co,
                    "Available Rentals",
                    "<ul><li>1 bd / 1 ba - $1,150</li><li>3 bd / 2 ba - $1,875</li></ul>",
                    title=f"Rentals | {co}",
                ),
            ),
            "/Resident/public/rentals": bld_public(
                co, "Available Rentals", "<ul><li>1 bd / 1 ba - $1,150</li></ul>", title=f"Rentals | {co}"
            ),
            "/Resident/portal/login": bld_login(co),
        },
    },
    state="GA",
    city="Savannah",
)

# Buildium login with a `ReturnUrl` to the one-time payment page (ASP.NET's sign-in redirect,
# copied from a payment reminder); the site names Buildium nowhere. Live, named login: medium.
co = "Ptarmigan Homes"
add(
    "live_portal",
    "Buildium",
    co,
    "ptarmiganhomes.com",
    "https://ptarmiganhomes.managebuilding.com/Resident/portal/login?ReturnUrl=%2FResident%2Fportal%2Fpayments%2Fone-time",
    "medium",
    {
        "ptarmiganhomes.com": pm_home(
            co,
            "1660 Wynkoop St, Denver, CO 80202",
            extra="<p>Tenants: pay rent online through the link in your welcome email.</p>",
        ),
        "ptarmiganhomes.managebuilding.com": {"/Resident/portal/login": bld_login(co)},
    },
    state="CO",
    city="Denver",
)

# A removed listing: the listing detail answers 404 while the same account's Resident Center,
# which the site links, is live. ambiguous: the contract calls a 404 evidence URL unverified, but
# the site's own link proves the account live; a careful team keeps the lead: high.
co = "Falls City Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "fallscityrentals.com",
    "https://fallscity.managebuilding.com/Resident/public/rentals/30177",
    "high",
    {
        "fallscityrentals.com": pm_home(
            co, "510 W Riverside Ave, Spokane, WA 99201", a("https://fallscity.managebuilding.com/Resident/portal/login")
        ),
        "fallscity.managebuilding.com": {
            "/Resident/public/rentals/30177": gone(
                bld_public(co, "Listing not found", "<p>This listing is no longer available.</p>", title=f"Not found | {co}")
            ),
            "/Resident/portal/login": bld_login(co),
        },
    },
    state="WA",
    city="Spokane",
)

# Buildium public home with a trailing slash; the site links the Resident Center login. High.
co = "Woocrest Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "woocrestmanagement.com",
    "https://woocrest.managebuilding.com/Resident/public/home/",
    "high",
    {
        "woocrestmanagement.com": pm_home(
            co,
            "88 Shrewsbury St, Worcester, MA 01604",
            a("https://woocrest.managebuilding.com/Resident/portal/login", "Pay Rent"),
        ),
        "woocrest.managebuilding.com": {
            "/Resident/public/home/": bld_public(
                co, f"Welcome to {co}", "<p>Residents and owners: sign in to pay, request maintenance and view statements.</p>"
            ),
            "/Resident/public/home": bld_public(co, f"Welcome to {co}", "<p>Residents and owners: sign in.</p>"),
            "/Resident/portal/login": bld_login(co),
        },
    },
    state="MA",
    city="Worcester",
)

# The staff sign-in of the account (`/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F`)
# copied from a job post's "log in" link: Buildium's generic sign-in page, naming no company; the
# site links the same account's Resident Center, live. ambiguous: the evidence page itself shows no
# account name; the site's link proves the account: high.
co = "Wasatch Keys Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "wasatchkeys.com",
    "https://wasatchkeys.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F",
    "high",
    {
        "wasatchkeys.com": pm_home(
            co,
            "2150 S 1300 E, Salt Lake City, UT 84106",
            a("https://wasatchkeys.managebuilding.com/Resident/portal/login", "Residents"),
        ),
        "wasatchkeys.managebuilding.com": {
            "/manager/public/authentication/login": page(f"<h1>Sign in to Buildium</h1>{form()}", title="Buildium - Sign in"),
            "/Resident/portal/login": bld_login(co),
        },
    },
    state="UT",
    city="Salt Lake City",
)

# AppFolio listing detail with `source=Website` and a `gclid`; the site embeds the account's
# `/listings` in an iframe. Live, named: high.
co = "Saguaro Gate Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "saguarogaterealty.com",
    "https://saguarogate.appfolio.com/listings/detail/6f1c2d84-93ab-4e0f-a7b1-2c55d90e1f3a?source=Website"
    "&gclid=Cj0KCQiA4fi7BhC5ARIsAEV1Yia",
    "high",
    {
        "saguarogaterealty.com": pm_home(
            co,
            "4011 E Speedway Blvd, Tucson, AZ 85712",
            extra="<iframe src='https://saguarogate.appfolio.com/listings?1712345678901' width='100%' height='900'></iframe>",
        ),
        "saguarogate.appfolio.com": {
            "/listings/detail/6f1c2d84-93ab-4e0f-a7b1-2c55d90e1f3a": af_listing(co, "2845 N Tucson Blvd, Unit 4", "$1,295"),
            "/listings": af_page(
                co, "Available Units", "<ul><li>2845 N Tucson Blvd, Unit 4 - $1,295</li></ul>", title=f"{co} - Listings"
            ),
        },
    },
    state="AZ",
    city="Tucson",
)

# AppFolio per-unit application (`listable_uid=...&source=Website`) copied from a listing site;
# the company's site has only a contact form. Live page naming the company: medium.
co = "Bayhaven Property Management"
add(
    "live_portal",
    "AppFolio",
    co,
    "bayhavenpm.com",
    "https://bayhavenpm.appfolio.com/listings/rental_applications/new?listable_uid=0b7e5c21-4d2f-4a61-9e38-d1c0f7a2b954"
    "&source=Website",
    "medium",
    {
        "bayhavenpm.com": pm_home(
            co,
            "501 E Kennedy Blvd, Suite 1400, Tampa, FL 33602",
            extra="<p>Looking for a rental? Call our leasing team at (813) 555-0172.</p>",
        ),
        "bayhavenpm.appfolio.com": {
            "/listings/rental_applications/new": af_page(
                co,
                "Rental Application",
                "<p>3318 W Azeele St - $1,725/month</p><form method='post'><input name='applicant[first_name]'>"
                "<button>Continue</button></form>",
                title=f"Rental Application | {co}",
            ),
        },
    },
    state="FL",
    city="Tampa",
)

# AppFolio owner portal (`/oportal/users/log_in`) copied from an owners' page; the site links the
# tenant portal (`/connect`) of the same account. High.
co = "Cumberland Keys Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "cumberlandkeys.com",
    "https://cumberlandkeys.appfolio.com/oportal/users/log_in",
    "high",
    {
        "cumberlandkeys.com": pm_home(
            co, "700 12th Ave S, Nashville, TN 37203", a("https://cumberlandkeys.appfolio.com/connect", "Tenant Portal")
        ),
        "cumberlandkeys.appfolio.com": {
            "/oportal/users/log_in": af_page(
                co, co, f"<h2>Owner Portal</h2>{form('user[email]')}", title="Owner Portal - Log In"
            ),
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": af_signin(co),
        },
    },
    state="TN",
    city="Nashville",
)

# AppFolio's "request access" (activation) page, copied from a welcome email the company posted
# on its FAQ as text (not a link). The page names the company: medium.
co = "Loon Lake Residential"
add(
    "live_portal",
    "AppFolio",
    co,
    "loonlakeresidential.com",
    "https://loonlakeres.appfolio.com/connect/users/request_access",
    "medium",
    {
        "loonlakeresidential.com": pm_home(
            co,
            "2901 Lyndale Ave S, Minneapolis, MN 55408",
            extra="<p>New residents: activate your online account from your invitation email.</p>",
        ),
        "loonlakeres.appfolio.com": {
            "/connect/users/request_access": af_page(
                co,
                "Request Access",
                "<p>Enter the email address on your lease to receive an activation link.</p>"
                "<form method='post'><input name='user[email]'><button>Request Access</button></form>",
                title=f"Request Access | {co}",
            ),
        },
    },
    state="MN",
    city="Minneapolis",
)

# AppFolio password reset (Devise's `/users/password/new`); the site links the sign-in. High.
co = "Fern Ridge Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "fernridgepm.com",
    "https://fernridgepm.appfolio.com/connect/users/password/new",
    "high",
    {
        "fernridgepm.com": pm_home(
            co,
            "1020 SE 7th Ave, Portland, OR 97214",
            a("https://fernridgepm.appfolio.com/connect/users/sign_in", "Resident Login"),
        ),
        "fernridgepm.appfolio.com": {
            "/connect/users/password/new": af_page(
                co,
                "Forgot your password?",
                "<form method='post'><input name='user[email]'><button>Send me reset password instructions</button></form>",
                title="Online Portal - Forgot Password",
            ),
            "/connect/users/sign_in": af_signin(co),
        },
    },
    state="OR",
    city="Portland",
)

# A removed AppFolio listing: the detail URL redirects to the account's listings, which name the
# company and list its units. The account is live; the site does not link it: medium.
co = "Circle City Leasing"
add(
    "live_portal",
    "AppFolio",
    co,
    "circlecityleasing.com",
    "https://circlecityleasing.appfolio.com/listings/detail/a91d3f07-58c2-47be-8e10-3bb6a2e9c4d1",
    "medium",
    {
        "circlecityleasing.com": pm_home(co, "320 N Meridian St, Indianapolis, IN 46204"),
        "circlecityleasing.appfolio.com": {
            "/listings/detail/a91d3f07-58c2-47be-8e10-3bb6a2e9c4d1": redirect("/listings", 302),
            "/listings": af_page(
                co,
                "Available Units",
                "<p class='flash'>The listing you requested is no longer available.</p>"
                "<ul><li>5512 E Washington St - $1,050</li></ul>",
                title=f"{co} - Listings",
            ),
        },
    },
    state="IN",
    city="Indianapolis",
)

# AppFolio `/connect?fbclid=...` (shared on Facebook); `/connect` redirects to the sign-in. The
# site links the sign-in: high.
co = "Derbytown Rentals"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "derbytownrentals.com",
    "https://derbytownrentals.appfolio.com/connect?fbclid=IwAR2kq8Lx0Tz9mNcV4pR",
    "high",
    {
        "derbytownrentals.com": pm_home(
            co,
            "1800 Frankfort Ave, Louisville, KY 40206",
            a("https://derbytownrentals.appfolio.com/connect/users/sign_in", "Pay Rent"),
        ),
        "derbytownrentals.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": af_signin(co),
        },
    },
    state="KY",
    city="Louisville",
)

# AppFolio sign-in in its Spanish locale (`?locale=es`), linked from a bilingual site's "Portal de
# Residentes": a Spanish title names no one, the heading names the company. High.
co = "Ironbound Rentals"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "ironboundrentals.com",
    "https://ironboundrentals.appfolio.com/connect/users/sign_in?locale=es",
    "high",
    {
        "ironboundrentals.com": pm_home(
            co,
            "95 Ferry St, Newark, NJ 07105",
            a("https://ironboundrentals.appfolio.com/connect/users/sign_in?locale=es", "Portal de Residentes")
            + a("https://ironboundrentals.appfolio.com/connect/users/sign_in", "Resident Portal"),
            extra="<p>Hablamos español. Administración de propiedades residenciales.</p>",
        ),
        "ironboundrentals.appfolio.com": {
            "/connect/users/sign_in?locale=es": af_page(
                co,
                co,
                "<form method='post'><label>Correo electrónico</label><input name='user[email]'>"
                "<label>Contraseña</label><input type='password' name='user[password]'><button>Iniciar sesión</button></form>",
                title="Portal en línea - Iniciar sesión",
                lang="es",
            ),
            "/connect/users/sign_in": af_signin(co),
        },
    },
    state="NJ",
    city="Newark",
)

# Rent Manager `ApplyNow?propertyID=&locations=` (the apply button sites carry); the site links the
# account's web access root, which redirects to `/Login?ReturnUrl=%2f`. High.
co = "Lakeshore Rental Co."
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "lakeshorerentalco.com",
    "https://lakeshorerent.twa.rentmanager.com/ApplyNow?propertyID=33&locations=1",
    "high",
    {
        "lakeshorerentalco.com": pm_home(
            co,
            "160 Monroe Center St NW, Grand Rapids, MI 49503",
            a("https://lakeshorerent.twa.rentmanager.com/", "Tenant Web Access"),
        ),
        "lakeshorerent.twa.rentmanager.com": {
            "/ApplyNow": page(
                f"<h1>{co}</h1><h2>Apply Now</h2><p>Select a property to begin your application.</p>"
                "<select name='property'><option>Fulton Street Flats</option></select>"
                "<footer>Rent Manager</footer>",
                title=f"Apply Now - {co}",
            ),
            "/": redirect("/Login?ReturnUrl=%2f"),
            "/Login": page(f"<h1>Welcome to {co} Resident Web Access</h1>{form('txtUserName')}", title="Resident Web Access"),
        },
    },
    state="MI",
    city="Grand Rapids",
)

# Rent Manager login with a `ReturnUrl` (copied from a payment link); the site does not link it. Medium.
co = "Allegro Vest Properties"
add(
    "live_portal",
    "Rent Manager",
    co,
    "allegrovest.com",
    "https://allegrovest.twa.rentmanager.com/Login?ReturnUrl=%2fPayments%2fOneTime",
    "medium",
    {
        "allegrovest.com": pm_home(co, "2 Gateway Center, Pittsburgh, PA 15222"),
        "allegrovest.twa.rentmanager.com": {
            "/Login": page(f"<h1>Welcome to {co} Resident Web Access</h1>{form('txtUserName')}", title="Resident Web Access"),
        },
    },
    state="PA",
    city="Pittsburgh",
)

# Propertyware tenant portal on the account's own sub-domain (`/pw/portals/<acct>/tenant.action`);
# the site links the owner action of the same account. High.
co = "Vulcan Ridge Realty"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "vulcanridgerealty.com",
    "https://vulcanridge.propertyware.com/pw/portals/vulcanridge/tenant.action",
    "high",
    {
        "vulcanridgerealty.com": pm_home(
            co,
            "2100 1st Ave N, Birmingham, AL 35203",
            a("https://vulcanridge.propertyware.com/pw/portals/vulcanridge/owner.action", "Owner Login"),
        ),
        "vulcanridge.propertyware.com": {
            "/pw/portals/vulcanridge/tenant.action": page(
                f"<h1>{co}</h1><h2>Tenant Portal Login</h2>{form('email')}<footer>Propertyware</footer>",
                title=f"{co} - Tenant Portal",
            ),
            "/pw/portals/vulcanridge/owner.action": page(
                f"<h1>{co}</h1><h2>Owner Portal Login</h2>{form('email')}<footer>Propertyware</footer>",
                title=f"{co} - Owner Portal",
            ),
        },
    },
    state="AL",
    city="Birmingham",
)

# Rentvine `public/apply?unitID=` copied from a listing; the site links the resident portal. High.
co = "Upstate Hearth Property Management"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "upstatehearth.com",
    "https://upstatehearth.rentvine.com/public/apply?unitID=38",
    "high",
    {
        "upstatehearth.com": pm_home(
            co, "101 N Main St, Greenville, SC 29601", a("https://upstatehearth.rentvine.com/portals/resident/")
        ),
        "upstatehearth.rentvine.com": {
            "/public/apply": spa(f"{co} | Apply"),
            "/portals/resident/": spa(f"{co} | Resident Portal"),
        },
    },
    state="SC",
    city="Greenville",
)

# Rentvine public listing with a trailing slash; the Texas site does not link it. Medium.
co = "Alamo Heights Residential"
add(
    "live_portal",
    "Rentvine",
    co,
    "alamoheightsresidential.com",
    "https://alamoheightsres.rentvine.com/public/listings/29/",
    "medium",
    {
        "alamoheightsresidential.com": pm_home(co, "5150 Broadway St, San Antonio, TX 78209"),
        "alamoheightsres.rentvine.com": {
            "/public/listings/29/": spa(f"{co} | Listings"),
            "/public/listings/29": spa(f"{co} | Listings"),
        },
    },
    state="TX",
    city="San Antonio",
)

# DoorLoop application link (`tenant-portal/rental-applications/listing?source=CompanyLink`) on a
# named account; the site links the account's login. High.
co = "Magnolia Bend Properties"
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "magnoliabendproperties.com",
    "https://magnoliabend.app.doorloop.com/tenant-portal/rental-applications/listing?source=CompanyLink",
    "high",
    {
        "magnoliabendproperties.com": pm_home(
            co, "200 S Lamar St, Jackson, MS 39201", a("https://magnoliabend.app.doorloop.com/auth/login", "Tenant Login")
        ),
        "magnoliabend.app.doorloop.com": {
            "/tenant-portal/rental-applications/listing": spa(f"{co} - Rental Application"),
            "/auth/login": spa(f"{co} - Tenant Portal"),
        },
    },
    state="MS",
    city="Jackson",
)

# DoorLoop on a numeric account (`<8 digits>.app.doorloop.com` with `companyId=`), whose shell is
# titled only "Tenant Portal"; the site links the same URL. ambiguous: the page names no company,
# but the site's own link vouches for it (nothing names anyone else): high.
co = "Silver State Home Rentals"
url = (
    "https://58214093.app.doorloop.com/tenant-portal/rental-applications/listing?companyId=6650f1a2c4e8b9d013a7f2e1"
    "&source=CompanyLink"
)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "silverstatehomerentals.com",
    url,
    "high",
    {
        "silverstatehomerentals.com": pm_home(
            co, "6385 S Rainbow Blvd, Suite 200, Las Vegas, NV 89118", a(url.replace("&", "&amp;"), "Apply Online")
        ),
        "58214093.app.doorloop.com": {"/tenant-portal/rental-applications/listing": spa("Tenant Portal")},
    },
    state="NV",
    city="Las Vegas",
)

# TenantCloud listing detail (`/listing/<id>`) on the account's sub-domain, unlinked. Medium.
co = "Tulsa Terrace Rentals"
add(
    "live_portal",
    "TenantCloud",
    co,
    "tulsaterracerentals.com",
    "https://tulsaterrace.tenantcloud.com/listing/596156",
    "medium",
    {
        "tulsaterracerentals.com": pm_home(co, "1602 S Boston Ave, Tulsa, OK 74119"),
        "tulsaterrace.tenantcloud.com": {
            "/listing/596156": page(
                f"<header><h2>{co}</h2></header><h1>1319 E 15th St - $1,100/mo</h1>"
                "<p>2 bedrooms, 1 bath. Apply online.</p><footer>Powered by TenantCloud</footer>",
                title=f"1319 E 15th St | {co}",
            ),
        },
    },
    state="OK",
    city="Tulsa",
)

# TenantCloud `/listings/<id>` with a `utm_source`; the site links the account's listings page. High.
co = "Prairie Wind Rentals"
add(
    "site_links_portal",
    "TenantCloud",
    co,
    "prairiewindrentals.com",
    "https://prairiewindrentals.tenantcloud.com/listings/204968?utm_source=facebook&utm_medium=social",
    "high",
    {
        "prairiewindrentals.com": pm_home(
            co, "125 N Market St, Wichita, KS 67202", a("https://prairiewindrentals.tenantcloud.com/", "View Rentals & Apply")
        ),
        "prairiewindrentals.tenantcloud.com": {
            "/listings/204968": page(f"<h2>{co}</h2><h1>3 bd house on N Roosevelt</h1><p>$1,350/mo</p>", title=f"{co} - Listing"),
            "/": page(f"<h1>{co}</h1><h2>Available Rentals</h2><ul><li>N Roosevelt - $1,350</li></ul>", title=f"{co} - Rentals"),
        },
    },
    state="KS",
    city="Wichita",
)

# Yardi securecafe `oleapplication.aspx?stepname=Apartments&myOlePropertyId=` answering (here) with
# its Online Leasing page; the site links the community's resident services login. High.
co = "Lakeview Courts Management"
add(
    "site_links_portal",
    "Yardi",
    co,
    "lakeviewcourtsmgmt.com",
    "https://lakeviewcourts.securecafe.com/onlineleasing/lakeview-courts/oleapplication.aspx?stepname=Apartments"
    "&myOlePropertyId=221134",
    "high",
    {
        "lakeviewcourtsmgmt.com": pm_home(
            co,
            "3150 N Sheridan Rd, Chicago, IL 60657",
            a("https://lakeviewcourts.securecafe.com/residentservices/lakeview-courts/userlogin.aspx", "Resident Login"),
            extra="<p>Lakeview Courts: studio, one- and two-bedroom apartments.</p>",
        ),
        "lakeviewcourts.securecafe.com": {
            "/onlineleasing/lakeview-courts/oleapplication.aspx": page(
                "<h1>Lakeview Courts</h1><h2>Online Leasing</h2><p>Available Units</p><table><tr><td>Unit 402</td>"
                "<td>$1,640</td></tr></table><footer>RENTCafe</footer>",
                title="Lakeview Courts - Online Leasing",
            ),
            "/residentservices/lakeview-courts/userlogin.aspx": page(
                f"<h1>Lakeview Courts Resident Login</h1>{form('Username')}<footer>RENTCafe</footer>",
                title="Resident Services - Login",
            ),
        },
    },
    state="IL",
    city="Chicago",
)

# Yardi Breeze owner login on a numeric account (`/owner/content/login#/appaccess/login`: the
# fragment is not sent); the page shows the company's name; the site links it. High.
co = "James River Home Management"
url = "https://100118342.breeze.cafe/owner/content/login#/appaccess/login"
add(
    "site_links_portal",
    "Yardi",
    co,
    "jamesriverhm.com",
    url,
    "high",
    {
        "jamesriverhm.com": pm_home(co, "1 E Cary St, Richmond, VA 23219", a(url, "Owner Login")),
        "100118342.breeze.cafe": {
            "/owner/content/login": page(
                f"<div id='app'><h1>{co}</h1><h2>Owner Portal</h2>{form('username')}</div><footer>Yardi Breeze</footer>",
                title="Owner Portal - Login",
            ),
        },
    },
    state="VA",
    city="Richmond",
)

# Entrata resident portal login (`resident_portal/?module=authentication&action=view_login`), named
# for the community; the operator's site links it. High.
co = "Wexford Residential"
url = "https://wexfordcommons.residentportal.com/resident_portal/?module=authentication&action=view_login"
add(
    "site_links_portal",
    "Entrata",
    co,
    "wexfordresidential.com",
    url,
    "high",
    {
        "wexfordresidential.com": pm_home(
            co,
            "4521 Sharon Rd, Charlotte, NC 28211",
            a(url.replace("&", "&amp;")),
            extra="<p>Our community: Wexford Commons apartments in SouthPark.</p>",
        ),
        "wexfordcommons.residentportal.com": {
            "/resident_portal/": page(
                f"<h1>Wexford Commons Resident Portal</h1>{form('username')}", title="Resident Portal | Login"
            ),
        },
    },
    state="NC",
    city="Charlotte",
)

# ResMan applicant availability (`Portal/Applicants/Availability?a=&p=<guid>&moveInDate=`), the
# community's page; the operator's site does not link it, but names the community. Medium.
co = "Smoky Ridge Living"
add(
    "live_portal",
    "ResMan",
    co,
    "smokyridgeliving.com",
    "https://smokyridgeliving.myresman.com/Portal/Applicants/Availability?a=1526&p=fbe7867d-b879-4f81-9fc4-527465e08a4e"
    "&moveInDate=5/21/2026",
    "medium",
    {
        "smokyridgeliving.com": pm_home(
            co,
            "1400 Cumberland Ave, Knoxville, TN 37916",
            extra="<p>Apartment homes at Smoky Ridge: leasing office open daily.</p>",
        ),
        "smokyridgeliving.myresman.com": {
            "/Portal/Applicants/Availability": page(
                "<h1>Smoky Ridge Apartments</h1><h2>Available Units</h2>"
                "<table><tr><td>B-204</td><td>2 bd</td><td>$1,215</td></tr></table>",
                title="Smoky Ridge Apartments - Availability",
            ),
        },
    },
    state="TN",
    city="Knoxville",
)

# Rentec Direct account listings on the account's sub-domain (trailing slash); the site links it. High.
co = "Yellowstone Rentals"
add(
    "site_links_portal",
    "Rentec Direct",
    co,
    "yellowstonerentalsmt.com",
    "https://yellowstonerent.rentecdirect.com/listings/",
    "high",
    {
        "yellowstonerentalsmt.com": pm_home(
            co,
            "2910 1st Ave N, Billings, MT 59101",
            a("https://yellowstonerent.rentecdirect.com/listings/", "Rentals & Applications"),
        ),
        "yellowstonerent.rentecdirect.com": {
            "/listings/": page(
                f"<h1>{co}</h1><h2>Available Rentals</h2><ul><li>Grand Ave duplex - $995</li></ul>"
                "<footer>Property management software by Rentec Direct</footer>",
                title=f"{co} - Rentals",
            ),
        },
    },
    state="MT",
    city="Billings",
)

# RealPage online leasing (`<id>.onlineleasing.realpage.com/#k=57427`: the fragment is not sent),
# the community's leasing shell; the operator's site links it. High.
co = "Pacific Calder Communities"
url = "https://9147851.onlineleasing.realpage.com/#k=57427"
add(
    "site_links_portal",
    "RealPage",
    co,
    "pacificcalder.com",
    url,
    "high",
    {
        "pacificcalder.com": pm_home(
            co,
            "1620 Fifth Ave, San Diego, CA 92101",
            a(url, "Lease Now"),
            extra="<p>Home of The Calder apartments in Bankers Hill.</p>",
        ),
        "9147851.onlineleasing.realpage.com": {
            "/": page(
                "<div id='root'><h1>The Calder</h1><h2>Online Leasing</h2><p>Available Units</p></div>",
                title="The Calder - Online Leasing",
            ),
        },
    },
    state="CA",
    city="San Diego",
)

# RealPage ActiveBuilding payment link from an email (`/portal/payments/external?utm_*`) redirects
# to the community's login; the operator's site names the community but does not link it. Medium.
co = "Fells Landing Residential"
add(
    "live_portal",
    "RealPage",
    co,
    "fellslandingresidential.com",
    "https://harborpointlofts.activebuilding.com/portal/payments/external?utm_source=Payments&utm_medium=email"
    "&utm_campaign=payments-email",
    "medium",
    {
        "fellslandingresidential.com": pm_home(
            co, "1500 Thames St, Baltimore, MD 21231", extra="<p>We own and manage Harbor Point Lofts in Fells Point.</p>"
        ),
        "harborpointlofts.activebuilding.com": {
            "/portal/payments/external": redirect("/login?redirect=%2Fportal%2Fpayments%2Fexternal"),
            "/login": page(
                f"<h1>Harbor Point Lofts Resident Portal</h1>{form('username')}<footer>RealPage</footer>",
                title="ActiveBuilding - Log In",
            ),
        },
    },
    state="MD",
    city="Baltimore",
)

# A Rent Manager `applynow` link in lower case (as Rent Manager's help writes it), the site linking
# the same link. High.
co = "Gateway Flats Leasing"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "gatewayflatsleasing.com",
    "https://gatewayflats.twa.rentmanager.com/applynow",
    "high",
    {
        "gatewayflatsleasing.com": pm_home(
            co, "1111 Washington Ave, St. Louis, MO 63101", a("https://gatewayflats.twa.rentmanager.com/applynow", "Apply Now")
        ),
        "gatewayflats.twa.rentmanager.com": {
            "/applynow": page(
                f"<h1>{co}</h1><h2>Apply Now</h2><p>Available Units: Washington Ave lofts.</p><footer>Rent Manager</footer>",
                title=f"Apply Now - {co}",
            ),
        },
    },
    state="MO",
    city="St. Louis",
)

# A Buildium listing detail whose title is only the street address, the company in the logo's alt
# text and footer; unlinked. Medium (an address names no company).
co = "Hawkeye Hearth Rentals"
add(
    "live_portal",
    "Buildium",
    co,
    "hawkeyehearth.com",
    "https://hawkeyehearth.managebuilding.com/Resident/public/rentals/51102?hidenav=true",
    "medium",
    {
        "hawkeyehearth.com": pm_home(co, "309 E Washington St, Iowa City, IA 52240"),
        "hawkeyehearth.managebuilding.com": {
            "/Resident/public/rentals/51102": bld_public(
                co,
                "918 E Burlington St, Iowa City, IA 52240",
                "<p>$1,480/month &middot; 3 bd</p>",
                title="918 E Burlington St, Iowa City, IA 52240",
            ),
        },
    },
    state="IA",
    city="Iowa City",
)


# === rejections in the same shapes ==============================================================

# A Buildium listing detail on an account that is gone: Buildium's "account could not be found"
# page (200). The site is live and links nothing: evidence_unverified.
co = "Cuyahoga Lets"
add(
    "no_account",
    "Buildium",
    co,
    "cuyahogalets.com",
    "https://cuyahogalets.managebuilding.com/Resident/public/rentals/22817?hidenav=true",
    "evidence_unverified",
    {
        "cuyahogalets.com": pm_home(co, "1422 Euclid Ave, Cleveland, OH 44115"),
        "cuyahogalets.managebuilding.com": {
            "/Resident/public/rentals/22817": page(
                "<h2>We're sorry, the account could not be found.</h2><p>Please check the address and try again.</p>",
                title="Buildium",
            ),
        },
    },
    state="OH",
    city="Cleveland",
)

# A Buildium listing on a retired account: the detail redirects to Buildium's home page. evidence_unverified.
co = "Quarry Lane Property Management"
add(
    "no_account",
    "Buildium",
    co,
    "quarrylanepm.com",
    "https://quarrylane.managebuilding.com/Resident/public/rentals/19931",
    "evidence_unverified",
    {
        "quarrylanepm.com": pm_home(co, "44 Main St, Montpelier, VT 05602"),
        "quarrylane.managebuilding.com": {"/Resident/public/rentals/19931": redirect("https://www.buildium.com/", 302)},
    },
    state="VT",
    city="Montpelier",
)

# An AppFolio listing detail on an account that no longer exists: the vendor sends the unknown
# sub-domain to its home page. evidence_unverified.
co = "Desert Vista Property Management"
add(
    "no_account",
    "AppFolio",
    co,
    "desertvistapropertymgmt.com",
    "https://desertvistapm.appfolio.com/listings/detail/3c0e8b15-7d21-4f4e-b2a9-61f07c3de8a5?source=Website",
    "evidence_unverified",
    {
        "desertvistapropertymgmt.com": pm_home(co, "2390 E Camelback Rd, Phoenix, AZ 85016"),
        "desertvistapm.appfolio.com": {"*": redirect("https://www.appfolio.com/", 301)},
    },
    state="AZ",
    city="Phoenix",
)

# A Rent Manager `ApplyNow` link into another company's account (an agent's mix-up from a search
# result): the page is live and names "Eastpointe Residential Services". evidence_unverified.
co = "Woodward Avenue Rentals"
add(
    "no_account",
    "Rent Manager",
    co,
    "woodwardavenuerentals.com",
    "https://eastpointeres.twa.rentmanager.com/ApplyNow?locations=2",
    "evidence_unverified",
    {
        "woodwardavenuerentals.com": pm_home(co, "4160 Woodward Ave, Detroit, MI 48201"),
        "eastpointeres.twa.rentmanager.com": {
            "/ApplyNow": page(
                "<h1>Eastpointe Residential Services</h1><h2>Apply Now</h2><footer>Rent Manager</footer>",
                title="Apply Now - Eastpointe Residential Services",
            ),
        },
    },
    state="MI",
    city="Detroit",
)

# An AppFolio listing detail in another company's account, live and named "Atlantic Beach Realty
# Partners"; the candidate's site links nothing. evidence_unverified.
co = "St. Johns Bluff Rentals"
add(
    "no_account",
    "AppFolio",
    co,
    "stjohnsbluffrentals.com",
    "https://atlanticbeachrp.appfolio.com/listings/detail/d2b4f8a0-11c3-4e6b-9f7d-83a5c0e2b917",
    "evidence_unverified",
    {
        "stjohnsbluffrentals.com": pm_home(co, "9965 San Jose Blvd, Jacksonville, FL 32257"),
        "atlanticbeachrp.appfolio.com": {
            "/listings/detail/d2b4f8a0-11c3-4e6b-9f7d-83a5c0e2b917": af_listing(
                "Atlantic Beach Realty Partners", "402 Ocean Blvd, Atlantic Beach, FL 32233", "$2,250"
            ),
        },
    },
    state="FL",
    city="Jacksonville",
)

# Buildium's rentals page of a live account saying "This resident site is no longer available".
co = "Schuylkill Row Management"
add(
    "stale_portal",
    "Buildium",
    co,
    "schuylkillrow.com",
    "https://schuylkillrow.managebuilding.com/Resident/public/rentals?utm_source=bing",
    "evidence_unverified",
    {
        "schuylkillrow.com": pm_home(co, "2301 Walnut St, Philadelphia, PA 19103"),
        "schuylkillrow.managebuilding.com": {
            "/Resident/public/rentals": bld_public(
                co,
                "Rentals",
                "<p class='alert'>This resident site is no longer available. Please contact your property manager.</p>",
            ),
        },
    },
    state="PA",
    city="Philadelphia",
)

# AppFolio owner portal with a hand-over banner above the login form. evidence_unverified.
co = "Capitol Oak Property Management"
add(
    "stale_portal",
    "AppFolio",
    co,
    "capitoloakpm.com",
    "https://capitoloakpm.appfolio.com/oportal/users/log_in",
    "evidence_unverified",
    {
        "capitoloakpm.com": pm_home(co, "1017 L St, Sacramento, CA 95814"),
        "capitoloakpm.appfolio.com": {
            "/oportal/users/log_in": af_page(
                co,
                co,
                "<div class='notice'>Capitol Oak Property Management no longer manages your home. As of "
                "October 1, 2025 your property is managed by Delta Crest Realty; please contact them.</div>"
                + form("user[email]"),
                title="Owner Portal - Log In",
            ),
        },
    },
    state="CA",
    city="Sacramento",
)

# Propertyware tenant portal that "will be retired on" a date, above its login. evidence_unverified.
co = "Hudson Stoneworks Realty"
add(
    "stale_portal",
    "Propertyware",
    co,
    "hudsonstoneworks.com",
    "https://hudsonstone.propertyware.com/pw/portals/hudsonstone/tenant.action",
    "evidence_unverified",
    {
        "hudsonstoneworks.com": pm_home(co, "74 State St, Albany, NY 12207"),
        "hudsonstone.propertyware.com": {
            "/pw/portals/hudsonstone/tenant.action": page(
                f"<h1>{co}</h1><p class='banner'>This tenant portal will be retired on January 31, 2026.</p>"
                f"<h2>Tenant Portal Login</h2>{form('email')}",
                title=f"{co} - Tenant Portal",
            ),
        },
    },
    state="NY",
    city="Albany",
)

# A Rentvine sandbox account's listing, copied from a vendor tutorial. evidence_unverified.
co = "Riverbend Leasing Group"
add(
    "stale_portal",
    "Rentvine",
    co,
    "riverbendleasinggroup.com",
    "https://sandboxdemo-riverbend.rentvine.com/public/listings",
    "evidence_unverified",
    {
        "riverbendleasinggroup.com": pm_home(co, "111 E Capitol Ave, Little Rock, AR 72201"),
        "sandboxdemo-riverbend.rentvine.com": {"/public/listings": spa("Rentvine Demo Company (Sandbox) | Listings")},
    },
    state="AR",
    city="Little Rock",
)

# Buildium's help article on one-time payments (vendor-wide), the site proving no PMS. no_pms_evidence.
co = "Westport Crossing Rentals"
add(
    "vendor_wide",
    "Buildium",
    co,
    "westportcrossingrentals.com",
    "https://www.buildium.com/blog/how-residents-make-one-time-payments/?utm_source=google",
    "no_pms_evidence",
    {
        "westportcrossingrentals.com": pm_home(co, "4050 Pennsylvania Ave, Kansas City, MO 64111"),
        "www.buildium.com": {
            "/blog/how-residents-make-one-time-payments/": page(
                "<h1>How residents make one-time payments</h1><p>Buildium blog</p>", title="Buildium"
            )
        },
    },
    state="MO",
    city="Kansas City",
)

# DoorLoop's own sign-up page with `utm_*` (vendor-wide). no_pms_evidence.
co = "Sierra Skyline Rentals"
add(
    "vendor_wide",
    "DoorLoop",
    co,
    "sierraskylinerentals.com",
    "https://www.doorloop.com/signup?utm_source=capterra&utm_medium=referral",
    "no_pms_evidence",
    {
        "sierraskylinerentals.com": pm_home(co, "50 W Liberty St, Reno, NV 89501"),
        "www.doorloop.com": {"/signup": page("<h1>Start your free trial</h1>", title="Sign Up | DoorLoop")},
    },
    state="NV",
    city="Reno",
)

# AppFolio's help center article on the tenant portal (vendor-wide). no_pms_evidence.
co = "Elliott Bay Homes Management"
add(
    "vendor_wide",
    "AppFolio",
    co,
    "elliottbayhomes.com",
    "https://help.appfolio.com/s/article/How-do-I-reset-my-Online-Portal-password",
    "no_pms_evidence",
    {
        "elliottbayhomes.com": pm_home(co, "1501 4th Ave, Seattle, WA 98101"),
        "help.appfolio.com": {
            "/s/article/How-do-I-reset-my-Online-Portal-password": page(
                "<h1>How do I reset my Online Portal password?</h1>", title="AppFolio Help Center"
            )
        },
    },
    state="WA",
    city="Seattle",
)

# An AppFolio listing photo on the vendor's image CDN (an asset, even with the account in its path). no_pms_evidence.
co = "Willamette Crest Properties"
add(
    "asset",
    "AppFolio",
    co,
    "willamettecrest.com",
    "https://images.cdn.appfolio.com/willamettecrest/images/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/large.jpg",
    "no_pms_evidence",
    {
        "willamettecrest.com": pm_home(co, "975 Oak St, Eugene, OR 97401"),
        "images.cdn.appfolio.com": {
            "/willamettecrest/images/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/large.jpg": Reply(
                200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", {"Cache-Control": "max-age=31536000"}, content_type="image/jpeg"
            )
        },
    },
    state="OR",
    city="Eugene",
)

# Entrata's shared CDN image (`commoncf.entrata.com`), an asset. no_pms_evidence.
co = "Bluegrass Commons Management"
add(
    "asset",
    "Entrata",
    co,
    "bluegrasscommons.com",
    "https://commoncf.entrata.com/images/65/1/4/9/2/8/3/bluegrass-commons-pool.jpg?width=1200&mode=crop",
    "no_pms_evidence",
    {
        "bluegrasscommons.com": pm_home(co, "301 E Main St, Lexington, KY 40507"),
        "commoncf.entrata.com": {
            "/images/65/1/4/9/2/8/3/bluegrass-commons-pool.jpg": Reply(
                200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", content_type="image/jpeg"
            )
        },
    },
    state="KY",
    city="Lexington",
)

# Buildium asked for; the evidence is a live AppFolio listing detail in the company's name and the
# site links AppFolio. pms_mismatch.
co = "Augusta Hearth Realty"
add(
    "other_pms",
    "Buildium",
    co,
    "augustahearth.com",
    "https://augustahearth.appfolio.com/listings/detail/77e0a3f9-2c41-4d8b-a5e6-0f9b1c3d2e84",
    "pms_mismatch",
    {
        "augustahearth.com": pm_home(
            co, "1001 Broad St, Augusta, GA 30901", a("https://augustahearth.appfolio.com/connect/users/sign_in")
        ),
        "augustahearth.appfolio.com": {
            "/listings/detail/77e0a3f9-2c41-4d8b-a5e6-0f9b1c3d2e84": af_listing(co, "2250 Walton Way", "$1,240"),
            "/connect/users/sign_in": af_signin(co),
        },
    },
    state="GA",
    city="Augusta",
)

# Rentvine asked for: the Rentvine apply link answers 404 (no such account), and the site links a
# DoorLoop account's tenant portal instead (it moved). pms_mismatch.
co = "Queen City Doorways"
add(
    "other_pms",
    "Rentvine",
    co,
    "queencitydoorways.com",
    "https://queencitydoorways.rentvine.com/public/apply?unitID=112",
    "pms_mismatch",
    {
        "queencitydoorways.com": pm_home(
            co, "625 Walnut St, Cincinnati, OH 45202", a("https://queencitydoorways.app.doorloop.com/auth/login", "Tenant Portal")
        ),
        "queencitydoorways.rentvine.com": {"*": not_found("Page not found")},
        "queencitydoorways.app.doorloop.com": {"/auth/login": spa("Queen City Doorways - Tenant Portal")},
    },
    state="OH",
    city="Cincinnati",
)

# The company's own rentals page with an `fbclid`, given as the evidence; the site links no
# portal (TenantCloud asked for). no_pms_evidence.
co = "Rock City Leasing"
home_ = pm_home(co, "400 President Clinton Ave, Little Rock, AR 72201")
home_["/rentals/"] = page(f"<h1>Available Rentals</h1><p>Call {co} at (501) 555-0114 to tour.</p>", title="Rentals")
add(
    "no_portal",
    "TenantCloud",
    co,
    "rockcityleasing.com",
    "https://rockcityleasing.com/rentals/?fbclid=IwAR0pQ7vXs",
    "no_pms_evidence",
    {"rockcityleasing.com": home_},
    state="AR",
    city="Little Rock",
)

# A live Buildium listing in the company's name, but the company's domain is parked. dead_domain.
co = "Raccoon River Rentals"
add(
    "parked",
    "Buildium",
    co,
    "raccoonriverrentals.com",
    "https://raccoonriver.managebuilding.com/Resident/public/rentals/60412?hidenav=true",
    "dead_domain",
    {
        "raccoonriverrentals.com": {"/": parked_page("raccoonriverrentals.com")},
        "raccoonriver.managebuilding.com": {"/Resident/public/rentals/60412": bld_listing(co, "3510 Ingersoll Ave", "$1,160")},
    },
    state="IA",
    city="Des Moines",
)

# A live AppFolio application page in the company's name; the domain does not exist. dead_domain.
co = "Brew City Residential"
add(
    "dead_domain",
    "AppFolio",
    co,
    "brewcityresidential.com",
    "https://brewcityres.appfolio.com/listings/rental_applications/new?listable_uid=5d2e9a17-b3c8-4f06-8e41-c7a9d0f3b218"
    "&source=Website",
    "dead_domain",
    {
        "brewcityres.appfolio.com": {
            "/listings/rental_applications/new": af_page(
                co, "Rental Application", "<form method='post'><input name='applicant[first_name]'></form>"
            )
        },
    },
    unresolvable=("brewcityresidential.com", "www.brewcityresidential.com"),
    state="WI",
    city="Milwaukee",
)

# A live Rent Manager login in the company's name; the company's site answers 404 everywhere. dead_domain.
co = "Crescent Gallery Properties"
add(
    "dead_domain",
    "Rent Manager",
    co,
    "crescentgalleryproperties.com",
    "https://crescentgallery.twa.rentmanager.com/Login?ReturnUrl=%2f",
    "dead_domain",
    {
        "crescentgalleryproperties.com": {"*": not_found(), "/": not_found()},
        "crescentgallery.twa.rentmanager.com": {
            "/Login": page(f"<h1>Welcome to {co} Resident Web Access</h1>{form('txtUserName')}", title="Resident Web Access"),
        },
    },
    state="LA",
    city="New Orleans",
)

# A Yardi resident login with RENTCafe's tracking parameters, behind a Cloudflare challenge; the
# site links it. unverifiable.
co = "Prospect Heights Residential"
url = (
    "https://prospectheightsres.securecafe.com/residentservices/prospect-heights/userlogin.aspx"
    "?_yTrackUser=MzQxNTYwNjAxNSMy&_yTrackVisit=NzE4MjM0OTEy"
)
add(
    "bot_wall",
    "Yardi",
    co,
    "prospectheightsresidential.com",
    url,
    "unverifiable",
    {
        "prospectheightsresidential.com": pm_home(
            co, "580 Flatbush Ave, Brooklyn, NY 11225", a(url.replace("&", "&amp;"), "Resident Portal")
        ),
        "prospectheightsres.securecafe.com": {"*": cf_challenge()},
    },
    state="NY",
    city="Brooklyn",
)

# An Entrata application link carrying Google Analytics' `_ga` parameter, behind a managed
# challenge; the site does not link it. unverifiable.
co = "Bayou Commons Living"
add(
    "bot_wall",
    "Entrata",
    co,
    "bayoucommonsliving.com",
    "https://bayoucommons.prospectportal.com/Apartments/module/application_authentication/"
    "?_ga=2.250831814.1585158328.1588776830-1793033216.1588776830",
    "unverifiable",
    {
        "bayoucommonsliving.com": pm_home(
            co,
            "2800 Post Oak Blvd, Houston, TX 77056",
            extra="<p>Bayou Commons apartments: now leasing one- and two-bedroom homes.</p>",
        ),
        "bayoucommons.prospectportal.com": {"*": cf_challenge()},
    },
    state="TX",
    city="Houston",
)

HOLDOUT28 = collector.cases
