"""A THIRD BLIND held-out corpus for the live checks: new cases, labelled by what a careful person
concludes from the pages as served (docs/live-checks.md is the contract), written without reading
the checks and without running them. Same `Case` shape as tests/evidence_corpus.py, so
`run_corpus(HOLDOUT3)` judges it.

It leans on the everyday shapes of small US property managers' sites that none of the earlier
corpora has: theme and builder markup (WordPress menus and Elementor buttons, Squarespace 7.1
headers, Duda and Weebly buttons, client-rendered React/Vite shells), portals linked only from
inner pages (`/tenant-resources/`, `/residents/pay-rent/`, `/owners`), apex-to-www redirects,
domains forwarded to a vendor-hosted public site, staff-login links next to resident links,
listing pages given as evidence (removed listings, RentCafe marketplace pages), an agent's
evidence naming another company, Rentec's universal sign-in address, PMSs outside the vendor
table (RentRedi) and payment processors, and newer dead or placeholder answers (GoDaddy expired
domains, Atom marketplace, Apache autoindex, Bluehost "coming soon", Netlify, Fastly, Squarespace
"Domain Not Claimed", WordPress critical errors) and walls (Cloudflare's "Performing security
verification", Akamai's behavioural challenge, a bare 401 from Entrata).

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host
names, paths, query parameters, status codes and headers, wording style); company names,
accounts and domains are made up. Each case carries a one-line comment naming the real shape
and where it was seen. `# ambiguous:` marks labels where the contract leaves room; the label
given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, spa_shell
from evidence_holdout2 import TENANTCLOUD_SIGNIN  # the same page at the same host and path
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


WP_HEAD = (
    "<meta name='viewport' content='width=device-width, initial-scale=1'>"
    "<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3'>"
    "<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>"
)


def wp_home(co: str, nav: str, body: str, footer: str = "") -> Reply:
    """A WordPress theme homepage: header with the theme's menu, content, footer widgets."""
    return doc(
        f"{co} &#8211; Property Management",
        WP_HEAD,
        f"<header id='masthead' class='site-header'><div class='site-branding'><a href='/' rel='home'>{co}</a></div>"
        f"{nav}</header><main id='primary' class='site-main'><h1>{co}</h1><p>Residential leasing and property "
        f"management for owners and residents across Central Texas.</p>{body}</main><footer id='colophon' "
        f"class='site-footer'>{footer}<p>&copy; 2026 {co}. All rights reserved.</p></footer>",
    )


def buildium_public_home(co: str) -> Reply:
    """Buildium's public Resident Center home (<acct>.managebuilding.com/Resident/public/home)."""
    return page(
        f"<header><a href='/Resident/public/home'>{co}</a><nav><a href='/Resident/public/rentals'>Rentals</a>"
        "<a href='/Resident/rental-application/new'>Apply</a><a href='/Resident/portal/login'>Resident login</a>"
        f"</nav></header><main><h1>Welcome to {co}</h1><p>Residents: sign in to pay rent and submit maintenance "
        "requests.</p></main><footer>Powered by Buildium</footer>",
        title=f"{co} - Home",
    )


def appfolio_signin(co: str) -> Reply:
    return VENDOR_LOGIN["AppFolio"](co)


def rm_resident(co: str) -> Reply:
    """A Rent Manager resident portal login (rmresident / rmwebaccess / twa hosts)."""
    return _login(f"{co} - Resident Portal", f"{co} Resident Portal", user="UserName", footer="Powered by Rent Manager")


# identical to tests/evidence_holdout.py's and tests/evidence_holdout2.py's pages on these
# host+paths (one host+path means one page across the corpora)
RENTEC_TENANT_LOGIN = _login("Tenant Login | Rentec Direct", "Tenant Login")
BUILDIUM_MANAGER_SIGNIN = _login("Buildium - Sign in", "Sign in to Buildium")
BUILDIUM_HOME = _login("Sign in", "Sign in")  # tests/evidence_corpus.py's www.buildium.com "/"


def _holdout3() -> list[Case]:
    collector = Collector("holdout3-")
    cases, add = collector.cases, collector.add

    # ======================= live_portal: a live account portal the site does not link -> medium

    # Rent Manager's <acct>.rmwebaccess.com web-access host (a listed account shape no corpus has
    # used); host seen in the vendor host lists of code ids 16979742239 / 17180626286
    co = "Bastrop Pines Property Management"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "bastroppinespm.com",
        "https://bastroppines.rmwebaccess.com/",
        "medium",
        {
            "bastroppinespm.com": home(co, "<p>Office hours: Monday to Friday, 9 to 5.</p>"),
            "bastroppines.rmwebaccess.com": {"/": rm_resident(co)},
        },
    )

    # RealPage online leasing on the shared host with the building in ?siteId= (the contract's
    # oll-leasing shape, never used before); seen in code ids 68431490261
    # (oll-leasing.loftliving.com/oll/?siteId=5304205) and 68379668792
    co = "The Belmont on Lamar"
    add(
        "live_portal",
        "RealPage",
        co,
        "belmontonlamar.com",
        "https://oll-leasing.loftliving.com/oll/?siteId=4471190",
        "medium",
        {
            "belmontonlamar.com": home(co, "<p>One and two bedroom apartments in North Austin.</p>"),
            "oll-leasing.loftliving.com": {
                "/oll/?siteId=4471190": page(
                    f"<header><h1>{co}</h1><p>Online Leasing</p></header><main><h2>Choose your floor plan</h2>"
                    "<ul><li>A1 - 1 Bed / 1 Bath - from $1,389 <a href='#apply'>Apply Now</a></li><li>B2 - 2 Bed / "
                    "2 Bath - from $1,845 <a href='#apply'>Apply Now</a></li></ul><p>Already applied? "
                    "<a href='#login'>Sign in</a> to continue your application.</p></main><footer>RealPage, Inc."
                    "</footer>",
                    title=f"{co} - Online Leasing",
                )
            },
        },
    )

    # the company site is a client-rendered React/Vite app: its static HTML is an empty root and
    # a module script (the portal links live in JS components, as in code ids 37832702597,
    # 52124034480); the agent gave the live AppFolio portal.
    # ambiguous: a person with a browser would see the site's "Resident Portal" link (high); what
    # the site serves to a reader is an empty shell that links nothing -> portal_live, medium.
    co = "Pinnacle Point Property Management"
    add(
        "live_portal",
        "AppFolio",
        co,
        "pinnaclepointpm.com",
        "https://pinnaclepointpm.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "pinnaclepointpm.com": {
                "/": doc(
                    f"{co} | Austin Property Management",
                    "<meta name='viewport' content='width=device-width, initial-scale=1.0'>"
                    "<script type='module' crossorigin src='/assets/index-4b1f9c2e.js'></script>"
                    "<link rel='stylesheet' crossorigin href='/assets/index-9a8e77d1.css'>",
                    "<div id='root'></div><noscript>You need to enable JavaScript to run this app.</noscript>",
                    lang="en",
                ),
                "/robots.txt": raw(200, "User-agent: *\nAllow: /\n", content_type="text/plain"),
            },
            "pinnaclepointpm.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # the company's WordPress site answers 500 with WordPress's "There has been a critical error on
    # this website." page (a plugin/PHP upgrade broke it); the given Buildium portal is live.
    # Shape: code ids 57982516472 (wordpress critical error page), 58378290662, 71113470122
    # ambiguous: the site is broken, not gone, and the portal is live (a careful person might
    # accept at medium); the contract says a 5xx is tried once more and failing twice is
    # check_failed, which is the label given.
    co = "Georgetown Crossing Realty"
    critical = raw(
        500,
        "<!DOCTYPE html><html dir='ltr' lang='en-US'><head><meta name='viewport' content='width=device-width'>"
        "<title>WordPress &rsaquo; Error</title></head><body id='error-page'><div class='wp-die-message'><p>There "
        "has been a critical error on this website.</p><p><a href='https://wordpress.org/documentation/article/"
        "faq-troubleshooting/'>Learn more about troubleshooting WordPress.</a></p></div></body></html>",
    )
    add(
        "live_portal",
        "Buildium",
        co,
        "georgetowncrossingrealty.com",
        "https://gtcrossing.managebuilding.com/Resident/portal/login",
        "check_failed",
        {
            "georgetowncrossingrealty.com": everywhere(critical),
            "gtcrossing.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)},
        },
    )

    # the agent's evidence is an AppFolio listing detail page whose listing has since been
    # rented: the account redirects to its own /listings index, which names the company.
    # listings/detail/<uuid> shape: code ids 62938198232, 38340803849, 62189731003
    # ambiguous: the exact page is gone, but the account answers live on the vendor host with
    # the company's name (not a vendor home or shared sign-in) -> medium.
    co = "Brazoria Rentals"
    add(
        "live_portal",
        "AppFolio",
        co,
        "brazoriarentals.com",
        "https://brazoriarentals.appfolio.com/listings/detail/3f6c1a9e-8b2d-4c7e-a1f0-5d9e8c7b6a41",
        "medium",
        {
            "brazoriarentals.com": home(co, "<p>Call (979) 555-0181 to schedule a showing.</p>"),
            "brazoriarentals.appfolio.com": {
                "/listings/detail/3f6c1a9e-8b2d-4c7e-a1f0-5d9e8c7b6a41": redirect("/listings?notice=listing_unavailable"),
                "/listings": page(
                    f"<header><img src='https://images.cdn.appfolio.com/brazoriarentals/images/logo.png' alt='{co}'>"
                    f"</header><h1>{co} - Available Rentals</h1><div class='flash'>That listing is no longer "
                    "available.</div><div class='listing-item'><h2>412 Magnolia St, Angleton, TX 77515</h2><p>3 bd / "
                    "2 ba - $1,650</p><a href='/listings/detail/9b8a7c6d'>View Details</a></div>"
                    "<footer>Powered by AppFolio Property Manager</footer>",
                    title=f"{co} - Listings",
                ),
            },
        },
    )

    # ======================= site_links_portal: the live site links the live portal -> high

    # WordPress + Elementor header button to Buildium's public Resident Center home; Elementor
    # button markup: code ids 62481585708, 68856583857; /Resident/public/home linked as "TENANT /
    # OWNER PORTAL": code ids 20114546499, 5708542673, 62040768188
    co = "San Marcos River Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "sanmarcosriverrentals.com",
        None,
        "high",
        {
            "sanmarcosriverrentals.com": {
                "/": doc(
                    f"{co} &#8211; Homes for Rent in San Marcos",
                    WP_HEAD + "<link rel='stylesheet' href='/wp-content/plugins/elementor/assets/css/frontend.min.css'>",
                    "<div data-elementor-type='header' class='elementor elementor-location-header'><div class="
                    "'elementor-element elementor-widget elementor-widget-button'><div class='elementor-widget-"
                    "container'><div class='elementor-button-wrapper'><a class='elementor-button elementor-button-"
                    "link elementor-size-sm' href='https://sanmarcosriver.managebuilding.com/Resident/public/home' "
                    "target='_blank'><span class='elementor-button-content-wrapper'><span class='elementor-button-"
                    "text'>Tenant / Owner Portal</span></span></a></div></div></div></div>"
                    f"<div data-elementor-type='wp-page' class='elementor'><h1>{co}</h1><p>Student and family rentals "
                    "near campus.</p></div>",
                )
            },
            "sanmarcosriver.managebuilding.com": {"/Resident/public/home": buildium_public_home(co)},
        },
    )

    # a WordPress theme menu: "Residents" (href="#") opens a sub-menu whose custom item is the
    # AppFolio sign-in with ?portfolio_uuid=; WP menu markup: code ids 53817126077, 10580187334;
    # the portfolio_uuid link: code id 37832702597
    co = "Hays County Homes"
    nav = (
        "<nav id='site-navigation' class='main-navigation'><ul id='primary-menu' class='menu'>"
        "<li id='menu-item-21' class='menu-item menu-item-type-post_type menu-item-object-page'><a href='/about-us/'>"
        "About Us</a></li><li id='menu-item-35' class='menu-item menu-item-type-custom menu-item-object-custom "
        "menu-item-has-children'><a href='#'>Residents</a><ul class='sub-menu'><li id='menu-item-36' class='menu-item "
        "menu-item-type-custom menu-item-object-custom'><a target='_blank' rel='noopener' href='https://hayscountyhomes"
        ".appfolio.com/connect/users/sign_in?portfolio_uuid=7c2e4f10-1a9b-11ef-8d3c-0a58a9feac02'>Resident Portal</a>"
        "</li><li id='menu-item-37' class='menu-item menu-item-type-post_type menu-item-object-page'><a href='/"
        "maintenance-request/'>Maintenance Request</a></li></ul></li><li id='menu-item-40' class='menu-item "
        "menu-item-type-post_type menu-item-object-page'><a href='/contact/'>Contact</a></li></ul></nav>"
    )
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "hayscountyhomes.com",
        None,
        "high",
        {
            "hayscountyhomes.com": {"/": wp_home(co, nav, "<p>Now leasing in Kyle and Buda.</p>")},
            "hayscountyhomes.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # a Squarespace 7.1 header: an external nav item (header-nav-item--external) to the Rentvine
    # resident portal, with Squarespace's own static1.squarespace.com scripts on a live site;
    # markup: code ids 49288197600, 22219731331; Rentvine portal: code ids 7918228721, 69390595162
    co = "Hill Country Haven Rentals"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "hillcountryhavenrentals.com",
        None,
        "high",
        {
            "hillcountryhavenrentals.com": {
                "/": doc(
                    f"{co} &mdash; Fredericksburg Rentals",
                    "<script src='https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/"
                    "site-bundle.92f4a1b3.js'></script>",
                    "<header id='header' class='header theme-col--primary' data-controller='Header'><div class="
                    "'header-nav'><div class='header-nav-wrapper'><nav class='header-nav-list'><div class='header-nav"
                    "-item header-nav-item--collection'><a href='/available-rentals' data-animation-role='header-"
                    "element'>Available Rentals</a></div><div class='header-nav-item header-nav-item--external'><a "
                    "href='https://hillcountryhaven.rentvine.com/portals/resident/' target='_blank' data-animation-"
                    "role='header-element'>Resident Portal</a></div></nav></div></div></header><main><section class="
                    f"'page-section'><h1>{co}</h1><p>Vacation-country homes, managed locally.</p></section></main>",
                )
            },
            "hillcountryhaven.rentvine.com": {"/portals/resident/": spa_shell(f"{co} Resident Portal")},
        },
    )

    # a Duda site's button (a.dmButtonLink, data-element-type="dButtonLinkId") to a Propertyware
    # owner portal; Duda markup: code ids 37122377000, 21190979164; owner.action: code id 67309610817
    co = "Victoria Coastal Management"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "victoriacoastalmgmt.com",
        None,
        "high",
        {
            "victoriacoastalmgmt.com": {
                "/": doc(
                    co,
                    "<link rel='stylesheet' href='https://irp.cdn-website.com/css/runtime-ltr.min.css'>",
                    "<div id='dmRoot' class='dmRoot'><div class='dmRespRow'><div class='dmRespCol large-12'><h1>"
                    f"{co}</h1><p>Serving Victoria and the Crossroads since 2004.</p><a data-display-type='block' "
                    "class='align-center dmButtonLink dmWidget dmWwr default dmOnlyButton dmDefaultGradient' file="
                    "'false' href='https://app.propertyware.com/pw/portals/victoriacoastal/owner.action' data-element-"
                    "type='dButtonLinkId' id='1432118065' target='_blank'><span class='iconBg'><span class='icon "
                    "hasFontIcon icon-star'></span></span><span class='text'>Owner Portal</span></a></div></div></div>",
                )
            },
            "app.propertyware.com": {
                "/pw/portals/victoriacoastal/owner.action": _login(
                    f"{co} - Owner Portal", "Owner Portal Login", footer="Propertyware"
                )
            },
        },
    )

    # a Weebly site's button (a.wsite-button, editmysite.com assets) to a DoorLoop rental listings
    # page with companyId; Weebly markup: code ids 15085889089, 17103836331; DoorLoop listing link
    # shape: code ids 62660890198, 54509621663
    co = "Gulf Breeze Leasing"
    url = (
        "https://gulfbreeze.app.doorloop.com/tenant-portal/rental-applications/listing?companyId=6601a9c2e4b0f31d8c5e"
        "7a10&source=CompanyLink"
    )
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "gulfbreezeleasing.com",
        None,
        "high",
        {
            "gulfbreezeleasing.com": {
                "/": doc(
                    f"{co} - Home",
                    "<script src='//cdn2.editmysite.com/js/site/main.js?buildTime=1718000000'></script>",
                    "<div class='wsite-header'><span class='wsite-logo'>" + co + "</span></div><div id='wsite-content'"
                    " class='wsite-elements wsite-not-footer'><h2 class='wsite-content-title'>Homes for rent in "
                    "Corpus Christi</h2><div style='text-align:center;'><a class='wsite-button wsite-button-large "
                    f"wsite-button-highlight' href='{url}' target='_blank'><span class='wsite-button-inner'>Apply / "
                    "Tenant Portal</span></a></div></div>",
                )
            },
            "gulfbreeze.app.doorloop.com": {"/tenant-portal/rental-applications/listing": spa_shell(f"{co} | Rental Listings")},
        },
    )

    # the homepage menu links "Tenant Resources" (/tenant-resources/, not one of the usual
    # /residents, /tenants ... paths); that page links the Buildium portal next to a Property Meld
    # maintenance link and a PDF. Resources dropdown with managebuilding + app.propertymeld.com/
    # tenant/<slug>/: code id 4855991849; resources page: https://www.rentalpropertymanagement.org/residents/resources/
    co = "Pflugerville Property Partners"
    pages = home(co, "<nav class='secondary'><a href='/tenant-resources/'>Tenant Resources</a></nav>")
    pages["/tenant-resources/"] = page(
        "<h1>Tenant Resources</h1><ul><li><a href='https://pfpartners.managebuilding.com/Resident/portal/login' "
        "target='_blank'>Pay Rent / Tenant Portal</a></li><li><a href='https://app.propertymeld.com/tenant/"
        "pf-partners/' target='_blank'>Submit a Maintenance Request</a></li><li><a href='/wp-content/uploads/2025/01/"
        "move-out-checklist.pdf'>Move-Out Checklist (PDF)</a></li></ul>",
        title=f"Tenant Resources | {co}",
    )
    add(
        "site_links_portal",
        "Buildium",
        co,
        "pflugervillepropertypartners.com",
        None,
        "high",
        {
            "pflugervillepropertypartners.com": pages,
            "pfpartners.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)},
        },
    )

    # a Residents dropdown whose "Pay Rent" item is a nested inner page (/residents/pay-rent/,
    # while /residents itself does not exist) that explains the portal and links AppFolio's
    # /connect; pay-rent instruction page shape: https://www.platinumrentalproperty.com/pay-rent
    co = "Oak Cliff Homes Management"
    nav = (
        "<nav class='main-navigation'><ul class='menu'><li class='menu-item menu-item-has-children'><a href='#'>"
        "Residents</a><ul class='sub-menu'><li class='menu-item'><a href='/residents/pay-rent/'>Pay Rent</a></li>"
        "<li class='menu-item'><a href='/residents/maintenance/'>Maintenance</a></li></ul></li><li class='menu-item'>"
        "<a href='/owners/'>Owners</a></li></ul></nav>"
    )
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "oakcliffhomesmgmt.com",
        None,
        "high",
        {
            "oakcliffhomesmgmt.com": {
                "/": wp_home(co, nav, "<p>Dallas single-family homes and duplexes.</p>"),
                "/residents/pay-rent/": page(
                    "<h1>Pay Rent Online</h1><p>Pay your rent and submit maintenance requests through your Resident "
                    "Portal. The first time you sign in, use the email address you gave us on your application.</p>"
                    "<ol><li>Open the Resident Portal.</li><li>Click Make a Payment.</li></ol><a class='button' "
                    "href='https://oakcliffhomes.appfolio.com/connect' target='_blank'>Resident Portal</a>",
                    title=f"Pay Rent | {co}",
                ),
            },
            "oakcliffhomes.appfolio.com": {
                "/connect": redirect("/connect/users/sign_in"),
                "/connect/users/sign_in": appfolio_signin(co),
            },
        },
    )

    # the apex 301s to www (the everyday setup), and the www homepage's footer links the Rent
    # Manager <acct>.rmresident.com portal; rmresident shape: code ids 71127993591, 27376798813
    co = "Brenham Rental Services"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "brenhamrentalservices.com",
        None,
        "high",
        {
            "brenhamrentalservices.com": {
                "/": redirect("https://www.brenhamrentalservices.com/", 301),
                "/robots.txt": redirect("https://www.brenhamrentalservices.com/robots.txt", 301),
            },
            "www.brenhamrentalservices.com": {
                "/": wp_home(
                    co,
                    "<nav><a href='/rentals/'>Rentals</a><a href='/contact/'>Contact</a></nav>",
                    "<p>Homes and apartments in Washington County.</p>",
                    footer="<div class='widget'><h3>Residents</h3><a href='https://brenhamrentals.rmresident.com/'>"
                    "Resident Login</a></div>",
                ),
                "/robots.txt": raw(200, "User-agent: *\nDisallow: /wp-admin/\n", content_type="text/plain"),
            },
            "brenhamrentals.rmresident.com": {"/": rm_resident(co)},
        },
    )

    # a hand-edited HTML widget whose href carries a newline and spaces around the ResMan URL
    # (browsers strip leading/trailing whitespace from URLs); ResMan SignIn/<abbr> shape: code ids
    # 7932052185, 52694016038. No stored source for the whitespace itself.
    co = "Bluebonnet Flats"
    add(
        "site_links_portal",
        "ResMan",
        co,
        "bluebonnetflatsapts.com",
        None,
        "high",
        {
            "bluebonnetflatsapts.com": home(
                co,
                "<div class='textwidget custom-html-widget'><a class='btn' href='\n   https://bluebonnetflats.myresman"
                ".com/Portal/Access/SignIn/BBF   \n'>Resident Login</a></div>",
            ),
            "bluebonnetflats.myresman.com": {"/Portal/Access/SignIn/BBF": VENDOR_LOGIN["ResMan"](co)},
        },
    )

    # the footer links the Buildium *staff* login on the account host (/manager/, which 302s to the
    # shared signin.managebuilding.com) as "Owner Login" and the live Resident Center as "Resident
    # Login": code id 1855114382 (acmpm.managebuilding.com/manager/ as Owner and Board Member Login)
    # ambiguous: one of the two links lands on a shared sign-in, the other on the account's live
    # portal -> high.
    co = "Lakeway Association Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "lakewayassocmgmt.com",
        None,
        "high",
        {
            "lakewayassocmgmt.com": home(
                co,
                "<div class='footer-column'><h3>Services</h3><a href='https://lakewayam.managebuilding.com/Resident/"
                "portal/login'>Resident Login</a><a href='https://lakewayam.managebuilding.com/manager/'>Owner Login"
                "</a><a href='https://lakewayam.managebuilding.com/manager/'>Board Member Login</a></div>",
            ),
            "lakewayam.managebuilding.com": {
                "/Resident/portal/login": VENDOR_LOGIN["Buildium"](co),
                "/manager/": redirect(
                    "https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2Fmanager%2F"
                ),
            },
            "signin.managebuilding.com": {"/manager/public/authentication/login": BUILDIUM_MANAGER_SIGNIN},
        },
    )

    # the company's domain has no site of its own: the registrar forwards it (301) to its
    # Buildium public site. Buildium public homes used as a company's resident portal / website:
    # code ids 62040768188, 70516749951, 20793999923
    # ambiguous: the domain's only "site" is on the vendor's host; it works like a vanity host that
    # redirects into the vendor (the contract counts that as a link to where it goes) -> high.
    co = "Kyle Creek Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "kylecreekpm.com",
        None,
        "high",
        {
            "kylecreekpm.com": {
                "/": redirect("https://kylecreekpm.managebuilding.com/Resident/public/home", 301),
                "/robots.txt": not_found(),
            },
            "kylecreekpm.managebuilding.com": {"/Resident/public/home": buildium_public_home(co)},
        },
    )

    # ======================= no_account: the given URL is not this company's live portal

    # the agent's evidence is a live Buildium portal of a *different*, similarly named company in
    # another state (an agent mixing up two "Riverside" firms); the candidate's site links nothing.
    # Buildium login shape: code ids 15005069539, 56674311379
    # ambiguous: the portal is live with a login form (literally "live"), but it names another
    # company in Ohio; it is not that account's portal -> evidence_unverified.
    add(
        "no_account",
        "Buildium",
        "Riverside Realty Group",
        "riversiderealtygrp.com",
        "https://riversideps.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "riversiderealtygrp.com": home("Riverside Realty Group", "<p>Serving New Braunfels since 2011.</p>"),
            "riversideps.managebuilding.com": {
                "/Resident/portal/login": _login(
                    "Riverside Property Services - Resident Center",
                    "Riverside Property Services Resident Center",
                    user="Email",
                    footer="Riverside Property Services, 220 W Main St, Columbus, OH 43215 &middot; Powered by Buildium",
                )
            },
        },
    )

    # a ResMan account host that now 302s to ResMan's marketing home (account closed); ResMan
    # SignIn/<abbr> shape: code ids 7932052185, 62975635575. No stored source for ResMan's own
    # dead-account answer: the vendor-home redirect is the shape other vendors use.
    co = "Cedar Bluff Apartments"
    add(
        "no_account",
        "ResMan",
        co,
        "cedarbluffapts.com",
        "https://cedarbluff.myresman.com/Portal/Access/SignIn/CBA",
        "evidence_unverified",
        {
            "cedarbluffapts.com": home(co, "<p>Pet friendly. Pool. Covered parking.</p>"),
            "cedarbluff.myresman.com": {"/Portal/Access/SignIn/CBA": redirect("https://www.myresman.com/")},
            "www.myresman.com": {
                "/": page("<h1>Multifamily property management software</h1>", title="ResMan | Property Management Software")
            },
        },
    )

    # a DoorLoop account host that hands every path to DoorLoop's shared sign-in (no account, no
    # company name); the contract: a redirect to a shared sign-in page is evidence_unverified.
    # <acct>.app.doorloop.com shape: code ids 56173676955, 57165414270
    co = "Coastal Bend Homes"
    add(
        "no_account",
        "DoorLoop",
        co,
        "coastalbendhomestx.com",
        "https://coastalbendhomes.app.doorloop.com/tenant-portal/login",
        "evidence_unverified",
        {
            "coastalbendhomestx.com": home(co, "<p>Rockport, Aransas Pass and Port Aransas.</p>"),
            "coastalbendhomes.app.doorloop.com": {"/tenant-portal/login": redirect("https://app.doorloop.com/login")},
            "app.doorloop.com": {"/login": spa_shell("DoorLoop | Login")},  # as in tests/evidence_holdout.py
        },
    )

    # a TenantCloud account listing that answers a branded 404 page; <acct>.tenantcloud.com/listings/<id>
    # shape: code id 71509213841
    co = "Lago Vista Rentals"
    add(
        "no_account",
        "TenantCloud",
        co,
        "lagovistarentals.com",
        "https://lagovistarentals.tenantcloud.com/listings/55120",
        "evidence_unverified",
        {
            "lagovistarentals.com": home(co, "<p>Lake Travis homes for rent.</p>"),
            "lagovistarentals.tenantcloud.com": {
                "/listings/55120": page(
                    "<div class='error-page'><h1>404</h1><h2>Oops! Page not found.</h2><p>The page you are looking "
                    "for does not exist or was removed.</p><a href='https://www.tenantcloud.com/'>Go to TenantCloud"
                    "</a></div>",
                    title="Page not found | TenantCloud",
                    status=404,
                )
            },
        },
    )

    # ======================= stale_portal: the live site links a portal that is dead for it

    # the "Owners" menu item (/owners) is the only page with a portal link: a Rentvine owner
    # portal whose account name no longer resolves; Rentvine owner portal: code ids 7918228721,
    # 28454427604
    co = "Round Rock Home Rentals"
    pages = home(co, "<p>Owners: see our owner services.</p>")
    pages["/owners"] = page(
        "<h1>Owner Services</h1><p>Monthly statements, year-end 1099s and work orders are in your Owner Portal.</p>"
        "<a href='https://roundrockhomerentals.rentvine.com/portals/owner/'>Owner Portal Login</a>",
        title=f"Owners | {co}",
    )
    add(
        "stale_portal",
        "Rentvine",
        co,
        "roundrockhomerentals.com",
        None,
        "evidence_unverified",
        {"roundrockhomerentals.com": pages},
        unresolvable=("roundrockhomerentals.rentvine.com",),
    )

    # a Squarespace header's "Resident Login" to a Buildium public home whose account now redirects
    # to buildium.com (the company left Buildium and never updated the menu); Squarespace markup:
    # code id 49288197600; Buildium public home: code ids 20114546499, 1406511366
    co = "Marble Falls Lakeside Rentals"
    add(
        "stale_portal",
        "Buildium",
        co,
        "marblefallslakesiderentals.com",
        None,
        "evidence_unverified",
        {
            "marblefallslakesiderentals.com": {
                "/": doc(
                    co,
                    "<script src='https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/"
                    "site-bundle.92f4a1b3.js'></script>",
                    "<header id='header' class='header'><nav class='header-nav-list'><div class='header-nav-item "
                    "header-nav-item--external'><a href='https://mflakeside.managebuilding.com/Resident/public/home' "
                    f"target='_blank'>Resident Login</a></div></nav></header><main><h1>{co}</h1><p>Lake LBJ cottages "
                    "and homes.</p></main>",
                )
            },
            "mflakeside.managebuilding.com": {"/Resident/public/home": redirect("https://www.buildium.com/")},
            "www.buildium.com": {"/": BUILDIUM_HOME},
        },
    )

    # the site links a Rent Manager tenant web access root (<acct>.twa.rentmanager.com/) that now
    # answers IIS's stock 404; twa root linked as the portal: code id 70095364362
    # ("PORTAL: 'https://leasepg.twa.rentmanager.com/'")
    co = "Temple Belton Rentals"
    add(
        "stale_portal",
        "Rent Manager",
        co,
        "templebeltonrentals.com",
        None,
        "evidence_unverified",
        {
            "templebeltonrentals.com": home(
                co, "<a class='btn' href='https://templebelton.twa.rentmanager.com/'>Resident Portal</a>"
            ),
            "templebelton.twa.rentmanager.com": {
                "/": raw(
                    404,
                    "<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head><body><div "
                    "id='header'><h1>Server Error</h1></div><div id='content'><fieldset><h2>404 - File or directory "
                    "not found.</h2><h3>The resource you are looking for might have been removed, had its name "
                    "changed, or is temporarily unavailable.</h3></fieldset></div></body></html>",
                    {"Server": "Microsoft-IIS/10.0"},
                )
            },
        },
    )

    # ======================= vendor_wide: vendor-wide hosts, never an account

    # the agent's evidence is the property's RentCafe marketplace page (www.rentcafe.com/apartments/
    # <st>/<city>/<slug>/default.aspx): Yardi's vendor-wide listing host, not a resident portal.
    # Seen in code ids 57438877534, 70395399665, 54917181848
    # ambiguous: the page names the property and suggests Yardi, but the host is Yardi's public
    # marketplace (any property can be listed there) -> no_pms_evidence.
    co = "The Oaks at Medina"
    add(
        "vendor_wide",
        "Yardi",
        co,
        "oaksatmedina.com",
        "https://www.rentcafe.com/apartments/tx/san-antonio/the-oaks-at-medina/default.aspx",
        "no_pms_evidence",
        {
            "oaksatmedina.com": home(co, "<p>Resort-style living on the west side.</p>"),
            "www.rentcafe.com": {
                "/apartments/tx/san-antonio/the-oaks-at-medina/default.aspx": page(
                    f"<h1>{co}</h1><p>8210 Medina Base Rd, San Antonio, TX 78227</p><ul><li>1 Bed - $1,099+</li>"
                    "<li>2 Beds - $1,349+</li></ul><a href='#'>Check Availability</a><a href='#'>Apply Now</a>",
                    title=f"{co} Apartments - San Antonio, TX | RentCafe",
                )
            },
        },
    )

    # the site's resident FAQ links Buildium's help-center article about the resident site as
    # "How to use the Resident Center" (vendor help, no account). The article exists at
    # https://support.buildium.com/hc/en-us/articles/360023586652-New-Resident-Site
    co = "Liberty Hill Leasing"
    add(
        "vendor_wide",
        "Buildium",
        co,
        "libertyhillleasing.com",
        None,
        "no_pms_evidence",
        {
            "libertyhillleasing.com": home(
                co,
                "<h2>Resident FAQ</h2><p>Watch for your Resident Center welcome email. <a href='https://support."
                "buildium.com/hc/en-us/articles/360023586652-New-Resident-Site'>How to use the Resident Center</a>"
                "</p>",
            ),
            "support.buildium.com": {
                "/hc/en-us/articles/360023586652-New-Resident-Site": page(
                    "<h1>New Resident Site</h1><p>Every account comes with a free resident site.</p>",
                    title="New Resident Site - Buildium Help Center",
                )
            },
        },
    )

    # "Tenant Portal" links TenantCloud's marketing page for tenants (www.tenantcloud.com/tenant,
    # seen in code id 67386211309), not its shared sign-in nor an account.
    # ambiguous: TenantCloud is a shared-sign-in vendor (its sign-in would be medium), but this is
    # the marketing site, which proves no account and is no sign-in -> no_pms_evidence.
    co = "Salado Creek Rentals"
    add(
        "vendor_wide",
        "TenantCloud",
        co,
        "saladocreekrentals.com",
        None,
        "no_pms_evidence",
        {
            "saladocreekrentals.com": home(co, "<a href='https://www.tenantcloud.com/tenant'>Tenant Portal</a>"),
            "www.tenantcloud.com": {
                "/tenant": page(
                    "<h1>Everything a renter needs, in one place</h1><p>Pay rent online, request maintenance and "
                    "store your documents.</p><a href='https://home.tenantcloud.com/register'>Sign up free</a>",
                    title="Tenant Portal Software for Renters | TenantCloud",
                )
            },
        },
    )

    # ======================= asset: vendor CDN assets, never a portal link

    # the hero section's inline style loads a listing photo from AppFolio's image CDN (the account
    # in the path), no anchor; images.cdn.appfolio.com/<acct>/images/... : lead-domain notes
    # (find_string id 9551838100)
    co = "Travis Pointe Management"
    add(
        "asset",
        "AppFolio",
        co,
        "travispointemgmt.com",
        None,
        "no_pms_evidence",
        {
            "travispointemgmt.com": home(
                co,
                "<section class='hero' style=\"background-image:url('https://images.cdn.appfolio.com/travispointe/"
                "images/7d1e2c3b-5a4f-4e2d-9c8b-1a2b3c4d5e6f/large.jpg')\"><h2>Find your next home</h2></section>",
            )
        },
    )

    # an Entrata-built property site's gallery: photos from medialibrarycf.entrata.com/<cid>/MLv3/...
    # (seen in code id 14114913426) and no resident-portal link
    co = "Vista Ridge Apartments"
    add(
        "asset",
        "Entrata",
        co,
        "vistaridgeaptstx.com",
        None,
        "no_pms_evidence",
        {
            "vistaridgeaptstx.com": home(
                co,
                "<div class='gallery'><img src='https://medialibrarycf.entrata.com/18842/MLv3/4/22/2024/05/02/101512/"
                "66337a2b1c9d44.40211935201.jpg' alt='Pool'><img src='https://medialibrarycf.entrata.com/18842/MLv3/4/"
                "22/2024/05/02/101530/66337a3c8e2f11.11830946310.jpg' alt='Clubhouse'></div>",
            )
        },
    )

    # the portal URL appears only in the SEO plugin's JSON-LD Organization block (sameAs), not in
    # any link on the page (Yoast/RankMath-style schema); no stored source for a portal in sameAs.
    # ambiguous: the structured data names the company's AppFolio account, but it is a script, not
    # a link a visitor can follow; the contract never reads scripts -> no_pms_evidence.
    co = "Bee Cave Residential"
    add(
        "asset",
        "AppFolio",
        co,
        "beecaveresidential.com",
        None,
        "no_pms_evidence",
        {
            "beecaveresidential.com": home(
                co,
                "<script type='application/ld+json' class='yoast-schema-graph'>{\"@context\":\"https://schema.org\","
                '"@graph":[{"@type":"Organization","name":"Bee Cave Residential","url":"https://'
                'beecaveresidential.com/","sameAs":["https://www.facebook.com/beecaveresidential","https://'
                'beecaveres.appfolio.com/connect"]}]}</script><p>Call us about leasing.</p>',
            ),
            "beecaveres.appfolio.com": {"/connect": appfolio_signin(co)},
        },
    )

    # ======================= shared_signin

    # "Tenant Login" links Rentec Direct's universal tenant address www.rentecdirect.com/tenants,
    # which redirects to the shared sign-in on secure.rentecdirect.com. The universal address:
    # http://support.rentecdirect.com/knowledgebase/articles/194499-tenant-portals
    # ambiguous: the link's host is Rentec's marketing site (vendor-wide), but the path is its
    # documented tenant sign-in and lands on the live shared login -> site_links_signin, medium.
    co = "Tyler Street Rentals"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "tylerstreetrentals.com",
        None,
        "medium",
        {
            "tylerstreetrentals.com": home(
                co, "<a class='menu-item' href='https://www.rentecdirect.com/tenants'>Tenant Login</a>"
            ),
            "www.rentecdirect.com": {"/tenants": redirect("https://secure.rentecdirect.com/tenants/login.php", 301)},
            "secure.rentecdirect.com": {"/tenants/login.php": RENTEC_TENANT_LOGIN},
        },
    )

    # a sidebar login box whose form posts to TenantCloud's shared sign-in (home.tenantcloud.com/
    # auth/login; shared login host: code id 67075514049)
    co = "Nacogdoches Home Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "nacogdocheshomerentals.com",
        None,
        "medium",
        {
            "nacogdocheshomerentals.com": home(
                co,
                "<aside class='login-box'><h3>Tenant Login</h3><form action='https://home.tenantcloud.com/auth/login' "
                "method='post'><input type='email' name='email' placeholder='Email'><input type='password' "
                "name='password' placeholder='Password'><button type='submit'>Log in</button></form></aside>",
            ),
            "home.tenantcloud.com": {"/auth/login": TENANTCLOUD_SIGNIN},
        },
    )

    # a Rent Manager candidate whose "Resident Login" is Rent Manager's shared web-access root
    # (asks for the Corporate ID; no corpid in the URL); residentwebaccess link shape: code ids
    # 55643621840, 42514966511. Rent Manager is not a shared-sign-in vendor -> no evidence.
    co = "Killeen Fort Hood Rentals"
    add(
        "shared_signin",
        "Rent Manager",
        co,
        "killeenforthoodrentals.com",
        None,
        "no_pms_evidence",
        {
            "killeenforthoodrentals.com": home(
                co, "<a class='menu-item' href='https://residentwebaccess.rentmanager.com/'>Resident Login</a>"
            ),
            "residentwebaccess.rentmanager.com": {
                "/": _login(
                    "Resident Web Access",
                    "Resident Web Access",
                    user="txtUserName",
                    extra="<label>Corporate ID</label><input name='txtCorpID'>",
                    footer="Rent Manager",
                )
            },
        },
    )

    # ======================= other_pms

    # an AppFolio candidate whose homepage links /residents, where the only portal is a live
    # Buildium Resident Center (inner-page mismatch); residents page + managebuilding link: code id
    # 4855991849
    co = "Cedar Park Homes Management"
    pages = home(co, "<a href='/residents'>Residents</a>")
    pages["/residents"] = page(
        "<h1>Residents</h1><p>Pay rent and request repairs online.</p><a href='https://cedarparkhomes.managebuilding"
        ".com/Resident/portal/login'>Resident Center</a>",
        title=f"Residents | {co}",
    )
    add(
        "other_pms",
        "AppFolio",
        co,
        "cedarparkhomesmgmt.com",
        None,
        "pms_mismatch",
        {
            "cedarparkhomesmgmt.com": pages,
            "cedarparkhomes.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)},
        },
    )

    # an acquired company: its domain 301s to the acquirer's page "... is now part of Summit Crest",
    # which links the acquirer's live AppFolio portal; the agent's Buildium evidence (the old
    # account) is gone. Domains of absorbed companies redirecting to the acquirer: code id
    # 57907742502 (a wound-down company's domain now redirecting elsewhere); rebrand notices:
    # https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: the company as named no longer runs its own site; what its domain shows today is
    # an AppFolio portal -> pms_mismatch (evidence_unverified would also be a rejection).
    co = "Heritage Oaks Property Management"
    add(
        "other_pms",
        "Buildium",
        co,
        "heritageoakspm.com",
        "https://heritageoakspm.managebuilding.com/Resident/portal/login",
        "pms_mismatch",
        {
            "heritageoakspm.com": {"/": redirect("https://www.summitcrestpm.com/heritage-oaks/", 301)},
            "www.summitcrestpm.com": {
                "/heritage-oaks/": page(
                    f"<h1>{co} is now part of Summit Crest Property Management</h1><p>Residents and owners of "
                    "Heritage Oaks: your homes are now managed by Summit Crest. Use the new resident portal below."
                    "</p><a class='btn' href='https://summitcrestpm.appfolio.com/connect'>Resident Portal</a>",
                    title="Heritage Oaks is now Summit Crest | Summit Crest Property Management",
                )
            },
            "summitcrestpm.appfolio.com": {"/connect": appfolio_signin("Summit Crest Property Management")},
            "heritageoakspm.managebuilding.com": {"/Resident/portal/login": not_found()},
        },
    )

    # a DoorLoop candidate whose WordPress "Owners" menu links a live Rent Manager owner web access
    # account (?CorpID=); ownerwebaccess shape: the contract's Rent Manager row, code id 42514966511
    co = "Kingsland Lake Properties"
    nav = (
        "<nav class='main-navigation'><ul class='menu'><li class='menu-item menu-item-has-children'><a href='#'>Owners"
        "</a><ul class='sub-menu'><li class='menu-item menu-item-type-custom menu-item-object-custom'><a href='https:"
        "//ownerwebaccess.rentmanager.com/OwnerLogin.aspx?CorpID=kingslandlake'>Owner Login</a></li></ul></li></ul>"
        "</nav>"
    )
    add(
        "other_pms",
        "DoorLoop",
        co,
        "kingslandlakeproperties.com",
        None,
        "pms_mismatch",
        {
            "kingslandlakeproperties.com": {"/": wp_home(co, nav, "<p>Highland Lakes homes and cabins.</p>")},
            "ownerwebaccess.rentmanager.com": {
                "/OwnerLogin.aspx?CorpID=kingslandlake": _login(
                    "Owner Web Access", f"Welcome to {co} Owner Web Access", user="txtUserName", footer="Rent Manager"
                )
            },
        },
    )

    # ======================= no_portal

    # a small landlord's /pay-rent page: Zelle and mailed checks, maintenance by Google Form; no PMS
    # (everyday small-landlord shape; no stored source for this exact page)
    co = "Seguin Family Rentals"
    pages = home(
        co,
        "<a href='/pay-rent'>Pay Rent</a><a href='https://docs.google.com/forms/d/e/1FAIpQLSdX3v9kq2LmN8pR4tYz/"
        "viewform'>Maintenance Request</a>",
    )
    pages["/pay-rent"] = page(
        "<h1>Paying Rent</h1><p>Rent is due on the 1st. Pay by Zelle to rent@seguinfamilyrentals.com, or mail a "
        "check to PO Box 1120, Seguin, TX 78156. Please put your address in the memo.</p>",
        title=f"Pay Rent | {co}",
    )
    add("no_portal", "Buildium", co, "seguinfamilyrentals.com", None, "no_pms_evidence", {"seguinfamilyrentals.com": pages})

    # the site links RentRedi's tenant and owner logins (a PMS outside the vendor table); links
    # seen in code id 56839131545 (tenant.rentredi.com/getStarted, app.rentredi.com/login)
    # ambiguous: a careful person sees the company uses another PMS (RentRedi), but it is not one
    # the vendor table knows, so nothing proves or contradicts AppFolio -> no_pms_evidence.
    co = "Waco Rental Homes"
    add(
        "no_portal",
        "AppFolio",
        co,
        "wacorentalhomes.com",
        None,
        "no_pms_evidence",
        {
            "wacorentalhomes.com": home(
                co,
                "<a href='https://tenant.rentredi.com/getStarted'>Tenant Portal</a><a href='https://app.rentredi.com/"
                "login'>Owner Login</a>",
            ),
            "tenant.rentredi.com": {"/getStarted": spa_shell("RentRedi")},
            "app.rentredi.com": {"/login": spa_shell("RentRedi - Login")},
        },
    )

    # a RealPage candidate (an apartment community) whose "Pay Rent" goes to RentPayment, a payment
    # processor (support.rentpayment.com in the pages search) that shows no RealPage account.
    # ambiguous: RentPayment belongs to RealPage's family, but communities on any PMS use it; it is
    # not a RealPage account portal -> no_pms_evidence.
    co = "Parkside at Round Rock"
    add(
        "no_portal",
        "RealPage",
        co,
        "parksideroundrock.com",
        None,
        "no_pms_evidence",
        {
            "parksideroundrock.com": home(
                co, "<a class='btn' href='https://www.rentpayment.com/pay/login.html?pmc=48211'>Pay Rent</a>"
            ),
            "www.rentpayment.com": {"/pay/login.html": _login("RentPayment - Login", "Log in to pay rent", footer="RentPayment")},
        },
    )

    # ======================= parked / placeholder sites (a live portal given changes nothing)

    def parked_case(
        label: str,
        pms: str,
        portal_url: str,
        portal: Reply,
        pages: dict[str, Reply],
        domain: str,
        more: dict[str, dict[str, Reply]] | None = None,
    ) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(portal_url)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        add(
            "parked",
            pms,
            f"{label} Property Management",
            domain,
            portal_url,
            "dead_domain",
            {domain: pages, parts.hostname or "": {path: portal}, **(more or {})},
        )

    # GoDaddy's page for a lapsed registration ("This domain has expired. Is this your domain?
    # Renew now") on its parking lander; wording: code ids 1376441401, 71124835936; GoDaddy parks
    # domains a few days after expiry: http://support.godaddy.com/help/article/6700
    parked_case(
        "Blanco River",
        "Buildium",
        "https://blancoriverpm.managebuilding.com/Resident/portal/login",
        VENDOR_LOGIN["Buildium"]("Blanco River Property Management"),
        {
            "/": doc(
                "blancoriverpm.com",
                "<script>window.LANDER_SYSTEM='EXP';</script>",
                "<div id='root'><h1>blancoriverpm.com</h1><p>This domain has expired. Is this your domain?</p>"
                "<a href='https://www.godaddy.com/domain-renewal?domainToCheck=blancoriverpm.com'>Renew now</a></div>"
                "<script src='https://img1.wsimg.com/parking-lander/static/js/main.8e2a4f1c.js'></script>",
            )
        },
        "blancoriverpm.com",
    )

    # the domain 302s to its listing on the Atom brandable-domain marketplace (www.atom.com/name/
    # <Name>, "Premium Domain For Sale"); seen in code ids 57907742502, 68337895740
    parked_case(
        "Travis Heights",
        "AppFolio",
        "https://travisheightspm.appfolio.com/connect/users/sign_in",
        appfolio_signin("Travis Heights Property Management"),
        {"/": redirect("https://www.atom.com/name/TravisHeightsPM")},
        "travisheightspm.com",
        {
            "www.atom.com": {
                "/name/TravisHeightsPM": page(
                    "<h1>TravisHeightsPM.com</h1><p>This premium domain name is available for purchase.</p>"
                    "<a href='#'>Buy Now</a><a href='#'>Make an Offer</a>",
                    title="TravisHeightsPM.com - Premium Domain For Sale | Atom",
                )
            }
        },
    )

    # Apache's autoindex of an empty document root ("Index of /", cgi-bin only): hosting with no
    # site uploaded; host default pages as "gone" signals: code id 58460413982
    # ambiguous: not a parking service, but there is no company website here -> dead_domain.
    parked_case(
        "Leander",
        "Rentvine",
        "https://leanderpm.rentvine.com/portals/resident/",
        spa_shell("Leander Property Management Resident Portal"),
        {
            "/": page(
                "<h1>Index of /</h1><table><tr><th>Name</th><th>Last modified</th><th>Size</th></tr><tr><td>"
                "<a href='cgi-bin/'>cgi-bin/</a></td><td>2025-11-02 14:10</td><td>-</td></tr></table>"
                "<address>Apache Server at leanderpm.com Port 443</address>",
                title="Index of /",
            )
        },
        "leanderpm.com",
    )

    # a fresh one-click WordPress install still showing the host's "coming soon" page (Bluehost's
    # default for new sites: "A New WordPress Site / Coming Soon"), titled only with the site name;
    # no stored source read for the exact markup (wording paraphrased)
    # ambiguous: the title carries the company's name, but the page shows nothing of the company
    # (a bare "coming soon" page) -> dead_domain.
    parked_case(
        "Manor Ridge",
        "Buildium",
        "https://manorridgepm.managebuilding.com/Resident/portal/login",
        VENDOR_LOGIN["Buildium"]("Manor Ridge Property Management"),
        {
            "/": doc(
                "Manor Ridge Property Management",
                "<meta name='robots' content='noindex, nofollow'>",
                "<div class='coming-soon'><h1>A New WordPress Site</h1><h2>Coming Soon!</h2><p>Powered by Bluehost</p></div>",
            )
        },
        "manorridgepm.com",
    )

    # ======================= bot_wall: the portal answers servers with a challenge or block

    # Cloudflare's current managed-challenge wording ("Performing security verification ... This
    # website uses a security service to protect against malicious bots", 403, cf-mitigated) on a
    # RentCafe account host given as evidence; wording: code ids 55187230794, 70088657919, 53766521619
    co = "Maplewood Terrace"
    host = "maplewoodterrace.rentcafe.com"
    add(
        "bot_wall",
        "Yardi",
        co,
        "maplewoodterraceapts.com",
        f"https://{host}/",
        "unverifiable",
        {
            "maplewoodterraceapts.com": home(co, "<p>Garden-style homes near the lake.</p>"),
            host: {
                "/": raw(
                    403,
                    f"<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' "
                    f"content='noindex,nofollow'></head><body><div class='main-content'><h1>{host}</h1><h2>Performing "
                    "security verification</h2><p>This website uses a security service to protect against malicious "
                    "bots. This page is displayed while the website verifies you are not a bot.</p></div><div "
                    "class='footer'>Ray ID: <code>a09e1c2b3d4f5a6b</code> Performance &amp; security by Cloudflare"
                    "</div><script>window._cf_chl_opt={cType:'managed',cRay:'a09e1c2b3d4f5a6b'};</script><script "
                    "src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=a09e1c2b3d4f5a6b'></script>"
                    "</body></html>",
                    {"cf-mitigated": "challenge", "Server": "cloudflare", "CF-RAY": "a09e1c2b3d4f5a6b-IAH"},
                )
            },
        },
    )

    # Akamai Bot Manager's behavioural challenge (HTTP 200, a small page with sec-if-cpt-container,
    # behavioral-content and "Powered and protected by Akamai", an _abck cookie) on a RealPage
    # loftliving portal the site links; shape: code ids 68965174980, 58721010929, 15120332684
    co = "Alder Creek Residences"
    add(
        "bot_wall",
        "RealPage",
        co,
        "aldercreekresidences.com",
        None,
        "unverifiable",
        {
            "aldercreekresidences.com": home(
                co, "<a class='menu-item' href='https://aldercreek.loftliving.com/login'>Resident Login</a>"
            ),
            "aldercreek.loftliving.com": {
                "/login": raw(
                    200,
                    "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><div id='sec-if-cpt-container' "
                    "class='behavioral-content' style='display:none'><h1>Please confirm you are human</h1><button "
                    "id='progress-button' class='behavioral-button'>Press &amp; hold</button><p class='scf-akamai-"
                    "protected-by'>Powered and protected by Akamai</p></div><script src='/_sec/cp_challenge/sec-4-4"
                    ".js'></script></body></html>",
                    {"Set-Cookie": "_abck=8C1F0E2A4B~-1~YAAQ~-1~-1; Path=/; Secure", "Cache-Control": "no-cache"},
                )
            },
        },
    )

    # a bare 401 (no portal, no challenge markup) from an Entrata ProspectPortal the community's
    # "Apply Now" button links; prospectportal shape: lead-domain notes (id 54867596002)
    # ambiguous: a bare 401 could be read as a dead portal; the contract names a bare 401/403 from
    # Entrata as its known answer to servers -> unverifiable.
    co = "Stonebrook Village Apartments"
    add(
        "bot_wall",
        "Entrata",
        co,
        "stonebrookvillageapts.com",
        None,
        "unverifiable",
        {
            "stonebrookvillageapts.com": home(
                co,
                "<a class='btn' href='https://stonebrookvillage.prospectportal.com/killeen/stonebrook-village/"
                "conventional/'>Apply Now</a>",
            ),
            "stonebrookvillage.prospectportal.com": {
                "/killeen/stonebrook-village/conventional/": raw(
                    401, "<html><head><title>401 Unauthorized</title></head><body>Unauthorized</body></html>"
                )
            },
        },
    )

    # ======================= dead_domain: hosting says "no site here" (a live portal changes nothing)

    # Netlify's edge answer for a domain still pointed at a deleted site: 404, text/plain,
    # "Not Found - Request ID: ...", Server: Netlify; shape: code id 62150357338 and takeover lists
    # (e.g. code id 71202332653)
    co = "Hutto Property Management"
    add(
        "dead_domain",
        "AppFolio",
        co,
        "huttopm.com",
        "https://huttopm.appfolio.com/connect/users/sign_in",
        "dead_domain",
        {
            "huttopm.com": everywhere(
                raw(
                    404,
                    "Not Found - Request ID: 01J2ZK8Q4V7M3XH5T9B6C1D2E3\n",
                    {"Server": "Netlify", "X-Nf-Request-Id": "01J2ZK8Q4V7M3XH5T9B6C1D2E3"},
                    content_type="text/plain; charset=utf-8",
                )
            ),
            "huttopm.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # Squarespace's "Domain Not Claimed" page (a domain still mapped to Squarespace with no site):
    # seen reported in code id 71561071746; wording paraphrased
    co = "Dripping Springs Property Management"
    add(
        "dead_domain",
        "Buildium",
        co,
        "drippingspringspm.com",
        "https://drippingspringspm.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "drippingspringspm.com": everywhere(
                doc(
                    "Squarespace - Domain Not Claimed",
                    "<meta name='robots' content='noindex'>",
                    "<div class='container'><h1>Domain Not Claimed</h1><p>This domain has been mapped to Squarespace, "
                    "but it has not yet been claimed by a website. If this is your domain, claim it in the Domains "
                    "panel of your site.</p></div>",
                    status=404,
                )
            ),
            "drippingspringspm.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)},
        },
    )

    # Fastly's answer for a domain pointed at it but attached to no service: HTTP 500,
    # "Fastly error: unknown domain: <domain>"; takeover fingerprint lists: code ids 56782631454
    # (status 500), 53376053784, 55295538549
    # ambiguous: a 5xx is literally "tried once more, then check_failed", but this 500 is a host's
    # permanent "no site here" answer -> dead_domain.
    co = "Buda Creek Property Management"
    add(
        "dead_domain",
        "Rentvine",
        co,
        "budacreekpm.com",
        "https://budacreekpm.rentvine.com/portals/resident/",
        "dead_domain",
        {
            "budacreekpm.com": everywhere(
                raw(
                    500,
                    "<html><head><title>Fastly error: unknown domain budacreekpm.com</title></head><body><p>Fastly "
                    "error: unknown domain: budacreekpm.com. Please check that this domain has been added to a "
                    "service.</p><p>Details: cache-dfw-kdfw8210077-DFW</p></body></html>",
                    {"Server": "Varnish", "X-Served-By": "cache-dfw-kdfw8210077-DFW"},
                )
            ),
            "budacreekpm.rentvine.com": {"/portals/resident/": spa_shell(f"{co} Resident Portal")},
        },
    )
    return cases


HOLDOUT3: list[Case] = _holdout3()
