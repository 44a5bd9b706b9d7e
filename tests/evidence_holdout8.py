"""An EIGHTH BLIND held-out corpus for the live checks: "a normal night of an agent searching the web
for Texas property managers on a given PMS", with extra weight on sites that link portals. About
three fifths are real leads a careful person accepts (portals linked from WordPress menus, footers,
portal pickers, inner "Residents" pages, an announcement post, vanity pay hosts; portals that show a
legal entity, an older brand, a d/b/a, initials, the owner's name, a parent realty or a PM division,
a franchise office's own account; HOA managers, one-page and Spanish sites), three tenths traps a
careful person rejects (a sister company's, an acquirer's, a franchisor's or another franchise
office's portal; portals found in blog posts, case studies, partner lists and referral directories;
a vendor demo, a sold book of business, a same-named firm in another state; stale portals,
vendor-wide hosts, assets), and a tenth ordinary controls (parked, dead, bot wall, other PMS,
shared sign-in). Labelled by what a careful person concludes from the pages as served
(docs/live-checks.md is the contract), written without reading the checks and without running
them. Same `Case` shape as tests/evidence_corpus.py, so `run_corpus(HOLDOUT8)` judges it
(requested state: TX).

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes, site-builder markup and wording style); company names,
accounts and domains are made up. Each case carries a one-line comment naming where the shape was
seen (a URL, "code id N" for a file found by the code search, or "no stored source").
`# ambiguous:` marks labels where the contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, spa_shell
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def buildium_rc(co: str, *, notice: str = "", footer: str = "", title: str | None = None) -> Reply:
    """Buildium's Resident Center sign-in: the account's name in title and heading, an optional notice."""
    return _login(
        title or f"{co} - Resident Center",
        f"{co} Resident Center",
        user="Email",
        extra=notice,
        footer=footer or "Powered by Buildium",
    )


def appfolio_in(heading: str, *, extra: str = "", footer: str = "") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name (or its logo) as the heading."""
    return _login(
        "Online Portal - Sign In",
        heading,
        user="user[email]",
        extra=extra,
        footer=footer or "Powered by AppFolio Property Manager",
    )


def web_access(heading: str, *, extra: str = "", title: str = "Resident Web Access") -> Reply:
    """Rent Manager's Resident (or Owner) Web Access sign-in for one corpid."""
    return _login(title, heading, user="txtUserName", extra=extra, footer="Rent Manager")


def notice(text: str) -> str:
    return f"<div class='alert alert-warning' role='alert'>{text}</div>"


def wp(co: str, menu: str, body: str, *, title: str | None = None, footer: str = "", lang: str = "en-US") -> Reply:
    """A WordPress theme page: a logo, the primary menu (`menu` is <li> items), content, footer widgets."""
    head = (
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css"
        "?ver=4.6.4' media='all'><script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>"
    )
    return doc(
        title or f"{co} &#8211; Property Management",
        head,
        "<div id='page' class='hfeed site'><header id='masthead' class='site-header'><div class='site-branding'>"
        f"<a href='/' class='custom-logo-link' rel='home'><img src='/wp-content/uploads/2023/04/logo.png' "
        f"class='custom-logo' alt='{co}'></a></div><nav id='site-navigation' class='main-navigation'>"
        f"<ul id='primary-menu' class='menu'><li class='menu-item menu-item-type-post_type'><a href='/'>Home</a></li>{menu}"
        "<li class='menu-item menu-item-type-post_type'><a href='/contact-us/'>Contact Us</a></li></ul></nav></header>"
        f"<div id='content' class='site-content'>{body}</div><footer id='colophon' class='site-footer'>"
        f"<div class='footer-widgets'>{footer}</div><div class='site-info'>&copy; 2026 {co}</div></footer></div>",
        lang=lang,
    )


def wp_article(site_title: str, heading: str, content: str, *, kind: str = "page", post_id: int = 41) -> Reply:
    """A WordPress page or post, its content wrapped in <article> (the theme's single template)."""
    classes = f"post-{post_id} {kind} type-{kind} status-publish hentry"
    return doc(
        f"{heading} &#8211; {site_title}",
        "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5'>",
        f"<header id='masthead' class='site-header'><a href='/' rel='home'>{site_title}</a></header>"
        f"<main id='main' class='site-main'><article id='post-{post_id}' class='{classes}'>"
        f"<header class='entry-header'><h1 class='entry-title'>{heading}</h1></header>"
        f"<div class='entry-content'>{content}</div></article></main>",
    )


def wix(co: str, domain: str, nav: str, body: str, *, title: str | None = None) -> Reply:
    """A Wix site: absolute links to https://www.<domain>/..., data-testid anchors, the builder's generator tag."""
    return doc(
        title or f"{co} | Home",
        "<meta name='generator' content='Wix.com Website Builder'>"
        "<link rel='preconnect' href='https://static.parastorage.com' crossorigin>",
        f"<div id='SITE_CONTAINER'><div id='main_MF'><header id='SITE_HEADER' class='wixui-header'>"
        f"<nav aria-label='Site'><ul><li><a data-testid='linkElement' href='https://www.{domain}'>Home</a></li>{nav}</ul>"
        f"</nav></header><main id='PAGES_CONTAINER'><h1 class='font_0 wixui-rich-text__text'>{co}</h1>{body}</main>"
        f"<footer id='SITE_FOOTER' class='wixui-footer'><p class='font_9'>&copy; 2026 by {co}. Proudly created with "
        "Wix.com</p></footer></div></div>",
    )


def sqs(co: str, body: str, *, title: str | None = None) -> Reply:
    """A Squarespace site: the builder's comment, header nav, content blocks with sqs button elements."""
    return doc(
        title or co,
        "<!-- This is Squarespace. --><link rel='stylesheet' type='text/css' href='https://static1.squarespace.com/"
        "static/versioned-site-css/64a1/12/5c5a519771c10ba3470d8101/64a1/1234/site.css'>",
        f"<header class='Header'><div class='Header-inner'><a class='Header-branding' href='/'>{co}</a>"
        "<nav class='Header-nav'><a class='Header-nav-item' href='/about'>About</a>"
        "<a class='Header-nav-item' href='/contact'>Contact</a></nav></div></header>"
        f"<main class='Main'><div class='sqs-layout'>{body}</div></main>",
    )


def sqs_button(url: str, label: str) -> str:
    return (
        "<div class='sqs-block button-block sqs-block-button'><div class='sqs-block-content'>"
        "<div class='sqs-block-button-container sqs-block-button-container--center'>"
        f"<a href='{url}' class='sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element'"
        f" target='_blank'>{label}</a></div></div></div>"
    )


def wp_menu_item(label: str, href: str) -> str:
    return f"<li class='menu-item menu-item-type-custom menu-item-object-custom'><a href='{href}'>{label}</a></li>"


def wp_dropdown(label: str, *items: tuple[str, str]) -> str:
    sub = "".join(wp_menu_item(text, href) for text, href in items)
    return (
        "<li class='menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children'>"
        f"<a href='#'>{label}</a><ul class='sub-menu'>{sub}</ul></li>"
    )


CF_CHALLENGE = (
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' "
    "content='noindex,nofollow'></head><body><div class='main-wrapper' role='main'><div class='main-content'>"
    "<h1 class='zone-name-title h1'>{host}</h1><h2 class='h2'>Verifying you are human. This may take a few seconds."
    "</h2><noscript>Enable JavaScript and cookies to continue</noscript></div></div><script>(function(){{window."
    "_cf_chl_opt={{cvId: '3',cZone: '{host}',cType: 'managed'}};var a=document.createElement('script');a.src="
    "'/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1b2c3d4e5f6071';document.getElementsByTagName"
    "('head')[0].appendChild(a);}}());</script></body></html>"
)


def _holdout8() -> list[Case]:
    collector = Collector("holdout8-")
    cases, add = collector.cases, collector.add

    # ============ REAL LEADS: site_links_portal -> high (the company's own live site links its portal)

    # WordPress (Astra) primary menu, "Residents" dropdown -> "Pay Rent" to Buildium; the Resident Center
    # shows the legal entity "Hudson Bend Leasing Group, LLC" for candidate "Hudson Bend Leasing". WP menu
    # to Buildium: code id 20114546499; Buildium login path: code ids 36952400049, 5708542673
    co = "Hudson Bend Leasing"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "hudsonbendleasing.com",
        None,
        "high",
        {
            "hudsonbendleasing.com": {
                "/": wp(
                    co,
                    wp_dropdown(
                        "Residents",
                        ("Pay Rent", "https://hudsonbendgroup.managebuilding.com/Resident/portal/login"),
                        ("Maintenance Request", "/maintenance/"),
                    )
                    + wp_menu_item("Owners", "/owners/"),
                    "<section class='hero'><h1>Lake Travis Leasing &amp; Management</h1><p>Homes for lease in Lakeway, "
                    "Hudson Bend and Spicewood.</p></section>",
                    footer="<p>Hudson Bend Leasing &middot; 1700 RR 620 N, Lakeway, TX 78734</p>",
                )
            },
            "hudsonbendgroup.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Hudson Bend Leasing Group, LLC"),
            },
        },
    )

    # AppFolio's own website product: top nav "Pay Rent" to the account sign-in with the apmsites
    # utm parameters; the sign-in heading is only the logo (alt "TCPM"). Pay-rent button shape: code ids
    # 41772714382, 40550762018
    co = "Tejas Crest Property Management"
    url = "https://tejascrest.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "tejascrestpm.com",
        None,
        "high",
        {
            "tejascrestpm.com": {
                "/": page(
                    "<header class='navbar'><a class='navbar-brand' href='/'>Tejas Crest</a><ul class='nav'>"
                    "<li><a href='/listings'>Available Rentals</a></li><li><a href='/about'>About</a></li>"
                    f"<li><a href='{url.replace('&', '&amp;')}' target='_blank'>Pay Rent</a></li>"
                    "<li><a href='/contact'>Contact</a></li></ul></header><main><h1>Property Management in Round Rock "
                    "&amp; Georgetown</h1><p>Tejas Crest Property Management has served Williamson County owners since "
                    "2009.</p></main>",
                    title=f"{co} | Round Rock, TX",
                )
            },
            "tejascrest.appfolio.com": {
                "/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button": appfolio_in(
                    "<img src='https://images.cdn.appfolio.com/tejascrest/images/logo.png' alt='TCPM'>"
                ),
            },
        },
    )

    # a "Residents" page (/residents) carries the Rent Manager Resident Web Access link with corpID and
    # locationID; the homepage links only /residents. Resident-page shape: code id 42514966511
    co = "Ingleside Bay Realty"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "inglesidebayrealty.com",
        None,
        "high",
        {
            "inglesidebayrealty.com": {
                **home(co, "<a href='/residents'>Residents</a><p>Coastal Bend homes, condos and duplexes.</p>"),
                "/residents": page(
                    "<h1>Resident Resources</h1><h4>Resident Inquiries</h4><p>To pay rent or submit a maintenance "
                    "request, please log in to your <a href='https://residentwebaccess.rentmanager.com/CustomerLogin.aspx"
                    "?corpID=inglesidebay&amp;locationID=1' target='_blank' rel='noopener noreferrer'>resident portal</a>."
                    "</p><p>For after-hours emergencies call (361) 555-0147.</p>",
                    title=f"Residents | {co}",
                ),
            },
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpID=inglesidebay&locationID=1": web_access(f"Welcome to {co} Resident Web Access"),
            },
        },
    )

    # header "Tenant Login" / "Owner Login" to Propertyware portals of the account. Propertyware
    # portal links in a header: code ids 67264427876, 42243142827
    co = "Wichita Plains Rentals"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "wichitaplainsrentals.com",
        None,
        "high",
        {
            "wichitaplainsrentals.com": home(
                co,
                "<div class='topbar'><a href='https://app.propertyware.com/pw/portals/wichitaplains/tenant.action' "
                "target='_blank'>Tenant Login</a> | <a href='https://app.propertyware.com/pw/portals/wichitaplains/"
                "owner.action' target='_blank'>Owner Login</a></div><p>Wichita Falls and Burkburnett rentals.</p>",
            ),
            "app.propertyware.com": {
                "/pw/portals/wichitaplains/tenant.action": VENDOR_LOGIN["Propertyware"](co),
                "/pw/portals/wichitaplains/owner.action": _login(
                    f"{co} - Owner Portal", "Owner Portal Login", footer="Propertyware"
                ),
            },
        },
    )

    # a top bar with "Owner Portal" and "Tenant Portal" to Rentvine; the app shell's title carries the
    # d/b/a "Tehuacana Homes" that the site's footer gives for "Tehuacana Hills Property Management, LLC".
    # Rentvine top bar: code id 7918228721
    co = "Tehuacana Hills Property Management"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "tehuacanahillspm.com",
        "https://tehuacanahomes.rentvine.com/portals/resident/",
        "high",
        {
            "tehuacanahillspm.com": {
                "/": page(
                    "<div class='top-bar'><span><a href='https://tehuacanahomes.rentvine.com/portals/owner'>Owner Portal</a>"
                    "</span><span><a href='https://tehuacanahomes.rentvine.com/portals/resident/'>Tenant Portal</a></span>"
                    "<span><a href='tel:2545550190'>254.555.0190</a></span></div><main><h1>Mexia &amp; Groesbeck "
                    "rentals</h1></main><footer>&copy; 2026 Tehuacana Hills Property Management, LLC d/b/a Tehuacana "
                    "Homes</footer>",
                    title=co,
                )
            },
            "tehuacanahomes.rentvine.com": {
                "/portals/resident/": spa_shell("Tehuacana Homes | Resident Portal"),
                "/portals/owner": spa_shell("Tehuacana Homes | Owner Portal"),
            },
        },
    )

    # a "See Rentals" card linking the DoorLoop listing page with companyId and source=CompanyLink; the
    # app shell's title is DoorLoop's generic one. DoorLoop listing links: code ids 54923402463, 56748510409
    co = "Guadalupe River Rentals"
    url = (
        "https://grrentals.app.doorloop.com/tenant-portal/rental-applications/listing"
        "?companyId=65a1f0c2b7d94e0013c2a8f1&source=CompanyLink"
    )
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "guadaluperiverrentals.com",
        None,
        "high",
        {
            "guadaluperiverrentals.com": home(
                co,
                "<div class='card'><h3>Rentals</h3><p>Cabins and homes near Sattler and Canyon Lake.</p>"
                f"<a class='btn' href='{url.replace('&', '&amp;')}' target='_blank'>See Rentals</a></div>",
            ),
            "grrentals.app.doorloop.com": {
                "/tenant-portal/rental-applications/listing?companyId=65a1f0c2b7d94e0013c2a8f1&source=CompanyLink": spa_shell(
                    "Tenant Portal | DoorLoop"
                ),
            },
        },
    )

    # the homepage embeds Buildium's public rentals page in an iframe under "Available Homes" (the
    # account's listings, naming the company). Buildium public pages: code ids 36952400049,
    # 1855114382; https://bpcpc.managebuilding.com/Resident/public/custom/21
    co = "Ingram Hill Home Leasing"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "ingramhillleasing.com",
        None,
        "high",
        {
            "ingramhillleasing.com": home(
                co,
                "<section><h2>Available Homes</h2><iframe src='https://ingramhill.managebuilding.com/Resident/public/"
                "rentals?hidenav=true' width='100%' height='1200' frameborder='0'></iframe></section>",
            ),
            "ingramhill.managebuilding.com": {
                "/Resident/public/rentals?hidenav=true": page(
                    f"<h1>{co}</h1><h2>Rental Listings</h2><ul><li>3 bed / 2 bath &ndash; Ingram, TX &ndash; $1,650 "
                    "<a href='/Resident/rental-application/new'>Apply</a></li></ul><footer>Powered by Buildium</footer>",
                    title=f"{co} - Rentals",
                )
            },
        },
    )

    # a portal picker: "Select your portal" <select> whose options carry the AppFolio tenant and owner
    # sign-in URLs, and a Go button. Tenant/owner pair: code id 63470030466; pickers: no stored source
    co = "Sul Ross Property Group"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "sulrosspropertygroup.com",
        None,
        "high",
        {
            "sulrosspropertygroup.com": home(
                co,
                "<form class='portal-select' onsubmit='location.href=this.portal.value;return false;'>"
                "<label for='portal'>Select your portal</label><select id='portal' name='portal'>"
                "<option value=''>Choose...</option>"
                "<option value='https://sulross.appfolio.com/connect/users/sign_in'>Resident Portal</option>"
                "<option value='https://sulross.appfolio.com/oportal/users/log_in'>Owner Portal</option>"
                "</select><button type='submit'>Go</button></form><p>Alpine, Marfa and Fort Davis.</p>",
            ),
            "sulross.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(co),
                "/oportal/users/log_in": _login("Owner Portal - Log In", co, user="user[email]", footer="AppFolio"),
            },
        },
    )

    # a "Pay Rent" button whose onclick opens the account's rmresident.com portal in a new window.
    # rmresident hosts: lead-domain notes (Rent Manager row, code ids 12765765418, 16979742239); onclick
    # shape: code id 39951680700
    co = "Balmorhea Residential"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "balmorhearesidential.com",
        None,
        "high",
        {
            "balmorhearesidential.com": home(
                co,
                "<button class='btn btn-primary' onclick=\"window.open('https://balmorhea.rmresident.com/Account/Login', "
                "'_blank')\">Pay Rent</button><p>Apartments and homes in Pecos and Fort Stockton.</p>",
            ),
            "balmorhea.rmresident.com": {
                "/Account/Login": _login(f"{co} - Resident Portal", co, user="Username", footer="Rent Manager"),
            },
        },
    )

    # a realty's WordPress "Tenants" page (its property management division), the content wrapped in
    # <article class="page">, with "Pay Rent Online" to Buildium. Realty PM page with a Buildium link:
    # repo red-robots/yancey-realty, page-property-management.php
    co = "Bandera Road Realty"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "banderaroadrealty.com",
        None,
        "high",
        {
            "banderaroadrealty.com": {
                "/": wp(
                    co,
                    wp_menu_item("Buy", "/buy/") + wp_menu_item("Sell", "/sell/") + wp_menu_item("Tenants", "/tenants"),
                    "<section><h2>Property Management Division</h2><p>Bandera Road Realty manages over 300 homes in "
                    "northwest San Antonio and Helotes.</p></section>",
                ),
                "/tenants": wp_article(
                    co,
                    "Tenants",
                    "<p>Current residents can pay rent, submit maintenance requests and view their lease online.</p>"
                    "<div class='wp-block-buttons'><div class='wp-block-button'><a class='wp-block-button__link' "
                    "href='https://banderaroadrealty.managebuilding.com/Resident/portal/login' target='_blank' "
                    "rel='noreferrer noopener'>Pay Rent Online</a></div></div>",
                    post_id=27,
                ),
            },
            "banderaroadrealty.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # a homepage "News" teaser links a dated post announcing the company's new online resident center;
    # only the post links the Buildium portal, which names the company itself (no one else).
    # Announcement posts: https://www.dfwrenthouses.com/how-to-use-the-portal; dated WP post paths: no
    # stored source
    co = "Poteet Rentals & Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "poteetrentals.com",
        None,
        "high",
        {
            "poteetrentals.com": {
                "/": wp(
                    "Poteet Rentals &amp; Management",
                    wp_menu_item("Rentals", "/rentals/") + wp_menu_item("News", "/news/"),
                    "<section class='latest-news'><h2>News</h2><article class='post'><h3><a href='/2024/02/introducing-"
                    "our-online-resident-center/'>Introducing our online Resident Center</a></h3><p>Pay rent and request "
                    "repairs online starting March 1.</p></article></section>",
                ),
                "/2024/02/introducing-our-online-resident-center/": wp_article(
                    "Poteet Rentals &amp; Management",
                    "Introducing our online Resident Center",
                    "<p>Starting March 1, residents can pay rent, set up autopay and submit maintenance requests in our "
                    "new <a href='https://poteetrentals.managebuilding.com/Resident/portal/login'>Resident Center</a>. "
                    "Watch your email for a welcome message with your login.</p>",
                    kind="post",
                    post_id=212,
                ),
            },
            "poteetrentals.managebuilding.com": {"/Resident/portal/login": buildium_rc("Poteet Rentals &amp; Management")},
        },
    )

    # a Spanish/bilingual site (McAllen): "Portal de Inquilinos / Pagar Renta" to the AppFolio sign-in,
    # whose heading names the company. Spanish sites: no stored source; AppFolio sign-in: code id 41772714382
    co = "Casas del Valle Property Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "casasdelvallepm.com",
        None,
        "high",
        {
            "casasdelvallepm.com": {
                "/": doc(
                    "Casas del Valle | Administración de Propiedades en McAllen, TX",
                    "",
                    "<nav><a href='/'>Inicio</a><a href='/propiedades'>Propiedades en Renta</a>"
                    "<a href='https://casasdelvalle.appfolio.com/connect/users/sign_in'>Portal de Inquilinos / Pagar Renta"
                    "</a><a href='/en'>English</a></nav><h1>Casas del Valle Property Management</h1><p>Administramos "
                    "casas y apartamentos en McAllen, Edinburg y Mission. Hablamos español e inglés.</p>",
                    lang="es",
                )
            },
            "casasdelvalle.appfolio.com": {"/connect/users/sign_in": appfolio_in(co)},
        },
    )

    # an HOA management company's Wix site: nav "Homeowner Login" to its Buildium Resident Center (the
    # association portal). HOA owner portals: https://portal.pamcotx.com/Home_v2/FAQ,
    # https://pamgtx.com/faqs-for-homeowners/; Wix markup: no stored source
    co = "Clear Lake Community Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "clearlakecm.com",
        None,
        "high",
        {
            "clearlakecm.com": {
                "/": wix(
                    co,
                    "clearlakecm.com",
                    "<li><a data-testid='linkElement' href='https://www.clearlakecm.com/communities'>Communities</a></li>"
                    "<li><a data-testid='linkElement' href='https://clearlakecm.managebuilding.com/Resident/portal/login' "
                    "target='_blank'>Homeowner Login</a></li>",
                    "<p class='font_8'>HOA and condominium association management for Webster, League City and Clear "
                    "Lake Shores.</p>",
                )
            },
            "clearlakecm.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # a realty of the same brand family: the "Olmos Park Realty" site links the "Olmos Park Realty
    # Property Management" Buildium portal from its Residents link. Brand-family names: no stored source
    # ambiguous: the portal names a differently suffixed entity, but it is the candidate's own brand
    # (the site calls it its leasing arm, not another company) -> high.
    co = "Olmos Park Realty"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "olmosparkrealty.com",
        None,
        "high",
        {
            "olmosparkrealty.com": home(
                co,
                "<p>Sales &middot; Leasing &middot; Property Management, since 1996.</p>"
                "<a href='https://olmosparkpm.managebuilding.com/Resident/portal/login'>Residents</a>",
            ),
            "olmosparkpm.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Olmos Park Realty Property Management"),
            },
        },
    )

    # the candidate is the PM company; its site says it "is a division of Hill &amp; Hollow Realty" and
    # its "Resident Portal" button goes to the parent's AppFolio account. Division wording: no stored source
    # ambiguous: the portal names another entity, but the site names it as its own parent, not another
    # company managing for it -> high.
    co = "Medina Lake Property Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "medinalakepm.com",
        None,
        "high",
        {
            "medinalakepm.com": home(
                co,
                "<a class='btn' href='https://hillandhollow.appfolio.com/connect/users/sign_in'>Resident Portal</a>"
                "<p class='legal'>Medina Lake Property Management is a division of Hill &amp; Hollow Realty, Castroville, "
                "TX.</p>",
            ),
            "hillandhollow.appfolio.com": {"/connect/users/sign_in": appfolio_in("Hill &amp; Hollow Realty")},
        },
    )

    # the candidate is the realty; its site links the Rentvine portal of "Cove Property Management, a
    # division of Nolanville Realty Group". Division wording: no stored source; Rentvine: code id 69715784541
    co = "Nolanville Realty Group"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "nolanvillerealty.com",
        None,
        "high",
        {
            "nolanvillerealty.com": home(
                co,
                "<section><h2>Cove Property Management, a division of Nolanville Realty Group</h2><p>Rentals across "
                "Killeen, Harker Heights and Nolanville.</p><a href='https://covepm.rentvine.com/portals/resident/' "
                "target='_blank'>Tenant Portal</a></section>",
            ),
            "covepm.rentvine.com": {"/portals/resident/": spa_shell("Cove Property Management - Resident Portal")},
        },
    )

    # a franchise office with its own AppFolio account; footer "Each office is independently owned and
    # operated". Franchise tenant pages: https://www.rpmheritage.com/tenants
    co = "TrueNorth Rentals of McKinney"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "truenorthmckinney.com",
        None,
        "high",
        {
            "truenorthmckinney.com": {
                "/": page(
                    "<nav><a href='/'>Home</a><a href='/owners'>Owners</a><a href='/tenants'>Tenants</a>"
                    "<a href='https://truenorthmckinney.appfolio.com/connect/users/sign_in'>Tenant Login</a></nav>"
                    "<h1>TrueNorth Rentals of McKinney</h1><p>Serving Collin County rental owners.</p><footer>TrueNorth "
                    "Rentals&reg; is a registered trademark. Each office is independently owned and operated.</footer>",
                    title="TrueNorth Rentals McKinney | Property Management",
                )
            },
            "truenorthmckinney.appfolio.com": {"/connect/users/sign_in": appfolio_in("TrueNorth Rentals McKinney")},
        },
    )

    # the broker-owner's name on the portal: "T. Pruitt Properties" for "Pruitt Property Management",
    # whose site says it is owned by Thaddeus Pruitt, Broker. Owner-named accounts: no stored source
    co = "Pruitt Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "pruittpmtx.com",
        None,
        "high",
        {
            "pruittpmtx.com": home(
                co,
                "<p>Owned and operated by Thaddeus Pruitt, Broker (TREC #0612345), Nacogdoches, TX.</p>"
                "<a href='https://tpruittproperties.managebuilding.com/Resident/portal/login'>Tenant Portal</a>",
            ),
            "tpruittproperties.managebuilding.com": {"/Resident/portal/login": buildium_rc("T. Pruitt Properties")},
        },
    )

    # Resident Web Access with a generic title, a bare "Welcome" heading and the community's name only
    # in the logo's alt text; the community site links it. Web-access links: code ids 55652311309,
    # 53531357737
    co = "Verde Creek Apartments"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "verdecreekapts.com",
        None,
        "high",
        {
            "verdecreekapts.com": home(
                co,
                "<a href='https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=verdecrk&amp;locationID=3'"
                " target='_blank'>Resident Login</a><p>1 &amp; 2 bedroom apartments in Hondo, TX.</p>",
            ),
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=verdecrk&locationID=3": web_access(
                    "Welcome", extra="<img class='logo' src='/Logos/verdecrk.png' alt='Verde Creek Apartments'>"
                ),
            },
        },
    )

    # a rebrand: "Leander Oaks Property Management (formerly Chisholm Bend Rentals)" still links the
    # Buildium account under the older brand. Rebrand wording: no stored source
    co = "Leander Oaks Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "leanderoakspm.com",
        None,
        "high",
        {
            "leanderoakspm.com": home(
                co,
                "<p class='tagline'>Formerly Chisholm Bend Rentals &mdash; same team, new name.</p>"
                "<div class='footer-cta'><a class='btn' href='https://chisholmbend.managebuilding.com/Resident/portal/"
                "login' target='_blank'>Pay Rent Online</a></div>",
            ),
            "chisholmbend.managebuilding.com": {"/Resident/portal/login": buildium_rc("Chisholm Bend Rentals")},
        },
    )

    # a one-page Squarespace site whose only button "Tenant Login" goes to Rentec Direct's sign-in
    # with the account's cb parameter. Rentec cb=: code id 12868925588; Squarespace buttons: code ids
    # 33814362734, 45582336359
    co = "Mason County Rentals"
    add(
        "site_links_portal",
        "Rentec Direct",
        co,
        "masoncountyrentals.com",
        None,
        "high",
        {
            "masoncountyrentals.com": {
                "/": sqs(
                    co,
                    "<div class='sqs-block html-block'><h1>Mason County Rentals</h1><p>Homes for lease in Mason and "
                    "Llano. Call (325) 555-0162.</p></div>"
                    + sqs_button("https://secure.rentecdirect.com/login/login.php?cb=masoncorentals", "Tenant Login"),
                )
            },
            "secure.rentecdirect.com": {
                "/login/login.php?cb=masoncorentals": VENDOR_LOGIN["Rentec Direct"](co),
            },
        },
    )

    # an apartment community's nav "Residents" to its ResMan sign-in (subdomain + property abbreviation).
    # ResMan links on community sites: code ids 55069102018, 17519811319
    co = "Llano Crossing Apartments"
    add(
        "site_links_portal",
        "ResMan",
        co,
        "llanocrossingapts.com",
        None,
        "high",
        {
            "llanocrossingapts.com": home(
                co,
                "<nav class='sub'><a href='/floorplans'>Floor Plans</a><a href='/amenities'>Amenities</a>"
                "<a href='https://llanocrossing.myresman.com/Portal/Access/SignIn/LLX' target='_blank' "
                "rel='noopener noreferrer'>Residents</a></nav>",
            ),
            "llanocrossing.myresman.com": {"/Portal/Access/SignIn/LLX": VENDOR_LOGIN["ResMan"]("Llano Crossing")},
        },
    )

    # a community site's footer "Launch the Resident Portal" button to Entrata's resident_portal login.
    # Entrata resident portal links: code ids 36850226232, 32186329998
    co = "The Commons at Gilleland Creek"
    add(
        "site_links_portal",
        "Entrata",
        co,
        "gillelandcreekcommons.com",
        None,
        "high",
        {
            "gillelandcreekcommons.com": home(
                co,
                "<footer class='site-footer'><a href='https://gillelandcommons.residentportal.com/resident_portal/"
                "?module=authentication&amp;action=view_login' target='_blank' class='btn right'>Launch the Resident "
                "Portal</a></footer>",
            ),
            "gillelandcommons.residentportal.com": {
                "/resident_portal/?module=authentication&action=view_login": VENDOR_LOGIN["Entrata"]("Gilleland Creek"),
            },
        },
    )

    # a community site's "Residents" link to its RENTCafe (securecafe) resident login. securecafe
    # residentservices path: lead-domain notes (Yardi row), code id 62467008046
    co = "Lemmon Row Flats"
    add(
        "site_links_portal",
        "Yardi",
        co,
        "lemmonrowflats.com",
        None,
        "high",
        {
            "lemmonrowflats.com": home(
                co,
                "<a href='https://lemmonrowflats.securecafe.com/residentservices/lemmon-row-flats/userlogin.aspx'>"
                "Residents</a><p>Uptown Dallas living.</p>",
            ),
            "lemmonrowflats.securecafe.com": {
                "/residentservices/lemmon-row-flats/userlogin.aspx": VENDOR_LOGIN["Yardi"](co),
            },
        },
    )

    # a footer "Resident Login" to the community's MRI ResidentConnect; the agent gave the same URL.
    # ResidentConnect link: code id 10086446986
    co = "Westheimer Gardens Residences"
    add(
        "site_links_portal",
        "MRI",
        co,
        "westheimergardens.com",
        "https://westheimergardens.mriresidentconnect.com/",
        "high",
        {
            "westheimergardens.com": home(
                co, "<footer><a href='https://westheimergardens.mriresidentconnect.com/'>Resident Login</a></footer>"
            ),
            "westheimergardens.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"](co)},
        },
    )

    # a Squarespace site's "Pay Rent" links a vanity host, pay.<domain>, that 302s into the Buildium
    # Resident Center. Vanity pay hosts: docs/live-checks.md; no stored source
    co = "Wimberley Rentals Co"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "wimberleyrentalsco.com",
        None,
        "high",
        {
            "wimberleyrentalsco.com": {
                "/": sqs(
                    co,
                    "<div class='sqs-block html-block'><h1>Wimberley Rentals Co.</h1><p>Long-term rentals in the "
                    "Wimberley Valley.</p></div>" + sqs_button("https://pay.wimberleyrentalsco.com/", "Pay Rent"),
                )
            },
            "pay.wimberleyrentalsco.com": {
                "/": redirect("https://wimberleyrentals.managebuilding.com/Resident/portal/login", 301),
            },
            "wimberleyrentals.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # the menu's "Residents" dropdown leads to an inner page, /tenant-services/tenant-resources/,
    # that links the AppFolio tenant portal ("tportal_login" campaign). Tenant resources page:
    # https://512-society.com/tenant-services/tenant-resources/; tportal_login: code id 7948116344
    co = "Geronimo Creek Home Rentals"
    url = "https://geronimocreek.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=tportal_login"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "geronimocreekrentals.com",
        None,
        "high",
        {
            "geronimocreekrentals.com": {
                "/": wp(
                    co,
                    wp_dropdown(
                        "Residents",
                        ("Tenant Resources", "/tenant-services/tenant-resources/"),
                        ("Apply Now", "/apply/"),
                    ),
                    "<section><h1>Seguin &amp; Guadalupe County Rentals</h1><p>Serving Seguin since 2011.</p></section>",
                ),
                "/tenant-services/tenant-resources/": wp_article(
                    co,
                    "Tenant Resources",
                    "<h2>Helpful Links for Current Tenants</h2><p>Pay rent, view your lease and submit maintenance "
                    f"requests in your <a href='{url.replace('&', '&amp;')}' target='_blank'>Tenant Portal</a>.</p>",
                    post_id=58,
                ),
            },
            "geronimocreek.appfolio.com": {
                "/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=tportal_login": appfolio_in(co),
            },
        },
    )

    # tiles "Tenant Portal" / "Owner Portal" (the owner tile to Propertyware's owner portal) on a
    # Houston firm's homepage; the agent gave the tenant portal. Portal tiles:
    # https://www.texasrenters.com/faq_page/; Propertyware: code id 8892808756
    co = "Sabal Palm Property Management"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "sabalpalmpm.com",
        "https://app.propertyware.com/pw/portals/sabalpalmpm/tenant.action",
        "high",
        {
            "sabalpalmpm.com": home(
                co,
                "<div class='tiles'><a class='tile' href='/homes-for-lease'>Find Homes For Lease</a>"
                "<a class='tile' href='https://app.propertyware.com/pw/portals/sabalpalmpm/tenant.action'>Tenant Portal</a>"
                "<a class='tile' href='https://app.propertyware.com/pw/portals/sabalpalmpm/owner.action'>Owner Portal</a>"
                "</div>",
            ),
            "app.propertyware.com": {
                "/pw/portals/sabalpalmpm/tenant.action": VENDOR_LOGIN["Propertyware"](co),
                "/pw/portals/sabalpalmpm/owner.action": _login(
                    f"{co} - Owner Portal", "Owner Portal Login", footer="Propertyware"
                ),
            },
        },
    )

    # ============ REAL LEADS: live_portal -> medium (the agent's portal is live; the site links none)

    # the Buildium Resident Center shows the legal entity with "Inc."; the site does not link it.
    # Buildium login: code ids 36952400049, 5708542673
    co = "Chappell Hill Homes & Land"
    add(
        "live_portal",
        "Buildium",
        co,
        "chappellhillhomes.com",
        "https://chappellhill.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "chappellhillhomes.com": home("Chappell Hill Homes &amp; Land", "<p>Washington County farms and rentals.</p>"),
            "chappellhill.managebuilding.com": {"/Resident/portal/login": buildium_rc("Chappell Hill Homes &amp; Land, Inc.")},
        },
    )

    # an AppFolio account under the d/b/a that the candidate's footer gives ("Meridian Creek Leasing, LLC
    # d/b/a Meridian Creek Homes"). AppFolio sign-in: lead-domain notes; d/b/a footers: no stored source
    co = "Meridian Creek Leasing"
    add(
        "live_portal",
        "AppFolio",
        co,
        "meridiancreekleasing.com",
        "https://meridiancreekhomes.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "meridiancreekleasing.com": {
                "/": page(
                    "<h1>Meridian Creek Leasing</h1><p>Clifton, Meridian &amp; Valley Mills rentals.</p>"
                    "<footer>&copy; 2026 Meridian Creek Leasing, LLC d/b/a Meridian Creek Homes</footer>",
                    title=co,
                )
            },
            "meridiancreekhomes.appfolio.com": {"/connect/users/sign_in": appfolio_in("Meridian Creek Homes")},
        },
    )

    # a Rentvine owners' portal found by the agent; the shell's title names the company. Rentvine owner
    # portal: code id 7918228721
    co = "Silverton Canyon Rentals"
    add(
        "live_portal",
        "Rentvine",
        co,
        "silvertoncanyonrentals.com",
        "https://silvertoncanyon.rentvine.com/portals/owner/",
        "medium",
        {
            "silvertoncanyonrentals.com": home(co, "<p>Plainview and Caprock homes for rent.</p>"),
            "silvertoncanyon.rentvine.com": {"/portals/owner/": spa_shell(f"{co} | Owner Portal")},
        },
    )

    # Rent Manager's Owner Web Access for the company's corpid. ownerwebaccess: docs/live-checks.md
    # vendor table; no stored source for this page
    co = "Sunrise Beach Lake Properties"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "sunrisebeachlakeproperties.com",
        "https://ownerwebaccess.rentmanager.com/OwnerLogin.aspx?corpid=sunrisebeach",
        "medium",
        {
            "sunrisebeachlakeproperties.com": home(co, "<p>Lake LBJ rentals and management.</p>"),
            "ownerwebaccess.rentmanager.com": {
                "/OwnerLogin.aspx?corpid=sunrisebeach": web_access(f"Welcome to {co} Owner Web Access", title="Owner Web Access"),
            },
        },
    )

    # a Spanish-language site (Laredo) that links nothing; the DoorLoop tenant portal's shell names the
    # company. DoorLoop account host: code id 56748510409; Spanish site: no stored source
    co = "Laredo Norte Property Management"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "laredonortepm.com",
        "https://laredonorte.app.doorloop.com/tenant-portal/login",
        "medium",
        {
            "laredonortepm.com": {
                "/": doc(
                    "Laredo Norte Property Management | Casas en renta en Laredo",
                    "",
                    "<h1>Laredo Norte Property Management</h1><p>Casas en renta en el norte de Laredo. "
                    "Llámenos: (956) 555-0171.</p><p>Para pagar la renta, comuníquese con nuestra oficina.</p>",
                    lang="es",
                )
            },
            "laredonorte.app.doorloop.com": {"/tenant-portal/login": spa_shell(f"{co} - Tenant Portal")},
        },
    )

    # a Propertyware tenant portal with a generic title; the company's name only in its logo's alt text.
    # Propertyware portal path: code ids 8892808756, 2781201612
    co = "Plantersville River Homes"
    add(
        "live_portal",
        "Propertyware",
        co,
        "plantersvillehomes.com",
        "https://app.propertyware.com/pw/portals/plantersville/tenant.action",
        "medium",
        {
            "plantersvillehomes.com": home(co, "<p>Grimes County rentals.</p>"),
            "app.propertyware.com": {
                "/pw/portals/plantersville/tenant.action": _login(
                    "Tenant Portal",
                    "Tenant Portal Login",
                    extra=f"<img class='company-logo' src='/pw/portals/plantersville/logo.png' alt='{co}'>",
                    footer="Propertyware",
                ),
            },
        },
    )

    # an HOA management company's AppFolio account (community association portal); its one-page site
    # links nothing. HOA manager shape: https://pamgtx.com/faqs-for-homeowners/
    co = "Kingwood Lakes Association Management"
    add(
        "live_portal",
        "AppFolio",
        co,
        "kwlakesam.com",
        "https://kwlakesam.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "kwlakesam.com": home(co, "<p>Managing homeowner associations in Kingwood and Humble since 2002.</p>"),
            "kwlakesam.appfolio.com": {"/connect/users/sign_in": appfolio_in(co)},
        },
    )

    # the company's site answers servers with Cloudflare's managed challenge (unreadable, not dead);
    # the agent's Buildium portal is live and names the company. Contract: "a site that could not be
    # read: a bot wall" -> medium; challenge page: no stored source
    co = "Frisco Ridge Property Management"
    add(
        "live_portal",
        "Buildium",
        co,
        "friscoridgepm.com",
        "https://friscoridge.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "friscoridgepm.com": everywhere(raw(403, CF_CHALLENGE.format(host="friscoridgepm.com"))),
            "friscoridge.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # a brokerage's PM division: the site's footer says "Gillespie County Property Management is the
    # leasing division of Vereins Realty"; the rmresident portal names Vereins Realty. No stored source
    # ambiguous: the portal names another entity, but the site itself names it as its parent -> medium.
    co = "Gillespie County Property Management"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "gillespiecountypm.com",
        "https://vereinsrealty.rmresident.com/",
        "medium",
        {
            "gillespiecountypm.com": home(
                co,
                "<p>Fredericksburg and Harper rentals.</p><p class='legal'>Gillespie County Property Management is the "
                "leasing division of Vereins Realty.</p>",
            ),
            "vereinsrealty.rmresident.com": {
                "/": _login(
                    "Vereins Realty - Resident Portal",
                    "Vereins Realty",
                    user="Username",
                    footer="210 W Main St, Fredericksburg, TX 78624 &middot; Rent Manager",
                )
            },
        },
    )

    # ============ TRAPS: another company's portal, linked or given

    # a realty whose homepage says its rentals are managed by its affiliate and whose nav "Tenant Login"
    # goes to that affiliate's Buildium portal. Contract: "a portal of a company the site itself calls
    # another"; affiliate wording: no stored source
    co = "Boerne Creek Realty"
    add(
        "no_account",
        "Buildium",
        co,
        "boernecreekrealty.com",
        None,
        "evidence_unverified",
        {
            "boernecreekrealty.com": home(
                co,
                "<a class='menu-item' href='https://cibolohillspm.managebuilding.com/Resident/portal/login'>Tenant Login"
                "</a><p>Looking to rent? Our rentals are managed by our affiliate, Cibolo Hills Property Management.</p>",
            ),
            "cibolohillspm.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Cibolo Hills Property Management"),
            },
        },
    )

    # a realty whose site says management is provided by its sister company; the agent gave that sister
    # company's AppFolio sign-in. Sister-company wording: no stored source
    co = "Bluff Dale Realty"
    add(
        "no_account",
        "AppFolio",
        co,
        "bluffdalerealty.com",
        "https://chalkmountainres.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "bluffdalerealty.com": home(
                co,
                "<p>Farm, ranch and residential sales in Erath and Hood counties. Property management services are "
                "provided by our sister company, Chalk Mountain Residential.</p>",
            ),
            "chalkmountainres.appfolio.com": {"/connect/users/sign_in": appfolio_in("Chalk Mountain Residential")},
        },
    )

    # a franchise office's "Tenant Login" to the franchisor's national AppFolio account ("Keyline
    # Rentals Franchising, LLC"). Contract: a franchisor's account is never the candidate's; franchise
    # shape: https://www.buildium.com/blog/the-pros-and-cons-of-property-management-franchises/
    co = "Keyline Rentals of Waxahachie"
    add(
        "no_account",
        "AppFolio",
        co,
        "keylinewaxahachie.com",
        None,
        "evidence_unverified",
        {
            "keylinewaxahachie.com": home(
                co,
                "<a class='menu-item' href='https://keylinerentals.appfolio.com/connect/users/sign_in'>Tenant Login</a>"
                "<p>Ellis County's Keyline Rentals office.</p>",
            ),
            "keylinerentals.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Keyline Rentals Franchising, LLC", footer="Keyline Rentals Franchising, LLC &middot; Powered by AppFolio"
                ),
            },
        },
    )

    # the agent gave ANOTHER franchise office's AppFolio account (Plano) for the Frisco office; the
    # Frisco site links nothing and names only itself and the brand. Franchise offices:
    # https://www.rpmheritage.com/tenants
    # ambiguous: the site names the brand "Porchlight Property Management", but the portal names the
    # Plano office, a different company -> evidence_unverified.
    co = "Porchlight Property Management of Frisco"
    add(
        "no_account",
        "AppFolio",
        co,
        "porchlightfrisco.com",
        "https://porchlightplano.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "porchlightfrisco.com": home(
                co,
                "<p>Porchlight Property Management of Frisco is independently owned and operated. Serving Frisco, "
                "Little Elm and Prosper.</p>",
            ),
            "porchlightplano.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Porchlight Property Management of Plano", footer="5013 Alpha Rd, Plano, TX 75093 &middot; AppFolio"
                ),
            },
        },
    )

    # a blog post ("what to look for in a tenant portal") links another manager's Buildium Resident
    # Center as an example; the homepage links only the blog; no evidence given. Contract: a blog-only
    # link is an example; blog post shapes: https://www.terraresidential.com/blog/the-benefits-of-online-
    # rent-collection-in-houston-tx
    co = "Smithville Pines Property Management"
    add(
        "no_portal",
        "Buildium",
        co,
        "smithvillepinespm.com",
        None,
        "no_pms_evidence",
        {
            "smithvillepinespm.com": {
                **home(co, "<a href='/blog/'>Blog</a><p>Call (512) 555-0124 to pay rent or report a repair.</p>"),
                "/blog/": page(
                    "<h1>Blog</h1><article class='post'><h2><a href='/blog/2022/09/what-to-look-for-in-a-tenant-portal/'>"
                    "What to look for in a tenant portal</a></h2></article>",
                    title=f"Blog | {co}",
                ),
                "/blog/2022/09/what-to-look-for-in-a-tenant-portal/": wp_article(
                    co,
                    "What to look for in a tenant portal",
                    "<p>Good portals let residents pay online and submit repairs with photos. For example, see the "
                    "<a href='https://rosebudleasing.managebuilding.com/Resident/portal/login'>Rosebud Leasing resident "
                    "center</a>.</p>",
                    kind="post",
                    post_id=88,
                ),
            },
            "rosebudleasing.managebuilding.com": {"/Resident/portal/login": buildium_rc("Rosebud Leasing")},
        },
    )

    # a news post congratulating another firm on its new resident portal; the agent gave that firm's
    # portal as the candidate's evidence. News posts: https://www.homesstyle.net/asset-residing-acquires-
    # dallas-condo-property-administration-agency/ (industry-news shape)
    co = "Knippa Home Rentals"
    add(
        "no_account",
        "Buildium",
        co,
        "knipparentals.com",
        "https://sabinevalleyleasing.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "knipparentals.com": {
                **home(co, "<a href='/news/'>News</a>"),
                "/news/": page(
                    "<h1>News</h1><article class='post'><h2><a href='/news/2021/06/congrats-sabine-valley-leasing/'>"
                    "Congratulations to our friends at Sabine Valley Leasing</a></h2></article>",
                    title=f"News | {co}",
                ),
                "/news/2021/06/congrats-sabine-valley-leasing/": wp_article(
                    co,
                    "Congratulations to our friends at Sabine Valley Leasing",
                    "<p>Our friends in East Texas just launched their new <a href='https://sabinevalleyleasing."
                    "managebuilding.com/Resident/portal/login'>resident portal</a>. Well done!</p>",
                    kind="post",
                    post_id=64,
                ),
            },
            "sabinevalleyleasing.managebuilding.com": {"/Resident/portal/login": buildium_rc("Sabine Valley Leasing")},
        },
    )

    # a back-office bookkeeping firm for property managers ("we set up and run Buildium for you"): its
    # case studies link two clients' Buildium portals; it has no portal of its own. Vendor/consultant
    # case studies: https://www.bigdevelop.com/blog/rent-collection-dashboard
    # ambiguous: the clients' portals are linked from the homepage, which could also read
    # evidence_unverified; none is the site's own -> no_pms_evidence.
    co = "Sabal Ridge PM Solutions"
    add(
        "no_portal",
        "Buildium",
        co,
        "sabalridgepmsolutions.com",
        None,
        "no_pms_evidence",
        {
            "sabalridgepmsolutions.com": home(
                co,
                "<p>Remote bookkeeping and Buildium setup for Texas property managers.</p><h2>Case studies</h2><ul>"
                "<li>Lometa Leasing: 140 doors moved to online payments &mdash; <a href='https://lometaleasing."
                "managebuilding.com/Resident/portal/login'>see their resident portal</a></li>"
                "<li>Goldthwaite Homes: owner statements in 2 days &mdash; <a href='https://goldthwaitehomes."
                "managebuilding.com/Resident/portal/login'>their portal</a></li></ul>",
            ),
            "lometaleasing.managebuilding.com": {"/Resident/portal/login": buildium_rc("Lometa Leasing")},
            "goldthwaitehomes.managebuilding.com": {"/Resident/portal/login": buildium_rc("Goldthwaite Homes")},
        },
    )

    # an HOA manager's "Our Partners" section names its preferred leasing partner with a link to that
    # partner's AppFolio sign-in; the HOA manager's own portal is not linked. Partner lists: no stored source
    # ambiguous: a linked portal of a company the site calls another could also read evidence_unverified;
    # it is not presented as the site's own portal -> no_pms_evidence.
    co = "Spring Cypress HOA Management"
    add(
        "no_portal",
        "AppFolio",
        co,
        "springcypresshoa.com",
        None,
        "no_pms_evidence",
        {
            "springcypresshoa.com": home(
                co,
                "<p>Association management for Spring, Cypress and Tomball. Homeowners: call (281) 555-0139.</p>"
                "<section class='partners'><h2>Our Partners</h2><ul><li>Leasing partner: Northgate Leasing &mdash; "
                "<a href='https://northgateleasing.appfolio.com/connect'>Resident login</a></li><li>Pool services: "
                "BlueWave Pools</li></ul></section>",
            ),
            "northgateleasing.appfolio.com": {"/connect": appfolio_in("Northgate Leasing")},
        },
    )

    # a sales brokerage's /owners page: "We do not manage rentals; here are local managers we refer
    # owners to", each with its portal link. Referral directories: no stored source
    # ambiguous: linked portals of companies the site calls others could also read evidence_unverified;
    # none is presented as the site's own -> no_pms_evidence.
    co = "Clute Coastal Realty"
    add(
        "no_portal",
        "Buildium",
        co,
        "clutecoastalrealty.com",
        None,
        "no_pms_evidence",
        {
            "clutecoastalrealty.com": {
                **home(co, "<p>Buying and selling in Brazoria County.</p>"),
                "/owners": page(
                    "<h1>Rental Owners</h1><p>We do not manage rentals. Local property managers we refer owners to:</p>"
                    "<ul><li>Freeport Bayou Rentals &mdash; <a href='https://freeportbayou.managebuilding.com/Resident/"
                    "portal/login'>portal</a></li><li>Angleton Home Leasing &mdash; <a href='https://angletonhl."
                    "managebuilding.com/Resident/portal/login'>portal</a></li></ul>",
                    title=f"Owners | {co}",
                ),
            },
            "freeportbayou.managebuilding.com": {"/Resident/portal/login": buildium_rc("Freeport Bayou Rentals")},
            "angletonhl.managebuilding.com": {"/Resident/portal/login": buildium_rc("Angleton Home Leasing")},
        },
    )

    # acquired: the candidate's site announces it "has joined Belton Lakeside Residential" and sends
    # residents to the acquirer's Buildium portal. Acquisition wording ("will operate under the X name"):
    # https://www.homesstyle.net/asset-residing-acquires-dallas-condo-property-administration-agency/
    # ambiguous: the site links the portal as where its residents pay now, but it is the acquirer's
    # account -> evidence_unverified.
    co = "Stillhouse Hollow Property Management"
    add(
        "no_account",
        "Buildium",
        co,
        "stillhousehollowpm.com",
        None,
        "evidence_unverified",
        {
            "stillhousehollowpm.com": home(
                co,
                "<div class='announcement'><h2>Stillhouse Hollow Property Management has joined Belton Lakeside "
                "Residential!</h2><p>All homes are now managed by Belton Lakeside Residential. Residents: please pay rent "
                "in the <a href='https://beltonlakeside.managebuilding.com/Resident/portal/login'>Belton Lakeside "
                "Residential resident portal</a>.</p></div>",
            ),
            "beltonlakeside.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Belton Lakeside Residential"),
            },
        },
    )

    # sold: the agent gave the candidate's own Buildium portal, but a notice above its login says the
    # management business was sold and this portal is no longer active. Contract: a portal that says the
    # account is now managed by someone else; notice wording: no stored source
    co = "Moffat Rentals"
    add(
        "no_account",
        "Buildium",
        co,
        "moffatrentals.com",
        "https://moffatrentals.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "moffatrentals.com": home(co, "<p>Temple and Belton rentals.</p>"),
            "moffatrentals.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    co,
                    notice=notice(
                        "Moffat Rentals has sold its property management business to Lampasas Valley Realty effective "
                        "June 1. This portal is no longer active; residents will receive a welcome email from Lampasas "
                        "Valley Realty with their new login."
                    ),
                ),
            },
        },
    )

    # a vendor demo account: the agent gave a Buildium portal that is a demonstration with sample data
    # ("Sunnydale Demo Realty"). Contract: a portal that says it is a demo; no stored source
    co = "Driftwood Vista Homes"
    add(
        "no_account",
        "Buildium",
        co,
        "driftwoodvistahomes.com",
        "https://sunnydaledemo.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "driftwoodvistahomes.com": home(co, "<p>Hill Country homes for lease near Driftwood and Dripping Springs.</p>"),
            "sunnydaledemo.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Sunnydale Demo Realty",
                    notice=notice(
                        "This is a demo account. All residents, properties and payments shown are sample data for "
                        "evaluation purposes only."
                    ),
                ),
            },
        },
    )

    # a same-named firm in Louisiana: the agent's AppFolio account has the candidate's name but every
    # address on it is in Natchitoches, LA; the Conroe site names no such office. Contract: portal whose
    # addresses are all in another state; no stored source
    co = "Stewarts Creek Property Management"
    add(
        "no_account",
        "AppFolio",
        co,
        "stewartscreekpm.com",
        "https://stewartscreekpm.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "stewartscreekpm.com": home(co, "<p>Conroe and Montgomery, TX rentals. Office: 301 N Main St, Conroe, TX.</p>"),
            "stewartscreekpm.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    co, footer=f"{co} &middot; 412 Front St, Natchitoches, LA 71457 &middot; (318) 555-0110"
                ),
            },
        },
    )

    # the agent's guessed account: the Buildium portal at the candidate's brand names a different company
    # ("Eagle Mountain Oaks Property Services" for "Eagle Mountain Oaks Realty"); the site never names it.
    # Contract example ("Riverside Property Services" for "Riverside Realty Group"); no stored source
    co = "Eagle Mountain Oaks Realty"
    add(
        "no_account",
        "Buildium",
        co,
        "eaglemountainoaksrealty.com",
        "https://eaglemountainoaks.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "eaglemountainoaksrealty.com": home(co, "<p>Homes for sale around Eagle Mountain Lake and Saginaw.</p>"),
            "eaglemountainoaks.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Eagle Mountain Oaks Property Services"),
            },
        },
    )

    # stale: the site's footer "Pay Rent" still links a Buildium account that now answers 404.
    # Contract: a live site linking a dead portal; no stored source
    co = "Rio Medina Home Rentals"
    add(
        "stale_portal",
        "Buildium",
        co,
        "riomedinarentals.com",
        None,
        "evidence_unverified",
        {
            "riomedinarentals.com": home(
                co,
                "<div class='footer-cta'><a class='btn' href='https://riomedina.managebuilding.com/Resident/portal/login'>"
                "Pay Rent</a></div>",
            ),
            "riomedina.managebuilding.com": {
                "/Resident/portal/login": not_found("Sorry, the page you requested is unavailable"),
            },
        },
    )

    # stale: the site links a Rent Manager corpid whose page says the portal was retired and replaced
    # (no link to another PMS). Contract: "replaced by a new portal"; no stored source
    co = "Crockett County Rentals"
    add(
        "stale_portal",
        "Rent Manager",
        co,
        "crockettcountyrentals.com",
        None,
        "evidence_unverified",
        {
            "crockettcountyrentals.com": home(
                co,
                "<a href='https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=crockettco'>Resident Portal"
                "</a><p>Ozona, TX.</p>",
            ),
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=crockettco": web_access(
                    "Crockett County Rentals",
                    extra=notice(
                        "This resident portal has been retired and replaced by our new portal. Please contact our office "
                        "for your new login."
                    ),
                ),
            },
        },
    )

    # vendor-wide: "Tenant Login" goes to Buildium's shared global sign-in (no account); no evidence.
    # Contract vendor table (signin.managebuilding.com); no stored source
    co = "Kyle Crossing Rentals"
    add(
        "vendor_wide",
        "Buildium",
        co,
        "kylecrossingrentals.com",
        None,
        "no_pms_evidence",
        {
            "kylecrossingrentals.com": home(
                co,
                "<a class='menu-item' href='https://signin.managebuilding.com/Resident/portal/global-login?returnUrl=%2F'>"
                "Tenant Login</a>",
            ),
            "signin.managebuilding.com": {
                "/Resident/portal/global-login?returnUrl=%2F": _login("Sign in - Buildium", "Sign in to your account"),
            },
        },
    )

    # asset: a RENTCafe CDN photo in a <picture> gallery is the only Yardi URL; no evidence. Contract
    # vendor table (cdngeneral.rentcafe.com); no stored source
    co = "Sunnyvale Terrace Apartments"
    add(
        "asset",
        "Yardi",
        co,
        "sunnyvaleterraceapts.com",
        None,
        "no_pms_evidence",
        {
            "sunnyvaleterraceapts.com": home(
                co,
                "<picture><source srcset='https://cdngeneral.rentcafe.com/dmslivecafe/3/482913/pool.webp' "
                "type='image/webp'><img src='https://cdngeneral.rentcafe.com/dmslivecafe/3/482913/pool.jpg' "
                "alt='Resort-style pool'></picture>",
            ),
        },
    )

    # the candidate's own Buildium portal (given) says above its login that the company moved to AppFolio
    # and links the new AppFolio account. Contract: a portal sending residents to another PMS's portal is
    # pms_mismatch; no stored source
    co = "Yoakum Street Rentals"
    add(
        "other_pms",
        "Buildium",
        co,
        "yoakumstreetrentals.com",
        "https://yoakumstreet.managebuilding.com/Resident/portal/login",
        "pms_mismatch",
        {
            "yoakumstreetrentals.com": home(co, "<p>Cuero and Yoakum homes for rent.</p>"),
            "yoakumstreet.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    co,
                    notice=notice(
                        "We have moved! Please log in to our new resident portal at "
                        "<a href='https://yoakumstreet.appfolio.com/connect'>yoakumstreet.appfolio.com</a>."
                    ),
                ),
            },
            "yoakumstreet.appfolio.com": {"/connect": appfolio_in(co)},
        },
    )

    # ============ CONTROLS

    # parked: a GoDaddy-style "this domain is for sale" page with parked-page utm parameters, given with a
    # live Buildium portal. Parking shapes: docs/live-checks.md (GoDaddy/Afternic landers)
    co = "Sachse Rental Homes"
    add(
        "parked",
        "Buildium",
        co,
        "sachserentalhomes.com",
        "https://sachserentalhomes.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "sachserentalhomes.com": everywhere(
                page(
                    "<h1>sachserentalhomes.com</h1><h2>This domain is for sale!</h2><a href='https://www.afternic.com/"
                    "forsale/sachserentalhomes.com?utm_source=TDFS_DASLNC&amp;utm_medium=parkedpages&amp;utm_campaign="
                    "x_corp_tdfs-daslnc_base&amp;traffic_type=TDFS_DASLNC'>Get this domain</a>",
                    title="sachserentalhomes.com",
                )
            ),
            "sachserentalhomes.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # dead_domain: a Wix "isn't connected to a website yet" page on the company's domain, with a live
    # Rentvine portal given. Contract: a site builder's unconnected site; no stored source
    co = "Bellmead Home Rentals"
    add(
        "dead_domain",
        "Rentvine",
        co,
        "bellmeadhomerentals.com",
        "https://bellmeadhr.rentvine.com/portals/resident/",
        "dead_domain",
        {
            "bellmeadhomerentals.com": everywhere(
                doc(
                    "Wix.com",
                    "<meta name='robots' content='noindex'>",
                    "<h1>Looks like this domain isn't connected to a website yet!</h1><p>If you own this domain, go to "
                    "your Wix account to connect it.</p><a href='https://www.wix.com/'>Get Started</a>",
                )
            ),
            "bellmeadhr.rentvine.com": {"/portals/resident/": spa_shell(f"{co} | Resident Portal")},
        },
    )

    # dead_domain: no such host (neither the name nor www.), a live Propertyware portal given. Contract
    co = "Crystal Falls Leasing"
    add(
        "dead_domain",
        "Propertyware",
        co,
        "crystalfallsleasing.com",
        "https://app.propertyware.com/pw/portals/crystalfalls/tenant.action",
        "dead_domain",
        {"app.propertyware.com": {"/pw/portals/crystalfalls/tenant.action": VENDOR_LOGIN["Propertyware"](co)}},
        unresolvable=("crystalfallsleasing.com", "www.crystalfallsleasing.com"),
    )

    # bot_wall: the community's RENTCafe resident login answers servers with Cloudflare's managed
    # challenge (403). Contract (Yardi, "often not" checkable)
    co = "Alamo Quarry Lofts"
    host = "alamoquarrylofts.securecafe.com"
    add(
        "bot_wall",
        "Yardi",
        co,
        "alamoquarrylofts.com",
        f"https://{host}/residentservices/alamo-quarry-lofts/userlogin.aspx",
        "unverifiable",
        {
            "alamoquarrylofts.com": home(co, "<p>Lofts near the Quarry, San Antonio.</p>"),
            host: {"/residentservices/alamo-quarry-lofts/userlogin.aspx": raw(403, CF_CHALLENGE.format(host=host))},
        },
    )

    # other_pms: claimed Rentvine, but the site's "Resident Login" is a live Buildium account. Contract
    co = "Anahuac Bay Rentals"
    add(
        "other_pms",
        "Rentvine",
        co,
        "anahuacbayrentals.com",
        None,
        "pms_mismatch",
        {
            "anahuacbayrentals.com": home(
                co, "<a class='menu-item' href='https://anahuacbay.managebuilding.com/Resident/portal/login'>Resident Login</a>"
            ),
            "anahuacbay.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # shared_signin: a Wix site's "Tenant Login" to TenantCloud's one shared login. Shared login host:
    # lead-domain notes (TenantCloud row); contract: site_links_signin -> medium
    co = "Groesbeck Family Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "groesbeckfamilyrentals.com",
        None,
        "medium",
        {
            "groesbeckfamilyrentals.com": {
                "/": wix(
                    co,
                    "groesbeckfamilyrentals.com",
                    "<li><a data-testid='linkElement' href='https://home.tenantcloud.com/auth/login?role=tenant&amp;"
                    "ref=wix' target='_blank'>Tenant Login</a></li>",
                    "<p class='font_8'>Family-owned rentals in Limestone County.</p>",
                )
            },
            "home.tenantcloud.com": {
                "/auth/login?role=tenant&ref=wix": _login("Log in | TenantCloud", "Log in", user="email", footer="TenantCloud"),
            },
        },
    )

    # no_portal: a live site that says "we use Buildium" in prose and links no portal; a ShowMojo
    # listings iframe (a showing service, not a PMS). ShowMojo iframe: code id 4612435235
    co = "Lytle Lane Leasing"
    add(
        "no_portal",
        "Buildium",
        co,
        "lytlelaneleasing.com",
        None,
        "no_pms_evidence",
        {
            "lytlelaneleasing.com": home(
                co,
                "<p>We use Buildium to keep owners' books. Residents receive login details by email.</p>"
                "<iframe title='Showmojo property listings' src='https://showmojo.com/8e41ac20d7/listings/mapsearch' "
                "width='100%' height='782'></iframe>",
            ),
        },
    )

    return cases


HOLDOUT8: list[Case] = _holdout8()
