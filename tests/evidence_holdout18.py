"""Eighteenth blind corpus: how small property managers' websites are built and how they write portal links.

Focus and mix: 58 candidates asked for Austin, TX whose sites are built the way real small businesses'
are: Wix (`data-testid="linkElement"` anchors, `target=_self`, the "Powered and secured by Wix"
footer, an apex that 301s to www), Squarespace (header nav items, `sqs-block-button` anchors, a
code block's `onclick`), GoDaddy Websites + Marketing (`data-ux="Button"`, "Coming Soon"
pages), Duda (`dmButtonLink`, an iframe), Webflow (`w-button`, a `w-form` posting to the
portal), WordPress with Elementor (buttons, a popup template, a mega menu), Divi, Astra and
Weebly, and sites a PMS vendor or a web agency built ("Powered by AppFolio", "Website powered
by Buildium", "Website by <agency>"). Links are written unusually: protocol-relative, `http://`,
upper-case hosts, a trailing dot, tracking parameters, `&amp;` entities, on-site redirect paths
(`/pay-rent` 301, `/go/portal` 302), a link only on /residents or only on /contact, a bit.ly
shortener. 32 are real leads (28 high, 4 medium), 26 rejections and traps in the same shapes:
Wix, Squarespace, GoDaddy and Webflow "no site here" pages, a theme's sample content, a parked
page mentioning AppFolio, a template's link to Buildium's shared sign-in or to a vendor demo
account, a vendor badge image given as evidence, a vendor footer on a site linking the other
PMS, dead, inactive and moved accounts, a partner's portal, two out-of-state companies, Yardi
and Entrata walls.

How the labels were decided: by docs/live-checks.md (the judging order, the vendor table,
the confidence table, what a homepage crawl reads) and what a careful person concludes from
the pages as served, written without reading or running the checks. A "Powered by X" or
"Website by X" footer is read as what it is: the name of whoever built the site, never an
account portal, and never a link to another PMS's account (a link to www.buildium.com is
vendor-wide). Where the contract left a label to judgement the case's comment says so. Every
page is our own short HTML after the shapes of real builders' markup and vendor portals; all
names, domains and accounts are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, listings_page, parked, spa_shell
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

collector = Collector("holdout18-")
add = collector.add

_STREETS = (
    "4410 Burnet Rd, Suite 210, Austin, TX 78756",
    "1906 E 7th St, Austin, TX 78702",
    "8701 Research Blvd, Suite 300, Austin, TX 78758",
    "3301 Northland Dr, Suite 115, Austin, TX 78731",
    "600 W 28th St, Suite 102, Austin, TX 78705",
    "5501 Balcones Dr, Suite A-140, Austin, TX 78731",
    "2111 Dickson Dr, Austin, TX 78704",
    "9600 Great Hills Trl, Suite 150W, Austin, TX 78759",
)


def atx(i: int) -> str:
    return f"<p class='address'>{_STREETS[i % len(_STREETS)]} &middot; (512) 555-01{i % 100:02d}</p>"


def bd(co: str) -> Reply:
    return VENDOR_LOGIN["Buildium"](co)


def af(co: str) -> Reply:
    return VENDOR_LOGIN["AppFolio"](co)


def portal(reply, *paths: str) -> dict:
    """An account host answering its root and the given paths with one page."""
    return {p: reply for p in ("/", *paths)}


BD = "/Resident/portal/login"
AF = "/connect"

CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Verifying you are human. This may take a "
    "few seconds.</h1><noscript>Enable JavaScript and cookies to continue</noscript>"
    "<script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'></script></body></html>",
    {"Server": "cloudflare", "cf-mitigated": "challenge", "cf-ray": "8c2e41d7fa0b5e21-DFW"},
)
BARE_403 = raw(403, "<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>")


# --- site builders' markup (our own short pages after their shapes) -------------------------

WIX_HEAD = "<meta name='generator' content='Wix.com Website Builder'><meta name='format-detection' content='telephone=no'>"


def wix_item(href: str, label: str, target: str = "_self") -> str:
    return (
        f"<li><a data-testid='linkElement' href='{href}' target='{target}' "
        f"class='wixui-horizontal-menu__item-label'>{label}</a></li>"
    )


def wix_btn(href: str, label: str, target: str = "_self", rel: str = "") -> str:
    rel_attr = f" rel='{rel}'" if rel else ""
    return (
        f"<div class='comp-lq2x8k1 wixui-button' data-semantic-classname='button'><a data-testid='linkElement' "
        f"href='{href}' target='{target}'{rel_attr} aria-disabled='false' class='uDW_Qe wixui-button'>"
        f"<span class='l7_2fn wixui-button__label'>{label}</span></a></div>"
    )


def wix(co: str, nav: str, main: str, addr: str) -> Reply:
    body = (
        f"<div id='SITE_CONTAINER'><header id='SITE_HEADER' class='wixui-header'><nav aria-label='Site'>"
        f"<ul class='wixui-horizontal-menu'>{nav}</ul></nav></header><main id='PAGES_CONTAINER'>"
        f"<section class='wixui-section'><h1 class='font_0 wixui-rich-text__text'>{co}</h1>{main}{addr}</section></main>"
        f"<footer id='SITE_FOOTER' class='wixui-footer'><p class='font_9'>&copy; 2026 by {co}. Powered and secured by "
        "<a data-testid='linkElement' href='https://www.wix.com/?utm_campaign=vir_created_with' target='_blank' "
        "rel='noreferrer noopener'>Wix</a></p></footer></div>"
    )
    return doc(f"Property Management | {co}", WIX_HEAD, body)


SQS_HEAD = "<!-- This is Squarespace. --><link rel='stylesheet' href='https://static1.squarespace.com/static/versioned-site-css/site.css'>"


def sqs_nav(href: str, label: str, external: bool = False) -> str:
    kind = "external" if external else "collection"
    target = " target='_blank'" if external else ""
    return (
        f"<div class='header-nav-item header-nav-item--{kind}'>"
        f"<a href='{href}'{target} data-animation-role='header-element'>{label}</a></div>"
    )


def sqs_btn(href: str, label: str) -> str:
    return (
        "<div class='sqs-block button-block sqs-block-button' data-block-type='53'><div class='sqs-block-content'>"
        "<div class='sqs-block-button-container sqs-block-button-container--center' data-button-size='medium'>"
        f"<a href='{href}' class='sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element'>"
        f"{label}</a></div></div></div>"
    )


def sqs(co: str, nav: str, main: str, addr: str) -> Reply:
    body = (
        f"<header class='header'><div class='header-title'><a href='/'>{co}</a></div><nav class='header-nav-list'>{nav}</nav>"
        "</header><main id='page' role='main'><article class='sections'><section class='page-section'>"
        "<div class='sqs-layout sqs-grid-12 columns-12'><div class='sqs-block html-block sqs-block-html'>"
        f"<div class='sqs-block-content'><h1>{co}</h1><p>Leasing and management for rental homes.</p></div></div>"
        f"{main}</div></section></article></main><footer class='sections' id='footer-sections'>{addr}</footer>"
    )
    return doc(f"{co}", SQS_HEAD, body)


GD_HEAD = "<meta name='generator' content='Starfield Technologies; Go Daddy Website Builder 8.0.0000'>"
GD_POWERED = (
    "<p data-ux='FooterText' data-aid='FOOTER_POWERED_BY_AIRO_RENDERED'>Powered by <a "
    "href='https://www.godaddy.com/websites/website-builder?isc=pwugc' rel='nofollow noopener' target='_blank'>GoDaddy</a></p>"
)


def gd_btn(href: str, label: str) -> str:
    return (
        f"<a data-ux='Button' data-aid='HEADER_CTA_BTN' href='{href}' target='_blank' "
        f"data-tccl='ux2.HEADER.header9.Section.Default.Button.Default.click,click' class='x-el x-el-a c1-1v c1-1w'>{label}</a>"
    )


def gd_nav(href: str, label: str) -> str:
    return f"<a data-ux='NavLink' data-aid='NAV_LINK' href='{href}' class='x-el x-el-a c1-2b'>{label}</a>"


def gd(co: str, nav: str, main: str, addr: str) -> Reply:
    body = (
        "<div class='layout layout-layout layout-layout-layout-13 locale-en-US lang-en'><div data-ux='Page'>"
        f"<div data-ux='Header' data-aid='HEADER_WIDGET'><nav data-ux='Nav' data-aid='HEADER_NAV_RENDERED'>{nav}</nav>"
        f"<h1 data-ux='HeadingMajor' data-aid='HEADER_LOGO_TEXT_RENDERED'>{co}</h1></div><div data-ux='Container'>{main}"
        f"<div data-ux='ContentText'>{addr}</div></div><div data-ux='Footer' data-aid='FOOTER_SECTION'>"
        f"<p data-ux='FooterText' data-aid='FOOTER_COPYRIGHT_RENDERED'>Copyright &copy; 2026 {co} - All Rights Reserved.</p>"
        f"{GD_POWERED}</div></div></div>"
    )
    return doc(co, GD_HEAD, body)


DUDA_HEAD = "<link rel='preconnect' href='https://lirp.cdn-website.com/'>"


def duda_btn(href: str, label: str) -> str:
    return (
        "<a data-display-type='block' class='align-center dmButtonLink dmWidget dmWwr default dmOnlyButton' file='false' "
        f"href='{href}' data-element-type='dButtonLinkId' target='_blank' dm_dont_rewrite_url='false'>"
        f"<span class='iconBg'></span><span class='text'>{label}</span></a>"
    )


def duda(co: str, main: str, addr: str) -> Reply:
    body = (
        "<div id='dm' class='dmwr'><div class='dmHeader' id='hcontainer'><nav class='main-navigation unifiednav'>"
        "<a class='unifiednav__item' href='/about-us'><span class='nav-item-text'>About Us</span></a>"
        "<a class='unifiednav__item' href='/owners'><span class='nav-item-text'>Owners</span></a>"
        "<a class='unifiednav__item' href='/contact-us'><span class='nav-item-text'>Contact Us</span></a></nav></div>"
        f"<div class='dmContent' id='dmFirstContainer'><h1 class='dmNewParagraph'>{co}</h1>{main}{addr}</div>"
        f"<div class='dmFooter' id='footer'><p class='dmNewParagraph'>&copy; 2026 {co}</p></div></div>"
    )
    return doc(co, DUDA_HEAD, body)


WF_HEAD = (
    "<meta content='Webflow' name='generator'>"
    "<link href='https://cdn.prod.website-files.com/65a1f0c2/css/site.webflow.css' rel='stylesheet'>"
)


def wf(co: str, nav: str, main: str, addr: str) -> Reply:
    body = (
        "<div data-collapse='medium' role='banner' class='navbar w-nav'><nav role='navigation' class='nav-menu w-nav-menu'>"
        "<a href='/about' class='nav-link w-nav-link'>About</a><a href='/services' class='nav-link w-nav-link'>Services</a>"
        f"{nav}</nav></div><section class='hero-section'><h1 class='heading'>{co}</h1>{main}{addr}</section>"
        f"<footer class='footer'><div class='footer-text'>&copy; 2026 {co}</div></footer>"
    )
    return doc(co, WF_HEAD, body)


def wf_btn(href: str, label: str) -> str:
    return f"<a href='{href}' target='_blank' class='button w-button'>{label}</a>"


EL_HEAD = (
    "<meta name='generator' content='WordPress 6.5.4'><meta name='generator' content='Elementor 3.22.1; features: "
    "e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled'>"
)


def el_btn(href: str, label: str, target: str = "_blank") -> str:
    return (
        "<div class='elementor-element elementor-widget elementor-widget-button'><div class='elementor-widget-container'>"
        f"<div class='elementor-button-wrapper'><a class='elementor-button elementor-button-link elementor-size-sm' "
        f"href='{href}' target='{target}'><span class='elementor-button-content-wrapper'>"
        f"<span class='elementor-button-text'>{label}</span></span></a></div></div></div>"
    )


def el_item(href: str, label: str) -> str:
    return f"<li class='menu-item menu-item-type-custom'><a href='{href}' class='elementor-item'>{label}</a></li>"


def el(co: str, nav: str, main: str, addr: str, *, after: str = "", title: str | None = None) -> Reply:
    body = (
        "<div data-elementor-type='header' class='elementor elementor-12 elementor-location-header'>"
        "<nav class='elementor-nav-menu--main elementor-nav-menu__container'><ul id='menu-1-a41c' class='elementor-nav-menu'>"
        f"{el_item('/about/', 'About')}{nav}{el_item('/contact/', 'Contact')}</ul></nav></div>"
        "<div data-elementor-type='wp-page' class='elementor elementor-8'><div class='elementor-widget-container'>"
        f"<h1 class='elementor-heading-title elementor-size-default'>{co}</h1></div>{main}{addr}</div>"
        "<div data-elementor-type='footer' class='elementor elementor-40 elementor-location-footer'>"
        f"<p>&copy; 2026 {co}</p></div>{after}"
    )
    return doc(title or f"{co} &#8211; Property Management", EL_HEAD, body)


DIVI_HEAD = (
    "<meta name='generator' content='WordPress 6.4.3'><link rel='stylesheet' id='divi-style-css' "
    "href='/wp-content/themes/Divi/style.min.css?ver=4.25.1' type='text/css' media='all'>"
)


def divi_item(n: int, href: str, label: str) -> str:
    return (
        f"<li id='menu-item-{n}' class='menu-item menu-item-type-custom menu-item-object-custom menu-item-{n}'>"
        f"<a href='{href}'>{label}</a></li>"
    )


def divi_btn(href: str, label: str) -> str:
    return f"<a class='et_pb_button et_pb_button_0 et_pb_bg_layout_light' href='{href}' target='_blank'>{label}</a>"


def divi(co: str, nav: str, main: str, addr: str) -> Reply:
    body = (
        f"<div id='page-container'><header id='main-header'><div class='logo_container'><a href='/'>{co}</a></div>"
        f"<nav id='top-menu-nav'><ul id='top-menu' class='nav'>{divi_item(21, '/about/', 'About')}{nav}</ul></nav></header>"
        "<div id='et-main-area'><div class='et_pb_section et_pb_section_0'><div class='et_pb_row et_pb_row_0'>"
        f"<h1>{co}</h1><p>Residential leasing and management.</p>{main}{addr}</div></div><footer id='main-footer'>"
        "<div id='footer-bottom'><div id='footer-info'>Designed by <a href='https://www.elegantthemes.com' "
        "title='Premium WordPress Themes'>Elegant Themes</a> | Powered by <a href='https://www.wordpress.org'>WordPress</a>"
        "</div></div></footer></div></div>"
    )
    return doc(f"{co} | Austin Property Management", DIVI_HEAD, body)


WEEBLY_HEAD = (
    "<link id='wsite-base-style' rel='stylesheet' type='text/css' "
    "href='//cdn2.editmysite.com/css/sites.css?buildTime=1712345678'>"
)


def weebly_btn(href: str, label: str) -> str:
    return (
        f"<a class='wsite-button wsite-button-small wsite-button-highlight' href='{href}' target='_blank'>"
        f"<span class='wsite-button-inner'>{label}</span></a>"
    )


def weebly(co: str, main: str, addr: str, *, foot: str = "") -> Reply:
    body = (
        "<div class='wsite-header'><ul class='wsite-menu-default'><li id='pg1'><a href='/'>Home</a></li>"
        "<li id='pg2'><a href='/about.html'>About</a></li><li id='pg3'><a href='/contact.html'>Contact</a></li></ul></div>"
        f"<div id='wsite-content' class='wsite-elements wsite-not-footer'><h2 class='wsite-content-title'>{co}</h2>"
        f"<div class='paragraph'>Rental homes and property management.</div>{main}{addr}</div>"
        f"<div class='wsite-footer'>{foot}<div id='weebly-footer-signup-container-v3'>Powered by "
        "<a href='https://www.weebly.com/signup?utm_source=internal&amp;utm_medium=footer' rel='nofollow'>Weebly</a>"
        "</div></div>"
    )
    return doc(co, WEEBLY_HEAD, body)


ASTRA_HEAD = (
    "<meta name='generator' content='WordPress 6.5.2'><link rel='stylesheet' id='astra-theme-css-css' "
    "href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14'>"
)


def astra(co: str, nav: str, button: str, addr: str) -> Reply:
    body = (
        "<header id='masthead' class='site-header ast-primary-submenu-animation-fade'><div class='ast-builder-grid-row'>"
        f"<div class='site-branding'><p class='site-title'><a href='/' rel='home'>{co}</a></p></div>"
        f"<nav class='site-navigation ast-flex-grow-1'><ul id='ast-hf-menu-1' class='main-header-menu'>{nav}</ul></nav>"
        f"<div class='ast-builder-button-wrap'>{button}</div></div></header><div id='content' class='site-content'>"
        f"<h1 class='entry-title'>{co}</h1><p>Leasing, rent collection and maintenance for Austin-area rentals.</p>{addr}</div>"
        f"<footer class='site-footer'><div class='ast-footer-copyright'><p>Copyright &copy; 2026 {co}</p></div></footer>"
    )
    return doc(f"{co} &#8211; Austin Rentals", ASTRA_HEAD, body)


def ast_item(href: str, label: str) -> str:
    return f"<li class='menu-item menu-item-type-custom'><a href='{href}' class='menu-link'>{label}</a></li>"


def vendor_built(co: str, nav: str, main: str, addr: str, credit: str) -> Reply:
    """A site a PMS vendor or a property-management web agency built: their theme, their credit line."""
    body = (
        f"<header class='site-header'><a class='site-header__logo' href='/'>{co}</a><nav class='site-header__nav'>"
        "<a href='/listings'>Available Rentals</a><a href='/services'>Services</a>"
        f"{nav}</nav></header><main><section class='hero'><h1>{co}</h1><p>Full-service property management for Austin "
        f"homeowners and investors.</p>{main}</section></main><footer class='site-footer'>{addr}"
        f"<p class='site-footer__copyright'>&copy; 2026 {co}</p><p class='site-footer__credit'>{credit}</p></footer>"
    )
    return doc(f"{co} | Property Management", "<meta name='viewport' content='width=device-width, initial-scale=1'>", body)


def inactive_af(co: str) -> Reply:
    return _login(
        "Online Portal - Sign In",
        co,
        user="user[email]",
        footer="Powered by AppFolio Property Manager",
        extra="<div class='alert alert-warning'>This portal is no longer active. Please contact your property manager "
        "for assistance.</div>",
    )


BD_404 = not_found("The page you requested could not be found")


# ==================================================================== real leads ============

# --- Wix --------------------------------------------------------------------------------------

# shape: Wix menu item, an ordinary anchor with data-testid="linkElement" and target=_self, to a Buildium Resident Center;
# the Wix footer. The evidence URL is the same portal.
co = "Saltcedar Wren Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "saltcedarwrenpm.com",
    f"https://saltcedarwren.managebuilding.com{BD}",
    "high",
    {
        "saltcedarwrenpm.com": {
            "/": wix(
                co,
                wix_item("https://saltcedarwrenpm.com/", "Home")
                + wix_item("https://saltcedarwrenpm.com/about", "About")
                + wix_item(f"https://saltcedarwren.managebuilding.com{BD}", "Resident Login"),
                "<p class='font_8'>Serving Austin, Pflugerville and Manor since 2011.</p>",
                atx(0),
            )
        },
        "saltcedarwren.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Wix button (a wixui-button anchor, target=_blank, rel="noopener noreferrer") to an AppFolio /connect portal;
# no evidence URL: the site alone proves it.
co = "Juniper Kettle Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "juniperkettlerealty.com",
    None,
    "high",
    {
        "juniperkettlerealty.com": {
            "/": wix(
                co,
                wix_item("https://juniperkettlerealty.com/", "Home")
                + wix_item("https://juniperkettlerealty.com/owners", "Owners"),
                wix_btn("https://juniperkettle.appfolio.com/connect", "Tenant Portal", "_blank", "noopener noreferrer"),
                atx(1),
            )
        },
        "juniperkettle.appfolio.com": portal(af(co), AF),
    },
)

# shape: Wix apex 301s to www; the www homepage's menu has "Residents" (absolute www link); only /residents links the
# Rentvine resident portal (single-page app shell whose title names the company).
co = "Pecanfield Osprey Management"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "pecanfieldosprey.com",
    None,
    "high",
    {
        "pecanfieldosprey.com": {"/": redirect("https://www.pecanfieldosprey.com/", 301)},
        "www.pecanfieldosprey.com": {
            "/": wix(
                co,
                wix_item("https://www.pecanfieldosprey.com/", "Home")
                + wix_item("https://www.pecanfieldosprey.com/residents", "Residents")
                + wix_item("https://www.pecanfieldosprey.com/contact", "Contact"),
                "<p class='font_8'>Homes for rent across central Austin.</p>",
                atx(2),
            ),
            "/residents": wix(
                co,
                wix_item("https://www.pecanfieldosprey.com/", "Home"),
                "<h2 class='font_2'>Current Residents</h2><p>Pay rent and submit maintenance requests online.</p>"
                + wix_btn("https://pecanfieldosprey.rentvine.com/portals/resident", "Resident Portal"),
                atx(2),
            ),
        },
        "pecanfieldosprey.rentvine.com": portal(spa_shell(f"{co} | Resident Portal"), "/portals/resident"),
    },
)

# shape: Wix menu link to a Buildium portal written with a trailing dot on the host ("...managebuilding.com./Resident/...").
# Judgement: a fully qualified name, the same host a browser opens; the evidence URL gives the portal without the dot.
co = "Driftrock Pinyon Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "driftrockpinyon.com",
    f"https://driftrockpinyon.managebuilding.com{BD}",
    "high",
    {
        "driftrockpinyon.com": {
            "/": wix(
                co,
                wix_item("https://driftrockpinyon.com/", "Home")
                + wix_item(f"https://driftrockpinyon.managebuilding.com.{BD}", "Pay Rent", "_blank"),
                "<p class='font_8'>Leasing and management for duplexes and single-family homes.</p>",
                atx(3),
            )
        },
        "driftrockpinyon.managebuilding.com": portal(bd(co), BD),
    },
)

# --- Squarespace ------------------------------------------------------------------------------

# shape: Squarespace button block (sqs-block-button-element) to a Rentvine resident portal.
co = "Lantern Yucca Property Group"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "lanternyuccapg.com",
    "https://lanternyucca.rentvine.com/portals/resident",
    "high",
    {
        "lanternyuccapg.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav("/owners", "Owners"),
                sqs_btn("https://lanternyucca.rentvine.com/portals/resident", "Pay Rent"),
                atx(4),
            )
        },
        "lanternyucca.rentvine.com": portal(spa_shell(f"{co} | Resident Portal"), "/portals/resident"),
    },
)

# shape: Squarespace external header nav item written with http:// (not https) to the Buildium portal; the evidence URL
# is the https form.
co = "Ocotillo Barrow Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "ocotillobarrowrentals.com",
    f"https://ocotillobarrow.managebuilding.com{BD}",
    "high",
    {
        "ocotillobarrowrentals.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav(f"http://ocotillobarrow.managebuilding.com{BD}", "Resident Center", True),
                "<p>Rentals in Hyde Park, Mueller and Windsor Park.</p>",
                atx(5),
            )
        },
        "ocotillobarrow.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Squarespace code block: a "javascript:void(0)" anchor whose onclick opens the Buildium portal.
co = "Slickrock Wicket Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "slickrockwicket.com",
    None,
    "high",
    {
        "slickrockwicket.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav("/contact", "Contact"),
                "<div class='sqs-block code-block sqs-block-code'><div class='sqs-block-content'><a href='javascript:void(0)' "
                f"class='sqs-button-element--secondary' onclick=\"window.open('https://slickrockwicket.managebuilding.com{BD}', "
                "'_blank')\">Tenant Login</a></div></div>",
                atx(6),
            )
        },
        "slickrockwicket.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Squarespace site with no portal link anywhere (a contact form only); the agent's evidence URL is the company's live
# AppFolio portal, whose heading names it: portal_live, medium.
co = "Arroyo Thimble Homes"
add(
    "live_portal",
    "AppFolio",
    co,
    "arroyothimble.com",
    "https://arroyothimble.appfolio.com/connect",
    "medium",
    {
        "arroyothimble.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav("/contact", "Contact"),
                "<div class='sqs-block form-block'><form><input name='fname'><input name='email'>"
                "<button>Send</button></form></div>",
                atx(7),
            )
        },
        "arroyothimble.appfolio.com": portal(af(co), AF),
    },
)

# shape: Squarespace homepage links no portal (menu: About, Services, Contact); only the /contact page has "current
# residents can log in here". Judgement: the contract's crawl reads the homepage, portal-looking own links and /residents,
# /tenants, /owners, /pay-rent, /portal, not /contact, so leadflow sees the live portal unlinked: medium (a person clicking
# through would say the site links it; see the report).
co = "Burrowfield Kestrel Realty"
add(
    "live_portal",
    "Buildium",
    co,
    "burrowfieldkestrel.com",
    f"https://burrowfieldkestrel.managebuilding.com{BD}",
    "medium",
    {
        "burrowfieldkestrel.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav("/services", "Services") + sqs_nav("/contact", "Contact"),
                "<p>Leasing, rent collection and maintenance coordination.</p>",
                atx(8),
            ),
            "/contact": sqs(
                co,
                sqs_nav("/about", "About"),
                "<h2>Contact Us</h2><p>Office hours Monday to Friday, 9 to 5. Current residents can log in "
                f"<a href='https://burrowfieldkestrel.managebuilding.com{BD}'>here</a>.</p>",
                atx(8),
            ),
        },
        "burrowfieldkestrel.managebuilding.com": portal(bd(co), BD),
    },
)

# --- GoDaddy Websites + Marketing -------------------------------------------------------------

# shape: GoDaddy header CTA button (data-ux="Button" data-aid="HEADER_CTA_BTN") to AppFolio; "Powered by GoDaddy" footer.
co = "Pebblecrest Falcon Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "pebblecrestfalcon.com",
    "https://pebblecrestfalcon.appfolio.com/connect",
    "high",
    {
        "pebblecrestfalcon.com": {
            "/": gd(
                co,
                gd_nav("/", "Home") + gd_nav("/about-us", "About Us"),
                gd_btn("https://pebblecrestfalcon.appfolio.com/connect", "Resident Portal"),
                atx(9),
            )
        },
        "pebblecrestfalcon.appfolio.com": portal(af(co), AF),
    },
)

# shape: GoDaddy "Coming Soon" page that is not bare: the company's name, its Austin office and a "Pay Rent / Resident
# Login" button to its Buildium portal. Judgement: not a bare coming-soon page (it shows the company and its portal).
co = "Redbud Stirrup Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "redbudstirrup.com",
    None,
    "high",
    {
        "redbudstirrup.com": {
            "/": gd(
                co,
                "",
                "<h2 data-ux='HeadingMiddle' data-aid='COMING_SOON_TITLE'>Coming Soon</h2><p data-ux='Text'>Our new website "
                "is on its way. Current residents can still pay rent online:</p>"
                + gd_btn(f"https://redbudstirrup.managebuilding.com{BD}", "Pay Rent / Resident Login"),
                atx(10),
            )
        },
        "redbudstirrup.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: GoDaddy nav link with an UPPER-CASE scheme and host (HTTPS://SABLEWOODTERN.APPFOLIO.COM/connect); host names are
# case-insensitive; the evidence URL is written in lower case.
co = "Sablewood Tern Realty Group"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "sablewoodtern.com",
    "https://sablewoodtern.appfolio.com/connect",
    "high",
    {
        "sablewoodtern.com": {
            "/": gd(
                co,
                gd_nav("/", "Home") + gd_nav("HTTPS://SABLEWOODTERN.APPFOLIO.COM/connect", "TENANT LOGIN"),
                "<p data-ux='Text'>Austin homes for rent, managed locally.</p>",
                atx(11),
            )
        },
        "sablewoodtern.appfolio.com": portal(af(co), AF),
    },
)

# --- Duda --------------------------------------------------------------------------------------

# shape: Duda button (dmButtonLink, data-element-type="dButtonLinkId") to a Propertyware account sub-domain.
co = "Mossgate Ember Property Services"
add(
    "site_links_portal",
    "Propertyware",
    co,
    "mossgateember.com",
    "https://mossgateember.propertyware.com/",
    "high",
    {
        "mossgateember.com": {"/": duda(co, duda_btn("https://mossgateember.propertyware.com/", "Tenant Login"), atx(12))},
        "mossgateember.propertyware.com": portal(VENDOR_LOGIN["Propertyware"](co)),
    },
)

# shape: Duda page embedding the Rentvine public listings of the account in an iframe (the account named in the src).
co = "Chalkbluff Sparrow Leasing"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "chalkbluffsparrow.com",
    None,
    "high",
    {
        "chalkbluffsparrow.com": {
            "/": duda(
                co,
                "<div class='dmRespRow'><h3>Available Homes</h3>"
                "<iframe src='https://chalkbluffsparrow.rentvine.com/public/listings' "
                "width='100%' height='1200' frameborder='0'></iframe></div>",
                atx(13),
            )
        },
        "chalkbluffsparrow.rentvine.com": portal(spa_shell(f"{co} - Available Rentals"), "/public/listings"),
    },
)

# shape: Duda button to a bit.ly short link that 301s to the company's AppFolio portal. Judgement: a person clicking "Pay Rent"
# lands on the company's live portal, so the site links it (the contract does not mention shorteners; see the report).
co = "Windlass Prairie Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "windlassprairiepm.com",
    None,
    "high",
    {
        "windlassprairiepm.com": {"/": duda(co, duda_btn("https://bit.ly/3xWnPrt", "Pay Rent"), atx(14))},
        "bit.ly": {"/3xWnPrt": redirect("https://windlassprairie.appfolio.com/connect", 301)},
        "windlassprairie.appfolio.com": portal(af(co), AF),
    },
)

# --- Webflow -----------------------------------------------------------------------------------

# shape: Webflow nav button (w-button) to a Rent Manager rmresident.com account.
co = "Quarry Lark Residential"
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "quarrylarkresidential.com",
    "https://quarrylark.rmresident.com/",
    "high",
    {
        "quarrylarkresidential.com": {
            "/": wf(
                co, wf_btn("https://quarrylark.rmresident.com/", "Resident Login"), "<p>Apartments and townhomes.</p>", atx(15)
            )
        },
        "quarrylark.rmresident.com": portal(VENDOR_LOGIN["Rent Manager"](co)),
    },
)

# shape: Webflow form block (w-form) on the homepage posting e-mail and password to the AppFolio sign-in of the account.
co = "Granary Bluet Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "granarybluet.com",
    None,
    "high",
    {
        "granarybluet.com": {
            "/": wf(
                co,
                "",
                "<div class='w-form'><h3>Resident Login</h3>"
                "<form action='https://granarybluet.appfolio.com/connect/users/sign_in' "
                "method='post' class='login-form'><input type='email' name='user[email]' class='w-input'>"
                "<input type='password' name='user[password]' class='w-input'><input type='submit' value='Sign In' "
                "class='w-button'></form></div>",
                atx(16),
            )
        },
        "granarybluet.appfolio.com": portal(af(co), AF, "/connect/users/sign_in"),
    },
)

# --- WordPress: Elementor, Divi, Astra ---------------------------------------------------------

# shape: Elementor button (elementor-button-link) to the Buildium portal with a tracking parameter (?utm_source=website).
co = "Bramble Cistern Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "bramblecisternpm.com",
    f"https://bramblecistern.managebuilding.com{BD}",
    "high",
    {
        "bramblecisternpm.com": {
            "/": el(
                co,
                el_item("/owners/", "Owners"),
                el_btn(f"https://bramblecistern.managebuilding.com{BD}?utm_source=website", "Pay Rent Online"),
                atx(17),
            )
        },
        "bramblecistern.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Elementor Pro popup: the menu's "Resident Login" opens a popup (#elementor-action...popup:open); the popup template,
# rendered at the end of the page, holds the only link, a button to AppFolio.
co = "Tallowtree Signal Realty"
popup = (
    "<div data-elementor-type='popup' data-elementor-id='512' class='elementor elementor-512 elementor-location-popup'>"
    "<div class='elementor-widget-container'><h3>Resident &amp; Owner Login</h3></div>"
    + el_btn("https://tallowtreesignal.appfolio.com/connect", "Resident Login")
    + el_btn("https://tallowtreesignal.appfolio.com/oportal/users/log_in", "Owner Login")
    + "</div>"
)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "tallowtreesignal.com",
    None,
    "high",
    {
        "tallowtreesignal.com": {
            "/": el(
                co,
                el_item("#elementor-action%3Aaction%3Dpopup%3Aopen%26settings%3DeyJpZCI6IjUxMiIsInRvZ2dsZSI6ZmFsc2V9", "Login"),
                "<p>Property management in Austin, Round Rock and Georgetown.</p>",
                atx(18),
                after=popup,
            )
        },
        "tallowtreesignal.appfolio.com": portal(af(co), AF, "/oportal/users/log_in"),
    },
)

# shape: Elementor mega menu: "Residents" (href="#") opens a sub-menu whose "Pay Rent" item links the DoorLoop tenant portal
# (single-page app shell whose title names the company).
co = "Gristmill Plover Homes"
mega = (
    "<li class='menu-item menu-item-has-children'><a href='#' class='elementor-item elementor-item-anchor'>Residents</a>"
    "<ul class='sub-menu elementor-nav-menu--dropdown'><li class='menu-item'><a href='https://gristmillplover.app.doorloop.com/' "
    "class='elementor-sub-item'>Pay Rent</a></li><li class='menu-item'><a href='/maintenance/' class='elementor-sub-item'>"
    "Maintenance Request</a></li></ul></li>"
)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "gristmillplover.com",
    "https://gristmillplover.app.doorloop.com/",
    "high",
    {
        "gristmillplover.com": {"/": el(co, mega, "<p>Single-family rentals in Travis County.</p>", atx(19))},
        "gristmillplover.app.doorloop.com": portal(spa_shell(f"{co} | Tenant Portal")),
    },
)

# shape: Elementor menu link to AppFolio whose query is written with HTML entities (&amp;) and tracking parameters.
co = "Larkspur Anvil Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "larkspuranvilpm.com",
    None,
    "high",
    {
        "larkspuranvilpm.com": {
            "/": el(
                co,
                el_item(
                    "https://larkspuranvil.appfolio.com/connect/users/sign_in?utm_source=website&amp;utm_medium=nav"
                    "&amp;utm_campaign=resident_login",
                    "Resident Login",
                ),
                "<p>Managing rental homes across Austin since 2008.</p>",
                atx(20),
            )
        },
        "larkspuranvil.appfolio.com": portal(af(co), AF, "/connect/users/sign_in"),
    },
)

# shape: Divi button (et_pb_button) to a Rentvine resident portal; the Divi "Designed by Elegant Themes | Powered by
# WordPress" footer.
co = "Cobaltcreek Drover Management"
add(
    "site_links_portal",
    "Rentvine",
    co,
    "cobaltcreekdrover.com",
    None,
    "high",
    {
        "cobaltcreekdrover.com": {
            "/": divi(
                co,
                divi_item(22, "/owners/", "Owners"),
                divi_btn("https://cobaltcreekdrover.rentvine.com/portals/resident", "Tenant Portal"),
                atx(21),
            )
        },
        "cobaltcreekdrover.rentvine.com": portal(spa_shell(f"{co} | Resident Portal"), "/portals/resident"),
    },
)

# shape: Divi menu "Resident Login" to a Buildium account titled with an owner's holding company the site never names;
# the contract: a menu link whose surroundings name no one else is the site's own (an owner's or a legal entity's name).
co = "Thistledown Caliper Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "thistledowncaliper.com",
    None,
    "high",
    {
        "thistledowncaliper.com": {
            "/": divi(
                co,
                divi_item(23, f"https://renwickholdings.managebuilding.com{BD}", "Resident Login"),
                "<p>Duplexes and fourplexes in East Austin.</p>",
                atx(22),
            )
        },
        "renwickholdings.managebuilding.com": portal(bd("Renwick Family Holdings LLC"), BD),
    },
)

# shape: Divi menu "Pay Rent" to an on-site /pay-rent path that answers 301 to the Buildium portal (a redirect plugin).
co = "Cattail Ledger Homes"
add(
    "site_links_portal",
    "Buildium",
    co,
    "cattailledgerhomes.com",
    None,
    "high",
    {
        "cattailledgerhomes.com": {
            "/": divi(co, divi_item(24, "/pay-rent/", "Pay Rent"), "<p>Leasing and management.</p>", atx(23)),
            "/pay-rent/": redirect(f"https://cattailledger.managebuilding.com{BD}", 301),
            "/pay-rent": redirect(f"https://cattailledger.managebuilding.com{BD}", 301),
        },
        "cattailledger.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Astra theme header button with a protocol-relative href (//account.managebuilding.com/...).
co = "Flintmoor Caddo Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "flintmoorcaddo.com",
    None,
    "high",
    {
        "flintmoorcaddo.com": {
            "/": astra(
                co,
                ast_item("/about/", "About") + ast_item("/owners/", "Owners"),
                f"<a href='//flintmoorcaddo.managebuilding.com{BD}' class='ast-custom-button-link' target='_self'>"
                "<div class='ast-custom-button'>Resident Login</div></a>",
                atx(24),
            )
        },
        "flintmoorcaddo.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Astra menu "Tenant Portal" to /go/portal, a Pretty Links style on-site path answering 302 to AppFolio.
co = "Ironweed Marlin Property Co."
add(
    "site_links_portal",
    "AppFolio",
    co,
    "ironweedmarlin.com",
    None,
    "high",
    {
        "ironweedmarlin.com": {
            "/": astra(co, ast_item("/about/", "About") + ast_item("/go/portal", "Tenant Portal"), "", atx(25)),
            "/go/portal": redirect("https://ironweedmarlin.appfolio.com/connect", 302),
        },
        "ironweedmarlin.appfolio.com": portal(af(co), AF),
    },
)

# --- Weebly --------------------------------------------------------------------------------------

# shape: Weebly button (wsite-button) to the company's Rentec Direct account sub-domain.
co = "Hackberry Sorrel Leasing"
add(
    "site_links_portal",
    "Rentec Direct",
    co,
    "hackberrysorrel.com",
    "https://hackberrysorrel.rentecdirect.com/",
    "high",
    {
        "hackberrysorrel.com": {
            "/": weebly(co, weebly_btn("https://hackberrysorrel.rentecdirect.com/", "Pay Rent Online"), atx(26))
        },
        "hackberrysorrel.rentecdirect.com": portal(VENDOR_LOGIN["Rentec Direct"](co)),
    },
)

# --- vendor-built and agency-built sites ------------------------------------------------------

# shape: a website AppFolio built ("Powered by AppFolio" footer); header "Resident Login" to the account's /connect. The
# agent gave AppFolio's marketing page for its website product as the evidence URL: no evidence itself, but the site
# proves the PMS.
co = "Dewberry Canter Property Management"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "dewberrycanter.com",
    "https://www.appfolio.com/websites",
    "high",
    {
        "dewberrycanter.com": {
            "/": vendor_built(
                co,
                "<a class='btn btn--login' href='https://dewberrycanter.appfolio.com/connect'>Resident Login</a>"
                "<a class='btn btn--login' href='https://dewberrycanter.appfolio.com/oportal/users/log_in'>Owner Login</a>",
                "",
                atx(27),
                "Powered by <a href='https://www.appfolio.com/' target='_blank' rel='noopener'>AppFolio</a>",
            )
        },
        "dewberrycanter.appfolio.com": portal(af(co), AF, "/oportal/users/log_in"),
        "www.appfolio.com": {
            "/websites": page(
                "<h1>Websites for property managers</h1><p>Listings, online applications and portals on one site.</p>",
                title="Property Management Websites | AppFolio",
            )
        },
    },
)

# shape: a website Buildium built ("Website powered by Buildium" credit) whose nav links the account's Resident Center.
co = "Shoalwater Grebe Rentals"
add(
    "site_links_portal",
    "Buildium",
    co,
    "shoalwatergrebe.com",
    f"https://shoalwatergrebe.managebuilding.com{BD}",
    "high",
    {
        "shoalwatergrebe.com": {
            "/": vendor_built(
                co,
                f"<a href='https://shoalwatergrebe.managebuilding.com{BD}'>Resident Center</a>",
                "",
                atx(28),
                "Website powered by <a href='https://www.buildium.com/' rel='noopener'>Buildium</a>",
            )
        },
        "shoalwatergrebe.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: an agency-built site whose template credit still says "Website powered by Buildium" (linking www.buildium.com),
# but whose Resident Login is an AppFolio account; PMS asked: AppFolio. A footer credit is not an account portal, and a
# vendor-wide link is not another PMS's portal: the site links a live AppFolio account, high.
co = "Corkscrew Heron Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "corkscrewheron.com",
    "https://corkscrewheron.appfolio.com/connect",
    "high",
    {
        "corkscrewheron.com": {
            "/": vendor_built(
                co,
                "<a href='https://corkscrewheron.appfolio.com/connect' target='_blank' rel='noopener noreferrer'>"
                "Resident Login</a>",
                "",
                atx(29),
                "Website by <a href='https://tillerbaydigital.example/'>Tillerbay Digital</a> &middot; Website powered by "
                "<a href='https://www.buildium.com/?utm_source=customer-website'>Buildium</a>",
            )
        },
        "corkscrewheron.appfolio.com": portal(af(co), AF),
    },
)

# shape: an agency-built site with "Powered by Buildium" in its footer and no portal link at all; the agent's evidence is
# the company's live Buildium Resident Center (naming it). The footer proves nothing; the unlinked live portal: medium.
co = "Blackjack Oriole Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "blackjackoriole.com",
    f"https://blackjackoriole.managebuilding.com{BD}",
    "medium",
    {
        "blackjackoriole.com": {
            "/": vendor_built(
                co,
                "<a href='/contact'>Contact</a>",
                "<p>Call our leasing team at (512) 555-0170.</p>",
                atx(30),
                "Website by Sweetgum Web Studio &middot; Powered by Buildium",
            )
        },
        "blackjackoriole.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: the AppFolio listings widget pasted into a site: a script from the account's host plus an inline call naming the
# account (hostUrl); no anchor, iframe or form names it. The evidence URL is the account's live listings page (naming the
# company). Judgement: the contract never reads scripts as links, so the portal is unlinked: medium (see the report).
co = "Sotol Brindle Property Management"
widget = (
    "<section id='rentals'><h2>Available Rentals</h2><script type='text/javascript' "
    "src='https://sotolbrindle.appfolio.com/javascripts/listing.js'></script><script>Appfolio.Listing({hostUrl: "
    "'sotolbrindle.appfolio.com', themeColor: '#2b4c7e', height: '500px', width: '100%', defaultOrder: 'date_posted'});"
    "</script></section>"
)
add(
    "live_portal",
    "AppFolio",
    co,
    "sotolbrindle.com",
    "https://sotolbrindle.appfolio.com/listings",
    "medium",
    {
        "sotolbrindle.com": {"/": el(co, el_item("/owners/", "Owners"), widget, atx(31))},
        "sotolbrindle.appfolio.com": {
            "/": listings_page(co),
            "/listings": listings_page(co),
            "/javascripts/listing.js": raw(200, "var Appfolio=window.Appfolio||{};", content_type="application/javascript"),
        },
    },
)


# ==================================================================== rejections and traps ======

# --- builders' "no site here" pages, parked and missing domains -----------------------------------

# shape: Wix page for a domain that is not connected to a site (200); the agent's evidence is a live Buildium portal.
# A site builder's unconnected site: dead_domain.
co = "Flagstone Mimosa Property Management"
add(
    "dead_domain",
    "Buildium",
    co,
    "flagstonemimosa.com",
    f"https://flagstonemimosa.managebuilding.com{BD}",
    "dead_domain",
    {
        "flagstonemimosa.com": {
            "/": doc(
                "Wix.com - Domain not connected",
                WIX_HEAD,
                "<div class='container'><h1>This domain isn't connected to a website yet.</h1><p>If you own this domain, "
                "connect it to your Wix site from your dashboard.</p><a href='https://www.wix.com/'>Create your website with "
                "Wix</a></div>",
            )
        },
        "flagstonemimosa.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: Squarespace "this site is no longer available" page (a lapsed subscription); evidence: a live AppFolio portal.
co = "Hollowpine Bastion Realty"
add(
    "dead_domain",
    "AppFolio",
    co,
    "hollowpinebastion.com",
    "https://hollowpinebastion.appfolio.com/connect",
    "dead_domain",
    {
        "hollowpinebastion.com": {
            "/": doc(
                "Site Unavailable",
                SQS_HEAD,
                "<main class='expired'><h1>This site is no longer available.</h1><p>The subscription for this website has "
                "ended. If this is your site, log in to Squarespace to renew it.</p></main>",
            )
        },
        "hollowpinebastion.appfolio.com": portal(af(co), AF),
    },
)

# shape: GoDaddy "Launching Soon" page and nothing else (no name, no address, no link but GoDaddy's); evidence: a live
# Rentvine portal. A bare coming-soon page: dead_domain.
co = "Quartzmill Egret Rentals"
add(
    "dead_domain",
    "Rentvine",
    co,
    "quartzmillegret.com",
    "https://quartzmillegret.rentvine.com/portals/resident",
    "dead_domain",
    {
        "quartzmillegret.com": {
            "/": doc(
                "Launching Soon",
                GD_HEAD,
                "<div data-ux='Page'><div data-ux='Container'><h1 data-ux='HeadingMajor' data-aid='COMING_SOON_TITLE'>"
                f"Launching Soon</h1><p data-ux='Text'>Stay tuned.</p></div><div data-ux='Footer'>{GD_POWERED}</div></div>",
            )
        },
        "quartzmillegret.rentvine.com": portal(spa_shell(f"{co} | Resident Portal"), "/portals/resident"),
    },
)

# shape: Webflow's 404 for a domain pointed at Webflow but not attached to any site; evidence: a live Buildium portal.
co = "Cinderbrook Lariat Homes"
add(
    "dead_domain",
    "Buildium",
    co,
    "cinderbrooklariat.com",
    f"https://cinderbrooklariat.managebuilding.com{BD}",
    "dead_domain",
    {
        "cinderbrooklariat.com": {
            "/": raw(
                404,
                "<!DOCTYPE html><html><head><title>Site not found</title></head><body><div class='utility-page-wrap'>"
                "<h2>Site not found</h2><p>This domain is not connected to a Webflow site.</p></div></body></html>",
            )
        },
        "cinderbrooklariat.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: an Elementor starter kit never filled in: "Your Company Name", lorem ipsum, "123 Street Name, City" (no state);
# evidence: a live Buildium portal. A theme's sample content: dead_domain.
co = "Crookedoak Sextant Realty"
add(
    "dead_domain",
    "Buildium",
    co,
    "crookedoaksextant.com",
    f"https://crookedoaksextant.managebuilding.com{BD}",
    "dead_domain",
    {
        "crookedoaksextant.com": {
            "/": el(
                "Your Company Name",
                el_item("/sample-page/", "Sample Page"),
                "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit. Ut elit tellus, luctus nec ullamcorper mattis.</p>"
                + el_btn("#", "Get Started", "_self"),
                "<p>123 Street Name, City &middot; (000) 000-0000 &middot; info@yourcompany.com</p>",
                title="Your Company Name &#8211; Just another WordPress site",
            )
        },
        "crookedoaksextant.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: the domain (and www.) does not resolve; evidence: a live Buildium portal. dead_domain.
co = "Hatchet Mallow Rentals"
add(
    "dead_domain",
    "Buildium",
    co,
    "hatchetmallow.com",
    f"https://hatchetmallow.managebuilding.com{BD}",
    "dead_domain",
    {"hatchetmallow.managebuilding.com": portal(bd(co), BD)},
    unresolvable=("hatchetmallow.com", "www.hatchetmallow.com"),
)

# shape: a parked page (Sedo script, "may be for sale", related links with parking parameters) whose keyword links mention
# AppFolio and tenant portals; evidence: a live AppFolio portal naming the company. Parked: dead_domain.
co = "Pinwheel Gatepost Property Management"
add(
    "parked",
    "AppFolio",
    co,
    "pinwheelgatepostpm.com",
    "https://pinwheelgatepost.appfolio.com/connect",
    "dead_domain",
    {
        "pinwheelgatepostpm.com": parked(
            "<div class='container'><h1>pinwheelgatepostpm.com</h1><p>This domain may be for sale!</p><h2>Related Searches</h2>"
            "<ul><li><a href='/?ses=Y3JlPTE3MTI&amp;utm_medium=parking&amp;query=AppFolio+Tenant+Portal'>AppFolio Tenant "
            "Portal</a></li><li><a href='/?ses=Y3JlPTE3MTI&amp;utm_medium=parking&amp;query=Property+Management+Software'>"
            "Property Management Software</a></li><li><a href='/?ses=Y3JlPTE3MTI&amp;utm_medium=parking&amp;query=Pay+Rent+"
            "Online'>Pay Rent Online</a></li></ul></div>",
            title="pinwheelgatepostpm.com",
            head="<script src='https://img.sedoparking.com/templates/brick_gfx/js/ads.js'></script>",
        ),
        "pinwheelgatepost.appfolio.com": portal(af(co), AF),
    },
)

# --- no portal of its own ------------------------------------------------------------------------

# shape: a Squarespace template's "Resident Login" left pointing at Buildium's shared sign-in (signin.managebuilding.com,
# vendor-wide, not served here); no evidence URL: no_pms_evidence.
co = "Sundial Creosote Property Management"
add(
    "vendor_wide",
    "Buildium",
    co,
    "sundialcreosote.com",
    None,
    "no_pms_evidence",
    {
        "sundialcreosote.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About")
                + sqs_nav("https://signin.managebuilding.com/manager/public/authentication/login", "Resident Login", True),
                "<p>Homes for lease in South Austin.</p>",
                atx(32),
            )
        }
    },
)

# shape: a Weebly site with a "Powered by AppFolio" badge image from AppFolio's CDN and no portal link; the agent gave the
# badge image as the evidence URL: a vendor asset, no_pms_evidence.
co = "Gravelbar Minnow Rentals"
badge = "https://images.cdn.appfolio.com/appfolio/images/powered-by-appfolio-badge.png"
add(
    "asset",
    "AppFolio",
    co,
    "gravelbarminnow.com",
    badge,
    "no_pms_evidence",
    {
        "gravelbarminnow.com": {
            "/": weebly(
                co,
                "<div class='paragraph'>Call (512) 555-0133 for showings.</div>",
                atx(33),
                foot=f"<div class='wsite-image'><img src='{badge}' alt='Powered by AppFolio' width='140'></div>",
            )
        },
        "images.cdn.appfolio.com": {
            "/appfolio/images/powered-by-appfolio-badge.png": raw(200, "PNG", content_type="image/png"),
        },
    },
)

# shape: a site AppFolio built ("Powered by AppFolio"), whose listings widget names no account and which links no portal;
# no evidence URL. A vendor footer is not an account portal: no_pms_evidence.
co = "Sprucetop Wagoner Property Management"
add(
    "no_portal",
    "AppFolio",
    co,
    "sprucetopwagoner.com",
    None,
    "no_pms_evidence",
    {
        "sprucetopwagoner.com": {
            "/": vendor_built(
                co,
                "<a href='/contact'>Contact</a>",
                "<div class='js-listings-widget' data-widget='listings' data-layout='grid'></div>",
                atx(34),
                "Powered by <a href='https://www.appfolio.com/' target='_blank' rel='noopener'>AppFolio</a>",
            )
        }
    },
)

# shape: an ordinary Wix site with no portal anywhere (About, Services, Contact form); no evidence URL: no_pms_evidence.
co = "Brushcreek Pallet Property Management"
add(
    "no_portal",
    "Buildium",
    co,
    "brushcreekpallet.com",
    None,
    "no_pms_evidence",
    {
        "brushcreekpallet.com": {
            "/": wix(
                co,
                wix_item("https://brushcreekpallet.com/", "Home") + wix_item("https://brushcreekpallet.com/services", "Services"),
                "<p class='font_8'>Tenant placement and full management. Contact us for a free rental analysis.</p>",
                atx(35),
            )
        }
    },
)

# shape: a Webflow "Partners we trust" list linking a partner leasing company's AppFolio portal, named beside the link as
# that partner; nothing else. A portal the site merely mentions (a partner's) is not its own: no_pms_evidence.
co = "Haybale Mercury Property Management"
add(
    "no_portal",
    "AppFolio",
    co,
    "haybalemercury.com",
    None,
    "no_pms_evidence",
    {
        "haybalemercury.com": {
            "/": wf(
                co,
                "",
                "<section class='partners'><h2>Partners we trust</h2><ul><li>Sandhill Loft Leasing, our apartment-locating "
                "partner: <a href='https://sandhillloft.appfolio.com/connect'>their resident portal</a></li><li>Travis County "
                "Home Inspections</li></ul></section>",
                atx(36),
            )
        },
        "sandhillloft.appfolio.com": portal(af("Sandhill Loft Leasing"), AF),
    },
)

# --- portals that are not the candidate's, dead, inactive or demo ---------------------------------

# shape: a Squarespace template whose "Resident Login" still points at a vendor demo account ("Demo Property Management",
# "this is a demo account"); the agent gave that URL as the evidence. A demo account is never the candidate's:
# evidence_unverified.
co = "Wagonbed Sedge Realty"
add(
    "stale_portal",
    "AppFolio",
    co,
    "wagonbedsedge.com",
    "https://sqstemplatedemo.appfolio.com/connect",
    "evidence_unverified",
    {
        "wagonbedsedge.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav("https://sqstemplatedemo.appfolio.com/connect", "Resident Login", True),
                "<p>Residential leasing in North Austin.</p>",
                atx(37),
            )
        },
        "sqstemplatedemo.appfolio.com": portal(
            _login(
                "Online Portal - Sign In",
                "Demo Property Management",
                user="user[email]",
                footer="Powered by AppFolio Property Manager",
                extra="<div class='notice'>This is a demo account. All properties, residents and payments shown are sample "
                "data for demonstration purposes only.</div>",
            ),
            AF,
        ),
    },
)

# shape: a Divi button to the company's AppFolio portal, which says above its login form that the portal is no longer
# active; no evidence URL. A site linking a dead account: evidence_unverified.
co = "Mallowbend Quire Realty"
add(
    "stale_portal",
    "AppFolio",
    co,
    "mallowbendquire.com",
    None,
    "evidence_unverified",
    {
        "mallowbendquire.com": {
            "/": divi(
                co,
                divi_item(25, "/owners/", "Owners"),
                divi_btn("https://mallowbendquire.appfolio.com/connect", "Resident Portal"),
                atx(38),
            )
        },
        "mallowbendquire.appfolio.com": portal(inactive_af(co), AF),
    },
)

# shape: a Wix menu link to a Buildium account that answers 404 "could not be found"; the agent gave it as the evidence.
co = "Duskfield Harrow Property Management"
add(
    "no_account",
    "Buildium",
    co,
    "duskfieldharrow.com",
    f"https://duskfieldharrow.managebuilding.com{BD}",
    "evidence_unverified",
    {
        "duskfieldharrow.com": {
            "/": wix(
                co,
                wix_item("https://duskfieldharrow.com/", "Home")
                + wix_item(f"https://duskfieldharrow.managebuilding.com{BD}", "Tenant Login", "_blank"),
                "<p class='font_8'>Rentals in Cedar Park and Leander.</p>",
                atx(39),
            )
        },
        "duskfieldharrow.managebuilding.com": {"/": BD_404, BD: BD_404},
    },
)

# shape: an Elementor section saying the company's leasing-program homes are managed by its partner, Caprock Meridian
# Management, with a button to that company's Buildium portal (titled with its name); the agent gave that portal as the
# evidence. Another company's portal, named so beside the link: evidence_unverified.
co = "Ravenglass Pintail Realty"
add(
    "site_links_portal",
    "Buildium",
    co,
    "ravenglasspintail.com",
    f"https://caprockmeridian.managebuilding.com{BD}",
    "evidence_unverified",
    {
        "ravenglasspintail.com": {
            "/": el(
                co,
                el_item("/buy/", "Buy a Home"),
                "<div class='elementor-widget-text-editor'><p>Homes in our leasing program are managed by our partner, Caprock "
                "Meridian Management. Residents pay rent and request repairs through their portal:</p></div>"
                + el_btn(f"https://caprockmeridian.managebuilding.com{BD}", "Caprock Meridian Resident Portal"),
                atx(40),
            )
        },
        "caprockmeridian.managebuilding.com": portal(bd("Caprock Meridian Management"), BD),
    },
)

# shape: a GoDaddy site linking no portal; the agent's evidence is a live Buildium portal of a differently named company
# the site never mentions. evidence_unverified.
co = "Tumblerock Spur Property Management"
add(
    "live_portal",
    "Buildium",
    co,
    "tumblerockspur.com",
    f"https://brightwaterlodge.managebuilding.com{BD}",
    "evidence_unverified",
    {
        "tumblerockspur.com": {
            "/": gd(
                co, gd_nav("/", "Home") + gd_nav("/contact-us", "Contact Us"), "<p data-ux='Text'>Let us manage it.</p>", atx(41)
            )
        },
        "brightwaterlodge.managebuilding.com": portal(bd("Brightwater Lodge Homes"), BD),
    },
)

# --- another PMS --------------------------------------------------------------------------------

# shape: the mirror of the Corkscrew Heron lead: an agency site crediting "Website powered by Buildium" whose Resident
# Login is a live AppFolio account; PMS asked: Buildium, no evidence URL. The site links another PMS: pms_mismatch.
co = "Fernhollow Spindle Property Management"
add(
    "other_pms",
    "Buildium",
    co,
    "fernhollowspindle.com",
    None,
    "pms_mismatch",
    {
        "fernhollowspindle.com": {
            "/": vendor_built(
                co,
                "<a href='https://fernhollowspindle.appfolio.com/connect'>Resident Login</a>",
                "",
                atx(42),
                "Website powered by <a href='https://www.buildium.com/?utm_source=customer-website'>Buildium</a>",
            )
        },
        "fernhollowspindle.appfolio.com": portal(af(co), AF),
    },
)

# shape: a "Powered by AppFolio" footer on a site whose Resident Login is a live Buildium account; PMS asked: AppFolio.
co = "Cloudberry Saddler Homes"
add(
    "other_pms",
    "AppFolio",
    co,
    "cloudberrysaddler.com",
    None,
    "pms_mismatch",
    {
        "cloudberrysaddler.com": {
            "/": vendor_built(
                co,
                f"<a href='https://cloudberrysaddler.managebuilding.com{BD}'>Resident Login</a>",
                "",
                atx(43),
                "Powered by <a href='https://www.appfolio.com/' target='_blank' rel='noopener'>AppFolio</a>",
            )
        },
        "cloudberrysaddler.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: a site AppFolio built, linking its live AppFolio account; the agent asked Buildium and gave a Buildium account
# that answers 404. The evidence and the site show AppFolio: pms_mismatch (before evidence_unverified in the order).
co = "Marrowstone Gable Homes"
add(
    "other_pms",
    "Buildium",
    co,
    "marrowstonegable.com",
    f"https://marrowstonegable.managebuilding.com{BD}",
    "pms_mismatch",
    {
        "marrowstonegable.com": {
            "/": vendor_built(
                co,
                "<a href='https://marrowstonegable.appfolio.com/connect'>Resident Login</a>",
                "",
                atx(44),
                "Powered by <a href='https://www.appfolio.com/' target='_blank' rel='noopener'>AppFolio</a>",
            )
        },
        "marrowstonegable.appfolio.com": portal(af(co), AF),
        "marrowstonegable.managebuilding.com": {"/": BD_404, BD: BD_404},
    },
)

# shape: a Weebly button to the company's Buildium Resident Center, which says above its login form "We have moved!" and
# links the new AppFolio portal; PMS asked: Buildium. A portal sending residents to another PMS: pms_mismatch.
co = "Aldercrest Yarrow Property Management"
add(
    "other_pms",
    "Buildium",
    co,
    "aldercrestyarrow.com",
    f"https://aldercrestyarrow.managebuilding.com{BD}",
    "pms_mismatch",
    {
        "aldercrestyarrow.com": {
            "/": weebly(co, weebly_btn(f"https://aldercrestyarrow.managebuilding.com{BD}", "Resident Login"), atx(45))
        },
        "aldercrestyarrow.managebuilding.com": portal(
            _login(
                f"{co} - Resident Center",
                f"{co} Resident Center",
                user="Email",
                footer="Powered by Buildium",
                extra="<div class='banner'>We have moved! Residents, please use our new AppFolio portal at "
                "<a href='https://aldercrestyarrow.appfolio.com/connect'>aldercrestyarrow.appfolio.com</a> to pay rent.</div>",
            ),
            BD,
        ),
        "aldercrestyarrow.appfolio.com": portal(af(co), AF),
    },
)

# shape: a Webflow site with two buttons, "Pay Rent" to a Buildium account that answers 404 and "Resident Portal" to a live
# AppFolio account; PMS asked: Buildium with the dead account as evidence. It moved: pms_mismatch.
co = "Sagebrook Tamarind Rentals"
add(
    "other_pms",
    "Buildium",
    co,
    "sagebrooktamarind.com",
    f"https://sagebrooktamarind.managebuilding.com{BD}",
    "pms_mismatch",
    {
        "sagebrooktamarind.com": {
            "/": wf(
                co,
                wf_btn("https://sagebrooktamarind.appfolio.com/connect", "Resident Portal"),
                wf_btn(f"https://sagebrooktamarind.managebuilding.com{BD}", "Pay Rent"),
                atx(46),
            )
        },
        "sagebrooktamarind.managebuilding.com": {"/": BD_404, BD: BD_404},
        "sagebrooktamarind.appfolio.com": portal(af(co), AF),
    },
)

# --- out of state -------------------------------------------------------------------------------

# shape: a polished Squarespace site of a Tulsa, Oklahoma company linking its live Buildium portal; it never names Texas,
# TX or Austin. wrong_state.
co = "Redearth Canteen Property Management"
add(
    "site_links_portal",
    "Buildium",
    co,
    "redearthcanteen.com",
    f"https://redearthcanteen.managebuilding.com{BD}",
    "wrong_state",
    {
        "redearthcanteen.com": {
            "/": sqs(
                co,
                sqs_nav("/about", "About") + sqs_nav(f"https://redearthcanteen.managebuilding.com{BD}", "Resident Login", True),
                "<p>Serving Tulsa, Broken Arrow and Owasso.</p>",
                "<p class='address'>1 W 3rd St, Suite 900, Tulsa, OK 74103 &middot; (918) 555-0142</p>",
            )
        },
        "redearthcanteen.managebuilding.com": portal(bd(co), BD),
    },
)

# shape: an Elementor site of a Colorado Springs company linking its live AppFolio portal (also the evidence); no Texas.
co = "Aspenfold Trestle Realty"
add(
    "site_links_portal",
    "AppFolio",
    co,
    "aspenfoldtrestle.com",
    "https://aspenfoldtrestle.appfolio.com/connect",
    "wrong_state",
    {
        "aspenfoldtrestle.com": {
            "/": el(
                co,
                el_item("https://aspenfoldtrestle.appfolio.com/connect", "Resident Login"),
                "<p>Property management for Colorado Springs, Monument and Fountain.</p>",
                "<p>102 S Tejon St, Suite 1100, Colorado Springs, CO 80903 &middot; (719) 555-0118</p>",
            )
        },
        "aspenfoldtrestle.appfolio.com": portal(af(co), AF),
    },
)

# --- walls --------------------------------------------------------------------------------------

# shape: a Duda button to the company's Yardi securecafe resident login, which answers a Cloudflare challenge (also the
# evidence URL). Neither live nor dead: unverifiable.
co = "Mesa Thornwick Residential"
add(
    "bot_wall",
    "Yardi",
    co,
    "mesathornwick.com",
    "https://mesathornwick.securecafe.com/residentservices/mesathornwick/userlogin.aspx",
    "unverifiable",
    {
        "mesathornwick.com": {
            "/": duda(
                co,
                duda_btn("https://mesathornwick.securecafe.com/residentservices/mesathornwick/userlogin.aspx", "Resident Login"),
                atx(47),
            )
        },
        "mesathornwick.securecafe.com": everywhere(CF_CHALLENGE),
    },
)

# shape: a Weebly site with no portal link; the evidence is an Entrata residentportal.com login answering a bare 403.
co = "Bayou Cobble Residential"
add(
    "bot_wall",
    "Entrata",
    co,
    "bayoucobble.com",
    "https://bayoucobble.residentportal.com/resident_portal/?module=authentication&action=view_login",
    "unverifiable",
    {
        "bayoucobble.com": {"/": weebly(co, "<div class='paragraph'>Now leasing one- and two-bedroom homes.</div>", atx(48))},
        "bayoucobble.residentportal.com": everywhere(BARE_403),
    },
)


HOLDOUT18: list[Case] = collector.cases
