"""Blind holdout corpus 13: an ordinary night weighted to portals that show another name than the site's brand.

58 candidates in about an ordinary night's mix (33 real leads, 25 to reject, some of each tricky), weighted toward
one risk: a real Texas property manager whose site links its resident portal while the portal shows a different
name (a legal entity, an owner-broker, a holding company, a former name), and whose site names that other name
in the natural ways real sites do, without the stock phrases: a menu label "Resident Login (X LLC)", a footer
"Brand is operated by X, LLC", a tagline "Brand, an X brokerage", an About page, a "Who we are" paragraph, a DBA in
parentheses under the logo, a copyright line, a TREC "Information About Brokerage Services" line. Beside them are
easy same-name leads on every common vendor, and the traps a demanding reviewer would fear in the same visual
shapes: another company's portal linked from a partner list, a referral, a client story, a franchise sister
office, an acquirer ("has joined X"), an affiliate, a franchisor's account, a community portal "professionally
managed by" someone else, a blog post's example; stale, retired, moved-vendor and demo portals; a parked domain,
a Plesk placeholder, a vanished domain, a same-named firm in Oklahoma, a company that is in Oklahoma, bot walls.

Labels were decided by docs/live-checks.md and by what a careful person concludes from the pages as served,
written without reading or running the checks. Where the contract leaves room, the case carries an
`# ambiguous:` comment with the careful answer. Every page is our own short HTML reproducing the SHAPE of real
pages (WordPress menus and footers of Texas property managers, Buildium, AppFolio, Rent Manager, Propertyware,
Rentvine, DoorLoop and RentCafe portal sign-in pages, parking and hosting placeholders, a Cloudflare challenge);
every company name, person, account and domain is made up.
"""

from __future__ import annotations

from evidence_corpus import Case, Collector, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout13-")
add = collector.add

# --- pages, written after the shapes of real ones ----------------------------------------------------------

IABS = "/wp-content/uploads/2023/02/TREC-IABS.pdf"
CPN = "https://www.trec.texas.gov/forms/consumer-protection-notice"
WP_HEAD = "<link rel='stylesheet' href='/wp-content/themes/astra/style.min.css'><meta name='generator' content='WordPress 6.5'>"


def li(url: str, text: str, extra: str = "") -> str:
    return f"<li class='menu-item'><a href='{url}'>{text}</a>{extra}</li>"


def tx_home(
    brand: str,
    *,
    nav: str = "",
    header: str = "",
    body: str = "",
    footer: str = "",
    addr: str = "Austin, TX 78704 &middot; (512) 555-0100",
    copyright: str | None = None,
    iabs: bool = True,
    lede: str = "Leasing and full-service management for single-family homes, duplexes and condos in Central Texas.",
    title: str | None = None,
) -> Reply:
    """A Texas property manager's WordPress homepage: logo, primary menu, hero, body, footer with TREC links."""
    menu = (
        "<ul id='primary-menu' class='menu'>"
        + li("/", "Home")
        + li("/about-us/", "About Us")
        + li("/available-rentals/", "Available Rentals")
        + li("/owners/", "Property Owners")
        + nav
        + li("/contact-us/", "Contact")
        + "</ul>"
    )
    trec = (
        f"<p class='trec-links'><a href='{IABS}'>Information About Brokerage Services</a> | "
        f"<a href='{CPN}'>TREC Consumer Protection Notice</a></p>"
        if iabs
        else ""
    )
    html = (
        "<header class='site-header'><a class='custom-logo-link' href='/'>"
        f"<img class='custom-logo' src='/wp-content/uploads/2023/01/logo.png' alt='{brand}'></a>{header}"
        f"<nav class='main-navigation'>{menu}</nav></header>"
        f"<main id='content'><section class='hero'><h1>{brand}</h1><p>{lede}</p>"
        "<a class='btn' href='/available-rentals/'>View Homes for Rent</a></section>"
        f"{body}</main>"
        f"<footer class='site-footer'>{footer}<p class='footer-address'>{addr}</p>{trec}"
        f"<p class='copyright'>&copy; 2026 {copyright or brand}. All Rights Reserved.</p></footer>"
    )
    return doc(title or f"{brand} | Austin Property Management", WP_HEAD, html)


def buildium(co: str, *, notice: str = "", addr: str = "") -> Reply:
    return doc(
        f"{co} - Resident Center",
        "<link rel='stylesheet' href='/Content/resident-portal.min.css'>",
        f"<div class='login-header'><img src='/Resident/public/logo' alt='{co}'><h1>{co}</h1></div>{notice}"
        "<form method='post' action='/Resident/portal/login' class='login-form'><h2>Sign in to your Resident Center</h2>"
        "<label for='emailAddress'>Email</label><input id='emailAddress' name='username' type='email'>"
        "<label for='password'>Password</label><input id='password' name='password' type='password'>"
        "<label><input type='checkbox' name='rememberMe'> Keep me signed in</label><button type='submit'>Sign in</button>"
        "<a href='/Resident/portal/forgot-password'>Forgot your password?</a></form>"
        f"<footer>{addr}<span class='powered'>Powered by Buildium</span></footer>",
    )


def buildium_host(acct: str, co: str, **kw: str) -> dict[str, dict[str, Reply]]:
    return {f"{acct}.managebuilding.com": {"/Resident/portal/login": buildium(co, **kw)}}


def bld(acct: str) -> str:
    return f"https://{acct}.managebuilding.com/Resident/portal/login"


def appfolio(co: str, *, notice: str = "", addr: str = "") -> Reply:
    return doc(
        "Online Portal | Sign In",
        "<link rel='stylesheet' href='/connect/assets/application.css'>",
        f"<div class='portal-brand'><img class='company-logo' src='/images/company_logo.png' alt='{co}'>"
        f"<h1 class='company-name'>{co}</h1></div>{notice}"
        "<form action='/connect/users/sign_in' method='post' id='new_user'><h2>Sign In</h2>"
        "<label for='user_email'>Email</label><input type='email' id='user_email' name='user[email]'>"
        "<label for='user_password'>Password</label><input type='password' id='user_password' name='user[password]'>"
        "<button type='submit'>Sign In</button><a href='/connect/users/password/new'>Forgot password?</a></form>"
        "<p><a href='/connect/users/request_access'>Request access to the Online Portal</a></p>"
        f"<footer>{addr}<span>Powered by AppFolio Property Manager</span></footer>",
    )


def appfolio_host(acct: str, co: str, *, hop: bool = False, **kw: str) -> dict[str, dict[str, Reply]]:
    portal = appfolio(co, **kw)
    if hop:  # /connect answers with a redirect to the account's sign-in form
        return {
            f"{acct}.appfolio.com": {
                "/connect": redirect(f"https://{acct}.appfolio.com/connect/users/sign_in"),
                "/connect/users/sign_in": portal,
            }
        }
    return {f"{acct}.appfolio.com": {"/connect": portal}}


def apf(acct: str) -> str:
    return f"https://{acct}.appfolio.com/connect"


def rentmanager(co: str, *, notice: str = "", addr: str = "") -> Reply:
    return doc(
        "Resident Web Access - Login",
        "<link rel='stylesheet' href='/Content/twa.css'>",
        f"<div class='rm-brand'><img src='/Content/CorpLogo' alt='{co}'><h2>Welcome to {co}</h2></div>{notice}"
        "<form method='post' action='/Account/Login'><label>Username</label><input name='txtUserName'>"
        "<label>Password</label><input type='password' name='txtPassword'><button type='submit'>Log In</button>"
        "<a href='/Account/ForgotPassword'>Forgot Password?</a> <a href='/Account/SignUp'>Sign Up</a></form>"
        f"<footer>{addr}<span>Rent Manager Resident Web Access</span></footer>",
    )


def rentmanager_host(acct: str, co: str, **kw: str) -> dict[str, dict[str, Reply]]:
    host = f"{acct}.twa.rentmanager.com"
    return {host: {"/": redirect(f"https://{host}/Account/Login?ReturnUrl=%2F"), "/Account/Login": rentmanager(co, **kw)}}


def rm(acct: str) -> str:
    return f"https://{acct}.twa.rentmanager.com/"


def propertyware_host(acct: str, co: str) -> dict[str, dict[str, Reply]]:
    portal = doc(
        f"{co} - Tenant Portal",
        "",
        f"<div id='portal-header'><h1>{co}</h1></div><div class='login-box'><h2>Tenant Portal Login</h2>"
        f"<form method='post' action='/pw/portals/{acct}/tenant.action'><label>Email Address</label><input name='email'>"
        "<label>Password</label><input type='password' name='password'><button type='submit'>Log In</button>"
        f"<a href='/pw/portals/{acct}/forgotPassword.action'>Forgot your password?</a></form></div>"
        "<footer>Powered by Propertyware</footer>",
    )
    return {f"{acct}.propertyware.com": {f"/pw/portals/{acct}/tenant.action": portal}}


def pw(acct: str) -> str:
    return f"https://{acct}.propertyware.com/pw/portals/{acct}/tenant.action"


def securecafe(community: str, *, note: str = "", addr: str = "") -> Reply:
    return doc(
        "Resident Services - Login",
        "",
        f"<div class='property-header'><h1>{community}</h1>{note}</div>"
        "<form method='post' id='frmResidentLogin'><h2>Resident Login</h2><label>Username</label><input name='Username'>"
        "<label>Password</label><input type='password' name='Password'><button type='submit'>Log In</button>"
        "<a href='forgotpassword.aspx'>Forgot your password?</a></form>"
        f"<footer>{addr}<span>Powered by RENTCafe</span></footer>",
    )


def cloudflare_challenge(ray: str) -> Reply:
    return raw(
        403,
        "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
        "<meta name='robots' content='noindex,nofollow'></head><body><div class='main-wrapper'>"
        "<h1>Verifying you are human. This may take a few seconds.</h1>"
        "<noscript>Enable JavaScript and cookies to continue</noscript></div>"
        f"<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray={ray}'></script></body></html>",
        {"Server": "cloudflare", "cf-mitigated": "challenge", "CF-RAY": f"{ray}-DFW", "Cache-Control": "no-store"},
    )


def sites(*parts: dict[str, dict[str, Reply]]) -> dict[str, dict[str, Reply]]:
    merged: dict[str, dict[str, Reply]] = {}
    for part in parts:
        for host, pages in part.items():
            merged.setdefault(host, {}).update(pages)
    return merged


# --- the corpus ----------------------------------------------------------------------------------------------

# shape: a WordPress menu item whose label carries the account's legal entity in parentheses
# ambiguous: the menu item names the portal's entity beside the link without any of the contract's "own" phrases;
# nothing calls it someone else's, and a careful reader sees the company's own LLC: high
add(
    "site_links_portal",
    "Buildium",
    "Bastrop Bramble Homes",
    "bastropbramblehomes.com",
    None,
    "high",
    sites(
        {
            "bastropbramblehomes.com": {
                "/": tx_home(
                    "Bastrop Bramble Homes",
                    nav=li(bld("oakthistlemgmt"), "Resident Login (Oak Thistle Management LLC)"),
                    addr="902 Chestnut St, Bastrop, TX 78602 &middot; (512) 555-0131",
                )
            }
        },
        buildium_host("oakthistlemgmt", "Oak Thistle Management LLC"),
    ),
)

# shape: apex-to-www redirect; footer "Brand is operated by X, LLC" line; menu "Tenant Portal" to the LLC's AppFolio account
add(
    "site_links_portal",
    "AppFolio",
    "Pedregal Hill Country Homes",
    "pedregalhillcountryhomes.com",
    apf("quillfeatherrg"),
    "high",
    sites(
        {"pedregalhillcountryhomes.com": {"/": redirect("https://www.pedregalhillcountryhomes.com/", 301)}},
        {
            "www.pedregalhillcountryhomes.com": {
                "/": tx_home(
                    "Pedregal Hill Country Homes",
                    nav=li(apf("quillfeatherrg"), "Tenant Portal"),
                    footer="<p>Pedregal Hill Country Homes is operated by Quillfeather Realty Group, LLC.</p>",
                    addr="1808 W 35th St, Austin, TX 78703 &middot; (512) 555-0142",
                )
            }
        },
        appfolio_host("quillfeatherrg", "Quillfeather Realty Group, LLC", hop=True),
    ),
)

# shape: a header tagline "Brand, a Smithwick Brokerage company" under the logo; menu link to a Rent Manager TWA
add(
    "site_links_portal",
    "Rent Manager",
    "Lakeway Lantern Leasing",
    "lakewaylanternleasing.com",
    None,
    "high",
    sites(
        {
            "lakewaylanternleasing.com": {
                "/": tx_home(
                    "Lakeway Lantern Leasing",
                    header="<p class='site-description'>Lakeway Lantern Leasing &mdash; a Smithwick Brokerage company</p>",
                    nav=li(rm("smithwickbrokerage"), "Residents"),
                    addr="1310 Ranch Rd 620 S, Lakeway, TX 78734 &middot; (512) 555-0153",
                )
            }
        },
        rentmanager_host("smithwickbrokerage", "Smithwick Brokerage"),
    ),
)

# shape: the broker's firm named only on the About page ("founded by broker X of Y Realty"); "Pay Rent" in the menu
add(
    "site_links_portal",
    "Buildium",
    "Caprock Canyon Rentals",
    "caprockcanyonrentals.com",
    bld("rosqueterealty"),
    "high",
    sites(
        {
            "caprockcanyonrentals.com": {
                "/": tx_home("Caprock Canyon Rentals", nav=li(bld("rosqueterealty"), "Pay Rent")),
                "/about-us/": page(
                    "<h1>About Caprock Canyon Rentals</h1><p>Caprock Canyon Rentals was founded in 2009 by broker Delia "
                    "Rosquete of Rosquete Realty, after a decade of leasing homes in South Austin.</p>",
                    title="About Us | Caprock Canyon Rentals",
                ),
            }
        },
        buildium_host("rosqueterealty", "Rosquete Realty", addr="<p>4502 S Congress Ave, Austin, TX 78745</p>"),
    ),
)

# shape: a "Trusted local partners" list on the homepage, one partner's AppFolio portal linked; no portal of its own
add(
    "no_portal",
    "AppFolio",
    "Wimberley Juniper Homes",
    "wimberleyjuniperhomes.com",
    None,
    "no_pms_evidence",
    sites(
        {
            "wimberleyjuniperhomes.com": {
                "/": tx_home(
                    "Wimberley Juniper Homes",
                    body="<section class='partners'><h2>Trusted local partners</h2><ul>"
                    "<li>Lost Maples Residential &mdash; Kerr County rentals &middot; "
                    f"<a href='{apf('lostmaplesres')}'>resident portal</a></li>"
                    "<li>Blanco River Title &mdash; closings and escrow</li>"
                    "<li>Cypress Creek Home Inspections</li></ul></section>"
                    "<p>Current residents: call the office at (512) 555-0164 for rent and repairs.</p>",
                    addr="14000 Ranch Rd 12, Wimberley, TX 78676 &middot; (512) 555-0164",
                )
            }
        },
        appfolio_host("lostmaplesres", "Lost Maples Residential", addr="<p>Kerrville, TX 78028</p>"),
    ),
)

# shape: a one-broker shop whose Propertyware portal carries the owner-broker's personal name; a "Meet Marisol" bio
add(
    "site_links_portal",
    "Propertyware",
    "Gabion Creek Rentals",
    "gabioncreekrentals.com",
    None,
    "high",
    sites(
        {
            "gabioncreekrentals.com": {
                "/": tx_home(
                    "Gabion Creek Rentals",
                    nav=li(pw("quintanarbetts"), "Tenant Login"),
                    body="<section class='bio'><h2>Meet Marisol</h2><p>Marisol Quintanar-Betts has leased and cared for "
                    "homes in Williamson County for twenty years. She answers the phone herself.</p></section>",
                    addr="201 W 8th St, Georgetown, TX 78626 &middot; (512) 555-0175",
                )
            }
        },
        propertyware_host("quintanarbetts", "Marisol Quintanar-Betts"),
    ),
)

# shape: a DBA written under the logo as "Brand (Brand Realty Partners)"; the portal shows the partnership's name
add(
    "site_links_portal",
    "AppFolio",
    "Alamo Loquat Rentals",
    "alamoloquatrentals.com",
    apf("alamoloquatrp"),
    "high",
    sites(
        {
            "alamoloquatrentals.com": {
                "/": tx_home(
                    "Alamo Loquat Rentals",
                    header="<span class='logo-sub'>Alamo Loquat Rentals (Alamo Loquat Realty Partners)</span>",
                    nav=li(apf("alamoloquatrp"), "Resident Portal"),
                    addr="7400 Blanco Rd, San Antonio, TX 78216 &middot; (210) 555-0186",
                )
            }
        },
        appfolio_host("alamoloquatrp", "Alamo Loquat Realty Partners"),
    ),
)

# shape: a Sedo-style parking page with a "buy this domain" link and parking-tagged parameters; the portal is live
add(
    "parked",
    "Buildium",
    "Onyx Prairie Rentals",
    "onyxprairierentals.com",
    bld("onyxprairie"),
    "dead_domain",
    sites(
        {
            "onyxprairierentals.com": {
                "/": doc(
                    "onyxprairierentals.com",
                    "<script src='https://img.sedoparking.com/templates/js/parking.js'></script>",
                    "<h1>onyxprairierentals.com</h1><p>This domain name may be for sale. Make an offer!</p>"
                    "<a href='https://sedo.com/search/details/?domain=onyxprairierentals.com&amp;origin=parking"
                    "&amp;utm_medium=parking&amp;utm_campaign=offerpage'>Inquire now</a>"
                    "<ul class='related'><li><a href='/search?q=austin+rentals'>Austin Rentals</a></li>"
                    "<li><a href='/search?q=homes+for+lease'>Homes For Lease</a></li></ul>",
                )
            }
        },
        buildium_host("onyxprairie", "Onyx Prairie Rentals"),
    ),
)

# shape: a DBA in small type under the logo, an unrelated legal name; "Pay Rent" sits in the Residents dropdown
add(
    "site_links_portal",
    "Buildium",
    "Cibolo Wren Rentals",
    "cibolowrenrentals.com",
    None,
    "high",
    sites(
        {
            "cibolowrenrentals.com": {
                "/": tx_home(
                    "Cibolo Wren Rentals",
                    header="<small class='legal-name'>(Tejas Marigold Realty Partners)</small>",
                    nav=li(
                        "/residents/",
                        "Residents",
                        f"<ul class='sub-menu'>{li(bld('tejasmarigold'), 'Pay Rent')}"
                        f"{li('/maintenance/', 'Maintenance Request')}</ul>",
                    ),
                    addr="130 E Kingsbury St, Seguin, TX 78155 &middot; (830) 555-0197",
                )
            }
        },
        buildium_host("tejasmarigold", "Tejas Marigold Realty Partners"),
    ),
)

# shape: a copyright line in the legal entity's name; the agent's AppFolio account is that entity's, not linked
add(
    "live_portal",
    "AppFolio",
    "Riverbend Cottonwood Leasing",
    "riverbendcottonwoodleasing.com",
    apf("yellowjackethold"),
    "medium",
    sites(
        {
            "riverbendcottonwoodleasing.com": {
                "/": tx_home(
                    "Riverbend Cottonwood Leasing",
                    body="<p>Residents: your portal invitation arrives by email after lease signing.</p>",
                    copyright="Yellowjacket Holdings, LLC",
                    addr="3700 N Capital of Texas Hwy, Austin, TX 78746 &middot; (512) 555-0208",
                )
            }
        },
        appfolio_host("yellowjackethold", "Yellowjacket Holdings, LLC"),
    ),
)

# shape: a franchise office's menu "Resident Login" pointing at the franchisor's national AppFolio account
add(
    "no_account",
    "AppFolio",
    "Saddlehorn Rentals of Temple",
    "saddlehorntemple.com",
    None,
    "evidence_unverified",
    sites(
        {
            "saddlehorntemple.com": {
                "/": tx_home(
                    "Saddlehorn Rentals of Temple",
                    nav=li(apf("saddlehornfranchising"), "Resident Login"),
                    footer="<p>Each Saddlehorn Rentals office is independently owned and operated.</p>",
                    addr="2 S Main St, Temple, TX 76501 &middot; (254) 555-0219",
                )
            }
        },
        appfolio_host("saddlehornfranchising", "Saddlehorn Rentals Franchising, LLC", addr="<p>Tempe, AZ 85281</p>"),
    ),
)

# shape: a footer TREC line naming the license holder beside the IABS link; the TWA portal shows that brokerage
add(
    "site_links_portal",
    "Rent Manager",
    "Hutto Harvest Homes",
    "huttoharvesthomes.com",
    rm("pennyroyalrealty"),
    "high",
    sites(
        {
            "huttoharvesthomes.com": {
                "/": tx_home(
                    "Hutto Harvest Homes",
                    nav=li(rm("pennyroyalrealty"), "Tenant Login"),
                    footer=f"<p class='trec'><a href='{IABS}'>Information About Brokerage Services</a> &middot; "
                    f"Pennyroyal Realty, Inc. &middot; <a href='{CPN}'>Consumer Protection Notice</a></p>",
                    iabs=False,
                    addr="100 East St, Hutto, TX 78634 &middot; (512) 555-0221",
                )
            }
        },
        rentmanager_host("pennyroyalrealty", "Pennyroyal Realty, Inc."),
    ),
)

# shape: a Buildium Resident Center with a "no longer active" banner above a still-working sign-in form
add(
    "stale_portal",
    "Buildium",
    "Shoal Creek Pipit Homes",
    "shoalcreekpipit.com",
    None,
    "evidence_unverified",
    sites(
        {"shoalcreekpipit.com": {"/": tx_home("Shoal Creek Pipit Homes", nav=li(bld("shoalcreekpipit"), "Resident Login"))}},
        buildium_host(
            "shoalcreekpipit",
            "Shoal Creek Pipit Homes",
            notice="<div class='alert alert-warning'><strong>This Resident Center is no longer active.</strong> "
            "Please contact Shoal Creek Pipit Homes for the address of your new portal.</div>",
        ),
    ),
)

# shape: a footer utility line holding the portal link and the TREC IABS link with the broker's entity in it
add(
    "site_links_portal",
    "Buildium",
    "Sotol Bluff Rentals",
    "sotolbluffrentals.com",
    None,
    "high",
    sites(
        {
            "sotolbluffrentals.com": {
                "/": tx_home(
                    "Sotol Bluff Rentals",
                    footer=f"<p class='footer-links'><a href='{bld('bellwortprop')}'>Resident Portal</a> | "
                    "<a href='/owners/'>Owner Info</a> | "
                    f"<a href='{IABS}'>TREC Information About Brokerage Services &mdash; Bellwort Properties LLC</a> | "
                    f"<a href='{CPN}'>Consumer Protection Notice</a></p>",
                    iabs=False,
                    addr="11800 Domain Blvd, Austin, TX 78758 &middot; (512) 555-0232",
                )
            }
        },
        buildium_host("bellwortprop", "Bellwort Properties LLC"),
    ),
)

# shape: a hero button "Pay Rent, for tenants of X" where X is the account's name, no other mention
# ambiguous: the button names the portal's company without an "own" phrase but does not call it another's; a
# careful reader sees the site's own payment button: high
add(
    "site_links_portal",
    "AppFolio",
    "Ranchito Verbena Homes",
    "ranchitoverbenahomes.com",
    None,
    "high",
    sites(
        {
            "ranchitoverbenahomes.com": {
                "/": tx_home(
                    "Ranchito Verbena Homes",
                    body=f"<div class='cta-row'><a class='btn btn-primary' href='{apf('senderofox')}'>Pay Rent &mdash; "
                    "for tenants of Sendero Fox Management</a><a class='btn' href='/contact-us/'>Request Repairs</a></div>",
                    addr="5900 Balcones Dr, Austin, TX 78731 &middot; (512) 555-0243",
                )
            }
        },
        appfolio_host("senderofox", "Sendero Fox Management"),
    ),
)

# shape: a "renting outside our area? see their portal" referral paragraph; the agent gave that referral's portal
add(
    "no_account",
    "Buildium",
    "Travis Bunting Rentals",
    "travisbuntingrentals.com",
    bld("trinitygablemgmt"),
    "evidence_unverified",
    sites(
        {
            "travisbuntingrentals.com": {
                "/": tx_home(
                    "Travis Bunting Rentals",
                    body="<p>Renting in Dallas? We refer renters to our friends at Trinity Gable Management &mdash; see their "
                    f"portal: <a href='{bld('trinitygablemgmt')}'>Trinity Gable resident login</a>.</p>",
                )
            }
        },
        buildium_host("trinitygablemgmt", "Trinity Gable Management", addr="<p>2100 Ross Ave, Dallas, TX 75201</p>"),
    ),
)

# shape: a Rentvine account under a short name the site never mentions; a menu "Resident Portal" link
add(
    "site_links_portal",
    "Rentvine",
    "Kestrel Draw Property Co.",
    "kestreldrawproperty.com",
    "https://larkmoorpm.rentvine.com/portals/resident",
    "high",
    sites(
        {
            "kestreldrawproperty.com": {
                "/": tx_home(
                    "Kestrel Draw Property Co.",
                    nav=li("https://larkmoorpm.rentvine.com/portals/resident", "Resident Portal"),
                    addr="600 Round Rock Ave, Round Rock, TX 78681 &middot; (512) 555-0254",
                )
            }
        },
        {"larkmoorpm.rentvine.com": {"/portals/resident": spa_shell("Larkmoor PM | Resident Portal")}},
    ),
)

# shape: a footer "Tenant Portal" button to a DoorLoop account of the same name
add(
    "site_links_portal",
    "DoorLoop",
    "Tamarack Flats Leasing",
    "tamarackflatsleasing.com",
    "https://tamarackflats.app.doorloop.com/login",
    "high",
    sites(
        {
            "tamarackflatsleasing.com": {
                "/": tx_home(
                    "Tamarack Flats Leasing",
                    footer="<div class='footer-cta'><a class='btn' href='https://tamarackflats.app.doorloop.com/login' "
                    "target='_blank'>Tenant Portal</a></div>",
                    addr="1501 S Lamar Blvd, Austin, TX 78704 &middot; (512) 555-0265",
                )
            }
        },
        {"tamarackflats.app.doorloop.com": {"/login": spa_shell("Tamarack Flats Leasing - Tenant Portal")}},
    ),
)

# shape: an AppFolio lead whose site's only portal is a Rent Manager TWA account (another vendor)
add(
    "other_pms",
    "AppFolio",
    "Lockhart Chachalaca Homes",
    "chachalacahomes.com",
    None,
    "pms_mismatch",
    sites(
        {
            "chachalacahomes.com": {
                "/": tx_home(
                    "Lockhart Chachalaca Homes",
                    nav=li(rm("chachalacahomes"), "Residents"),
                    addr="111 S Main St, Lockhart, TX 78644 &middot; (512) 555-0276",
                )
            }
        },
        rentmanager_host("chachalacahomes", "Lockhart Chachalaca Homes"),
    ),
)

# shape: a homepage "Residents" link to an inner /residents page whose body links the Buildium Resident Center
add(
    "site_links_portal",
    "Buildium",
    "Quillback Rentals ATX",
    "quillbackrentalsatx.com",
    None,
    "high",
    sites(
        {
            "quillbackrentalsatx.com": {
                "/": tx_home("Quillback Rentals ATX", nav=li("/residents", "Residents")),
                "/residents": page(
                    "<h1>Residents</h1><p>Pay rent, set up autopay and send maintenance requests online.</p>"
                    f"<a class='btn' href='{bld('quillbackatx')}'>Resident Center login</a>",
                    title="Residents | Quillback Rentals ATX",
                ),
            }
        },
        buildium_host("quillbackatx", "Quillback Rentals ATX"),
    ),
)

# shape: an apartment community's RentCafe login whose header says another firm manages it, linked as "Resident Login"
add(
    "no_account",
    "Yardi",
    "Mistflower Apartment Advisors",
    "mistflowerapts.com",
    None,
    "evidence_unverified",
    sites(
        {
            "mistflowerapts.com": {
                "/": tx_home(
                    "Mistflower Apartment Advisors",
                    nav=li(
                        "https://cardinalknoll.securecafe.com/residentservices/cardinal-knoll/userlogin.aspx", "Resident Login"
                    ),
                    lede="Leasing, marketing and renovation advice for apartment owners in Central Texas.",
                )
            }
        },
        {
            "cardinalknoll.securecafe.com": {
                "/residentservices/cardinal-knoll/userlogin.aspx": securecafe(
                    "Cardinal Knoll Apartments",
                    note="<p class='managed-by'>Professionally managed by Greywater Residential</p>",
                    addr="<p>8800 N Lamar Blvd, Austin, TX 78753</p>",
                )
            }
        },
    ),
)

# shape: a plain site with no portal link; the agent found the same-named AppFolio account
add(
    "live_portal",
    "AppFolio",
    "Mesquite Tern Property Management",
    "mesquiteternpm.com",
    apf("mesquitetern"),
    "medium",
    sites(
        {
            "mesquiteternpm.com": {
                "/": tx_home(
                    "Mesquite Tern Property Management",
                    body="<p>Call or text (512) 555-0287 for showings. Residents, watch your inbox for portal access.</p>",
                    addr="9500 Ranch Rd 620 N, Austin, TX 78726 &middot; (512) 555-0287",
                )
            }
        },
        appfolio_host("mesquitetern", "Mesquite Tern Property Management", hop=True),
    ),
)

# shape: a theme button whose onclick opens the Propertyware tenant portal of the same name
add(
    "site_links_portal",
    "Propertyware",
    "Dripping Vireo Homes",
    "drippingvireohomes.com",
    pw("drippingvireo"),
    "high",
    sites(
        {
            "drippingvireohomes.com": {
                "/": tx_home(
                    "Dripping Vireo Homes",
                    body=f"<button type='button' class='elementor-button' onclick=\"window.open('{pw('drippingvireo')}', "
                    "'_blank')\">Tenant Portal</button>",
                    addr="27200 Ranch Rd 12, Dripping Springs, TX 78620 &middot; (512) 555-0298",
                )
            }
        },
        propertyware_host("drippingvireo", "Dripping Vireo Homes"),
    ),
)

# shape: a domain that no longer resolves (neither apex nor www) while its AppFolio account still answers
add(
    "dead_domain",
    "AppFolio",
    "Elgin Bobwhite Leasing",
    "elginbobwhiteleasing.com",
    apf("elginbobwhite"),
    "dead_domain",
    appfolio_host("elginbobwhite", "Elgin Bobwhite Leasing"),
    unresolvable=("elginbobwhiteleasing.com", "www.elginbobwhiteleasing.com"),
)

# shape: a manager's "Our communities" list linking one community's RentCafe resident login
# ambiguous: the portal names only the community (Yardi titles are not compared) and nothing says someone else
# manages it; the list calls it the site's own community: high
add(
    "site_links_portal",
    "Yardi",
    "Mockingbird Crest Residential",
    "mockingbirdcrestres.com",
    None,
    "high",
    sites(
        {
            "mockingbirdcrestres.com": {
                "/": tx_home(
                    "Mockingbird Crest Residential",
                    body="<section><h2>Our communities</h2><ul class='communities'>"
                    "<li>Bluebonnet Tanager Lofts &mdash; 212 homes, East Austin &middot; "
                    "<a href='https://bluebonnettanager.securecafe.com/residentservices/bluebonnet-tanager-lofts/"
                    "userlogin.aspx'>Resident login</a></li>"
                    "<li>Cedar Pipit Flats &mdash; pre-leasing now</li></ul></section>",
                    lede="Apartment communities, built and managed by one Austin team.",
                )
            }
        },
        {
            "bluebonnettanager.securecafe.com": {
                "/residentservices/bluebonnet-tanager-lofts/userlogin.aspx": securecafe(
                    "Bluebonnet Tanager Lofts", addr="<p>1900 E Cesar Chavez St, Austin, TX 78702</p>"
                )
            }
        },
    ),
)

# shape: a consultancy-style "client story" on the homepage linking the client's Resident Center
add(
    "no_portal",
    "Buildium",
    "Bergstrom Kinglet Management",
    "bergstromkinglet.com",
    None,
    "no_pms_evidence",
    sites(
        {
            "bergstromkinglet.com": {
                "/": tx_home(
                    "Bergstrom Kinglet Management",
                    body="<section class='case-study'><h2>Client story</h2><p>Coyote Mesa Residential moved 300 homes onto "
                    "online rent in one month with our onboarding help. "
                    f"<a href='{bld('coyotemesares')}'>Visit Coyote Mesa&rsquo;s resident center</a></p></section>",
                )
            }
        },
        buildium_host("coyotemesares", "Coyote Mesa Residential", addr="<p>San Marcos, TX 78666</p>"),
    ),
)

# shape: a site behind Cloudflare's managed challenge (403 "Just a moment...") with a live same-named Buildium portal
add(
    "live_portal",
    "Buildium",
    "Pinyon Crossing Realty",
    "pinyoncrossingrealty.com",
    bld("pinyoncrossing"),
    "medium",
    sites(
        {"pinyoncrossingrealty.com": everywhere(cloudflare_challenge("8f3e21a9cc0d4b17"))},
        buildium_host("pinyoncrossing", "Pinyon Crossing Realty"),
    ),
)

# shape: a portal titled with the holding company, whose name is the homepage footer's copyright line
add(
    "site_links_portal",
    "Buildium",
    "Agarita Bend Rentals",
    "agaritabendrentals.com",
    bld("zinnfeldholdings"),
    "high",
    sites(
        {
            "agaritabendrentals.com": {
                "/": tx_home(
                    "Agarita Bend Rentals",
                    nav=li(bld("zinnfeldholdings"), "Resident Login"),
                    copyright="Zinnfeld Holdings LLC",
                    addr="400 W Hopkins St, San Marcos, TX 78666 &middot; (512) 555-0309",
                )
            }
        },
        buildium_host("zinnfeldholdings", "Zinnfeld Holdings LLC"),
    ),
)

# shape: a notice bar "Brand has joined X" sending residents to the acquirer's AppFolio portal
# ambiguous: "has joined X" is acquisition wording (the contract's "now part of X"), not the site calling X its own
add(
    "no_account",
    "AppFolio",
    "Brickell Pecan Leasing",
    "brickellpecanleasing.com",
    None,
    "evidence_unverified",
    sites(
        {
            "brickellpecanleasing.com": {
                "/": tx_home(
                    "Brickell Pecan Leasing",
                    header="<div class='notice-bar'><p>Brickell Pecan Leasing has joined Orrisroot Residential! Residents: "
                    "rent, repairs and documents now live in the "
                    f"<a href='{apf('orrisrootres')}'>Orrisroot Residential portal</a>.</p></div>",
                )
            }
        },
        appfolio_host("orrisrootres", "Orrisroot Residential", addr="<p>5001 Plaza on the Lake, Austin, TX 78746</p>"),
    ),
)

# shape: a www-only site (the apex has no address record); "Who we are" paragraph names the family behind the portal
add(
    "site_links_portal",
    "AppFolio",
    "Sunfleck Homes",
    "sunfleckhomes.com",
    None,
    "high",
    sites(
        {
            "www.sunfleckhomes.com": {
                "/": tx_home(
                    "Sunfleck Homes",
                    nav=li(apf("talaveraodom"), "Resident Login"),
                    body="<section class='about'><h2>Who we are</h2><p>Behind Sunfleck Homes is the Talavera-Odom family, "
                    "leasing and caring for homes in South Austin since 1998.</p></section>",
                )
            }
        },
        appfolio_host("talaveraodom", "Talavera-Odom Realty"),
    ),
    unresolvable=("sunfleckhomes.com",),
)

# shape: a footer paragraph "Residents: pay online through X" with the link inside it
# ambiguous: the link's own paragraph names the portal's company ("through X") without an "own" phrase and without
# calling it another's; a careful reader sees the site's payment entity: high
add(
    "site_links_portal",
    "Rent Manager",
    "Blanco Fern Homes",
    "blancofernhomes.com",
    None,
    "high",
    sites(
        {
            "blancofernhomes.com": {
                "/": tx_home(
                    "Blanco Fern Homes",
                    footer=f"<p>Residents: <a href='{rm('quarrystoneleasing')}'>pay online</a> through Quarrystone Leasing "
                    "Co. &mdash; questions? (830) 555-0311</p>",
                    addr="300 Main St, Blanco, TX 78606 &middot; (830) 555-0311",
                )
            }
        },
        rentmanager_host("quarrystoneleasing", "Quarrystone Leasing Co."),
    ),
)

# shape: the agent's Buildium account is a same-named firm's whose every address is in Oklahoma; the Texas site links none
add(
    "no_account",
    "Buildium",
    "Redbud Lantern Realty",
    "redbudlanternrealty.com",
    bld("redbudlantern"),
    "evidence_unverified",
    sites(
        {
            "redbudlanternrealty.com": {
                "/": tx_home(
                    "Redbud Lantern Realty",
                    body="<p>Residents: contact our office for online payment setup.</p>",
                    addr="8127 Mesa Dr, Austin, TX 78759 &middot; (512) 555-0322",
                )
            }
        },
        buildium_host(
            "redbudlantern",
            "Redbud Lantern Realty",
            addr="<p>Redbud Lantern Realty &middot; 1420 S Boston Ave, Tulsa, OK 74119 &middot; (918) 555-0190</p>",
        ),
    ),
)

# shape: a site tagline "Brand, an X brokerage" under the logo; "Resident Login" in the menu
add(
    "site_links_portal",
    "Buildium",
    "Hays Meadowlark Rentals",
    "haysmeadowlarkrentals.com",
    bld("ortolanrealty"),
    "high",
    sites(
        {
            "haysmeadowlarkrentals.com": {
                "/": tx_home(
                    "Hays Meadowlark Rentals",
                    header="<p class='site-description'>Hays Meadowlark Rentals, an Ortolan Realty brokerage</p>",
                    nav=li(bld("ortolanrealty"), "Resident Login"),
                    addr="120 Center St, Kyle, TX 78640 &middot; (512) 555-0333",
                )
            }
        },
        buildium_host("ortolanrealty", "Ortolan Realty"),
    ),
)

# shape: a dated blog post (2018) using another company's Resident Center as its example; no portal of its own
add(
    "no_portal",
    "Buildium",
    "Brushy Creek Plover Homes",
    "plovercreekhomes.com",
    None,
    "no_pms_evidence",
    sites(
        {
            "plovercreekhomes.com": {
                "/": tx_home(
                    "Brushy Creek Plover Homes",
                    body="<section class='latest-posts'><h2>From the blog</h2><a href='/blog/2018/06/"
                    "why-online-rent-payments-help-everyone/'>Why online rent payments help everyone</a></section>",
                    addr="1700 E Whitestone Blvd, Cedar Park, TX 78613 &middot; (512) 555-0344",
                ),
                "/blog/2018/06/why-online-rent-payments-help-everyone/": page(
                    "<article><h1>Why online rent payments help everyone</h1><p>June 12, 2018</p><p>Many managers now offer "
                    "autopay. For example, Harrier Lane Residential&rsquo;s "
                    f"<a href='{bld('harrierlaneres')}'>resident center</a> lets renters set it up in minutes.</p></article>",
                    title="Why online rent payments help everyone | Brushy Creek Plover Homes",
                ),
            }
        },
        buildium_host("harrierlaneres", "Harrier Lane Residential"),
    ),
)

# shape: a Residents dropdown with one AppFolio account per office, each portal "Brand - Town"
# ambiguous: the portals name offices of the brand (the contract's "two offices are two companies"), but the
# site's own menu lists both as its own offices and nothing calls them another's: high
add(
    "site_links_portal",
    "AppFolio",
    "Tarpon Sage Property Co.",
    "tarponsageproperty.com",
    None,
    "high",
    sites(
        {
            "tarponsageproperty.com": {
                "/": tx_home(
                    "Tarpon Sage Property Co.",
                    nav=li(
                        "#",
                        "Residents",
                        "<ul class='sub-menu'>"
                        + li(apf("tarponsagekyle"), "Kyle office residents")
                        + li(apf("tarponsagebuda"), "Buda office residents")
                        + "</ul>",
                    ),
                    addr="Kyle: 500 W Center St &middot; Buda: 301 Main St &middot; (512) 555-0355",
                )
            }
        },
        appfolio_host("tarponsagekyle", "Tarpon Sage Property Co. - Kyle"),
        appfolio_host("tarponsagebuda", "Tarpon Sage Property Co. - Buda"),
    ),
)

# shape: an old Buildium portal with a "we have moved" banner sending residents to the company's new AppFolio portal
add(
    "other_pms",
    "Buildium",
    "Dessau Kingbird Rentals",
    "dessaukingbird.com",
    bld("dessaukingbird"),
    "pms_mismatch",
    sites(
        {"dessaukingbird.com": {"/": tx_home("Dessau Kingbird Rentals", nav=li(bld("dessaukingbird"), "Resident Login"))}},
        buildium_host(
            "dessaukingbird",
            "Dessau Kingbird Rentals",
            notice="<div class='alert alert-info'><strong>We have moved!</strong> Dessau Kingbird residents now pay rent "
            f"and submit requests in our new portal: <a href='{apf('dessaukingbird')}'>dessaukingbird.appfolio.com</a></div>",
        ),
        appfolio_host("dessaukingbird", "Dessau Kingbird Rentals"),
    ),
)

# shape: a portal picker (<select> whose options are portal URLs) listing the group's two LLCs
add(
    "site_links_portal",
    "Buildium",
    "Gallinule Property Group",
    "gallinulepropertygroup.com",
    None,
    "high",
    sites(
        {
            "gallinulepropertygroup.com": {
                "/": tx_home(
                    "Gallinule Property Group",
                    body="<section class='portal-picker'><label for='portal'>Choose your portal</label>"
                    "<select id='portal' onchange='if(this.value) window.location=this.value'><option value=''>Select...</option>"
                    f"<option value='{bld('gallinuleres')}'>Gallinule Residential LLC &mdash; homes and duplexes</option>"
                    f"<option value='{bld('gallinulecomm')}'>Gallinule Commercial LLC &mdash; retail suites</option>"
                    "</select></section>",
                )
            }
        },
        buildium_host("gallinuleres", "Gallinule Residential LLC"),
        buildium_host("gallinulecomm", "Gallinule Commercial LLC"),
    ),
)

# shape: a homepage intro "Brand is a d/b/a of X LLC"; the agent's Buildium account is X's, not linked
add(
    "live_portal",
    "Buildium",
    "Hackberry Vetch Rentals",
    "hackberryvetchrentals.com",
    bld("zephyrinerealty"),
    "medium",
    sites(
        {
            "hackberryvetchrentals.com": {
                "/": tx_home(
                    "Hackberry Vetch Rentals",
                    body="<p>Hackberry Vetch Rentals is a d/b/a of Zephyrine Realty LLC, a Texas real estate brokerage.</p>",
                )
            }
        },
        buildium_host("zephyrinerealty", "Zephyrine Realty LLC"),
    ),
)

# shape: a footer sentence handing leasing to "our affiliate" while the menu's Resident Login goes to that affiliate
add(
    "no_account",
    "Buildium",
    "Manor Heron Rentals",
    "manorheronrentals.com",
    None,
    "evidence_unverified",
    sites(
        {
            "manorheronrentals.com": {
                "/": tx_home(
                    "Manor Heron Rentals",
                    nav=li(bld("brazoriaoriole"), "Resident Login"),
                    footer="<p>Manor Heron Rentals markets homes for lease; leases and rent collection are handled by our "
                    "affiliate, Brazoria Oriole Management.</p>",
                    addr="105 W Parsons St, Manor, TX 78653 &middot; (512) 555-0366",
                )
            }
        },
        buildium_host("brazoriaoriole", "Brazoria Oriole Management"),
    ),
)

# shape: an owner-broker's personal name on the AppFolio portal; homepage footer "Name, Broker"; the portal is not linked
add(
    "live_portal",
    "AppFolio",
    "Chisos Tallow Rentals",
    "chisostallowrentals.com",
    apf("okaforvance"),
    "medium",
    sites(
        {
            "chisostallowrentals.com": {
                "/": tx_home(
                    "Chisos Tallow Rentals",
                    footer="<p>Rosalind Okafor-Vance, Broker &middot; TREC #0654321</p>",
                    addr="2525 W Anderson Ln, Austin, TX 78757 &middot; (512) 555-0377",
                )
            }
        },
        appfolio_host("okaforvance", "Rosalind Okafor-Vance"),
    ),
)

# shape: a RentCafe portal behind Cloudflare's challenge (Yardi's usual answer to servers), linked from the site
add(
    "bot_wall",
    "Yardi",
    "Zilker Thrasher Residential",
    "zilkerthrasher.com",
    "https://elmwoodthrasher.securecafe.com/residentservices/elmwood-thrasher/userlogin.aspx",
    "unverifiable",
    sites(
        {
            "zilkerthrasher.com": {
                "/": tx_home(
                    "Zilker Thrasher Residential",
                    nav=li(
                        "https://elmwoodthrasher.securecafe.com/residentservices/elmwood-thrasher/userlogin.aspx",
                        "Resident Login",
                    ),
                )
            }
        },
        {"elmwoodthrasher.securecafe.com": everywhere(cloudflare_challenge("8f40b7d21e9a5c63"))},
    ),
)

# shape: the agent's Buildium account in the company's fuller legal name (shares its distinctive words), not linked
add(
    "live_portal",
    "Buildium",
    "Presidio Wagon Rentals",
    "presidiowagonrentals.com",
    bld("presidiowagonrm"),
    "medium",
    sites(
        {"presidiowagonrentals.com": {"/": tx_home("Presidio Wagon Rentals")}},
        buildium_host("presidiowagonrm", "Presidio Wagon Residential Management LLC"),
    ),
)

# shape: a live site whose menu "Resident Login" goes to a Buildium account that answers 404 (account closed)
add(
    "stale_portal",
    "Buildium",
    "Manchaca Sparrowhawk Rentals",
    "sparrowhawkrentals.com",
    None,
    "evidence_unverified",
    sites(
        {
            "sparrowhawkrentals.com": {
                "/": tx_home("Manchaca Sparrowhawk Rentals", nav=li(bld("sparrowhawkrentals"), "Resident Login"))
            }
        },
        {
            "sparrowhawkrentals.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<h1>We can&rsquo;t find that page</h1><p>The page you requested could not be found.</p>",
                    title="Page not found",
                    status=404,
                )
            }
        },
    ),
)

# shape: a homepage footer "X LLC &middot; TREC License #"; the agent's Rent Manager account is X's, not linked
add(
    "live_portal",
    "Rent Manager",
    "Spicewood Gable Rentals",
    "spicewoodgablerentals.com",
    rm("corvinarealty"),
    "medium",
    sites(
        {
            "spicewoodgablerentals.com": {
                "/": tx_home(
                    "Spicewood Gable Rentals",
                    footer="<p>Corvina Realty Group LLC &middot; TREC License #0612345</p>",
                    addr="21000 TX-71, Spicewood, TX 78669 &middot; (512) 555-0388",
                )
            }
        },
        rentmanager_host("corvinarealty", "Corvina Realty Group LLC"),
    ),
)

# shape: an AppFolio portal still accepting sign-ins under a notice that the homes are now managed by another company
add(
    "stale_portal",
    "AppFolio",
    "Ashe Juniper Leasing",
    "ashejuniperleasing.com",
    apf("ashejuniper"),
    "evidence_unverified",
    sites(
        {"ashejuniperleasing.com": {"/": tx_home("Ashe Juniper Leasing", nav=li(apf("ashejuniper"), "Tenant Portal"))}},
        appfolio_host(
            "ashejuniper",
            "Ashe Juniper Leasing",
            notice="<div class='notice'><p>As of March 1, 2025 the homes formerly managed by Ashe Juniper Leasing are "
            "managed by Caliche Property Group. Please sign in to the Caliche Property Group portal for payments and "
            "requests.</p></div>",
        ),
    ),
)

# shape: a rebrand banner "Brand, formerly Old Name" beside the link to the portal still under the old name
add(
    "site_links_portal",
    "AppFolio",
    "Sabal Crown Property Management",
    "sabalcrownpm.com",
    apf("juniperrowrentals"),
    "high",
    sites(
        {
            "sabalcrownpm.com": {
                "/": tx_home(
                    "Sabal Crown Property Management",
                    body="<p class='rebrand'>Sabal Crown Property Management &mdash; formerly Juniper Row Rentals. Residents: "
                    f"your <a href='{apf('juniperrowrentals')}'>resident portal</a> and login are unchanged.</p>",
                    addr="6300 La Calma Dr, Austin, TX 78752 &middot; (512) 555-0399",
                )
            }
        },
        appfolio_host("juniperrowrentals", "Juniper Row Rentals"),
    ),
)

# shape: a small brochure site with no portal anywhere (rent by check at the office); the agent gave nothing
add(
    "no_portal",
    "Rent Manager",
    "Jollyville Pauraque Rentals",
    "pauraquerentals.com",
    None,
    "no_pms_evidence",
    sites(
        {
            "pauraquerentals.com": {
                "/": tx_home(
                    "Jollyville Pauraque Rentals",
                    body="<p>Residents: rent is due on the 1st. Pay by check or money order at our office, Monday to Friday.</p>",
                    addr="12400 Jollyville Rd, Austin, TX 78759 &middot; (512) 555-0410",
                )
            }
        },
    ),
)

# shape: a footer "Residents:" line whose link text is the portal's fuller legal name (shares the brand's words)
add(
    "site_links_portal",
    "Buildium",
    "Cuervo Flats Rentals",
    "cuervoflatsrentals.com",
    None,
    "high",
    sites(
        {
            "cuervoflatsrentals.com": {
                "/": tx_home(
                    "Cuervo Flats Rentals",
                    footer=f"<p>Residents: <a href='{bld('cuervoflatsrm')}'>Cuervo Flats Residential Management LLC resident "
                    "portal</a></p>",
                )
            }
        },
        buildium_host("cuervoflatsrm", "Cuervo Flats Residential Management LLC"),
    ),
)

# shape: an Oklahoma City manager (every address in Oklahoma) proposed as an Austin, TX lead; its own portal is live
# ambiguous: the contract lists `wrong_state` but does not say how a site's own state is read; the company is not
# in Texas: wrong_state
add(
    "site_links_portal",
    "Buildium",
    "Cimarron Quail Property Management",
    "cimarronquailpm.com",
    None,
    "wrong_state",
    sites(
        {
            "cimarronquailpm.com": {
                "/": tx_home(
                    "Cimarron Quail Property Management",
                    nav=li(bld("cimarronquail"), "Resident Login"),
                    lede="Property management for Oklahoma City, Edmond, Norman and Moore.",
                    addr="3100 NW Expressway, Oklahoma City, OK 73112 &middot; (405) 555-0121",
                    iabs=False,
                    footer="<p>Licensed by the Oklahoma Real Estate Commission.</p>",
                    title="Cimarron Quail Property Management | Oklahoma City Property Management",
                )
            }
        },
        buildium_host(
            "cimarronquail",
            "Cimarron Quail Property Management",
            addr="<p>3100 NW Expressway, Oklahoma City, OK 73112</p>",
        ),
    ),
)

# shape: a homepage linking its own Resident Center in the menu and a partner HOA manager's portal in a partner list
add(
    "site_links_portal",
    "Buildium",
    "Nightjar Rentals",
    "nightjarrentals.com",
    None,
    "high",
    sites(
        {
            "nightjarrentals.com": {
                "/": tx_home(
                    "Nightjar Rentals",
                    nav=li(bld("nightjarrentals"), "Resident Login"),
                    body="<section class='partners'><h2>Partners we trust</h2><ul><li>Sycamore Whistle HOA Management &mdash; "
                    f"<a href='{bld('sycamorewhistle')}'>their owner portal</a></li><li>Pflugerville Rekey &amp; Lock</li>"
                    "</ul></section>",
                    addr="15803 Windermere Dr, Pflugerville, TX 78660 &middot; (512) 555-0421",
                )
            }
        },
        buildium_host("nightjarrentals", "Nightjar Rentals"),
        buildium_host("sycamorewhistle", "Sycamore Whistle HOA Management"),
    ),
)

# shape: a franchise office's footer "Sister office" line linking the neighbouring office's own TWA; the agent gave it
add(
    "no_account",
    "Rent Manager",
    "Bramblecrest Rentals of Pflugerville",
    "bramblecrestpflugerville.com",
    rm("bramblecrestleander"),
    "evidence_unverified",
    sites(
        {
            "bramblecrestpflugerville.com": {
                "/": tx_home(
                    "Bramblecrest Rentals of Pflugerville",
                    footer="<p>Sister office: Bramblecrest Rentals of Leander, a separately licensed franchise &mdash; "
                    f"<a href='{rm('bramblecrestleander')}'>Leander residents sign in here</a></p>",
                    addr="201 E Pecan St, Pflugerville, TX 78660 &middot; (512) 555-0432",
                )
            }
        },
        rentmanager_host("bramblecrestleander", "Bramblecrest Rentals of Leander", addr="<p>1800 US-183, Leander, TX 78641</p>"),
    ),
)

# shape: an AppFolio portal whose logo and heading show the company's initials; the site spells the name out
add(
    "live_portal",
    "AppFolio",
    "Llano Estacado Residential Services",
    "llanoestacadores.com",
    apf("lersatx"),
    "medium",
    sites(
        {
            "llanoestacadores.com": {
                "/": tx_home("Llano Estacado Residential Services", addr="2200 S Lakeline Blvd, Cedar Park, TX 78613")
            }
        },
        appfolio_host("lersatx", "LERS"),
    ),
)

# shape: a menu "Resident Login" to an AppFolio account whose portal is a demonstration with sample data
add(
    "stale_portal",
    "AppFolio",
    "Escarpment Wren Homes",
    "escarpmentwrenhomes.com",
    None,
    "evidence_unverified",
    sites(
        {"escarpmentwrenhomes.com": {"/": tx_home("Escarpment Wren Homes", nav=li(apf("escarpmentwrendemo"), "Resident Login"))}},
        appfolio_host(
            "escarpmentwrendemo",
            "Escarpment Wren Homes",
            notice="<div class='demo-banner'><strong>DEMO ACCOUNT</strong> &mdash; this portal is a demonstration. All "
            "residents, units and balances shown are sample data.</div>",
        ),
    ),
)

# shape: an "Our team" list on the homepage naming the owner-broker and her firm; the menu links that firm's portal
add(
    "site_links_portal",
    "Buildium",
    "Frio Cardinal Homes",
    "friocardinalhomes.com",
    bld("sarabiarealty"),
    "high",
    sites(
        {
            "friocardinalhomes.com": {
                "/": tx_home(
                    "Frio Cardinal Homes",
                    nav=li(bld("sarabiarealty"), "Resident Login"),
                    body="<section class='team'><h2>Our team</h2><ul><li><strong>Imelda Sarabia</strong> &mdash; Owner/Broker, "
                    "Sarabia Realty Co.</li><li><strong>Tomas Reyes</strong> &mdash; Leasing</li></ul></section>",
                    addr="4100 Medical Pkwy, Austin, TX 78756 &middot; (512) 555-0443",
                )
            }
        },
        buildium_host("sarabiarealty", "Sarabia Realty Co."),
    ),
)

# shape: a Plesk "Domain Default page" on the company's domain; the AppFolio account answers
add(
    "dead_domain",
    "AppFolio",
    "Walburg Curlew Leasing",
    "walburgcurlew.com",
    apf("walburgcurlew"),
    "dead_domain",
    sites(
        {
            "walburgcurlew.com": {
                "/": doc(
                    "Domain Default page",
                    "<meta name='copyright' content='Copyright 1999-2026. Plesk International GmbH.'>",
                    "<div class='page-header'><h1>Domain Default page</h1></div><p>This page was generated by Plesk because "
                    "no website has been published for this domain yet.</p><p>If you own this domain, sign in to Plesk to "
                    "upload your site.</p><footer>Plesk</footer>",
                )
            }
        },
        appfolio_host("walburgcurlew", "Walburg Curlew Leasing"),
    ),
)

# shape: a homepage footer listing the legal entity beside the brand and address (no "own" phrase); portal not linked
# ambiguous: a careful human reads the footer entity as the company's own, but the contract asks the homepage of an
# unlinked portal to call the name its own "in those same words" (a copyright line, d/b/a, ...): evidence_unverified
add(
    "no_account",
    "Buildium",
    "Onion Creek Sparrow Homes",
    "onioncreeksparrow.com",
    bld("vellacourtrealty"),
    "evidence_unverified",
    sites(
        {
            "onioncreeksparrow.com": {
                "/": tx_home(
                    "Onion Creek Sparrow Homes",
                    addr="Onion Creek Sparrow Homes &middot; Vellacourt Realty LLC &middot; 4410 W Slaughter Ln, Austin, TX "
                    "78749",
                )
            }
        },
        buildium_host("vellacourtrealty", "Vellacourt Realty LLC"),
    ),
)

# shape: a d/b/a sentence only on the About page; the homepage never names the entity; the portal is not linked
# ambiguous: the contract reads only the homepage for an unlinked portal (the docs call an earlier case of this
# shape a real lead the checks reject); by the written rule: evidence_unverified
add(
    "no_account",
    "AppFolio",
    "Leander Goldfinch Homes",
    "leandergoldfinch.com",
    apf("kalmbachrealty"),
    "evidence_unverified",
    sites(
        {
            "leandergoldfinch.com": {
                "/": tx_home("Leander Goldfinch Homes", addr="651 N US-183, Leander, TX 78641 &middot; (512) 555-0454"),
                "/about-us/": page(
                    "<h1>About us</h1><p>Leander Goldfinch Homes is a d/b/a of Kalmbach Realty LLC, licensed by the Texas "
                    "Real Estate Commission since 2012.</p>",
                    title="About Us | Leander Goldfinch Homes",
                ),
            }
        },
        appfolio_host("kalmbachrealty", "Kalmbach Realty LLC"),
    ),
)

# shape: a paragraph pointing east-side renters to a neighbouring franchise office's own portal; no portal of its own
add(
    "no_portal",
    "Rent Manager",
    "Thornapple Homes Georgetown",
    "thornapplegeorgetown.com",
    None,
    "no_pms_evidence",
    sites(
        {
            "thornapplegeorgetown.com": {
                "/": tx_home(
                    "Thornapple Homes Georgetown",
                    body="<p>Renting east of I-35? Our neighbors at Thornapple Homes Taylor, an independently licensed "
                    f"franchise office, have their own portal: <a href='{rm('thornappletaylor')}'>Taylor resident login</a>.</p>"
                    "<p>Georgetown residents: call (512) 555-0465 for payments and repairs.</p>",
                    addr="815 S Austin Ave, Georgetown, TX 78626 &middot; (512) 555-0465",
                )
            }
        },
        rentmanager_host("thornappletaylor", "Thornapple Homes Taylor", addr="<p>300 N Main St, Taylor, TX 76574</p>"),
    ),
)

HOLDOUT13: list[Case] = collector.cases
