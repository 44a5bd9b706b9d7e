"""A SEVENTH BLIND held-out corpus for the live checks, aimed at ONE path: "the company's own site
links a portal". Its question is the one a careful person asks on every such lead: is the portal
the site links really THIS company's account?

About half its cases are real leads in tricky-but-real shapes (the portal shows the company's legal
entity, its old brand before a rename, a d/b/a, the owner's or broker's name, initials, a brokerage's
property-management division, a franchise office's own account, two offices with an account each,
an association manager; a generic "Resident Center" title with the company only in the logo's alt
text; the link only in a footer, a "Pay Rent" onclick button, a recent news post that the menu's
"Resident Portal" item points to, a /residents page; a site that also links an affiliate's or a
franchisor's account). About half are traps a careful person rejects although the site DOES link a
live portal: a sister company's or an affiliate's portal (the site says they manage the rentals), a
franchisor's corporate account whose page sends residents to their local office, another franchise
office's account, example portals in a blog article or a software review, a "partners"/"network"
list, the firm that bought the company's management business, a community the company sold, a
client's portal in a testimonial or a case study, a web agency's "find your portal" picker, an
apartment locator's list of communities, a vendor's demo account. A few controls cover every
other class.

Labelled by what a careful person concludes from the pages as served (docs/live-checks.md is the
contract), written without reading the checks and without running them. Same `Case` shape as
tests/evidence_corpus.py, so `run_corpus(HOLDOUT7)` judges it (requested state: TX).

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes and wording style); company names, accounts and domains are
made up. Each case carries a one-line comment naming the real shape and where it was seen (a URL,
"code id N" from the search index, or "no stored source"). `# ambiguous:` marks labels where the
contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import Case, Collector, _login, spa_shell
from fake_web import Reply, doc, not_found, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------

VIEWPORT = "<meta name='viewport' content='width=device-width, initial-scale=1'>"

# Texas brokers' sites carry TREC's two notices in the footer (code ids 28467323117, 71502439563)
TREC = (
    "<p class='trec'><a href='/wp-content/uploads/iabs.pdf'>Information About Brokerage Services</a> | "
    "<a href='/wp-content/uploads/consumer-protection-notice.pdf'>TREC Consumer Protection Notice</a> | "
    "Equal Housing Opportunity</p>"
)


def pm_site(
    brand: str,
    *,
    nav: str = "",
    body: str = "",
    footer: str = "",
    title: str | None = None,
    pages: dict[str, Reply] | None = None,
) -> dict[str, Reply]:
    """A property manager's WordPress-style homepage: logo, main menu (plus `nav`), body, footer."""
    foot = footer or f"<p>&copy; 2026 {brand}. All rights reserved.</p>"
    html = (
        f"<header><a class='logo' href='/'><img src='/wp-content/uploads/logo.png' alt='{brand}'></a>"
        "<nav class='main-menu'><a href='/'>Home</a><a href='/about-us/'>About Us</a>"
        f"<a href='/available-rentals/'>Available Rentals</a>{nav}<a href='/contact-us/'>Contact</a></nav></header>"
        f"<main><h1>{brand}</h1>{body}</main><footer>{foot}{TREC}</footer>"
    )
    site = {"/": doc(title or f"{brand} | Property Management", VIEWPORT, html)}
    site.update(pages or {})
    return site


def inner(title: str, body: str) -> Reply:
    """An inner page of a company's site (a blog post, a residents page, a partners page)."""
    return doc(title, VIEWPORT, f"<header><a href='/'>Home</a></header><main>{body}</main>")


def notice(text: str) -> str:
    return f"<div class='alert alert-info' role='alert'>{text}</div>"


def resident_center(name: str, *, heading: str | None = None, extra: str = "", footer: str = "") -> Reply:
    """A Buildium Resident Center sign-in whose title names the account's company."""
    return _login(
        f"{name} - Resident Center",
        heading or f"{name} Resident Center",
        user="Email",
        extra=extra,
        footer=footer or "Powered by Buildium",
    )


def generic_center(logo_alt: str, *, footer: str = "") -> Reply:
    """A Resident Center whose title is Buildium's generic one; only the logo's alt text names the company."""
    return _login(
        "Resident Center",
        f"<img src='/Resident/content/images/company-logo.png' alt='{logo_alt}'>",
        user="Email",
        footer=footer or "Powered by Buildium",
    )


def appfolio_portal(heading: str, *, extra: str = "", footer: str = "") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name as the heading."""
    return _login(
        "Online Portal - Sign In",
        heading,
        user="user[email]",
        extra=extra,
        footer=footer or "Powered by AppFolio Property Manager",
    )


def pw_portal(name: str, *, extra: str = "") -> Reply:
    return _login(f"{name} - Tenant Portal", "Tenant Portal Login", extra=extra, footer="Propertyware")


def rm_access(name: str) -> Reply:
    return _login("Resident Web Access", f"Welcome to {name} Resident Web Access", user="txtUserName", footer="Rent Manager")


def resman_portal(community: str, footer: str) -> Reply:
    return _login("ResMan Resident Portal - Sign In", f"{community} Resident Portal", footer=footer)


# one franchise office's own account, linked by its own site and by a sister office's footer
BLUESTAR_HILL_COUNTRY_URL = "https://bluestarhillcountry.managebuilding.com/Resident/portal/login"
BLUESTAR_HILL_COUNTRY = resident_center(
    "Bluestar Realty Hill Country",
    footer="Bluestar Realty Hill Country &middot; 305 W Main St, Fredericksburg, TX 78624 &middot; Powered by Buildium",
)
BLUESTAR_DISCLAIMER = "<p>Each Bluestar Realty office is independently owned and operated.</p>"

# a franchisor's corporate AppFolio account: its sign-in sends franchise residents to their local office
CARDINAL_GATE_CORPORATE = appfolio_portal(
    "Cardinal Gate Property Management Franchising, LLC",
    extra=notice(
        "This sign-in is for Cardinal Gate corporate staff and company-owned locations. Residents and owners of "
        "independently owned Cardinal Gate offices: please sign in through the portal link on your local office's website."
    ),
    footer="Cardinal Gate Property Management Franchising, LLC &middot; Dallas, TX &middot; Powered by AppFolio",
)
CARDINAL_GATE_DISCLAIMER = "<p>Each Cardinal Gate Property Management office is independently owned and operated.</p>"


def _holdout7() -> list[Case]:
    collector = Collector("holdout7-")
    cases, add = collector.cases, collector.add

    # ======================= site_links_portal: the live site links THIS company's live portal -> high

    # legal entity: the Resident Center names "Chalk Bluff Holdings, LLC" and the site's footer says
    # "Chalk Bluff Holdings, LLC d/b/a Chalk Bluff Rentals"; the menu links it. Buildium nav sign-in
    # link: code id 41570660996; TREC footer: code id 71502439563
    co = "Chalk Bluff Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "chalkbluffrentals.com",
        None,
        "high",
        {
            "chalkbluffrentals.com": pm_site(
                co,
                nav="<a href='https://chalkbluff.managebuilding.com/Resident/portal/login'>Resident Login</a>",
                body="<p>Homes and duplexes for rent in South Austin and Buda.</p>",
                footer="<p>&copy; 2026 Chalk Bluff Holdings, LLC d/b/a Chalk Bluff Rentals &middot; 2210 S Congress Ave, "
                "Austin, TX 78704</p>",
            ),
            "chalkbluff.managebuilding.com": {
                "/Resident/portal/login": resident_center(
                    "Chalk Bluff Holdings, LLC",
                    footer="Chalk Bluff Holdings, LLC &middot; 2210 S Congress Ave, Austin, TX 78704 &middot; "
                    "Powered by Buildium",
                )
            },
        },
    )

    # legal entity the site never names: the AppFolio sign-in says "Tascosa Residential Management LLC",
    # the site (brand "Tascosa Rentals") only its brand; its menu links the account, and the agent gave
    # the same URL. AppFolio sign_in links in a site's nav: code id 4614111611
    co = "Tascosa Rentals"
    url = "https://tascosaresmgmt.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "tascosarentals.com",
        url,
        "high",
        {
            "tascosarentals.com": pm_site(
                co,
                nav=f"<a href='{url}' target='_blank' rel='noopener noreferrer'>Tenant Portal</a>",
                body="<p>Houses for rent across Amarillo and Canyon. Call (806) 555-0161.</p>",
            ),
            "tascosaresmgmt.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Tascosa Residential Management LLC",
                    footer="Tascosa Residential Management LLC &middot; 3701 Plains Blvd, Amarillo, TX 79102 &middot; "
                    "Powered by AppFolio Property Manager",
                )
            },
        },
    )

    # old brand on the portal: the Propertyware tenant portal still says "Quihi Creek Realty"; the site
    # (Agarita Home Leasing) says "formerly Quihi Creek Realty" and links it. Portal path: code ids
    # 43611829219, 2781201612; a renamed company must update the portal header separately:
    # http://km.propertyware.com/questions/594/Update+Company+Name+within+Propertware
    co = "Agarita Home Leasing"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "agaritahomeleasing.com",
        None,
        "high",
        {
            "agaritahomeleasing.com": pm_site(
                co,
                nav="<a href='https://app.propertyware.com/pw/portals/quihicreek/tenant.action'>Tenant Portal</a>",
                body="<p>Agarita Home Leasing (formerly Quihi Creek Realty) &ndash; same local team, new name. Rentals in "
                "Hondo, Castroville and Medina County.</p>",
            ),
            "app.propertyware.com": {"/pw/portals/quihicreek/tenant.action": pw_portal("Quihi Creek Realty")},
        },
    )

    # the owner's name: the AppFolio account is "Lucy Ybarra Realty" (the founder's brokerage); the site
    # of Ybarra Property Group only says it was "founded by broker Lucy Ybarra" and links the account as
    # "Pay Rent" (its /connect redirects to the sign-in). AppFolio /connect: lead-domain notes
    co = "Ybarra Property Group"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "ybarrapropertygroup.com",
        None,
        "high",
        {
            "ybarrapropertygroup.com": pm_site(
                co,
                nav="<a class='btn' href='https://lucyybarra.appfolio.com/connect'>Pay Rent</a>",
                body="<p>Founded by broker Lucy Ybarra in 2009, we manage single-family homes in McAllen, Mission and "
                "Edinburg.</p>",
            ),
            "lucyybarra.appfolio.com": {
                "/connect": redirect("/connect/users/sign_in"),
                "/connect/users/sign_in": appfolio_portal(
                    "Lucy Ybarra Realty",
                    footer="Lucy Ybarra Realty &middot; 1418 E Griffin Pkwy, Mission, TX 78572 &middot; Powered by AppFolio",
                ),
            },
        },
    )

    # initials, linked from the footer only: the Resident Center is "PCPG" (Purgatory Creek Property
    # Group), with a San Marcos address; the homepage's footer "Quick Links" holds the only portal link.
    # Footer "Resident Login" links: code id 1855114382
    co = "Purgatory Creek Property Group"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "purgatorycreekpg.com",
        None,
        "high",
        {
            "purgatorycreekpg.com": pm_site(
                co,
                body="<p>Student and family rentals in San Marcos and Kyle.</p>",
                footer="<div class='footer-col'><h4>Quick Links</h4><a href='/owners/'>Owners</a>"
                "<a href='https://pcpg.managebuilding.com/Resident/portal/login'>Resident Login</a>"
                "<a href='/maintenance/'>Maintenance</a></div>"
                f"<p>&copy; 2026 {co}</p>",
            ),
            "pcpg.managebuilding.com": {
                "/Resident/portal/login": resident_center(
                    "PCPG", footer="PCPG &middot; 120 W Hopkins St, San Marcos, TX 78666 &middot; Powered by Buildium"
                )
            },
        },
    )

    # a brokerage candidate ("Bellwether Realty") whose menu's "Property Management" dropdown links its
    # division's AppFolio account, "Bellwether Realty Property Management" (tenant and owner sign-ins).
    # Brokerages' property-management divisions: code id 66181122696; oportal path: code id 70152306687
    co = "Bellwether Realty"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "bellwetherrealtytx.com",
        None,
        "high",
        {
            "bellwetherrealtytx.com": pm_site(
                co,
                nav="<div class='dropdown'><a href='/property-management/'>Property Management</a>"
                "<a href='https://bellwetherpm.appfolio.com/connect/users/sign_in'>Tenant Portal</a>"
                "<a href='https://bellwetherpm.appfolio.com/oportal/users/log_in'>Owner Portal</a></div>",
                body="<p>Buying, selling and leasing homes in Tyler and Smith County since 1998.</p>",
                title="Bellwether Realty | Tyler, TX Real Estate",
            ),
            "bellwetherpm.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal("Bellwether Realty Property Management"),
                "/oportal/users/log_in": _login(
                    "Owner Portal - Log In",
                    "Bellwether Realty Property Management",
                    user="user[email]",
                    footer="Powered by AppFolio Property Manager",
                ),
            },
        },
    )

    # a franchise office with its OWN Buildium account in its nav; footer "Each ... office is
    # independently owned and operated". A franchise office's own managebuilding account in its nav:
    # code id 33299522762 (century21intown); the disclaimer: code ids 70975680944, 26413436534
    co = "Bluestar Realty Hill Country"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "bluestarhillcountry.com",
        None,
        "high",
        {
            "bluestarhillcountry.com": pm_site(
                co,
                nav=f"<a href='{BLUESTAR_HILL_COUNTRY_URL}'>Tenant Portal</a>",
                body="<p>Rentals and property management in Fredericksburg and Kerrville.</p>",
                footer=f"<p>&copy; 2026 {co}</p>{BLUESTAR_DISCLAIMER}",
            ),
            "bluestarhillcountry.managebuilding.com": {"/Resident/portal/login": BLUESTAR_HILL_COUNTRY},
        },
    )

    # a franchise office with its OWN Rentvine account (resident and owner portals in its nav).
    # A franchise office's own rentvine account: code id 28454427604 (remaxatlanta.rentvine.com);
    # Rentvine nav links: code id 69806609889
    co = "Keyhaven Property Management of Round Rock"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "keyhavenroundrock.com",
        None,
        "high",
        {
            "keyhavenroundrock.com": pm_site(
                co,
                nav="<a href='https://keyhavenroundrock.rentvine.com/portals/resident/'>Tenant Portal</a>"
                "<a href='https://keyhavenroundrock.rentvine.com/portals/owner/'>Owner Portal</a>",
                body="<p>Serving Round Rock, Pflugerville and Hutto.</p>",
                footer=f"<p>&copy; 2026 {co}</p><p>Keyhaven Property Management is a registered trademark of Keyhaven "
                "Franchising LLC. Each office is independently owned and operated.</p>",
            ),
            "keyhavenroundrock.rentvine.com": {
                "/portals/resident/": spa_shell(f"{co} - Resident Portal"),
                "/portals/owner/": spa_shell(f"{co} - Owner Portal"),
            },
        },
    )

    # a "Pay Rent" button whose onclick opens AppFolio's hosted-site pay_rent_button URL. The handler:
    # code id 39951680700; the parameters: lead-domain notes (apmsites_v3)
    co = "Sabinal River Property Management"
    pay = "https://sabinalriverpm.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "sabinalriverpm.com",
        None,
        "high",
        {
            "sabinalriverpm.com": pm_site(
                co,
                body=f"<p>Uvalde and Sabinal rentals.</p><button type='button' class='btn pay-rent' "
                f"onclick=\"window.open('{pay}', '_blank')\">Pay Rent</button>",
            ),
            "sabinalriverpm.appfolio.com": {
                "/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button": appfolio_portal(co)
            },
        },
    )

    # the menu's "Resident Portal" item points at a recent news post ("We launched our new resident
    # portal", June 2025), the only page that links the Buildium account. Resident-portal launch and
    # FAQ pages on PM sites: https://bigtreeproperties.ca/buildium; the menu-to-post shape: no stored source
    # ambiguous: the portal link is one hop from the homepage, on a post whose address and menu label
    # say "resident portal"; the company's own site links its live portal -> high.
    co = "Enchanted Rock Rentals"
    post = "/news/2025/06/we-launched-our-new-resident-portal/"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "enchantedrockrentals.com",
        None,
        "high",
        {
            "enchantedrockrentals.com": pm_site(
                co,
                nav=f"<a href='{post}'>Resident Portal</a><a href='/news/'>News</a>",
                body="<p>Vacation-country homes for long-term lease in Fredericksburg and Llano.</p>",
                pages={
                    post: inner(
                        f"We launched our new resident portal! | {co}",
                        "<article><h1>We launched our new resident portal!</h1><time datetime='2025-06-02'>June 2, "
                        "2025</time><p>Pay rent, set up autopay and send maintenance requests online. Look for your "
                        "activation email, then <a href='https://enchantedrockrentals.managebuilding.com/Resident/"
                        "portal/login'>sign in to the Resident Center</a>.</p></article>",
                    )
                },
            ),
            "enchantedrockrentals.managebuilding.com": {"/Resident/portal/login": resident_center(co)},
        },
    )

    # the portal link only on /residents: the homepage's "Residents" item leads to a page that links
    # Rent Manager's Resident Web Access with the company's corpid. Portal links on a residents page:
    # code id 4855991849; corpid shape: docs/live-checks.md vendor table
    co = "Post Oak Savannah Rentals"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "postoaksavannahrentals.com",
        None,
        "high",
        {
            "postoaksavannahrentals.com": pm_site(
                co,
                nav="<a href='/residents'>Residents</a>",
                body="<p>Rentals in Bastrop, Giddings and Lexington.</p>",
                pages={
                    "/residents": inner(
                        f"Residents | {co}",
                        "<h1>Residents</h1><p>Pay rent, see your ledger and submit work orders online.</p><a "
                        "href='https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=postoaksav'>Resident "
                        "Web Access</a>",
                    )
                },
            ),
            "residentwebaccess.rentmanager.com": {"/CustomerLogin.aspx?corpid=postoaksav": rm_access(co)},
        },
    )

    # two offices, each with its own Buildium account, linked from office cards on the homepage.
    # Multi-office PM sites: no stored source; Buildium login: code ids 15005069539, 56674311379
    co = "Escarpment Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "escarpmentpm.com",
        None,
        "high",
        {
            "escarpmentpm.com": pm_site(
                co,
                body="<section class='offices'><div class='office'><h3>Austin Office</h3><p>8127 Mesa Dr, Austin, TX "
                "78759</p><a href='https://escarpmentaus.managebuilding.com/Resident/portal/login'>Austin Resident "
                "Login</a></div><div class='office'><h3>San Antonio Office</h3><p>1202 Babcock Rd, San Antonio, TX "
                "78201</p><a href='https://escarpmentsat.managebuilding.com/Resident/portal/login'>San Antonio Resident "
                "Login</a></div></section>",
            ),
            "escarpmentaus.managebuilding.com": {"/Resident/portal/login": resident_center(f"{co} - Austin")},
            "escarpmentsat.managebuilding.com": {"/Resident/portal/login": resident_center(f"{co} - San Antonio")},
        },
    )

    # an HOA / community-association manager whose "Homeowner Login" links its AppFolio account.
    # AppFolio's homeowners' portal: https://www.appfolio.com/help/owner-portal; association managers'
    # "Board Member Login" beside "Resident Login": code id 1855114382
    co = "Balcones Association Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "balconesam.com",
        None,
        "high",
        {
            "balconesam.com": pm_site(
                co,
                nav="<a href='https://balconesam.appfolio.com/connect/users/sign_in'>Homeowner Login</a>",
                body="<p>Community association management for HOAs and condominiums in Northwest Austin and Cedar Park.</p>",
                title=f"{co} | HOA Management Austin",
            ),
            "balconesam.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    co, extra="<p>Homeowners: pay assessments, view documents and submit architectural requests.</p>"
                )
            },
        },
    )

    # a generic "Resident Center" title with the company only in the logo's alt text; the site links it.
    # Buildium login: code ids 15005069539, 56674311379; logo-only portal headers: no stored source
    co = "Cenizo Ridge Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "cenizoridgepm.com",
        None,
        "high",
        {
            "cenizoridgepm.com": pm_site(
                co,
                nav="<a href='https://cenizoridge.managebuilding.com/Resident/portal/login'>Resident Login</a>",
                body="<p>Rentals in Del Rio and Brackettville.</p>",
            ),
            "cenizoridge.managebuilding.com": {"/Resident/portal/login": generic_center(co)},
        },
    )

    # a d/b/a: the Rentvine shell is titled with the legal entity ("BRH Realty Group"); the footer says
    # "Bosque River Homes is a d/b/a of BRH Realty Group LLC"; the menu's "Pay Rent" links it.
    # Rentvine portal links: code ids 69806609889, 7918228721
    co = "Bosque River Homes"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "bosqueriverhomes.com",
        None,
        "high",
        {
            "bosqueriverhomes.com": pm_site(
                co,
                nav="<a href='https://brhrealty.rentvine.com/portals/resident/'>Pay Rent</a>",
                body="<p>Homes for rent in Meridian, Clifton and Hamilton.</p>",
                footer=f"<p>&copy; 2026 {co}. {co} is a d/b/a of BRH Realty Group LLC, Meridian, TX.</p>",
            ),
            "brhrealty.rentvine.com": {"/portals/resident/": spa_shell("BRH Realty Group - Resident Portal")},
        },
    )

    # the site links its own account AND its commercial affiliate's account (same PMS), the affiliate's
    # first in the menu. Sister-company links on PM sites: no stored source
    co = "Lantana Residential"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "lantanaresidential.com",
        None,
        "high",
        {
            "lantanaresidential.com": pm_site(
                co,
                nav="<a href='https://lantanacommercial.managebuilding.com/Resident/portal/login'>Commercial Tenants</a>",
                body="<p>Apartments and homes in Waco and Hewitt.</p><a class='btn' href='https://lantanaresidential."
                "managebuilding.com/Resident/portal/login'>Resident Login</a><p>Office and retail space is managed by "
                "our affiliate, Lantana Commercial Partners.</p>",
            ),
            "lantanaresidential.managebuilding.com": {"/Resident/portal/login": resident_center(co)},
            "lantanacommercial.managebuilding.com": {"/Resident/portal/login": resident_center("Lantana Commercial Partners")},
        },
    )

    # "We've switched to a new resident portal!": the banner links the new Buildium account (live, named),
    # while the footer still links the old account, now a 404. Portal-switch notices:
    # http://support.erentpayment.com/kb/a215/what-are-the-transition-steps-for-a-tenant.aspx
    # ambiguous: the site links a dead account (which alone reads as "left the PMS"), but it also links
    # the company's new live account of the same PMS -> high.
    co = "Cowhouse Creek Leasing"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "cowhousecreekleasing.com",
        None,
        "high",
        {
            "cowhousecreekleasing.com": pm_site(
                co,
                body="<div class='banner'>We've switched to a new resident portal! Create your login at our <a "
                "href='https://cowhousecreekleasing.managebuilding.com/Resident/portal/login'>new Resident Center</a>."
                "</div><p>Homes for rent in Killeen, Copperas Cove and Harker Heights.</p>",
                footer=f"<a href='https://cowhousecreek.managebuilding.com/Resident/portal/login'>Resident Login</a>"
                f"<p>&copy; 2026 {co}</p>",
            ),
            "cowhousecreekleasing.managebuilding.com": {"/Resident/portal/login": resident_center(co)},
            "cowhousecreek.managebuilding.com": {"/Resident/portal/login": not_found()},
        },
    )

    # an apartment manager whose "Our Communities" cards each link the community's ResMan portal, which
    # names the community and "professionally managed by" the candidate. ResMan SignIn/<abbr>: code ids
    # 7932052185, 62975635575
    co = "Laguna Madre Residential"
    add(
        "site_links_portal",
        "ResMan",
        co,
        "lagunamadreresidential.com",
        None,
        "high",
        {
            "lagunamadreresidential.com": pm_site(
                co,
                body="<h2>Our Communities</h2><div class='card'><h3>Packery Pointe</h3><p>Corpus Christi, TX</p><a "
                "href='https://packerypointe.myresman.com/Portal/Access/SignIn/PKP'>Resident Portal</a></div><div "
                "class='card'><h3>Salt Flat Commons</h3><p>Port Aransas, TX</p><a href='https://saltflatcommons."
                "myresman.com/Portal/Access/SignIn/SFC'>Resident Portal</a></div>",
            ),
            "packerypointe.myresman.com": {
                "/Portal/Access/SignIn/PKP": resman_portal(
                    "Packery Pointe",
                    "Packery Pointe &middot; 14500 S Padre Island Dr, Corpus Christi, TX 78418 &middot; Professionally "
                    "managed by Laguna Madre Residential",
                )
            },
            "saltflatcommons.myresman.com": {
                "/Portal/Access/SignIn/SFC": resman_portal(
                    "Salt Flat Commons",
                    "Salt Flat Commons &middot; 700 Island Retreat Ct, Port Aransas, TX 78373 &middot; Professionally "
                    "managed by Laguna Madre Residential",
                )
            },
        },
    )

    # ======================= live_portal: a live portal of THIS company that the site does not link -> medium

    # old brand on the portal, rename on the site: the rmresident portal says "Landa Park Property Co.";
    # the site of Riverbend Home Leasing says "formerly Landa Park Property Co." and links no portal.
    # rmresident account root: code ids 71127993591, 12765765418; rename notes: km.propertyware.com/questions/594
    co = "Riverbend Home Leasing"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "riverbendhomeleasing.com",
        "https://landapark.rmresident.com/",
        "medium",
        {
            "riverbendhomeleasing.com": pm_site(
                co,
                body="<p>Riverbend Home Leasing, formerly Landa Park Property Co., has leased homes in New Braunfels "
                "since 2006. Call (830) 555-0119 to pay rent by phone.</p>",
            ),
            "landapark.rmresident.com": {
                "/": _login(
                    "Landa Park Property Co. - Resident Portal",
                    "Landa Park Property Co.",
                    user="Username",
                    footer="1120 Gruene Rd, New Braunfels, TX 78130 &middot; Rent Manager",
                )
            },
        },
    )

    # the broker's name: the AppFolio account is "Corinna Vela Realty"; the site of Vela Property Group
    # says in its footer it is that brokerage's property-management division; no portal link.
    # TREC broker-of-record footers: code id 71502439563; AppFolio sign-in: lead-domain notes
    co = "Vela Property Group"
    add(
        "live_portal",
        "AppFolio",
        co,
        "velapropertygroup.com",
        "https://corinnavelarealty.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "velapropertygroup.com": pm_site(
                co,
                body="<p>Rentals in McAllen, Pharr and Edinburg.</p>",
                footer=f"<p>&copy; 2026 {co}. {co} is the property management division of Corinna Vela Realty, "
                "TREC Broker #9012345.</p>",
            ),
            "corinnavelarealty.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Corinna Vela Realty",
                    footer="Corinna Vela Realty &middot; 511 E Nolana Ave, McAllen, TX 78504 &middot; Powered by AppFolio",
                )
            },
        },
    )

    # a generic "Resident Center" title, the company only in the logo's alt text; the site links nothing.
    # Buildium login: code ids 15005069539, 56674311379
    co = "Sotol Ridge Homes"
    add(
        "live_portal",
        "Buildium",
        co,
        "sotolridgehomes.com",
        "https://sotolridge.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "sotolridgehomes.com": pm_site(co, body="<p>Rentals in Alpine and Fort Davis. Call (432) 555-0170.</p>"),
            "sotolridge.managebuilding.com": {"/Resident/portal/login": generic_center(co)},
        },
    )

    # a legal entity the site's footer names: the DoorLoop shell says "Possumhaw Holdings LLC"; the
    # footer of Possumhaw Creek Rentals says it is "a brand of Possumhaw Holdings LLC". DoorLoop account
    # host: lead-domain notes, code id 56748510409
    co = "Possumhaw Creek Rentals"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "possumhawcreekrentals.com",
        "https://possumhaw.app.doorloop.com/tenant-portal/login",
        "medium",
        {
            "possumhawcreekrentals.com": pm_site(
                co,
                body="<p>Homes for rent in Nacogdoches.</p>",
                footer=f"<p>&copy; 2026 Possumhaw Holdings LLC. {co} is a brand of Possumhaw Holdings LLC.</p>",
            ),
            "possumhaw.app.doorloop.com": {"/tenant-portal/login": spa_shell("Possumhaw Holdings LLC - Tenant Portal")},
        },
    )

    # a legal entity the site never names: the Propertyware portal says "Kickapoo Springs Management Co."
    # (Brady, TX) for the candidate Kickapoo Springs Rentals; the site links nothing and names only its
    # brand. Propertyware portal path: code ids 43611829219, 2781201612
    # ambiguous: the title literally names a company the site does not name (evidence_unverified by the
    # title rule); the distinctive name and the town match, only the generic words differ -> medium.
    co = "Kickapoo Springs Rentals"
    add(
        "live_portal",
        "Propertyware",
        co,
        "kickapoospringsrentals.com",
        "https://app.propertyware.com/pw/portals/kickapoosprings/tenant.action",
        "medium",
        {
            "kickapoospringsrentals.com": pm_site(co, body="<p>Homes and ranch houses for rent around Brady, TX.</p>"),
            "app.propertyware.com": {
                "/pw/portals/kickapoosprings/tenant.action": pw_portal(
                    "Kickapoo Springs Management Co.",
                    extra="<p class='address'>112 N Bridge St, Brady, TX 76825</p>",
                )
            },
        },
    )

    # the agent gave the company's own live Buildium account; the site links only its commercial
    # affiliate's account (same PMS, live, another name). Sister-company links: no stored source
    # ambiguous: the site does link a live account portal of the PMS (a naive "high"), but not this
    # company's; this company's own account is live and unlinked -> medium.
    co = "Mockingbird Lane Homes"
    add(
        "live_portal",
        "Buildium",
        co,
        "mockingbirdlanehomes.com",
        "https://mockingbirdlanehomes.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "mockingbirdlanehomes.com": pm_site(
                co,
                body="<p>Single-family rentals in Abilene.</p><p>Commercial tenants: our affiliate Mockingbird Commercial "
                "Group manages our office buildings. <a href='https://mockingbirdcommercial.managebuilding.com/Resident/"
                "portal/login'>Commercial tenant login</a></p>",
            ),
            "mockingbirdlanehomes.managebuilding.com": {"/Resident/portal/login": resident_center(co)},
            "mockingbirdcommercial.managebuilding.com": {
                "/Resident/portal/login": resident_center("Mockingbird Commercial Group")
            },
        },
    )

    # a franchise office given its own AppFolio account; its site's menu links only the franchisor's
    # national listings ("Find a Rental Nationwide"). Franchise offices' own accounts: code id 33299522762;
    # AppFolio /listings: lead-domain notes
    # ambiguous: the site links a live AppFolio account (a naive "high"), but it is the franchisor's;
    # the office's own account is live and unlinked -> medium.
    co = "Cardinal Gate Property Management of Killeen"
    add(
        "live_portal",
        "AppFolio",
        co,
        "cardinalgatekilleen.com",
        "https://cardinalgatekilleen.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "cardinalgatekilleen.com": pm_site(
                co,
                nav="<a href='https://cardinalgate.appfolio.com/listings'>Find a Rental Nationwide</a>",
                body="<p>Serving Killeen, Temple and Fort Cavazos families.</p>",
                footer=f"<p>&copy; 2026 {co}</p>{CARDINAL_GATE_DISCLAIMER}",
            ),
            "cardinalgatekilleen.appfolio.com": {"/connect/users/sign_in": appfolio_portal(co)},
            "cardinalgate.appfolio.com": {
                "/listings": page(
                    "<h1>Cardinal Gate Property Management Franchising, LLC</h1><h2>Homes for rent nationwide</h2><ul>"
                    "<li>3 bd / 2 ba &ndash; Tulsa, OK &ndash; $1,450 <a href='/listings/detail/1'>Details</a></li>"
                    "</ul><footer>Powered by AppFolio</footer>",
                    title="Cardinal Gate Property Management Franchising, LLC - Listings",
                )
            },
        },
    )

    # ======================= no_portal: the site links only ANOTHER company's portal, no evidence given

    # a sales brokerage whose /residents page says its rentals are managed by its sister company and
    # links that company's Resident Center. Sister/affiliate management hand-offs:
    # https://info.completerealtysolutionsstl.com/missing-informaiton; /residents links: code id 4855991849
    # ambiguous: the contract's "unless the company's own site links it" reads as accepting; the site
    # itself says another company manages the rentals; with no evidence URL -> no_pms_evidence
    # (evidence_unverified is also defensible: the site links a portal that is not this account's).
    co = "Arroyo Seco Realty"
    add(
        "no_portal",
        "Buildium",
        co,
        "arroyosecorealty.com",
        None,
        "no_pms_evidence",
        {
            "arroyosecorealty.com": pm_site(
                co,
                nav="<a href='/residents'>Residents</a>",
                body="<p>Buying or selling in Boerne and Comfort? Our agents know the Hill Country.</p>",
                title=f"{co} | Boerne, TX Homes for Sale",
                pages={
                    "/residents": inner(
                        f"Residents | {co}",
                        "<h1>Renting a home listed by Arroyo Seco Realty?</h1><p>Our rental homes are leased and managed by "
                        "our sister company, Seco Valley Property Management, LLC. Pay rent and request repairs in their "
                        "<a href='https://secovalleypm.managebuilding.com/Resident/portal/login'>Resident Center</a>.</p>",
                    )
                },
            ),
            "secovalleypm.managebuilding.com": {
                "/Resident/portal/login": resident_center(
                    "Seco Valley Property Management",
                    footer="Seco Valley Property Management, LLC &middot; Boerne, TX &middot; Powered by Buildium",
                )
            },
        },
    )

    # a franchise office whose "Tenant Portal" links the franchisor's corporate AppFolio sign-in, which
    # says franchise residents sign in through their local office's portal. Franchise tenant pages:
    # https://www.rpmsouthernct.com/tenants; the disclaimer: code id 26413436534
    # ambiguous: the site links a live account portal of the PMS (a naive "high"); that account's own
    # page says it is not this office's -> no_pms_evidence (no evidence URL given).
    co = "Cardinal Gate Property Management of Waco"
    add(
        "no_portal",
        "AppFolio",
        co,
        "cardinalgatewaco.com",
        None,
        "no_pms_evidence",
        {
            "cardinalgatewaco.com": pm_site(
                co,
                nav="<a href='https://cardinalgate.appfolio.com/connect/users/sign_in'>Tenant Portal</a>",
                body="<p>Serving Waco, Woodway and McGregor.</p>",
                footer=f"<p>&copy; 2026 {co}</p>{CARDINAL_GATE_DISCLAIMER}",
            ),
            "cardinalgate.appfolio.com": {"/connect/users/sign_in": CARDINAL_GATE_CORPORATE},
        },
    )

    # a blog article "How tenant portals work" (the menu's "Resident Resources") that shows an example:
    # another company's Resident Center "used with permission", and Buildium's marketing page; the
    # company's residents pay by check. Portal explainers: https://eatsip365.com/an-explanation-of-the-
    # community-resident-portal; example links in articles: no stored source
    co = "Oyster Creek Rentals"
    article = "/blog/how-tenant-portals-work/"
    add(
        "no_portal",
        "Buildium",
        co,
        "oystercreekrentals.com",
        None,
        "no_pms_evidence",
        {
            "oystercreekrentals.com": pm_site(
                co,
                nav=f"<a href='{article}'>Resident Resources</a><a href='/residents'>Residents</a>",
                body="<p>Rentals in Sugar Land and Richmond.</p>",
                pages={
                    article: inner(
                        f"How tenant portals work | {co}",
                        "<article><h1>How tenant portals work</h1><p>Many property managers give residents an online "
                        "portal. For example, here is the <a href='https://spicewoodhollow.managebuilding.com/Resident/"
                        "portal/login'>Resident Center of Spicewood Hollow Property Management</a> (shown with "
                        "permission), built on <a href='https://www.buildium.com/'>Buildium</a>. We are not on a portal "
                        "yet; see our Residents page for how to pay.</p></article>",
                    ),
                    "/residents": inner(
                        f"Residents | {co}",
                        "<h1>Residents</h1><p>Rent is due on the 1st. Pay by check or money order at our office, 402 "
                        "Main St, Richmond, TX.</p>",
                    ),
                },
            ),
            "spicewoodhollow.managebuilding.com": {
                "/Resident/portal/login": resident_center("Spicewood Hollow Property Management")
            },
        },
    )

    # "Our Texas network": a homepage section linking partner managers' Rentvine resident portals in
    # other cities; the company's own residents pay at the office. Referral-network pages: no stored
    # source; Rentvine links: code id 69806609889
    # ambiguous: the site links two live Rentvine accounts (a naive "high"), both other companies' ->
    # no_pms_evidence.
    co = "Callahan Divide Property Management"
    add(
        "no_portal",
        "Rentvine",
        co,
        "callahandividepm.com",
        None,
        "no_pms_evidence",
        {
            "callahandividepm.com": pm_site(
                co,
                body="<p>Rentals in Abilene and Clyde. Residents pay by check, money order or cashier's check at our "
                "office.</p><section><h2>Our Texas network</h2><p>Moving away? Our network partners:</p><ul><li>Concho "
                "Valley Rental Co. (San Angelo) &ndash; <a href='https://conchovalleyrental.rentvine.com/portals/"
                "resident/'>Resident login</a></li><li>Permian Key Leasing (Midland) &ndash; <a href='https://"
                "permiankey.rentvine.com/portals/resident/'>Resident login</a></li></ul></section>",
            ),
            "conchovalleyrental.rentvine.com": {"/portals/resident/": spa_shell("Concho Valley Rental Co. - Resident Portal")},
            "permiankey.rentvine.com": {"/portals/resident/": spa_shell("Permian Key Leasing - Resident Portal")},
        },
    )

    # the company SOLD its management business: "Cross Timbers Residential now manages all former Loma
    # Alta rentals" and the banner links Cross Timbers' AppFolio sign-in. Management transfers:
    # https://info.completerealtysolutionsstl.com/missing-informaiton; acquisitions of Texas managers:
    # https://www.homesstyle.net/asset-residing-acquires-dallas-condo-property-administration-agency/
    # ambiguous: the site links a live AppFolio account (a naive "high"); the site says another firm
    # manages the rentals now -> no_pms_evidence.
    co = "Loma Alta Realty"
    add(
        "no_portal",
        "AppFolio",
        co,
        "lomaaltarealty.com",
        None,
        "no_pms_evidence",
        {
            "lomaaltarealty.com": pm_site(
                co,
                body="<div class='banner'>As of January 1, 2025, Loma Alta Realty's property management business has been "
                "acquired by Cross Timbers Residential. Cross Timbers now manages all former Loma Alta rentals. "
                "Residents: please use the <a href='https://crosstimbersres.appfolio.com/connect/users/sign_in'>Cross "
                "Timbers tenant portal</a>.</div><p>Loma Alta Realty continues to help you buy and sell homes in "
                "Denton County.</p>",
            ),
            "crosstimbersres.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Cross Timbers Residential",
                    footer="Cross Timbers Residential &middot; 315 W Oak St, Denton, TX 76201 &middot; Powered by AppFolio",
                )
            },
        },
    )

    # an HOA's manager: the company's homepage tells owners in a subdivision to pay HOA dues through the
    # association's manager, Goldenrod Community Management, and links its AppFolio homeowner sign-in;
    # the company's tenants pay by Zelle. Homeowners' portals: https://www.appfolio.com/help/owner-portal
    # ambiguous: a live AppFolio account linked from the homepage (a naive "high"), another company's ->
    # no_pms_evidence.
    co = "Hackberry Lane Rentals"
    add(
        "no_portal",
        "AppFolio",
        co,
        "hackberrylanerentals.com",
        None,
        "no_pms_evidence",
        {
            "hackberrylanerentals.com": pm_site(
                co,
                body="<p>Leasing homes in Ridgeline Ranch and north Georgetown. Tenants pay rent by Zelle or check.</p>"
                "<p>Own a home in Ridgeline Ranch? HOA dues are paid to the association's manager, Goldenrod Community "
                "Management: <a href='https://goldenrodcm.appfolio.com/connect/users/sign_in'>HOA owner portal</a>.</p>",
            ),
            "goldenrodcm.appfolio.com": {"/connect/users/sign_in": appfolio_portal("Goldenrod Community Management")},
        },
    )

    # a web agency for property managers (the agent took it for one) with a "Find your portal" picker:
    # <option value=URL> entries for its clients' Buildium accounts. Portal pickers: docs/live-checks.md;
    # agencies' client lists: no stored source
    # ambiguous: the homepage's picker links live Buildium accounts (a naive "high"); none is this
    # company's, and it manages no rentals -> no_pms_evidence.
    co = "Cypress Mill Property Solutions"
    add(
        "no_portal",
        "Buildium",
        co,
        "cypressmillpropertysolutions.com",
        None,
        "no_pms_evidence",
        {
            "cypressmillpropertysolutions.com": pm_site(
                co,
                body="<p>Websites, SEO and marketing for property managers.</p><section><h2>Find your portal</h2><p>Are "
                "you a resident of one of our clients? Select your management company:</p><select id='portal-picker' "
                "onchange='if (this.value) window.location = this.value'><option value=''>Select...</option><option "
                "value='https://ashejuniperpm.managebuilding.com/Resident/portal/login'>Ashe Juniper Property "
                "Management</option><option value='https://riograndeleasing.managebuilding.com/Resident/portal/login'>"
                "Rio Grande Leasing</option></select></section>",
                title=f"{co} | Websites &amp; Marketing for Property Managers",
            ),
            "ashejuniperpm.managebuilding.com": {"/Resident/portal/login": resident_center("Ashe Juniper Property Management")},
            "riograndeleasing.managebuilding.com": {"/Resident/portal/login": resident_center("Rio Grande Leasing")},
        },
    )

    # a back-office / bookkeeping firm for property managers (the agent took it for one) whose homepage
    # case-study teaser links its client's Rentvine resident portal. Vendor-side case studies:
    # https://ethanblackmoredesign.com/work/buildium-lease-rggaw; the teaser: no stored source
    co = "Tierra Blanca Management Services"
    add(
        "no_portal",
        "Rentvine",
        co,
        "tierrablancams.com",
        None,
        "no_pms_evidence",
        {
            "tierrablancams.com": pm_site(
                co,
                body="<p>Bookkeeping, trust accounting and back-office support for property management companies.</p>"
                "<div class='case-study'><h3>Case study: Presidio Trail Homes</h3><p>How our team moved a 300-door "
                "manager to Rentvine in 30 days. <a href='https://presidiotrail.rentvine.com/portals/resident/'>See "
                "their new resident portal</a></p></div>",
                title=f"{co} | Back Office for Property Managers",
            ),
            "presidiotrail.rentvine.com": {"/portals/resident/": spa_shell("Presidio Trail Homes - Resident Portal")},
        },
    )

    # another franchise office's account: Bluestar Realty Belton's footer lists "nearby Bluestar offices"
    # and links the Hill Country office's own Resident Center; Belton's own rentals pay by phone.
    # Franchise disclaimers: code ids 70975680944, 26413436534
    # ambiguous: same brand, live account, linked from the site (a naive "high"); but each office is
    # independently owned and this account is another office's -> no_pms_evidence.
    co = "Bluestar Realty Belton"
    add(
        "no_portal",
        "Buildium",
        co,
        "bluestarbelton.com",
        None,
        "no_pms_evidence",
        {
            "bluestarbelton.com": pm_site(
                co,
                body="<p>Homes for sale and for rent in Belton and Salado. Belton rentals: call (254) 555-0147 for "
                "payment options.</p>",
                footer=f"<div class='footer-col'><h4>Nearby Bluestar offices</h4><p>Bluestar Realty Hill Country "
                f"(Fredericksburg) &ndash; <a href='{BLUESTAR_HILL_COUNTRY_URL}'>Tenant portal</a></p></div>"
                f"<p>&copy; 2026 {co}</p>{BLUESTAR_DISCLAIMER}",
            ),
            "bluestarhillcountry.managebuilding.com": {"/Resident/portal/login": BLUESTAR_HILL_COUNTRY},
        },
    )

    # ======================= no_account: the agent gave ANOTHER company's portal, which the site links

    # a brokerage whose menu's "Tenant Portal" links its sister company's AppFolio account; the homepage
    # says the sister company manages the rentals; the agent gave that URL. Sister-company hand-offs:
    # https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: the contract's "unless the company's own site links it" would accept (high); the site
    # says the portal belongs to another company -> evidence_unverified.
    co = "Hamilton Pool Realty"
    url = "https://limestoneledgepm.appfolio.com/connect/users/sign_in"
    add(
        "no_account",
        "AppFolio",
        co,
        "hamiltonpoolrealty.com",
        url,
        "evidence_unverified",
        {
            "hamiltonpoolrealty.com": pm_site(
                co,
                nav=f"<a href='{url}'>Tenant Portal</a>",
                body="<p>Land, ranches and homes in western Travis County.</p><p>Looking to rent? Our rental homes are "
                "managed by our sister company, Limestone Ledge Property Management.</p>",
                title=f"{co} | Dripping Springs Real Estate",
            ),
            "limestoneledgepm.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Limestone Ledge Property Management",
                    footer="Limestone Ledge Property Management &middot; Dripping Springs, TX &middot; Powered by AppFolio",
                )
            },
        },
    )

    # a franchise office whose footer links the franchisor's corporate Resident Center, which says it is
    # for company-owned locations only; the agent gave that URL. Franchise tenant pages:
    # https://www.rpmsouthernct.com/tenants; notices above login forms: docs/live-checks.md
    # ambiguous: the site links it and it carries the brand (a naive "high"); its own page says
    # franchise residents use their local office's portal -> evidence_unverified.
    co = "Tallgrass Home Rentals of Bryan"
    url = "https://tallgrasscorporate.managebuilding.com/Resident/portal/login"
    add(
        "no_account",
        "Buildium",
        co,
        "tallgrassbryan.com",
        url,
        "evidence_unverified",
        {
            "tallgrassbryan.com": pm_site(
                co,
                body="<p>Rentals in Bryan and College Station.</p>",
                footer=f"<p>Corporate: <a href='{url}'>Tallgrass Home Rentals resident login</a></p><p>&copy; 2026 {co}. "
                "Each Tallgrass Home Rentals office is independently owned and operated.</p>",
            ),
            "tallgrasscorporate.managebuilding.com": {
                "/Resident/portal/login": resident_center(
                    "Tallgrass Home Rentals Franchise Corp",
                    extra=notice(
                        "This Resident Center serves company-owned Tallgrass locations only. Residents of independently "
                        "owned Tallgrass offices: please use the portal link on your local office's website."
                    ),
                )
            },
        },
    )

    # a "Best property management software of 2025" article (menu: "Resources") linking an example
    # customer's AppFolio sign-in; the agent gave that URL. Software-review posts on PM sites:
    # https://levelthree.co/en/insights/best-property-management-software-guide (cited in holdout4)
    # ambiguous: the site links the portal, inside an article about other companies' software ->
    # evidence_unverified.
    co = "Devils River Property Co."
    resource = "/resources/best-property-management-software-2025/"
    url = "https://windmilldraw.appfolio.com/connect/users/sign_in"
    add(
        "no_account",
        "AppFolio",
        co,
        "devilsriverpropertyco.com",
        url,
        "evidence_unverified",
        {
            "devilsriverpropertyco.com": pm_site(
                co,
                nav=f"<a href='{resource}'>Resources</a>",
                body="<p>Rentals in Del Rio and Lake Amistad. Residents: call our office to pay rent.</p>",
                pages={
                    resource: inner(
                        f"Best property management software of 2025 | {co}",
                        "<article><h1>Best property management software of 2025</h1><ol><li><a href='https://www."
                        "appfolio.com/'>AppFolio</a> &ndash; see a real <a href='https://windmilldraw.appfolio.com/"
                        "connect/users/sign_in'>tenant portal (Windmill Draw Residential)</a></li><li><a href='https://"
                        "www.buildium.com/'>Buildium</a> &ndash; good for small portfolios</li></ol></article>",
                    )
                },
            ),
            "windmilldraw.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Windmill Draw Residential",
                    footer="Windmill Draw Residential &middot; 4902 34th St, Lubbock, TX 79410 &middot; Powered by AppFolio",
                )
            },
        },
    )

    # an "Our Partners" page listing other managers with links to their Buildium portals; the agent gave
    # one of them. Partner/vendor pages on PM sites: https://www.yourpropropertymanagement.com/preferred-
    # vendor-program/; the portal-link list: no stored source
    # ambiguous: the company's site links that portal (a naive "high"), as a partner's -> evidence_unverified.
    co = "Helotes Creek Rentals"
    url = "https://buffalobayouleasing.managebuilding.com/Resident/portal/login"
    add(
        "no_account",
        "Buildium",
        co,
        "helotescreekrentals.com",
        url,
        "evidence_unverified",
        {
            "helotescreekrentals.com": pm_site(
                co,
                nav="<a href='/partners/'>Our Partners</a>",
                body="<p>Rentals in Helotes and far west San Antonio.</p>",
                pages={
                    "/partners/": inner(
                        f"Our Partners | {co}",
                        "<h1>Our Partners</h1><p>Moving elsewhere in Texas? We refer you to managers we trust.</p><ul>"
                        f"<li>Buffalo Bayou Leasing (Houston) &ndash; <a href='{url}'>Tenant portal</a></li><li>Village "
                        "Creek Homes (Beaumont) &ndash; <a href='https://villagecreekhomes.managebuilding.com/Resident/"
                        "portal/login'>Tenant portal</a></li></ul>",
                    )
                },
            ),
            "buffalobayouleasing.managebuilding.com": {
                "/Resident/portal/login": resident_center(
                    "Buffalo Bayou Leasing",
                    footer="Buffalo Bayou Leasing &middot; 2700 Washington Ave, Houston, TX 77007 &middot; Powered by Buildium",
                )
            },
            "villagecreekhomes.managebuilding.com": {"/Resident/portal/login": resident_center("Village Creek Homes")},
        },
    )

    # the company was ACQUIRED: its banner says Big Spring Residential Group now manages all its homes
    # and links Big Spring's Rent Manager tenant web access; the agent gave that URL. Acquisitions of
    # Texas managers: https://www.homesstyle.net/asset-residing-acquires-dallas-condo-property-administration-agency/;
    # twa host: code ids 51824418337, 70095364362
    # ambiguous: linked by the site (a naive "high"); the site says another firm manages now ->
    # evidence_unverified.
    co = "Sandy Creek Property Management"
    url = "https://bigspringres.twa.rentmanager.com/"
    add(
        "no_account",
        "Rent Manager",
        co,
        "sandycreekpm.com",
        url,
        "evidence_unverified",
        {
            "sandycreekpm.com": pm_site(
                co,
                body="<div class='banner'>Sandy Creek Property Management is now part of Big Spring Residential Group. "
                "Big Spring Residential now manages all Sandy Creek properties. Residents: log in to "
                f"<a href='{url}'>Big Spring's tenant portal</a>.</div><p>Thank you for 20 years in Llano County.</p>",
            ),
            "bigspringres.twa.rentmanager.com": {
                "/": _login(
                    "Big Spring Residential Group - Tenant Web Access",
                    "Welcome to Big Spring Residential Group",
                    user="txtUserName",
                    footer="Big Spring Residential Group &middot; Big Spring, TX &middot; Rent Manager Tenant Web Access",
                )
            },
        },
    )

    # a community the company SOLD: an old news post (2021) says The Arbors at Espada was sold and is now
    # managed by Osprey Living, and links its ResMan portal, whose footer names Osprey; the agent gave it.
    # ResMan SignIn/<abbr>: code ids 7932052185, 62975635575; community sales: https://www.naahq.org/news-
    # publications/preparing-staff-residents-property-transitions
    # ambiguous: ResMan titles name the property and are not compared, and the site links it (a naive
    # accept); the portal says another firm manages it and the site says it was sold -> evidence_unverified.
    co = "Mission Espada Residential"
    post = "/news/2021/arbors-at-espada-sold/"
    url = "https://arborsespada.myresman.com/Portal/Access/SignIn/ARB"
    add(
        "no_account",
        "ResMan",
        co,
        "missionespadaresidential.com",
        url,
        "evidence_unverified",
        {
            "missionespadaresidential.com": pm_site(
                co,
                nav="<a href='/news/'>News</a>",
                body=f"<p>Owner-operator of apartment communities on San Antonio's South Side.</p><p><a href='{post}'>"
                "2021: We have sold The Arbors at Espada</a></p>",
                pages={
                    post: inner(
                        f"We have sold The Arbors at Espada | {co}",
                        "<article><h1>We have sold The Arbors at Espada</h1><time datetime='2021-09-14'>September 14, "
                        "2021</time><p>The community is now owned and managed by Osprey Living. Residents can keep using "
                        f"the <a href='{url}'>resident portal</a>.</p></article>",
                    )
                },
            ),
            "arborsespada.myresman.com": {
                "/Portal/Access/SignIn/ARB": resman_portal(
                    "The Arbors at Espada",
                    "The Arbors at Espada &middot; 9100 Espada Rd, San Antonio, TX 78214 &middot; Professionally managed "
                    "by Osprey Living",
                )
            },
        },
    )

    # a testimonial from a client company (a manager that buys the candidate's make-ready services),
    # whose name links its DoorLoop tenant portal; the agent gave that URL. DoorLoop account host:
    # code id 56748510409; testimonial blocks: no stored source
    co = "Cedar Elm Property Services"
    url = "https://ranchero.app.doorloop.com/tenant-portal/login"
    add(
        "no_account",
        "DoorLoop",
        co,
        "cedarelmps.com",
        url,
        "evidence_unverified",
        {
            "cedarelmps.com": pm_site(
                co,
                body="<p>Make-ready, turnover cleaning and maintenance for rental owners and property managers in "
                "Temple and Belton.</p><blockquote>&ldquo;Cedar Elm handles every turn for our 180 homes.&rdquo; "
                f"&mdash; Dana Whitt, <a href='{url}'>Ranchero Road Rentals</a></blockquote>",
            ),
            "ranchero.app.doorloop.com": {"/tenant-portal/login": spa_shell("Ranchero Road Rentals - Tenant Portal")},
        },
    )

    # a marketing agency's "Find Your Portal" page listing its clients' Propertyware portals (the agent
    # took the agency for a manager and gave one client's portal). Propertyware portal paths: code ids
    # 43611829219, 2781201612; the directory page: no stored source
    co = "Chisholm Trail Property Marketing"
    url = "https://app.propertyware.com/pw/portals/redgaterentals/tenant.action"
    add(
        "no_account",
        "Propertyware",
        co,
        "chisholmtrailpropertymarketing.com",
        url,
        "evidence_unverified",
        {
            "chisholmtrailpropertymarketing.com": pm_site(
                co,
                nav="<a href='/client-portals/'>Find Your Portal</a>",
                body="<p>Websites and leasing marketing for Texas property managers.</p>",
                title=f"{co} | Marketing for Property Managers",
                pages={
                    "/client-portals/": inner(
                        f"Find Your Portal | {co}",
                        "<h1>Find your portal</h1><p>Residents of our clients, choose your manager:</p><ul><li>Red Gate "
                        f"Rentals &ndash; <a href='{url}'>Tenant portal</a></li><li>Ponder Station Homes &ndash; <a "
                        "href='https://app.propertyware.com/pw/portals/ponderstation/tenant.action'>Tenant portal</a>"
                        "</li></ul>",
                    )
                },
            ),
            "app.propertyware.com": {
                "/pw/portals/redgaterentals/tenant.action": pw_portal("Red Gate Rentals"),
                "/pw/portals/ponderstation/tenant.action": pw_portal("Ponder Station Homes"),
            },
        },
    )

    # a vendor-style DEMO account: the site's "Preview our resident portal" button opens a demo sign-in
    # that says it uses sample data; the agent gave that URL. Demo accounts: docs/live-checks.md ("a
    # demo"), code id 71069736625 (sample origin, cited in holdout4); wording: no stored source
    co = "York Creek Rentals"
    url = "https://tourportal.appfolio.com/connect/users/sign_in"
    add(
        "no_account",
        "AppFolio",
        co,
        "yorkcreekrentals.com",
        url,
        "evidence_unverified",
        {
            "yorkcreekrentals.com": pm_site(
                co,
                body=f"<p>Homes for rent in San Marcos and Seguin.</p><a class='btn' href='{url}'>Preview our resident "
                "portal</a>",
            ),
            "tourportal.appfolio.com": {
                "/connect/users/sign_in": appfolio_portal(
                    "Sample Property Management Co.",
                    extra=notice(
                        "Demo portal: this site uses sample data for demonstration purposes only. Do not enter real "
                        "payment information."
                    ),
                )
            },
        },
    )

    # an apartment LOCATOR (the agent took it for a manager) whose homepage lists communities it refers
    # renters to, each with its RealPage ActiveBuilding portal; the agent gave one, whose footer names
    # the real manager. ActiveBuilding hosts: code ids 15751895801, 32683400585; locators: no stored source
    # ambiguous: RealPage titles are not compared and the site links the portal (a naive accept); the
    # portal names another manager and the candidate manages nothing -> evidence_unverified.
    co = "Zilker Apartment Finders"
    url = "https://bluffswalnutcreek.activebuilding.com/login"
    add(
        "no_account",
        "RealPage",
        co,
        "zilkerapartmentfinders.com",
        url,
        "evidence_unverified",
        {
            "zilkerapartmentfinders.com": pm_site(
                co,
                body="<p>Free apartment locating in Austin. Already moved in? Pay rent at your community's portal:</p>"
                f"<ul><li><a href='{url}'>The Bluffs at Walnut Creek</a></li></ul>",
                title=f"{co} | Free Apartment Locating in Austin",
            ),
            "bluffswalnutcreek.activebuilding.com": {
                "/login": _login(
                    "ActiveBuilding - Log In",
                    "The Bluffs at Walnut Creek Resident Portal",
                    footer="The Bluffs at Walnut Creek &middot; Austin, TX &middot; Professionally managed by Sandpiper "
                    "Residential &middot; RealPage",
                )
            },
        },
    )

    # ======================= controls: every other class

    # vendor_wide: "Portal Help" links AppFolio's own portal help article; no account anywhere.
    # https://www.appfolio.com/help/owner-portal
    co = "Mustang Draw Rentals"
    add(
        "vendor_wide",
        "AppFolio",
        co,
        "mustangdrawrentals.com",
        None,
        "no_pms_evidence",
        {
            "mustangdrawrentals.com": pm_site(
                co,
                nav="<a href='https://www.appfolio.com/help/owner-portal'>Portal Help</a>",
                body="<p>Rentals in Snyder and Post.</p>",
            ),
            "www.appfolio.com": {
                "/help/owner-portal": page(
                    "<h1>Homeowners Online Portal Overview</h1><p>Pay dues and submit architectural reviews.</p>",
                    title="Owner Portal | AppFolio Help",
                )
            },
        },
    )

    # asset: a logo image hosted on a Rent Manager account host and a font on Rent Manager's CDN; no
    # link to any portal. Contract (images, fonts never evidence); rmresident host: code id 12765765418
    co = "Twin Buttes Leasing"
    add(
        "asset",
        "Rent Manager",
        co,
        "twinbuttesleasing.com",
        None,
        "no_pms_evidence",
        {
            "twinbuttesleasing.com": pm_site(
                co,
                body="<link rel='preload' href='https://cdn.rentmanager.com/fonts/opensans-regular.woff2' as='font' "
                "crossorigin><img src='https://twinbuttes.rmresident.com/Content/Images/company-logo.png' alt='Twin "
                "Buttes Leasing'><p>Rentals in San Angelo. Call (325) 555-0184.</p>",
            )
        },
    )

    # stale_portal: the menu still links the company's Rentvine resident portal, which now answers 404.
    # Rentvine portal path: code ids 69806609889, 7918228721
    co = "Bandera Pass Rentals"
    add(
        "stale_portal",
        "Rentvine",
        co,
        "banderapassrentals.com",
        None,
        "evidence_unverified",
        {
            "banderapassrentals.com": pm_site(
                co,
                nav="<a href='https://banderapass.rentvine.com/portals/resident/'>Resident Portal</a>",
                body="<p>Rentals in Bandera and Pipe Creek.</p>",
            ),
            "banderapass.rentvine.com": {"/portals/resident/": not_found()},
        },
    )

    # shared_signin: "Owner Login" links Rentec Direct's shared owners' sign-in (no account in it).
    # Rentec owners login: code ids 55323161231, 12868925588
    co = "Colorado Bend Rentals"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "coloradobendrentals.com",
        None,
        "medium",
        {
            "coloradobendrentals.com": pm_site(
                co,
                nav="<a href='https://secure.rentecdirect.com/owners/login.php?utm_source=website'>Owner Login</a>",
                body="<p>Rentals in Lampasas and San Saba.</p>",
            ),
            "secure.rentecdirect.com": {
                "/owners/login.php?utm_source=website": _login(
                    "Owner Login | Rentec Direct", "Owner Login", footer="Rentec Direct"
                )
            },
        },
    )

    # other_pms: a Buildium candidate whose banner says "We've switched to a new portal!" and links its
    # live AppFolio account (no Buildium link left). Portal-switch notices:
    # http://support.erentpayment.com/kb/a215/what-are-the-transition-steps-for-a-tenant.aspx
    co = "Leon River Homes"
    add(
        "other_pms",
        "Buildium",
        co,
        "leonriverhomes.com",
        None,
        "pms_mismatch",
        {
            "leonriverhomes.com": pm_site(
                co,
                body="<div class='banner'>We've switched to a new portal! Residents, activate your account in our <a "
                "href='https://leonriverhomes.appfolio.com/connect/users/sign_in'>new Online Portal</a>.</div><p>Rentals "
                "in Gatesville and Hamilton.</p>",
            ),
            "leonriverhomes.appfolio.com": {"/connect/users/sign_in": appfolio_portal(co)},
        },
    )

    # parked: the domain redirects to an Afternic "for sale" page while the agent's Buildium portal is
    # live. Afternic redirect shape: tests/evidence_corpus.py parked list; docs/live-checks.md (Afternic)
    co = "Blanco Canyon Rentals"
    add(
        "parked",
        "Buildium",
        co,
        "blancocanyonrentals.com",
        "https://blancocanyon.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "blancocanyonrentals.com": {
                "/": redirect(
                    "https://www.afternic.com/forsale/blancocanyonrentals.com?utm_source=TDFS_DASLNC&utm_medium=parkedpages"
                    "&traffic_id=daslnc"
                )
            },
            "blancocanyon.managebuilding.com": {"/Resident/portal/login": resident_center(co)},
        },
    )

    # bot_wall: a community's Entrata resident portal answers with Cloudflare's managed challenge (403).
    # Contract (bot walls; Entrata behind a managed challenge)
    co = "Spring Branch Lofts"
    add(
        "bot_wall",
        "Entrata",
        co,
        "springbranchlofts.com",
        "https://springbranchlofts.residentportal.com/resident_portal/?module=authentication&action=view_login",
        "unverifiable",
        {
            "springbranchlofts.com": pm_site(co, body="<p>Loft apartments in Spring Branch, Houston.</p>"),
            "springbranchlofts.residentportal.com": {
                "/resident_portal/?module=authentication&action=view_login": raw(
                    403,
                    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><noscript>Enable JavaScript "
                    "and cookies to continue</noscript><script>window._cf_chl_opt={cType:'managed'};</script><script "
                    "src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f0c'></script></body></html>",
                    {"cf-mitigated": "challenge", "Server": "cloudflare"},
                )
            },
        },
    )

    # dead_domain: neither the domain nor www. resolves, while the agent's DoorLoop portal is live.
    # Contract (no such host)
    co = "Frio Draw Property Management"
    add(
        "dead_domain",
        "DoorLoop",
        co,
        "friodrawpm.com",
        "https://friodraw.app.doorloop.com/tenant-portal/login",
        "dead_domain",
        {"friodraw.app.doorloop.com": {"/tenant-portal/login": spa_shell(f"{co} - Tenant Portal")}},
        unresolvable=("friodrawpm.com", "www.friodrawpm.com"),
    )

    return cases


HOLDOUT7: list[Case] = _holdout7()
