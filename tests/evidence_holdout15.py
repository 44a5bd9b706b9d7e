"""Fifteenth blind corpus: an ordinary night weighted toward the messy evidence and domains an agent really proposes.

About six in ten cases are real leads and four in ten rejections, a sixth of them tricky: instead of a clean portal
login URL the agent gives a vendor listings page (`<account>.appfolio.com/listings`, a single listing's detail page,
Buildium's `/Resident/public/rentals`), an online application (`/listings/rental_applications/new?listable_uid=...`,
Buildium's `/Resident/rental-application/new`), an owner portal (`/oportal/users/log_in`, Buildium's `/manager/`),
a URL with tracking parameters (`utm_source=chatgpt.com`), a fragment, capital letters, `http://` or a trailing dot,
a page of the vendor's marketing site, a Google redirect or search URL, a Yelp, BBB or Apartments.com page, a
listing photo on the vendor's CDN, or a page of the company's own site; and as the domain a Facebook, Yelp,
LinkedIn or Zillow page, the vendor portal itself, a name with no TLD, `www.` with a scheme, a path, a franchise
office's sub-domain (`austin.<brand>.com`), or an old domain redirecting to a new brand's site (a rebrand, "formerly")
or to an acquirer's ("has joined"). Real leads link their portal from the homepage, an iframe, a listings or
application link, or only an inner page (`/residents/`, `/tenant-resources/`); the controls are parked, missing and
404 domains, a Cloudflare wall on a Yardi portal and on a company site, other PMSs, a retired and a moved portal, a
guessed account, another company's listings page and an Oklahoma company. Labels were decided from
docs/live-checks.md and from what a careful person concludes from the pages as served, written without reading or
running the checks; `# ambiguous:` marks where the contract leaves room, with the careful answer. The shared_signin
class is left out: the vendors' shared sign-in hosts (`home.tenantcloud.com`, `secure.rentecdirect.com`) are served
by other corpora and would clash. Every page is our own short HTML reproducing the SHAPE of real pages (vendor host
names, paths, query parameters, titles); all company names, accounts and domains are made up.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, spa_shell
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

AUSTIN = "Austin, TX"

# --- company sites (our own HTML after common theme and builder shapes) ---------------------


def wp_home(
    co: str,
    *,
    menu: str = "",
    body: str = "",
    footer: str = "",
    addr: str = "2210 S Lamar Blvd, Suite 4, Austin, TX 78704",
    title: str | None = None,
) -> Reply:
    """A WordPress property-manager theme: a logo, a primary menu, a hero and a footer with the address."""
    html = (
        f"<header class='site-header'><a class='custom-logo-link' href='/'>{co}</a>"
        "<nav id='site-navigation' class='main-navigation'><ul id='primary-menu' class='menu'>"
        "<li class='menu-item'><a href='/'>Home</a></li>"
        "<li class='menu-item'><a href='/property-management/'>Property Management</a></li>"
        f"{menu}<li class='menu-item'><a href='/contact-us/'>Contact</a></li></ul></nav></header>"
        f"<main id='primary'><section class='hero'><h1>{co}</h1><p>Leasing, rent collection and maintenance for "
        f"homes and small apartment communities across Central Texas.</p></section>{body}</main>"
        f"<footer class='site-footer'><p>{co} &middot; {addr} &middot; (512) 555-0142</p>{footer}"
        f"<p class='copyright'>&copy; 2026 {co}. All rights reserved.</p></footer>"
    )
    return doc(title or f"{co} | Austin Property Management", "<meta name='generator' content='WordPress 6.5.3'>", html)


def builder_home(co: str, *, links: str = "", body: str = "", addr: str = "Austin, TX 78745") -> Reply:
    """A site-builder page (Squarespace/Wix shape): a header nav of blocks and a short footer."""
    html = (
        f"<div id='siteWrapper'><header class='header'><div class='header-title'><a href='/'>{co}</a></div>"
        f"<nav class='header-nav'><a href='/about'>About</a><a href='/owners'>Owners</a>{links}</nav></header>"
        f"<main><section class='page-section'><h2>Local, responsive property management</h2>{body}</section></main>"
        f"<footer class='sqs-footer'><p>{co}</p><p>{addr}</p></footer></div>"
    )
    return doc(co, "<meta property='og:site_name' content='" + co + "'>", html)


def plain_page(title: str, body: str) -> Reply:
    return doc(title, "", f"<main>{body}</main>")


def www_pair(domain: str, home: dict[str, Reply]) -> dict[str, dict[str, Reply]]:
    """The apex redirects to www, which serves the site."""
    return {domain: {"/": redirect(f"https://www.{domain}/", 301)}, f"www.{domain}": home}


CF_CHALLENGE = raw(
    403,
    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' content='noindex,nofollow'>"
    "</head><body><div class='main-wrapper' role='main'><div class='main-content'><h1>One moment while we "
    "check your connection.</h1><p>This page reloads by itself when the check is done.</p>"
    "<noscript>Enable JavaScript and cookies to continue</noscript></div></div>"
    "<script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f2a1c'></script></body></html>",
    {"cf-mitigated": "challenge", "Server": "cloudflare", "cf-ray": "8f2a1c3e5b7d-DFW"},
)


# --- vendor pages (our own HTML after the vendors' shapes) -----------------------------------


def af_connect(co: str) -> dict[str, Reply]:
    """AppFolio's resident portal: /connect redirects to the sign-in form, which shows the company's name."""
    return {"/connect": redirect("/connect/users/sign_in"), "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co)}


def af_listings(co: str, *, city: str = "Austin, TX 78745", notice: str = "") -> Reply:
    """An AppFolio account's public listings page: the company's name, listing cards, Apply Now links."""
    cards = "".join(
        f"<div class='listing-item result js-listing-item'><img class='listing-item__image' "
        f"src='https://images.cdn.appfolio.com/x/images/{uid}/medium.jpg' alt=''><h2 class='listing-item__title'>"
        f"<a href='/listings/detail/{uid}'>{street}</a></h2><span class='js-listing-address'>{street}, {city}</span>"
        f"<dl><div><dt>RENT</dt><dd>{rent}</dd></div><div><dt>Bed / Bath</dt><dd>{bb}</dd></div>"
        "<div><dt>Available</dt><dd>NOW</dd></div></dl>"
        f"<a class='btn js-listing-apply' href='/listings/rental_applications/new?listable_uid={uid}&amp;source=Website'>"
        "Apply Now</a></div>"
        for uid, street, rent, bb in (
            ("0b7d4e2a-91c3-4f6e-a8d5-3e2f1c9b7a60", "4411 Brushy Bend Dr", "$1,695", "3 bd / 2 ba"),
            ("6e1f0c8d-2b4a-4d97-b3e1-5a8c7f2d9e14", "908 W Mockingbird Ln, Unit B", "$1,150", "1 bd / 1 ba"),
        )
    )
    return page(
        f"<div class='portal-header'><span class='portal-header__name'>{co}</span></div>{notice}"
        f"<div id='result_container' class='listings js-listings-container'>{cards}</div>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        title=f"{co} - Listings",
    )


def af_detail(co: str, street: str, uid: str) -> Reply:
    return page(
        f"<div class='portal-header'><span class='portal-header__name'>{co}</span></div>"
        f"<section class='listing-detail'><h1 class='listing-detail__title'>{street}, {AUSTIN} 78723</h1>"
        "<p class='header__summary_rent'>$1,425 / month</p><p>2 bd / 1 ba &middot; 910 Sq. Ft. &middot; Available NOW</p>"
        f"<a class='btn' href='/listings/rental_applications/new?listable_uid={uid}&amp;source=Website'>Apply Now</a>"
        f"<a class='btn' href='/listings/showings/new?listable_uid={uid}'>Schedule Showing</a></section>"
        f"<aside class='contact-info'><h3>Contact Us</h3><p>{co}</p><p>(512) 555-0177</p></aside>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        title=f"{street}, {AUSTIN} 78723 | {co}",
    )


def af_application(co: str, street: str) -> Reply:
    return page(
        f"<div class='portal-header'><span class='portal-header__name'>{co}</span></div>"
        f"<h1>Rental Application</h1><p>You are applying for: <strong>{street}, {AUSTIN}</strong></p>"
        "<form id='new_rental_application' method='post' action='/listings/rental_applications'>"
        "<label>First Name</label><input name='rental_application[first_name]'>"
        "<label>Last Name</label><input name='rental_application[last_name]'>"
        "<label>Email</label><input name='rental_application[email]'><button type='submit'>Continue</button></form>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        title="Rental Application",
    )


def af_owner_login(co: str, *, extra: str = "", form: bool = True) -> Reply:
    login = (
        "<form id='new_user' method='post' action='/oportal/users/log_in'><label>Email</label>"
        "<input name='user[email]'><label>Password</label><input type='password' name='user[password]'>"
        "<input type='submit' value='Log In'></form><a href='/oportal/users/password/new'>Forgot password?</a>"
        if form
        else ""
    )
    return page(
        f"<header><h1>{co}</h1><h2>Owner Portal</h2></header><main>{extra}{login}</main>"
        "<footer>Powered by AppFolio Property Manager</footer>",
        title="Owner Portal - Log In",
    )


def bd_rentals(co: str, *, city: str = "Austin, TX 78741") -> Reply:
    """Buildium's public rentals page: the company's name in the header, featured-listing cards, a Sign in link."""
    cards = "".join(
        f"<a class='featured-listing' href='/Resident/public/rentals/{lid}' data-bedrooms='{beds}' data-rent='{rent}'>"
        f"<h3 class='featured-listing__title'>{title}</h3><p class='featured-listing__address'>{city}</p>"
        f"<p class='featured-listing__price'>${rent}</p></a>"
        for lid, beds, rent, title in (
            ("58213", "2", "1395.00", "1701 Elmira Rd - 112"),
            ("58240", "3", "1850.00", "62 Cenote Ct"),
        )
    )
    return page(
        f"<header class='public-header'><div class='public-header__company'>{co}</div><nav>"
        "<a href='/Resident/public/rentals'>Rentals</a><a href='/Resident/rental-application/new'>Apply</a>"
        f"<a href='/Resident/portal/login'>Sign in</a></nav></header><div id='rentals-container' class='rentals'>{cards}"
        "</div><footer>Powered by Buildium</footer>",
        title=f"Rentals | {co}",
    )


def bd_application(co: str) -> Reply:
    return page(
        f"<header class='public-header'><div class='public-header__company'>{co}</div></header>"
        "<main><h1>Rental application</h1><p>Apply online in about 15 minutes. Each adult applies separately.</p>"
        "<form method='post'><label>First name</label><input name='FirstName'><label>Last name</label>"
        "<input name='LastName'><label>Email</label><input name='Email'><button>Start application</button></form></main>"
        "<footer>Powered by Buildium</footer>",
        title=f"Rental application | {co}",
    )


def bd_portal(co: str) -> dict[str, Reply]:
    return {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)}


# --- the cases ------------------------------------------------------------------------------


def _easy_and_listings(c: Collector) -> None:
    # shape: a WordPress theme's "Residents > Resident Login" menu item to the Buildium Resident Center
    c.add(
        "site_links_portal",
        "Buildium",
        "Quillfeather Property Management",
        "quillfeatherpm.com",
        "https://quillfeatherpm.managebuilding.com/Resident/portal/login",
        "high",
        {
            "quillfeatherpm.com": {
                "/": wp_home(
                    "Quillfeather Property Management",
                    menu="<li class='menu-item menu-item-has-children'><a href='#'>Residents</a><ul class='sub-menu'>"
                    "<li><a href='https://quillfeatherpm.managebuilding.com/Resident/portal/login'>Resident Login</a></li>"
                    "<li><a href='/maintenance/'>Maintenance</a></li></ul></li>",
                )
            },
            "quillfeatherpm.managebuilding.com": bd_portal("Quillfeather Property Management"),
        },
    )
    # shape: AppFolio-built sites' "Pay Rent" button (connect/users/sign_in?a=cw&utm_source=apmsites_v3)
    c.add(
        "site_links_portal",
        "AppFolio",
        "Tanglewillow Residential",
        "tanglewillowres.com",
        "https://tanglewillowres.appfolio.com/connect",
        "high",
        {
            "tanglewillowres.com": {
                "/": wp_home(
                    "Tanglewillow Residential",
                    body="<div class='cta-row'><a class='btn btn-primary' href='https://tanglewillowres.appfolio.com/connect/"
                    "users/sign_in?a=cw&amp;utm_source=apmsites_v3'>Pay Rent</a><a class='btn' href='/vacancies'>"
                    "Find a Home</a></div>",
                )
            },
            "tanglewillowres.appfolio.com": af_connect("Tanglewillow Residential"),
        },
    )
    # shape: an "Available Homes" page that is only an iframe of the AppFolio listings (the site's one portal link)
    c.add(
        "site_links_portal",
        "AppFolio",
        "Marrowstone Homes",
        "marrowstonehomes.com",
        "https://marrowstonehomes.appfolio.com/listings",
        "high",
        {
            "marrowstonehomes.com": {
                "/": builder_home(
                    "Marrowstone Homes",
                    body="<h3>Available Homes</h3><iframe src='https://marrowstonehomes.appfolio.com/listings?"
                    "1718203344' width='100%' height='1200' frameborder='0'></iframe>",
                )
            },
            "marrowstonehomes.appfolio.com": {"/listings": af_listings("Marrowstone Homes")},
        },
    )
    # shape: a small manager's brochure site with a phone number only; the agent found its AppFolio listings page
    c.add(
        "live_portal",
        "AppFolio",
        "Pennywhistle Property Co.",
        "pennywhistleproperty.com",
        "https://pennywhistleprop.appfolio.com/listings",
        "medium",
        {
            "pennywhistleproperty.com": {
                "/": builder_home(
                    "Pennywhistle Property Co.",
                    body="<p>Call (512) 555-0199 for showings. Owners: ask about our flat-fee plans.</p>",
                    addr="Pflugerville, TX 78660",
                )
            },
            "pennywhistleprop.appfolio.com": {
                "/listings": af_listings("Pennywhistle Property Co.", city="Pflugerville, TX 78660")
            },
        },
    )
    # shape: a single AppFolio listing's detail URL; the site embeds the AppFolio listing.js widget (a script, not a link)
    # ambiguous: the widget shows the site uses this account, but the contract never reads scripts as links: medium
    c.add(
        "live_portal",
        "AppFolio",
        "Cobblefinch Rentals",
        "cobblefinchrentals.com",
        "https://cobblefinchrentals.appfolio.com/listings/detail/4c1e9a7b-2f6d-4b8e-9d21-7a5c3e0f8b12",
        "medium",
        {
            "cobblefinchrentals.com": {
                "/": wp_home("Cobblefinch Rentals", menu="<li class='menu-item'><a href='/vacancies/'>Vacancies</a></li>"),
                "/vacancies/": plain_page(
                    "Vacancies | Cobblefinch Rentals",
                    "<h1>Vacancies</h1><div id='appfolio-listings'></div>"
                    "<script src='https://cobblefinchrentals.appfolio.com/javascripts/listing.js'></script>"
                    "<script>Appfolio.Listing({hostUrl: 'cobblefinchrentals.appfolio.com', themeColor: '#5b7f3a'});</script>",
                ),
            },
            "cobblefinchrentals.appfolio.com": {
                "/listings/detail/4c1e9a7b-2f6d-4b8e-9d21-7a5c3e0f8b12": af_detail(
                    "Cobblefinch Rentals", "3307 Tamarack Trl", "4c1e9a7b-2f6d-4b8e-9d21-7a5c3e0f8b12"
                ),
                "/listings": af_listings("Cobblefinch Rentals"),
            },
        },
    )
    # shape: AppFolio's rental application URL (listable_uid, source=Website) beside a resident-portal menu link
    c.add(
        "site_links_portal",
        "AppFolio",
        "Saltcedar Leasing Group",
        "saltcedarleasing.com",
        "https://saltcedarleasing.appfolio.com/listings/rental_applications/new"
        "?listable_uid=9d3b2f71-0c4e-4a8b-b6d2-1e7f5a3c8d90&source=Website",
        "high",
        {
            "saltcedarleasing.com": {
                "/": wp_home(
                    "Saltcedar Leasing Group",
                    menu="<li class='menu-item'><a href='https://saltcedarleasing.appfolio.com/listings'>Rentals</a></li>"
                    "<li class='menu-item'><a href='https://saltcedarleasing.appfolio.com/connect'>Resident Portal</a></li>",
                )
            },
            "saltcedarleasing.appfolio.com": {
                **af_connect("Saltcedar Leasing Group"),
                "/listings": af_listings("Saltcedar Leasing Group"),
                "/listings/rental_applications/new": af_application("Saltcedar Leasing Group", "1902 Kinney Oaks Ct"),
            },
        },
    )
    # shape: an AppFolio application link the agent copied from a syndicated listing; the company's site links no portal
    c.add(
        "live_portal",
        "AppFolio",
        "Loamhaven Realty Management",
        "loamhavenrealty.com",
        "https://loamhavenrealty.appfolio.com/listings/rental_applications/new"
        "?listable_uid=2a8e6c14-7f3b-49d0-8e5a-b4c1d7f20e63&source=Website",
        "medium",
        {
            "loamhavenrealty.com": {
                "/": wp_home(
                    "Loamhaven Realty Management",
                    body="<p>Ready to rent? Email leasing@loamhavenrealty.com and we will send you an application.</p>",
                    addr="807 Main St, Bastrop, TX 78602",
                )
            },
            "loamhavenrealty.appfolio.com": {
                "/listings/rental_applications/new": af_application("Loamhaven Realty Management", "115 Pecan St"),
            },
        },
    )
    # shape: a homepage whose only portal is Buildium's public rentals page in an iframe (?hidenav=true)
    c.add(
        "site_links_portal",
        "Buildium",
        "Thistlebrook Management",
        "thistlebrookmgmt.com",
        "https://thistlebrookmgmt.managebuilding.com/Resident/public/rentals",
        "high",
        {
            "thistlebrookmgmt.com": {
                "/": wp_home(
                    "Thistlebrook Management",
                    body="<section><h2>Homes for Rent</h2><iframe src='https://thistlebrookmgmt.managebuilding.com/"
                    "Resident/public/rentals?hidenav=true' width='100%' height='1100'></iframe></section>",
                )
            },
            "thistlebrookmgmt.managebuilding.com": {
                "/Resident/public/rentals": bd_rentals("Thistlebrook Management"),
                **bd_portal("Thistlebrook Management"),
            },
        },
    )
    # shape: Buildium's public rentals page found by the agent; the company's one-page site links nothing
    c.add(
        "live_portal",
        "Buildium",
        "Gravelmoss Property Services",
        "gravelmossps.com",
        "https://gravelmossps.managebuilding.com/Resident/public/rentals",
        "medium",
        {
            "gravelmossps.com": {
                "/": builder_home("Gravelmoss Property Services", body="<p>Now leasing in Round Rock and Hutto.</p>")
            },
            "gravelmossps.managebuilding.com": {
                "/Resident/public/rentals": bd_rentals("Gravelmoss Property Services", city="Round Rock, TX 78664"),
                **bd_portal("Gravelmoss Property Services"),
            },
        },
    )
    # shape: Buildium's /Resident/rental-application/new (unitId, listingId) with a Tenant Login button on the site
    c.add(
        "site_links_portal",
        "Buildium",
        "Hollowreed Residential",
        "hollowreedresidential.com",
        "https://hollowreed.managebuilding.com/Resident/rental-application/new?unitId=30417&buildingId=9152&listingId=22810",
        "high",
        {
            "hollowreedresidential.com": {
                "/": wp_home(
                    "Hollowreed Residential",
                    menu="<li class='menu-item'><a href='https://hollowreed.managebuilding.com/Resident/rental-application/new'>"
                    "Apply</a></li><li class='menu-item'><a class='button' href='https://hollowreed.managebuilding.com/"
                    "Resident/portal/login'>Tenant Login</a></li>",
                )
            },
            "hollowreed.managebuilding.com": {
                "/Resident/rental-application/new": bd_application("Hollowreed Residential"),
                **bd_portal("Hollowreed Residential"),
            },
        },
    )
    # shape: a Buildium application URL an agent took from a listing site; the company's site only has a contact form
    c.add(
        "live_portal",
        "Buildium",
        "Juniperlatch Homes",
        "juniperlatchhomes.com",
        "https://juniperlatch.managebuilding.com/Resident/rental-application/new",
        "medium",
        {
            "juniperlatchhomes.com": {
                "/": wp_home(
                    "Juniperlatch Homes",
                    body="<form class='wpforms-form' action='/contact-us/'><input name='wpforms[fields][1]'>"
                    "<button>Request a showing</button></form>",
                    addr="1300 S Bell Blvd, Cedar Park, TX 78613",
                )
            },
            "juniperlatch.managebuilding.com": {"/Resident/rental-application/new": bd_application("Juniperlatch Homes")},
        },
    )


def _owner_and_url_forms(c: Collector) -> None:
    # shape: a header "Login" dropdown with Owner Login (oportal/users/log_in) and Resident Login (connect)
    c.add(
        "site_links_portal",
        "AppFolio",
        "Copperwhisk Property Management",
        "copperwhiskpm.com",
        "https://copperwhiskpm.appfolio.com/oportal/users/log_in",
        "high",
        {
            "copperwhiskpm.com": {
                "/": wp_home(
                    "Copperwhisk Property Management",
                    menu="<li class='menu-item menu-item-has-children'><a href='#'>Login</a><ul class='sub-menu'>"
                    "<li><a href='https://copperwhiskpm.appfolio.com/oportal/users/log_in'>Owner Login</a></li>"
                    "<li><a href='https://copperwhiskpm.appfolio.com/connect/users/sign_in'>Resident Login</a></li></ul></li>",
                )
            },
            "copperwhiskpm.appfolio.com": {
                **af_connect("Copperwhisk Property Management"),
                "/oportal/users/log_in": af_owner_login("Copperwhisk Property Management"),
            },
        },
    )
    # shape: an AppFolio owner portal found by the agent; the site's menu links only an /owners page with a phone number
    c.add(
        "live_portal",
        "AppFolio",
        "Sagebarrow Investments",
        "sagebarrowinvest.com",
        "https://sagebarrowinv.appfolio.com/oportal/users/log_in",
        "medium",
        {
            "sagebarrowinvest.com": {
                "/": builder_home("Sagebarrow Investments", body="<p>We manage rentals for investors in North Austin.</p>"),
                "/owners": plain_page("Owners", "<h1>For Owners</h1><p>Monthly statements by email. Call (512) 555-0160.</p>"),
            },
            "sagebarrowinv.appfolio.com": {"/oportal/users/log_in": af_owner_login("Sagebarrow Investments")},
        },
    )
    # shape: an agent's URL carrying utm_source=chatgpt.com; the site's footer "Pay Rent Online" links the same portal
    c.add(
        "site_links_portal",
        "Buildium",
        "Mesquitelark Realty",
        "mesquitelarkrealty.com",
        "https://mesquitelark.managebuilding.com/Resident/portal/login?utm_source=chatgpt.com",
        "high",
        {
            "mesquitelarkrealty.com": {
                "/": wp_home(
                    "Mesquitelark Realty",
                    footer="<div class='footer-cta'><a class='btn' target='_blank' href='https://mesquitelark."
                    "managebuilding.com/Resident/portal/login'>Pay Rent Online</a></div>",
                )
            },
            "mesquitelark.managebuilding.com": bd_portal("Mesquitelark Realty"),
        },
    )
    # shape: a Rentvine resident portal URL with a client-side fragment (#/login); the site links no portal
    c.add(
        "live_portal",
        "Rentvine",
        "Driftplum Property Partners",
        "driftplumpartners.com",
        "https://driftplum.rentvine.com/portals/resident/#/login",
        "medium",
        {
            "driftplumpartners.com": {
                "/": builder_home("Driftplum Property Partners", body="<p>Serving Kyle, Buda and South Austin.</p>")
            },
            "driftplum.rentvine.com": {"/portals/resident/": spa_shell("Driftplum Property Partners - Resident Portal")},
        },
    )
    # shape: an evidence URL with capital letters in the host, as agents copy it from a printed flyer
    c.add(
        "site_links_portal",
        "Buildium",
        "Quartzhollow Rentals",
        "quartzhollowrentals.com",
        "https://QuartzHollow.ManageBuilding.com/Resident/portal/login",
        "high",
        {
            "quartzhollowrentals.com": {
                "/": wp_home(
                    "Quartzhollow Rentals",
                    menu="<li class='menu-item'><a href='https://quartzhollow.managebuilding.com/Resident/portal/login'>"
                    "Resident Center</a></li>",
                )
            },
            "quartzhollow.managebuilding.com": bd_portal("Quartzhollow Rentals"),
        },
    )
    # shape: an http:// AppFolio portal URL from an old directory listing; the site links no portal
    c.add(
        "live_portal",
        "AppFolio",
        "Tumbleweave Properties",
        "tumbleweaveprops.com",
        "http://tumbleweave.appfolio.com/connect",
        "medium",
        {
            "tumbleweaveprops.com": {"/": builder_home("Tumbleweave Properties", body="<p>Leasing office open Mon-Fri.</p>")},
            "tumbleweave.appfolio.com": af_connect("Tumbleweave Properties"),
        },
    )
    # shape: a Rent Manager resident site written with a trailing dot on the host; the site's menu links it
    c.add(
        "site_links_portal",
        "Rent Manager",
        "Starthistle Residential",
        "starthistleres.com",
        "https://starthistle.rmresident.com./",
        "high",
        {
            "starthistleres.com": {
                "/": wp_home(
                    "Starthistle Residential",
                    menu="<li class='menu-item'><a href='https://starthistle.rmresident.com/'>Resident Portal</a></li>",
                )
            },
            "starthistle.rmresident.com": {"/": VENDOR_LOGIN["Rent Manager"]("Starthistle Residential")},
        },
    )
    # shape: a DoorLoop tenant portal (a single-page app shell) linked from a builder site's header button
    c.add(
        "site_links_portal",
        "DoorLoop",
        "Burlapine Property Management",
        "burlapinepm.com",
        "https://burlapinepm.app.doorloop.com/",
        "high",
        {
            "burlapinepm.com": {
                "/": builder_home(
                    "Burlapine Property Management",
                    links="<a class='header-actions-action' href='https://burlapinepm.app.doorloop.com/'>Tenant Portal</a>",
                )
            },
            "burlapinepm.app.doorloop.com": {"/": spa_shell("Burlapine Property Management - Tenant Portal")},
        },
    )
    # shape: a TenantCloud account's public listings page the agent found; the company's site links nothing
    c.add(
        "live_portal",
        "TenantCloud",
        "Flintmarrow Rentals",
        "flintmarrowrentals.com",
        "https://flintmarrow.tenantcloud.com/",
        "medium",
        {
            "flintmarrowrentals.com": {"/": builder_home("Flintmarrow Rentals", body="<p>Family-owned rentals in Lockhart.</p>")},
            "flintmarrow.tenantcloud.com": {
                "/": page(
                    "<header><h1>Flintmarrow Rentals</h1></header><section class='listings'><h2>Available rentals</h2>"
                    "<div class='listing'><h3>511 S Colorado St, Lockhart, TX 78644</h3><p>$1,275/mo &middot; 2 Beds</p>"
                    "<a href='/listing/511-s-colorado'>View details</a></div></section>"
                    "<footer>Powered by TenantCloud</footer>",
                    title="Flintmarrow Rentals | Rentals",
                )
            },
        },
    )
    # shape: a Rentec Direct landlord sub-domain site linked from the company's menu
    c.add(
        "site_links_portal",
        "Rentec Direct",
        "Cottonsnail Property Group",
        "cottonsnailpg.com",
        "https://cottonsnail.rentecdirect.com/",
        "high",
        {
            "cottonsnailpg.com": {
                "/": wp_home(
                    "Cottonsnail Property Group",
                    menu="<li class='menu-item'><a href='https://cottonsnail.rentecdirect.com/'>Tenant Login</a></li>",
                )
            },
            "cottonsnail.rentecdirect.com": {"/": VENDOR_LOGIN["Rentec Direct"]("Cottonsnail Property Group")},
        },
    )
    # shape: a Propertyware company sub-domain site ("Tenant Portal Login") linked from a footer button
    c.add(
        "site_links_portal",
        "Propertyware",
        "Waxwingdale Management",
        "waxwingdale.com",
        "https://waxwingdale.propertyware.com/",
        "high",
        {
            "waxwingdale.com": {
                "/": wp_home(
                    "Waxwingdale Management",
                    footer="<a class='btn' href='https://waxwingdale.propertyware.com/'>Tenant &amp; Owner Portal</a>",
                )
            },
            "waxwingdale.propertyware.com": {"/": VENDOR_LOGIN["Propertyware"]("Waxwingdale Management")},
        },
    )


def _odd_evidence(c: Collector) -> None:
    # shape: a Buildium customer story on www.buildium.com given as evidence; the site itself links its Resident Center
    # ambiguous: the evidence URL is vendor-wide (never evidence), but the site links a live portal: high
    c.add(
        "site_links_portal",
        "Buildium",
        "Dewberrin Property Management",
        "dewberrinpm.com",
        "https://www.buildium.com/customer-stories/dewberrin-property-management/",
        "high",
        {
            "dewberrinpm.com": {
                "/": wp_home(
                    "Dewberrin Property Management",
                    menu="<li class='menu-item'><a href='https://dewberrinpm.managebuilding.com/Resident/portal/login'>"
                    "Residents</a></li>",
                )
            },
            "dewberrinpm.managebuilding.com": bd_portal("Dewberrin Property Management"),
        },
    )
    # shape: a page on www.appfolio.com as evidence; the site's only vendor link is a "Powered by AppFolio" credit
    # ambiguous: a vendor-wide URL is no evidence at all (no_pms_evidence) rather than an unverified portal
    c.add(
        "vendor_wide",
        "AppFolio",
        "Yauponvale Realty",
        "yauponvalerealty.com",
        "https://www.appfolio.com/property-manager/login",
        "no_pms_evidence",
        {
            "yauponvalerealty.com": {
                "/": wp_home(
                    "Yauponvale Realty",
                    footer="<p class='credit'>Rent collection <a href='https://www.appfolio.com/'>powered by AppFolio</a></p>",
                )
            },
        },
    )
    # shape: a Google result's redirect URL (google.com/url?...&url=<portal>) copied by the agent; the site links the portal
    c.add(
        "site_links_portal",
        "AppFolio",
        "Agaritawood Homes",
        "agaritawoodhomes.com",
        "https://www.google.com/url?sa=t&source=web&rct=j&opi=89978449&url=https://agaritawood.appfolio.com/connect"
        "&ved=2ahUKEwiQ7&usg=AOvVaw3kF2",
        "high",
        {
            "agaritawoodhomes.com": {
                "/": wp_home(
                    "Agaritawood Homes",
                    menu="<li class='menu-item'><a href='https://agaritawood.appfolio.com/connect'>Resident Login</a></li>",
                )
            },
            "agaritawood.appfolio.com": af_connect("Agaritawood Homes"),
        },
    )
    # shape: a Google redirect URL wrapping a live Buildium portal; the company's site links no portal
    # ambiguous: the wrapper is read through (as the contract does for links) to a live, same-named portal: medium
    c.add(
        "live_portal",
        "Buildium",
        "Frostweed Leasing",
        "frostweedleasing.com",
        "https://www.google.com/url?q=https://frostweedleasing.managebuilding.com/Resident/portal/login&sa=U&ved=0ahUKEw",
        "medium",
        {
            "frostweedleasing.com": {"/": builder_home("Frostweed Leasing", body="<p>Apartments and duplexes in Manor.</p>")},
            "frostweedleasing.managebuilding.com": bd_portal("Frostweed Leasing"),
        },
    )
    # shape: a Google search URL given as evidence ("... appfolio tenant portal"); the site links no portal
    # ambiguous: no_pms_evidence (no evidence URL proving the PMS) rather than evidence_unverified
    c.add(
        "no_portal",
        "AppFolio",
        "Horsemint Realty Group",
        "horsemintrealty.com",
        "https://www.google.com/search?q=horsemint+realty+group+austin+appfolio+tenant+portal",
        "no_pms_evidence",
        {"horsemintrealty.com": {"/": wp_home("Horsemint Realty Group", body="<p>Call us to pay rent by phone.</p>")}},
    )
    # shape: a Yelp business page given as evidence; the site's header links the Buildium Resident Center
    # ambiguous: the Yelp page proves nothing, the site's live link proves the PMS: high
    c.add(
        "site_links_portal",
        "Buildium",
        "Sotolridge Property Management",
        "sotolridgepm.com",
        "https://www.yelp.com/biz/sotolridge-property-management-austin",
        "high",
        {
            "sotolridgepm.com": {
                "/": builder_home(
                    "Sotolridge Property Management",
                    links="<a href='https://sotolridgepm.managebuilding.com/Resident/portal/login'>Resident Login</a>",
                )
            },
            "sotolridgepm.managebuilding.com": bd_portal("Sotolridge Property Management"),
        },
    )
    # shape: a BBB profile given as evidence; the company's site links no portal
    # ambiguous: no_pms_evidence rather than evidence_unverified
    c.add(
        "no_portal",
        "Rent Manager",
        "Lechuguilla Property Services",
        "lechuguillaps.com",
        "https://www.bbb.org/us/tx/austin/profile/property-management/lechuguilla-property-services-0825-1000193452",
        "no_pms_evidence",
        {"lechuguillaps.com": {"/": wp_home("Lechuguilla Property Services", body="<p>BBB A+ rated since 2011.</p>")}},
    )
    # shape: an Apartments.com property page given as evidence; the site links no portal
    # ambiguous: no_pms_evidence rather than evidence_unverified
    c.add(
        "no_portal",
        "Yardi",
        "Kettlewren Communities",
        "kettlewrencommunities.com",
        "https://www.apartments.com/the-kettlewren-austin-tx/x4g2k9m/",
        "no_pms_evidence",
        {
            "kettlewrencommunities.com": {
                "/": wp_home("Kettlewren Communities", body="<p>Three garden communities in East Austin.</p>")
            }
        },
    )
    # shape: an AppFolio listing photo on images.cdn.appfolio.com given as evidence; the site links no portal
    # ambiguous: an asset is never evidence; no_pms_evidence rather than evidence_unverified
    c.add(
        "asset",
        "AppFolio",
        "Brushfinch Home Rentals",
        "brushfinchrentals.com",
        "https://images.cdn.appfolio.com/brushfinch/images/5f0e2d7c-8a41-4b3e-9c6d-0e1a2b3c4d5e/large.jpg",
        "no_pms_evidence",
        {
            "brushfinchrentals.com": {
                "/": builder_home(
                    "Brushfinch Home Rentals",
                    body="<img src='https://images.cdn.appfolio.com/brushfinch/images/5f0e2d7c-8a41-4b3e-9c6d-0e1a2b3c4d5e/"
                    "large.jpg' alt='Featured home'><p>Call to tour our featured home.</p>",
                )
            }
        },
    )
    # shape: the company's own "Residents" page given as evidence; that page links the AppFolio portal
    # ambiguous: the evidence URL is not a portal, but the site's own page links a live one: high
    c.add(
        "site_links_portal",
        "AppFolio",
        "Limeowl Property Management",
        "limeowlpm.com",
        "https://limeowlpm.com/residents/",
        "high",
        {
            "limeowlpm.com": {
                "/": wp_home(
                    "Limeowl Property Management", menu="<li class='menu-item'><a href='/residents/'>Residents</a></li>"
                ),
                "/residents/": plain_page(
                    "Residents | Limeowl Property Management",
                    "<h1>Residents</h1><p>Pay rent and request repairs online.</p>"
                    "<a class='button' href='https://limeowlpm.appfolio.com/connect'>Resident Portal</a>",
                ),
                "/residents": redirect("/residents/", 301),
            },
            "limeowlpm.appfolio.com": af_connect("Limeowl Property Management"),
        },
    )
    # shape: Buildium's /manager/ sign-in (the "Owner Login" of many footers) as evidence; it goes to the shared sign-in
    # ambiguous: the evidence redirects to signin.managebuilding.com, but the same footer links the account's live
    # Resident Center: high
    c.add(
        "site_links_portal",
        "Buildium",
        "Cenizo Lantern Properties",
        "cenizolantern.com",
        "https://cenizolantern.managebuilding.com/manager/",
        "high",
        {
            "cenizolantern.com": {
                "/": wp_home(
                    "Cenizo Lantern Properties",
                    footer="<div class='footer-links'><h3>Services</h3>"
                    "<a href='https://cenizolantern.managebuilding.com/Resident/portal/login'>Resident Login</a>"
                    "<a href='https://cenizolantern.managebuilding.com/manager/'>Owner Login</a></div>",
                )
            },
            "cenizolantern.managebuilding.com": {
                **bd_portal("Cenizo Lantern Properties"),
                "/manager/": redirect(
                    "https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F"
                ),
            },
        },
    )


def _odd_domains(c: Collector) -> None:
    # shape: a company whose only web presence is a Facebook page; its Buildium portal is live
    c.add(
        "live_portal",
        "Buildium",
        "Huisache Ember Rentals",
        "https://www.facebook.com/HuisacheEmberRentals/",
        "https://huisacheember.managebuilding.com/Resident/portal/login",
        "platform_domain",
        {"huisacheember.managebuilding.com": bd_portal("Huisache Ember Rentals")},
    )
    # shape: a Yelp business page given as the website
    c.add(
        "live_portal",
        "AppFolio",
        "Retamaspire Property Management",
        "yelp.com/biz/retamaspire-property-management-austin",
        "https://retamaspire.appfolio.com/connect",
        "platform_domain",
        {"retamaspire.appfolio.com": af_connect("Retamaspire Property Management")},
    )
    # shape: a LinkedIn company page given as the website
    c.add(
        "live_portal",
        "Rentvine",
        "Ocotillo Fenwick Realty",
        "https://www.linkedin.com/company/ocotillo-fenwick-realty/",
        "https://ocotillofenwick.rentvine.com/portals/resident/",
        "platform_domain",
        {"ocotillofenwick.rentvine.com": {"/portals/resident/": spa_shell("Ocotillo Fenwick Realty - Resident Portal")}},
    )
    # shape: a Zillow rental-manager profile given as the website
    c.add(
        "live_portal",
        "AppFolio",
        "Pecanquill Leasing",
        "https://www.zillow.com/profile/PecanquillLeasing",
        "https://pecanquill.appfolio.com/listings",
        "platform_domain",
        {"pecanquill.appfolio.com": {"/listings": af_listings("Pecanquill Leasing")}},
    )
    # shape: the agent gives the Buildium portal host as the company's website
    c.add(
        "live_portal",
        "Buildium",
        "Goldenrodder Property Management",
        "goldenrodderpm.managebuilding.com",
        "https://goldenrodderpm.managebuilding.com/Resident/portal/login",
        "vendor_domain",
        {"goldenrodderpm.managebuilding.com": bd_portal("Goldenrodder Property Management")},
    )
    # shape: a website field holding a bare name with no TLD ("ridgequillpm")
    c.add(
        "live_portal",
        "AppFolio",
        "Ridgequill Property Management",
        "ridgequillpm",
        "https://ridgequillpm.appfolio.com/connect",
        "invalid_domain",
        {"ridgequillpm.appfolio.com": af_connect("Ridgequill Property Management")},
    )
    # shape: the website given as "https://www.Name.com/" (scheme, www, capitals); the apex redirects to www
    c.add(
        "site_links_portal",
        "Buildium",
        "Bluestem Corvid Realty",
        "https://www.BluestemCorvid.com/",
        "https://bluestemcorvid.managebuilding.com/Resident/portal/login",
        "high",
        www_pair(
            "bluestemcorvid.com",
            {
                "/": wp_home(
                    "Bluestem Corvid Realty",
                    menu="<li class='menu-item'><a href='https://bluestemcorvid.managebuilding.com/Resident/portal/login'>"
                    "Tenant Portal</a></li>",
                )
            },
        )
        | {"bluestemcorvid.managebuilding.com": bd_portal("Bluestem Corvid Realty")},
    )
    # shape: the website given with a path ("name.com/about-us/"), as agents copy it from a search result
    # ambiguous: normalised to the registrable domain (no path) rather than invalid_domain: high
    c.add(
        "site_links_portal",
        "AppFolio",
        "Thornquay Residential",
        "thornquayresidential.com/about-us/",
        "https://thornquay.appfolio.com/connect",
        "high",
        {
            "thornquayresidential.com": {
                "/": wp_home(
                    "Thornquay Residential",
                    menu="<li class='menu-item'><a href='https://thornquay.appfolio.com/connect'>Pay Rent</a></li>",
                ),
                "/about-us/": plain_page("About Us | Thornquay Residential", "<h1>About Thornquay Residential</h1>"),
            },
            "thornquay.appfolio.com": af_connect("Thornquay Residential"),
        },
    )
    # shape: a franchise office's sub-domain site (austin.<brand>.com) linking its own Buildium account; the brand's
    # apex is an office finder naming its Texas offices
    # ambiguous: the contract normalises domains to the registrable one, so the brand's apex may be what is read (then
    # the portal is live and unlinked: medium); the office's own site links its own live portal: high
    c.add(
        "site_links_portal",
        "Buildium",
        "Ferncastle Home Rentals of Austin",
        "austin.ferncastlehomerentals.com",
        "https://ferncastleaustin.managebuilding.com/Resident/portal/login",
        "high",
        {
            "austin.ferncastlehomerentals.com": {
                "/": wp_home(
                    "Ferncastle Home Rentals of Austin",
                    menu="<li class='menu-item'><a href='https://ferncastleaustin.managebuilding.com/Resident/portal/login'>"
                    "Resident Login</a></li>",
                    addr="9600 Great Hills Trl, Suite 150W, Austin, TX 78759",
                )
            },
            "ferncastlehomerentals.com": {
                "/": plain_page(
                    "Ferncastle Home Rentals | Find Your Local Office",
                    "<h1>Ferncastle Home Rentals</h1><p>Independently owned and operated franchise offices.</p><ul>"
                    "<li><a href='https://austin.ferncastlehomerentals.com/'>Austin, TX</a></li>"
                    "<li><a href='https://sanantonio.ferncastlehomerentals.com/'>San Antonio, TX</a></li>"
                    "<li><a href='https://wichita.ferncastlehomerentals.com/'>Wichita, KS</a></li></ul>",
                )
            },
            "ferncastleaustin.managebuilding.com": bd_portal("Ferncastle Home Rentals of Austin"),
        },
    )
    # shape: a rebrand: the old domain 301s to the new brand's site ("formerly Oxbowline Realty"), which links its portal
    # ambiguous: the site reached through a cross-domain redirect is taken as the company's own, and "formerly" makes
    # the new name its own: high
    c.add(
        "site_links_portal",
        "AppFolio",
        "Oxbowline Realty",
        "oxbowline-realty.com",
        "https://kettlepinenest.appfolio.com/connect",
        "high",
        {
            "oxbowline-realty.com": {
                "/": redirect("https://www.kettlepinenest.com/", 301),
                "*": redirect("https://www.kettlepinenest.com/", 301),
            },
            "kettlepinenest.com": {"/": redirect("https://www.kettlepinenest.com/", 301)},
            "www.kettlepinenest.com": {
                "/": wp_home(
                    "Kettlepine Nest Property Management",
                    menu="<li class='menu-item'><a href='https://kettlepinenest.appfolio.com/connect'>Resident Login</a></li>",
                    body="<p class='rebrand-note'>Kettlepine Nest Property Management (formerly Oxbowline Realty): same "
                    "team, same office, new name.</p>",
                )
            },
            "kettlepinenest.appfolio.com": af_connect("Kettlepine Nest Property Management"),
        },
    )
    # shape: an acquisition: the old domain 301s to the acquirer's landing page ("has joined"), which sends residents
    # to the acquirer's portal
    c.add(
        "no_account",
        "AppFolio",
        "Bramblegate Properties",
        "bramblegateprops.com",
        "https://wrenhollowgroup.appfolio.com/connect",
        "evidence_unverified",
        {
            "bramblegateprops.com": {
                "/": redirect("https://www.wrenhollowgroup.com/bramblegate/", 301),
                "*": redirect("https://www.wrenhollowgroup.com/bramblegate/", 301),
            },
            "www.wrenhollowgroup.com": {
                "/bramblegate/": wp_home(
                    "Wrenhollow Group",
                    body="<section class='notice'><h2>Bramblegate Properties has joined Wrenhollow Group</h2>"
                    "<p>Bramblegate residents: your lease, deposit and maintenance requests moved with you. "
                    "Pay rent in the <a href='https://wrenhollowgroup.appfolio.com/connect'>Wrenhollow resident "
                    "portal</a>.</p></section>",
                    addr="600 Congress Ave, Floor 14, Austin, TX 78701",
                    title="Bramblegate Properties has joined Wrenhollow Group",
                ),
                "/": wp_home("Wrenhollow Group", addr="600 Congress Ave, Floor 14, Austin, TX 78701"),
            },
            "wrenhollowgroup.appfolio.com": af_connect("Wrenhollow Group"),
        },
    )


def _inner_pages(c: Collector) -> None:
    # shape: the portal is linked only from /residents/ (menu "Residents"); the homepage links no portal
    c.add(
        "site_links_portal",
        "Buildium",
        "Caliche Owl Property Management",
        "calicheowlpm.com",
        "https://calicheowlpm.managebuilding.com/Resident/portal/login",
        "high",
        {
            "calicheowlpm.com": {
                "/": wp_home(
                    "Caliche Owl Property Management", menu="<li class='menu-item'><a href='/residents/'>Residents</a></li>"
                ),
                "/residents/": plain_page(
                    "Residents | Caliche Owl Property Management",
                    "<h1>Current Residents</h1><ul><li><a href='https://calicheowlpm.managebuilding.com/Resident/portal/"
                    "login'>Log in to pay rent</a></li><li><a href='/move-out/'>Move-out checklist</a></li></ul>",
                ),
                "/residents": redirect("/residents/", 301),
            },
            "calicheowlpm.managebuilding.com": bd_portal("Caliche Owl Property Management"),
        },
    )
    # shape: the portal is linked only from /tenant-resources/ (menu "Tenant Resources"), no evidence URL given
    # ambiguous: whether /tenant-resources/ "looks like the way to a portal" is not spelled out; the site links it: high
    c.add(
        "site_links_portal",
        "AppFolio",
        "Spindlecreek Rentals",
        "spindlecreekrentals.com",
        None,
        "high",
        {
            "spindlecreekrentals.com": {
                "/": wp_home(
                    "Spindlecreek Rentals",
                    menu="<li class='menu-item'><a href='/tenant-resources/'>Tenant Resources</a></li>",
                    addr="1110 N Interstate 35, Georgetown, TX 78626",
                ),
                "/tenant-resources/": plain_page(
                    "Tenant Resources | Spindlecreek Rentals",
                    "<h1>Tenant Resources</h1><p>Online payments, maintenance requests and your lease documents:</p>"
                    "<a class='elementor-button' href='https://spindlecreek.appfolio.com/connect'>Tenant Portal</a>",
                ),
                "/tenant-resources": redirect("/tenant-resources/", 301),
            },
            "spindlecreek.appfolio.com": af_connect("Spindlecreek Rentals"),
        },
    )
    # shape: a homepage behind a Cloudflare challenge (every path); the agent's Buildium portal is live and same-named
    c.add(
        "live_portal",
        "Buildium",
        "Marbleyarrow Realty",
        "marbleyarrow.com",
        "https://marbleyarrow.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "marbleyarrow.com": everywhere(CF_CHALLENGE),
            "www.marbleyarrow.com": everywhere(CF_CHALLENGE),
            "marbleyarrow.managebuilding.com": bd_portal("Marbleyarrow Realty"),
        },
    )
    # shape: a removed AppFolio listing: its detail URL redirects to the account's live listings page with a notice
    # ambiguous: the notice is about one listing, not the account; the account's page is live and names the company:
    # medium (the contract's "could not be found" is about the account)
    c.add(
        "live_portal",
        "AppFolio",
        "Pebblequince Property Management",
        "pebblequincepm.com",
        "https://pebblequince.appfolio.com/listings/detail/7e3a9c15-4d2b-4f80-a6e9-c1d8b2f4a057",
        "medium",
        {
            "pebblequincepm.com": {"/": builder_home("Pebblequince Property Management", body="<p>Leasing in Leander.</p>")},
            "pebblequince.appfolio.com": {
                "/listings/detail/7e3a9c15-4d2b-4f80-a6e9-c1d8b2f4a057": redirect("/listings?listing_unavailable=true"),
                "/listings": af_listings(
                    "Pebblequince Property Management",
                    city="Leander, TX 78641",
                    notice="<div class='flash flash--notice'>That listing has been rented. Take a look at our other "
                    "available homes below.</div>",
                ),
            },
        },
    )


def _rejections(c: Collector) -> None:
    # shape: a Sedo-style parked domain ("This domain may be for sale") with a live portal as evidence
    c.add(
        "parked",
        "Buildium",
        "Amberquoin Property Management",
        "amberquoinpm.com",
        "https://amberquoinpm.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "amberquoinpm.com": {
                "/": doc(
                    "amberquoinpm.com",
                    "<script src='https://img.sedoparking.com/js/park.js'></script>",
                    "<div class='park'><h1>amberquoinpm.com</h1><p>This domain may be for sale!</p>"
                    "<a href='https://sedo.com/search/details/?domain=amberquoinpm.com&amp;utm_medium=parking'>"
                    "Buy this domain</a><ul><li><a href='/search?q=property+management'>Property Management</a></li>"
                    "<li><a href='/search?q=apartments+for+rent'>Apartments For Rent</a></li></ul></div>",
                )
            },
            "amberquoinpm.managebuilding.com": bd_portal("Amberquoin Property Management"),
        },
    )
    # shape: a domain the agent invented (neither it nor www resolves) with a live listings page as evidence
    c.add(
        "dead_domain",
        "AppFolio",
        "Lanternfig Residential",
        "lanternfigresidential.com",
        "https://lanternfig.appfolio.com/listings",
        "dead_domain",
        {"lanternfig.appfolio.com": {"/listings": af_listings("Lanternfig Residential")}},
        unresolvable=("lanternfigresidential.com", "www.lanternfigresidential.com"),
    )
    # shape: a domain whose every page answers 404 (an emptied hosting account)
    c.add(
        "dead_domain",
        "Rentvine",
        "Velvetmesa Homes",
        "velvetmesahomes.com",
        "https://velvetmesa.rentvine.com/portals/resident/",
        "dead_domain",
        {
            "velvetmesahomes.com": {"/": not_found(), "*": not_found()},
            "velvetmesa.rentvine.com": {"/portals/resident/": spa_shell("Velvetmesa Homes - Resident Portal")},
        },
    )
    # shape: a RentCafe/securecafe resident login behind Cloudflare's challenge (403), linked from the company's site
    c.add(
        "bot_wall",
        "Yardi",
        "Prairiegloam Apartments Group",
        "prairiegloam.com",
        "https://prairiegloam.securecafe.com/residentservices/prairiegloam/userlogin.aspx",
        "unverifiable",
        {
            "prairiegloam.com": {
                "/": wp_home(
                    "Prairiegloam Apartments Group",
                    menu="<li class='menu-item'><a href='https://prairiegloam.securecafe.com/residentservices/prairiegloam/"
                    "userlogin.aspx'>Resident Login</a></li>",
                )
            },
            "prairiegloam.securecafe.com": everywhere(CF_CHALLENGE),
        },
    )
    # shape: an agent said AppFolio, but the site's only portal is a live Rentvine account
    c.add(
        "other_pms",
        "AppFolio",
        "Silverbriar Leasing",
        "silverbriarleasing.com",
        None,
        "pms_mismatch",
        {
            "silverbriarleasing.com": {
                "/": wp_home(
                    "Silverbriar Leasing",
                    menu="<li class='menu-item'><a href='https://silverbriar.rentvine.com/portals/resident/'>Resident Portal"
                    "</a></li>",
                )
            },
            "silverbriar.rentvine.com": {"/portals/resident/": spa_shell("Silverbriar Leasing - Resident Portal")},
        },
    )
    # shape: an agent said Buildium but gave the company's AppFolio listings page as evidence
    c.add(
        "other_pms",
        "Buildium",
        "Gildedwasp Property Management",
        "gildedwasppm.com",
        "https://gildedwasp.appfolio.com/listings",
        "pms_mismatch",
        {
            "gildedwasppm.com": {
                "/": wp_home(
                    "Gildedwasp Property Management",
                    menu="<li class='menu-item'><a href='https://gildedwasp.appfolio.com/listings'>Rentals</a></li>"
                    "<li class='menu-item'><a href='https://gildedwasp.appfolio.com/connect'>Residents</a></li>",
                )
            },
            "gildedwasp.appfolio.com": {
                **af_connect("Gildedwasp Property Management"),
                "/listings": af_listings("Gildedwasp Property Management"),
            },
        },
    )
    # shape: a Buildium Resident Center showing "no longer active" above its login form, still linked from the site
    c.add(
        "stale_portal",
        "Buildium",
        "Mossgrackle Realty",
        "mossgracklerealty.com",
        "https://mossgrackle.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "mossgracklerealty.com": {
                "/": wp_home(
                    "Mossgrackle Realty",
                    menu="<li class='menu-item'><a href='https://mossgrackle.managebuilding.com/Resident/portal/login'>"
                    "Resident Login</a></li>",
                )
            },
            "mossgrackle.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<div class='alert alert--warning'>This Resident Center is no longer active. Please contact your "
                    "property manager for payment options.</div><h1>Mossgrackle Realty Resident Center</h1>"
                    "<form method='post'><input name='Email'><input type='password' name='password'>"
                    "<button>Sign In</button></form><footer>Powered by Buildium</footer>",
                    title="Mossgrackle Realty - Resident Center",
                ),
            },
        },
    )
    # shape: an old AppFolio owner portal saying "we have moved" to a Rentvine portal (named, linked), no login form
    c.add(
        "stale_portal",
        "AppFolio",
        "Tallowfinch Property Management",
        "tallowfinchpm.com",
        "https://tallowfinch.appfolio.com/oportal/users/log_in",
        "pms_mismatch",
        {
            "tallowfinchpm.com": {"/": builder_home("Tallowfinch Property Management", body="<p>Serving Hays County.</p>")},
            "tallowfinch.appfolio.com": {
                "/oportal/users/log_in": af_owner_login(
                    "Tallowfinch Property Management",
                    form=False,
                    extra="<div class='notice'><p>We have moved! Owners and residents, please log in to our new portal "
                    "at <a href='https://tallowfinch.rentvine.com/portals/owner'>tallowfinch.rentvine.com</a>.</p></div>",
                )
            },
            "tallowfinch.rentvine.com": {"/portals/owner": spa_shell("Tallowfinch Property Management - Owner Portal")},
        },
    )
    # shape: a listing detail URL on an AppFolio account that no longer exists (redirects to AppFolio's home page)
    c.add(
        "no_account",
        "AppFolio",
        "Plumbrake Homes",
        "plumbrakehomes.com",
        "https://plumbrakehomes.appfolio.com/listings/detail/1d9f6b2e-5c7a-4e38-b0a4-8f2c6d1e3b75",
        "evidence_unverified",
        {
            "plumbrakehomes.com": {"/": builder_home("Plumbrake Homes", body="<p>Rentals in Taylor and Elgin.</p>")},
            "plumbrakehomes.appfolio.com": {"*": redirect("https://www.appfolio.com/", 301)},
        },
    )
    # shape: a guessed Buildium account: the public rentals URL answers the vendor's "account could not be found" page
    c.add(
        "no_account",
        "Buildium",
        "Yellowgrouse Property Management",
        "yellowgrousepm.com",
        "https://yellowgrousepm.managebuilding.com/Resident/public/rentals",
        "evidence_unverified",
        {
            "yellowgrousepm.com": {"/": wp_home("Yellowgrouse Property Management", body="<p>Call to pay rent.</p>")},
            "yellowgrousepm.managebuilding.com": {
                "*": page(
                    "<div class='error-page'><h1>Account not found</h1><p>We're sorry, the account you are looking for "
                    "could not be found. Please check the address and try again.</p></div>",
                    title="Buildium",
                )
            },
        },
    )
    # shape: another company's AppFolio listings page (a similar name, its own Texas addresses) given as evidence
    c.add(
        "no_account",
        "AppFolio",
        "Marigold Vantage Realty",
        "marigoldvantage.com",
        "https://marigoldvpm.appfolio.com/listings",
        "evidence_unverified",
        {
            "marigoldvantage.com": {"/": wp_home("Marigold Vantage Realty", body="<p>Homes for sale and lease.</p>")},
            "marigoldvpm.appfolio.com": {
                "/listings": af_listings("Marigold Valley Property Services", city="San Marcos, TX 78666")
            },
        },
    )
    # shape: an Oklahoma company (Tulsa addresses only) with a live Buildium portal, proposed for Texas
    c.add(
        "live_portal",
        "Buildium",
        "Lanternmoth Property Management",
        "lanternmothpm.com",
        "https://lanternmothpm.managebuilding.com/Resident/portal/login",
        "wrong_state",
        {
            "lanternmothpm.com": {
                "/": doc(
                    "Lanternmoth Property Management | Tulsa Rentals",
                    "",
                    "<header><a href='/'>Lanternmoth Property Management</a><nav><a href='https://lanternmothpm."
                    "managebuilding.com/Resident/portal/login'>Resident Login</a></nav></header><main><h1>Tulsa's "
                    "neighborhood property managers</h1><p>Homes and duplexes in Tulsa, Broken Arrow and Owasso.</p>"
                    "</main><footer><p>4120 S Harvard Ave, Tulsa, OK 74135 &middot; (918) 555-0133</p></footer>",
                )
            },
            "lanternmothpm.managebuilding.com": bd_portal("Lanternmoth Property Management"),
        },
    )


collector = Collector("holdout15-")
_easy_and_listings(collector)
_owner_and_url_forms(collector)
_odd_evidence(collector)
_odd_domains(collector)
_inner_pages(collector)
_rejections(collector)
HOLDOUT15: list[Case] = collector.cases
