"""An ELEVENTH BLIND held-out corpus for the live checks, written to MEASURE how often they get the
company's NAME wrong, in both directions: in almost every case the account portal shows a company
name other than the candidate's brand, and the candidate's homepage (or the page that links the
portal) MENTIONS that other name somehow.

- about 55% are REAL LEADS: the other name is the company's own (a footer's "X LLC | License #",
  "Broker of record: X", "X is a licensed real estate broker in Texas", "X, a Texas limited liability
  company", "Brought to you by X", "X dba Y", "Y is a trade name / an assumed name of X", "part of X",
  a team page's "X, founder", a family of brands, "we started as X", a TREC IABS link labelled with
  X, bilingual footers, a page title, a tagline, structured data);
- about 30% are TRAPS: the other name is another company's and the site mentions it (a vendor or
  partner list, a recommendation, a referral partner, a testimonial, a comparison, an affiliate, a
  former manager, a sister office, an HOA's manager, a franchisor, an acquirer, a realtor's listings
  manager, a case study, a community's management company);
- the rest are ordinary rejections as controls, each also naming a second company somewhere.

Labelled by what a careful person concludes from the pages as served (docs/live-checks.md is the
contract), written without reading the checks and without running them. Same `Case` shape as
tests/evidence_corpus.py, so `run_corpus(HOLDOUT11)` judges it (requested state: TX). The class
records the evidence's shape (`live_portal`: the agent gave a live account portal the site does not
link; `site_links_portal`: the site links a live account portal); the label records whose it is.

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths and wording style); company names, accounts and domains are made up. Each case carries a
one-line comment naming where the shape was seen. `# ambiguous:` marks labels where the contract
leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import Case, Collector, _login, spa_shell
from fake_web import Reply, doc, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def pm_site(
    brand: str,
    body: str,
    *,
    footer: str,
    title: str | None = None,
    tagline: str = "",
    head: str = "",
    nav: str = "",
) -> Reply:
    """A property manager's homepage: a menu, a logo line (and tagline), the body, a footer."""
    tag = f"<p class='tagline'>{tagline}</p>" if tagline else ""
    return doc(
        title or f"{brand} | Property Management",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>" + head,
        f"<header><nav><a href='/'>Home</a><a href='/about'>About</a><a href='/homes-for-rent'>Homes for Rent</a>"
        f"<a href='/contact'>Contact</a>{nav}</nav><div class='logo'>{brand}</div>{tag}</header>"
        f"<main><h1>{brand}</h1>{body}</main><footer>{footer}</footer>",
    )


def trec_links(label: str = "") -> str:
    """The two TREC notices a Texas brokerage's footer links (IABS and the Consumer Protection Notice)."""
    iabs = f"Information About Brokerage Services{f' &ndash; {label}' if label else ''}"
    return (
        f"<a href='/wp-content/uploads/iabs.pdf' target='_blank'>{iabs}</a> | "
        "<a href='https://www.trec.texas.gov/forms/consumer-protection-notice' target='_blank'>"
        "Texas Real Estate Commission Consumer Protection Notice</a>"
    )


def buildium_rc(co: str, *, footer: str = "") -> Reply:
    """A Buildium Resident Center sign-in naming the account's company."""
    return _login(f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer=footer or "Powered by Buildium")


def appfolio_in(heading: str, *, footer: str = "") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name (or its logo) as the heading."""
    return _login("Online Portal - Sign In", heading, user="user[email]", footer=footer or "Powered by AppFolio Property Manager")


def rm_web_access(co: str, *, footer: str = "Rent Manager") -> Reply:
    """Rent Manager's resident web access (corpid or twa host): a generic title, a welcome naming the company."""
    return _login("Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer=footer)


def rm_resident(co: str, *, footer: str, kind: str = "Resident Portal") -> Reply:
    """A Rent Manager rmresident.com portal titled with the company."""
    return _login(f"{co} - {kind}", co, user="Username", footer=footer)


def pw_tenant(co: str, *, footer: str = "Propertyware") -> Reply:
    """A Propertyware tenant portal titled with the company."""
    return _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer=footer)


def rentec_login(co: str, *, footer: str = "Property management software by Rentec Direct") -> Reply:
    """A Rentec Direct tenant login naming the account's company."""
    return _login("Tenant Login | Rentec Direct", f"{co} Tenant Login", footer=footer)


def tc_listings(co: str, city: str) -> Reply:
    """A TenantCloud account's public listings page: the company's name as the heading."""
    return _login(
        f"{co} - Rentals",
        co,
        extra=f"<h2>Available Rentals</h2><ul><li>3 bd / 2 ba &middot; {city}, TX &middot; $1,695/mo "
        "<a href='/listings/apply'>Apply</a></li></ul>",
        footer="Powered by TenantCloud",
    )


def _holdout11() -> list[Case]:
    collector = Collector("holdout11-")
    cases, add = collector.cases, collector.add

    # ======================= REAL LEADS: the other name is the company's own

    # a Texas brokerage footer "Cypress Lantern Realty LLC | TREC License #..." under the two TREC
    # notice links; the brand's own menu links the Buildium account that bears the LLC's name.
    # TREC footer: code ahmedmusawir/mrh-idx-moose-framework-v3 footer.php, code id 20121005447;
    # Buildium login: code ids 15005069539, 56674311379
    co = "Hollow Pine Rentals"
    url = "https://cypresslantern.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "hollowpinerentals-tx.com",
        None,
        "high",
        {
            "hollowpinerentals-tx.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Lufkin, Diboll and Huntington.</p>",
                    nav=f"<a href='{url}'>Resident Login</a>",
                    footer=f"<p>Cypress Lantern Realty LLC | TREC License #9004417 | Equal Housing Opportunity</p>"
                    f"<p>{trec_links()}</p>",
                )
            },
            "cypresslantern.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Cypress Lantern Realty LLC", footer="Lufkin, TX 75901 &middot; Powered by Buildium"
                )
            },
        },
    )

    # "Broker of record: Tarrant Oakline Realty, Inc." on the brand's homepage; the agent's AppFolio
    # account shows that broker's name; the site links no portal. Broker-of-record arrangement:
    # http://mybrokerofrecord.com/our-process/property-management-process/ ; AppFolio portal URL shape:
    # https://paladinodevelopmentgroup.com/6519-2
    co = "Porch Light Homes of Fort Worth"
    add(
        "live_portal",
        "AppFolio",
        co,
        "porchlighthomesfw.com",
        "https://tarrantoakline.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "porchlighthomesfw.com": {
                "/": pm_site(
                    co,
                    "<p>Single-family rentals across Tarrant County. Call (817) 555-0142 to schedule a showing.</p>",
                    footer=f"<p>Broker of record: Tarrant Oakline Realty, Inc. &middot; TREC #0598312</p><p>{trec_links()}</p>",
                )
            },
            "tarrantoakline.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Tarrant Oakline Realty", footer="Fort Worth, TX &middot; Powered by AppFolio Property Manager"
                )
            },
        },
    )

    # "Pinyon Bluff Properties, LLC is a licensed real estate broker in Texas" on an Alpine brand's
    # homepage, which links /residents, which links the Rent Manager web access for that LLC.
    # Legal-name sentence: https://property-society.com/services/property-management/management/ ;
    # Rent Manager web access: https://arcinvestments.com/resident-portal , code ids 12765765418, 16979742239
    co = "Big Bend Casitas"
    url = "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=pinyonbluff"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "bigbendcasitas-rent.com",
        None,
        "high",
        {
            "bigbendcasitas-rent.com": {
                "/": pm_site(
                    co,
                    "<p>Long-term rentals in Alpine, Marfa and Fort Davis.</p><p>Pinyon Bluff Properties, LLC is a "
                    "licensed real estate broker in Texas.</p><a href='/residents'>Residents</a>",
                    footer=f"&copy; 2026 {co}",
                ),
                "/residents": pm_site(
                    "Residents",
                    f"<p>Pay rent and request repairs online.</p><a href='{url}'>Resident Web Access</a>",
                    footer=f"&copy; 2026 {co}",
                    title=f"Residents | {co}",
                ),
            },
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=pinyonbluff": rm_web_access(
                    "Pinyon Bluff Properties", footer="Alpine, TX &middot; Rent Manager"
                )
            },
        },
    )

    # "Locally owned by Harlan-Vasquez Real Estate Group, LLC - TREC #..." on a Laredo leasing brand;
    # the agent's Propertyware portal is titled with that LLC; the site links nothing. Propertyware
    # portals: code ids 43611829219, 2781201612; "owned by" footer: no stored source
    # ambiguous: "owned by X" could be read as a parent or head office (never the candidate's); with
    # X's own broker license on the brand's site, X is the licensed entity the brand trades under -> medium.
    co = "Laredo Keystone Leasing"
    add(
        "live_portal",
        "Propertyware",
        co,
        "laredokeystoneleasing.com",
        "https://app.propertyware.com/pw/portals/harlanvasquez/tenant.action",
        "medium",
        {
            "laredokeystoneleasing.com": {
                "/": pm_site(
                    co,
                    "<p>Homes and duplexes for lease in north Laredo.</p>",
                    footer="<p>Locally owned by Harlan-Vasquez Real Estate Group, LLC &middot; TREC #9011876</p>",
                )
            },
            "app.propertyware.com": {
                "/pw/portals/harlanvasquez/tenant.action": pw_tenant("Harlan-Vasquez Real Estate Group"),
            },
        },
    )

    # the contact block reads "Saltgrass Residential, LLC, a Texas limited liability company" with a
    # Port Aransas address; a footer button opens that LLC's Rentvine resident portal. Rentvine
    # portals: https://help.rentvine.com/owner-portal-introduction , code ids 69806609889, 7918228721
    co = "Port A Island Rentals"
    url = "https://saltgrassres.rentvine.com/portals/resident/"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "portaislandrentals-tx.com",
        None,
        "high",
        {
            "portaislandrentals-tx.com": {
                "/": pm_site(
                    co,
                    "<p>Year-round island homes, not vacation rentals.</p>"
                    f"<div class='footer-cta'><a class='btn' href='{url}' target='_blank'>Pay Rent Online</a></div>",
                    footer="<address>Saltgrass Residential, LLC, a Texas limited liability company<br>"
                    "600 W Avenue G, Port Aransas, TX 78373</address>",
                )
            },
            "saltgrassres.rentvine.com": {"/portals/resident/": spa_shell("Saltgrass Residential - Resident Portal")},
        },
    )

    # "Brought to you by Quillfeather Realty Group" under the brand's footer; the agent's Buildium
    # account is that group's, with a Nacogdoches address; the site links nothing. Buildium login:
    # code ids 15005069539, 56674311379; "brought to you by": no stored source
    co = "Nacogdoches Pine Cottage Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "pinecottagerentals-nac.com",
        "https://quillfeather.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "pinecottagerentals-nac.com": {
                "/": pm_site(
                    co,
                    "<p>Cottages and small homes near SFA. Pets considered.</p>",
                    footer=f"<p>&copy; 2026 {co}</p><p class='small'>Brought to you by Quillfeather Realty Group</p>",
                )
            },
            "quillfeather.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Quillfeather Realty Group",
                    footer="411 North St, Nacogdoches, TX 75961 &middot; Powered by Buildium",
                )
            },
        },
    )

    # footer "Bexley Crane Holdings LLC dba Olmos Park Nest Rentals"; an onclick button opens the
    # DoorLoop tenant portal titled with the LLC. DBA filing: code leadond/onboarding-saas
    # TEXAS_DBA_FILING_GUIDE.md; DoorLoop portal: code id 56748510409
    co = "Olmos Park Nest Rentals"
    url = "https://bexleycrane.app.doorloop.com/tenant-portal/login"
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "olmosparknest.com",
        url,
        "high",
        {
            "olmosparknest.com": {
                "/": pm_site(
                    co,
                    "<p>Historic homes and garage apartments in Olmos Park and Alamo Heights.</p>"
                    f"<button type='button' onclick=\"window.location.href='{url}'\">Tenant Portal</button>",
                    footer=f"&copy; 2026 Bexley Crane Holdings LLC dba {co}",
                )
            },
            "bexleycrane.app.doorloop.com": {"/tenant-portal/login": spa_shell("Bexley Crane Holdings LLC - Tenant Portal")},
        },
    )

    # "Kerrville Limestone Leasing is a trade name of Guadalupe Hollow Partners, LLC" on the homepage;
    # the agent's AppFolio account shows that LLC's name; no portal linked. Trade names: code
    # leadond/onboarding-saas TEXAS_DBA_FILING_GUIDE.md; AppFolio sign-in: https://gpsrenting.com/homeowners-online-portal-overview
    co = "Kerrville Limestone Leasing"
    add(
        "live_portal",
        "AppFolio",
        co,
        "kerrvillelimestone.com",
        "https://guadalupehollow.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "kerrvillelimestone.com": {
                "/": pm_site(
                    co,
                    "<p>Hill Country homes for lease in Kerrville and Ingram.</p><p>Kerrville Limestone Leasing is a "
                    "trade name of Guadalupe Hollow Partners, LLC.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "guadalupehollow.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Guadalupe Hollow Partners", footer="Kerrville, TX &middot; Powered by AppFolio Property Manager"
                )
            },
        },
    )

    # "Red River Rentals is part of Kemp Ardmore Realty - TREC Broker #..."; the menu links the Rentec
    # Direct tenant login of that realty. Rentec login: https://www.rentecdirect.com/kb/tenant-and-owner-portals/ ,
    # code ids 55323161231, 12868925588; "part of" wording: no stored source
    # ambiguous: the contract's "now part of X" (an acquirer) is never the candidate's; this "part of"
    # names the brand's own licensed broker, with no acquisition, and the site links the portal -> high.
    co = "Red River Rentals of Wichita Falls"
    url = "https://secure.rentecdirect.com/login/login.php?cb=kempardmore"
    add(
        "site_links_portal",
        "Rentec Direct",
        co,
        "redriverrentalswf.com",
        None,
        "high",
        {
            "redriverrentalswf.com": {
                "/": pm_site(
                    co,
                    "<p>Rentals near Sheppard AFB and Midwestern State.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Tenant Login</a>",
                    footer="<p>Red River Rentals is part of Kemp Ardmore Realty &middot; TREC Broker #0623190</p>",
                )
            },
            "secure.rentecdirect.com": {"/login/login.php?cb=kempardmore": rentec_login("Kemp Ardmore Realty")},
        },
    )

    # the homepage links a Buildium account titled "O. Brennan-Reyes Realty" and never names it; its
    # /about team page lists "Odalys Brennan-Reyes, Founder & Broker". Team bios with a broker role
    # line: code id 60541960292; Buildium login: code ids 15005069539, 56674311379
    co = "Coastal Bend Keys Property Management"
    url = "https://obrennanreyes.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "coastalbendkeyspm.com",
        None,
        "high",
        {
            "coastalbendkeyspm.com": {
                "/": pm_site(
                    co,
                    f"<p>Rockport, Fulton and Aransas Pass.</p><a class='menu-item' href='{url}'>Resident Login</a>",
                    footer=f"&copy; 2026 {co}",
                ),
                "/about": pm_site(
                    "Meet the Team",
                    "<ul><li><strong>Odalys Brennan-Reyes</strong>, Founder &amp; Broker</li>"
                    "<li><strong>Marcus Teel</strong>, Leasing Agent</li></ul>",
                    footer=f"&copy; 2026 {co}",
                    title=f"About | {co}",
                ),
            },
            "obrennanreyes.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "O. Brennan-Reyes Realty", footer="Rockport, TX &middot; Powered by Buildium"
                )
            },
        },
    )

    # "Our family of brands: Brazos Bend Lease Co. / Sealy Prairie Homes / Rosenberg Porch Rentals, all
    # operated by Fulshear Meridian Management, LLC"; the agent's rmresident account is that LLC's.
    # Family-of-companies wording: contract ("a member of X family of companies"); rmresident host:
    # code ids 71127993591, 12765765418
    co = "Sealy Prairie Homes"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "sealyprairiehomes.com",
        "https://fulshearmeridian.rmresident.com/",
        "medium",
        {
            "sealyprairiehomes.com": {
                "/": pm_site(
                    co,
                    "<p>Country homes for lease in Austin County.</p><section><h2>Our family of brands</h2><ul>"
                    "<li>Brazos Bend Lease Co.</li><li>Sealy Prairie Homes</li><li>Rosenberg Porch Rentals</li></ul>"
                    "<p>All operated by Fulshear Meridian Management, LLC.</p></section>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "fulshearmeridian.rmresident.com": {
                "/": rm_resident(
                    "Fulshear Meridian Management",
                    footer="Fulshear, TX 77441 &middot; Rent Manager",
                )
            },
        },
    )

    # an About section "We started as Twin Windmill Realty in 2009 and took the Yellowhouse name in
    # 2019"; the footer's Pay Rent button goes to the AppFolio account still named Twin Windmill Realty.
    # AppFolio hosted-site pay-rent link: lead-domain notes (AppFolio row); the story: no stored source
    co = "Lubbock Yellowhouse Homes"
    url = "https://twinwindmill.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "yellowhousehomes.com",
        None,
        "high",
        {
            "yellowhousehomes.com": {
                "/": pm_site(
                    co,
                    "<section><h2>Our story</h2><p>We started as Twin Windmill Realty in 2009 and took the "
                    "Yellowhouse name in 2019. Same family, same phone number.</p></section>"
                    f"<div class='footer-cta'><a class='btn' href='{url}'>Pay Rent</a></div>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "twinwindmill.appfolio.com": {"/connect/users/sign_in": appfolio_in("Twin Windmill Realty")},
        },
    )

    # the footer's TREC "Information About Brokerage Services" link is labelled with the broker
    # "Chisos Peak Realty, LLC"; the agent's Buildium account is that LLC's; nothing linked. IABS
    # links: code ids 71502439563, 48743943902, 53123765867; Buildium: code ids 15005069539, 56674311379
    co = "Terlingua Desert Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "terlinguadesertrentals.com",
        "https://chisospeak.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "terlinguadesertrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Long-term rentals in Terlingua and Study Butte. Water hauling included.</p>",
                    footer=f"<p>&copy; 2026 {co}</p><p>{trec_links('Chisos Peak Realty, LLC')}</p>",
                )
            },
            "chisospeak.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Chisos Peak Realty, LLC", footer="Terlingua, TX &middot; Powered by Buildium"
                )
            },
        },
    )

    # a bilingual footer "(c) 2026 Rio Grande Sol Realty LLC - Corredor de bienes raíces con licencia
    # TREC - Se habla español"; the "Portal de Inquilinos / Tenant Portal" link opens that LLC's
    # Propertyware portal. Spanish PM sites: pages search (Texas "portal de inquilinos"); Propertyware:
    # code ids 43611829219, 2781201612
    co = "McAllen Casa Rentals"
    url = "https://app.propertyware.com/pw/portals/riograndesol/tenant.action"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "mcallencasarentals.com",
        None,
        "high",
        {
            "mcallencasarentals.com": {
                "/": pm_site(
                    co,
                    "<p>Casas en renta en McAllen, Edinburg y Mission. Homes for rent across the Valley.</p>"
                    f"<a class='btn' href='{url}'>Portal de Inquilinos / Tenant Portal</a>",
                    footer="<p>&copy; 2026 Rio Grande Sol Realty LLC &middot; Corredor de bienes ra&iacute;ces con "
                    "licencia TREC #9015528 &middot; Se habla espa&ntilde;ol</p>",
                )
            },
            "app.propertyware.com": {"/pw/portals/riograndesol/tenant.action": pw_tenant("Rio Grande Sol Realty")},
        },
    )

    # footer "Managed by Post Oak Ledger Realty LLC, our licensed brokerage - TREC #..."; the menu's
    # Resident Portal is that LLC's Rentvine account. Rentvine: code ids 69806609889, 7918228721;
    # the footer: no stored source
    # ambiguous: "managed by X" reads like the contract's affiliate case ("our rentals are managed by
    # our affiliate, X", never the candidate's), but here X is called "our licensed brokerage" -> high.
    co = "Aggieland Duplex Co."
    url = "https://postoakledger.rentvine.com/portals/resident/"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "aggielandduplexco.com",
        None,
        "high",
        {
            "aggielandduplexco.com": {
                "/": pm_site(
                    co,
                    "<p>Duplexes and fourplexes near campus in Bryan and College Station.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Portal</a>",
                    footer="<p>Managed by Post Oak Ledger Realty LLC, our licensed brokerage &middot; TREC #9007743 "
                    "&middot; Bryan, TX</p>",
                )
            },
            "postoakledger.rentvine.com": {"/portals/resident/": spa_shell("Post Oak Ledger Realty - Resident Portal")},
        },
    )

    # footer "Round Rock Blue Door Rentals is a d/b/a of Marlow Fenwick Properties LLC"; the homepage
    # embeds that LLC's TenantCloud listings in an iframe. TenantCloud listings: code ids 67075514049,
    # 71509213841; DBA: code leadond/onboarding-saas TEXAS_DBA_FILING_GUIDE.md
    co = "Round Rock Blue Door Rentals"
    url = "https://marlowfenwick.tenantcloud.com/listings"
    add(
        "site_links_portal",
        "TenantCloud",
        co,
        "bluedoorroundrock.com",
        url,
        "high",
        {
            "bluedoorroundrock.com": {
                "/": pm_site(
                    co,
                    f"<section><h2>Available Homes</h2><iframe src='{url}' width='100%' height='900'></iframe></section>",
                    footer=f"<p>{co} is a d/b/a of Marlow Fenwick Properties LLC.</p>",
                )
            },
            "marlowfenwick.tenantcloud.com": {"/listings": tc_listings("Marlow Fenwick Properties", "Round Rock")},
        },
    )

    # a Texas brokerage footer "Pecan Bayou Realty, Broker | TREC #..."; the agent's Rentec Direct
    # account host is that realty's; nothing linked. "X, Broker": contract; Titleapp/titleapp-platform
    # raas/real-estate/TX/licensing.md (broker's name in advertising); Rentec: code ids 55323161231, 12868925588
    co = "Brownwood Lakeside Rentals"
    add(
        "live_portal",
        "Rentec Direct",
        co,
        "brownwoodlakeside.com",
        "https://pecanbayou.rentecdirect.com/",
        "medium",
        {
            "brownwoodlakeside.com": {
                "/": pm_site(
                    co,
                    "<p>Lake Brownwood cabins and in-town homes for lease.</p>",
                    footer=f"<p>Pecan Bayou Realty, Broker | TREC #0612345</p><p>{trec_links()}</p>",
                )
            },
            "pecanbayou.rentecdirect.com": {"/": rentec_login("Pecan Bayou Realty")},
        },
    )

    # "Horseshoe Bay Lake Homes is an assumed name of Sable Creek Holdings, LLC" (Texas assumed-name
    # certificate wording); the menu links that LLC's Buildium account. Assumed names: code
    # leadond/onboarding-saas TEXAS_DBA_FILING_GUIDE.md; Buildium: code ids 15005069539, 56674311379
    co = "Horseshoe Bay Lake Homes"
    url = "https://sablecreekholdings.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "horseshoebaylakehomes.com",
        url,
        "high",
        {
            "horseshoebaylakehomes.com": {
                "/": pm_site(
                    co,
                    "<p>Lakefront and golf-course homes for lease.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Residents</a>",
                    footer=f"<p>{co} is an assumed name of Sable Creek Holdings, LLC.</p>",
                )
            },
            "sablecreekholdings.managebuilding.com": {"/Resident/portal/login": buildium_rc("Sable Creek Holdings, LLC")},
        },
    )

    # "Owned and operated by Wren Hollow Management, LLC" on the brand's homepage; the agent's DoorLoop
    # tenant portal is titled with that LLC. DoorLoop: code id 56748510409; wording: contract
    co = "Canyon Lake Cabin Rentals"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "canyonlakecabinrentals.com",
        "https://wrenhollow.app.doorloop.com/tenant-portal/login",
        "medium",
        {
            "canyonlakecabinrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Monthly cabin leases near the lake and the Guadalupe.</p><p>Owned and operated by Wren "
                    "Hollow Management, LLC.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "wrenhollow.app.doorloop.com": {"/tenant-portal/login": spa_shell("Wren Hollow Management - Tenant Portal")},
        },
    )

    # footer "Sponsoring broker: Stonebriar Lantern Realty, LLC - License #... - Designated broker: ...";
    # the menu links that realty's AppFolio sign-in. TREC business-entity broker and designated
    # broker: https://wolterskluwer.com/en/expert-insights/texas-property-manager-license-requirements ;
    # AppFolio: lead-domain notes
    co = "Frisco Front Porch Leasing"
    url = "https://stonebriarlantern.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "friscofrontporch.com",
        None,
        "high",
        {
            "friscofrontporch.com": {
                "/": pm_site(
                    co,
                    "<p>Leasing and management for Frisco and Little Elm homeowners.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer="<p>Sponsoring broker: Stonebriar Lantern Realty, LLC &middot; License #9020114 &middot; "
                    f"Designated broker: Ana Lucero, #0587730</p><p>{trec_links()}</p>",
                )
            },
            "stonebriarlantern.appfolio.com": {"/connect/users/sign_in": appfolio_in("Stonebriar Lantern Realty")},
        },
    )

    # "Leasing and management services provided by Cinder Mesa Realty, a licensed Texas real estate
    # broker"; the agent's AppFolio sign-in shows only that realty's logo (alt text), no heading text.
    # AppFolio sign-in with the account's logo: lead-domain notes (AppFolio row); wording: no stored source
    co = "El Paso Franklin Homes"
    add(
        "live_portal",
        "AppFolio",
        co,
        "elpasofranklinhomes.com",
        "https://cindermesa.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "elpasofranklinhomes.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for rent on the west side and in the Upper Valley.</p><p>Leasing and management services "
                    "provided by Cinder Mesa Realty, a licensed Texas real estate broker (TREC #9003380).</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "cindermesa.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "<img src='https://images.cdn.appfolio.com/cindermesa/images/logo.png' alt='Cinder Mesa Realty'>",
                    footer="El Paso, TX &middot; Powered by AppFolio Property Manager",
                )
            },
        },
    )

    # "Victoria Guadalupe Homes, a division of Coletto Creek Realty"; a footer button opens that
    # realty's rmresident portal. Division wording: contract; rmresident host: code ids 71127993591, 12765765418
    co = "Victoria Guadalupe Homes"
    url = "https://colettocreek.rmresident.com/"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "victoriaguadalupehomes.com",
        None,
        "high",
        {
            "victoriaguadalupehomes.com": {
                "/": pm_site(
                    co,
                    "<p>Rental homes in Victoria and Port Lavaca.</p>"
                    f"<div class='footer-cta'><a class='btn' href='{url}'>Pay Rent Online</a></div>",
                    footer=f"<p>{co}, a division of Coletto Creek Realty</p>",
                )
            },
            "colettocreek.rmresident.com": {
                "/": rm_resident("Coletto Creek Realty", footer="Victoria, TX 77901 &middot; Rent Manager")
            },
        },
    )

    # "Hutto Cotton Gin Rentals, a member of the Brushline Realty family of companies"; the menu links
    # Brushline Realty's Buildium account. Wording: contract; Buildium: code ids 15005069539, 56674311379
    co = "Hutto Cotton Gin Rentals"
    url = "https://brushlinerealty.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "huttocottongin.com",
        None,
        "high",
        {
            "huttocottongin.com": {
                "/": pm_site(
                    co,
                    "<p>New-build rentals east of Round Rock.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer=f"<p>&copy; 2026 {co}, a member of the Brushline Realty family of companies</p>",
                )
            },
            "brushlinerealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Brushline Realty")},
        },
    )

    # "Midland Basin Home Rentals (formerly Mustang Draw Realty)"; the agent's Propertyware portal still
    # carries the former name, with a Midland address; nothing linked. "formerly": contract;
    # Propertyware: code ids 43611829219, 2781201612
    co = "Midland Basin Home Rentals"
    add(
        "live_portal",
        "Propertyware",
        co,
        "midlandbasinhomes.com",
        "https://app.propertyware.com/pw/portals/mustangdraw/tenant.action",
        "medium",
        {
            "midlandbasinhomes.com": {
                "/": pm_site(
                    co,
                    "<p>Midland Basin Home Rentals (formerly Mustang Draw Realty) leases homes in Midland and Odessa.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "app.propertyware.com": {
                "/pw/portals/mustangdraw/tenant.action": pw_tenant(
                    "Mustang Draw Realty", footer="3300 N A St, Midland, TX 79705 &middot; Propertyware"
                ),
            },
        },
    )

    # the visible page never names the LLC; only its schema.org JSON-LD says legalName "Mill Race
    # Partners LLC"; the menu links that LLC's Rentvine portal. Structured data on PM sites: no
    # stored source; Rentvine: code ids 69806609889, 7918228721
    co = "Seguin Riverbend Rentals"
    url = "https://millracepartners.rentvine.com/portals/resident/"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "seguinriverbend.com",
        None,
        "high",
        {
            "seguinriverbend.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease along the Guadalupe in Seguin.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Portal</a>",
                    footer=f"&copy; 2026 {co}",
                    head='<script type=\'application/ld+json\'>{"@context":"https://schema.org","@type":'
                    f'"RealEstateAgent","name":"{co}","legalName":"Mill Race Partners LLC",'
                    '"address":{"@type":"PostalAddress","addressLocality":"Seguin","addressRegion":"TX"}}</script>',
                )
            },
            "millracepartners.rentvine.com": {"/portals/resident/": spa_shell("Mill Race Partners LLC - Resident Portal")},
        },
    )

    # a logo tagline "by Blanco Bluff Realty" under the brand; the agent's Buildium account is that
    # realty's; nothing linked. Brand-plus-"by"-tagline: no stored source; Buildium: code ids 15005069539, 56674311379
    co = "Wimberley Creekside Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "wimberleycreekside.com",
        "https://blancobluff.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "wimberleycreekside.com": {
                "/": pm_site(
                    co,
                    "<p>Creekside homes and cottages for long-term lease.</p>",
                    tagline="by Blanco Bluff Realty",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "blancobluff.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Blanco Bluff Realty", footer="Wimberley, TX &middot; Powered by Buildium")
            },
        },
    )

    # the homepage's <title> is "Corsicana Front Door Rentals | Navarro Flagstone Realty"; the menu's
    # login goes to the Rent Manager web access of that realty. Brand | broker titles: no stored
    # source; Rent Manager: https://arcinvestments.com/resident-portal
    co = "Corsicana Front Door Rentals"
    url = "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=navarroflagstone"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "corsicanafrontdoor.com",
        None,
        "high",
        {
            "corsicanafrontdoor.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for rent in Corsicana and Navarro County.</p>",
                    title=f"{co} | Navarro Flagstone Realty",
                    nav=f"<a class='menu-item' href='{url}'>Tenant Login</a>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=navarroflagstone": rm_web_access("Navarro Flagstone Realty")
            },
        },
    )

    # a bilingual line "New Braunfels River Town Rentals is a brand of Dos Rios Realty Group LLC / es una
    # marca de Dos Rios Realty Group LLC"; the agent gave that group's TenantCloud listings page.
    # TenantCloud listings: code ids 67075514049, 71509213841; bilingual: no stored source
    co = "New Braunfels River Town Rentals"
    add(
        "live_portal",
        "TenantCloud",
        co,
        "rivertownrentals-nb.com",
        "https://dosriosrealty.tenantcloud.com/listings",
        "medium",
        {
            "rivertownrentals-nb.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for rent in New Braunfels. Casas en renta en New Braunfels.</p>",
                    footer=f"<p>{co} is a brand of Dos Rios Realty Group LLC. / {co} es una marca de Dos Rios Realty "
                    "Group LLC.</p>",
                )
            },
            "dosriosrealty.tenantcloud.com": {"/listings": tc_listings("Dos Rios Realty Group", "New Braunfels")},
        },
    )

    # the logo's tagline "A Cane Island Realty company"; the menu links Cane Island Realty's Buildium
    # account. "An X company" taglines: no stored source; Buildium: code ids 15005069539, 56674311379
    co = "Katy Prairie Rentals"
    url = "https://caneislandrealty.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "katyprairierentals.com",
        url,
        "high",
        {
            "katyprairierentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Katy, Brookshire and Fulshear.</p>",
                    tagline="A Cane Island Realty company",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "caneislandrealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Cane Island Realty")},
        },
    )

    # the homepage links no portal, only "Tenants"; /tenants says "Tyler Azalea Leasing is the leasing
    # brand of Rose Capital Realty Partners, LLC" above a link to that LLC's Propertyware portal. A
    # tenants page holding the portal link: code id 27376798813 (crawls /tenants); Propertyware: code ids 43611829219, 2781201612
    co = "Tyler Azalea Leasing"
    url = "https://app.propertyware.com/pw/portals/rosecapitalrp/tenant.action"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "tylerazalealeasing.com",
        None,
        "high",
        {
            "tylerazalealeasing.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Tyler and Whitehouse.</p><a href='/tenants'>Tenants</a>",
                    footer=f"&copy; 2026 {co}",
                ),
                "/tenants": pm_site(
                    "Tenants",
                    f"<p>{co} is the leasing brand of Rose Capital Realty Partners, LLC. Log in to your tenant portal "
                    f"below.</p><a href='{url}'>Tenant Portal</a>",
                    footer=f"&copy; 2026 {co}",
                    title=f"Tenants | {co}",
                ),
            },
            "app.propertyware.com": {"/pw/portals/rosecapitalrp/tenant.action": pw_tenant("Rose Capital Realty Partners")},
        },
    )

    # the contact block "Sandhill Crane Realty Group, Inc. DBA Longview Pineywoods Rentals - 210 N Center
    # St, Longview"; the agent gave that group's AppFolio sign-in; nothing linked. DBA in address
    # blocks: code leadond/onboarding-saas TEXAS_DBA_FILING_GUIDE.md; AppFolio: lead-domain notes
    co = "Longview Pineywoods Rentals"
    add(
        "live_portal",
        "AppFolio",
        co,
        "pineywoodsrentals-lv.com",
        "https://sandhillcranerg.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "pineywoodsrentals-lv.com": {
                "/": pm_site(
                    co,
                    "<p>East Texas homes for lease.</p><address>Sandhill Crane Realty Group, Inc. DBA Longview "
                    "Pineywoods Rentals<br>210 N Center St, Longview, TX 75601</address>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "sandhillcranerg.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Sandhill Crane Realty Group", footer="Longview, TX &middot; Powered by AppFolio Property Manager"
                )
            },
        },
    )

    # "Beaumont Neches Rentals is operated by Spindletop Gable Realty under TREC license #..."; the agent
    # gave that realty's Rent Manager twa host. twa hosts: contract vendor table; Rent Manager web
    # access wording: https://arcinvestments.com/resident-portal
    co = "Beaumont Neches Rentals"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "nechesrentals.com",
        "https://spindletopgable.twa.rentmanager.com/",
        "medium",
        {
            "nechesrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes and duplexes for rent in Beaumont and Port Neches.</p><p>Beaumont Neches Rentals is "
                    "operated by Spindletop Gable Realty under TREC license #9018820.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "spindletopgable.twa.rentmanager.com": {
                "/": rm_web_access("Spindletop Gable Realty", footer="Beaumont, TX &middot; Rent Manager")
            },
        },
    )

    # the Buildium account goes by initials, "HBL Realty Partners"; the site's footer spells "Hart,
    # Bexar & Lomax Realty Partners, LLC - TREC #..." and its menu links the account. Initials on
    # portals: contract ("BVRS"); Buildium: code ids 15005069539, 56674311379
    co = "Southtown Bungalow Rentals"
    url = "https://hblrealtypartners.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "southtownbungalows.com",
        None,
        "high",
        {
            "southtownbungalows.com": {
                "/": pm_site(
                    co,
                    "<p>King William, Lavaca and Southtown bungalows for lease.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer="<p>Hart, Bexar &amp; Lomax Realty Partners, LLC &middot; TREC #9016402</p>",
                )
            },
            "hblrealtypartners.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "HBL Realty Partners", footer="San Antonio, TX &middot; Powered by Buildium"
                )
            },
        },
    )

    # "Celia Delgado-Whitt, owner & broker" on the brand's homepage; the agent gave the Rentvine portal
    # of "Delgado-Whitt Realty". "X, owner & broker": contract; Rentvine: code ids 69806609889, 7918228721
    co = "Temple Hearth Rentals"
    add(
        "live_portal",
        "Rentvine",
        co,
        "templehearthrentals.com",
        "https://delgadowhitt.rentvine.com/portals/resident/",
        "medium",
        {
            "templehearthrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Temple and Belton.</p><p>Questions? Call Celia Delgado-Whitt, owner &amp; "
                    "broker, at (254) 555-0117.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "delgadowhitt.rentvine.com": {"/portals/resident/": spa_shell("Delgado-Whitt Realty - Resident Portal")},
        },
    )

    # the site links its own Buildium account (named with its LLC, "(c) 2026 Cedar Gap Realty LLC") AND
    # a second Buildium account "for our commercial tenants", managed by an affiliate; the own one
    # settles it. Affiliate wording: contract; Buildium: code ids 15005069539, 56674311379
    co = "Abilene Elmwood Rentals"
    own = "https://cedargaprealty.managebuilding.com/Resident/portal/login"
    other = "https://catclawcommercial.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "abileneelmwood.com",
        None,
        "high",
        {
            "abileneelmwood.com": {
                "/": pm_site(
                    co,
                    f"<p>Homes for lease in Abilene.</p><a class='btn' href='{own}'>Resident Login</a>"
                    "<p>Commercial tenants: your leases are managed by our affiliate, Catclaw Commercial Advisors. "
                    f"<a href='{other}'>Commercial tenant portal</a></p>",
                    footer="&copy; 2026 Cedar Gap Realty LLC",
                )
            },
            "cedargaprealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Cedar Gap Realty LLC")},
            "catclawcommercial.managebuilding.com": {"/Resident/portal/login": buildium_rc("Catclaw Commercial Advisors")},
        },
    )

    # ======================= TRAPS: the other name is another company's, and the site mentions it

    # a "trusted partners" list naming an HOA manager; the agent took that manager's Buildium account
    # as the brand's. Partner lists: contract; https://www.marshillpropertymanagement.com/service/mars-hill-partner-club/
    co = "Georgetown San Gabriel Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "sangabrielrentals.com",
        "https://berrycreekam.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "sangabrielrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Georgetown and Sun City.</p><section><h2>Our trusted partners</h2><ul>"
                    "<li>Caliche Road Plumbing</li><li>Monarch Roofing of Texas</li><li>Berry Creek Association "
                    "Management (HOA liaison)</li></ul></section>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "berrycreekam.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Berry Creek Association Management", footer="Georgetown, TX")
            },
        },
    )

    # a sales brokerage's "Need a property manager? We recommend Hackberry Row Management"; the agent
    # gave that manager's AppFolio account. Referral-to-PM wording: https://trustymanager.com/referral-program
    co = "Sachse Hearthstone Realty"
    add(
        "live_portal",
        "AppFolio",
        co,
        "sachsehearthstone.com",
        "https://hackberryrow.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "sachsehearthstone.com": {
                "/": pm_site(
                    co,
                    "<p>Buying or selling in Sachse, Wylie and Murphy.</p><p>Need a property manager for your rental? "
                    "We recommend Hackberry Row Management.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "hackberryrow.appfolio.com": {"/connect/users/sign_in": appfolio_in("Hackberry Row Management")},
        },
    )

    # a sales brokerage that manages nothing recommends a property manager and links that manager's
    # AppFolio sign-in "for their residents"; no evidence given. Recommendation: https://trustymanager.com/referral-program
    # ambiguous: the contract's "merely mentions (a partner's)" -> no_pms_evidence; "sends its residents
    # to another company's portal" -> evidence_unverified. The site has no residents of its own -> no_pms_evidence.
    co = "Rockwall Shoreline Realty"
    url = "https://lavonbluffpm.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "rockwallshoreline.com",
        None,
        "no_pms_evidence",
        {
            "rockwallshoreline.com": {
                "/": pm_site(
                    co,
                    "<p>Lake Ray Hubbard homes for sale.</p><p>We don't manage rentals. For property management we "
                    f"recommend Lavon Bluff Property Management; their residents can <a href='{url}'>sign in here</a>.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "lavonbluffpm.appfolio.com": {"/connect/users/sign_in": appfolio_in("Lavon Bluff Property Management")},
        },
    )

    # "Commercial tenants: your lease is managed by our affiliate, Permian Ledger Commercial - pay
    # online here" is the site's only portal link (residents pay by check); no evidence given.
    # Affiliate wording: contract; Rent Manager web access: https://arcinvestments.com/resident-portal
    co = "Odessa Sunset Homes"
    url = "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=permianledger"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "odessasunsethomes.com",
        None,
        "evidence_unverified",
        {
            "odessasunsethomes.com": {
                "/": pm_site(
                    co,
                    "<p>Residential tenants: rent is paid by check or money order at our office.</p><p>Commercial "
                    f"tenants: your lease is managed by our affiliate, Permian Ledger Commercial. <a href='{url}'>"
                    "Pay online here</a>.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=permianledger": rm_web_access("Permian Ledger Commercial", footer="Odessa, TX")
            },
        },
    )

    # "Many of our homes were formerly managed by Medina Lake Realty Group"; the agent gave that former
    # manager's still-live Propertyware portal. Takeover notices: https://info.completerealtysolutionsstl.com/missing-informaiton
    co = "Bandera Hill Country Leasing"
    add(
        "live_portal",
        "Propertyware",
        co,
        "banderahcleasing.com",
        "https://app.propertyware.com/pw/portals/medinalakerg/tenant.action",
        "evidence_unverified",
        {
            "banderahcleasing.com": {
                "/": pm_site(
                    co,
                    "<p>Many of our homes were formerly managed by Medina Lake Realty Group. If you rented through "
                    "them, your lease has transferred to us; call (830) 555-0163 for your new login.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "app.propertyware.com": {"/pw/portals/medinalakerg/tenant.action": pw_tenant("Medina Lake Realty Group")},
        },
    )

    # the site's only portal link is the former manager's old Buildium account, kept open "for your
    # ledger history"; no evidence given. Takeover notices: https://info.completerealtysolutionsstl.com/missing-informaiton ;
    # https://www.appfolio.com/help/owner-portal ("no longer managed by this property manager")
    # ambiguous: the site sends its residents there (-> evidence_unverified) but only for history, and
    # names it as another company's (-> no_pms_evidence); the former manager's portal is never its own.
    co = "Hewitt Oak Lane Rentals"
    url = "https://speeglevillepc.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "hewittoaklane.com",
        None,
        "evidence_unverified",
        {
            "hewittoaklane.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Hewitt and Woodway.</p><p>Our homes were formerly managed by Speegleville "
                    "Property Co. Former Speegleville tenants can still view their ledger history on the "
                    f"<a href='{url}'>old resident portal</a> through June; new portal invitations are on the way.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "speeglevillepc.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Speegleville Property Co.", footer="Waco, TX")
            },
        },
    )

    # a client testimonial signed "Kent Ashby, Ashby Ridge Rentals"; the agent gave Ashby Ridge
    # Rentals' Buildium account. Testimonials: contract ("a client's testimonial")
    co = "Converse Live Oak Home Leasing"
    add(
        "live_portal",
        "Buildium",
        co,
        "converseliveoak.com",
        "https://ashbyridge.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "converseliveoak.com": {
                "/": pm_site(
                    co,
                    "<p>Leasing for homeowners in Converse, Universal City and Live Oak.</p><blockquote>&ldquo;They "
                    "took over the leasing of our 30 homes without a hitch.&rdquo; &mdash; Kent Ashby, Ashby Ridge "
                    "Rentals</blockquote>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "ashbyridge.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Ashby Ridge Rentals", footer="Universal City, TX")
            },
        },
    )

    # "Outside Brazoria County? We refer owners to our referral partner, Sugar Land Bayou Realty"; the
    # agent gave that partner's Buildium account. Referral partners: https://trustymanager.com/referral-program ,
    # https://www.marshillpropertymanagement.com/service/mars-hill-partner-club/
    co = "Pearland Magnolia Leasing"
    add(
        "live_portal",
        "Buildium",
        co,
        "pearlandmagnolia.com",
        "https://sugarlandbayou.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "pearlandmagnolia.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Pearland and Manvel.</p><p>Outside Brazoria County? We refer owners to our "
                    "referral partner, Sugar Land Bayou Realty.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "sugarlandbayou.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Sugar Land Bayou Realty", footer="Sugar Land, TX")
            },
        },
    )

    # a "Compare us" table "Heritage Oak 8% vs. Gilleland Creek Management 10%"; the agent gave the
    # competitor's AppFolio account. Comparison pages: no stored source; AppFolio: lead-domain notes
    co = "Pflugerville Heritage Oak Property Management"
    add(
        "live_portal",
        "AppFolio",
        co,
        "heritageoakpflugerville.com",
        "https://gillelandcreek.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "heritageoakpflugerville.com": {
                "/": pm_site(
                    co,
                    "<section><h2>Compare us</h2><table><tr><th></th><th>Heritage Oak</th><th>Gilleland Creek "
                    "Management</th></tr><tr><td>Management fee</td><td>8%</td><td>10%</td></tr><tr><td>Leasing fee"
                    "</td><td>50%</td><td>75%</td></tr></table></section>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "gillelandcreek.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Gilleland Creek Management", footer="Pflugerville, TX &middot; Powered by AppFolio Property Manager"
                )
            },
        },
    )

    # "Our sister brokerage, Copperleaf Realty Lubbock, serves the South Plains"; the agent gave the
    # Lubbock office's AppFolio account (Lubbock address) for the Abilene office. Two offices of one
    # brand: contract ("Bluestar Realty Hill Country" for "Bluestar Realty Belton")
    co = "Copperleaf Realty Abilene"
    add(
        "live_portal",
        "AppFolio",
        co,
        "copperleafabilene.com",
        "https://copperleaflubbock.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "copperleafabilene.com": {
                "/": pm_site(
                    co,
                    "<p>Property management for Abilene and Taylor County.</p><p>Our sister brokerage, Copperleaf "
                    "Realty Lubbock, serves the South Plains.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "copperleaflubbock.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Copperleaf Realty Lubbock",
                    footer="4902 34th St, Lubbock, TX 79410 &middot; Powered by AppFolio Property Manager",
                )
            },
        },
    )

    # the Amarillo office links its sister office's AppFolio sign-in "Renting in Canyon?"; its only
    # portal link; no evidence given. Sister offices: contract ("a sister office's" -> no_pms_evidence)
    co = "Juniper Gate Realty Amarillo"
    url = "https://junipergatecanyon.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "junipergateamarillo.com",
        None,
        "no_pms_evidence",
        {
            "junipergateamarillo.com": {
                "/": pm_site(
                    co,
                    "<p>Amarillo homes for lease. Residents: call (806) 555-0190 to pay rent.</p><p>Renting in Canyon? "
                    f"Those homes are handled by our sister office, Juniper Gate Realty Canyon: <a href='{url}'>"
                    "Canyon resident login</a>.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "junipergatecanyon.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(
                    "Juniper Gate Realty Canyon", footer="Canyon, TX &middot; Powered by AppFolio Property Manager"
                )
            },
        },
    )

    # "Leasing a home in Harbor Pointe? The HOA is managed by Flintrock Community Management"; the agent
    # gave that HOA manager's rmresident owner portal. HOA portals run by a management company:
    # https://portal.camsmgt.com/Home/FAQ ; rmresident: code ids 71127993591, 12765765418
    co = "Lakeway Harbor Leasing"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "lakewayharborleasing.com",
        "https://flintrockcm.rmresident.com/",
        "evidence_unverified",
        {
            "lakewayharborleasing.com": {
                "/": pm_site(
                    co,
                    "<p>Lake Travis homes for lease.</p><p>Leasing a home in Harbor Pointe? The HOA is managed by "
                    "Flintrock Community Management; owners pay association dues there.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "flintrockcm.rmresident.com": {
                "/": rm_resident(
                    "Flintrock Community Management", footer="Lakeway, TX &middot; Rent Manager", kind="Owner Portal"
                )
            },
        },
    )

    # a sales brokerage: "The rentals we list are managed by Sisterdale Creek Property Management.
    # Tenants: pay rent through their portal" with the link; no evidence given. Realtor-to-PM handoff:
    # https://trustymanager.com/referral-program ; Buildium: code ids 15005069539, 56674311379
    # ambiguous: the contract's "sends its residents to another company's portal" -> evidence_unverified;
    # "merely mentions (a partner's)" -> no_pms_evidence. The tenants are the listings' tenants -> evidence_unverified.
    co = "Boerne Hilltop Realty"
    url = "https://sisterdalecreekpm.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "boernehilltoprealty.com",
        None,
        "evidence_unverified",
        {
            "boernehilltoprealty.com": {
                "/": pm_site(
                    co,
                    "<p>Homes and acreage for sale in Kendall County.</p><p>The rentals we list are managed by "
                    f"Sisterdale Creek Property Management. Tenants: <a href='{url}'>pay rent through their portal</a>.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "sisterdalecreekpm.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Sisterdale Creek Property Management", footer="Boerne, TX")
            },
        },
    )

    # a franchise office: "Each Nestwell Rentals office is independently owned and operated ... Nestwell
    # Rentals Franchising, LLC"; the agent gave the franchisor's Rentvine account (a shared word).
    # Franchise wording: https://expressrpm.com/owners-handbook/rent-collection/ ,
    # https://www.franchisedirect.com/directory/realpropertymanagement/ufoc/2704 ; contract (franchisor)
    co = "Nestwell Rentals of Conroe"
    add(
        "live_portal",
        "Rentvine",
        co,
        "nestwellconroe.com",
        "https://nestwellfranchising.rentvine.com/portals/resident/",
        "evidence_unverified",
        {
            "nestwellconroe.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Conroe and Montgomery County.</p>",
                    footer="<p>Each Nestwell Rentals office is independently owned and operated. Nestwell Rentals is a "
                    "trademark of Nestwell Rentals Franchising, LLC.</p>",
                )
            },
            "nestwellfranchising.rentvine.com": {
                "/portals/resident/": spa_shell("Nestwell Rentals Franchising, LLC - Resident Portal")
            },
        },
    )

    # a banner "Denton Square Rentals is now part of Argyle Post Realty"; the agent gave the acquirer's
    # Buildium account. Acquisitions: contract ("now part of X"); takeover notices:
    # https://info.completerealtysolutionsstl.com/missing-informaiton
    co = "Denton Square Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "dentonsquarerentals.com",
        "https://argylepost.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "dentonsquarerentals.com": {
                "/": pm_site(
                    co,
                    "<div class='alert'>Denton Square Rentals is now part of Argyle Post Realty. Same team, new home."
                    "</div><p>Homes near UNT and TWU.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "argylepost.managebuilding.com": {"/Resident/portal/login": buildium_rc("Argyle Post Realty", footer="Argyle, TX")},
        },
    )

    # "Proud members & partners: Texas REALTORS - NARPM - Tin Star Flats Realty"; the agent gave the
    # partner's AppFolio account. Partner lists: contract ("a partner list")
    co = "Grapevine Vintage Leasing"
    add(
        "live_portal",
        "AppFolio",
        co,
        "grapevinevintageleasing.com",
        "https://tinstarflats.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "grapevinevintageleasing.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Grapevine and Colleyville.</p><section><h2>Proud members &amp; partners"
                    "</h2><ul><li>Texas REALTORS&reg;</li><li>NARPM</li><li>Tin Star Flats Realty</li></ul></section>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "tinstarflats.appfolio.com": {"/connect/users/sign_in": appfolio_in("Tin Star Flats Realty")},
        },
    )

    # an apartment community's own site says "Professionally managed by Sandcrane Residential", and so
    # does the rmresident portal the agent gave (titled with the community). Contract ("a community's
    # portal that says another company manages it"); rmresident: code ids 71127993591, 12765765418
    co = "The Lofts at Salado Mill"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "loftsatsaladomill.com",
        "https://saladomill.rmresident.com/",
        "evidence_unverified",
        {
            "loftsatsaladomill.com": {
                "/": pm_site(
                    co,
                    "<p>Studios, one- and two-bedroom lofts on Main Street, Salado.</p>",
                    footer="<p>Professionally managed by Sandcrane Residential</p>",
                    title=f"{co} | Apartments in Salado, TX",
                )
            },
            "saladomill.rmresident.com": {
                "/": rm_resident(co, footer="Professionally managed by Sandcrane Residential &middot; Rent Manager")
            },
        },
    )

    # a "Case study" on the homepage links the new Propertyware portal of a client it onboarded; no
    # other portal; no evidence. Case studies: contract ("a case study"); Propertyware: code ids 43611829219, 2781201612
    co = "Kyle Plum Creek Management"
    url = "https://app.propertyware.com/pw/portals/haysmercantile/tenant.action"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "kyleplumcreek.com",
        None,
        "no_pms_evidence",
        {
            "kyleplumcreek.com": {
                "/": pm_site(
                    co,
                    "<p>Leasing and make-ready services for Hays County landlords.</p><section><h2>Case study</h2>"
                    "<p>How we onboarded Hays Mercantile Rentals' 60 homes in two weeks, and set up "
                    f"<a href='{url}'>their new tenant portal</a>.</p></section>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "app.propertyware.com": {"/pw/portals/haysmercantile/tenant.action": pw_tenant("Hays Mercantile Rentals")},
        },
    )

    # a build-to-rent brand: "Leasing and management by our affiliate, Brushy Creek Residential
    # Services"; the agent gave the affiliate's Buildium account. Contract ("our rentals are managed
    # by our affiliate, X")
    co = "Leander Orchard Homes"
    add(
        "live_portal",
        "Buildium",
        co,
        "leanderorchardhomes.com",
        "https://brushycreekres.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "leanderorchardhomes.com": {
                "/": pm_site(
                    co,
                    "<p>A new build-to-rent neighborhood of 120 homes.</p><p>Leasing and management by our affiliate, "
                    "Brushy Creek Residential Services.</p>",
                    footer=f"&copy; 2026 {co}",
                )
            },
            "brushycreekres.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Brushy Creek Residential Services", footer="Cedar Park, TX")
            },
        },
    )

    # ======================= controls: ordinary rejections, each naming a second company

    # no_account: the footer's LLC "Guadalupe Ferry Realty LLC"; the agent guessed a Buildium account for
    # it, which redirects to Buildium's shared sign-in. Contract (redirect to a shared sign-in page)
    co = "Gonzales Come And Take Rentals"
    add(
        "no_account",
        "Buildium",
        co,
        "comeandtakerentals.com",
        "https://guadalupeferry.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "comeandtakerentals.com": {
                "/": pm_site(co, "<p>Homes for lease in Gonzales.</p>", footer="&copy; 2026 Guadalupe Ferry Realty LLC")
            },
            "guadalupeferry.managebuilding.com": {
                "/Resident/portal/login": redirect("https://signin.managebuilding.com/Resident/portal/global-login")
            },
        },
    )

    # stale_portal: "Parker County Lantern Realty LLC dba Weatherford Peach Row Rentals"; the menu still
    # links that LLC's AppFolio account, which now 404s. Contract (a live site linking a dead portal)
    co = "Weatherford Peach Row Rentals"
    url = "https://parkerlantern.appfolio.com/connect/users/sign_in"
    add(
        "stale_portal",
        "AppFolio",
        co,
        "peachrowrentals.com",
        None,
        "evidence_unverified",
        {
            "peachrowrentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Weatherford and Hudson Oaks.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer=f"&copy; 2026 Parker County Lantern Realty LLC dba {co}",
                )
            },
            "parkerlantern.appfolio.com": {
                "/connect/users/sign_in": raw(
                    404,
                    "<html><head><title>Page Not Found</title></head><body><h1>The page you were looking for doesn't "
                    "exist.</h1></body></html>",
                )
            },
        },
    )

    # vendor_wide: "Sam Houston Trail Realty, Broker"; its "Resident Center" link goes to Buildium's
    # shared resident sign-in, which names no account. Contract vendor table (signin.managebuilding.com)
    co = "Huntsville Piney Rentals"
    url = "https://signin.managebuilding.com/Resident/portal/global-login?lang=en-US"
    add(
        "vendor_wide",
        "Buildium",
        co,
        "huntsvillepiney.com",
        None,
        "no_pms_evidence",
        {
            "huntsvillepiney.com": {
                "/": pm_site(
                    co,
                    "<p>Rentals near Sam Houston State.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Sam Houston Trail Realty Resident Center</a>",
                    footer="<p>Sam Houston Trail Realty, Broker &middot; TREC #0633417</p>",
                )
            },
            "signin.managebuilding.com": {
                "/Resident/portal/global-login?lang=en-US": _login("Resident Center - Sign In", "Sign in to your Resident Center")
            },
        },
    )

    # asset: the footer shows the broker LLC's logo, served from AppFolio's image CDN; no account link.
    # Contract vendor table (images.cdn.appfolio.com)
    co = "Palo Pinto Lakeside Rentals"
    add(
        "asset",
        "AppFolio",
        co,
        "palopintolakeside.com",
        None,
        "no_pms_evidence",
        {
            "palopintolakeside.com": {
                "/": pm_site(
                    co,
                    "<p>Lake homes for lease near Possum Kingdom.</p>",
                    footer="<img src='https://images.cdn.appfolio.com/possumkingdomrealty/images/logo.png' "
                    "alt='Possum Kingdom Realty LLC'><p>Possum Kingdom Realty LLC</p>",
                )
            },
        },
    )

    # shared_signin: "Luling Oil Town Rentals is a dba of Caldwell Derrick LLC"; its tenant login is
    # TenantCloud's shared sign-in. Contract (shared sign-in: medium); TenantCloud: code id 67075514049
    co = "Luling Oil Town Rentals"
    url = "https://home.tenantcloud.com/auth/login?lang=en"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "lulingoiltownrentals.com",
        None,
        "medium",
        {
            "lulingoiltownrentals.com": {
                "/": pm_site(
                    co,
                    f"<p>Homes for lease in Luling.</p><a class='btn' href='{url}'>Tenant Login</a>",
                    footer=f"<p>{co} is a dba of Caldwell Derrick LLC.</p>",
                )
            },
            "home.tenantcloud.com": {"/auth/login?lang=en": _login("TenantCloud - Login", "Log in to TenantCloud")},
        },
    )

    # other_pms: a Buildium candidate whose footer says "Nolan County Windrow Realty LLC dba Sweetwater
    # Mesa Rentals" and whose menu links that LLC's live AppFolio account. Contract (pms_mismatch)
    co = "Sweetwater Mesa Rentals"
    url = "https://nolanwindrow.appfolio.com/connect/users/sign_in"
    add(
        "other_pms",
        "Buildium",
        co,
        "sweetwatermesarentals.com",
        None,
        "pms_mismatch",
        {
            "sweetwatermesarentals.com": {
                "/": pm_site(
                    co,
                    "<p>Homes for lease in Sweetwater and Roscoe.</p>",
                    nav=f"<a class='menu-item' href='{url}'>Resident Login</a>",
                    footer=f"&copy; 2026 Nolan County Windrow Realty LLC dba {co}",
                )
            },
            "nolanwindrow.appfolio.com": {"/connect/users/sign_in": appfolio_in("Nolan County Windrow Realty")},
        },
    )

    # parked: the domain redirects to a domain marketplace's sale page; the agent gave a live Buildium
    # account named with the broker LLC. Contract (parked sites: HugeDomains)
    co = "Brenham Bluebell Rentals"
    domain = "brenhambluebellrentals.com"
    add(
        "parked",
        "Buildium",
        co,
        domain,
        "https://washingtoncountylamp.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            domain: {"/": redirect(f"https://www.hugedomains.com/domain_profile.cfm?d={domain}")},
            "washingtoncountylamp.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Washington County Lamp Realty LLC", footer="Brenham, TX")
            },
        },
    )

    # bot_wall: the site ("(c) Offatts Bayou Residential LLC") links its community's Yardi portal, which
    # answers servers with a Cloudflare challenge (403). Contract (bot walls)
    co = "Galveston Strand Flats"
    url = "https://strandflats.securecafe.com/residentservices/galveston-strand-flats/userlogin.aspx"
    add(
        "bot_wall",
        "Yardi",
        co,
        "galvestonstrandflats.com",
        None,
        "unverifiable",
        {
            "galvestonstrandflats.com": {
                "/": pm_site(
                    co,
                    f"<p>Lofts on the Strand.</p><a class='btn' href='{url}'>Resident Portal</a>",
                    footer="&copy; 2026 Offatts Bayou Residential LLC",
                )
            },
            "strandflats.securecafe.com": {
                "/residentservices/galveston-strand-flats/userlogin.aspx": Reply(
                    403,
                    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div>Enable JavaScript "
                    "and cookies to continue</div><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'>"
                    "</script></body></html>",
                )
            },
        },
    )

    # dead_domain: the brand's domain has no address at all; the agent's Rentvine portal (named with the
    # broker LLC) is live. Contract (no such host)
    co = "Marfa Adobe Rentals"
    add(
        "dead_domain",
        "Rentvine",
        co,
        "marfaadoberentals.com",
        "https://presidiotrailrealty.rentvine.com/portals/resident/",
        "dead_domain",
        {"presidiotrailrealty.rentvine.com": {"/portals/resident/": spa_shell("Presidio Trail Realty - Resident Portal")}},
        unresolvable=("marfaadoberentals.com", "www.marfaadoberentals.com"),
    )

    # no_portal: "Broker: Sabinal Bluffs Realty - TREC #..." in the footer, no portal link anywhere, no
    # evidence. Contract (no_pms_evidence)
    co = "Uvalde Live Oak Leasing"
    add(
        "no_portal",
        "Buildium",
        co,
        "uvaldeliveoakleasing.com",
        None,
        "no_pms_evidence",
        {
            "uvaldeliveoakleasing.com": {
                "/": pm_site(
                    co,
                    "<p>Rent is paid by check or money order at our office, 119 N Getty St.</p>",
                    footer=f"<p>Broker: Sabinal Bluffs Realty &middot; TREC #0640021</p><p>{trec_links()}</p>",
                )
            },
        },
    )

    return cases


HOLDOUT11: list[Case] = _holdout11()
