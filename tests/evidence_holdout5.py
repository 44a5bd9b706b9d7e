"""A FIFTH BLIND held-out corpus for the live checks, written purely to MEASURE them on shapes
nobody has shown them: a normal night's mix of what an agent returns, about two thirds real leads
and everyday rejections and one third traps. Labelled by what a careful person concludes from the
pages as served (docs/live-checks.md is the contract), written without reading the checks and
without running them. Same `Case` shape as tests/evidence_corpus.py, so `run_corpus(HOLDOUT5)`
judges it.

New here: ResMan application links and Rent Manager Owner Web Access hash routes as evidence,
hex-named DoorLoop accounts, Propertyware's `index.html#/login/tenant/<acct>` route, Rentvine
footer portal sections, off-canvas mobile menus, Webflow/Framer/Showit/Wix-style markup, RealPage
lease-now + ActiveBuilding pairs, Yardi Breeze accounts, a site behind a Wordfence block, a vendor
name only in the site's text, a payment processor as the only "portal", Firebase, Azure App
Service and Webflow "no site here" answers, Dynadot and Dutch-language parking, Radware and Azure
Front Door walls, Cloudflare's managed challenge with its `cf-mitigated` header.

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes and headers, wording style); company names, accounts and
domains are made up. Each case carries a one-line comment naming where the shape was seen.
`# ambiguous:` marks labels where the contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def webflow_home(co: str, nav: str, body: str, footer: str = "") -> Reply:
    """A Webflow-built homepage: w-nav markup, data-wf-page attributes, the webflow.js script."""
    return doc(
        f"{co} | Property Management",
        "<meta content='Webflow' name='generator'><link href='https://assets-global.website-files.com/64f1/css/site.css' "
        "rel='stylesheet'>",
        f"<div data-collapse='medium' class='navbar w-nav'><a href='/' class='brand w-nav-brand'>{co}</a>"
        f"<nav role='navigation' class='nav-menu w-nav-menu'>{nav}</nav><div class='menu-button w-nav-button'>"
        f"<div class='w-icon-nav-menu'></div></div></div><main>{body}</main><footer class='footer'>{footer}"
        f"<div>&copy; 2026 {co}</div></footer><script src='https://assets-global.website-files.com/64f1/js/webflow.js'>"
        "</script>",
    )


def resman_signin(prop: str) -> Reply:
    return _login(f"{prop} - Resident Portal", "Sign In", user="Email", footer=f"{prop} &middot; Powered by ResMan")


def _holdout5() -> list[Case]:
    collector = Collector("holdout5-")
    cases, add = collector.cases, collector.add

    # ======================= live_portal: a live account portal the site does not link -> medium

    # the agent gives a ResMan online-application link (Portal/Applicants/New/<abbr>?a=<account id>);
    # the community's Framer site links only a tour form. Shape: code ids 67280052559, 55054258068
    co = "Saddle Club Apartments"
    add(
        "live_portal",
        "ResMan",
        co,
        "saddleclubapts.com",
        "https://saddleclub.myresman.com/Portal/Applicants/New/SCA?a=2214",
        "medium",
        {
            "saddleclubapts.com": {
                "/": doc(
                    co,
                    "<meta name='generator' content='Framer 2f1c'>",
                    f"<div id='main' data-framer-hydrate-v2='1'><header><p>{co}</p><a href='./tour'>Schedule a tour</a>"
                    "</header><section><h1>Hill Country living in Kerrville, TX</h1><p>1, 2 and 3 bedroom homes.</p>"
                    "</section></div>",
                )
            },
            "saddleclub.myresman.com": {
                "/Portal/Applicants/New/SCA?a=2214": page(
                    f"<h1>Apply for {co}</h1><p>2100 Saddle Club Dr, Kerrville, TX 78028</p><form method='post'>"
                    "<input name='FirstName'><input name='LastName'><input name='Email'><select name='FloorPlan'>"
                    "<option>A1 - 1 Bed</option></select><button>Start Application</button></form>"
                    "<footer>Powered by ResMan</footer>",
                    title=f"Online Application - {co}",
                )
            },
        },
    )

    # Rent Manager Owner Web Access as evidence, its hash route (#/login?returnUrl=...) never reaching
    # the server: "/" answers the OWA app shell naming the account. Shape: code ids 52166517584,
    # 45588972205, 62250603804 (<CompanyCode>.owa.rentmanager.com); the Showit site: no stored source
    co = "Quarry Ridge Realty"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "quarryridgerealty.com",
        "https://quarryridge.owa.rentmanager.com/#/login?returnUrl=%2Fdashboard",
        "medium",
        {
            "quarryridgerealty.com": {
                "/": doc(
                    f"{co} | Marble Falls Homes for Rent",
                    "<meta name='generator' content='Showit'>",
                    f"<div class='sib-header'><h1>{co}</h1><a href='/about'>About</a><a href='/contact'>Contact</a></div>"
                    "<div class='sib-body'><p>Leasing and management on Lake Marble Falls since 2011.</p></div>",
                )
            },
            "quarryridge.owa.rentmanager.com": {
                "/": page(
                    "<app-root><noscript>Owner Web Access requires JavaScript.</noscript></app-root>"
                    "<script src='main.8c1f.js'></script>",
                    title=f"{co} - Owner Web Access",
                )
            },
        },
    )

    # the company's WordPress site answers every server with Wordfence's 503 "access to this site
    # has been limited" page; the agent's Buildium portal is live and names the company.
    # Buildium shape: code ids 15005069539, 56674311379; Wordfence block page: no stored source.
    # ambiguous: literally a 5xx from the site could be retried into check_failed; a careful person
    # sees a live site refusing robots (unreadable, like a wall) and a live portal -> medium.
    co = "Lost Pines Bastrop Property Management"
    add(
        "live_portal",
        "Buildium",
        co,
        "lostpinesbastroppm.com",
        "https://lostpinesbastrop.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "lostpinesbastroppm.com": everywhere(
                raw(
                    503,
                    "<html><head><title>Your access to this site has been limited by the site owner</title></head><body>"
                    "<h1>Your access to this site has been limited by the site owner</h1><p>If you think you have been "
                    "blocked in error, contact the owner of this site for assistance.</p><p>Block technical data: "
                    "Blocked by Wordfence. Block reason: Access from your area has been temporarily limited for "
                    "security reasons.</p><p>Generated by Wordfence at Tue, 3 Mar 2026 4:12:09 GMT.</p></body></html>",
                    {"Retry-After": "600"},
                )
            ),
            "lostpinesbastrop.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"](co)},
        },
    )

    # a DoorLoop account named by a hex id, the agent's link from an email ("listing?companyId=...
    # &source=CompanyLink"); the app shell's title names the company. Shape: code ids 66212518103,
    # 54509621663 (<8 hex>.app.doorloop.com/tenant-portal/rental-applications/listing?companyId=)
    co = "Mesa Linda Rentals"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "mesalindarentals.com",
        "https://9c4e2a71.app.doorloop.com/tenant-portal/rental-applications/listing?companyId=65f0c2a9b1e4d7003a9e1c42"
        "&source=CompanyLink",
        "medium",
        {
            "mesalindarentals.com": {
                "/": webflow_home(
                    co,
                    "<a href='/homes' class='nav-link w-nav-link'>Homes</a>"
                    "<a href='/contact' class='nav-link w-nav-link'>Contact</a>",
                    "<h1>Rental homes in El Paso's Westside</h1><p>Call (915) 555-0144 to tour.</p>",
                )
            },
            "9c4e2a71.app.doorloop.com": {
                "/tenant-portal/rental-applications/listing": spa_shell(f"{co} - Rental Applications"),
            },
        },
    )

    # an apartment community on MRI ResidentConnect; its G5-style marketing site carries a Knock
    # chat widget and no resident link. MRI titles are not compared (contract). Shape: code ids
    # 10086446986 (lime.mriresidentconnect.com), 62467008046 (co-resident marketing widgets)
    co = "The Reserve at Spring Creek"
    add(
        "live_portal",
        "MRI",
        co,
        "reserveatspringcreek.com",
        "https://springcreekres.mriresidentconnect.com/",
        "medium",
        {
            "reserveatspringcreek.com": {
                "/": doc(
                    f"{co} | Apartments in Garland, TX",
                    "<script src='https://doorway.knockrentals.com/v1/doorway.js' async></script>",
                    f"<header><a href='/floorplans'>Floor Plans</a><a href='/amenities'>Amenities</a>"
                    f"<a href='/contact'>Contact</a></header><h1>{co}</h1><p>4800 Spring Creek Pkwy, Garland, TX 75044</p>",
                )
            },
            "springcreekres.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"](co)},
        },
    )

    # ======================= site_links_portal: the live site links the live portal -> high

    # a Next.js site's footer "Portals & Account" section links both Rentvine portals (owner
    # without a trailing slash); the resident portal is an app shell naming the company.
    # Shape: code ids 7918228721, 7894603914, 69820497848
    co = "Copperas Cove Home Leasing"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "copperascovehomeleasing.com",
        None,
        "high",
        {
            "copperascovehomeleasing.com": {
                "/": doc(
                    co,
                    "<script src='/_next/static/chunks/main-1a2b.js' defer></script>",
                    f"<div id='__next'><header><a href='/'>{co}</a><a href='/rentals'>Rentals</a></header><main><h1>"
                    "Homes near Fort Cavazos</h1></main><footer><h4>Portals &amp; Account</h4><span>"
                    "<a href='https://coveleasing.rentvine.com/portals/owner'>Owner Portal</a></span><span>"
                    "<a href='https://coveleasing.rentvine.com/portals/resident/'>Tenant Portal</a></span></footer></div>",
                )
            },
            "coveleasing.rentvine.com": {
                "/portals/owner": spa_shell(f"{co} - Owner Portal"),
                "/portals/resident/": spa_shell(f"{co} - Resident Portal"),
            },
        },
    )

    # a "Portals" menu with Propertyware's newer tenant route (index.html#/login/tenant/<acct>: the
    # server only sees /pw/index.html, one app for every account) and the owner.action portal,
    # which answers for the account. Shape: code ids 67264427876, 67483010318
    co = "Arbor Glen Properties"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "arborglenproperties.com",
        None,
        "high",
        {
            "arborglenproperties.com": home(
                co,
                "<ul class='portals'><li><a href='https://app.propertyware.com/pw/index.html#/login/tenant/arborglen'>"
                "Tenant Login</a></li><li><a href='https://app.propertyware.com/pw/portals/arborglen/owner.action'>Owner "
                "Login</a></li><li><a href='https://app.propertymeld.com/tenant/arbor-glen-properties/'>Maintenance</a>"
                "</li></ul>",
            ),
            "app.propertyware.com": {
                "/pw/index.html": spa_shell("Propertyware"),
                "/pw/portals/arborglen/owner.action": _login(
                    f"{co} - Owner Portal", "Owner Portal Login", footer=f"{co} &middot; Propertyware"
                ),
            },
        },
    )

    # a React site's "Owner Portal Login" button to a hex-named DoorLoop account's /auth/login,
    # rendered server-side. Shape: code id 54963713871 (<hex>.app.doorloop.com/auth/login)
    co = "Lone Star Legacy Property Management"
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "lonestarlegacypm.com",
        None,
        "high",
        {
            "lonestarlegacypm.com": home(
                co,
                "<div class='flex gap-4'><a href='https://b71d0e35.app.doorloop.com/auth/login' target='_blank' "
                "rel='noopener noreferrer' data-testid='button-owner-portal'>Owner Portal Login</a></div>",
            ),
            "b71d0e35.app.doorloop.com": {"/auth/login": spa_shell(f"{co} - Login")},
        },
    )

    # the only "Resident Login" is in an off-canvas mobile menu (hidden <div> after the header);
    # the desktop menu links the account's public rentals page. Shape: code ids 4102672
    # (/Resident/public/rentals in a nav array), 36952400049 (/Resident/public/home)
    co = "Harker Heights Realty Management"
    pages = home(
        co,
        "<nav class='desktop'><a href='https://harkerheights.managebuilding.com/Resident/public/rentals'>Available "
        "Rentals</a></nav><div id='offcanvas-menu' class='offcanvas' aria-hidden='true' hidden><button class='close'>"
        "&times;</button><a href='https://harkerheights.managebuilding.com/Resident/portal/login'>Resident Login</a></div>",
    )
    add(
        "site_links_portal",
        "Buildium",
        co,
        "harkerheightsrealty.com",
        None,
        "high",
        {
            "harkerheightsrealty.com": pages,
            "harkerheights.managebuilding.com": {
                "/Resident/public/rentals": page(
                    f"<h1>{co}</h1><h2>Rentals</h2><div class='listing'>3 bd / 2 ba &middot; Harker Heights, TX "
                    "&middot; $1,595</div><footer>Powered by Buildium</footer>",
                    title=f"Rentals | {co}",
                ),
                "/Resident/portal/login": VENDOR_LOGIN["Buildium"](co),
            },
        },
    )

    # an Astra-theme WordPress "Owners" dropdown links AppFolio's owner portal (/oportal/users/
    # log_in) and "Residents" the /connect sign-in. Shape: lead-domain notes (AppFolio row),
    # contract table (/connect, /oportal); dropdown markup: no stored source
    co = "Pflugerville Property Partners"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "pflugervilleppartners.com",
        None,
        "high",
        {
            "pflugervilleppartners.com": home(
                co,
                "<ul class='main-header-menu ast-nav-menu'><li class='menu-item-has-children'><a href='#'>Owners</a>"
                "<ul class='sub-menu'><li><a href='https://pfpartners.appfolio.com/oportal/users/log_in'>Owner Login</a>"
                "</li></ul></li><li class='menu-item-has-children'><a href='#'>Residents</a><ul class='sub-menu'><li>"
                "<a href='https://pfpartners.appfolio.com/connect'>Pay Rent</a></li></ul></li></ul>",
            ),
            "pfpartners.appfolio.com": {
                "/oportal/users/log_in": _login(
                    "Owner Portal - Sign In", co, user="user[email]", footer="Powered by AppFolio Property Manager"
                ),
                "/connect": redirect("/connect/users/sign_in"),
                "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co),
            },
        },
    )

    # a Webflow community site with "Lease Now" to <siteid>.onlineleasing.realpage.com and
    # "Resident Portal" to <prop>.activebuilding.com. Shape: code ids 68353064827, 10284647062
    co = "The Jameson at Alamo Ranch"
    add(
        "site_links_portal",
        "RealPage",
        co,
        "jamesonalamoranch.com",
        None,
        "high",
        {
            "jamesonalamoranch.com": {
                "/": webflow_home(
                    co,
                    "<a href='https://6620418.onlineleasing.realpage.com/' class='nav-link w-nav-link'>Lease Now</a>"
                    "<a href='https://jamesonar.activebuilding.com/' class='nav-link w-nav-link'>Resident Portal</a>",
                    "<h1>Now leasing in San Antonio's Alamo Ranch</h1>",
                    "<a href='https://poetic.io/'>Website by Poetic</a>",
                )
            },
            "6620418.onlineleasing.realpage.com": {
                "/": page(f"<h1>{co}</h1><p>Select a floor plan to begin.</p>", title=f"{co} - Online Leasing")
            },
            "jamesonar.activebuilding.com": {
                "/": redirect("/login"),
                "/login": VENDOR_LOGIN["RealPage"](co),
            },
        },
    )

    # a PHP template's header "Resident Center" link (&nbsp; padding) to ResMan's SignIn/<abbr>.
    # Shape: code ids 17144410133, 7785225319 (<subdomain>.myresman.com/Portal/Access/SignIn/<abbr>)
    co = "Cypress Landing Apartments"
    add(
        "site_links_portal",
        "ResMan",
        co,
        "cypresslandingtx.com",
        None,
        "high",
        {
            "cypresslandingtx.com": home(
                co,
                "<div class='topbar'>(281) 555-0190&nbsp;&nbsp;&nbsp;<a href='https://cyplanding.myresman.com/Portal/"
                "Access/SignIn/CYL' target='_blank'>Resident Center</a></div>",
            ),
            "cyplanding.myresman.com": {"/Portal/Access/SignIn/CYL": resman_signin(co)},
        },
    )

    # a Wix site's menu (data-testid='linkElement' anchors) links the account's rmresident.com
    # portal. Shape: lead-domain notes (Rent Manager row, <acct>.rmresident.com), code id 12765765418
    co = "Brazos Valley Rental Homes"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "brazosvalleyrentalhomes.com",
        None,
        "high",
        {
            "brazosvalleyrentalhomes.com": {
                "/": doc(
                    f"Home | {co}",
                    "<meta name='generator' content='Wix.com Website Builder'>",
                    "<div id='SITE_CONTAINER'><nav aria-label='Site'><ul><li><a data-testid='linkElement' "
                    "href='https://www.brazosvalleyrentalhomes.com/'>Home</a></li><li><a data-testid='linkElement' "
                    "href='https://bvrentalhomes.rmresident.com/' target='_blank'>Tenant Portal</a></li></ul></nav>"
                    f"<h1>{co}</h1><p>Bryan &amp; College Station, TX</p></div>",
                )
            },
            "bvrentalhomes.rmresident.com": {
                "/": _login(f"{co} - Resident Portal", f"{co} Resident Portal", user="UserName", footer="Powered by Rent Manager")
            },
        },
    )

    # a small firm on Yardi Breeze: header links to its <acct>.breeze.cafe owner and resident
    # sign-ins. Shape: contract table (<account>.breeze.cafe); no stored source for the markup
    co = "Nolan River Realty"
    add(
        "site_links_portal",
        "Yardi",
        co,
        "nolanriverrealty.com",
        None,
        "high",
        {
            "nolanriverrealty.com": home(
                co,
                "<a class='btn' href='https://nolanriver.breeze.cafe/resident/login'>Residents</a>"
                "<a class='btn' href='https://nolanriver.breeze.cafe/owner/login'>Owners</a>",
            ),
            "nolanriver.breeze.cafe": {
                "/resident/login": _login("Resident Login | Yardi Breeze", f"{co} Resident Portal", user="email"),
                "/owner/login": _login("Owner Login | Yardi Breeze", f"{co} Owner Portal", user="email"),
            },
        },
    )

    # "Available Rentals" button to the account's TenantCloud listings (<acct>.tenantcloud.com):
    # an account page, not the shared sign-in. Shape: code id 71509213841, lead-domain notes
    co = "Big Thicket Rentals"
    add(
        "site_links_portal",
        "TenantCloud",
        co,
        "bigthicketrentals.com",
        None,
        "high",
        {
            "bigthicketrentals.com": home(
                co, "<a class='button' href='https://bigthicket.tenantcloud.com/listings'>See Available Rentals</a>"
            ),
            "bigthicket.tenantcloud.com": {
                "/listings": page(
                    f"<h1>{co}</h1><h2>Properties for rent</h2><ul><li>2 bd / 1 ba, Silsbee, TX 77656 &middot; $975/mo "
                    "<a href='/listings/31177'>Details</a></li></ul><footer>Powered by TenantCloud</footer>",
                    title=f"{co} - Rentals",
                )
            },
        },
    )

    # ======================= no_account: the evidence is not that account's live portal

    # a Tenant Web Access host for a company code that does not exist: 200, an error, no form.
    # Shape: code ids 51824418337, 62250603804 (<CompanyCode>.twa.rentmanager.com); wording: no stored source
    add(
        "no_account",
        "Rent Manager",
        "Kingsville Home Rentals",
        "kingsvillehomerentals.com",
        "https://kingsvillehomes.twa.rentmanager.com/",
        "evidence_unverified",
        {
            "kingsvillehomerentals.com": home("Kingsville Home Rentals", "<p>Homes near Texas A&amp;M-Kingsville.</p>"),
            "kingsvillehomes.twa.rentmanager.com": {
                "/": page(
                    "<div class='error'><h2>Invalid Company Code</h2><p>The company code in this address was not found. "
                    "Please contact your property manager for the correct web address.</p></div>",
                    title="Tenant Web Access",
                )
            },
        },
    )

    # the agent guessed a Rentvine subdomain from the company's name; the name does not resolve.
    # Shape: Rentvine account hosts (code ids 69806609889, 28454427604); guess: lead-domain notes
    # (pm_system_detector guesses subdomains, id 27376798813)
    co = "Cibolo Creek Home Management"
    add(
        "no_account",
        "Rentvine",
        co,
        "cibolocreekhm.com",
        "https://cibolocreekhomemanagement.rentvine.com/portals/resident/",
        "evidence_unverified",
        {"cibolocreekhm.com": home(co, "<p>Schertz, Cibolo and Universal City.</p>")},
        unresolvable=("cibolocreekhomemanagement.rentvine.com",),
    )

    # TRAP: the agent's TenantCloud listings page is another landlord's who shares a word with the
    # candidate (Stonegate Homes vs Stonegate Realty Group); the candidate's site links nothing.
    # Shape: code id 71509213841 (<acct>.tenantcloud.com/listings/<id>); the contract's Riverside rule
    co = "Stonegate Realty Group"
    add(
        "no_account",
        "TenantCloud",
        co,
        "stonegaterealtygroup.com",
        "https://stonegatehomes.tenantcloud.com/listings/40912",
        "evidence_unverified",
        {
            "stonegaterealtygroup.com": home(co, "<p>Residential sales and leasing in Amarillo, TX.</p>"),
            "stonegatehomes.tenantcloud.com": {
                "/listings/40912": page(
                    "<h1>Stonegate Homes</h1><h2>3 bd / 2 ba &middot; Canyon, TX 79015</h2><p>$1,450/mo. Contact Stonegate "
                    "Homes, (806) 555-0117.</p><a href='/apply/40912'>Apply</a><footer>Powered by TenantCloud</footer>",
                    title="3 bd House for rent - Stonegate Homes",
                )
            },
        },
    )

    # ======================= stale_portal: the live site links a dead portal

    # the site's "Resident Center" links a ResMan sign-in whose property code is gone: 404
    # "property not found". Shape: code ids 17342410179, 58808123513; wording: no stored source
    co = "Timber Ridge Apartments Tyler"
    add(
        "stale_portal",
        "ResMan",
        co,
        "timberridgetyler.com",
        None,
        "evidence_unverified",
        {
            "timberridgetyler.com": home(
                co, "<a href='https://timberridgetx.myresman.com/Portal/Access/SignIn/TRT'>Resident Center</a>"
            ),
            "timberridgetx.myresman.com": {
                "/Portal/Access/SignIn/TRT": page(
                    "<h1>Property Not Found</h1><p>We could not find a property for this address.</p>",
                    title="ResMan",
                    status=404,
                )
            },
        },
    )

    # the site still links an MRI ResidentConnect host whose DNS name was removed (account closed)
    # Shape: contract table (<account>.mriresidentconnect.com); dead DNS: no stored source
    co = "Lakeway Shores Residential"
    add(
        "stale_portal",
        "MRI",
        co,
        "lakewayshoresresidential.com",
        None,
        "evidence_unverified",
        {
            "lakewayshoresresidential.com": home(
                co, "<a class='menu-item' href='https://lakewayshores.mriresidentconnect.com/'>Resident Login</a>"
            )
        },
        unresolvable=("lakewayshores.mriresidentconnect.com",),
    )

    # TRAP: a banner "Pay rent with Zego" (a payment processor, not a PMS) next to the old Buildium
    # link, whose Resident Center now says it is unavailable. Shape: lead-domain notes (Rent Manager
    # row: payments through Zego/PayLease); unavailable-portal wording: no stored source
    co = "Navasota Rental Management"
    add(
        "stale_portal",
        "Buildium",
        co,
        "navasotarentalmgmt.com",
        None,
        "evidence_unverified",
        {
            "navasotarentalmgmt.com": home(
                co,
                "<div class='notice'>Residents: we now accept payments through <a href='https://www.paylease.com/"
                "registration/navasota'>Zego</a>.</div><a href='https://navasotarentals.managebuilding.com/Resident/"
                "portal/login'>Resident Center</a>",
            ),
            "navasotarentals.managebuilding.com": {
                "/Resident/portal/login": page(
                    "<h1>This Resident Center is not available</h1><p>The property management company is no longer "
                    "using this site. Please contact them directly.</p>",
                    title="Resident Center",
                )
            },
        },
    )

    # ======================= vendor_wide: only a vendor-wide page -> no_pms_evidence

    # "Tenant Portal" goes to DoorLoop's own login (app.doorloop.com/auth/login, no account).
    # Shape: contract table (app.doorloop.com vendor-wide), code id 54963713871 (/auth/login)
    co = "Sabine Pass Rentals"
    add(
        "vendor_wide",
        "DoorLoop",
        co,
        "sabinepassrentals.com",
        None,
        "no_pms_evidence",
        {
            "sabinepassrentals.com": home(co, "<a href='https://app.doorloop.com/auth/login'>Tenant Portal</a>"),
            "app.doorloop.com": {"/auth/login": spa_shell("DoorLoop - Login")},
        },
    )

    # the agent's evidence is RealPage's corporate site (www.realpage.com): vendor-wide.
    # Shape: contract table (www.realpage.com); no stored source for the page
    co = "Cottonwood Crossing Apartments"
    add(
        "vendor_wide",
        "RealPage",
        co,
        "cottonwoodcrossingapts.com",
        "https://www.realpage.com/residents/",
        "no_pms_evidence",
        {
            "cottonwoodcrossingapts.com": home(co, "<p>Now leasing in Odessa, TX.</p>"),
            "www.realpage.com": {
                "/residents/": page(
                    "<h1>Residents</h1><p>Looking for your resident portal? Visit your community's website or contact "
                    "your leasing office.</p>",
                    title="Residents | RealPage",
                )
            },
        },
    )

    # the agent gives AppFolio's account-management host (account.appfolio.com): vendor-wide.
    # Shape: contract table ("account." vendor-wide); the page: no stored source
    co = "Medina River Property Management"
    add(
        "vendor_wide",
        "AppFolio",
        co,
        "medinariverpm.com",
        "https://account.appfolio.com/sign_in",
        "no_pms_evidence",
        {
            "medinariverpm.com": home(co, "<p>Castroville, Hondo and Medina County.</p>"),
            "account.appfolio.com": {"/sign_in": _login("AppFolio Account", "Sign in to your AppFolio account")},
        },
    )

    # ======================= asset: a vendor's asset proves nothing -> no_pms_evidence

    # a community site shows RentCafe CDN images and a RentCafe script; no resident link.
    # Shape: contract table (cdngeneral.rentcafe.com), lead-domain notes (Wappalyzer: scriptSrc rentcafe)
    co = "Pecan Square Villas"
    add(
        "asset",
        "Yardi",
        co,
        "pecansquarevillas.com",
        None,
        "no_pms_evidence",
        {
            "pecansquarevillas.com": home(
                co,
                "<img src='https://cdngeneral.rentcafe.com/dmslivecafe/3/418207/pecansquare_hero.jpg' alt='Pool'>"
                "<script src='https://cdngeneral.rentcafe.com/js/rentcafe.widget.min.js'></script>",
            )
        },
    )

    # TRAP: the agent gives an Entrata CDN script the site loads as its "evidence".
    # Shape: contract table (commoncf.entrata.com vendor-wide/asset); script path: no stored source
    co = "Harbor Point Flats"
    add(
        "asset",
        "Entrata",
        co,
        "harborpointflats.com",
        "https://commoncf.entrata.com/Common/js/entrata-widgets.min.js?v=2026.2",
        "no_pms_evidence",
        {
            "harborpointflats.com": home(
                co,
                "<p>Corpus Christi bayfront living.</p><script src='https://commoncf.entrata.com/Common/js/"
                "entrata-widgets.min.js?v=2026.2'></script>",
            )
        },
    )

    # ======================= shared_signin: TenantCloud / Rentec Direct's one sign-in

    # "Tenant Login" links Rentec's shared sign-in with no cb= account. Shape: code id 12868925588
    # (secure.rentecdirect.com/login/login.php); contract: site_links_signin -> medium
    rentec_signin = _login("Login | Rentec Direct", "Log in to Rentec Direct", footer="Rentec Direct")
    co = "Comanche Peak Rentals"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "comanchepeakrentals.com",
        None,
        "medium",
        {
            "comanchepeakrentals.com": home(co, "<a href='https://secure.rentecdirect.com/login/login.php'>Tenant Login</a>"),
            "secure.rentecdirect.com": {"/login/login.php": rentec_signin},
        },
    )

    # the site links TenantCloud's shared sign-in with a redirect to the tenant dashboard.
    # Shape: code id 67075514049 (home.tenantcloud.com), lead-domain notes; query: no stored source
    co = "Pittsburg Family Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "pittsburgfamilyrentals.com",
        None,
        "medium",
        {
            "pittsburgfamilyrentals.com": home(
                co,
                "<a href='https://home.tenantcloud.com/auth/login?redirect=%2Ftenant%2Fdashboard'>Pay Rent / Tenant Login</a>",
            ),
            "home.tenantcloud.com": {
                "/auth/login?redirect=%2Ftenant%2Fdashboard": _login(
                    "Log in | TenantCloud", "Log in", user="email", footer="TenantCloud"
                )
            },
        },
    )

    # the agent gives Rentec's shared sign-in as evidence; the company's site does not link it:
    # no account shown anywhere. Shape: code id 12868925588; contract (shared sign-in: medium only
    # when the live site links it)
    co = "Hamilton County Rentals"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "hamiltoncountyrentals.com",
        "https://secure.rentecdirect.com/login/login.php",
        "no_pms_evidence",
        {
            "hamiltoncountyrentals.com": home(co, "<p>Hico and Hamilton, TX.</p>"),
            "secure.rentecdirect.com": {"/login/login.php": rentec_signin},
        },
    )

    # ======================= other_pms: the site shows a different PMS -> pms_mismatch

    # an AppFolio candidate whose community site links Entrata's resident and prospect portals.
    # Shape: lead-domain notes (Entrata row: <prop>.residentportal.com/resident_portal/?module=...)
    co = "Vista Oaks at Lake Jackson"
    add(
        "other_pms",
        "AppFolio",
        co,
        "vistaoakslakejackson.com",
        None,
        "pms_mismatch",
        {
            "vistaoakslakejackson.com": home(
                co,
                "<a href='https://vistaoakslj.residentportal.com/resident_portal/?module=authentication&action=view_login'>"
                "Residents</a><a href='https://vistaoakslj.prospectportal.com/Apartments/module/application_authentication/'>"
                "Apply</a>",
            )
        },
    )

    # a Propertyware candidate whose /pay-rent page (the homepage links no portal) sends tenants
    # to an AppFolio account. Shape: contract (/pay-rent crawled), lead-domain notes (AppFolio row)
    co = "Wichita Falls Rental Group"
    pages = home(co, "<a href='/pay-rent'>Pay Rent</a>")
    pages["/pay-rent"] = page(
        "<h1>Pay Rent</h1><p>Log in to your resident portal to pay online.</p>"
        "<a class='btn' href='https://wfrentalgroup.appfolio.com/connect'>Resident Portal</a>",
        title=f"Pay Rent | {co}",
    )
    add(
        "other_pms",
        "Propertyware",
        co,
        "wichitafallsrentalgroup.com",
        None,
        "pms_mismatch",
        {
            "wichitafallsrentalgroup.com": pages,
            "wfrentalgroup.appfolio.com": {
                "/connect": redirect("/connect/users/sign_in"),
                "/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co),
            },
        },
    )

    # an MRI candidate whose apartment site links a RentCafe/securecafe resident login.
    # Shape: lead-domain notes (Yardi row: <sub>.securecafe.com/residentservices/<slug>/userlogin)
    co = "Bluebonnet Trails Apartments"
    add(
        "other_pms",
        "MRI",
        co,
        "bluebonnettrailsapts.com",
        None,
        "pms_mismatch",
        {
            "bluebonnettrailsapts.com": home(
                co,
                "<a href='https://bluebonnettrails.securecafe.com/residentservices/bluebonnet-trails/userlogin.aspx'>"
                "Resident Login</a>",
            )
        },
    )

    # ======================= no_portal: nothing proves the PMS -> no_pms_evidence

    # the only payment link is ClickPay (a payment processor, not in the vendor table).
    # Shape: lead-domain notes (payments via processors); ClickPay URL: no stored source
    co = "Midland Basin Property Management"
    add(
        "no_portal",
        "Yardi",
        co,
        "midlandbasinpm.com",
        None,
        "no_pms_evidence",
        {"midlandbasinpm.com": home(co, "<a href='https://www.clickpay.com/'>Pay Rent with ClickPay</a>")},
    )

    # residents are told to pay by check or money order at the office; /residents says so too.
    # Shape: contract (/residents crawled); no stored source
    co = "Gonzales County Rentals"
    pages = home(co, "<a href='/residents'>Residents</a>")
    pages["/residents"] = page(
        "<h1>Residents</h1><p>Rent is due on the 1st. Pay by check or money order at 412 St. Joseph St, Gonzales, TX. "
        "Call (830) 555-0162 for repairs.</p>",
        title=f"Residents | {co}",
    )
    add("no_portal", "Buildium", co, "gonzalescountyrentals.com", None, "no_pms_evidence", {"gonzalescountyrentals.com": pages})

    # TRAP: the site names its software in text ("we use AppFolio for online payments") but links
    # no portal. Shape: lead-domain notes (a vendor name in text is at most medium in one spec,
    # id 71038343100); the contract needs a fetched portal
    co = "Round Rock Leasing Co"
    add(
        "no_portal",
        "AppFolio",
        co,
        "roundrockleasingco.com",
        None,
        "no_pms_evidence",
        {
            "roundrockleasingco.com": home(
                co,
                "<p>We use AppFolio so owners get monthly statements and residents can pay online. Ask us for your "
                "portal invitation.</p>",
            )
        },
    )

    # ======================= parked: a parking page -> dead_domain

    # a Dynadot parking page (for-sale banner, Dynadot scripts) for a lapsed PM domain, given with
    # an agent's portal URL that is live. Shape: contract (parking services), no stored source
    add(
        "parked",
        "Buildium",
        "Belton Lake Property Management",
        "beltonlakepm.com",
        "https://beltonlake.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "beltonlakepm.com": {
                "/": doc(
                    "beltonlakepm.com",
                    "<script src='https://www.dynadot.com/parking/js/parking.js'></script>",
                    "<h1>beltonlakepm.com</h1><p>This domain is for sale! <a href='https://www.dynadot.com/market/"
                    "user-listings/beltonlakepm.com'>Make an offer</a></p><p>Related searches: Property Management, "
                    "Apartments for Rent, Home Rentals</p>",
                )
            },
            "beltonlake.managebuilding.com": {
                "/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Belton Lake Property Management")
            },
        },
    )

    # a Dutch reseller's parking page ("Deze domeinnaam is te koop") on a lapsed Texas PM domain.
    # Shape: contract (parking wording in Dutch); no stored source
    add(
        "parked",
        "Rentvine",
        "Lampasas Home Rentals",
        "lampasashomerentals.com",
        None,
        "dead_domain",
        {
            "lampasashomerentals.com": {
                "/": doc(
                    "lampasashomerentals.com is te koop",
                    "",
                    "<h1>lampasashomerentals.com</h1><p>Deze domeinnaam is te koop. Neem contact op met de eigenaar "
                    "voor een bod.</p><a href='/lander?utm_medium=parking&amp;utm_source=lampasashomerentals.com'>Meer "
                    "informatie</a>",
                    lang="nl",
                )
            }
        },
    )

    # a registrar's parked page: "This domain is registered and parked" with sponsored listing
    # links. Shape: contract (utm_medium=parking-style links, registrar landers); no stored source
    add(
        "parked",
        "Entrata",
        "Oak Hollow Apartments",
        "oakhollowaptstx.com",
        "https://oakhollowtx.residentportal.com/resident_portal/?module=authentication",
        "dead_domain",
        {
            "oakhollowaptstx.com": {
                "/": doc(
                    "oakhollowaptstx.com",
                    "",
                    "<div class='parked'><h2>oakhollowaptstx.com</h2><p>This domain is registered and parked free.</p>"
                    "<ul><li><a href='/search?q=apartments&amp;utm_medium=parking&amp;utm_campaign=ppc'>Apartments Near "
                    "Me</a></li><li><a href='/search?q=rent&amp;utm_medium=parking&amp;utm_campaign=ppc'>Cheap Rentals</a>"
                    "</li></ul></div>",
                )
            }
        },
    )

    # ======================= bot_wall: the vendor's portal answers servers with a wall

    # a RealPage lease-now portal behind Radware Bot Manager (ShieldSquare) "suspicious activity"
    # block page. Shape: https://shieldsquare.atlassian.net/wiki/spaces/SIP/pages/610107405/
    co = "Encino Ridge Apartments"
    add(
        "bot_wall",
        "RealPage",
        co,
        "encinoridgeapts.com",
        "https://7120934.onlineleasing.realpage.com/",
        "unverifiable",
        {
            "encinoridgeapts.com": home(co, "<p>Luxury apartments in north San Antonio.</p>"),
            "7120934.onlineleasing.realpage.com": everywhere(
                raw(
                    403,
                    "<html><head><title>Radware Bot Manager Block</title><script src='https://cas.avalon.perfdrive.com/"
                    "jsdata?ssa=1'></script></head><body><p class='lead'>We have detected some suspicious activity from "
                    "your network, so access has been blocked. Complete the form below to request access.</p><form "
                    "id='unblockForm' method='post'><input name='first_name'><input name='email'><button>Submit</button>"
                    "</form><p>Incident ID: 4f1a-22c9</p></body></html>",
                )
            ),
        },
    )

    # a securecafe portal answering Cloudflare's managed challenge (403, cf-mitigated: challenge,
    # "Verify you are human"). Shape: contract (Yardi often walled); header/wording: no stored source
    co = "Trinity Bluff Residences"
    add(
        "bot_wall",
        "Yardi",
        co,
        "trinitybluffresidences.com",
        "https://trinitybluff.securecafe.com/residentservices/trinity-bluff-residences/userlogin.aspx",
        "unverifiable",
        {
            "trinitybluffresidences.com": home(co, "<p>Dallas Design District.</p>"),
            "trinitybluff.securecafe.com": {
                "/residentservices/trinity-bluff-residences/userlogin.aspx": raw(
                    403,
                    "<!DOCTYPE html><html lang='en-US'><head><title>Just a moment...</title><meta name='robots' "
                    "content='noindex,nofollow'></head><body><div class='main-wrapper'><h1>trinitybluff.securecafe.com</h1>"
                    "<p>Verify you are human by completing the action below.</p><noscript>Enable JavaScript and cookies "
                    "to continue</noscript></div><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'>"
                    "</script></body></html>",
                    {"cf-mitigated": "challenge", "Server": "cloudflare", "cf-ray": "8f2a1c3b4d5e6f70-DFW"},
                ),
                "/robots.txt": Reply(200, "User-agent: *\nDisallow:\n", content_type="text/plain"),
            },
        },
    )

    # the company's own site is behind Azure Front Door's WAF (403 "The request is blocked.") and
    # the agent gives no evidence: nothing can prove the PMS. Shape: no stored source (AFD WAF page)
    co = "Brazoria Coast Property Services"
    add(
        "bot_wall",
        "Buildium",
        co,
        "brazoriacoastps.com",
        None,
        "no_pms_evidence",
        {
            "brazoriacoastps.com": everywhere(
                raw(
                    403,
                    "<!DOCTYPE html><html><head><title>Request blocked</title></head><body><h2>The request is blocked."
                    "</h2><p>0Xh1kZwAAAAB3c2a1 DFW31EDGE0512</p></body></html>",
                    {"x-azure-ref": "0Xh1kZwAAAAB3c2a1DFW31EDGE0512", "x-cache": "CONFIG_NOCACHE"},
                )
            )
        },
    )

    # ======================= dead_domain: no site here -> dead_domain

    # Firebase Hosting's "Site Not Found" (404) for a custom domain whose project was deleted,
    # given with a live AppFolio portal. Shape: no stored source (Firebase's stock page)
    co = "Plum Creek Property Management"
    add(
        "dead_domain",
        "AppFolio",
        co,
        "plumcreekkylepm.com",
        "https://plumcreekkyle.appfolio.com/connect/users/sign_in",
        "dead_domain",
        {
            "plumcreekkylepm.com": everywhere(
                raw(
                    404,
                    "<!DOCTYPE html><html><head><title>Site Not Found</title></head><body><div id='message'><h2>Site Not "
                    "Found</h2><h1>Why am I seeing this?</h1><p>There are a few potential reasons:</p><ol><li>You haven't "
                    "deployed an app yet.</li><li>You may have deployed an empty directory.</li><li>This is a custom "
                    "domain, but we haven't finished setting it up yet.</li></ol></div></body></html>",
                )
            ),
            "plumcreekkyle.appfolio.com": {"/connect/users/sign_in": VENDOR_LOGIN["AppFolio"](co)},
        },
    )

    # Azure App Service's "404 Web Site not found." for a hostname no app claims, given with a live
    # Propertyware portal. Shape: https://learninpractice.pages.dev/... (custom DNS left pointing
    # at a deleted app); page wording: no stored source
    co = "Sulphur Springs Property Management"
    add(
        "dead_domain",
        "Propertyware",
        co,
        "sulphurspringspm.com",
        "https://app.propertyware.com/pw/portals/sulphursprings/tenant.action",
        "dead_domain",
        {
            "sulphurspringspm.com": everywhere(
                raw(
                    404,
                    "<!DOCTYPE html><html><head><title>Microsoft Azure Web App - Error 404</title></head><body><h1>404 Web "
                    "Site not found.</h1><p>You may be seeing this error due to one of the reasons listed below:</p><ul>"
                    "<li>Custom domain has not been configured inside Azure.</li><li>Client cache is still pointing the "
                    "domain to an old IP address.</li></ul></body></html>",
                )
            ),
            "app.propertyware.com": {
                "/pw/portals/sulphursprings/tenant.action": VENDOR_LOGIN["Propertyware"](co),
            },
        },
    )

    # a Webflow site unpublished after a billing lapse: Webflow's 404 for the custom domain.
    # Shape: https://discourse.webflow.com/t/site-s-went-unpublished/193706
    add(
        "dead_domain",
        "TenantCloud",
        "Mineral Wells Rentals",
        "mineralwellsrentals.com",
        None,
        "dead_domain",
        {
            "mineralwellsrentals.com": everywhere(
                raw(
                    404,
                    "<!DOCTYPE html><html><head><title>Page Not Found</title><meta content='Webflow' name='generator'>"
                    "</head><body><div class='utility-page-wrap'><h2>Page Not Found</h2><p>The page you are looking for "
                    "doesn't exist or has been moved.</p></div></body></html>",
                    {"x-wf-region": "us-east-1", "Server": "Webflow"},
                )
            )
        },
    )

    return cases


HOLDOUT5: list[Case] = _holdout5()
