"""A FOURTH BLIND held-out corpus for the live checks, aimed at FALSE ACCEPTANCES: new cases,
labelled by what a careful person concludes from the pages as served (docs/live-checks.md is the
contract), written without reading the checks and without running them. Same `Case` shape as
tests/evidence_corpus.py, so `run_corpus(HOLDOUT4)` judges it.

Most cases are pages a naive reader would accept and a careful person rejects: live portals of
*another* company (named only in a heading, a logo's alt text or a footer; the same name in another
state; a franchisor's national account; a sister company the site itself links), vendor demo
accounts, account portals that say the company moved or is "now managed by" someone else,
inactive-account banners over a login form, same-host redirects to a vendor's generic page,
affiliate (`rel="nofollow sponsored"`) and software-review links to vendors, a portal URL only in
a QR-code image or a vendor-CDN PDF, a listing-syndication page given as evidence, template sites
(lorem ipsum, "Your Company Name", a vendor demo portal in the template's menu), expired domains
re-used by casino and Japanese keyword spam that still carry the old company's name, and walls
not met before (F5 BIG-IP ASM's 200 "Request Rejected", Kasada's 429). About a quarter are real
leads in tricky-but-real shapes (legal suffix and dba, "PM" abbreviations, a brand vs. the owner's
legal name, a renamed company on an old account host, `rel=nofollow` and affiliate links next to
the real portal, a closure banner on a portal, a hacked but still live site), so the corpus also
catches over-rejection.

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes and headers, wording style); company names, accounts and
domains are made up. Each case carries a one-line comment naming the real shape and where it was
seen. `# ambiguous:` marks labels where the contract leaves room; the label given is the careful
answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def appfolio_signin(heading: str, *, title: str = "Online Portal - Sign In", extra: str = "", footer: str = "") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name (or logo) as the heading."""
    return _login(title, heading, user="user[email]", extra=extra, footer=footer or "Powered by AppFolio Property Manager")


def buildium_center(co: str, *, extra: str = "", footer: str = "") -> Reply:
    """A Buildium Resident Center login naming the account's company, with an optional notice."""
    return _login(
        f"{co} - Resident Center",
        f"{co} Resident Center",
        user="Email",
        extra=extra,
        footer=footer or "Powered by Buildium",
    )


# TenantCloud's shared sign-in on a tenant-role address: one page, used by two cases here
TENANTCLOUD_TENANT_LOGIN = _login("Log in | TenantCloud", "Log in to your tenant account", user="email", footer="TenantCloud")


def _holdout4() -> list[Case]:
    collector = Collector("holdout4-")
    cases, add = collector.cases, collector.add

    # ======================= live_portal: a live account portal the site does not link -> medium

    # the portal names the company with its legal entity and "dba" (Pecos Trail Realty, Inc. dba
    # Pecos Trail Property Management); Buildium Resident Center login shape: code ids 15005069539,
    # 56674311379; no stored source for a dba in a portal title (an everyday legal-name shape)
    co = "Pecos Trail Property Management"
    add(
        "live_portal",
        "Buildium",
        co,
        "pecostrailpm.com",
        "https://pecostrail.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "pecostrailpm.com": home(co, "<p>Serving Fort Stockton and the Trans-Pecos since 2009.</p>"),
            "pecostrail.managebuilding.com": {
                "/Resident/portal/login": buildium_center("Pecos Trail Realty, Inc. dba Pecos Trail Property Management")
            },
        },
    )

    # the Rentvine shell's title abbreviates the company ("Larkspur PM" for Larkspur Property
    # Management); Rentvine resident portal shell: code ids 69806609889, 7918228721; "PM" titles
    # as in tests/fake_web.py's own acme preset ("Acme PM Resident Portal")
    co = "Larkspur Property Management"
    add(
        "live_portal",
        "Rentvine",
        co,
        "larkspurpropertymgmt.com",
        "https://larkspurpm.rentvine.com/portals/resident/",
        "medium",
        {
            "larkspurpropertymgmt.com": home(co, "<p>Single-family homes in Lubbock and Wolfforth.</p>"),
            "larkspurpm.rentvine.com": {"/portals/resident/": spa_shell("Larkspur PM - Resident Portal")},
        },
    )

    # the candidate is the owner's legal name (Hargrove Holdings LLC), the portal and the site show
    # its brand (Lone Oak Rentals), and the site's footer says "a d/b/a of Hargrove Holdings LLC".
    # AppFolio sign-in shape: lead-domain notes (AppFolio row); no stored source for the footer.
    # ambiguous: the portal's heading names "another" company literally (evidence_unverified by the
    # title rule), but the company's own site ties brand and legal name together -> medium.
    add(
        "live_portal",
        "AppFolio",
        "Hargrove Holdings LLC",
        "loneoakrentals.com",
        "https://loneoakrentals.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "loneoakrentals.com": home(
                "Lone Oak Rentals",
                "<p>Houses and duplexes for rent in Tyler and Whitehouse.</p><p class='legal'>Lone Oak Rentals is a "
                "d/b/a of Hargrove Holdings LLC, a licensed Texas real estate broker.</p>",
            ),
            "loneoakrentals.appfolio.com": {"/connect/users/sign_in": appfolio_signin("Lone Oak Rentals")},
        },
    )

    # a renamed company whose Rent Manager account host keeps the old name (tomballhomeleasing) and
    # whose portal shows the new name, which is the candidate; the site says "formerly Tomball Home
    # Leasing". twa account roots: code ids 51824418337, 70095364362; rename notices:
    # https://info.completerealtysolutionsstl.com/missing-informaiton (management/name transitions)
    co = "Cypress Creek Residential"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "cypresscreekresidential.com",
        "https://tomballhomeleasing.twa.rentmanager.com/",
        "medium",
        {
            "cypresscreekresidential.com": home(
                co, "<p>Cypress Creek Residential (formerly Tomball Home Leasing) has served NW Harris County since 2004.</p>"
            ),
            "tomballhomeleasing.twa.rentmanager.com": {
                "/": _login(
                    f"{co} - Tenant Web Access",
                    f"Welcome to {co}",
                    user="txtUserName",
                    footer="Rent Manager Tenant Web Access",
                )
            },
        },
    )

    # the company's site links its Buildium portal only from a 2016 news-archive post ("Introducing
    # our new resident portal"); today's homepage links nothing. The account is still live and names
    # the company. Dated blog-archive paths on PM sites: pages search "new resident portal" (e.g.
    # https://bigtreeproperties.ca/buildium, a resident-portal FAQ page); archive itself no stored source.
    # ambiguous: literally the site (an old page of it) links a live portal -> high; a careful person
    # does not take a nine-year-old post as the site's word today and accepts at lower confidence.
    co = "Quitaque Canyon Rentals"
    pages = home(
        co, "<p>Quitaque and Turkey rentals.</p><a href='/2016/04/introducing-our-new-resident-portal/'>News archive</a>"
    )
    pages["/2016/04/introducing-our-new-resident-portal/"] = page(
        "<article><h1>Introducing our new resident portal</h1><time datetime='2016-04-11'>April 11, 2016</time>"
        "<p>Starting May 1 you can pay rent online. <a href='https://quitaquecanyon.managebuilding.com/Resident/portal/login'>"
        "Sign in here</a>.</p></article>",
        title=f"Introducing our new resident portal | {co}",
    )
    add(
        "live_portal",
        "Buildium",
        co,
        "quitaquecanyonrentals.com",
        "https://quitaquecanyon.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "quitaquecanyonrentals.com": pages,
            "quitaquecanyon.managebuilding.com": {"/Resident/portal/login": buildium_center(co)},
        },
    )

    # ======================= site_links_portal: the live site links the live portal -> high

    # the menu's portal link carries rel="nofollow noopener" and a gtag outbound-click handler (SEO
    # plugins add nofollow to external links; it is not an ad). AppFolio /connect redirect:
    # lead-domain notes (AppFolio row); rel/onclick markup: code search "rel=\"nofollow" hits above
    co = "Gruene Valley Property Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "gruenevalleypm.com",
        None,
        "high",
        {
            "gruenevalleypm.com": home(
                co,
                "<a class='menu-item' href='https://gruenevalleypm.appfolio.com/connect' rel='nofollow noopener' "
                "target='_blank' onclick=\"gtag('event','click',{'event_category':'outbound','event_label':'portal'});\">"
                "Resident Portal</a>",
            ),
            "gruenevalleypm.appfolio.com": {
                "/connect": redirect("/connect/users/sign_in"),
                "/connect/users/sign_in": appfolio_signin(co),
            },
        },
    )

    # the portal shows an office-closure banner ("closed Monday for Memorial Day ... online payments
    # are not affected") above its login form; words like "closed" must not read as a dead account.
    # Buildium login shape: code ids 15005069539, 56674311379; banner wording: no stored source
    co = "Kyle City Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "kylecitypm.com",
        None,
        "high",
        {
            "kylecitypm.com": home(
                co, "<a class='btn' href='https://kylecitypm.managebuilding.com/Resident/portal/login'>Tenant Login</a>"
            ),
            "kylecitypm.managebuilding.com": {
                "/Resident/portal/login": buildium_center(
                    co,
                    extra="<div class='alert alert-info'>Our office will be closed Monday, May 26 for Memorial Day. "
                    "Online payments are not affected.</div>",
                )
            },
        },
    )

    # "Tenant Login" is Rentec Direct's sign-in with the account in ?cb= (the contract's account
    # portal shape), answering with the company's name; cb= links: lead-domain notes, code ids
    # 55323161231, 12868925588
    co = "Llano Estacado Rentals"
    add(
        "site_links_portal",
        "Rentec Direct",
        co,
        "llanoestacadorentals.com",
        None,
        "high",
        {
            "llanoestacadorentals.com": home(
                co, "<a href='https://secure.rentecdirect.com/login/login.php?cb=llanoestacado'>Tenant Login</a>"
            ),
            "secure.rentecdirect.com": {"/login/login.php?cb=llanoestacado": VENDOR_LOGIN["Rentec Direct"](co)},
        },
    )

    # the footer has an affiliate "Landlords: try Buildium" link (rel="nofollow sponsored",
    # www.buildium.com/?ref=<id>) AND the header links the company's own live Buildium account; the
    # affiliate link proves nothing, the account link proves the lead. Affiliate URL shape: code ids
    # 66577702774, 14910134176 (https://www.buildium.com/?ref=<affiliate id>)
    co = "Mustang Island Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "mustangislandrentals.com",
        None,
        "high",
        {
            "mustangislandrentals.com": home(
                co,
                "<header><a href='https://mustangisland.managebuilding.com/Resident/portal/login'>Resident Login</a>"
                "</header><aside><h3>Own a rental?</h3><a href='https://www.buildium.com/?ref=mirentals' "
                "rel='nofollow sponsored' target='_blank'>Try the software we recommend</a></aside>",
            ),
            "mustangisland.managebuilding.com": {"/Resident/portal/login": buildium_center(co)},
            "www.buildium.com": {"/?ref=mirentals": page("<h1>Property management software</h1>", title="Buildium")},
        },
    )

    # a hacked but live company site: its visible content and Propertyware portal link are intact,
    # while a display:none block carries Japanese keyword-spam links (the "Japanese keyword hack":
    # https://consultingproteam.com/googles-john-mueller-offers-help-with-spammy-foreign-language-hack);
    # Propertyware tenant.action shape: code ids 43611829219, 2781201612
    # ambiguous: a compromised site is a security problem, not a dead or foreign one; the company's
    # site still links its live portal -> high.
    co = "Palo Duro Property Management"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "paloduropm.com",
        None,
        "high",
        {
            "paloduropm.com": home(
                co,
                "<a class='btn' href='https://app.propertyware.com/pw/portals/paloduro/tenant.action'>Tenant Portal</a>"
                "<div style='display:none'><a href='/?p=jp-8842'>&#x30D6;&#x30E9;&#x30F3;&#x30C9; &#x30B3;&#x30D4;&#x30FC; "
                "&#x6700;&#x5B89;&#x5024;</a><a href='/?p=jp-8843'>&#x6642;&#x8A08; &#x901A;&#x8CA9; &#x6FC0;&#x5B89;</a>"
                "</div>",
            ),
            "app.propertyware.com": {"/pw/portals/paloduro/tenant.action": VENDOR_LOGIN["Propertyware"](co)},
        },
    )

    # ======================= no_account: the given (or linked) portal is not this company's

    # the AppFolio sign-in's title names nobody ("Online Portal - Sign In", AppFolio's own) and its
    # heading is only the logo, whose alt text and the footer name ANOTHER company (Summit Ridge
    # Property Group, Chattanooga) for the candidate Summit Realty Partners (Knoxville): an agent's
    # guessed subdomain. AppFolio sign-in shape: lead-domain notes (AppFolio row)
    add(
        "no_account",
        "AppFolio",
        "Summit Realty Partners",
        "summitrealtypartners.com",
        "https://summitrp.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "summitrealtypartners.com": home(
                "Summit Realty Partners", "<p>Knoxville, Tennessee residential leasing and management.</p>"
            ),
            "summitrp.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(
                    "<img src='https://images.cdn.appfolio.com/summitrp/images/logo.png' alt='Summit Ridge Property Group'>",
                    footer="Summit Ridge Property Group &middot; 1100 Market St, Chattanooga, TN &middot; Powered by AppFolio",
                )
            },
        },
    )

    # the SAME company name in another state: the candidate (San Angelo, TX, per its site) and a
    # live Buildium account "Cornerstone Property Management" whose footer gives a Columbus, Ohio
    # address. Buildium login shape: code ids 15005069539, 56674311379; same-name firms across
    # states: lead-domain notes (name matching needs "the same town", id 71038343100)
    # ambiguous: the name matches exactly, so a name comparison accepts; the addresses say these are
    # two companies -> evidence_unverified.
    co = "Cornerstone Property Management"
    add(
        "no_account",
        "Buildium",
        co,
        "cornerstonepmsanangelo.com",
        "https://cornerstonepm.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "cornerstonepmsanangelo.com": home(
                co, "<p>San Angelo, Texas. 2201 Sherwood Way, San Angelo, TX 76901 &middot; (325) 555-0142</p>"
            ),
            "cornerstonepm.managebuilding.com": {
                "/Resident/portal/login": buildium_center(
                    co,
                    footer="Cornerstone Property Management &middot; 4410 N High St, Columbus, OH 43214 &middot; "
                    "Powered by Buildium",
                )
            },
        },
    )

    # a franchise office (HomeKey Rentals of Waco) given the franchisor's national AppFolio account,
    # whose page says residents use their LOCAL office's portal; franchise offices run their own
    # accounts (cf. the RPM franchise tenant page cited in tests/evidence_holdout.py; no stored
    # source read here for the franchisor page)
    add(
        "no_account",
        "AppFolio",
        "HomeKey Rentals of Waco",
        "homekeywaco.com",
        "https://homekeyrentals.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "homekeywaco.com": home("HomeKey Rentals of Waco", "<p>Independently owned and operated franchise.</p>"),
            "homekeyrentals.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(
                    "HomeKey Rentals Franchising, LLC",
                    extra="<p class='notice'>Residents and owners: your portal is provided by your local HomeKey "
                    "office. Please use the portal link on your office's website. This sign-in is for HomeKey "
                    "corporate staff.</p>",
                )
            },
        },
    )

    # the agent's evidence is a vendor DEMO account: a live Resident Center login whose title names
    # nobody and whose page says it is a demonstration site; demo.managebuilding.com appears as a
    # sample origin in code id 71069736625. The demo notice wording: no stored source.
    add(
        "no_account",
        "Buildium",
        "Elm Fork Realty",
        "elmforkrealty.com",
        "https://demo.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "elmforkrealty.com": home("Elm Fork Realty", "<p>Carrollton and Farmers Branch rentals.</p>"),
            "demo.managebuilding.com": {
                "/Resident/portal/login": _login(
                    "Resident Center",
                    "Your Property Management Company",
                    user="Email",
                    extra="<div class='alert'>This is a demonstration site. Sample data is reset nightly.</div>",
                    footer="Powered by Buildium",
                )
            },
        },
    )

    # an MRI ResidentConnect account answering 200 with "This account is inactive" over a still
    # rendered login form (a soft-dead portal that keeps its form); MRI account host shape: code id
    # 10086446986 (lime.mriresidentconnect.com); the banner wording: no stored source
    co = "Red River Residential"
    add(
        "no_account",
        "MRI",
        co,
        "redriverresidential.com",
        "https://redriverres.mriresidentconnect.com/",
        "evidence_unverified",
        {
            "redriverresidential.com": home(co, "<p>Apartment communities in Wichita Falls.</p>"),
            "redriverres.mriresidentconnect.com": {
                "/": _login(
                    "ResidentConnect",
                    "ResidentConnect",
                    extra="<div class='validation-summary-errors' role='alert'>This account is inactive. Please "
                    "contact your management office.</div>",
                    footer="MRI Software",
                )
            },
        },
    )

    # a Rentvine account path that 302s to the account host's root, which serves Rentvine's generic
    # product page (no company, no login form) with 200: a redirect to the vendor's home within the
    # same host. Rentvine portal paths: code ids 69806609889, 7918228721; the root answer: no stored source
    add(
        "no_account",
        "Rentvine",
        "Pin Oak Property Management",
        "pinoakpropertymanagement.com",
        "https://pinoakpm.rentvine.com/portals/resident/",
        "evidence_unverified",
        {
            "pinoakpropertymanagement.com": home("Pin Oak Property Management", "<p>Bryan and College Station.</p>"),
            "pinoakpm.rentvine.com": {
                "/portals/resident/": redirect("/"),
                "/": page(
                    "<h1>Property management software built for growth</h1><p>Accounting, maintenance and owner "
                    "reporting in one platform.</p><a href='https://www.rentvine.com/demo'>Schedule a demo</a>",
                    title="Rentvine | Property Management Software",
                ),
            },
        },
    )

    # a sales brokerage whose site says its rentals are managed by its affiliate and links THAT
    # company's live Buildium portal (which names it) as "Tenant Login"; sister-company referrals:
    # management-transfer pages such as https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: the contract's "unless the company's own site links it" would accept this (high);
    # the site itself says the portal is another company's, so the candidate is not the PMS user.
    add(
        "no_account",
        "Buildium",
        "Blue Heron Realty",
        "blueheronrealtyfl.com",
        None,
        "evidence_unverified",
        {
            "blueheronrealtyfl.com": home(
                "Blue Heron Realty",
                "<p>Buying or selling on the Emerald Coast? Our agents can help.</p><section><h2>Rentals</h2><p>Our "
                "rental homes are managed by our affiliate, Heron Coast Property Management, LLC.</p><a "
                "href='https://heroncoastpm.managebuilding.com/Resident/portal/login'>Tenant Login</a></section>",
            ),
            "heroncoastpm.managebuilding.com": {"/Resident/portal/login": buildium_center("Heron Coast Property Management")},
        },
    )

    # ======================= stale_portal: the linked portal says the company is no longer there

    # the site links its Buildium account, which is live with a form but carries the notice "Oak
    # Hollow Property Management is now managed by Lakeshore Residential Group" (a management
    # transfer); transfer notices: https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: literally a live portal with a login form naming the company (high); the page says
    # the company no longer manages these homes -> evidence_unverified.
    co = "Oak Hollow Property Management"
    add(
        "stale_portal",
        "Buildium",
        co,
        "oakhollowpm.com",
        None,
        "evidence_unverified",
        {
            "oakhollowpm.com": home(
                co, "<a href='https://oakhollowpm.managebuilding.com/Resident/portal/login'>Resident Login</a>"
            ),
            "oakhollowpm.managebuilding.com": {
                "/Resident/portal/login": buildium_center(
                    co,
                    extra="<div class='alert alert-warning'><strong>Important:</strong> Effective March 1, 2025, "
                    f"{co} is now managed by Lakeshore Residential Group. Please visit lakeshoreresidential.com for "
                    "your new resident portal. This site is read-only.</div>",
                )
            },
        },
    )

    # the site's "Pay Rent" goes to its AppFolio /connect, which now answers 200 with only a notice
    # ("We have transitioned to a new resident portal. Please contact our office for your new login
    # link.") and no form; AppFolio /connect shape: lead-domain notes; notice wording: no stored source
    co = "Sandhills Home Rentals"
    add(
        "stale_portal",
        "AppFolio",
        co,
        "sandhillshomerentals.com",
        None,
        "evidence_unverified",
        {
            "sandhillshomerentals.com": home(
                co, "<a class='btn' href='https://sandhillsrentals.appfolio.com/connect'>Pay Rent</a>"
            ),
            "sandhillsrentals.appfolio.com": {
                "/connect": page(
                    f"<main><h1>{co}</h1><p>We have transitioned to a new resident portal. Please contact our office "
                    "for your new login link.</p></main><footer>Powered by AppFolio Property Manager</footer>",
                    title="Online Portal",
                )
            },
        },
    )

    # the site links a ResMan sign-in whose page now says "This portal has moved" and meta-refreshes
    # back to the company's own homepage (no form: a circular pointer, not a portal); ResMan
    # SignIn/<abbr> shape: code ids 7932052185, 62975635575; the moved page: no stored source
    co = "Brushy Creek Management"
    add(
        "stale_portal",
        "ResMan",
        co,
        "brushycreekmgmt.com",
        None,
        "evidence_unverified",
        {
            "brushycreekmgmt.com": home(
                co, "<a href='https://brushycreek.myresman.com/Portal/Access/SignIn/BCM'>Resident Portal</a>"
            ),
            "brushycreek.myresman.com": {
                "/Portal/Access/SignIn/BCM": Reply(
                    200,
                    "<!doctype html><html><head><title>Portal Moved</title><meta http-equiv='refresh' "
                    "content='5;url=https://brushycreekmgmt.com/'></head><body><h1>This portal has moved</h1><p>"
                    f"{co} residents: you will be redirected to your management company's website.</p></body></html>",
                )
            },
        },
    )

    # ======================= vendor_wide: vendor links that prove no account

    # the only vendor link is an affiliate link (rel="nofollow sponsored", www.buildium.com/?ref=<id>)
    # in a "Resources for landlords" list, worded "the software we use"; affiliate URL shape: code
    # ids 66577702774, 66592293322, 14910134176
    # ambiguous: the text claims Buildium use, but no account is linked or given -> no_pms_evidence.
    co = "Padre Island Property Services"
    add(
        "vendor_wide",
        "Buildium",
        co,
        "padreislandps.com",
        None,
        "no_pms_evidence",
        {
            "padreislandps.com": home(
                co,
                "<section><h2>Resources for landlords</h2><ul><li><a href='https://www.buildium.com/?ref=padreislandps' "
                "rel='nofollow sponsored' target='_blank'>Buildium - the software we use</a></li><li><a "
                "href='https://www.irs.gov/forms-pubs/about-schedule-e-form-1040'>Schedule E</a></li></ul></section>",
            ),
            "www.buildium.com": {"/?ref=padreislandps": page("<h1>Property management software</h1>", title="Buildium")},
        },
    )

    # the company's blog post "Best property management software in 2025" links AppFolio's, Buildium's
    # and Rentvine's marketing pages; its /residents page says to pay by check. Software review posts
    # of this shape: https://levelthree.co/en/insights/best-property-management-software-guide
    # ambiguous: several vendors linked (no account of any) -> no_pms_evidence, not pms_mismatch.
    co = "Brazos Bend Realty"
    pages = home(co, "<a href='/residents'>Residents</a><a href='/blog/best-property-management-software-2025/'>Blog</a>")
    pages["/residents"] = page(
        "<h1>Residents</h1><p>Rent is due on the 1st. Pay by check or money order at our office, 412 Main St.</p>"
        "<p>Curious how tenant portals work? <a href='/blog/best-property-management-software-2025/'>Read our blog</a>.</p>",
        title=f"Residents | {co}",
    )
    pages["/blog/best-property-management-software-2025/"] = page(
        "<article><h1>Best property management software in 2025</h1><p>We compared three popular tools for small "
        "landlords.</p><ol><li><a href='https://www.appfolio.com/property-manager'>AppFolio</a> - best for mid-size "
        "portfolios</li><li><a href='https://www.buildium.com/pricing/'>Buildium</a> - best for small landlords</li>"
        "<li><a href='https://www.rentvine.com/'>Rentvine</a> - modern accounting</li></ol></article>",
        title=f"Best property management software in 2025 | {co}",
    )
    add("vendor_wide", "AppFolio", co, "brazosbendrealty.com", None, "no_pms_evidence", {"brazosbendrealty.com": pages})

    # "Resident Login" links Yardi Breeze's marketing site (www.yardibreeze.com), not a breeze.cafe
    # account; Breeze account portals are <acct>.breeze.cafe (code id 12098987894, cited in
    # tests/evidence_holdout.py); marketing host: general knowledge, no stored source read
    co = "Kiowa Flats Apartments"
    add(
        "vendor_wide",
        "Yardi",
        co,
        "kiowaflatsapts.com",
        None,
        "no_pms_evidence",
        {
            "kiowaflatsapts.com": home(co, "<a class='menu-item' href='https://www.yardibreeze.com/'>Resident Login</a>"),
            "www.yardibreeze.com": {
                "/": page(
                    "<h1>Simple, affordable property management software</h1><a href='#'>Request a demo</a>",
                    title="Yardi Breeze | Property Management Software",
                )
            },
        },
    )

    # ======================= asset: a portal or vendor URL only inside an asset

    # "Resident Portal Guide (PDF)" links a PDF on Rent Manager's CDN (cdn.rentmanager.com is
    # vendor-wide in the contract's table); the anchor's words say "Resident Portal". No stored
    # source for this PDF path.
    co = "Hill Country Lofts Management"
    add(
        "asset",
        "Rent Manager",
        co,
        "hillcountrylofts.com",
        None,
        "no_pms_evidence",
        {
            "hillcountrylofts.com": home(
                co,
                "<a href='https://cdn.rentmanager.com/docs/resident-web-access-guide.pdf' target='_blank'>Resident "
                "Portal Guide (PDF)</a><p>Call the office to receive your portal invitation.</p>",
            ),
            "cdn.rentmanager.com": {
                "/docs/resident-web-access-guide.pdf": Reply(
                    200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n", content_type="application/pdf"
                )
            },
        },
    )

    # the portal URL appears only as the data= parameter of a QR-code image (api.qrserver.com
    # create-qr-code), "Scan to open the resident portal"; the Buildium account is live. QR API
    # shape: general knowledge, no stored source read.
    # ambiguous: a person scanning it reaches the company's portal (high); the contract never reads
    # images, and no link, button or form points there -> no_pms_evidence.
    co = "San Jacinto Property Management"
    add(
        "asset",
        "Buildium",
        co,
        "sanjacintopm.com",
        None,
        "no_pms_evidence",
        {
            "sanjacintopm.com": home(
                co,
                "<figure><img src='https://api.qrserver.com/v1/create-qr-code/?size=160x160&amp;data=https%3A%2F%2F"
                "sanjacpm.managebuilding.com%2FResident%2Fportal%2Flogin' alt='QR code'><figcaption>Scan to open the "
                "resident portal</figcaption></figure>",
            ),
            "sanjacpm.managebuilding.com": {"/Resident/portal/login": buildium_center(co)},
        },
    )

    # ======================= shared_signin

    # an Entrata candidate whose "Resident Portal" is Entrata's vendor-wide ResidentPortal host
    # (www.residentportal.com: a property search and app download, no account); Entrata is not a
    # shared-sign-in vendor. Shape: http://residentportal.com/ ("Search for your property", pages search)
    co = "Mesquite Trails Apartments"
    add(
        "shared_signin",
        "Entrata",
        co,
        "mesquitetrailsapts.com",
        None,
        "no_pms_evidence",
        {
            "mesquitetrailsapts.com": home(
                co, "<a href='https://www.residentportal.com/resident_portal/?module=authentication'>Resident Portal</a>"
            ),
            "www.residentportal.com": {
                "/resident_portal/?module=authentication": page(
                    "<h1>Welcome to ResidentPortal</h1><form><label>Search for your property</label><input "
                    "name='property_name'><button>Search</button></form>",
                    title="ResidentPortal",
                )
            },
        },
    )

    # a TenantCloud landlord's sidebar "Tenant Login" block button to TenantCloud's shared sign-in
    # with a tenant role parameter, answering its login form: a real lead at medium. Shared host:
    # lead-domain notes (code ids 67075514049, 71509213841); the query: no stored source
    co = "Sweetwater Family Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "sweetwaterfamilyrentals.com",
        None,
        "medium",
        {
            "sweetwaterfamilyrentals.com": home(
                co,
                "<aside class='sidebar'><h3>Tenants</h3><p>Pay rent and request repairs online.</p><a "
                "class='wp-block-button__link' href='https://home.tenantcloud.com/login?type=tenant'>Tenant Login</a>"
                "</aside>",
            ),
            "home.tenantcloud.com": {"/login?type=tenant": TENANTCLOUD_TENANT_LOGIN},
        },
    )

    # ======================= other_pms

    # the agent's Buildium evidence is live (form, company name) but shows "We've moved! Our new
    # resident portal is at <AppFolio account>", which is live; moved-portal notices: transfer pages
    # such as https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: evidence_unverified (the account is abandoned) is also a right rejection; the
    # evidence itself shows a different PMS -> pms_mismatch.
    co = "Magnolia Bend Property Management"
    add(
        "other_pms",
        "Buildium",
        co,
        "magnoliabendpm.com",
        "https://magnoliabend.managebuilding.com/Resident/portal/login",
        "pms_mismatch",
        {
            "magnoliabendpm.com": home(co, "<p>Conroe and The Woodlands.</p>"),
            "magnoliabend.managebuilding.com": {
                "/Resident/portal/login": buildium_center(
                    co,
                    extra="<div class='alert'>We've moved! Our new resident portal is at <a "
                    "href='https://magnoliabendpm.appfolio.com/connect'>magnoliabendpm.appfolio.com</a>. Please "
                    "activate your new account there.</div>",
                )
            },
            "magnoliabendpm.appfolio.com": {"/connect": appfolio_signin(co)},
        },
    )

    # a Rent Manager candidate whose footer SAYS "Powered by Rent Manager" (text, no link) while its
    # "Resident Login" links a live AppFolio account: the link is what the site uses; contract:
    # "A site linking another PMS is pms_mismatch". No stored source for the stale footer text.
    co = "Bell County Rentals"
    add(
        "other_pms",
        "Rent Manager",
        co,
        "bellcountyrentals.com",
        None,
        "pms_mismatch",
        {
            "bellcountyrentals.com": home(
                co,
                "<a href='https://bellcountyrentals.appfolio.com/connect/users/sign_in'>Resident Login</a>"
                "<p class='small'>Resident services powered by Rent Manager.</p>",
            ),
            "bellcountyrentals.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # an AppFolio candidate with a live AppFolio account naming it (given), whose site's only tenant
    # login is TenantCloud's shared sign-in (tenant role): the site's current tenant system is
    # another PMS. Shared host: lead-domain notes (code ids 67075514049, 71509213841)
    # ambiguous: a shared sign-in names no account; but it is another PMS the site sends tenants to
    # (the contract: a site linking another PMS is pms_mismatch) -> pms_mismatch.
    co = "Copperas Cove Homes"
    add(
        "other_pms",
        "AppFolio",
        co,
        "copperascovehomes.com",
        "https://copperascovehomes.appfolio.com/connect/users/sign_in",
        "pms_mismatch",
        {
            "copperascovehomes.com": home(
                co, "<a class='btn' href='https://home.tenantcloud.com/login?type=tenant'>Tenant Login</a>"
            ),
            "home.tenantcloud.com": {"/login?type=tenant": TENANTCLOUD_TENANT_LOGIN},
            "copperascovehomes.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # ======================= no_portal: nothing proves the PMS

    # the agent's evidence is a Zillow rental listing ("Listed by Abilene Prairie Rentals", an "Apply now"
    # button to the company's AppFolio application): a syndication page, not an account portal.
    # Zillow homedetails URL shape: general knowledge; AppFolio rental_applications link: code ids
    # 9551838100, 62410158708 (cited in tests/evidence_holdout2.py)
    # ambiguous: the listing points at an AppFolio account of the company; but the evidence URL is
    # a platform page, not the portal, and the site links nothing -> no_pms_evidence.
    co = "Abilene Prairie Rentals"
    add(
        "no_portal",
        "AppFolio",
        co,
        "abileneprairierentals.com",
        "https://www.zillow.com/homedetails/1418-Mesquite-Dr-Abilene-TX-79601/2084417725_zpid/",
        "no_pms_evidence",
        {
            "abileneprairierentals.com": home(co, "<p>Abilene rentals. Call (325) 555-0190.</p>"),
            "www.zillow.com": {
                "/homedetails/1418-Mesquite-Dr-Abilene-TX-79601/2084417725_zpid/": page(
                    "<h1>1418 Mesquite Dr, Abilene, TX 79601</h1><p>$1,295/mo &middot; 3 bd &middot; 2 ba</p>"
                    f"<p>Listed by: {co}</p><a href='https://abileneprairierentals.appfolio.com/listings/rental_applications/"
                    "new?listable_uid=5b2e8c1d-7f4a-4c3e-9a6b-2d1f0e9c8b7a&amp;source=Zillow'>Apply now</a>",
                    title="1418 Mesquite Dr, Abilene, TX 79601 | Zillow",
                )
            },
            "abileneprairierentals.appfolio.com": {
                "/listings/rental_applications/new?listable_uid=5b2e8c1d-7f4a-4c3e-9a6b-2d1f0e9c8b7a&source=Zillow": page(
                    f"<h1>{co}</h1><h2>Rental Application</h2><form><input name='first_name'><button>Start</button></form>",
                    title=f"Rental Application | {co}",
                )
            },
        },
    )

    # the company's blog post "What is a tenant portal?" shows an EXAMPLE Resident Center of another
    # firm (Summit Lake PM), while its own /residents page says online payments are not ready yet;
    # tenant-portal explainer posts: https://eatsip365.com/a-guide-to-your-community-resident-portal;
    # Buildium public home shape: code ids 20114546499, 62040768188
    # ambiguous: the post's URL says "portal" and the link is a live portal, but it is an example of
    # someone else's -> no_pms_evidence.
    co = "Trinity Bluff Properties"
    pages = home(co, "<a href='/residents'>Residents</a><a href='/blog/what-is-a-tenant-portal/'>What is a tenant portal?</a>")
    pages["/residents"] = page(
        "<h1>Residents</h1><p>Online rent payments are coming soon. Until then, drop checks at our office.</p>",
        title=f"Residents | {co}",
    )
    pages["/blog/what-is-a-tenant-portal/"] = page(
        "<article><h1>What is a tenant portal?</h1><p>Many management companies give residents a website to pay rent "
        "and request repairs. Here is an example of what one looks like: <a href='https://summitlakepm.managebuilding.com/"
        "Resident/public/home'>a sample Resident Center</a>.</p></article>",
        title=f"What is a tenant portal? | {co}",
    )
    add(
        "no_portal",
        "Buildium",
        co,
        "trinitybluffproperties.com",
        None,
        "no_pms_evidence",
        {
            "trinitybluffproperties.com": pages,
            "summitlakepm.managebuilding.com": {
                "/Resident/public/home": page(
                    "<h1>Welcome to Summit Lake Property Management</h1><a href='/Resident/portal/login'>Resident login"
                    "</a><footer>Powered by Buildium</footer>",
                    title="Summit Lake Property Management - Home",
                )
            },
        },
    )

    # the /residents page announces a portal that does not exist yet ("Next month we're launching our
    # new online portal, powered by AppFolio. Watch your email for an invitation."): intent, no
    # account. Announcement wording: no stored source (cf. "Portal link goes here. We'll connect your
    # accounting system during onboarding." in a template, code search "Owner Portal")
    co = "Lampasas River Rentals"
    pages = home(co, "<a href='/residents'>Residents</a>")
    pages["/residents"] = page(
        "<h1>Residents</h1><p>Next month we're launching our new online portal, powered by AppFolio. Watch your email "
        "for an invitation. Until then, pay rent at the office.</p>",
        title=f"Residents | {co}",
    )
    add("no_portal", "AppFolio", co, "lampasasriverrentals.com", None, "no_pms_evidence", {"lampasasriverrentals.com": pages})

    # ======================= parked: the domain is no longer the company's (a live portal changes nothing)

    # an expired PM domain re-registered for casino spam: the spammer restored the old company's
    # title and "Resident Login" link next to "slot online" and sportsbook posts; the old company's
    # Buildium account (given) is still live. Expired-domain re-use: https://techcrunch.com/2022/04/23/
    # seo-scammers-buy-expired-domains-vexing-google-trust/ ("resurrect the site ... add affiliate links")
    # ambiguous: not a parking page, and the site and portal both "answer"; but the domain is no longer
    # the company's website -> dead_domain.
    co = "Bluebonnet Hills Property Management"
    add(
        "parked",
        "Buildium",
        co,
        "bluebonnethillspm.com",
        "https://bluebonnethills.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "bluebonnethillspm.com": {
                "/": doc(
                    f"{co} | Slot Online Gacor &amp; Live Casino Terpercaya",
                    "<meta name='description' content='Daftar slot online gacor, live casino dan judi bola terpercaya 2025.'>",
                    f"<header><a href='/'>{co}</a><a href='https://bluebonnethills.managebuilding.com/Resident/portal/login'>"
                    "Resident Login</a></header><main><h1>Slot Online Gacor Hari Ini</h1><p>Situs slot online terpercaya "
                    "dengan RTP tertinggi. Daftar sekarang dan klaim bonus new member 100%.</p><a href='/daftar'>Daftar</a>"
                    "<a href='/live-casino'>Live Casino</a><a href='/judi-bola'>Sportsbook</a></main>",
                    lang="id",
                )
            },
            "bluebonnethills.managebuilding.com": {"/Resident/portal/login": buildium_center(co)},
        },
    )

    # an expired PM domain now serving Japanese keyword spam (brand-copy shop pages) with the old
    # company's copyright left in the footer; the old AppFolio account (given) is still live.
    # "Japanese keyword hack" / foreign-language spam pages:
    # https://www.searchenginejournal.com/google-search-overwhelmed-by-massive-spam-attack/504527/
    # ambiguous: no parking service markers; the page still names the company -> dead_domain.
    co = "Sandia Vista Property Management"
    add(
        "parked",
        "AppFolio",
        co,
        "sandiavistapm.com",
        "https://sandiavistapm.appfolio.com/connect/users/sign_in",
        "dead_domain",
        {
            "sandiavistapm.com": {
                "/": doc(
                    "&#x30D6;&#x30E9;&#x30F3;&#x30C9;&#x30B3;&#x30D4;&#x30FC; &#x6FC0;&#x5B89;&#x901A;&#x8CA9; "
                    "&#x3010;2025&#x5E74;&#x6700;&#x65B0;&#x3011;",
                    "<meta name='robots' content='index,follow'>",
                    "<main><h1>&#x30D6;&#x30E9;&#x30F3;&#x30C9;&#x30B3;&#x30D4;&#x30FC; &#x6FC0;&#x5B89;</h1><ul>"
                    "<li><a href='/item/8841.html'>&#x30D0;&#x30C3;&#x30B0; &#x30B3;&#x30D4;&#x30FC;</a></li>"
                    "<li><a href='/item/8842.html'>&#x8155;&#x6642;&#x8A08; &#x30B9;&#x30FC;&#x30D1;&#x30FC;"
                    "&#x30B3;&#x30D4;&#x30FC;</a></li></ul></main>"
                    f"<footer>&copy; 2019 {co}. All rights reserved.</footer>",
                    lang="ja",
                )
            },
            "sandiavistapm.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)},
        },
    )

    # ======================= bot_wall: the portal answers servers with a block page

    # F5 BIG-IP ASM's block page served with HTTP 200 ("Request Rejected ... Your support ID is: ...")
    # on an Entrata ProspectPortal given as evidence; shape: code ids 21370792843, 8626722420 (page),
    # 3836451358 (served with status 200), 51765491953 (TS01 / BIGipServer cookies)
    # ambiguous: F5 is not among the contract's named walls, and 200 with no form could read as a dead
    # portal; it is a WAF's block page on Entrata (often walled) -> unverifiable.
    co = "Lakeview Commons"
    add(
        "bot_wall",
        "Entrata",
        co,
        "lakeviewcommonsapts.com",
        "https://lakeviewcommons.prospectportal.com/Apartments/module/application_authentication/",
        "unverifiable",
        {
            "lakeviewcommonsapts.com": home(co, "<p>Studios to three bedrooms near the lake.</p>"),
            "lakeviewcommons.prospectportal.com": {
                "/Apartments/module/application_authentication/": raw(
                    200,
                    "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please "
                    "consult with your administrator.<br><br>Your support ID is: 7719034452268113096<br><br><a "
                    "href='javascript:history.back();'>[Go Back]</a></body></html>",
                    {"Set-Cookie": "TS01a3c5f2=01b4e6c9d2; Path=/", "Server": "BigIP"},
                )
            },
        },
    )

    # Kasada's challenge: HTTP 429 with an ips.js script and x-kpsdk-* headers, on a RealPage online
    # leasing account the site links; shape: code ids 55815031206 ("returns 429 with the ips.js script
    # reference"), 67004546301 (x-kpsdk-ct / x-kpsdk-cd headers)
    co = "The Reserve at Belton Lake"
    add(
        "bot_wall",
        "RealPage",
        co,
        "reserveatbeltonlake.com",
        None,
        "unverifiable",
        {
            "reserveatbeltonlake.com": home(
                co, "<a class='btn' href='https://8813207.onlineleasing.realpage.com/'>Apply Online</a>"
            ),
            "8813207.onlineleasing.realpage.com": everywhere(
                raw(
                    429,
                    "<!DOCTYPE html><html><head></head><body><script src='/149e9513-01fa-4fb0-aad4-566afd725d1b/"
                    "2d206a39-8ed7-437e-a3be-862e0f06eea3/ips.js?KP_UIDz=0a9c'></script></body></html>",
                    {"x-kpsdk-ct": "0Hq7ZwDcY2", "x-kpsdk-r": "1-B", "Cache-Control": "no-store"},
                )
            ),
        },
    )

    # ======================= dead_domain: no company website here (a live portal changes nothing)

    # an unfilled real-estate theme: "Your Company Name", lorem ipsum sections and a "Tenant Portal"
    # button to "#"; the agent gave a live Buildium account. Template shape: code result
    # techstudio-cpu/tech.studio public/web-ocean/templates/WO-RE-05 (a property management template
    # with owner and tenant portal pages); placeholder wording: general knowledge
    # ambiguous: a live host serving a theme is not a parking page, but it is no company's site ->
    # dead_domain.
    co = "Frio Canyon Property Management"
    add(
        "dead_domain",
        "Buildium",
        co,
        "friocanyonpm.com",
        "https://friocanyonpm.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "friocanyonpm.com": {
                "/": doc(
                    "Home - Your Company Name",
                    "<link rel='stylesheet' href='/wp-content/themes/realhomes/style.css?ver=4.1.0'>",
                    "<header><a class='logo' href='/'>Your Company Name</a><nav><a href='#'>Home</a><a href='#'>Owners</a>"
                    "<a href='#' class='btn'>Tenant Portal</a></nav></header><main><h1>Lorem ipsum dolor sit amet</h1><p>"
                    "Consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua."
                    "</p><h2>Our Services</h2><p>Ut enim ad minim veniam, quis nostrud exercitation.</p></main><footer>"
                    "123 Main Street, Anytown, USA &middot; (555) 555-5555 &middot; info@yourcompany.com</footer>",
                )
            },
            "friocanyonpm.managebuilding.com": {"/Resident/portal/login": buildium_center(co)},
        },
    )

    # a PM-website vendor's unconfigured template on the domain: "[Company Name] Property Management",
    # placeholder phone, and the template's "Tenant Login" pointing at a vendor DEMO account, which is
    # live; no evidence given. Demo hosts as samples: code ids 71069736625, 25331246840
    # ("demo.appfolio.com" as a demo company's domain)
    # ambiguous: literally a live site linking a live account portal (high); it is a placeholder and
    # the portal is a demo -> dead_domain.
    add(
        "dead_domain",
        "Rentvine",
        "Nueces Bay Property Management",
        "nuecesbaypm.com",
        None,
        "dead_domain",
        {
            "nuecesbaypm.com": {
                "/": doc(
                    "[Company Name] Property Management",
                    "<meta name='generator' content='PM Sites Template 3.2'>",
                    "<header><a href='/'>[Company Name]</a><a href='https://demo.rentvine.com/portals/resident/'>Tenant "
                    "Login</a></header><main><h1>[Company Name] Property Management</h1><p>[Insert a short paragraph "
                    "about your company here.]</p><p>Call us: (000) 000-0000</p></main>",
                )
            },
            "demo.rentvine.com": {"/portals/resident/": spa_shell("Demo Property Management - Resident Portal")},
        },
    )

    # the domain answers with a registrar's "This domain is pending renewal or has expired" hold page
    # served by the registrar (Network Solutions-style "expired" hold; no parking ads); wording
    # paraphrased, no stored source read. The given ResMan portal is live.
    # ambiguous: not a parking lander with ads; the company's website is gone -> dead_domain.
    co = "Guadalupe Heights Apartments"
    add(
        "dead_domain",
        "ResMan",
        co,
        "guadalupeheightsapts.com",
        "https://guadalupeheights.myresman.com/Portal/Access/SignIn/GHA",
        "dead_domain",
        {
            "guadalupeheightsapts.com": {
                "/": doc(
                    "guadalupeheightsapts.com - Expired",
                    "",
                    "<div class='hold'><h1>guadalupeheightsapts.com</h1><p>This domain name expired on 01/14/2025 and is "
                    "pending renewal or deletion.</p><p>If you are the registrant, log in to your account to renew it.</p>"
                    "</div>",
                )
            },
            "guadalupeheights.myresman.com": {"/Portal/Access/SignIn/GHA": VENDOR_LOGIN["ResMan"](co)},
        },
    )

    return cases


HOLDOUT4: list[Case] = _holdout4()
