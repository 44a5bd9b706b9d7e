"""Twenty-sixth blind corpus: an ordinary night of a sales team across the US.

Focus and mix: 60 candidates an LLM agent with web search returns for "find property managers in
<state> that use <PMS>", over 17 states (GA, FL, NC, SC, AZ, CO, OH, TN, CA, WA, IL, NV, MO, VA, PA,
MI, IN) and eleven vendors (AppFolio, Buildium, Rent Manager, Propertyware, Rentvine, DoorLoop,
TenantCloud, Yardi, Entrata, ResMan, Rentec Direct), in a real night's proportions: 37 real leads
(about six in ten) in the everyday shapes (a "Resident Login" in the menu, a "Pay Rent" button in the
footer, a /residents, /tenants or /pay-rent page, a live unlinked portal in the company's name, a
ChatGPT `utm_source` tag or a Google redirect on the evidence URL), 19 everyday rejections (another
PMS, a vendor's marketing, help or customer-story page, a differently named company's portal, a
missing or retired account, a dead, parked or default-page domain, Yardi and Entrata bot walls, a
same-named firm in another state, an asset URL, no portal at all) and a few tricky ones (a portal in
a holding company's name, a dated blog post as the only link, a franchisor's account, a community
whose portal names another manager, a Spanish handover notice, a portal announcing its move to
another PMS). Six sites are Spanish or bilingual (Miami, Orlando, San Diego, Mesa, Los Angeles) and
four companies have their head office in another state beside an office in the state asked for.

How the labels were decided: by docs/live-checks.md (judging order, vendor table, name rules,
state rules, notices, confidence) and what a careful sales team concludes from the pages as served,
written without reading or running the checks. Where the contract is silent the label is what a
careful team would want, and the case's comment says "ambiguous:". The shared sign-in hosts are not
served here. Every page is our own short HTML after the shapes of real sites, vendor portals,
parking services and walls; all companies, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout26-")
add = collector.add

EN_BLURB = (
    "Full-service residential property management: tenant screening, rent collection, maintenance and leasing "
    "for single-family rentals, townhomes and small apartment communities. Owners get monthly statements; "
    "residents get 24/7 maintenance requests."
)
ES_BLURB = (
    "Administración de propiedades residenciales: selección de inquilinos, cobro de renta, mantenimiento y "
    "arrendamiento de casas y apartamentos. Hablamos español e inglés. Los propietarios reciben estados de "
    "cuenta mensuales y los residentes pueden pedir mantenimiento 24/7."
)
HEAD = (
    "<meta name='viewport' content='width=device-width, initial-scale=1'>"
    "<link rel='stylesheet' href='/wp-content/themes/astra/style.min.css'>"
)


def pm(
    host: str,
    co: str,
    body: str = "",
    *,
    address: str,
    title: str | None = None,
    lang: str = "en-US",
    menu: str = "",
    extra: dict[str, Reply] | None = None,
) -> dict[str, dict[str, Reply]]:
    """A small property manager's homepage (a WordPress-like theme): menu, hero, services, body, footer."""
    blurb = ES_BLURB if lang.startswith("es") else EN_BLURB
    nav = (
        "<header class='site-header'><a class='logo' href='/'><img src='/wp-content/uploads/logo.png' "
        f"alt='{co}'></a><nav><a href='/'>Home</a><a href='/about-us/'>About</a><a href='/rentals/'>Rentals</a>"
        f"<a href='/owners/'>Owners</a>{menu}<a href='/contact/'>Contact</a></nav></header>"
    )
    html = (
        f"{nav}<main><section class='hero'><h1>{co}</h1><p>{blurb}</p></section>{body}</main>"
        f"<footer class='site-footer'><p>{address}</p><p>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    pages = {"/": doc(title or f"{co} | Property Management", HEAD, html, lang=lang)}
    pages.update(extra or {})
    return {host: pages}


def menu_link(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}' target='_blank' rel='noopener'>{label}</a>"


def pay_button(url: str, label: str = "Pay Rent Online") -> str:
    return f"<section class='cta'><a class='elementor-button' href='{url}' target='_blank'>{label}</a></section>"


def login_form(fields: str, button: str = "Sign In") -> str:
    return f"<form method='post' autocomplete='on'>{fields}<button type='submit'>{button}</button></form>"


# --- vendor portals, after the real ones' shapes ---------------------------------------------------


def appfolio(acct: str, co: str, *, lang: str = "en", notice: str = "") -> dict[str, dict[str, Reply]]:
    """`<acct>.appfolio.com/connect` 302s to the Online Portal sign-in, the company's logo above the form."""
    if lang == "es":
        title, h, email, pw, btn, forgot = (
            "Portal en línea - Iniciar sesión",
            "Inicie sesión en su portal en línea",
            "Correo electrónico",
            "Contraseña",
            "Iniciar sesión",
            "¿Olvidó su contraseña?",
        )
    else:
        title, h, email, pw, btn, forgot = (
            "Online Portal - Sign In",
            "Sign in to your Online Portal",
            "Email",
            "Password",
            "Sign In",
            "Forgot password?",
        )
    body = (
        f"<div class='portal-logo'><img src='https://images.cdn.appfolio.com/{acct}/images/logo.png' alt='{co}'></div>"
        f"{notice}<h2>{h}</h2>"
        + login_form(
            f"<label>{email}</label><input type='email' name='user[email]'><label>{pw}</label>"
            "<input type='password' name='user[password]'>",
            btn,
        )
        + f"<a href='/connect/users/password/new'>{forgot}</a><a href='/connect/users/request_access'>Request access</a>"
        "<footer>Powered by AppFolio</footer>"
    )
    return {
        f"{acct}.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": page(body, title=title),
        }
    }


def buildium(acct: str, co: str, *, notice: str = "") -> dict[str, dict[str, Reply]]:
    """`<acct>.managebuilding.com/Resident/portal/login`: the Resident Center sign-in in the company's name."""
    body = (
        f"<header><span class='company-name'>{co}</span></header><main>{notice}<h1>Resident Center</h1>"
        + login_form(
            "<label>Email address</label><input name='Email' type='email'><label>Password</label>"
            "<input name='Password' type='password'><label><input type='checkbox' name='RememberMe'> Remember me</label>",
        )
        + "<a href='/Resident/portal/forgotpassword'>Forgot password?</a></main><footer>Powered by Buildium</footer>"
    )
    login = page(body, title=f"{co} - Resident Center")
    return {
        f"{acct}.managebuilding.com": {
            "/Resident/portal/login": login,
            "/Resident/public/home": page(
                f"<h1>{co}</h1><a href='/Resident/public/rentals'>Rentals</a><a href='/Resident/portal/login'>"
                "Resident login</a><a href='/Resident/apps/rentalapp/'>Apply now</a>",
                title=f"{co} - Home",
            ),
            "/": redirect("/Resident/public/home"),
        }
    }


def rent_manager_twa(host: str, co: str, path: str = "/") -> dict[str, dict[str, Reply]]:
    """Rent Manager's Resident (Tenant) Web Access login for one corporation."""
    body = (
        f"<div id='header'><h1>Welcome to {co} Resident Web Access</h1></div>"
        + login_form(
            "<label>Username</label><input name='txtUserName'><label>Password</label><input type='password' name='txtPassword'>",
            "Log In",
        )
        + "<a href='ForgotPassword.aspx'>Forgot Password?</a><p>Powered by Rent Manager</p>"
    )
    return {host: {path: page(body, title="Resident Web Access - Login")}}


def rmresident(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    """`<acct>.rmresident.com`: Rent Manager's newer Resident Portal (an app shell titled with the company)."""
    return {
        f"{acct}.rmresident.com": {
            "/": page(
                f"<div id='root'><noscript>{co} Resident Portal: enable JavaScript to sign in.</noscript></div>"
                "<script src='/static/js/main.8c1f2a.js'></script>",
                title=f"{co} | Resident Portal",
            )
        }
    }


def propertyware(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    path = f"/pw/portals/{acct}/tenant.action"
    body = (
        f"<div class='pw-header'><h1>{co}</h1></div><h2>Tenant Portal Login</h2>"
        + login_form(
            "<label>Email</label><input name='email'><label>Password</label><input type='password' name='password'>",
            "Log In",
        )
        + "<a href='#'>Forgot Password?</a><a href='#'>Sign Up</a><div class='pw-footer'>Powered by Propertyware</div>"
    )
    return {f"{acct}.propertyware.com": {path: page(body, title=f"{co} - Tenant Portal")}}


def spa(host: str, path: str, title: str) -> dict[str, dict[str, Reply]]:
    """Rentvine and DoorLoop portals: a single-page app shell, only the title says whose."""
    return {host: {path: page("<div id='app'></div><script src='/js/app.3b9e71.js'></script>", title=title)}}


def resman(acct: str, prop: str, footer: str = "") -> dict[str, dict[str, Reply]]:
    body = (
        f"<div class='property-name'><h1>{prop}</h1></div>"
        + login_form(
            "<label>Username or Email</label><input name='Username'><label>Password</label>"
            "<input type='password' name='Password'>",
        )
        + f"<a href='/Portal/Access/ForgotPassword'>Forgot Password</a><a href='/Portal/Access/Register'>Register</a>"
        f"<footer>{footer}<p>Powered by ResMan</p></footer>"
    )
    return {f"{acct}.myresman.com": {"/Portal/Access/SignIn": page(body, title="Resident Portal - Sign In")}}


CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title></head><body><div class='main-wrapper'>"
    "<h1>securecafe.com</h1><h2>Verifying you are human. This may take a few seconds.</h2><noscript>Enable "
    "JavaScript and cookies to continue</noscript><script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1'>"
    "</script></div></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f1c3b2d4a6e7c91-LAX"},
)

# =================================================================================================
# Real leads (37)
# =================================================================================================

# Atlanta, AppFolio: the theme's menu carries "Resident Login" to the account's /connect; the portal's logo
# names the company. The everyday shape: high.
add(
    "site_links_portal",
    "AppFolio",
    "Peachtree Hollow Property Management",
    "peachtreehollowpm.com",
    "https://peachtreehollow.appfolio.com/connect",
    "high",
    {
        **pm(
            "peachtreehollowpm.com",
            "Peachtree Hollow Property Management",
            "<p>Serving Buckhead, Midtown and Decatur since 2009.</p>",
            address="1201 Peachtree St NE, Suite 400, Atlanta, GA 30309 &middot; (404) 555-0181",
            menu=menu_link("https://peachtreehollow.appfolio.com/connect"),
        ),
        **appfolio("peachtreehollow", "Peachtree Hollow Property Management"),
    },
    state="GA",
    city="Atlanta",
)

# Tampa, Buildium: an Elementor "Pay Rent Online" button in the footer band to the Resident Center login.
add(
    "site_links_portal",
    "Buildium",
    "Bayshore Lantern Realty",
    "bayshorelanternrealty.com",
    "https://bayshorelantern.managebuilding.com/Resident/portal/login",
    "high",
    {
        **pm(
            "bayshorelanternrealty.com",
            "Bayshore Lantern Realty",
            "<p>Licensed Florida real estate brokerage managing homes across South Tampa and Brandon.</p>"
            + pay_button("https://bayshorelantern.managebuilding.com/Resident/portal/login"),
            address="3302 W Bay to Bay Blvd, Tampa, FL 33629",
        ),
        **buildium("bayshorelantern", "Bayshore Lantern Realty"),
    },
    state="FL",
    city="Tampa",
)

# Charlotte, Rent Manager: the homepage links /residents only; that page links the corporation's
# Tenant Web Access (`<acct>.twa.rentmanager.com`). A real lead on the site's own page: high.
add(
    "site_links_portal",
    "Rent Manager",
    "Uptown Keystone Rentals",
    "uptownkeystonerentals.com",
    "https://uptownkeystone.twa.rentmanager.com/",
    "high",
    {
        **pm(
            "uptownkeystonerentals.com",
            "Uptown Keystone Rentals",
            "<a href='/residents/'>Residents</a>",
            address="525 N Tryon St, Charlotte, NC 28202",
            extra={
                "/residents/": page(
                    "<h1>Residents</h1><p>Pay rent, submit maintenance and view your ledger online.</p>"
                    "<a href='https://uptownkeystone.twa.rentmanager.com/'>Resident Portal Login</a>",
                    title="Residents | Uptown Keystone Rentals",
                ),
                "/residents": redirect("/residents/", 301),
            },
        ),
        **rent_manager_twa("uptownkeystone.twa.rentmanager.com", "Uptown Keystone Rentals"),
    },
    state="NC",
    city="Charlotte",
)

# Phoenix, Propertyware: "Tenant Portal" in the menu to the account's Propertyware-hosted portal.
add(
    "site_links_portal",
    "Propertyware",
    "Saguaro Ridge Property Services",
    "saguaroridgeps.com",
    "https://saguaroridge.propertyware.com/pw/portals/saguaroridge/tenant.action",
    "high",
    {
        **pm(
            "saguaroridgeps.com",
            "Saguaro Ridge Property Services",
            address="2801 N Central Ave, Phoenix, AZ 85004 &middot; ADRE Lic. #CO701234",
            menu=menu_link("https://saguaroridge.propertyware.com/pw/portals/saguaroridge/tenant.action", "Tenant Portal"),
        ),
        **propertyware("saguaroridge", "Saguaro Ridge Property Services"),
    },
    state="AZ",
    city="Phoenix",
)

# Denver, Rentvine: menu link to `/portals/resident`, an app shell titled with the company: high.
add(
    "site_links_portal",
    "Rentvine",
    "Larkspur Front Range Management",
    "larkspurfrontrange.com",
    "https://larkspurfr.rentvine.com/portals/resident",
    "high",
    {
        **pm(
            "larkspurfrontrange.com",
            "Larkspur Front Range Management",
            address="1600 Broadway, Suite 1100, Denver, CO 80202",
            menu=menu_link("https://larkspurfr.rentvine.com/portals/resident", "Resident Portal"),
        ),
        **spa("larkspurfr.rentvine.com", "/portals/resident", "Larkspur Front Range Management | Resident Portal"),
    },
    state="CO",
    city="Denver",
)

# Columbus, DoorLoop: a www-only site (the bare name 301s to www); "Tenant Portal" to the account's
# app.doorloop.com sub-domain, whose shell is titled with the company. High.
add(
    "site_links_portal",
    "DoorLoop",
    "Scioto Bend Rentals",
    "sciotobendrentals.com",
    "https://sciotobend.app.doorloop.com/login",
    "high",
    {
        "sciotobendrentals.com": {"/": redirect("https://www.sciotobendrentals.com/", 301)},
        **pm(
            "www.sciotobendrentals.com",
            "Scioto Bend Rentals",
            "<p>Rental homes in Clintonville, Grandview and German Village.</p>",
            address="1010 W 5th Ave, Columbus, OH 43212",
            menu=menu_link("https://sciotobend.app.doorloop.com/login", "Tenant Portal"),
        ),
        **spa("sciotobend.app.doorloop.com", "/login", "Scioto Bend Rentals - Tenant Portal"),
    },
    state="OH",
    city="Columbus",
)

# Nashville, AppFolio: the agent gave no evidence URL; the homepage's "Pay Rent" button links the
# account. The site proves the PMS: high.
add(
    "site_links_portal",
    "AppFolio",
    "Cumberland Porch Property Management",
    "cumberlandporchpm.com",
    None,
    "high",
    {
        **pm(
            "cumberlandporchpm.com",
            "Cumberland Porch Property Management",
            pay_button("https://cumberlandporch.appfolio.com/connect", "Pay Rent"),
            address="2000 Richard Jones Rd, Nashville, TN 37215",
        ),
        **appfolio("cumberlandporch", "Cumberland Porch Property Management"),
    },
    state="TN",
    city="Nashville",
)

# San Diego, Buildium, bilingual: "Pague su renta / Pay Rent" to the Resident Center; CalDRE line. High.
add(
    "site_links_portal",
    "Buildium",
    "Mission Gull Property Management",
    "missiongullpm.com",
    "https://missiongull.managebuilding.com/Resident/portal/login",
    "high",
    {
        **pm(
            "missiongullpm.com",
            "Mission Gull Property Management",
            "<p>Se habla español. Administramos casas y apartamentos en Chula Vista y National City.</p>"
            + pay_button("https://missiongull.managebuilding.com/Resident/portal/login", "Pague su renta / Pay Rent"),
            address="3990 Old Town Ave, Suite B-200, San Diego, CA 92110 &middot; CalDRE #02011234",
        ),
        **buildium("missiongull", "Mission Gull Property Management"),
    },
    state="CA",
    city="San Diego",
)

# Tacoma, Rent Manager: an onclick button to the account's `rmresident.com` Resident Portal. High.
add(
    "site_links_portal",
    "Rent Manager",
    "Narrows Ferry Property Management",
    "narrowsferrypm.com",
    "https://narrowsferry.rmresident.com/",
    "high",
    {
        **pm(
            "narrowsferrypm.com",
            "Narrows Ferry Property Management",
            "<button type='button' onclick=\"window.location.href='https://narrowsferry.rmresident.com/'\">"
            "Resident Portal</button>",
            address="1119 Pacific Ave, Suite 500, Tacoma, WA 98402",
        ),
        **rmresident("narrowsferry", "Narrows Ferry Property Management"),
    },
    state="WA",
    city="Tacoma",
)

# Chicago, AppFolio: the agent's URL carries ChatGPT's `utm_source=chatgpt.com`; head office in Milwaukee,
# the Chicago office's address beside it (an out-of-state head office). Menu link: high.
add(
    "site_links_portal",
    "AppFolio",
    "Ravenswood Gable Management",
    "ravenswoodgable.com",
    "https://ravenswoodgable.appfolio.com/connect?utm_source=chatgpt.com",
    "high",
    {
        **pm(
            "ravenswoodgable.com",
            "Ravenswood Gable Management",
            "<h2>Our offices</h2><p>Headquarters: 250 E Wisconsin Ave, Milwaukee, WI 53202</p>"
            "<p>Chicago office: 4753 N Lincoln Ave, Chicago, IL 60625</p>",
            address="Managing two- to six-flats on Chicago's North Side and in Milwaukee.",
            menu=menu_link("https://ravenswoodgable.appfolio.com/connect", "Residents"),
        ),
        **appfolio("ravenswoodgable", "Ravenswood Gable Management"),
    },
    state="IL",
    city="Chicago",
)

# Las Vegas, Buildium: the site links no portal (a contact form only), the given Resident Center answers
# in the company's name: medium (portal_live).
add(
    "live_portal",
    "Buildium",
    "Sunset Mesa Residential",
    "sunsetmesaresidential.com",
    "https://sunsetmesa.managebuilding.com/Resident/portal/login",
    "medium",
    {
        **pm(
            "sunsetmesaresidential.com",
            "Sunset Mesa Residential",
            "<form action='/contact/' method='post'><input name='name'><input name='email'><textarea name='msg'>"
            "</textarea><button>Request a rental analysis</button></form>",
            address="8275 S Eastern Ave, Suite 200, Las Vegas, NV 89123",
        ),
        **buildium("sunsetmesa", "Sunset Mesa Residential"),
    },
    state="NV",
    city="Las Vegas",
)

# St. Louis, Rentvine: the homepage's "Pay Rent" goes to the site's own /pay-rent, which 302s into the
# account's resident portal (an on-site redirect endpoint). High.
add(
    "site_links_portal",
    "Rentvine",
    "Tilden Gateway Property Management",
    "tildengatewaypm.com",
    "https://tildengateway.rentvine.com/portals/resident",
    "high",
    {
        **pm(
            "tildengatewaypm.com",
            "Tilden Gateway Property Management",
            "<a class='btn' href='/pay-rent'>Pay Rent</a>",
            address="4387 Laclede Ave, St. Louis, MO 63108",
            extra={"/pay-rent": redirect("https://tildengateway.rentvine.com/portals/resident")},
        ),
        **spa("tildengateway.rentvine.com", "/portals/resident", "Tilden Gateway Property Management | Resident Portal"),
    },
    state="MO",
    city="St. Louis",
)

# Richmond, Propertyware: head office in Raleigh, NC; the Richmond branch address on the homepage. High.
add(
    "site_links_portal",
    "Propertyware",
    "James River Ledger Property Management",
    "jrledgerpm.com",
    "https://jrledger.propertyware.com/pw/portals/jrledger/tenant.action",
    "high",
    {
        **pm(
            "jrledgerpm.com",
            "James River Ledger Property Management",
            "<p>Corporate office: 421 Fayetteville St, Raleigh, NC 27601</p>"
            "<p>Richmond branch: 1821 W Main St, Richmond, VA 23220</p>",
            address="Licensed in North Carolina and Virginia.",
            menu=menu_link("https://jrledger.propertyware.com/pw/portals/jrledger/tenant.action", "Tenant Login"),
        ),
        **propertyware("jrledger", "James River Ledger Property Management"),
    },
    state="VA",
    city="Richmond",
)

# Pittsburgh, AppFolio: the agent's evidence is a Google redirect (`google.com/url?q=<portal>`), read as
# the portal it names; the site (a Squarespace-like page) links no portal; the account answers in the
# company's name: medium (portal_live).
add(
    "live_portal",
    "AppFolio",
    "Three Rivers Keel Property Management",
    "threeriverskeel.com",
    "https://www.google.com/url?q=https://threeriverskeel.appfolio.com/connect&sa=D&source=editors&ust=1767000000000000"
    "&usg=AOvVaw3TRKeel",
    "medium",
    {
        **pm(
            "threeriverskeel.com",
            "Three Rivers Keel Property Management",
            "<p>Call (412) 555-0177 to schedule a showing.</p>",
            address="2100 Smallman St, Pittsburgh, PA 15222",
        ),
        **appfolio("threeriverskeel", "Three Rivers Keel Property Management"),
        "www.google.com": {
            "/url?q=https://threeriverskeel.appfolio.com/connect&sa=D&source=editors&ust=1767000000000000"
            "&usg=AOvVaw3TRKeel": page(
                "<p>Redirect Notice</p><a href='https://threeriverskeel.appfolio.com/connect'>"
                "https://threeriverskeel.appfolio.com/connect</a>",
                title="Redirect Notice",
            )
        },
    },
    state="PA",
    city="Pittsburgh",
)

# Miami, AppFolio, a Spanish site: "Portal de Inquilinos" in the menu; the portal in Spanish. High.
add(
    "site_links_portal",
    "AppFolio",
    "Brisa del Sur Property Management",
    "brisadelsurpm.com",
    "https://brisadelsur.appfolio.com/connect",
    "high",
    {
        **pm(
            "brisadelsurpm.com",
            "Brisa del Sur Property Management",
            "<p>Administramos propiedades en la Pequeña Habana, Coral Way y Hialeah.</p>",
            address="1450 SW 8th St, Miami, FL 33135 &middot; (305) 555-0122",
            title="Brisa del Sur Property Management | Administración de propiedades en Miami",
            lang="es-US",
            menu=menu_link("https://brisadelsur.appfolio.com/connect", "Portal de Inquilinos"),
        ),
        **appfolio("brisadelsur", "Brisa del Sur Property Management", lang="es"),
    },
    state="FL",
    city="Miami",
)

# Orlando, DoorLoop, bilingual: "Pagar Renta / Pay Rent" to the account's portal. High.
add(
    "site_links_portal",
    "DoorLoop",
    "Lake Eola Keystone Rentals",
    "eolakeystone.com",
    "https://eolakeystone.app.doorloop.com/login",
    "high",
    {
        **pm(
            "eolakeystone.com",
            "Lake Eola Keystone Rentals",
            "<p>Rentals in Orlando, Kissimmee and Winter Park. Hablamos español.</p>"
            + pay_button("https://eolakeystone.app.doorloop.com/login", "Pagar Renta / Pay Rent"),
            address="135 N Magnolia Ave, Orlando, FL 32801",
        ),
        **spa("eolakeystone.app.doorloop.com", "/login", "Lake Eola Keystone Rentals - Tenant Portal"),
    },
    state="FL",
    city="Orlando",
)

# Savannah, Rentec Direct: the menu links the account's Rentec-hosted site (`<acct>.rentecdirect.com`),
# its listings and tenant login in the company's name. High.
add(
    "site_links_portal",
    "Rentec Direct",
    "Tybee Marsh Property Management",
    "tybeemarshpm.com",
    "https://tybeemarsh.rentecdirect.com/",
    "high",
    {
        **pm(
            "tybeemarshpm.com",
            "Tybee Marsh Property Management",
            address="7 E Congress St, Savannah, GA 31401",
            menu=menu_link("https://tybeemarsh.rentecdirect.com/", "Tenant Login"),
        ),
        "tybeemarsh.rentecdirect.com": {
            "/": page(
                "<h1>Tybee Marsh Property Management</h1><h2>Available Properties</h2><ul><li>3 bd / 2 ba, Pooler - "
                "$1,895</li></ul><h2>Tenant Login</h2>"
                + login_form("<label>Username</label><input name='username'><input type='password' name='password'>")
                + "<p>Property management software by Rentec Direct</p>",
                title="Tybee Marsh Property Management",
            )
        },
    },
    state="GA",
    city="Savannah",
)

# Raleigh, TenantCloud: "Available Rentals" links the account's TenantCloud listings page (an account
# portal of the vendor table), titled with the company. High.
add(
    "site_links_portal",
    "TenantCloud",
    "Oak City Hearth Rentals",
    "oakcityhearth.com",
    "https://oakcityhearth.tenantcloud.com/",
    "high",
    {
        **pm(
            "oakcityhearth.com",
            "Oak City Hearth Rentals",
            address="319 Fayetteville St, Raleigh, NC 27601",
            menu=menu_link("https://oakcityhearth.tenantcloud.com/", "Available Rentals"),
        ),
        "oakcityhearth.tenantcloud.com": {
            "/": page(
                "<h1>Oak City Hearth Rentals</h1><h2>Available Units</h2><ul><li>2 bd / 2 ba, Five Points - $1,650 "
                "<a href='/listings/71822'>Apply Now</a></li></ul><footer>Powered by TenantCloud</footer>",
                title="Oak City Hearth Rentals - Available Units",
            )
        },
    },
    state="NC",
    city="Raleigh",
)

# Tucson, Yardi (Breeze): the menu links the account's securecafe Resident Services login, which here
# answered with its form (not walled). ambiguous: the contract warns RentCafe often walls servers; when
# it answers live in the company's name, a careful team takes it: high.
add(
    "site_links_portal",
    "Yardi",
    "Catalina Wren Property Management",
    "catalinawrenpm.com",
    "https://catalinawren.securecafe.com/residentservices/catalina-wren-property-management/userlogin.aspx",
    "high",
    {
        **pm(
            "catalinawrenpm.com",
            "Catalina Wren Property Management",
            address="4400 E Broadway Blvd, Suite 300, Tucson, AZ 85711",
            menu=menu_link(
                "https://catalinawren.securecafe.com/residentservices/catalina-wren-property-management/userlogin.aspx"
            ),
        ),
        "catalinawren.securecafe.com": {
            "/residentservices/catalina-wren-property-management/userlogin.aspx": page(
                "<h1>Catalina Wren Property Management</h1><h2>Resident Login</h2>"
                + login_form("<label>Username</label><input name='Username'><input type='password' name='Password'>")
                + "<a href='forgotpassword.aspx'>Forgot password?</a><footer>RENTCafe &copy; Yardi Systems</footer>",
                title="Resident Services - Login",
            )
        },
    },
    state="AZ",
    city="Tucson",
)

# Colorado Springs, Buildium: corporate office in Wichita, KS; the Colorado Springs office beside it.
add(
    "site_links_portal",
    "Buildium",
    "Pikes Cairn Property Management",
    "pikescairnpm.com",
    "https://pikescairn.managebuilding.com/Resident/public/home",
    "high",
    {
        **pm(
            "pikescairnpm.com",
            "Pikes Cairn Property Management",
            "<p>Corporate: 301 N Main St, Wichita, KS 67202</p>"
            "<p>Colorado Springs office: 102 S Tejon St, Suite 1100, Colorado Springs, CO 80903</p>",
            address="Residential property management in El Paso County and Sedgwick County.",
            menu=menu_link("https://pikescairn.managebuilding.com/Resident/public/home", "Residents"),
        ),
        **buildium("pikescairn", "Pikes Cairn Property Management"),
    },
    state="CO",
    city="Colorado Springs",
)

# Cincinnati, Rent Manager: the menu links Resident Web Access with the corporation's `corpid`. High.
add(
    "site_links_portal",
    "Rent Manager",
    "Mount Adams Finial Property Management",
    "mtadamsfinial.com",
    "https://residentwebaccess.rentmanager.com/?corpid=mtadamsfinial",
    "high",
    {
        **pm(
            "mtadamsfinial.com",
            "Mount Adams Finial Property Management",
            address="1101 St Gregory St, Cincinnati, OH 45202",
            menu=menu_link("https://residentwebaccess.rentmanager.com/?corpid=mtadamsfinial", "Resident Web Access"),
        ),
        **rent_manager_twa(
            "residentwebaccess.rentmanager.com", "Mount Adams Finial Property Management", "/?corpid=mtadamsfinial"
        ),
    },
    state="OH",
    city="Cincinnati",
)

# Memphis, ResMan: an apartment operator's site links its community's ResMan portal; the portal names the
# property, not the operator (the contract does not compare ResMan titles). High.
add(
    "site_links_portal",
    "ResMan",
    "Overton Brick Residential",
    "overtonbrick.com",
    "https://overtonbrick.myresman.com/Portal/Access/SignIn",
    "high",
    {
        **pm(
            "overtonbrick.com",
            "Overton Brick Residential",
            "<h2>Our community</h2><p>The Lofts at Overton Square: studios to two-bedrooms, apartments for rent.</p>",
            address="2091 Madison Ave, Memphis, TN 38104",
            menu=menu_link("https://overtonbrick.myresman.com/Portal/Access/SignIn", "Resident Portal"),
        ),
        **resman("overtonbrick", "The Lofts at Overton Square"),
    },
    state="TN",
    city="Memphis",
)

# Sacramento, Entrata: the operator's site links its community's residentportal.com account, which here
# answered live (no wall); the portal names the community. High.
add(
    "site_links_portal",
    "Entrata",
    "Capitol Alder Residential",
    "capitolalder.com",
    "https://alderatmidtown.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "high",
    {
        **pm(
            "capitolalder.com",
            "Capitol Alder Residential",
            "<h2>Communities</h2><p>The Alder at Midtown &middot; 92 apartment homes on J Street.</p>",
            address="1730 J St, Sacramento, CA 95811 &middot; DRE #01998877",
            menu=menu_link("https://alderatmidtown.residentportal.com/resident_portal/?module=authentication&action=view_login"),
        ),
        "alderatmidtown.residentportal.com": {
            "/": redirect("/resident_portal/?module=authentication&action=view_login"),
            "/resident_portal/": page(
                "<h1>The Alder at Midtown</h1><h2>Resident Portal</h2>"
                + login_form("<label>Email</label><input name='username'><input type='password' name='password'>")
                + "<a href='#'>Forgot Password?</a><p>Pay rent, submit maintenance, renew your lease.</p>",
                title="The Alder at Midtown | Resident Portal",
            ),
        },
    },
    state="CA",
    city="Sacramento",
)

# Naperville, AppFolio (tricky): the menu's "Resident Login" goes to an account in a holding company's name
# ("DuPage Crest Holdings"); nothing beside the link names it as anyone else's. By the contract a menu link
# whose surroundings name no one is the site's own: high.
add(
    "site_links_portal",
    "AppFolio",
    "Prairie Lintel Property Group",
    "prairielintel.com",
    "https://dupagecrest.appfolio.com/connect",
    "high",
    {
        **pm(
            "prairielintel.com",
            "Prairie Lintel Property Group",
            address="55 S Main St, Suite 300, Naperville, IL 60540",
            menu=menu_link("https://dupagecrest.appfolio.com/connect"),
        ),
        **appfolio("dupagecrest", "DuPage Crest Holdings LLC"),
    },
    state="IL",
    city="Naperville",
)

# Grand Rapids, Buildium: the site links no portal; the given Resident Center answers in its name: medium.
add(
    "live_portal",
    "Buildium",
    "Grand River Tamarack Rentals",
    "grandrivertamarack.com",
    "https://grtamarack.managebuilding.com/Resident/portal/login",
    "medium",
    {
        **pm(
            "grandrivertamarack.com",
            "Grand River Tamarack Rentals",
            "<p>Houses and duplexes for rent near Heritage Hill. Call to pay rent by phone.</p>",
            address="38 Commerce Ave SW, Grand Rapids, MI 49503",
        ),
        **buildium("grtamarack", "Grand River Tamarack Rentals"),
    },
    state="MI",
    city="Grand Rapids",
)

# Indianapolis, AppFolio: a footer link "Tenant Portal" to the account. "IN" after a comma names Indiana. High.
add(
    "site_links_portal",
    "AppFolio",
    "Circle City Dovetail Property Management",
    "dovetailindy.com",
    "https://circlecitydovetail.appfolio.com/connect",
    "high",
    {
        **pm(
            "dovetailindy.com",
            "Circle City Dovetail Property Management",
            "<div class='footer-links'><a href='https://circlecitydovetail.appfolio.com/connect'>Tenant Portal</a>"
            "<a href='https://circlecitydovetail.appfolio.com/oportal/users/log_in'>Owner Portal</a></div>",
            address="47 S Pennsylvania St, Indianapolis, IN 46204",
        ),
        **appfolio("circlecitydovetail", "Circle City Dovetail Property Management"),
    },
    state="IN",
    city="Indianapolis",
)

# Greenville, Rentvine: unlinked resident portal in the company's name: medium.
add(
    "live_portal",
    "Rentvine",
    "Reedy Falls Property Management",
    "reedyfallspm.com",
    "https://reedyfalls.rentvine.com/portals/resident",
    "medium",
    {
        **pm(
            "reedyfallspm.com",
            "Reedy Falls Property Management",
            "<p>Now leasing in Greenville and Simpsonville.</p>",
            address="101 N Main St, Suite 600, Greenville, SC 29601",
        ),
        **spa("reedyfalls.rentvine.com", "/portals/resident", "Reedy Falls Property Management | Resident Portal"),
    },
    state="SC",
    city="Greenville",
)

# Seattle, AppFolio: a "Residents" drop-down with "Pay Rent" and "Maintenance Request", both to the account.
add(
    "site_links_portal",
    "AppFolio",
    "Ballard Fjord Rentals",
    "ballardfjordrentals.com",
    "https://ballardfjord.appfolio.com/connect",
    "high",
    {
        **pm(
            "ballardfjordrentals.com",
            "Ballard Fjord Rentals",
            address="5300 Ballard Ave NW, Seattle, WA 98107",
            menu="<div class='dropdown'><span>Residents</span><ul class='sub-menu'><li>"
            "<a href='https://ballardfjord.appfolio.com/connect'>Pay Rent</a></li><li>"
            "<a href='https://ballardfjord.appfolio.com/connect/maintenance_requests/new'>Maintenance Request</a>"
            "</li></ul></div>",
        ),
        **appfolio("ballardfjord", "Ballard Fjord Rentals"),
    },
    state="WA",
    city="Seattle",
)

# Reno, Propertyware: unlinked tenant portal in the company's name: medium.
add(
    "live_portal",
    "Propertyware",
    "Truckee Sage Property Management",
    "truckeesagepm.com",
    "https://truckeesage.propertyware.com/pw/portals/truckeesage/tenant.action",
    "medium",
    {
        **pm(
            "truckeesagepm.com",
            "Truckee Sage Property Management",
            address="50 W Liberty St, Suite 880, Reno, NV 89501",
        ),
        **propertyware("truckeesage", "Truckee Sage Property Management"),
    },
    state="NV",
    city="Reno",
)

# Marietta, DoorLoop: the homepage links /tenants/ only; that page's button opens the account's portal. High.
add(
    "site_links_portal",
    "DoorLoop",
    "Kennesaw Pine Rentals",
    "kennesawpine.com",
    "https://kennesawpine.app.doorloop.com/login",
    "high",
    {
        **pm(
            "kennesawpine.com",
            "Kennesaw Pine Rentals",
            "<a href='/tenants/'>Current Tenants</a>",
            address="161 Roswell St NE, Marietta, GA 30060",
            extra={
                "/tenants/": page(
                    "<h1>Current Tenants</h1><p>Log in to pay rent and request repairs.</p>"
                    "<a class='btn' href='https://kennesawpine.app.doorloop.com/login'>Tenant Portal</a>",
                    title="Tenants - Kennesaw Pine Rentals",
                ),
                "/tenants": redirect("/tenants/", 301),
            },
        ),
        **spa("kennesawpine.app.doorloop.com", "/login", "Kennesaw Pine Rentals - Tenant Portal"),
    },
    state="GA",
    city="Marietta",
)

# Kansas City, Missouri, Buildium: "Kansas City, MO 64113" (Kansas in the city's name is no state). High.
add(
    "site_links_portal",
    "Buildium",
    "Brookside Trolley Property Management",
    "brooksidetrolleypm.com",
    "https://brooksidetrolley.managebuilding.com/Resident/portal/login",
    "high",
    {
        **pm(
            "brooksidetrolleypm.com",
            "Brookside Trolley Property Management",
            "<p>Homes for rent in Brookside, Waldo and the Plaza.</p>",
            address="6330 Brookside Plaza, Kansas City, MO 64113",
            menu=menu_link("https://brooksidetrolley.managebuilding.com/Resident/portal/login"),
        ),
        **buildium("brooksidetrolley", "Brookside Trolley Property Management"),
    },
    state="MO",
    city="Kansas City",
)

# Wilmington, AppFolio (tricky): the homepage links no portal; a 2018 news post ("We have a new online
# portal!") links the account; the given portal answers in the company's name. Either way medium
# (an over-five-year-old post's link, or portal_live).
add(
    "site_links_portal",
    "AppFolio",
    "Cape Fear Heron Property Management",
    "capefearheron.com",
    "https://capefearheron.appfolio.com/connect",
    "medium",
    {
        **pm(
            "capefearheron.com",
            "Cape Fear Heron Property Management",
            "<h2>Latest news</h2><a href='/2018/02/new-online-portal/'>We have a new online portal!</a>",
            address="201 N Front St, Wilmington, NC 28401",
            extra={
                "/2018/02/new-online-portal/": page(
                    "<article><h1>We have a new online portal!</h1><time datetime='2018-02-12'>February 12, 2018</time>"
                    "<p>Residents can now pay rent and submit maintenance requests online at "
                    "<a href='https://capefearheron.appfolio.com/connect'>our online portal</a>.</p></article>",
                    title="We have a new online portal! - Cape Fear Heron Property Management",
                )
            },
        ),
        **appfolio("capefearheron", "Cape Fear Heron Property Management"),
    },
    state="NC",
    city="Wilmington",
)

# Mesa, Buildium, a Spanish site: "Portal de Residentes" in the menu; the Resident Center in English. High.
add(
    "site_links_portal",
    "Buildium",
    "Sonora Azul Administración de Propiedades",
    "sonoraazulpm.com",
    "https://sonoraazul.managebuilding.com/Resident/portal/login",
    "high",
    {
        **pm(
            "sonoraazulpm.com",
            "Sonora Azul Administración de Propiedades",
            "<p>Casas en renta en Mesa, Chandler y Gilbert.</p>",
            address="63 E Main St, Mesa, AZ 85201 &middot; (480) 555-0164",
            lang="es-US",
            title="Sonora Azul | Administración de Propiedades en Mesa, Arizona",
            menu=menu_link("https://sonoraazul.managebuilding.com/Resident/portal/login", "Portal de Residentes"),
        ),
        **buildium("sonoraazul", "Sonora Azul Administración de Propiedades"),
    },
    state="AZ",
    city="Mesa",
)

# Asheville, Rent Manager: "Serving Western N.C." beside the address; menu link to the Resident Portal. High.
add(
    "site_links_portal",
    "Rent Manager",
    "Blue Ridge Hemlock Realty",
    "blueridgehemlock.com",
    "https://blueridgehemlock.rmresident.com/",
    "high",
    {
        **pm(
            "blueridgehemlock.com",
            "Blue Ridge Hemlock Realty",
            "<p>Long-term rentals across Western N.C.</p>",
            address="14 S Pack Square, Asheville, NC 28801",
            menu=menu_link("https://blueridgehemlock.rmresident.com/", "Resident Portal"),
        ),
        **rmresident("blueridgehemlock", "Blue Ridge Hemlock Realty"),
    },
    state="NC",
    city="Asheville",
)

# Jacksonville, Propertyware: main office in Atlanta, GA; the Jacksonville office beside it. High.
add(
    "site_links_portal",
    "Propertyware",
    "St. Johns Wherry Property Management",
    "stjohnswherry.com",
    "https://stjohnswherry.propertyware.com/pw/portals/stjohnswherry/tenant.action",
    "high",
    {
        **pm(
            "stjohnswherry.com",
            "St. Johns Wherry Property Management",
            "<p>Main office: 3340 Peachtree Rd NE, Atlanta, GA 30326</p>"
            "<p>Jacksonville office: 1301 Riverplace Blvd, Suite 800, Jacksonville, FL 32207</p>",
            address="Managing rentals in Georgia and Northeast Florida.",
            menu=menu_link("https://stjohnswherry.propertyware.com/pw/portals/stjohnswherry/tenant.action", "Tenants"),
        ),
        **propertyware("stjohnswherry", "St. Johns Wherry Property Management"),
    },
    state="FL",
    city="Jacksonville",
)

# Philadelphia, Rentec Direct: unlinked account site (`<acct>.rentecdirect.com`) in the company's name:
# medium (portal_live).
add(
    "live_portal",
    "Rentec Direct",
    "Schuylkill Dory Property Management",
    "schuylkilldory.com",
    "https://schuylkilldory.rentecdirect.com/",
    "medium",
    {
        **pm(
            "schuylkilldory.com",
            "Schuylkill Dory Property Management",
            address="2401 Walnut St, Philadelphia, PA 19103",
        ),
        "schuylkilldory.rentecdirect.com": {
            "/": page(
                "<h1>Schuylkill Dory Property Management</h1><h2>Available Properties</h2><p>No vacancies right now."
                "</p><h2>Tenant Login</h2>"
                + login_form("<label>Username</label><input name='username'><input type='password' name='password'>")
                + "<p>Property management software by Rentec Direct</p>",
                title="Schuylkill Dory Property Management",
            )
        },
    },
    state="PA",
    city="Philadelphia",
)

# Los Angeles, AppFolio, bilingual: menu link; the portal served in Spanish ("Portal en línea - Iniciar
# sesión" names no one), the logo names the company. High.
add(
    "site_links_portal",
    "AppFolio",
    "Eastside Jacaranda Property Management",
    "eastsidejacaranda.com",
    "https://eastsidejacaranda.appfolio.com/connect",
    "high",
    {
        **pm(
            "eastsidejacaranda.com",
            "Eastside Jacaranda Property Management",
            "<p>Boyle Heights, El Sereno y Highland Park. Se habla español.</p>",
            address="2130 E 1st St, Los Angeles, CA 90033 &middot; CalDRE #02112233",
            menu=menu_link("https://eastsidejacaranda.appfolio.com/connect", "Portal de Residentes / Resident Portal"),
        ),
        **appfolio("eastsidejacaranda", "Eastside Jacaranda Property Management", lang="es"),
    },
    state="CA",
    city="Los Angeles",
)

# =================================================================================================
# Everyday rejections (19)
# =================================================================================================

# Decatur, asked AppFolio: the site's "Resident Login" is a live Buildium account; no AppFolio anywhere.
add(
    "other_pms",
    "AppFolio",
    "Oakhurst Porchlight Realty",
    "oakhurstporchlight.com",
    None,
    "pms_mismatch",
    {
        **pm(
            "oakhurstporchlight.com",
            "Oakhurst Porchlight Realty",
            address="520 W Ponce de Leon Ave, Decatur, GA 30030",
            menu=menu_link("https://oakhurstporchlight.managebuilding.com/Resident/portal/login"),
        ),
        **buildium("oakhurstporchlight", "Oakhurst Porchlight Realty"),
    },
    state="GA",
    city="Decatur",
)

# Boulder, asked Buildium: the agent's evidence is the company's own live AppFolio portal (which the site
# links too): the evidence shows another PMS.
add(
    "other_pms",
    "Buildium",
    "Flatirons Quill Property Management",
    "flatironsquill.com",
    "https://flatironsquill.appfolio.com/connect",
    "pms_mismatch",
    {
        **pm(
            "flatironsquill.com",
            "Flatirons Quill Property Management",
            address="1942 Broadway, Suite 314, Boulder, CO 80302",
            menu=menu_link("https://flatironsquill.appfolio.com/connect"),
        ),
        **appfolio("flatironsquill", "Flatirons Quill Property Management"),
    },
    state="CO",
    city="Boulder",
)

# Sarasota, asked AppFolio: the evidence is AppFolio's marketing page (with ChatGPT's utm tag), vendor-wide;
# the site links no portal. Nothing proves the PMS.
add(
    "vendor_wide",
    "AppFolio",
    "Siesta Coquina Realty",
    "siestacoquina.com",
    "https://www.appfolio.com/property-manager/residential?utm_source=chatgpt.com",
    "no_pms_evidence",
    {
        **pm(
            "siestacoquina.com",
            "Siesta Coquina Realty",
            "<p>Annual and seasonal rentals on Siesta Key. Call the office to pay rent.</p>",
            address="1819 Main St, Suite 610, Sarasota, FL 34236",
        ),
        "www.appfolio.com": {
            "/property-manager/residential?utm_source=chatgpt.com": page(
                "<h1>Residential property management software</h1><a href='/demo'>Get a demo</a>",
                title="Residential Property Management Software | AppFolio",
            )
        },
    },
    state="FL",
    city="Sarasota",
)

# Dayton, asked Buildium: the evidence is a Buildium help-center article about the Resident Center;
# the site links no portal.
add(
    "vendor_wide",
    "Buildium",
    "Gem City Mullion Rentals",
    "gemcitymullion.com",
    "https://support.buildium.com/hc/en-us/articles/360041823712-Resident-Center-overview",
    "no_pms_evidence",
    {
        **pm(
            "gemcitymullion.com",
            "Gem City Mullion Rentals",
            address="40 N Main St, Suite 1500, Dayton, OH 45423",
        ),
        "support.buildium.com": {
            "/hc/en-us/articles/360041823712-Resident-Center-overview": page(
                "<h1>Resident Center overview</h1><p>The Resident Center lets residents pay rent online...</p>",
                title="Resident Center overview – Buildium Help Center",
            )
        },
    },
    state="OH",
    city="Dayton",
)

# Knoxville, asked Rentvine: the evidence is Rentvine's customer story naming the company; the site links
# no portal. A customer story proves nothing (the contract says so).
add(
    "vendor_wide",
    "Rentvine",
    "Smoky Lantern Property Management",
    "smokylanternpm.com",
    "https://www.rentvine.com/customers/smoky-lantern-property-management",
    "no_pms_evidence",
    {
        **pm(
            "smokylanternpm.com",
            "Smoky Lantern Property Management",
            address="800 S Gay St, Suite 1700, Knoxville, TN 37929",
        ),
        "www.rentvine.com": {
            "/customers/smoky-lantern-property-management": page(
                "<h1>How Smoky Lantern Property Management grew to 600 doors with Rentvine</h1>",
                title="Customer Story: Smoky Lantern Property Management | Rentvine",
            )
        },
    },
    state="TN",
    city="Knoxville",
)

# Tacoma, asked Buildium: the agent's portal is a differently named company's account ("Harbor Juniper
# Property Services" for Harbor Juniper Realty Group: the contract's Riverside shape); the site links none
# and never calls that name its own.
add(
    "no_account",
    "Buildium",
    "Harbor Juniper Realty Group",
    "harborjuniperrealty.com",
    "https://harborjuniperps.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        **pm(
            "harborjuniperrealty.com",
            "Harbor Juniper Realty Group",
            address="2702 N Proctor St, Tacoma, WA 98407",
        ),
        **buildium("harborjuniperps", "Harbor Juniper Property Services"),
    },
    state="WA",
    city="Tacoma",
)

# Scottsdale, asked Buildium: the agent's account does not exist ("could not be found"); site links none.
add(
    "no_account",
    "Buildium",
    "Camelback Sotol Property Management",
    "camelbacksotol.com",
    "https://camelbacksotol.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        **pm(
            "camelbacksotol.com",
            "Camelback Sotol Property Management",
            address="7150 E Camelback Rd, Suite 444, Scottsdale, AZ 85251",
        ),
        "camelbacksotol.managebuilding.com": {
            "/Resident/portal/login": page(
                "<h2>We're sorry, the account you're looking for could not be found.</h2>"
                "<p>Please check the web address and try again.</p>",
                title="Buildium",
            )
        },
    },
    state="AZ",
    city="Scottsdale",
)

# Evanston, asked AppFolio: a retired account, /connect 302s to AppFolio's home page; site links none.
add(
    "no_account",
    "AppFolio",
    "Lakeshore Dempster Management",
    "lakeshoredempster.com",
    "https://lakeshoredempster.appfolio.com/connect",
    "evidence_unverified",
    {
        **pm(
            "lakeshoredempster.com",
            "Lakeshore Dempster Management",
            address="1603 Orrington Ave, Evanston, IL 60201",
        ),
        "lakeshoredempster.appfolio.com": {"/connect": redirect("https://www.appfolio.com/", 301)},
    },
    state="IL",
    city="Evanston",
)

# Toledo, asked Rent Manager: the corporation's web access says the company ID is invalid; site links none.
add(
    "no_account",
    "Rent Manager",
    "Maumee Lockkeeper Rentals",
    "maumeelockkeeper.com",
    "https://maumeelock.twa.rentmanager.com/",
    "evidence_unverified",
    {
        **pm(
            "maumeelockkeeper.com",
            "Maumee Lockkeeper Rentals",
            address="300 Madison Ave, Suite 1200, Toledo, OH 43604",
        ),
        "maumeelock.twa.rentmanager.com": {
            "/": page(
                "<h1>Resident Web Access</h1><p class='error'>Invalid Corporate ID. Please contact your property "
                "manager for the correct web address.</p>",
                title="Resident Web Access",
            )
        },
    },
    state="OH",
    city="Toledo",
)

# Durham, asked AppFolio: the company's domain does not exist (neither the name nor www.), though an
# AppFolio account by that name answers: dead_domain comes first.
add(
    "dead_domain",
    "AppFolio",
    "Bull City Lintel Property Management",
    "bullcitylintelpm.com",
    "https://bullcitylintel.appfolio.com/connect",
    "dead_domain",
    {**appfolio("bullcitylintel", "Bull City Lintel Property Management")},
    ("bullcitylintelpm.com", "www.bullcitylintelpm.com"),
    state="NC",
    city="Durham",
)

# Augusta, asked Buildium: the domain shows GoDaddy's parked lander (a /lander hop, wsimg parking script,
# "Get this domain").
add(
    "parked",
    "Buildium",
    "Savannah Rapids Realty",
    "savannahrapidsrealty.com",
    "https://savannahrapids.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "savannahrapidsrealty.com": {
            "/": redirect("/lander"),
            "/lander": page(
                "<div id='root'><h1>savannahrapidsrealty.com</h1><p>This domain is registered, but may still be "
                "available.</p><a href='https://www.godaddy.com/domainsearch/find?domainToCheck=savannahrapidsrealty.com"
                "&utm_source=parking&utm_medium=parking'>Get this domain</a></div>"
                "<script src='https://img1.wsimg.com/parking-lander/static/js/main.1f3c5a2b.js'></script>",
                title="savannahrapidsrealty.com",
            ),
        },
        **buildium("savannahrapids", "Savannah Rapids Realty"),
    },
    state="GA",
    city="Augusta",
)

# Fort Lauderdale, asked AppFolio: the domain 302s to a HugeDomains sale page.
add(
    "parked",
    "AppFolio",
    "Las Olas Tern Property Management",
    "lasolastern.com",
    "https://lasolastern.appfolio.com/connect",
    "dead_domain",
    {
        "lasolastern.com": everywhere(redirect("https://www.hugedomains.com/domain_profile.cfm?d=lasolastern.com")),
        "www.hugedomains.com": {
            "/domain_profile.cfm?d=lasolastern.com": page(
                "<h1>LasOlasTern.com is for sale</h1><p>Buy now for $2,395 or pay $99/month.</p>",
                title="LasOlasTern.com is for sale | HugeDomains",
            )
        },
        **appfolio("lasolastern", "Las Olas Tern Property Management"),
    },
    state="FL",
    city="Fort Lauderdale",
)

# Fort Wayne, asked Buildium: the domain answers with nginx's default page (a host's "no site here").
add(
    "dead_domain",
    "Buildium",
    "Summit City Gable Rentals",
    "summitcitygable.com",
    None,
    "dead_domain",
    {
        "summitcitygable.com": everywhere(
            page(
                "<h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed "
                "and working. Further configuration is required.</p><p><em>Thank you for using nginx.</em></p>",
                title="Welcome to nginx!",
            )
        )
    },
    state="IN",
    city="Fort Wayne",
)

# Irvine, asked Yardi: the site links its RentCafe (securecafe) resident login, which answers servers with
# Cloudflare's managed challenge: unreadable, not dead.
add(
    "bot_wall",
    "Yardi",
    "Solana Crest Residential",
    "solanacrestresidential.com",
    "https://solanacrest.securecafe.com/residentservices/solana-crest/userlogin.aspx",
    "unverifiable",
    {
        **pm(
            "solanacrestresidential.com",
            "Solana Crest Residential",
            "<p>Apartment homes in Irvine and Tustin.</p>",
            address="2 Park Plaza, Suite 900, Irvine, CA 92614",
            menu=menu_link("https://solanacrest.securecafe.com/residentservices/solana-crest/userlogin.aspx"),
        ),
        "solanacrest.securecafe.com": everywhere(CF_CHALLENGE),
    },
    state="CA",
    city="Irvine",
)

# Norfolk, asked Entrata: the community's residentportal.com answers servers with a bare 403 (Entrata's
# known answer); the site links it.
add(
    "bot_wall",
    "Entrata",
    "Ghent Wharf Residential",
    "ghentwharf.com",
    "https://ghentwharf.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        **pm(
            "ghentwharf.com",
            "Ghent Wharf Residential",
            "<p>Waterfront apartments in Ghent.</p>",
            address="1100 W Olney Rd, Norfolk, VA 23507",
            menu=menu_link("https://ghentwharf.residentportal.com/resident_portal/?module=authentication&action=view_login"),
        ),
        "ghentwharf.residentportal.com": everywhere(
            raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>")
        ),
    },
    state="VA",
    city="Norfolk",
)

# Columbia, asked SC: the same-named firm's site is in Columbia, Missouri (every address "Columbia, MO",
# "Boone County, Missouri"; no South Carolina anywhere); its linked portal is live, but it is not a
# South Carolina company. Class: not the candidate's account.
add(
    "no_account",
    "Buildium",
    "Columbia Ridgeway Property Management",
    "columbiaridgeway.com",
    "https://columbiaridgeway.managebuilding.com/Resident/portal/login",
    "wrong_state",
    {
        **pm(
            "columbiaridgeway.com",
            "Columbia Ridgeway Property Management",
            "<p>Student and family rentals near Mizzou, serving Columbia and Boone County, Missouri.</p>",
            address="1000 W Nifong Blvd, Columbia, MO 65203",
            menu=menu_link("https://columbiaridgeway.managebuilding.com/Resident/portal/login"),
        ),
        **buildium("columbiaridgeway", "Columbia Ridgeway Property Management"),
    },
    state="SC",
    city="Columbia",
)

# Lansing, asked Buildium: the site links a Resident Center that says, above its form, the account is
# inactive (a lapsed account): not a live portal, and the site links nothing else.
add(
    "stale_portal",
    "Buildium",
    "Capitol Loop Rentals",
    "capitollooprentals.com",
    "https://capitolloop.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        **pm(
            "capitollooprentals.com",
            "Capitol Loop Rentals",
            address="124 W Allegan St, Lansing, MI 48933",
            menu=menu_link("https://capitolloop.managebuilding.com/Resident/portal/login"),
        ),
        **buildium(
            "capitolloop",
            "Capitol Loop Rentals",
            notice="<div class='alert'>This account is inactive. Please contact your property management company.</div>",
        ),
    },
    state="MI",
    city="Lansing",
)

# Fort Collins, asked AppFolio: no evidence URL and a site with no portal link ("drop rent at the office").
add(
    "no_portal",
    "AppFolio",
    "Poudre Saddle Property Management",
    "poudresaddle.com",
    None,
    "no_pms_evidence",
    {
        **pm(
            "poudresaddle.com",
            "Poudre Saddle Property Management",
            "<p>Rent may be dropped at our office or mailed by the 1st.</p>",
            address="215 E Mountain Ave, Fort Collins, CO 80524",
        ),
    },
    state="CO",
    city="Fort Collins",
)

# Springfield, Missouri, asked AppFolio: the evidence is an image on AppFolio's CDN (an asset, vendor-wide
# in the table, even with the account in its path); the site links no portal. ambiguous: the CDN path names
# an account, but the contract lists `images.cdn.appfolio.com` as never evidence and a URL naming no portal
# as `no_pms_evidence`.
add(
    "asset",
    "AppFolio",
    "Ozark Lintel Rentals",
    "ozarklintel.com",
    "https://images.cdn.appfolio.com/ozarklintel/images/4a7c1e2b-9d3f-4b8a-a1c2-3e5f7d9b0c1a/medium.jpg",
    "no_pms_evidence",
    {
        **pm(
            "ozarklintel.com",
            "Ozark Lintel Rentals",
            address="300 S Jefferson Ave, Springfield, MO 65806",
        ),
        "images.cdn.appfolio.com": {
            "/ozarklintel/images/4a7c1e2b-9d3f-4b8a-a1c2-3e5f7d9b0c1a/medium.jpg": Reply(
                200, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", content_type="image/jpeg"
            )
        },
    },
    state="MO",
    city="Springfield",
)

# =================================================================================================
# Tricky ones (4 more; with the Google redirect, the holding company's account and the 2018 post above)
# =================================================================================================

# Chattanooga, asked ResMan: the agent's portal is a community's ResMan sign-in whose footer says it is
# "Professionally managed by Greystone Bluff Residential": another manager's; the candidate's site links none.
add(
    "no_account",
    "ResMan",
    "Signal Crest Property Co.",
    "signalcrestproperty.com",
    "https://lookoutbluff.myresman.com/Portal/Access/SignIn",
    "evidence_unverified",
    {
        **pm(
            "signalcrestproperty.com",
            "Signal Crest Property Co.",
            "<p>Single-family rentals on Signal Mountain and in North Chattanooga.</p>",
            address="736 Market St, Chattanooga, TN 37402",
        ),
        **resman("lookoutbluff", "Lookout Bluff Apartments", "<p>Professionally managed by Greystone Bluff Residential</p>"),
    },
    state="TN",
    city="Chattanooga",
)

# South Charlotte, asked Buildium: a franchise office's site links the franchisor's Resident Center
# ("HearthKey Rentals Franchising, LLC"): never the candidate's account, linked or not.
add(
    "no_account",
    "Buildium",
    "HearthKey Rentals of South Charlotte",
    "hearthkeysouthcharlotte.com",
    "https://hearthkeyfranchising.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        **pm(
            "hearthkeysouthcharlotte.com",
            "HearthKey Rentals of South Charlotte",
            "<p>Each office is independently owned and operated.</p>",
            address="8008 Providence Rd, Suite 120, Charlotte, NC 28277",
            menu=menu_link("https://hearthkeyfranchising.managebuilding.com/Resident/portal/login"),
        ),
        **buildium("hearthkeyfranchising", "HearthKey Rentals Franchising, LLC"),
    },
    state="NC",
    city="Charlotte",
)

# Miami, asked AppFolio, a Spanish site: the homepage says the company "ahora forma parte de" another firm
# and sends visitors to its new site, while the old menu still links the live AppFolio account: handed over.
add(
    "stale_portal",
    "AppFolio",
    "Coralina Property Management",
    "coralinapm.com",
    "https://coralinapm.appfolio.com/connect",
    "evidence_unverified",
    {
        **pm(
            "coralinapm.com",
            "Coralina Property Management",
            "<div class='aviso'><h2>Aviso importante</h2><p>Coralina Property Management ahora forma parte de Grupo "
            "Manglar Residencial. Visite nuestro nuevo sitio en <a href='https://grupomanglarresidencial.com/'>"
            "grupomanglarresidencial.com</a>.</p></div>",
            address="2600 SW 27th Ave, Miami, FL 33133",
            lang="es-US",
            menu=menu_link("https://coralinapm.appfolio.com/connect", "Portal de Inquilinos"),
        ),
        **appfolio("coralinapm", "Coralina Property Management", lang="es"),
    },
    state="FL",
    city="Miami",
)

# Harrisburg, asked Buildium: the site's Resident Center says above its form "We're moving!" and gives the
# new AppFolio portal's host; that account answers. The residents are sent to another PMS.
add(
    "stale_portal",
    "Buildium",
    "Susquehanna Finch Realty",
    "susquehannafinch.com",
    "https://susquehannafinch.managebuilding.com/Resident/portal/login",
    "pms_mismatch",
    {
        **pm(
            "susquehannafinch.com",
            "Susquehanna Finch Realty",
            address="17 N 2nd St, Harrisburg, PA 17101",
            menu=menu_link("https://susquehannafinch.managebuilding.com/Resident/portal/login"),
        ),
        **buildium(
            "susquehannafinch",
            "Susquehanna Finch Realty",
            notice="<div class='alert'><strong>We're moving!</strong> Starting March 1, please pay rent in our new "
            "AppFolio portal: susquehannafinch.appfolio.com</div>",
        ),
        **appfolio("susquehannafinch", "Susquehanna Finch Realty"),
    },
    state="PA",
    city="Harrisburg",
)

HOLDOUT26 = collector.cases
