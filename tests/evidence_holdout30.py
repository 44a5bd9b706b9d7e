# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirtieth blind corpus: where the company really is, in the hard shapes of US geography.

Focus: property managers whose homepage and portal show addresses and place names that could
confuse a check of the state, and twins that really are in another state. Border metros
(Texarkana, Kansas City, the Quad Cities, Cincinnati and Northern Kentucky, Memphis and
Southaven, El Paso with Las Cruces and Ciudad Juarez, Portland and Vancouver, Charlotte and York
County SC, the DC area, Philadelphia and Cherry Hill, New York and Hoboken/Jersey City, Omaha and
Council Bluffs, St. Louis and the Metro East, Augusta, Bristol, Duluth and Superior, Lake Tahoe,
Sioux City); towns named like states (Virginia MN, Nevada MO, Florida NY, California MD, Delaware
OH, Indiana PA, Michigan City IN, Maryland Heights MO, Wyoming MI, Texas Township MI); company
names holding another state's name ("Colorado Street", "Carolina", "Virginia Park"); street names
("Florida Ave NW", "Virginia Ave SE"); codes that are also words written in capitals ("APPLY
ONLINE OR CALL", "LOG IN", "PROPERTY CO.", Spanish "DE"); ZIP+4, "Ste", P.O. boxes; another
state's licence board beside the home one; multi-state firms and firms serving the asked state
from across the line.

Mix (55 cases): 31 real leads in the asked state (27 `high`: the homepage links the portal; 4
`medium`: only the evidence URL, a live account portal in the company's name, which the homepage
does not link), 18 `wrong_state` (the company is in another state, its live portal linked), and
6 everyday other rejections (a same-named account whose addresses are all across the river, a
parked domain, another PMS linked, a Yardi wall, an account that is not found, a retired portal).
28 asked states, 10 vendors of the contract's table.

Classes: `site_links_portal` (high) and `live_portal` (medium) for the real leads; for the
`wrong_state` rejections `no_portal`: ambiguous: no class of CLASSES is about where a company is
(the classes name what the evidence is, and here the evidence is a live portal of a real company);
`no_portal` is used as "no portal of a company in the asked state"; `no_account` (the brief said
not to use it for these) and `dead_domain` (the site is alive) fit worse. The other rejections use
the class of what their evidence is: `no_account`, `parked`, `other_pms`, `bot_wall`,
`stale_portal`.

How the labels were decided: by docs/live-checks.md, written without reading or running the
checks. The state rule read: a homepage whose addresses (state code and ZIP, in its text or in
schema.org) are all in other states and which never names the asked state (name, code, letterhead
abbreviation, licence board, nickname such as NOVA or NKY; a code that is also a word only after a
comma), nor the candidate's city outside another state's address, is `wrong_state`; a state's name
inside another place's name (Kansas City, Lake Michigan, Michigan City, New York City, Texas
Township, Maryland Heights) names no state, and neither does the town of an address elsewhere
(Virginia, MN; Nevada, MO) when it is the candidate's city. So a firm across the line that writes
the asked state's name ("licensed in Arkansas and Texas") or the candidate's city ("rowhomes across
Philadelphia") is labelled a lead, as the contract says (a careful sales team would also want a
firm that manages homes in that state). An unlinked portal whose addresses are all in a state the
homepage never names is another, same-named firm's: `evidence_unverified`. Every page is our own
short HTML after the shapes of real sites and vendor portals; all names, domains, accounts,
addresses and phone numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Collector, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout30-")
add = collector.add

ROBOTS = Reply(200, "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n", content_type="text/plain")


# --- the company's homepage ------------------------------------------------------------------


def hp(
    co: str,
    body: str,
    *,
    footer: str,
    links: tuple[tuple[str, str], ...] = (),
    title: str | None = None,
    head: str = "",
    lang: str = "en-US",
    copyright_line: bool = True,
) -> dict[str, Reply]:
    """A property manager's homepage: a menu (with the portal links given), a body, a footer
    holding the office address(es)."""
    menu = "".join(f"<li><a class='menu-link' href='{u}' target='_blank'>{label}</a></li>" for u, label in links)
    html = (
        "<header class='site-header'><div class='logo'><a href='/'>"
        f"<span class='logo-text'>{co}</span></a></div><nav><ul class='menu'>"
        "<li><a href='/'>Home</a></li><li><a href='/rentals'>Available Rentals</a></li>"
        f"<li><a href='/owners'>Owners</a></li>{menu}<li><a href='/contact'>Contact</a></li></ul></nav></header>"
        f"<main>{body}</main><footer class='site-footer'>{footer}"
        + (f"<p class='copy'>&copy; 2026 {co}. All rights reserved.</p>" if copyright_line else "")
        + "</footer>"
    )
    return {"/": doc(title or f"{co} | Property Management", head, html, lang=lang), "/robots.txt": ROBOTS}


def schema(name: str, street: str, city: str, region: str, zipcode: str) -> str:
    return (
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":"RealEstateAgent",'
        f'"name":"{name}","address":{{"@type":"PostalAddress","streetAddress":"{street}",'
        f'"addressLocality":"{city}","addressRegion":"{region}","postalCode":"{zipcode}","addressCountry":"US"}}}}'
        "</script>"
    )


def about(text: str) -> str:
    return (
        f"<section class='hero'><h2>Rentals and property management</h2><p>{text}</p>"
        "<p>We screen tenants, collect rent, handle maintenance around the clock and send owners "
        "monthly statements. Residents pay rent and submit maintenance requests online.</p></section>"
    )


# --- vendor portals (real hosts and paths; our own short pages) --------------------------------


def buildium(acct: str, co: str, footer: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.managebuilding.com"
    login = page(
        f"<div class='portal-header'><img alt='{co}' src='/Content/Logos/logo.png'><h1>{co}</h1></div>"
        "<h2>Resident Center</h2><form method='post' action='/Resident/portal/login'>"
        "<label>Email address</label><input type='email' name='EmailAddress'><label>Password</label>"
        "<input type='password' name='Password'><button type='submit'>Sign in</button>"
        "<a href='/Resident/portal/forgot-password'>Forgot your password?</a></form>"
        f"<footer>{footer}<p>Powered by Buildium</p></footer>",
        title=f"{co} - Resident Center",
    )
    return f"https://{host}/Resident/portal/login", {
        host: {"/Resident/portal/login": login, "/": redirect("/Resident/portal/login")}
    }


def appfolio(acct: str, co: str, footer: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.appfolio.com"
    sign_in = page(
        f"<div class='header'><img class='logo' alt='{co}' src='https://images.cdn.appfolio.com/{acct}/logo.png'>"
        f"<h1>{co}</h1></div><h2>Sign in to your Online Portal</h2>"
        "<form action='/connect/users/sign_in' method='post'><label>Email</label><input name='user[email]'>"
        "<label>Password</label><input type='password' name='user[password]'><input type='submit' value='Sign In'>"
        "<a href='/connect/users/password/new'>Forgot Password?</a></form>"
        f"<div class='contact'>{footer}</div><footer>Powered by AppFolio Property Manager</footer>",
        title=f"{co} | Online Portal - Sign In",
    )
    return f"https://{host}/connect", {host: {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": sign_in}}


def rentmanager(acct: str, co: str, footer: str = "", notice: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rmresident.com"
    login = page(
        f"<div class='rm-header'><h1>{co}</h1></div>{notice}<h2>Resident Portal Login</h2>"
        "<form method='post' action='/Account/Login'><label>Username</label><input name='Username'>"
        "<label>Password</label><input type='password' name='Password'><button>Log In</button>"
        "<a href='/Account/ForgotPassword'>Forgot Password</a></form>"
        f"<footer>{footer}<p>Powered by Rent Manager</p></footer>",
        title=f"{co} - Resident Portal",
    )
    return f"https://{host}/", {host: {"/": login, "/Account/Login": login}}


def propertyware(acct: str, co: str, footer: str = "") -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.propertyware.com"
    path = f"/pw/portals/{acct}/tenant.action"
    login = page(
        f"<div id='portalHeader'><h1>{co}</h1></div><h2>Tenant Portal Login</h2>"
        f"<form name='loginForm' method='post' action='/pw/portals/{acct}/tenant.action'>"
        "<label>Email Address</label><input name='email'><label>Password</label>"
        "<input type='password' name='password'><input type='submit' value='Login'></form>"
        f"<div class='portalFooter'>{footer}<p>Propertyware</p></div>",
        title=f"{co} - Tenant Portal",
    )
    return f"https://{host}{path}", {host: {path: login}}


def rentvine(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentvine.com"
    shell = spa_shell(f"{co} - Resident Portal")
    return f"https://{host}/portals/resident", {host: {"/portals/resident": shell, "/portals/resident/": shell}}


def doorloop(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.app.doorloop.com"
    shell = spa_shell(f"{co} | Tenant Portal")
    return f"https://{host}/", {host: {"/": shell, "/auth/login": shell}}


def rentec(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.rentecdirect.com"
    return f"https://{host}/", {host: {"/": VENDOR_LOGIN["Rentec Direct"](co)}}


def resman(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.myresman.com"
    return f"https://{host}/", {host: {"/": VENDOR_LOGIN["ResMan"](co)}}


def mri(acct: str, co: str) -> tuple[str, dict[str, dict[str, Reply]]]:
    host = f"{acct}.mriresidentconnect.com"
    return f"https://{host}/", {host: {"/": VENDOR_LOGIN["MRI"](co)}}


CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>Verifying you are human. This may take a few seconds.</h1><noscript>Enable JavaScript and cookies "
    "to continue</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'></script>"
    "</div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8d41c07e2a9b3f11-IAD"},
)


def merge(*dicts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    out: dict[str, dict[str, Reply]] = {}
    for d in dicts:
        out.update(d)
    return out


# ============================================================================================
# Texarkana (TX/AR)
# ============================================================================================

# 0. Texarkana, Texas firm that also manages on the Arkansas side: the office is "Texarkana, TX".
co = "Bowie Lantern Property Management"
url, portal = buildium("bowielanternpm", co, "<p>2910 Richmond Rd, Texarkana, TX 75503</p>")
add(
    "site_links_portal",
    "Buildium",
    co,
    "bowielanternpm.com",
    url,
    "high",
    merge(
        {
            "bowielanternpm.com": hp(
                co,
                about(
                    "Homes and duplexes on both sides of State Line Avenue: Bowie County on the Texas side and "
                    "Miller County, Arkansas."
                ),
                footer="<p>2910 Richmond Rd, Ste 104, Texarkana, TX 75503 &middot; (903) 555-0187</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="TX",
    city="Texarkana",
)

# 1. Texarkana, Arkansas office only, but licensed and managing in Texas too, TREC line:
# the homepage names Texas, so by the contract it is in Texas (and a sales team wants it).
co = "Sulphur Flats Rentals"
url, portal = appfolio("sulphurflatsrentals", co, "<p>408 E 9th St, Texarkana, AR 71854</p>")
add(
    "site_links_portal",
    "AppFolio",
    co,
    "sulphurflatsrentals.com",
    url,
    "high",
    merge(
        {
            "sulphurflatsrentals.com": hp(
                co,
                about("Licensed in Arkansas and Texas, we manage single-family rentals across the Twin Cities of Texarkana.")
                + "<p class='lic'>Arkansas Real Estate Commission Lic. #PB00081234 &middot; TREC License #9034412</p>",
                footer="<p>408 E 9th St, Texarkana, AR 71854</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="TX",
    city="Texarkana",
)

# 2. Texarkana, Arkansas firm that never names Texas (only "Texarkana", the town of its
# Arkansas address, and Arkansas's commission): wrong_state. Class no_portal: ambiguous (see the docstring).
co = "Red River Ledger Homes"
url, portal = rentmanager("redriverledger", co, "<p>1201 Jefferson Ave, Texarkana, AR 71854</p>")
add(
    "no_portal",
    "Rent Manager",
    co,
    "redriverledgerhomes.com",
    url,
    "wrong_state",
    merge(
        {
            "redriverledgerhomes.com": hp(
                co,
                about("Serving Texarkana and Miller County since 2004 with houses, duplexes and small apartment buildings.")
                + "<p>Licensed by the Arkansas Real Estate Commission.</p>",
                footer="<p>1201 Jefferson Ave, Texarkana, AR 71854 &middot; (870) 555-0142</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="TX",
    city="Texarkana",
)

# ============================================================================================
# Kansas City (MO/KS)
# ============================================================================================

# 3. Kansas City, Kansas firm: "Kansas City, KS" in the footer and schema.org.
co = "Strawberry Hill Lofts Management"
url, portal = rentvine("strawberryhilllofts", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "strawberryhilllofts.com",
    url,
    "high",
    merge(
        {
            "strawberryhilllofts.com": hp(
                co,
                about("Wyandotte County homes and lofts, from Strawberry Hill to Rosedale. Kansas City, Kansas is home."),
                footer="<p>520 N 5th St, Kansas City, KS 66101</p>",
                links=((url, "Resident Login"),),
                head=schema(co, "520 N 5th St", "Kansas City", "KS", "66101"),
            )
        },
        portal,
    ),
    state="KS",
    city="Kansas City",
)

# 4. Head office in Kansas City, Missouri and an Overland Park, Kansas office; the portal shows
# only the Missouri head office, which the homepage names.
co = "Wornall Gable Residential"
url, portal = rentmanager("wornallgable", co, "<p>7600 Wornall Rd, Kansas City, MO 64114</p>")
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "wornallgable.com",
    url,
    "high",
    merge(
        {
            "wornallgable.com": hp(
                co,
                about("Rentals on both sides of State Line Road."),
                footer="<p>Head office: 7600 Wornall Rd, Kansas City, MO 64114</p>"
                "<p>Johnson County office: 10975 Metcalf Ave, Ste 210, Overland Park, KS 66210-1821</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="KS",
    city="Overland Park",
)

# 5. Kansas City, Missouri firm asked as Kansas: "Kansas" appears only inside "Kansas City".
co = "Brush Creek Bungalow Rentals"
url, portal = appfolio("brushcreekbungalow", co, "<p>4717 Troost Ave, Kansas City, MO 64110</p>")
add(
    "no_portal",
    "AppFolio",
    co,
    "brushcreekbungalow.com",
    url,
    "wrong_state",
    merge(
        {
            "brushcreekbungalow.com": hp(
                co,
                about(
                    "Bungalows and fourplexes near the Plaza, Brookside and Waldo. Kansas City's neighborhood landlord "
                    "since 1998."
                ),
                footer="<p>4717 Troost Ave, Kansas City, MO 64110 &middot; (816) 555-0119</p>",
                links=((url, "Resident Portal"),),
                head=schema(co, "4717 Troost Ave", "Kansas City", "MO", "64110"),
            )
        },
        portal,
    ),
    state="KS",
    city="Kansas City",
)

# 6. Kansas City, Kansas firm asked as Missouri: no Missouri, no MO; "Kansas City" is the town
# of its Kansas address and the candidate's city. Class no_portal: ambiguous (see the docstring).
co = "Quindaro Bluff Properties"
url, portal = doorloop("quindarobluff", co)
add(
    "no_portal",
    "DoorLoop",
    co,
    "quindarobluff.com",
    url,
    "wrong_state",
    merge(
        {
            "quindarobluff.com": hp(
                co,
                about(
                    "Single-family rentals in Wyandotte County: Quindaro, Argentine, Piper and Bonner Springs. "
                    "More homes, more care, more value for owners."
                ),
                footer="<p>3320 N 27th St, Kansas City, KS 66104 &middot; (913) 555-0166</p>",
                links=((url, "Tenant Login"),),
            )
        },
        portal,
    ),
    state="MO",
    city="Kansas City",
)

# ============================================================================================
# Quad Cities, Cincinnati / NKY, Memphis / Southaven, El Paso / Juarez
# ============================================================================================

# 7. Moline, Illinois firm that manages on both sides of the river: ZIP+4 and "Ste".
co = "Rock Island Arsenal View Rentals"
url, portal = buildium("arsenalviewrentals", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "arsenalviewrentals.com",
    url,
    "high",
    merge(
        {
            "arsenalviewrentals.com": hp(
                co,
                about("Serving the Quad Cities: Davenport and Bettendorf, Iowa; Rock Island and Moline, Illinois."),
                footer="<p>1630 5th Ave, Ste 300, Moline, IL 61265-1432</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="IL",
    city="Moline",
)

# 8. Covington firm that says NKY and Cincinnati: "Covington, KY 41011" in the footer.
co = "Licking Riverbend Property Group"
url, portal = appfolio("lickingriverbend", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "lickingriverbend.com",
    url,
    "high",
    merge(
        {
            "lickingriverbend.com": hp(
                co,
                about(
                    "NKY's hometown property manager: Covington, Newport, Fort Thomas and Florence, ten minutes from "
                    "downtown Cincinnati, OH."
                ),
                footer="<p>22 W Pike St, Covington, KY 41011 &middot; (859) 555-0193</p>",
                links=((url, "Pay Rent"),),
            )
        },
        portal,
    ),
    state="KY",
    city="Covington",
)

# 9. Cincinnati office with its mail going to a P.O. box in Newport, Kentucky.
co = "Hyde Park Ember Rentals"
url, portal = doorloop("hydeparkember", co)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "hydeparkember.com",
    url,
    "high",
    merge(
        {
            "hydeparkember.com": hp(
                co,
                about("Apartments and homes in Hyde Park, Oakley and Mt. Lookout."),
                footer="<p>Office: 3300 Erie Ave, Cincinnati, OH 45208</p><p>Mailing: PO Box 715, Newport, KY 41072</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="OH",
    city="Cincinnati",
)

# 10. Memphis firm whose "we also serve" list names Mississippi and Arkansas towns.
co = "Overton Magnolia Management"
url, portal = rentmanager("overtonmagnolia", co, "<p>5100 Poplar Ave, Ste 2700, Memphis, TN 38137</p>")
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "overtonmagnolia.com",
    url,
    "high",
    merge(
        {
            "overtonmagnolia.com": hp(
                co,
                about("Memphis homes and duplexes. We also serve Southaven and Olive Branch, MS and West Memphis, AR."),
                footer="<p>5100 Poplar Ave, Ste 2700, Memphis, TN 38137-4012</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="TN",
    city="Memphis",
)

# 11. Southaven, Mississippi firm "minutes from Memphis"; its Rentvine account, not linked: medium.
co = "Goodman Road Rentals"
url, portal = rentvine("goodmanroadrentals", co)
add(
    "live_portal",
    "Rentvine",
    co,
    "goodmanroadrentals.com",
    url,
    "medium",
    merge(
        {
            "goodmanroadrentals.com": hp(
                co,
                about(
                    "DeSoto County rental homes, minutes from Memphis. Call us about available homes in Southaven, "
                    "Horn Lake and Olive Branch."
                ),
                footer="<p>8790 Hamilton Rd, Southaven, MS 38671 &middot; (662) 555-0128</p>",
            )
        },
        portal,
    ),
    state="MS",
    city="Southaven",
)

# 12. El Paso firm writing "Tx" after a comma, with a Las Cruces branch and Juarez clients.
co = "Franklin Mountain Keystone Rentals"
url, portal = buildium("franklinkeystone", co, "<p>6006 N Mesa St, El Paso, TX 79912</p>")
add(
    "site_links_portal",
    "Buildium",
    co,
    "franklinkeystonerentals.com",
    url,
    "high",
    merge(
        {
            "franklinkeystonerentals.com": hp(
                co,
                about("Bilingual management for owners in El Paso, Las Cruces and Cd. Ju&aacute;rez. Se habla espa&ntilde;ol."),
                footer="<p>6006 N Mesa St, Ste 410, El Paso, Tx 79912</p><p>Las Cruces branch: 1700 E Lohman Ave, "
                "Las Cruces, NM 88001</p>",
                links=((url, "Portal de Residentes"),),
            )
        },
        portal,
    ),
    state="TX",
    city="El Paso",
)

# 13. A Ciudad Juarez company asked as El Paso, Texas: its only address is in Mexico, it never
# names Texas or El Paso. Class no_portal: ambiguous (see the docstring).
co = "Inmobiliaria Pronaf Cumbres"
url, portal = appfolio("pronafcumbres", co, "<p>Av. de las Americas 1450, Cd. Ju&aacute;rez, Chih., C.P. 32310</p>")
add(
    "no_portal",
    "AppFolio",
    co,
    "pronafcumbres.mx",
    url,
    "wrong_state",
    merge(
        {
            "pronafcumbres.mx": hp(
                co,
                "<section><h2>RENTAS DE CASAS Y DEPARTAMENTOS</h2><p>Administraci&oacute;n de propiedades en "
                "Ciudad Ju&aacute;rez desde 2009: cobranza de rentas, mantenimiento y atenci&oacute;n a inquilinos. "
                "Los inquilinos pagan su renta en l&iacute;nea.</p></section>",
                footer="<p>Av. de las Americas 1450, Col. Pronaf, Cd. Ju&aacute;rez, Chih., C.P. 32310 &middot; "
                "+52 656 555 0142</p>",
                links=((url, "Pagar renta"),),
                lang="es-MX",
                title=f"{co} | Administraci&oacute;n de Propiedades",
            )
        },
        portal,
    ),
    state="TX",
    city="El Paso",
)

# ============================================================================================
# Portland / Vancouver, codes that are words
# ============================================================================================

# 14. Vancouver, Washington firm licensed in both states with a Portland office.
co = "Esther Short Harbor Rentals"
url, portal = appfolio("esthershortharbor", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "esthershortharbor.com",
    url,
    "high",
    merge(
        {
            "esthershortharbor.com": hp(
                co,
                about("Clark County homes and condos; licensed in Oregon and Washington."),
                footer="<p>800 Columbia St, Ste 220, Vancouver, WA 98660</p><p>1020 SW Taylor St, Portland, OR 97205</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="WA",
    city="Vancouver",
)

# 15. Portland, Oregon firm whose buttons say "OR" as a word; its footer says "Portland, OR".
co = "Hawthorne Cedar Residential"
url, portal = buildium("hawthornecedar", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "hawthornecedarpdx.com",
    url,
    "high",
    merge(
        {
            "hawthornecedarpdx.com": hp(
                co,
                about("Southeast Portland rentals, from Hawthorne to Sellwood.")
                + "<p><a class='btn' href='/rentals'>APPLY ONLINE OR CALL US</a></p>",
                footer="<p>3555 SE Hawthorne Blvd, Portland, OR 97214</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="OR",
    city="Portland",
)

# 16. Vancouver, Washington firm asked as Oregon (agent's Vancouver "OR"): its capitals "OR"
# are words, not after a comma; Portland is named without a state. Class no_portal: ambiguous (see the docstring).
co = "Fort Plain Clark Rentals"
url, portal = propertyware("fortplainclark", co, "<p>4512 NE 78th St, Vancouver, WA 98665</p>")
add(
    "no_portal",
    "Propertyware",
    co,
    "fortplainclark.com",
    url,
    "wrong_state",
    merge(
        {
            "fortplainclark.com": hp(
                co,
                about(
                    "Clark County single-family rentals in Hazel Dell, Felida and Salmon Creek, across the river from Portland."
                )
                + "<p><a class='btn' href='/rentals'>APPLY ONLINE OR CALL</a> <a class='btn' href='/owners'>RENT OR SELL?</a></p>",
                footer="<p>4512 NE 78th St, Vancouver, WA 98665 &middot; (360) 555-0171</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="OR",
    city="Vancouver",
)

# 17. Louisville firm asked as Indiana (the agent placed it in Jeffersonville): "LOG IN" and
# "ALL-IN" in capitals, Kentucky address, Indiana never named. Class no_portal: ambiguous (see the docstring).
co = "Cherokee Triangle Porch Rentals"
url, portal = rentvine("cherokeetriangleporch", co)
add(
    "no_portal",
    "Rentvine",
    co,
    "cherokeetriangleporch.com",
    url,
    "wrong_state",
    merge(
        {
            "cherokeetriangleporch.com": hp(
                co,
                about("Louisville's Highlands, Germantown and Crescent Hill. ALL-IN pricing for owners: one flat fee.")
                + "<p><a class='btn' href='/residents'>RESIDENTS LOG IN</a></p>",
                footer="<p>1300 Bardstown Rd, Louisville, KY 40204 &middot; (502) 555-0103</p>",
                links=((url, "LOG IN"),),
            )
        },
        portal,
    ),
    state="IN",
    city="Jeffersonville",
)

# ============================================================================================
# Charlotte / York County SC, Augusta, Bristol
# ============================================================================================

# 18. Fort Mill, South Carolina firm showing both states' licence boards.
co = "Tega Shoals Property Management"
url, portal = rentvine("tegashoals", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "tegashoalspm.com",
    url,
    "high",
    merge(
        {
            "tegashoalspm.com": hp(
                co,
                about("York and Lancaster County rentals, and south Charlotte homes across the line.")
                + "<p class='lic'>SCREC #24517 &middot; NCREC Firm #C-31882</p>",
                footer="<p>1350 Hwy 160 W, Ste 102, Fort Mill, SC 29715</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="SC",
    city="Fort Mill",
)

# 19. Charlotte firm asked as Rock Hill, SC: it names neither South Carolina nor Rock Hill;
# "Carolina" only in North Carolina's commission. Class no_portal: ambiguous (see the docstring).
co = "Queen City Ledger Property Management"
url, portal = buildium("queencityledger", co, "<p>1201 East Blvd, Charlotte, NC 28203</p>")
add(
    "no_portal",
    "Buildium",
    co,
    "queencityledgerpm.com",
    url,
    "wrong_state",
    merge(
        {
            "queencityledgerpm.com": hp(
                co,
                about("Mecklenburg County homes: Dilworth, Plaza Midwood, Matthews, Mint Hill and Huntersville.")
                + "<p class='lic'>Licensed by the North Carolina Real Estate Commission, Firm #C-28841</p>",
                footer="<p>1201 East Blvd, Charlotte, NC 28203 &middot; (704) 555-0150</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="SC",
    city="Rock Hill",
)

# 20. Bristol, Tennessee firm on State Street, naming its Virginia twin city.
co = "Birthplace Row Rentals"
url, portal = buildium("birthplacerow", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "birthplacerowrentals.com",
    url,
    "high",
    merge(
        {
            "birthplacerowrentals.com": hp(
                co,
                about("Homes in Bristol, Tennessee and Bristol, Virginia, Kingsport and Blountville."),
                footer="<p>614 State St, Bristol, TN 37620</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="TN",
    city="Bristol",
)

# ============================================================================================
# The DC area, Philadelphia / South Jersey, New York / Hudson County
# ============================================================================================

# 21. Firm whose only office is downtown DC (K St NW) and who names Virginia only as "NOVA".
co = "Ballston Quay Residential"
url, portal = propertyware("ballstonquay", co)
add(
    "site_links_portal",
    "Propertyware",
    co,
    "ballstonquay.com",
    url,
    "high",
    merge(
        {
            "ballstonquay.com": hp(
                co,
                about("Condos and townhomes across NOVA and the District, managed for owners who live anywhere."),
                footer="<p>1629 K St NW, Suite 300, Washington, DC 20006</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="VA",
    city="Arlington",
)

# 22. Bethesda, Maryland firm with a DC office on Florida Ave NW.
co = "Battery Lane Stewardship"
url, portal = buildium("batterylanestewardship", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "batterylanestewardship.com",
    url,
    "high",
    merge(
        {
            "batterylanestewardship.com": hp(
                co,
                about("Montgomery County and District rentals."),
                footer="<p>4800 Hampden Ln, Ste 200, Bethesda, MD 20814</p>"
                "<p>DC office: 1420 Florida Ave NW, Washington, DC 20009</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="MD",
    city="Bethesda",
)

# 23. Alexandria, Virginia firm that links its Yardi portal, which answers a Cloudflare challenge.
co = "Old Town Wharfside Apartments Management"
host = "wharfsideaptsalx.securecafe.com"
url = f"https://{host}/residentservices/wharfsideaptsalx/userlogin.aspx"
add(
    "bot_wall",
    "Yardi",
    co,
    "wharfsidealexandria.com",
    url,
    "unverifiable",
    {
        "wharfsidealexandria.com": hp(
            co,
            about("Apartment homes a short walk from King Street."),
            footer="<p>210 S Union St, Alexandria, VA 22314</p>",
            links=((url, "Resident Login"),),
        ),
        host: everywhere(CF_CHALLENGE),
    },
    state="VA",
    city="Alexandria",
)

# 24. Cherry Hill, NJ firm asked as Philadelphia, PA: it names Philadelphia (the candidate's
# city) outside its NJ address, so by the contract it is in Pennsylvania's lead list.
co = "Kings Highway Rowhome Management"
url, portal = doorloop("kingshwyrowhome", co)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "kingshwyrowhome.com",
    url,
    "high",
    merge(
        {
            "kingshwyrowhome.com": hp(
                co,
                about("We manage rowhomes across Philadelphia, from Fishtown to Point Breeze, and twins in South Jersey."),
                footer="<p>1040 N Kings Hwy, Ste 600, Cherry Hill, NJ 08034</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="PA",
    city="Philadelphia",
)

# 25. Jersey City firm "across the Hudson from New York City": unlinked AppFolio account, medium.
co = "Paulus Hook Tidewater Rentals"
url, portal = appfolio("paulushooktidewater", co, "<p>95 Greene St, Jersey City, NJ 07302</p>")
add(
    "live_portal",
    "AppFolio",
    co,
    "paulushooktidewater.com",
    url,
    "medium",
    merge(
        {
            "paulushooktidewater.com": hp(
                co,
                about("Condos and brownstones in Paulus Hook and Downtown, one PATH stop across the Hudson from New York City."),
                footer="<p>95 Greene St, Jersey City, NJ 07302</p>",
            )
        },
        portal,
    ),
    state="NJ",
    city="Jersey City",
)

# 26. Hoboken firm asked as New York: "New York" only inside "New York City". Class no_portal: ambiguous (see the docstring).
co = "Castle Point Stoop Rentals"
url, portal = buildium("castlepointstoop", co)
add(
    "no_portal",
    "Buildium",
    co,
    "castlepointstoop.com",
    url,
    "wrong_state",
    merge(
        {
            "castlepointstoop.com": hp(
                co,
                about("Hoboken brownstones and walk-ups for New York City commuters: ten minutes to Manhattan by PATH or ferry."),
                footer="<p>301 Washington St, Hoboken, NJ 07030 &middot; (201) 555-0177</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="NY",
    city="Hoboken",
)

# ============================================================================================
# Omaha / Council Bluffs, Sioux City, the Quad Cities, St. Louis / Metro East, Augusta
# ============================================================================================

# 27. Omaha firm with a second office in Council Bluffs, Iowa; its Buildium account (unlinked)
# shows the Iowa office only; the homepage names Iowa: medium.
co = "Dundee Ironwood Property Management"
url, portal = buildium("dundeeironwood", co, "<p>300 W Broadway, Ste 12, Council Bluffs, IA 51503</p>")
add(
    "live_portal",
    "Buildium",
    co,
    "dundeeironwood.com",
    url,
    "medium",
    merge(
        {
            "dundeeironwood.com": hp(
                co,
                about("Omaha and Council Bluffs homes and apartments."),
                footer="<p>5002 Dodge St, Omaha, NE 68132</p><p>300 W Broadway, Ste 12, Council Bluffs, IA 51503</p>",
            )
        },
        portal,
    ),
    state="NE",
    city="Omaha",
)

# 28. Omaha firm whose homepage names only Nebraska; the given (unlinked) account of the same
# name shows only a Council Bluffs, Iowa office: a same-named firm across the river:
# evidence_unverified by the contract's portal-address rule. ambiguous: the homepage naming the
# brand (no copyright line here) is not read as "calling that company its own"; a careful sales team
# would still not trust an account whose every address is across the river.
co = "Gateway Bluff Rentals"
url, portal = buildium("gatewaybluffrentals", co, "<p>144 Pearl St, Council Bluffs, IA 51503</p>")
add(
    "no_account",
    "Buildium",
    co,
    "gatewaybluffomaha.com",
    url,
    "evidence_unverified",
    merge(
        {
            "gatewaybluffomaha.com": hp(
                co,
                about("Midtown and Benson rentals for Omaha families."),
                footer="<p>6110 Maple St, Omaha, NE 68104</p>",
                copyright_line=False,
            )
        },
        portal,
    ),
    state="NE",
    city="Omaha",
)

# 29. Council Bluffs P.O. box beside an Omaha office, asked as Iowa: an Iowa code and ZIP.
co = "Lake Manawa Keel Rentals"
url, portal = rentec("lakemanawakeel", co)
add(
    "site_links_portal",
    "Rentec Direct",
    co,
    "lakemanawakeel.com",
    url,
    "high",
    merge(
        {
            "lakemanawakeel.com": hp(
                co,
                about("Pottawattamie County homes and Omaha duplexes."),
                footer="<p>Office: 1905 Farnam St, Omaha, NE 68102</p><p>Mail: PO Box 1182, Council Bluffs, IA 51502</p>",
                links=((url, "Tenant Login"),),
            )
        },
        portal,
    ),
    state="IA",
    city="Council Bluffs",
)

# 30. Sioux City firm with neighbours in Nebraska and South Dakota; the given Buildium account
# answers "could not be found": evidence_unverified.
co = "War Eagle Bluff Rentals"
host = "wareaglebluff.managebuilding.com"
url = f"https://{host}/Resident/portal/login"
add(
    "no_account",
    "Buildium",
    co,
    "wareaglebluffrentals.com",
    url,
    "evidence_unverified",
    {
        "wareaglebluffrentals.com": hp(
            co,
            about("Siouxland rentals: Sioux City, South Sioux City, NE and North Sioux City, SD."),
            footer="<p>520 Pierce St, Sioux City, IA 51101</p>",
        ),
        host: {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account could not be found.</h2><p>Please check the address and try again.</p>",
                title="Buildium",
            )
        },
    },
    state="IA",
    city="Sioux City",
)

# 31. Bettendorf domain now parked, with the company's Propertyware account still live.
co = "Duck Creek Quay Rentals"
url, portal = propertyware("duckcreekquay", co)
add(
    "parked",
    "Propertyware",
    co,
    "duckcreekquay.com",
    url,
    "dead_domain",
    merge(
        {
            "duckcreekquay.com": {
                "/": page(
                    "<h1>duckcreekquay.com</h1><p>This domain may be for sale!</p>"
                    "<a href='https://www.hugedomains.com/domain_profile.cfm?d=duckcreekquay.com'>Buy this domain</a>"
                    "<script src='https://www.parkingcrew.net/pc.js'></script>",
                    title="duckcreekquay.com",
                )
            }
        },
        portal,
    ),
    state="IA",
    city="Bettendorf",
)

# 32. Belleville, Illinois firm in the Metro East, "minutes from St. Louis".
co = "Signal Hill Metro East Rentals"
url, portal = appfolio("signalhillmetroeast", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "signalhillmetroeast.com",
    url,
    "high",
    merge(
        {
            "signalhillmetroeast.com": hp(
                co,
                about("Belleville, O'Fallon and Swansea homes, minutes from St. Louis and Scott AFB."),
                footer="<p>212 E Main St, Belleville, IL 62220</p>",
                links=((url, "Online Portal"),),
            )
        },
        portal,
    ),
    state="IL",
    city="Belleville",
)

# 33. St. Louis firm whose office is in Maryland Heights, Missouri.
co = "Creve Coeur Lantern Residential"
url, portal = propertyware("crevecoeurlantern", co)
add(
    "site_links_portal",
    "Propertyware",
    co,
    "crevecoeurlantern.com",
    url,
    "high",
    merge(
        {
            "crevecoeurlantern.com": hp(
                co,
                about("St. Louis County rentals: Maryland Heights, Creve Coeur, Chesterfield."),
                footer="<p>2258 Schuetz Rd, Ste 110, Maryland Heights, MO 63146</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="MO",
    city="St. Louis",
)

# 34. Maryland Heights, Missouri firm asked as Maryland: "Maryland" only in the town's name. Class no_portal: ambiguous (see the docstring).
co = "Westport Crossing Residential"
url, portal = rentmanager("westportcrossingres", co, "<p>11900 Westline Industrial Dr, Maryland Heights, MO 63146</p>")
add(
    "no_portal",
    "Rent Manager",
    co,
    "westportcrossingres.com",
    url,
    "wrong_state",
    merge(
        {
            "westportcrossingres.com": hp(
                co,
                about("Apartments and townhomes near Westport Plaza and Creve Coeur Lake."),
                footer="<p>11900 Westline Industrial Dr, Maryland Heights, MO 63146</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="MD",
    city="Maryland Heights",
)

# 35. Augusta, Georgia firm that links a Rent Manager portal saying it is no longer active:
# evidence_unverified (a retired portal).
co = "Olde Town Riverwalk Rentals"
url, portal = rentmanager(
    "oldetownriverwalk",
    co,
    notice="<div class='alert'>This Resident Portal is no longer active. Please contact our office for payment options.</div>",
)
add(
    "stale_portal",
    "Rent Manager",
    co,
    "oldetownriverwalk.com",
    url,
    "evidence_unverified",
    merge(
        {
            "oldetownriverwalk.com": hp(
                co,
                about("Richmond and Columbia County homes, and North Augusta, SC too."),
                footer="<p>945 Broad St, Augusta, GA 30901</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="GA",
    city="Augusta",
)

# ============================================================================================
# Duluth / Superior, Lake Tahoe, multi-state firms
# ============================================================================================

# 36. Duluth firm asked on Buildium whose site links its AppFolio account: pms_mismatch.
co = "Canal Park Lift Bridge Rentals"
url_af, portal_af = appfolio("canalparkliftbridge", co)
add(
    "other_pms",
    "Buildium",
    co,
    "canalparkliftbridge.com",
    None,
    "pms_mismatch",
    merge(
        {
            "canalparkliftbridge.com": hp(
                co,
                about("Duluth and Superior, Wisconsin homes and apartments."),
                footer="<p>325 Lake Ave S, Duluth, MN 55802</p>",
                links=((url_af, "Resident Login"),),
            )
        },
        portal_af,
    ),
    state="MN",
    city="Duluth",
)

# 37. Office in Stateline, Nevada; manages on the California side of Lake Tahoe, CalDRE number.
co = "Kingsbury Grade Cabin Management"
url, portal = rentvine("kingsburycabin", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "kingsburycabin.com",
    url,
    "high",
    merge(
        {
            "kingsburycabin.com": hp(
                co,
                about("Long-term rentals on the California and Nevada sides of the lake.")
                + "<p class='lic'>CalDRE #02098871 &middot; NV RED #B.1002314</p>",
                footer="<p>PO Box 6220, Stateline, NV 89449</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="CA",
    city="South Lake Tahoe",
)

# 38. Scottsdale head office and a Las Vegas office; the portal shows the Arizona head office.
co = "Saguaro Neon Property Partners"
url, portal = appfolio("saguaroneon", co, "<p>7373 N Scottsdale Rd, Ste B-150, Scottsdale, AZ 85253</p>")
add(
    "site_links_portal",
    "AppFolio",
    co,
    "saguaroneon.com",
    url,
    "high",
    merge(
        {
            "saguaroneon.com": hp(
                co,
                about("Single-family rentals in Phoenix and Las Vegas."),
                footer="<p>Head office: 7373 N Scottsdale Rd, Ste B-150, Scottsdale, AZ 85253</p>"
                "<p>Las Vegas: 3960 Howard Hughes Pkwy, Ste 500, Las Vegas, NV 89169</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="NV",
    city="Las Vegas",
)

# 39. Cheyenne firm asked as Colorado: "PROPERTY CO." in capitals, no comma before it;
# Wyoming address only. Class no_portal: ambiguous (see the docstring).
co = "High Plains Spur Property Co."
url, portal = resman("highplainsspur", co)
add(
    "no_portal",
    "ResMan",
    co,
    "highplainsspur.com",
    url,
    "wrong_state",
    merge(
        {
            "highplainsspur.com": hp(
                co,
                "<p class='tagline'>HIGH PLAINS SPUR PROPERTY CO. &middot; EST. 1987</p>"
                + about("Apartments and rental homes in Laramie County."),
                footer="<p>1720 Carey Ave, Cheyenne, WY 82001 &middot; (307) 555-0134</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="CO",
    city="Cheyenne",
)

# ============================================================================================
# Towns named like states
# ============================================================================================

# 40. Virginia, Minnesota firm asked as Virginia. Class no_portal: ambiguous (see the docstring).
co = "Mesabi Ridge Rentals"
url, portal = buildium("mesabiridge", co, "<p>401 Chestnut St, Virginia, MN 55792</p>")
add(
    "no_portal",
    "Buildium",
    co,
    "mesabiridgerentals.com",
    url,
    "wrong_state",
    merge(
        {
            "mesabiridgerentals.com": hp(
                co,
                about(
                    "Homes and apartments on the Iron Range: Virginia, Eveleth and Mountain Iron. Virginia's rental "
                    "experts since 1991."
                ),
                footer="<p>401 Chestnut St, Virginia, MN 55792</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="VA",
    city="Virginia",
)

# 41. Nevada, Missouri firm asked as Missouri: a real lead ("Nevada, MO").
co = "Bushwhacker Lane Property Management"
url, portal = doorloop("bushwhackerlane", co)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "bushwhackerlanepm.com",
    url,
    "high",
    merge(
        {
            "bushwhackerlanepm.com": hp(
                co,
                about("Vernon County rentals in Nevada, El Dorado Springs and Sheldon."),
                footer="<p>115 W Walnut St, Nevada, MO 64772</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="MO",
    city="Nevada",
)

# 42. Nevada, Missouri firm asked as Nevada (the agent read the town as the state). Class no_portal: ambiguous (see the docstring).
co = "Radio Springs Rentals"
url, portal = appfolio("radiospringsrentals", co, "<p>220 N Main St, Nevada, MO 64772</p>")
add(
    "no_portal",
    "AppFolio",
    co,
    "radiospringsrentals.com",
    url,
    "wrong_state",
    merge(
        {
            "radiospringsrentals.com": hp(
                co,
                about("Homes near Radio Springs Park and Cottey College in Nevada."),
                footer="<p>220 N Main St, Nevada, MO 64772</p>",
                links=((url, "Resident Login"),),
            )
        },
        portal,
    ),
    state="NV",
    city="Nevada",
)

# 43. Florida, New York (Orange County) firm asked as Florida. Class no_portal: ambiguous (see the docstring).
co = "Black Dirt Valley Rentals"
url, portal = rentvine("blackdirtvalley", co)
add(
    "no_portal",
    "Rentvine",
    co,
    "blackdirtvalleyrentals.com",
    url,
    "wrong_state",
    merge(
        {
            "blackdirtvalleyrentals.com": hp(
                co,
                about("Rentals in the Village of Florida, Warwick and Goshen, in Orange County's black dirt region."),
                footer="<p>41 N Main St, Florida, NY 10921</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="FL",
    city="Florida",
)

# 44. California, Maryland firm (Pax River) asked as California. Class no_portal: ambiguous (see the docstring).
co = "Patuxent Tidewater Property Management"
url, portal = propertyware("patuxenttidewater", co, "<p>22715 Three Notch Rd, California, MD 20619</p>")
add(
    "no_portal",
    "Propertyware",
    co,
    "patuxenttidewater.com",
    url,
    "wrong_state",
    merge(
        {
            "patuxenttidewater.com": hp(
                co,
                about("St. Mary's County rentals for Pax River families: California, Lexington Park and Hollywood."),
                footer="<p>22715 Three Notch Rd, Ste 4, California, MD 20619</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="CA",
    city="California",
)

# 45. Delaware, Ohio firm asked as Ohio: a real lead.
co = "Olentangy Ridge Rentals"
url, portal = rentvine("olentangyridge", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "olentangyridgerentals.com",
    url,
    "high",
    merge(
        {
            "olentangyridgerentals.com": hp(
                co,
                about("Delaware County homes near Ohio Wesleyan and downtown Delaware."),
                footer="<p>19 N Sandusky St, Delaware, OH 43015</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="OH",
    city="Delaware",
)

# 46. Elkton, Maryland bilingual firm asked as Delaware: Spanish "DE" in capitals and "de",
# never after a comma; Maryland address only. ambiguous: "DE" is not in the contract's list of
# codes that are words, but Spanish "de" is one. Class no_portal: ambiguous (see the docstring).
co = "Big Elk Creek Administraciones"
url, portal = buildium("bigelkcreekadm", co, "<p>107 E Main St, Elkton, MD 21921</p>")
add(
    "no_portal",
    "Buildium",
    co,
    "bigelkcreekadm.com",
    url,
    "wrong_state",
    merge(
        {
            "bigelkcreekadm.com": hp(
                co,
                "<section><h2>ADMINISTRACI&Oacute;N DE PROPIEDADES</h2><p>Casas de alquiler en el condado de Cecil. "
                "Rental homes and property management in Cecil County; tenants pay rent online.</p></section>",
                footer="<p>107 E Main St, Elkton, MD 21921 &middot; (410) 555-0162</p>",
                links=((url, "Portal de Inquilinos"),),
                lang="es-US",
            )
        },
        portal,
    ),
    state="DE",
    city="Elkton",
)

# 47. Indiana, Pennsylvania student-rental firm asked as Pennsylvania: a real lead.
co = "Oakland Avenue Scholar Rentals"
url, portal = propertyware("oaklandavescholar", co)
add(
    "site_links_portal",
    "Propertyware",
    co,
    "oaklandavescholar.com",
    url,
    "high",
    merge(
        {
            "oaklandavescholar.com": hp(
                co,
                about("Student houses and apartments a block from campus in Indiana."),
                footer="<p>1020 Oakland Ave, Indiana, PA 15701</p>",
                links=((url, "Tenant Portal"),),
            )
        },
        portal,
    ),
    state="PA",
    city="Indiana",
)

# 48. Michigan City, Indiana firm asked as Indiana: a real lead ("Michigan City, IN").
co = "Washington Park Dune Rentals"
url, portal = appfolio("washparkdune", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "washparkdune.com",
    url,
    "high",
    merge(
        {
            "washparkdune.com": hp(
                co,
                about("Lakefront cottages and year-round homes on Lake Michigan."),
                footer="<p>615 Franklin St, Michigan City, IN 46360</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="IN",
    city="Michigan City",
)

# 49. Michigan City, Indiana firm asked as Michigan: "Michigan" only in "Michigan City" and
# "Lake Michigan". Class no_portal: ambiguous (see the docstring).
co = "Lighthouse Dunes Property Management"
url, portal = mri("lighthousedunes", co)
add(
    "no_portal",
    "MRI",
    co,
    "lighthousedunespm.com",
    url,
    "wrong_state",
    merge(
        {
            "lighthousedunespm.com": hp(
                co,
                about("Apartment communities on Lake Michigan, by the Indiana Dunes and Washington Park."),
                footer="<p>2 Franklin St, Michigan City, IN 46360</p>",
                links=((url, "ResidentConnect"),),
            )
        },
        portal,
    ),
    state="MI",
    city="Michigan City",
)

# 50. Kalamazoo (Texas Township) firm asked as Texas: "Texas" only in place names ("Texas Corners",
# also in the company's name). ambiguous: a company name holding a place name is read as the place. Class no_portal: ambiguous (see the docstring).
co = "Texas Corners Property Management"
url, portal = rentec("texascornerspm", co)
add(
    "no_portal",
    "Rentec Direct",
    co,
    "texascornerspm.com",
    url,
    "wrong_state",
    merge(
        {
            "texascornerspm.com": hp(
                co,
                about("Rental homes in Texas Township, Oshtemo and Portage, from our office at Texas Corners."),
                footer="<p>7610 W Q Ave, Kalamazoo, MI 49009</p>",
                links=((url, "Tenant Login"),),
            )
        },
        portal,
    ),
    state="TX",
    city="Kalamazoo",
)

# 51. Wyoming, Michigan firm asked as Wyoming. Class no_portal: ambiguous (see the docstring).
co = "Buck Creek Grand Rentals"
url, portal = buildium("buckcreekgrand", co)
add(
    "no_portal",
    "Buildium",
    co,
    "buckcreekgrand.com",
    url,
    "wrong_state",
    merge(
        {
            "buckcreekgrand.com": hp(
                co,
                about("Homes and duplexes in Wyoming, Kentwood and Grandville."),
                footer="<p>2850 28th St SW, Wyoming, MI 49519</p>",
                links=((url, "Resident Center"),),
            )
        },
        portal,
    ),
    state="WY",
    city="Wyoming",
)

# ============================================================================================
# Company names holding another state's name
# ============================================================================================

# 52. "Colorado Street" in Austin.
co = "Colorado Street Property Management"
url, portal = appfolio("coloradostreetpm", co, "<p>1108 Lavaca St, Austin, TX 78701</p>")
add(
    "site_links_portal",
    "AppFolio",
    co,
    "coloradostreetpm.com",
    url,
    "high",
    merge(
        {
            "coloradostreetpm.com": hp(
                co,
                about("Downtown and Travis Heights condos and homes."),
                footer="<p>1108 Lavaca St, Ste 300, Austin, TX 78701-2148</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="TX",
    city="Austin",
)

# 53. "Carolina Realty Group" in Houston: an unlinked Buildium account in its name: medium.
co = "Carolina Realty Group"
url, portal = buildium("carolinarealtyhtx", co, "<p>1827 Yale St, Houston, TX 77008</p>")
add(
    "live_portal",
    "Buildium",
    co,
    "carolinarealtyhtx.com",
    url,
    "medium",
    merge(
        {
            "carolinarealtyhtx.com": hp(
                co,
                about("Heights and Garden Oaks rental homes, leasing and management."),
                footer="<p>1827 Yale St, Houston, TX 77008</p>",
            )
        },
        portal,
    ),
    state="TX",
    city="Houston",
)

# 54. "Virginia Park Rentals" in Detroit: "Virginia" only in the company's and the neighbourhood's name.
co = "Virginia Park Rentals"
url, portal = rentmanager("virginiaparkdetroit", co)
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "virginiaparkdetroit.com",
    url,
    "high",
    merge(
        {
            "virginiaparkdetroit.com": hp(
                co,
                about("Historic Virginia Park and New Center homes and flats."),
                footer="<p>8900 Woodward Ave, Detroit, MI 48202</p>",
                links=((url, "Resident Portal"),),
            )
        },
        portal,
    ),
    state="MI",
    city="Detroit",
)

HOLDOUT30 = collector.cases
