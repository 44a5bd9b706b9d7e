# ruff: noqa: E501  (a corpus of pages: long HTML strings read better whole)
"""Thirty-second blind corpus: an ordinary night of a sales team's lead lists across the US.

Focus: candidates as an agent with web search really returns them, weighted to shapes a real night
has that are easy to get wrong: evidence URLs copied from search results (`utm_*`, `gclid`,
`fbclid`, `srsltid`, `_gl`; Google `url?...&url=` and `url?q=` redirects, a Bing `ck/a` redirect,
an AMP cache page, `#:~:text=` fragments, an upper-case host, a trailing dot), portal links as
common site builders write them (WordPress menus, Elementor buttons, Wix, Squarespace and GoDaddy
Website Builder buttons, links that open in a new tab, `tel:` and `mailto:` items beside them, a
portal picker, an `onclick` button, a /residents page), apex sites that redirect to `https://www.`,
and franchise and multi-market brands (a Real Property Management, a Keyrenter and a PMI office
each linking its own account; an Evernest-like multi-market company linking one account per
market; a Mynd-like manager with its own app; a Renters-Warehouse-like office linking the
franchisor's shared account; a Keyrenter office given its sister office's portal).

Mix (55 cases, 32 states): 33 real leads (27 `high`: the company's live site links a live account
portal; 6 `medium`: a live account portal the readable site does not link, one behind a Google
redirect, one whose site is behind a Sucuri wall, one TenantCloud shared sign-in the site links),
16 everyday rejections (another PMS on the site, a parked and an expired domain, a domain that does
not exist, a site with no portal and no evidence, a vendor's marketing page, a Zillow listing, a
missing AppFolio and a missing Buildium account, a sister franchise office's portal, a site behind
a Cloudflare challenge with no evidence, Yardi and Entrata portals behind walls, a proprietary app
portal, Rentec Direct's shared sign-in given as the evidence), 6 traps (a retired Resident Center,
a franchisor's account, a closed company, a Utah company given as Colorado, a handover to another
firm, a portal saying it is moving to AppFolio). Vendors roughly as common as they are: AppFolio
20, Buildium 16, Rent Manager 3, Propertyware 3, Rentvine 3, DoorLoop 2, TenantCloud 1, Rentec
Direct 2, Yardi 2, Entrata 2, ResMan 1 (by the PMS the agent claimed).

Classes used: live_portal and site_links_portal (accepted only), other_pms, parked, dead_domain,
no_portal, vendor_wide, no_account (an account that does not exist, or one that is not this
company's: a sister office's, a franchisor's, a same-named firm's in another state), stale_portal
(a retired account, a company that handed its clients over), bot_wall, shared_signin.

How the labels were decided: from docs/live-checks.md only (its judging order, the vendor table,
the name and state rules, the notices, the confidence table), written without reading or running
the checks. `high` where the company's own live site (homepage, or the /residents page it links)
links a live account portal naming it or no one; `medium` where the only proof is a live account
portal given as the evidence URL that names the company and the readable site (or a site behind a
wall) does not link, or a linked shared sign-in of TenantCloud. Where the contract is silent the
label is what a careful sales team would want, and the case's comment says "ambiguous:". Every
page is our own short HTML after the shapes of real sites and vendor portals; all company names,
domains, accounts, addresses and phone numbers are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

collector = Collector("holdout32-")
add = collector.add


# --- walls and placeholders ------------------------------------------------------------------

CF_WALL = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title>"
    "<meta name='robots' content='noindex,nofollow'></head><body><div class='main-wrapper' role='main'>"
    "<div class='main-content'><h1 class='zone-name-title'>Checking your browser</h1>"
    "<h2>Verifying you are human. This may take a few seconds.</h2>"
    "<noscript><div>Enable JavaScript and cookies to continue</div></noscript></div></div>"
    "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f11c2d03a7e4b19'></script>"
    "</body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8f11c2d03a7e4b19-ORD"},
)

SUCURI_WALL = raw(
    403,
    "<!DOCTYPE html><html><head><title>Sucuri WebSite Firewall - Access Denied</title></head><body>"
    "<div id='main-container'><h1>Access Denied - Sucuri Website Firewall</h1>"
    "<p>If you are the site owner, please contact the Sucuri support team.</p><table>"
    "<tr><td>Your IP:</td><td>198.51.100.27</td></tr><tr><td>URL:</td><td>www.forgewaypm.com/</td></tr>"
    "<tr><td>Block ID:</td><td>BNP005</td></tr><tr><td>Block reason:</td><td>Bad bot access attempt.</td></tr>"
    "</table></div></body></html>",
    {"Server": "Sucuri/Cloudproxy", "X-Sucuri-ID": "16012", "X-Sucuri-Block": "BNP005"},
)

BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1></body></html>")

PORTAL_ROBOTS = Reply(200, "User-agent: *\nDisallow: /\n", content_type="text/plain")


# --- how site builders write a page and its links ------------------------------------------------

HEADS = {
    "wp": "<meta name='generator' content='WordPress 6.6.2'>"
    "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css'>",
    "elementor": "<meta name='generator' content='WordPress 6.5.5'>"
    "<meta name='generator' content='Elementor 3.23.4; features: e_optimized_css_loading, additional_custom_breakpoints'>"
    "<link rel='stylesheet' href='/wp-content/plugins/elementor/assets/css/frontend.min.css'>",
    "wix": "<meta name='generator' content='Wix.com Website Builder'>"
    "<script src='https://static.parastorage.com/services/wix-thunderbolt/dist/main.8c4f1a.bundle.min.js'></script>",
    "sqs": "<meta name='generator' content='Squarespace'>"
    "<script src='https://assets.squarespace.com/universal/scripts-compressed/common-7d3e1f.js'></script>",
    "gd": "<meta name='generator' content='Starfield Technologies; Go Daddy Website Builder 8.0.0000'>"
    "<link rel='stylesheet' href='https://img1.wsimg.com/blobby/go/static/css/main.b31d.css'>",
    "plain": "<meta name='viewport' content='width=device-width, initial-scale=1'>",
}


def wp_item(n: int, href: str, label: str, *, new_tab: bool = False) -> str:
    tab = " target='_blank' rel='noopener noreferrer'" if new_tab else ""
    return (
        f"<li id='menu-item-{n}' class='menu-item menu-item-type-custom menu-item-object-custom menu-item-{n}'>"
        f"<a{tab} href='{href}'>{label}</a></li>"
    )


def wp_menu(*items: str) -> str:
    standard = wp_item(11, "/", "Home") + wp_item(12, "/rentals/", "Available Rentals") + wp_item(13, "/owners/", "Owners")
    return f"<nav id='site-navigation' class='main-navigation'><ul id='menu-primary' class='menu'>{standard}{''.join(items)}</ul></nav>"


def el_button(href: str, label: str) -> str:
    return (
        "<div class='elementor-element elementor-widget elementor-widget-button'><div class='elementor-widget-container'>"
        f"<div class='elementor-button-wrapper'><a class='elementor-button elementor-button-link elementor-size-sm' href='{href}' target='_blank'>"
        f"<span class='elementor-button-content-wrapper'><span class='elementor-button-text'>{label}</span></span></a></div></div></div>"
    )


def wix_button(href: str, label: str) -> str:
    return (
        f"<div id='comp-lq8x2k1f' class='comp-lq8x2k1f wixui-button'><a data-testid='linkElement' href='{href}' target='_blank' "
        f"class='uDW_Qe wixui-button PlZyDq' aria-disabled='false'><span class='l7_2fn wixui-button__label'>{label}</span></a></div>"
    )


def sqs_button(href: str, label: str) -> str:
    return (
        "<div class='sqs-block button-block sqs-block-button'><div class='sqs-block-content'>"
        f"<a href='{href}' target='_blank' class='sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element'>{label}</a></div></div>"
    )


def gd_button(href: str, label: str) -> str:
    return (
        f"<a data-ux='Button' data-aid='CONTENT_CTA_RENDERED' target='_blank' href='{href}' "
        f"class='x-el x-el-a c1-2f c1-2g c1-1 c1-4i c1-b c1-c'>{label}</a>"
    )


def contact(street: str, city: str, st: str, zip_: str, phone: str, email: str) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return (
        f"<p class='office'>{street}, {city}, {st} {zip_}</p>"
        f"<p><a href='tel:+1{digits}'>{phone}</a> | <a href='mailto:{email}'>{email}</a></p>"
    )


def home_page(builder: str, co: str, *, nav: str = "", body: str = "", footer: str = "", title: str | None = None) -> Reply:
    """A property manager's homepage as the builder renders it."""
    main = (
        f"<h1>{co}</h1><p>Full-service residential property management: tenant screening, rent collection, "
        "maintenance coordination and monthly owner statements for single-family homes, townhomes and small "
        f"apartment buildings.</p>{body}"
    )
    foot = f"{footer}<p>&copy; 2026 {co}. All rights reserved. Equal Housing Opportunity.</p>"
    return doc(
        title or f"{co} | Property Management",
        HEADS[builder],
        f"<header>{nav}</header><main>{main}</main><footer>{foot}</footer>",
    )


def to_www(domain: str, pages: dict[str, Reply]) -> dict[str, dict[str, Reply]]:
    """An apex domain whose every page 301s to https://www.<domain> (http -> https -> www)."""
    return {
        domain: {"/": redirect(f"https://www.{domain}/", 301), "/robots.txt": redirect(f"https://www.{domain}/robots.txt", 301)},
        f"www.{domain}": pages,
    }


# --- vendor portals, after the shapes vendors serve ------------------------------------------------


def appfolio(acct: str, co: str, *, title: str = "Online Portal - Sign In", notice: str = "", extra: dict | None = None):
    host = f"{acct}.appfolio.com"
    signin = page(
        f"{notice}<div class='portal-header'><img class='portal-logo' src='https://images.cdn.appfolio.com/{acct}/images/logo.png' alt='{co}'>"
        f"<h2>{co}</h2></div><main><h1>Sign in to your account</h1><form id='new_user' action='/connect/users/sign_in' method='post'>"
        "<label for='user_email'>Email</label><input type='email' name='user[email]' id='user_email'>"
        "<label for='user_password'>Password</label><input type='password' name='user[password]' id='user_password'>"
        "<input type='submit' name='commit' value='Sign In'></form><a href='/connect/users/password/new'>Forgot password?</a>"
        "</main><footer>Powered by AppFolio Property Manager</footer>",
        title=title,
    )
    pages = {
        "/": redirect(f"https://{host}/listings", 302),
        "/connect": redirect(f"https://{host}/connect/users/sign_in", 302),
        "/connect/users/sign_in": signin,
        "/listings": page(
            f"<header><img src='https://images.cdn.appfolio.com/{acct}/images/logo.png' alt='{co}'></header>"
            "<h1>Available Rentals</h1><div class='listing-item'><h2>3 bd | 2 ba | 1,420 sqft</h2><p>$1,695/mo</p>"
            "<a href='/listings/rental_applications/new'>Apply Now</a></div>",
            title=f"{co} - Rentals",
        ),
        "/robots.txt": PORTAL_ROBOTS,
    }
    return {host: {**pages, **(extra or {})}}


def buildium(acct: str, co: str, *, title: str | None = None, notice: str = ""):
    host = f"{acct}.managebuilding.com"
    login = page(
        f"<div class='header'><img src='https://{host}/Resident/portal/logo' alt='{co}'></div>{notice}"
        "<main><h1>Resident Center</h1><form action='/Resident/portal/login' method='post'>"
        "<label>Email address</label><input name='Email' type='email'><label>Password</label>"
        "<input name='Password' type='password'><label><input type='checkbox' name='RememberMe'> Remember me</label>"
        "<button type='submit'>Sign in</button></form><a href='/Resident/portal/forgot-password'>Forgot password?</a>"
        "<p>New resident? <a href='/Resident/portal/activate'>Activate your account</a></p></main>"
        "<footer>Powered by Buildium</footer>",
        title=title or f"{co} - Resident Center",
    )
    rentals = page(
        f"<header><h1>{co}</h1></header><h2>Rental Listings</h2><ul class='listings'>"
        "<li><h3>2 Bed / 1.5 Bath Townhome</h3><p>$1,385 / month - Available now</p>"
        "<a href='/Resident/apps/rentalapp/'>Apply now</a></li></ul><footer>Powered by Buildium</footer>",
        title=f"{co} - Rentals",
    )
    return {
        host: {
            "/": redirect(f"https://{host}/Resident/portal/login", 302),
            "/Resident/portal/login": login,
            "/Resident/public/rentals": rentals,
            "/robots.txt": PORTAL_ROBOTS,
        }
    }


def rmresident(acct: str, co: str):
    host = f"{acct}.rmresident.com"
    login = page(
        f"<div class='company-brand'><img src='/Content/logo.png' alt='{co}'><span>{co}</span></div>"
        "<h1>Resident Portal</h1><form action='/Account/Login' method='post'><label>Username</label>"
        "<input name='UserName'><label>Password</label><input type='password' name='Password'>"
        "<button type='submit'>Log In</button></form><a href='/Account/ForgotPassword'>Forgot Password?</a>"
        "<footer>Powered by Rent Manager</footer>",
        title=f"{co} - Resident Portal",
    )
    return {host: {"/": redirect(f"https://{host}/Account/Login", 302), "/Account/Login": login, "/robots.txt": PORTAL_ROBOTS}}


def rentvine(acct: str, co: str):
    return {f"{acct}.rentvine.com": {"/": spa_shell(f"{co}"), "*": spa_shell(f"{co} - Resident Portal")}}


def doorloop(acct: str):
    return {f"{acct}.app.doorloop.com": {"/": spa_shell("DoorLoop"), "*": spa_shell("DoorLoop")}}


def retro_login(title: str, heading: str, footer: str, *, user: str = "username") -> Reply:
    return page(
        f"<header><h1>{heading}</h1></header><main><form method='post'><label>Username</label><input name='{user}'>"
        "<label>Password</label><input type='password' name='password'><button type='submit'>Log In</button>"
        f"<a href='#'>Forgot your password?</a></form></main><footer>{footer}</footer>",
        title=title,
    )


# === real leads: the company's site links its own live portal (high) =============================

# 1. WordPress (Astra) menu: "Resident Portal" opens in a new tab, phone and e-mail items beside it;
# the evidence is the same portal copied from a search result with utm_* tags. high.
co = "Quillmoor Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "quillmoorpm.com",
    "https://quillmoorpm.appfolio.com/connect?utm_source=google&utm_medium=organic&utm_campaign=gbp_listing",
    "high",
    {
        "quillmoorpm.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(14, "https://quillmoorpm.appfolio.com/connect", "Resident Portal", new_tab=True),
                    wp_item(15, "tel:+15125550141", "(512) 555-0141"),
                    wp_item(16, "mailto:leasing@quillmoorpm.com", "Email Us"),
                ),
                footer=contact(
                    "1100 Sundance Pkwy, Suite 240", "Round Rock", "TX", "78681", "(512) 555-0141", "leasing@quillmoorpm.com"
                ),
            )
        },
        **appfolio("quillmoorpm", co),
    },
    state="TX",
    city="Round Rock",
)

# 2. Apex 301s to https://www.; an Elementor button "Pay Rent" (new tab); the evidence is a listing's
# detail page on the account with `gclid`. The site links the account's sign-in: high.
co = "Saltmarsh Heron Rentals"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "saltmarshheron.com",
    "https://saltmarshheron.appfolio.com/listings/detail/6f2d8c1a-33b0-4e7e-9a51-0c8d2b7f11e4?source=Website&gclid=Cj0KCQiA2eKtBhDcARIsAEGTG42xQz",
    "high",
    {
        **to_www(
            "saltmarshheron.com",
            {
                "/": home_page(
                    "elementor",
                    co,
                    body=el_button("https://saltmarshheron.appfolio.com/connect", "Pay Rent")
                    + el_button("/rental-search/", "Find a Rental"),
                    footer=contact("4302 W Kennedy Blvd", "Tampa", "FL", "33609", "(813) 555-0172", "info@saltmarshheron.com"),
                )
            },
        ),
        **appfolio(
            "saltmarshheron",
            co,
            extra={
                "/listings/detail/6f2d8c1a-33b0-4e7e-9a51-0c8d2b7f11e4": page(
                    "<header><img src='https://images.cdn.appfolio.com/saltmarshheron/images/logo.png' alt='Saltmarsh Heron Rentals'></header>"
                    "<h1>3 bd | 2 ba Single Family Home</h1><p>$2,150/mo. Available 12/15/26.</p><a href='/listings/rental_applications/new'>Apply Now</a>",
                    title="4108 W San Rafael St, Tampa, FL 33629 | Saltmarsh Heron Rentals",
                )
            },
        ),
    },
    state="FL",
    city="Tampa",
)

# 3. Wix: the portal is a Wix button (data-testid=linkElement, new tab); no evidence URL given. high.
co = "Peachbarrow Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "peachbarrowpm.com",
    None,
    "high",
    {
        "peachbarrowpm.com": {
            "/": home_page(
                "wix",
                co,
                body="<h2>Residents</h2><p>Pay rent, submit maintenance requests and view your lease online.</p>"
                + wix_button("https://peachbarrow.appfolio.com/connect", "Tenant Login")
                + wix_button("https://peachbarrow.appfolio.com/listings", "View Rentals"),
                footer=contact("95 Church St NE", "Marietta", "GA", "30060", "(770) 555-0118", "office@peachbarrowpm.com"),
            )
        },
        **appfolio("peachbarrow", co),
    },
    state="GA",
    city="Marietta",
)

# 4. Squarespace button; the evidence is a Google search result's redirect in the form Google uses
# today (`q=` empty, the target in `url=`). The site links the same portal anyway: high.
co = "Loblolly Gate Realty & Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "loblollygate.com",
    "https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&cd=&cad=rja&uact=8&ved=2ahUKEwiR7q3b0aWJAxVbFlkFHc2bAJoQFnoECBQQAQ"
    "&url=https%3A%2F%2Floblollygate.appfolio.com%2Fconnect&usg=AOvVaw0x3yT1mQnKv8bLz2P4aHcD&opi=89978449",
    "high",
    {
        "loblollygate.com": {
            "/": home_page(
                "sqs",
                co,
                body="<h2>Current Residents</h2>"
                + sqs_button("https://loblollygate.appfolio.com/connect", "Resident Portal")
                + "<p>Emergency maintenance after hours: <a href='tel:+19195550163'>919-555-0163</a></p>",
                footer=contact("410 Glenwood Ave", "Raleigh", "NC", "27603", "(919) 555-0163", "hello@loblollygate.com"),
            )
        },
        **appfolio("loblollygate", "Loblolly Gate Realty and Management"),
    },
    state="NC",
    city="Raleigh",
)

# 5. GoDaddy Website Builder button; the evidence carries a `#:~:text=` fragment from a Google
# snippet. high.
co = "Saguaro Thimble Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "saguarothimble.com",
    "https://saguarothimble.appfolio.com/connect/users/sign_in#:~:text=Sign%20in%20to%20your%20account",
    "high",
    {
        "saguarothimble.com": {
            "/": home_page(
                "gd",
                co,
                body="<h2>Tenants &amp; Owners</h2>"
                + gd_button("https://saguarothimble.appfolio.com/connect", "Tenant / Owner Login")
                + "<p>Serving Mesa, Gilbert, Chandler and the East Valley of Arizona.</p>",
                footer=contact(
                    "1635 N Greenfield Rd, Suite 112", "Mesa", "AZ", "85205", "(480) 555-0137", "rent@saguarothimble.com"
                ),
            )
        },
        **appfolio("saguarothimble", "Saguaro Thimble PM"),
    },
    state="AZ",
    city="Mesa",
)

# 7. A Real Property Management franchise office on its own domain, linking its own AppFolio account
# (not the franchisor's); the footer names the franchisor as "a Neighborly company" and says the
# office is independently owned. Evidence with `srsltid`. high.
co = "Real Property Management Kettle Run"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "rpmkettlerun.com",
    "https://rpmkettlerun.appfolio.com/connect?srsltid=AfmBOoqV3x8T1nPz6wLr0cKd2YhE5bJm",
    "high",
    {
        "rpmkettlerun.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/owners'>Owners</a><a href='https://rpmkettlerun.appfolio.com/connect' target='_blank'>Residents Login</a>"
                "<a href='/rentals'>Homes for Rent</a><a href='https://www.realpropertymgt.com/find-an-office'>Find Another Office</a></nav>",
                footer=contact(
                    "3560 Snouffer Rd, Suite 200", "Columbus", "OH", "43235", "(614) 555-0129", "kettlerun@rpmkettlerun.com"
                )
                + "<p>Each office is independently owned and operated. Real Property Management is a Neighborly&reg; company.</p>",
            )
        },
        **appfolio("rpmkettlerun", co),
    },
    state="OH",
    city="Columbus",
)

# 8. The evidence's host is written in mixed case as a directory printed it; the site (plain HTML)
# links the portal in lower case. high.
co = "Tideglass Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "tideglasspm.com",
    "https://Tideglass.AppFolio.com/connect",
    "high",
    {
        "tideglasspm.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/rentals'>Rentals</a><a href='https://tideglass.appfolio.com/connect'>Tenant Portal</a>"
                "<a href='https://tideglass.appfolio.com/connect'>Owner Portal</a></nav>",
                footer=contact("1501 Pacific Ave, Suite 305", "Tacoma", "WA", "98402", "(253) 555-0150", "team@tideglasspm.com"),
            )
        },
        **appfolio("tideglass", "Tideglass Property Management, LLC"),
    },
    state="WA",
    city="Tacoma",
)

# 9. An Evernest-like multi-market manager (head office in Alabama, offices in Tennessee and
# Oklahoma): a portal picker (<option value=URL>) with one AppFolio account per market. Every
# account is linked by the company's own site: high. The candidate is the Memphis market.
co = "Hearthline Homes"
picker = (
    "<h2>Resident Login</h2><select onchange=\"window.open(this.value, '_blank')\"><option value=''>Choose your market</option>"
    "<option value='https://hearthlinebham.appfolio.com/connect'>Birmingham, AL</option>"
    "<option value='https://hearthlinememphis.appfolio.com/connect'>Memphis, TN</option>"
    "<option value='https://hearthlinetulsa.appfolio.com/connect'>Tulsa, OK</option></select>"
)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "hearthlinehomes.com",
    "https://hearthlinememphis.appfolio.com/connect",
    "high",
    {
        "hearthlinehomes.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(21, "/markets/", "Markets"), wp_item(22, "tel:+12055550110", "205-555-0110")),
                body=picker + "<p>Headquartered in Birmingham, Alabama. Local teams in Memphis and Tulsa.</p>",
                footer="<p>2100 1st Ave N, Birmingham, AL 35203 &middot; 5100 Poplar Ave, Memphis, TN 38137 &middot; 15 W 6th St, Tulsa, OK 74119</p>",
            )
        },
        **appfolio("hearthlinebham", "Hearthline Homes - Birmingham"),
        **appfolio("hearthlinememphis", "Hearthline Homes - Memphis"),
        **appfolio("hearthlinetulsa", "Hearthline Homes - Tulsa"),
    },
    state="TN",
    city="Memphis",
)

# 10. The evidence is a Bing result's redirect (`bing.com/ck/a?...&u=a1<base64 of the portal>`);
# the contract names no Bing redirect, but the site's menu links the same portal: high.
co = "Silverquoin Residential"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "silverquoin.com",
    "https://www.bing.com/ck/a?!&&p=5e1c9a0f7b2d4e31JmltdHM9MTczMjA2MDgwMA&ptn=3&ver=2&hsh=4&fclid=2c7d1e55-9a0b-6f43-1b2e-0f9e8d7c6b5a"
    "&u=a1aHR0cHM6Ly9zaWx2ZXJxdW9pbi5hcHBmb2xpby5jb20vY29ubmVjdA&ntb=1",
    "high",
    {
        "silverquoin.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(31, "https://silverquoin.appfolio.com/connect", "Pay Rent", new_tab=True),
                    wp_item(32, "mailto:service@silverquoin.com", "service@silverquoin.com"),
                ),
                footer=contact(
                    "8801 N Meridian St, Suite 104", "Indianapolis", "IN", "46260", "(317) 555-0191", "service@silverquoin.com"
                ),
            )
        },
        **appfolio("silverquoin", co),
    },
    state="IN",
    city="Indianapolis",
)

# 11. The evidence is Google's AMP cache copy of the company's own blog post (names no account);
# the homepage links /residents, whose page links the AppFolio portal. The site proves it: high.
co = "Desert Wrenfield Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "wrenfieldcholla.com",
    "https://www-wrenfieldcholla-com.cdn.ampproject.org/c/s/www.wrenfieldcholla.com/blog/how-to-pay-rent-online/amp/",
    "high",
    {
        "wrenfieldcholla.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(41, "/residents", "Residents"), wp_item(42, "/blog/", "Blog")),
                footer=contact(
                    "2470 St Rose Pkwy, Suite 301", "Henderson", "NV", "89074", "(702) 555-0126", "office@wrenfieldcholla.com"
                ),
            ),
            "/residents": page(
                "<h1>Resident Resources</h1><p>Log in to pay rent, set up autopay or request maintenance.</p>"
                "<a class='button' href='https://wrenfieldcholla.appfolio.com/connect' target='_blank'>Resident Portal Login</a>"
                "<p>Renters insurance is required for every lease.</p>",
                title="Residents | Desert Wrenfield Property Management",
            ),
        },
        **appfolio("wrenfieldcholla", co),
    },
    state="NV",
    city="Henderson",
)

# 13. WordPress menu, the Resident Center link opens in a new tab; the evidence is the Buildium
# login with utm_* from a Google Business Profile. high.
co = "Mesquite Ladle Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "mesquiteladle.com",
    "https://mesquiteladle.managebuilding.com/Resident/portal/login?utm_source=gmb&utm_medium=referral&utm_campaign=website_button",
    "high",
    {
        "mesquiteladle.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(
                        51, "https://mesquiteladle.managebuilding.com/Resident/portal/login", "Resident Center", new_tab=True
                    ),
                    wp_item(52, "tel:+12105550175", "Call (210) 555-0175"),
                ),
                footer=contact(
                    "7500 San Pedro Ave, Suite 118", "San Antonio", "TX", "78216", "(210) 555-0175", "rent@mesquiteladle.com"
                ),
            )
        },
        **buildium("mesquiteladle", co),
    },
    state="TX",
    city="San Antonio",
)

# 14. Wix, two buttons into the Buildium account; no evidence URL. high.
co = "Ozark Tumbleweed Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "ozarktumbleweed.com",
    None,
    "high",
    {
        "ozarktumbleweed.com": {
            "/": home_page(
                "wix",
                co,
                body=wix_button("https://ozarktumbleweed.managebuilding.com/Resident/portal/login", "Tenant Portal")
                + wix_button("https://ozarktumbleweed.managebuilding.com/Resident/public/rentals", "Rentals"),
                footer=contact("1949 E Sunshine St", "Springfield", "MO", "65804", "(417) 555-0133", "ozarktumbleweed@gmail.com"),
            )
        },
        **buildium("ozarktumbleweed", "Ozark Tumbleweed Rentals LLC"),
    },
    state="MO",
    city="Springfield",
)

# 15. Squarespace; the evidence URL's host ends in a dot (as some directories print it). The site
# links the same portal without the dot: high either way.
co = "Fernwhistle Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "fernwhistlepm.com",
    "https://fernwhistle.managebuilding.com./Resident/portal/login",
    "high",
    {
        "fernwhistlepm.com": {
            "/": home_page(
                "sqs",
                co,
                body=sqs_button("https://fernwhistle.managebuilding.com/Resident/portal/login", "Pay Rent / Maintenance")
                + "<p>Managing homes across the Mid-Willamette Valley, Oregon.</p>",
                footer=contact("333 Commercial St NE", "Salem", "OR", "97301", "(503) 555-0168", "info@fernwhistlepm.com"),
            )
        },
        **buildium("fernwhistle", co),
    },
    state="OR",
    city="Salem",
)

# 16. GoDaddy Website Builder; the button's own href has a trailing dot on the host (the contract
# drops it). high.
co = "Rocket Hollow Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "rockethollowrentals.com",
    None,
    "high",
    {
        "rockethollowrentals.com": {
            "/": home_page(
                "gd",
                co,
                body=gd_button("https://rockethollow.managebuilding.com./Resident/portal/login", "RESIDENT LOGIN")
                + gd_button("tel:2565550152", "CALL US"),
                footer=contact(
                    "4800 Whitesburg Dr S, Suite 30",
                    "Huntsville",
                    "AL",
                    "35802",
                    "(256) 555-0152",
                    "rockethollowrentals@outlook.com",
                ),
            )
        },
        **buildium("rockethollow", co),
    },
    state="AL",
    city="Huntsville",
)

# 18. Apex -> https://www; an Elementor footer button next to phone and e-mail links; no evidence. high.
co = "Gristmill Harbor Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "gristmillharbor.com",
    None,
    "high",
    {
        **to_www(
            "gristmillharbor.com",
            {
                "/": home_page(
                    "elementor",
                    co,
                    body="<h2>Why owners choose us</h2><p>Local, responsive, transparent.</p>",
                    footer=el_button("https://gristmillharbor.managebuilding.com/Resident/portal/login", "Tenant Login")
                    + contact(
                        "160 Ottawa Ave NW, Suite 205",
                        "Grand Rapids",
                        "MI",
                        "49503",
                        "(616) 555-0147",
                        "leasing@gristmillharbor.com",
                    ),
                )
            },
        ),
        **buildium("gristmillharbor", co),
    },
    state="MI",
    city="Grand Rapids",
)

# 19. The evidence is the account's public rentals page with utm_* (a listing page on the vendor's
# account host, not a directory's); the site links the Resident Center. high.
co = "Tobacco Row Keystone Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "tobaccorowkeystone.com",
    "https://tobaccorowkeystone.managebuilding.com/Resident/public/rentals?hidenav=true&utm_source=facebook&utm_medium=social",
    "high",
    {
        "tobaccorowkeystone.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/about'>About</a><a href='https://tobaccorowkeystone.managebuilding.com/Resident/portal/login' "
                "target='_blank' rel='noopener'>Resident Login</a><a href='mailto:office@tobaccorowkeystone.com'>Email</a></nav>",
                footer=contact("2 S 15th St", "Richmond", "VA", "23219", "(804) 555-0158", "office@tobaccorowkeystone.com"),
            )
        },
        **buildium("tobaccorowkeystone", co),
    },
    state="VA",
    city="Richmond",
)

# 20. A Keyrenter franchise office: its own domain, its own Buildium account in its own name; the
# footer names the franchisor's trademark and links the national site. high.
co = "Keyrenter Inclineway"
add(
    "site_links_portal",
    "Buildium",
    co,
    "keyrenterinclineway.com",
    None,
    "high",
    {
        "keyrenterinclineway.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(
                        61, "https://keyrenterinclineway.managebuilding.com/Resident/portal/login", "Tenant Portal", new_tab=True
                    ),
                    wp_item(62, "tel:+14125550104", "412-555-0104"),
                ),
                footer=contact(
                    "2000 Smallman St, Suite 402", "Pittsburgh", "PA", "15222", "(412) 555-0104", "pgh@keyrenterinclineway.com"
                )
                + "<p>Keyrenter Inclineway is independently owned and operated. Keyrenter&reg; is a registered trademark of "
                "Keyrenter Franchise, LLC. <a href='https://www.keyrenter.com/locations/'>All Keyrenter locations</a></p>",
            )
        },
        **buildium("keyrenterinclineway", co),
    },
    state="PA",
    city="Pittsburgh",
)

# 22. WordPress menu link to the Rent Manager resident portal (rmresident); no evidence. high.
co = "Cimarron Gearbox Property Management"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "cimarrongearbox.com",
    None,
    "high",
    {
        "cimarrongearbox.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(71, "https://cimarrongearbox.rmresident.com/", "Resident Portal", new_tab=True),
                    wp_item(72, "tel:+19185550183", "(918) 555-0183"),
                ),
                footer=contact(
                    "6100 S Yale Ave, Suite 410", "Tulsa", "OK", "74136", "(918) 555-0183", "info@cimarrongearbox.com"
                ),
            )
        },
        **rmresident("cimarrongearbox", co),
    },
    state="OK",
    city="Tulsa",
)

# 23. An onclick button (window.open, new tab) into Rent Manager; the evidence is the portal with
# `fbclid` from a Facebook post. high.
co = "Bayou Quintet Property Management"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "bayouquintet.com",
    "https://bayouquintet.rmresident.com/Account/Login?fbclid=IwZXh0bgNhZW0CMTEAAR2x7Qk9vLm3_aem_Qw1eRt2",
    "high",
    {
        "bayouquintet.com": {
            "/": home_page(
                "plain",
                co,
                body="<button type='button' class='btn-portal' onclick=\"window.open('https://bayouquintet.rmresident.com/', '_blank')\">Pay Rent Online</button>"
                "<p>Proudly managing homes in East Baton Rouge and Ascension parishes, Louisiana.</p>",
                footer=contact("7910 Jefferson Hwy", "Baton Rouge", "LA", "70809", "(225) 555-0114", "office@bayouquintet.com"),
            )
        },
        **rmresident("bayouquintet", co),
    },
    state="LA",
    city="Baton Rouge",
)

# 24. GoDaddy builder button to Propertyware's path-account portal on the shared app host. high.
co = "Sandia Lodgepole Rentals"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "sandialodgepole.com",
    None,
    "high",
    {
        "sandialodgepole.com": {
            "/": home_page(
                "gd",
                co,
                body=gd_button("https://app.propertyware.com/pw/portals/sandialodgepole/tenant.action", "Tenant Portal")
                + gd_button("https://app.propertyware.com/pw/portals/sandialodgepole/owner.action", "Owner Portal"),
                footer=contact(
                    "6565 Americas Pkwy NE, Suite 200", "Albuquerque", "NM", "87110", "(505) 555-0177", "rent@sandialodgepole.com"
                ),
            )
        },
        "app.propertyware.com": {
            "/pw/portals/sandialodgepole/tenant.action": retro_login(
                "Sandia Lodgepole Rentals - Tenant Portal", "Sandia Lodgepole Rentals", "Powered by Propertyware", user="email"
            ),
            "/pw/portals/sandialodgepole/owner.action": retro_login(
                "Sandia Lodgepole Rentals - Owner Portal", "Sandia Lodgepole Rentals", "Powered by Propertyware", user="email"
            ),
        },
    },
    state="NM",
    city="Albuquerque",
)

# 26. A PMI (Property Management Inc.) franchise office linking its own Rentvine account; the
# footer names the franchise system. high.
co = "PMI Lanternfield"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "pmilanternfield.com",
    None,
    "high",
    {
        "pmilanternfield.com": {
            "/": home_page(
                "elementor",
                co,
                body=el_button("https://pmilanternfield.rentvine.com/portals/resident", "Resident Portal")
                + el_button("https://pmilanternfield.rentvine.com/portals/owner", "Owner Portal"),
                footer=contact(
                    "2108 South Blvd, Suite 215", "Charlotte", "NC", "28203", "(704) 555-0122", "info@pmilanternfield.com"
                )
                + "<p>PMI Lanternfield is a Property Management Inc. franchise. Each office is independently owned and operated.</p>",
            )
        },
        **rentvine("pmilanternfield", co),
    },
    state="NC",
    city="Charlotte",
)

# 27. Squarespace button to Rentvine; the evidence is the same portal with utm_* and `_gl`. high.
co = "Harpeth Mandolin Property Management"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "harpethmandolin.com",
    "https://harpethmandolin.rentvine.com/portals/resident?utm_source=google&utm_medium=cpc&_gl=1*1x9q2m*_ga*MTIzNDU2Nzg5",
    "high",
    {
        "harpethmandolin.com": {
            "/": home_page(
                "sqs",
                co,
                body=sqs_button("https://harpethmandolin.rentvine.com/portals/resident", "Resident Login")
                + "<p>Middle Tennessee homes, managed like our own.</p>",
                footer=contact(
                    "1808 West End Ave, Suite 1100", "Nashville", "TN", "37203", "(615) 555-0186", "hello@harpethmandolin.com"
                ),
            )
        },
        **rentvine("harpethmandolin", co),
    },
    state="TN",
    city="Nashville",
)

# 29. WordPress menu link to the DoorLoop tenant portal (a single-page app whose title names no
# company); the evidence is that portal. high.
co = "Citrus Pennant Property Management"
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "citruspennant.com",
    "https://citruspennant.app.doorloop.com/login",
    "high",
    {
        "citruspennant.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(81, "https://citruspennant.app.doorloop.com/", "Tenant Portal", new_tab=True),
                    wp_item(82, "tel:+14075550109", "407-555-0109"),
                ),
                footer=contact("618 E South St, Suite 500", "Orlando", "FL", "32801", "(407) 555-0109", "rent@citruspennant.com"),
            )
        },
        **doorloop("citruspennant"),
    },
    state="FL",
    city="Orlando",
)

# 31. A small landlord-manager linking its Rentec Direct account site (`<account>.rentecdirect.com`),
# which shows its name and rentals. high.
co = "Prairie Anvil Rentals"
add(
    "site_links_portal",
    "Rentec Direct",
    co,
    "prairieanvilrentals.com",
    None,
    "high",
    {
        "prairieanvilrentals.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='https://prairieanvil.rentecdirect.com/' target='_blank'>Tenant Portal &amp; Listings</a>"
                "<a href='tel:+13165550161'>(316) 555-0161</a></nav>",
                footer=contact(
                    "250 N Water St, Suite 300", "Wichita", "KS", "67202", "(316) 555-0161", "prairieanvilrentals@gmail.com"
                ),
            )
        },
        "prairieanvil.rentecdirect.com": {
            "/": page(
                "<header><h1>Prairie Anvil Rentals</h1><a href='https://secure.rentecdirect.com/tenants/login.php'>Tenant Login</a></header>"
                "<h2>Available Rentals</h2><ul><li>2 bed / 1 bath duplex - $975/mo <a href='/apply.php'>Apply</a></li></ul>"
                "<footer>Property management software by Rentec Direct</footer>",
                title="Prairie Anvil Rentals - Rentals",
            )
        },
    },
    state="KS",
    city="Wichita",
)

# 32. An apartment operator linking a community's RentCafe resident login, which answers live here
# (Yardi titles name the property and are not compared). high.
co = "Rivercane Residential"
add(
    "site_links_portal",
    "Yardi",
    co,
    "rivercaneresidential.com",
    None,
    "high",
    {
        "rivercaneresidential.com": {
            "/": home_page(
                "plain",
                co,
                body="<h2>Our Communities</h2><ul><li>Quarrystone Lofts, Sacramento <a href='https://rivercane.securecafe.com/residentservices/quarrystone-lofts/userlogin.aspx' "
                "target='_blank'>Resident Login</a></li></ul><p>CalDRE #02091847</p>",
                footer=contact(
                    "1415 L St, Suite 800", "Sacramento", "CA", "95814", "(916) 555-0195", "leasing@rivercaneresidential.com"
                ),
            )
        },
        "rivercane.securecafe.com": {
            "/residentservices/quarrystone-lofts/userlogin.aspx": page(
                "<h1>Quarrystone Lofts</h1><h2>Resident Login</h2><form method='post'><label>Email</label><input name='Username'>"
                "<label>Password</label><input type='password' name='Password'><button>Log In</button></form>"
                "<a href='forgotpassword.aspx'>Forgot Password?</a><footer>Powered by RENTCafe, a Yardi product</footer>",
                title="Quarrystone Lofts - Resident Services - Login",
            )
        },
    },
    state="CA",
    city="Sacramento",
)

# 33. An apartment operator linking its community's Entrata resident portal, live here. high.
co = "Sparrowhawk Residential"
add(
    "site_links_portal",
    "Entrata",
    co,
    "sparrowhawkresidential.com",
    None,
    "high",
    {
        "sparrowhawkresidential.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/communities'>Communities</a>"
                "<a href='https://sparrowhawkvista.residentportal.com/resident_portal/?module=authentication&amp;action=view_login' target='_blank'>Residents</a></nav>",
                body="<p>Sparrowhawk Vista Apartments, 3550 N Oracle Rd, Tucson, AZ 85705.</p>",
                footer=contact("3550 N Oracle Rd", "Tucson", "AZ", "85705", "(520) 555-0140", "vista@sparrowhawkresidential.com"),
            )
        },
        "sparrowhawkvista.residentportal.com": {
            "/resident_portal/": page(
                "<h1>Sparrowhawk Vista</h1><h2>Resident Portal</h2><form method='post'><label>Username</label><input name='username'>"
                "<label>Password</label><input type='password' name='password'><button>Login</button></form>",
                title="Resident Portal | Login",
            )
        },
    },
    state="AZ",
    city="Tucson",
)

# 34. A multifamily operator linking its ResMan resident portal. high.
co = "Marshgrass Communities"
add(
    "site_links_portal",
    "ResMan",
    co,
    "marshgrasscommunities.com",
    None,
    "high",
    {
        "marshgrasscommunities.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(91, "https://marshgrass.myresman.com/", "Resident Portal", new_tab=True)),
                footer=contact(
                    "7 E Congress St, Suite 600", "Savannah", "GA", "31401", "(912) 555-0131", "leasing@marshgrasscommunities.com"
                ),
            )
        },
        "marshgrass.myresman.com": {
            "/": page(
                "<h1>Sign In</h1><form method='post'><label>Email</label><input name='email'><label>Password</label>"
                "<input type='password' name='password'><button>Sign In</button></form><footer>Marshgrass Communities</footer>",
                title="ResMan Resident Portal - Sign In",
            )
        },
    },
    state="GA",
    city="Savannah",
)


# === real leads: the site links a shared sign-in, or proof is a live portal it does not link ======

# 6. The site (plain, readable, a property manager's) links no portal; the evidence is the live
# AppFolio sign-in with `fbclid`, naming the company. medium.
co = "Pikeview Lantern Rentals"
add(
    "live_portal",
    "AppFolio",
    co,
    "pikeviewlantern.com",
    "https://pikeviewlantern.appfolio.com/connect?fbclid=IwAR3kP0b9xVq2nL8_eM4tJd7Rs",
    "medium",
    {
        "pikeviewlantern.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/rentals'>Rentals</a><a href='/contact'>Contact</a><a href='tel:+17195550120'>719-555-0120</a></nav>",
                body="<p>Current residents: call the office or e-mail us to pay rent or report maintenance.</p>",
                footer=contact(
                    "102 S Tejon St, Suite 1100",
                    "Colorado Springs",
                    "CO",
                    "80903",
                    "(719) 555-0120",
                    "office@pikeviewlantern.com",
                ),
            )
        },
        **appfolio("pikeviewlantern", co),
    },
    state="CO",
    city="Colorado Springs",
)

# 12. The site answers servers with Sucuri's block page (unreadable, not dead); the evidence is a
# live AppFolio sign-in in the company's name. medium.
co = "Palmetto Forgeway Property Management"
add(
    "live_portal",
    "AppFolio",
    co,
    "forgewaypm.com",
    "https://forgewaypm.appfolio.com/connect",
    "medium",
    {
        "forgewaypm.com": {"/": redirect("https://www.forgewaypm.com/", 301)},
        "www.forgewaypm.com": everywhere(SUCURI_WALL),
        **appfolio("forgewaypm", co),
    },
    state="SC",
    city="Greenville",
)

# 17. The evidence is a Google redirect of the classic `url?q=` form around a live Buildium portal
# the site does not link (the site only lists a phone number for residents). medium.
co = "Bourbon Lattice Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "bourbonlattice.com",
    "https://www.google.com/url?q=https://bourbonlattice.managebuilding.com/Resident/portal/login&sa=U&ved=2ahUKEwjT9fL1mKWJAxV&usg=AOvVaw2Hq9",
    "medium",
    {
        "bourbonlattice.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(101, "/contact/", "Contact"), wp_item(102, "tel:+15025550166", "(502) 555-0166")),
                body="<p>Residents: rent is due on the 1st. Questions about your lease? Call us.</p>",
                footer=contact(
                    "410 W Chestnut St, Suite 700", "Louisville", "KY", "40202", "(502) 555-0166", "leasing@bourbonlattice.com"
                ),
            )
        },
        **buildium("bourbonlattice", co),
    },
    state="KY",
    city="Louisville",
)

# 21. The evidence is the account's public rentals page with `srsltid` (Google's tag); the site
# does not link the account. A live listings page of the account in the company's name. medium.
co = "Timpanogos Cobble Rentals"
add(
    "live_portal",
    "Buildium",
    co,
    "timpcobblerentals.com",
    "https://timpcobble.managebuilding.com/Resident/public/rentals?srsltid=AfmBOopm4Zc1Lx0eQv7Wn2RkYt",
    "medium",
    {
        "timpcobblerentals.com": {
            "/": home_page(
                "sqs",
                co,
                body="<p>Rentals in Provo, Orem and Utah County. Call for showings.</p>",
                footer=contact(
                    "86 N University Ave, Suite 400", "Provo", "UT", "84601", "(801) 555-0174", "rent@timpcobblerentals.com"
                ),
            )
        },
        **buildium("timpcobble", co),
    },
    state="UT",
    city="Provo",
)

# 28. The evidence is a live Rentvine resident portal (a single-page app titled with the company's
# name); the site links none. medium.
co = "Owyhee Kestrel Property Management"
add(
    "live_portal",
    "Rentvine",
    co,
    "owyheekestrel.com",
    "https://owyheekestrel.rentvine.com/portals/resident",
    "medium",
    {
        "owyheekestrel.com": {
            "/": home_page(
                "plain",
                co,
                body="<p>Treasure Valley rentals: Boise, Meridian, Nampa. Owners, ask about our leasing-only plan.</p>",
                footer=contact(
                    "950 W Bannock St, Suite 1100", "Boise", "ID", "83702", "(208) 555-0181", "hello@owyheekestrel.com"
                ),
            )
        },
        **rentvine("owyheekestrel", co),
    },
    state="ID",
    city="Boise",
)

# 30. A small Milwaukee manager whose site links TenantCloud's one shared sign-in (its customers all
# sign in there); the sign-in answers with its login form. medium (site_links_signin).
co = "Brewline Cobalt Rentals"
add(
    "site_links_portal",
    "TenantCloud",
    co,
    "brewlinecobalt.com",
    None,
    "medium",
    {
        "brewlinecobalt.com": {
            "/": home_page(
                "wix",
                co,
                body=wix_button("https://home.tenantcloud.com/login?lang=en", "Tenant Login")
                + "<p>Duplexes and flats in Bay View and Riverwest.</p>",
                footer=contact(
                    "2266 S Kinnickinnic Ave", "Milwaukee", "WI", "53207", "(414) 555-0153", "brewlinecobalt@gmail.com"
                ),
            )
        },
        "home.tenantcloud.com": {  # "?lang=en": holdout1 serves the bare /login
            "/login?lang=en": page(
                "<h1>Log in to TenantCloud</h1><form method='post'><input name='email'><input type='password' name='password'>"
                "<button>Log in</button></form>",
                title="TenantCloud | Login",
            ),
            "/": page(
                "<h1>Log in to TenantCloud</h1><form method='post'><input name='email'><input type='password' name='password'>"
                "<button>Log in</button></form>",
                title="TenantCloud | Login",
            ),
        },
    },
    state="WI",
    city="Milwaukee",
)


# === everyday rejections =========================================================================

# R1. Claimed AppFolio; the WordPress menu links the company's live Buildium account. pms_mismatch.
co = "Ribault Tidewell Property Management"
add(
    "other_pms",
    "AppFolio",
    co,
    "tidewellpm.com",
    None,
    "pms_mismatch",
    {
        "tidewellpm.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(111, "https://tidewellpm.managebuilding.com/Resident/portal/login", "Resident Login", new_tab=True)
                ),
                footer=contact(
                    "9550 Regency Square Blvd, Suite 1000",
                    "Jacksonville",
                    "FL",
                    "32225",
                    "(904) 555-0127",
                    "office@tidewellpm.com",
                ),
            )
        },
        **buildium("tidewellpm", co),
    },
    state="FL",
    city="Jacksonville",
)

# R2. Claimed Buildium; the Wix site links its live Rentvine portal. pms_mismatch.
co = "Comstock Quartzline Rentals"
add(
    "other_pms",
    "Buildium",
    co,
    "quartzlinerentals.com",
    None,
    "pms_mismatch",
    {
        "quartzlinerentals.com": {
            "/": home_page(
                "wix",
                co,
                body=wix_button("https://quartzline.rentvine.com/portals/resident", "Resident Portal"),
                footer=contact(
                    "50 W Liberty St, Suite 880", "Reno", "NV", "89501", "(775) 555-0146", "info@quartzlinerentals.com"
                ),
            )
        },
        **rentvine("quartzline", co),
    },
    state="NV",
    city="Reno",
)

# R3. The domain is parked for sale (GoDaddy/Afternic lander) though the AppFolio account still
# answers. dead_domain.
add(
    "parked",
    "AppFolio",
    "Eldercreek Haven Property Management",
    "eldercreekhaven.com",
    "https://eldercreekhaven.appfolio.com/connect",
    "dead_domain",
    {
        "eldercreekhaven.com": {
            "/": doc(
                "eldercreekhaven.com",
                "<script src='https://img1.wsimg.com/parking-lander/static/js/main.e1d4a2c7.js'></script>",
                "<div id='root'><h1>eldercreekhaven.com</h1><h2>This domain is for sale!</h2><p>Get this domain. Buy now for $2,995 or make an offer.</p>"
                "<a href='https://www.afternic.com/forsale/eldercreekhaven.com?utm_source=TDFS_DASLNC&amp;utm_medium=parkedpages&amp;"
                "utm_campaign=x_corp_tdfs-daslnc_base&amp;traffic_type=TDFS_DASLNC&amp;traffic_id=daslnc'>Buy Now</a>"
                "<p>Related searches: Apartments for Rent, Property Management Companies, Home Rentals</p></div>",
            )
        },
        **appfolio("eldercreekhaven", "Eldercreek Haven Property Management"),
    },
    state="GA",
    city="Augusta",
)

# R4. The domain expired: the registrar's expired-domain page, beside a live Buildium account.
# dead_domain.
add(
    "parked",
    "Buildium",
    "Miamisburg Pivot Rentals",
    "pivotrentalsdayton.com",
    "https://pivotrentals.managebuilding.com/Resident/portal/login",
    "dead_domain",
    {
        "pivotrentalsdayton.com": {
            "/": doc(
                "pivotrentalsdayton.com - Expired",
                "<meta name='robots' content='noindex'>",
                "<h1>pivotrentalsdayton.com has expired</h1><p>This domain name expired on 10/14/2026 and is pending renewal or deletion.</p>"
                "<p>Are you the owner? <a href='https://www.namecheap.com/myaccount/login/?ReturnUrl=%2fdomains%2frenew'>Renew it now</a></p>"
                "<p>This domain is parked free, courtesy of Namecheap.</p>",
            )
        },
        **buildium("pivotrentals", "Miamisburg Pivot Rentals"),
    },
    state="OH",
    city="Dayton",
)

# R5. The domain does not exist (neither it nor www.); the Rent Manager account is live. dead_domain.
add(
    "dead_domain",
    "Rent Manager",
    "Franklin Thornquist Property Management",
    "thornquistpm.com",
    "https://thornquist.rmresident.com/Account/Login",
    "dead_domain",
    {**rmresident("thornquist", "Franklin Thornquist Property Management")},
    ("thornquistpm.com", "www.thornquistpm.com"),
    state="TX",
    city="El Paso",
)

# R6. A real manager's site with no portal at all (pay by check, call or e-mail); no evidence.
# no_pms_evidence.
co = "Congaree Ledger Rentals"
add(
    "no_portal",
    "Propertyware",
    co,
    "congareeledger.com",
    None,
    "no_pms_evidence",
    {
        "congareeledger.com": {
            "/": home_page(
                "gd",
                co,
                body="<h2>Residents</h2><p>Rent may be paid by check or money order at our office, or call us to pay by card.</p>"
                + gd_button("tel:8035550189", "CALL THE OFFICE")
                + gd_button("mailto:maint@congareeledger.com", "MAINTENANCE REQUEST"),
                footer=contact(
                    "1330 Lady St, Suite 502", "Columbia", "SC", "29201", "(803) 555-0189", "maint@congareeledger.com"
                ),
            )
        }
    },
    state="SC",
    city="Columbia",
)

# R7. The evidence is AppFolio's own marketing page (tagged with utm_*), naming no account; the
# site links no portal. no_pms_evidence.
co = "LoDo Brassworks Property Management"
add(
    "vendor_wide",
    "AppFolio",
    co,
    "brassworkspm.com",
    "https://www.appfolio.com/property-manager?utm_source=bing&utm_medium=cpc&utm_campaign=brand_pm&msclkid=3f9e1d7c2b8a4f60",
    "no_pms_evidence",
    {
        "brassworkspm.com": {
            "/": home_page(
                "sqs",
                co,
                body="<p>Denver condos and lofts, managed with care. Call to schedule a showing.</p>",
                footer=contact("1621 18th St, Suite 250", "Denver", "CO", "80202", "(303) 555-0116", "info@brassworkspm.com"),
            )
        }
    },
    state="CO",
    city="Denver",
)

# R9. The evidence is a Zillow listing (a directory's page, no account); the site links no portal.
# no_pms_evidence.
co = "Palouse Cinder Rentals"
add(
    "no_portal",
    "Propertyware",
    co,
    "palousecinder.com",
    "https://www.zillow.com/homedetails/2214-W-Dean-Ave-Spokane-WA-99201/23041877_zpid/?utm_campaign=rentals_share",
    "no_pms_evidence",
    {
        "palousecinder.com": {
            "/": home_page(
                "plain",
                co,
                body="<p>Homes for rent in Spokane and Spokane Valley. Applications by phone.</p>",
                footer=contact("601 W 1st Ave, Suite 1400", "Spokane", "WA", "99201", "(509) 555-0135", "rent@palousecinder.com"),
            )
        }
    },
    state="WA",
    city="Spokane",
)

# R10. The agent guessed an AppFolio account that does not exist (404); the site links none.
# evidence_unverified.
co = "Camelback Orrery Property Management"
add(
    "no_account",
    "AppFolio",
    co,
    "camelbackorrery.com",
    "https://camelbackorrery.appfolio.com/connect",
    "evidence_unverified",
    {
        "camelbackorrery.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(121, "tel:+16025550170", "602-555-0170")),
                body="<p>Residents: contact our office for rent payment options.</p>",
                footer=contact(
                    "3200 E Camelback Rd, Suite 177", "Phoenix", "AZ", "85018", "(602) 555-0170", "office@camelbackorrery.com"
                ),
            )
        },
        "camelbackorrery.appfolio.com": {
            "*": page(
                "<h1>The page you were looking for doesn't exist.</h1>"
                "<p>You may have mistyped the address or the page may have moved.</p>",
                title="The page you were looking for doesn't exist (404)",
                status=404,
            )
        },
    },
    state="AZ",
    city="Phoenix",
)

# R11. A Buildium account that does not exist: the vendor sends the request to its shared staff
# sign-in. evidence_unverified.
co = "Bluegrass Tinsmith Rentals"
add(
    "no_account",
    "Buildium",
    co,
    "bluegrasstinsmith.com",
    "https://bluegrasstinsmith.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "bluegrasstinsmith.com": {
            "/": home_page(
                "plain",
                co,
                body="<p>Lexington rentals near UK campus and Hamburg.</p>",
                footer=contact(
                    "250 W Main St, Suite 1600", "Lexington", "KY", "40507", "(859) 555-0142", "bluegrasstinsmith@yahoo.com"
                ),
            )
        },
        "bluegrasstinsmith.managebuilding.com": {
            "*": redirect("https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F", 302)
        },
    },
    state="KY",
    city="Lexington",
)

# R12. A duplicate-looking franchise location: the agent gave the Keyrenter St. George office the
# portal of a sister office (Keyrenter Dixie Bluffs), a different company; the site links none.
# evidence_unverified.
co = "Keyrenter Saltbrush"
add(
    "no_account",
    "Buildium",
    co,
    "keyrentersaltbrush.com",
    "https://keyrenterdixiebluffs.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "keyrentersaltbrush.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(131, "tel:+14355550112", "435-555-0112")),
                body="<p>Residents: please e-mail maintenance requests to our office.</p>",
                footer=contact(
                    "20 N Main St, Suite 104", "St. George", "UT", "84770", "(435) 555-0112", "office@keyrentersaltbrush.com"
                )
                + "<p>Keyrenter Saltbrush is independently owned and operated.</p>",
            )
        },
        **buildium("keyrenterdixiebluffs", "Keyrenter Dixie Bluffs"),
    },
    state="UT",
    city="St. George",
)

# R13. The site answers with a Cloudflare challenge (robots.txt too); no evidence URL.
# ambiguous: nothing proves the PMS and the site cannot be read: no_pms_evidence.
add(
    "bot_wall",
    "DoorLoop",
    "Harborline Sextant Property Management",
    "sextantpm.com",
    None,
    "no_pms_evidence",
    {"sextantpm.com": everywhere(CF_WALL), "www.sextantpm.com": everywhere(CF_WALL)},
    state="CA",
    city="San Diego",
)

# R14. The site links a community's RentCafe portal, which answers servers with Cloudflare's
# challenge (403), as Yardi's do. unverifiable.
co = "Meridian Gablestone Residential"
add(
    "bot_wall",
    "Yardi",
    co,
    "gablestoneresidential.com",
    "https://gablestonecommons.securecafe.com/residentservices/gablestone-commons/userlogin.aspx?utm_source=google",
    "unverifiable",
    {
        "gablestoneresidential.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='https://gablestonecommons.securecafe.com/residentservices/gablestone-commons/userlogin.aspx'>Resident Login</a></nav>",
                body="<p>Gablestone Commons, 1515 W Diehl Rd, Naperville, Illinois.</p>",
                footer=contact(
                    "1515 W Diehl Rd", "Naperville", "IL", "60563", "(630) 555-0108", "leasing@gablestoneresidential.com"
                ),
            )
        },
        "gablestonecommons.securecafe.com": everywhere(CF_WALL),
    },
    state="IL",
    city="Naperville",
)

# R15. The evidence is an Entrata resident portal answering servers with a bare 403. unverifiable.
co = "Lockhaven Residential"
add(
    "bot_wall",
    "Entrata",
    co,
    "lockhavenresidential.com",
    "https://lockhavenflats.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        "lockhavenresidential.com": {
            "/": home_page(
                "elementor",
                co,
                body=el_button("https://lockhavenflats.residentportal.com/", "Resident Portal"),
                footer=contact(
                    "2626 Cole Ave, Suite 300", "Dallas", "TX", "75204", "(214) 555-0197", "leasing@lockhavenresidential.com"
                ),
            )
        },
        "lockhavenflats.residentportal.com": everywhere(BARE_403),
    },
    state="TX",
    city="Dallas",
)

# R16. A Mynd-like national manager with its own app and resident login (app.<its domain>), no
# vendor portal; the agent claimed AppFolio with no evidence. no_pms_evidence.
co = "Tallyforge Homes"
add(
    "no_portal",
    "AppFolio",
    co,
    "tallyforgehomes.com",
    None,
    "no_pms_evidence",
    {
        "tallyforgehomes.com": {
            "/": home_page(
                "plain",
                co,
                nav="<nav><a href='/'>Home</a><a href='/invest'>Investors</a><a href='https://app.tallyforgehomes.com/login' target='_blank'>Resident Login</a>"
                "<a href='https://apps.apple.com/us/app/tallyforge-homes/id1589034721'>Get the app</a></nav>",
                body="<p>Now managing homes in the Twin Cities, Minnesota.</p>",
                footer=contact(
                    "80 S 8th St, Suite 900", "Minneapolis", "MN", "55402", "(612) 555-0139", "support@tallyforgehomes.com"
                ),
            )
        },
        "app.tallyforgehomes.com": {
            "/login": page(
                "<h1>Welcome back</h1><form method='post'><input name='email'><input type='password' name='password'>"
                "<button>Log in</button></form><footer>&copy; Tallyforge Homes</footer>",
                title="Tallyforge | Log in",
            )
        },
    },
    state="MN",
    city="Minneapolis",
)

# R17. The evidence is Rentec Direct's shared tenant sign-in (names no account); the site links no
# portal. no_pms_evidence.
co = "Riverquay Rentals"
add(
    "shared_signin",
    "Rentec Direct",
    co,
    "riverquayrentals.com",
    "https://secure.rentecdirect.com/tenants/login.php",
    "no_pms_evidence",
    {
        "riverquayrentals.com": {
            "/": home_page(
                "plain",
                co,
                body="<p>Little Rock and North Little Rock rentals. Call to apply.</p>",
                footer=contact(
                    "425 W Capitol Ave, Suite 1200", "Little Rock", "AR", "72201", "(501) 555-0124", "riverquayrentals@gmail.com"
                ),
            )
        }
    },
    state="AR",
    city="Little Rock",
)


# === traps =======================================================================================

# T1. The site still links its Buildium Resident Center, which says above its login form that it is
# no longer active. evidence_unverified.
co = "Capitol Birchmark Rentals"
add(
    "stale_portal",
    "Buildium",
    co,
    "birchmarkrentals.com",
    None,
    "evidence_unverified",
    {
        "birchmarkrentals.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(
                    wp_item(141, "https://birchmark.managebuilding.com/Resident/portal/login", "Resident Login", new_tab=True)
                ),
                footer=contact(
                    "200 N Washington Sq, Suite 320", "Lansing", "MI", "48933", "(517) 555-0155", "office@birchmarkrentals.com"
                ),
            )
        },
        **buildium(
            "birchmark",
            co,
            notice="<div class='alert alert-warning'>This Resident Center is no longer active. "
            "Please contact your property manager for assistance.</div>",
        ),
    },
    state="MI",
    city="Lansing",
)

# T2. A Renters-Warehouse-like franchise office whose menu sends residents to the franchisor's
# shared AppFolio account ("Lodestar Renters Network Franchising, LLC"): never the office's own.
# evidence_unverified.
co = "Lodestar Renters Network - Fox Valley"
add(
    "no_account",
    "AppFolio",
    co,
    "lodestarfoxvalley.com",
    None,
    "evidence_unverified",
    {
        "lodestarfoxvalley.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(151, "https://lodestarrentersnetwork.appfolio.com/connect", "Resident Login", new_tab=True)),
                footer=contact(
                    "103 W College Ave, Suite 610", "Appleton", "WI", "54911", "(920) 555-0148", "foxvalley@lodestarfoxvalley.com"
                ),
            )
        },
        **appfolio(
            "lodestarrentersnetwork",
            "Lodestar Renters Network Franchising, LLC",
            title="Lodestar Renters Network Franchising, LLC - Online Portal",
        ),
    },
    state="WI",
    city="Appleton",
)

# T3. The homepage says the company has closed its doors; its AppFolio account still answers (old
# statements). dead_domain.
co = "Corncrib Lantern Property Management"
add(
    "dead_domain",
    "AppFolio",
    co,
    "corncriblantern.com",
    "https://corncriblantern.appfolio.com/connect",
    "dead_domain",
    {
        "corncriblantern.com": {
            "/": home_page(
                "plain",
                co,
                body="<div class='notice'><p>After 19 years, Corncrib Lantern Property Management has closed its doors as of September 30, 2026. "
                "Thank you to every owner and resident we served in Des Moines.</p></div>",
                footer=contact(
                    "505 5th Ave, Suite 720", "Des Moines", "IA", "50309", "(515) 555-0103", "office@corncriblantern.com"
                ),
            )
        },
        **appfolio("corncriblantern", co),
    },
    state="IA",
    city="Des Moines",
)

# T4. Asked for Colorado (Fort Collins), but the company is in Ogden, Utah: every address on its
# homepage is in Utah and it never names Colorado; it links its own live AppFolio account. wrong_state.
co = "Bristlecone Ember Rentals"
add(
    "no_account",
    "AppFolio",
    co,
    "bristleconeember.com",
    None,
    "wrong_state",
    {
        "bristleconeember.com": {
            "/": home_page(
                "wp",
                co,
                nav=wp_menu(wp_item(161, "https://bristleconeember.appfolio.com/connect", "Tenant Portal", new_tab=True)),
                body="<p>Serving Weber and Davis counties in Northern Utah since 2009.</p>",
                footer=contact(
                    "2455 Harrison Blvd, Suite 8", "Ogden", "UT", "84401", "(801) 555-0165", "info@bristleconeember.com"
                ),
            )
        },
        **appfolio("bristleconeember", co),
    },
    state="CO",
    city="Fort Collins",
)

# T5. The homepage says the company transitioned its management clients to another firm; its old
# Buildium account, given as the evidence, still answers. evidence_unverified.
co = "Marlowe Canyon Management"
add(
    "stale_portal",
    "Buildium",
    co,
    "marlowecanyon.com",
    "https://marlowecanyon.managebuilding.com/Resident/portal/login",
    "evidence_unverified",
    {
        "marlowecanyon.com": {
            "/": home_page(
                "plain",
                co,
                body="<div class='notice'><p>Effective May 1, 2026, we have transitioned our management clients to Organ Pass Realty. "
                "Owners and residents will hear from their new manager directly. Questions: <a href='tel:+15755550106'>575-555-0106</a></p></div>",
                footer=contact(
                    "1800 E Lohman Ave, Suite 3", "Las Cruces", "NM", "88001", "(575) 555-0106", "office@marlowecanyon.com"
                ),
            )
        },
        **buildium("marlowecanyon", co),
    },
    state="NM",
    city="Las Cruces",
)

# T6. The site links its Buildium Resident Center, which says above its login form that residents
# are moving to the company's new AppFolio portal (linked). pms_mismatch.
co = "Marigold Trellis Property Management"
add(
    "other_pms",
    "Buildium",
    co,
    "marigoldtrellis.com",
    None,
    "pms_mismatch",
    {
        "marigoldtrellis.com": {
            "/": home_page(
                "elementor",
                co,
                body=el_button("https://marigoldtrellis.managebuilding.com/Resident/portal/login", "Resident Portal"),
                footer=contact(
                    "1 E Pratt St, Suite 900", "Baltimore", "MD", "21202", "(410) 555-0159", "info@marigoldtrellis.com"
                ),
            )
        },
        **buildium(
            "marigoldtrellis",
            co,
            notice="<div class='alert'><strong>We're moving!</strong> Starting December 1, please use our new "
            "AppFolio portal: <a href='https://marigoldtrellis.appfolio.com/connect'>marigoldtrellis.appfolio.com</a>. "
            "Payments made here after November 30 will not be accepted.</div>",
        ),
        **appfolio("marigoldtrellis", co),
    },
    state="MD",
    city="Baltimore",
)


HOLDOUT32 = collector.cases
