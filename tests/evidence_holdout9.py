"""A NINTH BLIND held-out corpus for the live checks, written to MEASURE OVER-REJECTION on portal
NAMES: about 70% of its cases are real leads whose account portal shows a name that is not simply
the company's brand (the legal entity, with or without the site naming it in a TREC broker-of-record
line, "Owned and operated by", "a member of the X family of companies", a copyright line, "Licensed
broker: X", an About page; the owner's full name; an old brand with or without a rename notice; an
abbreviation or initials; the parent of the brand; the brand of a parent whose site the candidate
is; a portal titled only with a city or only with generic words; a logo-only portal), about 20%
traps whose portal is not the company's (a neighbour office of the same franchise brand, the
franchisor's account, an acquirer's or an affiliate's portal, a community managed by someone else,
a vendor demo account, a partner's or sister company's portal, a same-named firm in Louisiana, a
former account now managed by another firm, a competitor the site only mentions), and about 10%
controls in the remaining classes. Labelled by what a careful person concludes from the pages as
served (docs/live-checks.md is the contract), written without reading the checks and without
running them. Same `Case` shape as tests/evidence_corpus.py, so `run_corpus(HOLDOUT9)` judges it
(requested state: TX).

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes and wording style); company names, accounts and domains are
made up. Each case carries a one-line comment naming the real shape and where it was seen.
`# ambiguous:` marks labels where the contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import Case, Collector, _login, spa_shell
from fake_web import Reply, doc, everywhere, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------

TREC_LINKS = (
    "<p class='trec'><a href='https://www.trec.texas.gov/forms/consumer-protection-notice' target='_blank'>"
    "Texas Real Estate Commission Consumer Protection Notice</a><br><a href='/wp-content/uploads/iabs.pdf' "
    "target='_blank'>Texas Real Estate Commission Information About Brokerage Services</a></p>"
)


def tx_home(
    brand: str,
    body: str,
    *,
    legal: str = "",
    nav: str = "",
    title: str | None = None,
    lang: str = "en-US",
) -> dict[str, Reply]:
    """A Texas property manager's homepage: a logo line, a menu, the body, a footer with the TREC
    notices (every Texas broker's homepage links them) and a legal line (default: a copyright)."""
    footer = f"<p>{legal or f'&copy; 2026 {brand}. All rights reserved.'}</p>{TREC_LINKS}"
    html = (
        f"<header><a class='logo' href='/'>{brand}</a><nav><a href='/'>Home</a><a href='/rentals'>Available Homes</a>"
        f"<a href='/owners'>Owners</a>{nav}<a href='/contact'>Contact</a></nav></header><main>{body}</main>"
        f"<footer>{footer}</footer>"
    )
    return {
        "/": doc(
            title or f"{brand} | Property Management", "<meta name='viewport' content='width=device-width'>", html, lang=lang
        )
    }


def buildium_rc(co: str, *, title: str | None = None, heading: str | None = None, notice: str = "", footer: str = "") -> Reply:
    """A Buildium Resident Center sign-in: the account's name in the title and the heading."""
    return _login(
        title or f"{co} - Resident Center",
        heading or f"{co} Resident Center",
        user="Email",
        extra=notice,
        footer=footer or "Powered by Buildium",
    )


def appfolio_signin(heading: str, *, title: str = "Online Portal - Sign In", extra: str = "", footer: str = "") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name (or its logo) as the heading."""
    return _login(title, heading, user="user[email]", extra=extra, footer=footer or "Powered by AppFolio Property Manager")


def appfolio_logo(acct: str, alt: str) -> str:
    """The account's logo where AppFolio's sign-in shows the company (no text name)."""
    return f"<img class='company-logo' src='https://images.cdn.appfolio.com/{acct}/images/logo/medium.png' alt='{alt}'>"


def rm_web_access(co: str, *, footer: str = "") -> Reply:
    """Rent Manager's Resident Web Access sign-in, welcoming residents in the account's name."""
    return _login(
        "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer=footer or "Rent Manager"
    )


def rm_resident(co: str) -> Reply:
    """An rmresident.com resident portal titled with the account's name."""
    return _login(f"{co} - Resident Portal", co, user="Username", footer="Powered by Rent Manager")


def pw_portal(title: str) -> Reply:
    """A Propertyware tenant portal: the account's name only in the title."""
    return _login(title, "Tenant Portal Login", footer="Propertyware")


def rentec_portal(co: str) -> Reply:
    """A Rentec Direct account's tenant sign-in on its own sub-domain."""
    return _login("Tenant Login | Rentec Direct", f"{co} Tenant Login", footer="Property management software by Rentec Direct")


def tc_listings(co: str, homes: str) -> Reply:
    """A TenantCloud account's public listings page, headed with the landlord's name."""
    return page(
        f"<header><h1>{co}</h1></header><main><h2>Available Rentals</h2><ul>{homes}</ul></main>"
        "<footer>Powered by TenantCloud</footer>",
        title=f"{co} - Rentals",
    )


def notice(text: str) -> str:
    return f"<div class='alert alert-warning' role='alert'>{text}</div>"


def _holdout9() -> list[Case]:
    collector = Collector("holdout9-")
    cases, add = collector.cases, collector.add

    # ============ REAL LEADS, live_portal: the agent's live portal, the site links none -> medium

    # the Buildium portal names the legal entity "Kubala Family Holdings LLC"; the brand's homepage
    # footer gives it as the broker of record next to the TREC notices. TREC footer links:
    # https://www.trec.texas.gov/article/flexibility-added-posting-link-iabs-and-consumer-protection-notices
    # and code id 71502439563; Buildium login: code ids 15005069539, 56674311379
    co = "Flatonia Rent Homes"
    add(
        "live_portal",
        "Buildium",
        co,
        "flatoniarenthomes.com",
        "https://kubalaholdings.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "flatoniarenthomes.com": tx_home(
                co,
                "<h1>Rent homes in Flatonia, Schulenburg &amp; Fayette County</h1><p>Call (361) 555-0141.</p>",
                legal="Broker of record: Kubala Family Holdings, LLC &middot; TREC License #9012871",
            ),
            "kubalaholdings.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Kubala Family Holdings LLC"),
            },
        },
    )

    # the AppFolio sign-in heading is the corporation "Mikeska Realty Group, Inc."; the brand's homepage
    # says "Owned and operated by Mikeska Realty Group, Inc.". AppFolio sign-in: lead-domain notes
    # (AppFolio row), code id 37832702597; "owned and operated" line: no stored source
    co = "Yoakum Homes & Leasing"
    add(
        "live_portal",
        "AppFolio",
        co,
        "yoakumhomesleasing.com",
        "https://mikeskarealty.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "yoakumhomesleasing.com": tx_home(
                "Yoakum Homes &amp; Leasing",
                "<h1>Homes for lease in Yoakum, Hallettsville and Shiner</h1>"
                "<p>Owned and operated by Mikeska Realty Group, Inc. since 1989.</p>",
            ),
            "mikeskarealty.appfolio.com": {"/connect/users/sign_in": appfolio_signin("Mikeska Realty Group, Inc.")},
        },
    )

    # the Rent Manager web access welcomes residents in the LLC's name; the brand's copyright line is
    # "(c) 2026 Coleto Creek Investments LLC d/b/a Cuero Rental Homes". twa account hosts: contract
    # vendor table; copyright-with-LLC footers: https://fsrealtytx.com/consumer-protection-notice
    co = "Cuero Rental Homes"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "cuerorentalhomes.com",
        "https://coletocreek.twa.rentmanager.com/",
        "medium",
        {
            "cuerorentalhomes.com": tx_home(
                co,
                "<h1>Houses and duplexes for rent in Cuero, TX</h1><p>Office: 212 N Esplanade St, Cuero, TX 77954.</p>",
                legal="&copy; 2026 Coleto Creek Investments LLC d/b/a Cuero Rental Homes. All rights reserved.",
            ),
            "coletocreek.twa.rentmanager.com": {"/": rm_web_access("Coleto Creek Investments LLC")},
        },
    )

    # the owner's full name: the Propertyware portal is titled "Darlene Vrana - Tenant Portal"; the
    # homepage hero introduces Darlene Vrana as broker/owner. Owner's-name site with a PM portal:
    # code id 70401823354; Propertyware portal path: code ids 43611829219, 2781201612
    co = "Hallettsville Property Management"
    add(
        "live_portal",
        "Propertyware",
        co,
        "hallettsvillepm.com",
        "https://app.propertyware.com/pw/portals/dvrana/tenant.action",
        "medium",
        {
            "hallettsvillepm.com": tx_home(
                co,
                "<section class='hero'><h1>Lavaca County's hometown property manager</h1><p>Darlene Vrana, Broker/Owner "
                "&mdash; managing rentals in Hallettsville since 1996.</p></section>",
            ),
            "app.propertyware.com": {"/pw/portals/dvrana/tenant.action": pw_portal("Darlene Vrana - Tenant Portal")},
        },
    )

    # an old brand with a rename notice: the Rentvine portal still says "Bellville Country Homes"; the
    # homepage banner reads "Sealy Lane Residential (formerly Bellville Country Homes): same team, new
    # name". Rentvine portals: code ids 7918228721, 69390595162; rename banner: no stored source
    co = "Sealy Lane Residential"
    add(
        "live_portal",
        "Rentvine",
        co,
        "sealylaneresidential.com",
        "https://bellvillecountry.rentvine.com/portals/resident/",
        "medium",
        {
            "sealylaneresidential.com": tx_home(
                co,
                "<div class='banner'>We have a new name! Sealy Lane Residential (formerly Bellville Country Homes): same "
                "team, same phone number, new name.</div><h1>Austin County rentals</h1>",
            ),
            "bellvillecountry.rentvine.com": {"/portals/resident/": spa_shell("Bellville Country Homes - Resident Portal")},
        },
    )

    # initials and an abbreviation: the DoorLoop app shell is titled "T&F Property Mgmt" for
    # "Teague & Fairfield Property Management"; the homepage never writes "T&F". DoorLoop account
    # host: lead-domain notes (DoorLoop row), code id 56748510409; initials: docs/live-checks.md
    co = "Teague & Fairfield Property Management"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "teaguefairfieldpm.com",
        "https://tfpropmgmt.app.doorloop.com/tenant-portal/login",
        "medium",
        {
            "teaguefairfieldpm.com": tx_home(
                "Teague &amp; Fairfield Property Management",
                "<h1>Freestone County rentals</h1><p>Offices on Main St in Teague and Commerce St in Fairfield.</p>",
            ),
            "tfpropmgmt.app.doorloop.com": {"/tenant-portal/login": spa_shell("T&amp;F Property Mgmt | Tenant Portal")},
        },
    )

    # the TenantCloud account's public listings are headed with the owner-broker's name, "Rodney
    # Pruitt"; the brand's homepage names him as owner and broker. TenantCloud listings: code ids
    # 67075514049, 71509213841; owner-named sites: code id 70401823354
    co = "Coldspring Lakeside Rentals"
    add(
        "live_portal",
        "TenantCloud",
        co,
        "coldspringlakesiderentals.com",
        "https://rpruitt.tenantcloud.com/listings",
        "medium",
        {
            "coldspringlakesiderentals.com": tx_home(
                co,
                "<h1>Lake Livingston &amp; Coldspring rentals</h1><p>Rodney Pruitt, owner &amp; broker. Call or text "
                "(936) 555-0177.</p>",
            ),
            "rpruitt.tenantcloud.com": {
                "/listings": tc_listings("Rodney Pruitt", "<li>3 bd / 2 ba lake cottage, Coldspring &ndash; $1,450</li>")
            },
        },
    )

    # a portal titled only with the city: "Kountze Resident Center" for Village Creek Home Rentals,
    # whose homepage gives its Kountze office. Buildium login: code ids 15005069539, 56674311379;
    # city-named portals: no stored source
    co = "Village Creek Home Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "villagecreekhomerentals.com",
        "https://vchr.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "villagecreekhomerentals.com": tx_home(
                co, "<h1>Hardin County homes for rent</h1><p>Our office: 410 Pine St, Kountze, TX 77625.</p>"
            ),
            "vchr.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Kountze", title="Kountze Resident Center", heading="Welcome to the Kountze Resident Center"
                ),
            },
        },
    )

    # a logo-only AppFolio sign-in whose logo's alt text is just "Company logo": no name at all.
    # AppFolio sign-in with the customer's logo: lead-domain notes (AppFolio row); alt text: no stored source
    co = "Sour Lake Leasing Co."
    add(
        "live_portal",
        "AppFolio",
        co,
        "sourlakeleasing.com",
        "https://slleasing.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "sourlakeleasing.com": tx_home(co, "<h1>Sour Lake &amp; Hardin County rentals</h1><p>(409) 555-0162</p>"),
            "slleasing.appfolio.com": {"/connect/users/sign_in": appfolio_signin(appfolio_logo("slleasing", "Company logo"))},
        },
    )

    # d/b/a: a Rentec Direct account sub-domain names "Anahuac Bay Properties"; the homepage says
    # "Chambers County Rentals is a d/b/a of Anahuac Bay Properties LLC". Rentec account hosts:
    # contract vendor table, code ids 55323161231, 12868925588; d/b/a line: no stored source
    co = "Chambers County Rentals"
    add(
        "live_portal",
        "Rentec Direct",
        co,
        "chamberscountyrentals.com",
        "https://anahuacbay.rentecdirect.com/tenants/",
        "medium",
        {
            "chamberscountyrentals.com": tx_home(
                co,
                "<h1>Rentals in Anahuac, Winnie and Mont Belvieu</h1><p>Chambers County Rentals is a d/b/a of Anahuac "
                "Bay Properties LLC.</p>",
            ),
            "anahuacbay.rentecdirect.com": {"/tenants/": rentec_portal("Anahuac Bay Properties")},
        },
    )

    # the parent company of the brand: the rmresident portal is "Caney Creek Companies"; the brand's
    # footer says it is "a member of the Caney Creek Companies family". rmresident hosts: code ids
    # 12765765418, 16979742239; "family of companies" footers: no stored source
    co = "Wharton Home Rentals"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "whartonhomerentals.com",
        "https://caneycreekcos.rmresident.com/",
        "medium",
        {
            "whartonhomerentals.com": tx_home(
                co,
                "<h1>Homes for rent in Wharton and El Campo</h1>",
                legal="&copy; 2026 Wharton Home Rentals, a member of the Caney Creek Companies family.",
            ),
            "caneycreekcos.rmresident.com": {"/": rm_resident("Caney Creek Companies")},
        },
    )

    # the legal entity is named only on the About page ("Crockett Street Leasing is the leasing and
    # management brand of Piney Curve Holdings LLC"); the Propertyware portal is titled with the LLC.
    # About-page ownership sentences: https://www.texasrenters.com/faq_page/ (licence in an inner page);
    # Propertyware: code ids 43611829219, 2781201612
    # ambiguous: the contract names the HOMEPAGE as what vouches for an unlinked portal's other name;
    # the company's own About page says it plainly, so a careful person accepts -> medium.
    co = "Crockett Street Leasing"
    add(
        "live_portal",
        "Propertyware",
        co,
        "crockettstreetleasing.com",
        "https://app.propertyware.com/pw/portals/pineycurve/tenant.action",
        "medium",
        {
            "crockettstreetleasing.com": {
                **tx_home(co, "<h1>Beaumont apartments &amp; homes</h1><p><a href='/about'>About Us</a></p>"),
                "/about": page(
                    "<h1>About Us</h1><p>Crockett Street Leasing is the leasing and management brand of Piney Curve "
                    "Holdings LLC, a Beaumont family business since 1971.</p>",
                    title="About Us | Crockett Street Leasing",
                ),
            },
            "app.propertyware.com": {
                "/pw/portals/pineycurve/tenant.action": pw_portal("Piney Curve Holdings LLC - Tenant Portal"),
            },
        },
    )

    # the sponsoring broker's name on the portal: the homepage says "Licensed broker: Timpson Land &
    # Realty, TREC #0567231"; the Buildium portal is the broker's. Broker sponsorship of PM companies:
    # https://agents.texasbrokersponsor.com/pm-sponsorship/resources/texas-property-management-broker-sponsorship-guide
    # ambiguous: the homepage names the broker as its licence holder, not as "us"; a careful person
    # reads the broker of record as the firm acting for the brand -> medium.
    co = "Garrison Rent Houses"
    add(
        "live_portal",
        "Buildium",
        co,
        "garrisonrenthouses.com",
        "https://timpsonlandrealty.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "garrisonrenthouses.com": tx_home(
                co,
                "<h1>Rent houses in Garrison, Timpson and Nacogdoches County</h1>",
                legal="Licensed broker: Timpson Land &amp; Realty, TREC #0567231",
            ),
            "timpsonlandrealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Timpson Land &amp; Realty")},
        },
    )

    # a community's ResMan portal whose footer says who OWNS it ("owned by Redland Multifamily Fund II,
    # LP"), not that another firm manages it; the candidate is the community. ResMan SignIn/<abbr>:
    # code ids 7932052185, 62975635575; community portals: https://www.rdecapitalgroup.com/resources/
    co = "Attoyac Bluff Apartments"
    add(
        "live_portal",
        "ResMan",
        co,
        "attoyacbluffapts.com",
        "https://attoyacbluff.myresman.com/Portal/Access/SignIn/ABA",
        "medium",
        {
            "attoyacbluffapts.com": tx_home(co, "<h1>1 &amp; 2 bedroom apartments in Nacogdoches</h1>", title=co),
            "attoyacbluff.myresman.com": {
                "/Portal/Access/SignIn/ABA": _login(
                    "ResMan Resident Portal - Sign In",
                    co,
                    user="Email",
                    footer=f"{co} is owned by Redland Multifamily Fund II, LP &middot; Powered by ResMan",
                )
            },
        },
    )

    # a Spanish-language homepage: "Casas del Lago Falcon es una marca de Zapata Ventures LLC"; the
    # Buildium portal names Zapata Ventures LLC. Spanish Texas PM sites: pages search ("administración
    # de propiedades Texas"); Buildium: code ids 15005069539, 56674311379
    co = "Casas del Lago Falcon"
    add(
        "live_portal",
        "Buildium",
        co,
        "casaslagofalcon.com",
        "https://zapataventures.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "casaslagofalcon.com": tx_home(
                co,
                "<h1>Casas en renta en Zapata y San Ygnacio</h1><p>Casas del Lago Falcon es una marca de Zapata Ventures "
                "LLC, corredor con licencia de TREC. Llámenos: (956) 555-0190.</p>",
                title="Casas del Lago Falcon | Renta de Casas en Zapata, TX",
                lang="es",
                legal="&copy; 2026 Zapata Ventures LLC. Todos los derechos reservados.",
            ),
            "zapataventures.managebuilding.com": {"/Resident/portal/login": buildium_rc("Zapata Ventures LLC")},
        },
    )

    # ============ REAL LEADS, site_links_portal: the site links its live portal -> high

    # the legal entity shares the brand's distinctive word ("Tenaha Residential Holdings LLC" for
    # Tenaha Rentals); the menu links it; the site never writes the LLC. Buildium menu links: code ids
    # 41570660996, 1855114382
    co = "Tenaha Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "tenaharentals.com",
        None,
        "high",
        {
            "tenaharentals.com": tx_home(
                co,
                "<h1>Shelby County rentals</h1>",
                nav="<a href='https://tenaharesidential.managebuilding.com/Resident/portal/login'>Resident Login</a>",
            ),
            "tenaharesidential.managebuilding.com": {"/Resident/portal/login": buildium_rc("Tenaha Residential Holdings LLC")},
        },
    )

    # the AppFolio heading is the broker LLC "Ramsey-Oliver Realty LLC" (no word shared with the brand);
    # the footer gives it as the broker with its licence number and a "Pay Rent" button with AppFolio
    # site parameters. AppFolio pay-rent parameters: lead-domain notes; TREC footers: code id 28467323117
    co = "Lake Livingston Homes"
    url = "https://ramseyoliver.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "lakelivingstonhomes.com",
        None,
        "high",
        {
            "lakelivingstonhomes.com": tx_home(
                co,
                f"<h1>Onalaska &amp; Livingston lake homes for lease</h1><div class='cta'><a class='btn' href='{url}'>"
                "Pay Rent</a></div>",
                legal="Broker: Ramsey-Oliver Realty LLC &middot; License #9009876 &middot; &copy; 2026 Lake Livingston Homes",
            ),
            "ramseyoliver.appfolio.com": {
                "/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button": appfolio_signin(
                    "Ramsey-Oliver Realty LLC"
                )
            },
        },
    )

    # "Owned and operated by Wells Family Partners, Ltd." on the homepage; an onclick "Pay Rent" button
    # opens the Rent Manager web access for the partnership's corpid. Web-access corpid shape: contract
    # vendor table; Ltd. partnerships: no stored source
    co = "Rusk Home Rentals"
    url = "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=wellsfamily"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "ruskhomerentals.com",
        None,
        "high",
        {
            "ruskhomerentals.com": tx_home(
                co,
                f"<h1>Cherokee County homes for rent</h1><p>Owned and operated by Wells Family Partners, Ltd.</p>"
                f"<button type='button' onclick=\"window.location.href='{url}'\">Pay Rent</button>",
            ),
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=wellsfamily": rm_web_access("Wells Family Partners, Ltd.")
            },
        },
    )

    # d/b/a: "Love's Lookout Rentals is a d/b/a of Neches Bluff Realty, Inc."; the menu links the
    # Propertyware portal titled with the corporation, and the agent gave that same URL. Propertyware:
    # code ids 43611829219, 2781201612; d/b/a lines: no stored source
    co = "Love's Lookout Rentals"
    url = "https://app.propertyware.com/pw/portals/nechesbluff/tenant.action"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "loveslookoutrentals.com",
        url,
        "high",
        {
            "loveslookoutrentals.com": tx_home(
                "Love&#39;s Lookout Rentals",
                "<h1>Jacksonville, TX rentals</h1><p>Love's Lookout Rentals is a d/b/a of Neches Bluff Realty, Inc.</p>",
                nav=f"<a href='{url}'>Tenant Portal</a>",
            ),
            "app.propertyware.com": {
                "/pw/portals/nechesbluff/tenant.action": pw_portal("Neches Bluff Realty, Inc. - Tenant Portal")
            },
        },
    )

    # "A member of The Palestine Group family of companies" in the footer; the footer links the Rentvine
    # portal named for the group. Rentvine links: code ids 7918228721, 69820497848
    co = "Dogwood Trails Leasing"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "dogwoodtrailsleasing.com",
        None,
        "high",
        {
            "dogwoodtrailsleasing.com": tx_home(
                co,
                "<h1>Anderson County rentals</h1>",
                legal="<a href='https://palestinegroup.rentvine.com/portals/resident/'>Resident Portal</a> &middot; "
                "Dogwood Trails Leasing is a member of The Palestine Group family of companies.",
            ),
            "palestinegroup.rentvine.com": {"/portals/resident/": spa_shell("The Palestine Group - Resident Portal")},
        },
    )

    # an old brand with a rename notice: "Frankston Lakehouse Rentals (formerly Mount Selman Leasing)"
    # links the DoorLoop portal still titled with the old brand. DoorLoop: code id 56748510409; rename
    # wording: no stored source
    co = "Frankston Lakehouse Rentals"
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "frankstonlakehouserentals.com",
        None,
        "high",
        {
            "frankstonlakehouserentals.com": tx_home(
                co,
                "<h1>Frankston Lakehouse Rentals <small>(formerly Mount Selman Leasing)</small></h1>"
                "<a class='btn' href='https://mountselmanleasing.app.doorloop.com/tenant-portal/login'>Tenant Login</a>",
            ),
            "mountselmanleasing.app.doorloop.com": {"/tenant-portal/login": spa_shell("Mount Selman Leasing - Tenant Portal")},
        },
    )

    # an old brand WITHOUT any notice: the header's "Resident Portal" opens an AppFolio account headed
    # "Mud Creek Realty"; nothing on the site says that name. AppFolio header links: code ids 37832702597,
    # 17298088035
    # ambiguous: the portal names another company and the site never vouches for it; but the site sends
    # its own residents there from its own header, which a careful person reads as its own -> high.
    co = "Alto Creek Homes"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "altocreekhomes.com",
        None,
        "high",
        {
            "altocreekhomes.com": tx_home(
                co,
                "<h1>Homes for rent in Alto, Rusk and Wells</h1>",
                nav="<a href='https://mudcreekrealty.appfolio.com/connect/users/sign_in'>Resident Portal</a>",
            ),
            "mudcreekrealty.appfolio.com": {"/connect/users/sign_in": appfolio_signin("Mud Creek Realty")},
        },
    )

    # the owner's full name: the hero introduces "Lorraine Castañeda, Broker & Owner"; the menu links
    # the Buildium portal titled "Lorraine Castaneda" (no tilde). Owner-named portal: code id 70401823354
    co = "La Feria Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "laferiarentals.com",
        None,
        "high",
        {
            "laferiarentals.com": tx_home(
                co,
                "<section class='hero'><h1>Valley homes for rent</h1><p>Lorraine Casta&ntilde;eda, Broker &amp; Owner</p>"
                "</section>",
                nav="<a href='https://lcastaneda.managebuilding.com/Resident/portal/login'>Tenant Login</a>",
            ),
            "lcastaneda.managebuilding.com": {"/Resident/portal/login": buildium_rc("Lorraine Castaneda")},
        },
    )

    # "a division of Arroyo Colorado Holdings" on the homepage; the portal link sits on the inner
    # /residents page, to an AppFolio account headed with the parent. AppFolio: lead-domain notes;
    # residents pages: https://propertynb.com/tenant-portal
    co = "Laguna Madre Rentals"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "lagunamadrerentals.com",
        None,
        "high",
        {
            "lagunamadrerentals.com": {
                **tx_home(
                    co,
                    "<h1>Port Isabel &amp; Laguna Vista rentals</h1><p>Laguna Madre Rentals is a division of Arroyo "
                    "Colorado Holdings.</p>",
                    nav="<a href='/residents'>Residents</a>",
                ),
                "/residents": page(
                    "<h1>Residents</h1><p>Pay rent and request maintenance online.</p>"
                    "<a class='btn' href='https://arroyocolorado.appfolio.com/connect'>Access Account</a>",
                    title="Residents | Laguna Madre Rentals",
                ),
            },
            "arroyocolorado.appfolio.com": {"/connect": appfolio_signin("Arroyo Colorado Holdings")},
        },
    )

    # the candidate is the PARENT: Hempstead Capital Partners' site says its homes are managed under
    # "our own property-management brand, Waller Creek Homes" and links that brand's rmresident portal.
    # rmresident hosts: code ids 12765765418, 16979742239; holding-company sites: no stored source
    co = "Hempstead Capital Partners"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "hempsteadcapital.com",
        None,
        "high",
        {
            "hempsteadcapital.com": tx_home(
                co,
                "<h1>Residential real estate in Waller County</h1><p>Our single-family homes are leased and managed "
                "under our own property-management brand, Waller Creek Homes.</p>",
                nav="<a href='https://wallercreekhomes.rmresident.com/'>Resident Login</a>",
                title="Hempstead Capital Partners",
            ),
            "wallercreekhomes.rmresident.com": {"/": rm_resident("Waller Creek Homes")},
        },
    )

    # a portal titled only with the office's city ("Pearsall Resident Portal") for Brush Country
    # Property Management, whose Pearsall office is on its homepage. Rentvine: code ids 7918228721,
    # 69390595162; city-named portals: no stored source
    co = "Brush Country Property Management"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "brushcountrypm.com",
        None,
        "high",
        {
            "brushcountrypm.com": tx_home(
                co,
                "<h1>Frio &amp; Atascosa County rentals</h1><p>Office: 301 S Oak St, Pearsall, TX 78061</p>",
                nav="<a href='https://bcpm.rentvine.com/portals/resident/'>Residents</a>",
            ),
            "bcpm.rentvine.com": {"/portals/resident/": spa_shell("Pearsall Resident Portal")},
        },
    )

    # a portal with only generic words: title and heading "Resident Center", no name anywhere. Buildium
    # login: code ids 15005069539, 56674311379; generic portal pages: https://www.platinumrentalproperty.com/pay-rent
    co = "Hearne Depot Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "hearnedepotrentals.com",
        None,
        "high",
        {
            "hearnedepotrentals.com": tx_home(
                co,
                "<h1>Robertson County rentals</h1>"
                "<a class='btn' href='https://hdrentals.managebuilding.com/Resident/portal/login'>Pay Rent</a>",
            ),
            "hdrentals.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("", title="Resident Center", heading="Resident Center"),
            },
        },
    )

    # a logo-only AppFolio sign-in whose logo alt is the LLC of the site's copyright line ("(c) 2026 Cow
    # Bayou Properties, LLC"); the agent gave the same URL the header links. Copyright-with-LLC
    # footers: https://fsrealtytx.com/consumer-protection-notice; AppFolio: code id 4696858188
    co = "Bridge City Rentals"
    url = "https://cowbayou.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "bridgecityrentals-tx.com",
        url,
        "high",
        {
            "bridgecityrentals-tx.com": tx_home(
                co,
                "<h1>Orange County, TX homes for rent</h1>",
                nav=f"<a href='{url}'>Resident Login</a>",
                legal="&copy; 2026 Cow Bayou Properties, LLC. All rights reserved.",
            ),
            "cowbayou.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(appfolio_logo("cowbayou", "Cow Bayou Properties, LLC"))
            },
        },
    )

    # initials with a legal suffix: "TRPM, LLC" for Trinity River Property Management. Initials-named
    # accounts: code id 4855991849 (marblestonepg), code id 17298088035 (kwpm)
    co = "Trinity River Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "trinityriverpm-tx.com",
        None,
        "high",
        {
            "trinityriverpm-tx.com": tx_home(
                co,
                "<h1>Liberty &amp; Dayton rentals</h1>",
                legal="<a href='https://trpm.managebuilding.com/Resident/portal/login'>Resident Center</a> &middot; "
                "&copy; 2026 Trinity River Property Management",
            ),
            "trpm.managebuilding.com": {"/Resident/portal/login": buildium_rc("TRPM, LLC")},
        },
    )

    # an abbreviated word: the Propertyware portal says "Ft. Davis Rentals" for Fort Davis Rentals.
    # Propertyware: code ids 43611829219, 2781201612; "Ft." spellings: no stored source
    co = "Fort Davis Rentals"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "fortdavisrentals.com",
        None,
        "high",
        {
            "fortdavisrentals.com": tx_home(
                co,
                "<h1>Davis Mountains cabins and homes for lease</h1>"
                "<a href='https://app.propertyware.com/pw/portals/ftdavis/tenant.action'>Tenant Portal</a>",
            ),
            "app.propertyware.com": {"/pw/portals/ftdavis/tenant.action": pw_portal("Ft. Davis Rentals - Tenant Portal")},
        },
    )

    # a copyright line names the LLC ("(c) 2026 Santa Clara Creek Holdings, LLC. All rights reserved.");
    # a footer button links the Buildium portal titled with it. Footer buttons: code id 1855114382;
    # copyright lines: https://fsrealtytx.com/consumer-protection-notice
    co = "Marion Rent Homes"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "marionrenthomes.com",
        None,
        "high",
        {
            "marionrenthomes.com": tx_home(
                co,
                "<h1>Guadalupe County homes for rent</h1><div class='footer-cta'><a class='btn' target='_blank' "
                "href='https://santaclaracreek.managebuilding.com/Resident/portal/login'>Pay Rent Online</a></div>",
                legal="&copy; 2026 Santa Clara Creek Holdings, LLC. All rights reserved.",
            ),
            "santaclaracreek.managebuilding.com": {"/Resident/portal/login": buildium_rc("Santa Clara Creek Holdings, LLC")},
        },
    )

    # "Owned by the Dubina family since 1978"; the menu links an AppFolio account headed "Dubina
    # Properties" (the family name is the shared word). AppFolio: code id 37832702597; family-owned
    # wording: no stored source
    co = "Ellinger Rentals"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "ellingerrentals.com",
        None,
        "high",
        {
            "ellingerrentals.com": tx_home(
                co,
                "<h1>Fayette County farmhouses and homes</h1><p>Owned by the Dubina family since 1978.</p>",
                nav="<a href='https://dubinaproperties.appfolio.com/connect'>Tenants</a>",
            ),
            "dubinaproperties.appfolio.com": {"/connect": appfolio_signin("Dubina Properties")},
        },
    )

    # "Licensed broker: Hranicky Realty, TREC #0456112" in the footer; the agent gave the Buildium
    # portal the menu links, titled with the broker. Licence lines on PM sites:
    # https://www.texasrenters.com/faq_page/; Buildium: code ids 15005069539, 56674311379
    co = "Schulenburg Rentals"
    url = "https://hranickyrealty.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "schulenburgrentals.com",
        url,
        "high",
        {
            "schulenburgrentals.com": tx_home(
                co,
                "<h1>Painted-church country rentals</h1>",
                nav=f"<a href='{url}'>Resident Login</a>",
                legal="Licensed broker: Hranicky Realty, TREC #0456112 &middot; &copy; 2026 Schulenburg Rentals",
            ),
            "hranickyrealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Hranicky Realty")},
        },
    )

    # a Spanish-language site: "Portal de Inquilinos" links a Rent Manager twa account named for the LLC
    # of the copyright line. Spanish sites: pages search ("portal de inquilinos"); twa hosts: contract
    co = "Rentas Eagle Pass"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "rentaseaglepass.com",
        None,
        "high",
        {
            "rentaseaglepass.com": tx_home(
                co,
                "<h1>Casas y apartamentos en renta en Eagle Pass</h1><p>Administración de propiedades en el condado de "
                "Maverick.</p>",
                nav="<a href='https://maverickborder.twa.rentmanager.com/'>Portal de Inquilinos</a>",
                title="Rentas Eagle Pass | Administración de Propiedades",
                lang="es",
                legal="&copy; 2026 Maverick Border Properties LLC. Todos los derechos reservados.",
            ),
            "maverickborder.twa.rentmanager.com": {"/": rm_web_access("Maverick Border Properties LLC")},
        },
    )

    # a one-page site (name, phone, one button) whose button opens a Buildium portal titled with a
    # person's name, "Dwayne Hebert"; the site says nothing about him. One-page portal-tile sites:
    # https://www.texasrenters.com/faq_page/; owner-named portals: code id 70401823354
    # ambiguous: the portal names someone the site never mentions; a one-man rent-house business
    # linking its only button to a portal in the owner's name is its own -> high.
    co = "Kirbyville Rent Houses"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "kirbyvillerenthouses.com",
        None,
        "high",
        {
            "kirbyvillerenthouses.com": {
                "/": doc(
                    co,
                    "<meta name='viewport' content='width=device-width'>",
                    f"<div class='wrap'><h1>{co}</h1><p>Jasper County &middot; (409) 555-0115</p>"
                    "<a class='button' href='https://dhebert.managebuilding.com/Resident/portal/login'>Pay Rent</a></div>",
                )
            },
            "dhebert.managebuilding.com": {"/Resident/portal/login": buildium_rc("Dwayne Hebert")},
        },
    )

    # the "Available Homes" section embeds a TenantCloud listings page headed "Redfish Point Leasing",
    # a name the site never uses. TenantCloud listings: code ids 67075514049, 71509213841; iframed
    # listings: lead-domain notes
    # ambiguous: an embedded listings page of a differently named account with no hint it is the
    # site's own; presented as the site's own homes, a careful person reads it as its own -> high.
    co = "Ingleside Coastal Rentals"
    add(
        "site_links_portal",
        "TenantCloud",
        co,
        "inglesidecoastalrentals.com",
        None,
        "high",
        {
            "inglesidecoastalrentals.com": tx_home(
                co,
                "<h1>Ingleside &amp; Portland, TX rentals</h1><section><h2>Available Homes</h2><iframe "
                "src='https://redfishpointleasing.tenantcloud.com/listings' width='100%' height='900'></iframe></section>",
            ),
            "redfishpointleasing.tenantcloud.com": {
                "/listings": tc_listings("Redfish Point Leasing", "<li>2 bd / 1 ba duplex, Ingleside &ndash; $1,095</li>")
            },
        },
    )

    # "Calvert Rent Homes, an affiliate of the Robertson County Land Group": the tenant login form posts
    # to a Rentec Direct account named for the group. Rentec account hosts: contract vendor table;
    # login forms posting to the portal: code ids 55323161231, 12868925588
    # ambiguous: the contract does not count "managed by our affiliate X"; here the candidate calls
    # itself the group's affiliate and takes its own tenants' logins on the group's account -> high.
    co = "Calvert Rent Homes"
    add(
        "site_links_portal",
        "Rentec Direct",
        co,
        "calvertrenthomes.com",
        None,
        "high",
        {
            "calvertrenthomes.com": tx_home(
                co,
                "<h1>Calvert &amp; Hearne rent homes</h1><p>Calvert Rent Homes, an affiliate of the Robertson County "
                "Land Group.</p><h2>Tenant Login</h2><form action='https://rclandgroup.rentecdirect.com/tenants/"
                "login.php' method='post'><input name='username'><input type='password' name='password'>"
                "<button>Log in</button></form>",
            ),
            "rclandgroup.rentecdirect.com": {"/tenants/login.php": rentec_portal("Robertson County Land Group")},
        },
    )

    # an owners'-portal-only link ("Owner Login") to an AppFolio account headed "Kerlick Realty, Inc.",
    # which the footer gives as the broker. AppFolio owner portals: code id 17298088035; broker lines:
    # code id 28467323117
    co = "Waelder Square Property Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "waeldersquarepm.com",
        None,
        "high",
        {
            "waeldersquarepm.com": tx_home(
                co,
                "<h1>Gonzales County property management</h1><p>Tenants pay rent by the online link in their lease e-mail.</p>",
                nav="<a href='https://kerlickrealty.appfolio.com/oportal/users/log_in'>Owner Login</a>",
                legal="Kerlick Realty, Inc., Broker &middot; TREC #0449021",
            ),
            "kerlickrealty.appfolio.com": {"/oportal/users/log_in": appfolio_signin("Kerlick Realty, Inc.")},
        },
    )

    # an MRI ResidentConnect for the company's legal entity "JRC Residential Texas, LP" (initials plus
    # suffixes), linked from the menu. MRI host: code id 10086446986
    co = "Jasper Ridge Communities"
    add(
        "site_links_portal",
        "MRI",
        co,
        "jasperridgecommunities.com",
        None,
        "high",
        {
            "jasperridgecommunities.com": tx_home(
                co,
                "<h1>Apartment communities in Jasper and Newton counties</h1>",
                nav="<a href='https://jrcres.mriresidentconnect.com/'>Resident Portal</a>",
            ),
            "jrcres.mriresidentconnect.com": {
                "/": _login("ResidentConnect", "JRC Residential Texas, LP ResidentConnect", footer="MRI Software")
            },
        },
    )

    # a community's RentCafe login headed with the property's initials ("PIB Apartments"); the agent gave
    # the URL the community's site links. securecafe residentservices: lead-domain notes (Yardi row),
    # code id 62467008046
    co = "Pine Island Bayou Apartments"
    url = "https://pineislandbayou.securecafe.com/residentservices/pine-island-bayou-apartments/userlogin.aspx"
    add(
        "site_links_portal",
        "Yardi",
        co,
        "pineislandbayouapts.com",
        url,
        "high",
        {
            "pineislandbayouapts.com": tx_home(
                co, "<h1>Apartments in Lumberton, TX</h1>", nav=f"<a href='{url}'>Residents</a>", title=co
            ),
            "pineislandbayou.securecafe.com": {
                "/residentservices/pine-island-bayou-apartments/userlogin.aspx": _login(
                    "Resident Services - Login", "PIB Apartments Resident Login", user="Username", footer="RENTCafe"
                )
            },
        },
    )

    # a portal picker (<select> of <option value=URL>) leads to a Buildium account of "Blackwater Draw
    # Holdings LLC", which the footer gives as the broker. Portal pickers: docs/live-checks.md; Buildium
    # public rentals: code ids 15005069539, 56674311379
    co = "Muleshoe Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "muleshoerentals.com",
        None,
        "high",
        {
            "muleshoerentals.com": tx_home(
                co,
                "<h1>Bailey County rentals</h1><select onchange='location=this.value'><option value=''>Choose a "
                "portal</option><option value='https://blackwaterdraw.managebuilding.com/Resident/portal/login'>"
                "Residents</option><option value='https://blackwaterdraw.managebuilding.com/Resident/public/rentals'>"
                "Available Rentals</option></select>",
                legal="Muleshoe Rentals &middot; Blackwater Draw Holdings LLC, Broker &middot; TREC #9007744",
            ),
            "blackwaterdraw.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Blackwater Draw Holdings LLC"),
                "/Resident/public/rentals": page(
                    "<h1>Blackwater Draw Holdings LLC</h1><h2>Available Rentals</h2><ul><li>3 bd / 2 ba, Muleshoe "
                    "&ndash; $1,150 <a href='apply'>Apply Now</a></li></ul>",
                    title="Blackwater Draw Holdings LLC - Rentals",
                ),
            },
        },
    )

    # ============ TRAPS: the portal is not this company's

    # a neighbour office of the same franchise brand: the agent gave the Victoria office's Buildium
    # portal for the Port Lavaca office, whose homepage says each office is independently owned.
    # Franchise disclaimers: code ids 26413436534, 70975680944; franchise office accounts: code id 33299522762
    co = "Cornerpost Property Management Port Lavaca"
    add(
        "no_account",
        "Buildium",
        co,
        "cornerpostportlavaca.com",
        "https://cornerpostvictoria.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "cornerpostportlavaca.com": tx_home(
                co,
                "<h1>Calhoun County rentals</h1><p>Office: 212 W Main St, Port Lavaca, TX 77979.</p>",
                legal="Each Cornerpost Property Management office is independently owned and operated.",
            ),
            "cornerpostvictoria.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Cornerpost Property Management Victoria",
                    footer="5601 N Navarro St, Victoria, TX 77904 &middot; Powered by Buildium",
                )
            },
        },
    )

    # the franchisor's account: a franchise office's templated site links a Tenant Login to the
    # franchisor's AppFolio account ("Keyfield Rentals Franchising, LLC", Dallas). Franchisor in Texas:
    # https://www.iefranchise.com/directory/real-property-management-franchise/; contract (franchisor's account)
    co = "Keyfield Rentals of Bay City"
    add(
        "stale_portal",
        "AppFolio",
        co,
        "keyfieldbaycity.com",
        None,
        "evidence_unverified",
        {
            "keyfieldbaycity.com": tx_home(
                co,
                "<h1>Matagorda County rentals</h1>",
                nav="<a href='https://keyfieldfranchising.appfolio.com/connect/users/sign_in'>Tenant Login</a>",
                legal="Keyfield Rentals of Bay City is independently owned and operated by Tres Palacios Home Services LLC.",
            ),
            "keyfieldfranchising.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(
                    "Keyfield Rentals Franchising, LLC", footer="2100 Ross Ave, Dallas, TX 75201 &middot; AppFolio"
                )
            },
        },
    )

    # an acquirer's portal: "Giddings Rental Homes has been acquired by Lee County Residential; residents
    # please log in to Lee County Residential's portal". Change-of-management notices:
    # https://rentprep.com/property-management/new-property-manager-letter; contract ("acquired by X")
    co = "Giddings Rental Homes"
    add(
        "stale_portal",
        "Buildium",
        co,
        "giddingsrentalhomes.com",
        None,
        "evidence_unverified",
        {
            "giddingsrentalhomes.com": tx_home(
                co,
                "<div class='banner'>Giddings Rental Homes has been acquired by Lee County Residential! Current residents: "
                "please log in to <a href='https://leecountyresidential.managebuilding.com/Resident/portal/login'>Lee "
                "County Residential's resident portal</a> to pay rent.</div>",
            ),
            "leecountyresidential.managebuilding.com": {"/Resident/portal/login": buildium_rc("Lee County Residential")},
        },
    )

    # a community managed by someone else: the agent gave a RealPage ActiveBuilding portal of a
    # community the candidate (an advisory firm) once developed; the portal says "Professionally managed
    # by Yegua Creek Residential". "Managed by" footers: code id 19912737985; ActiveBuilding: contract
    co = "Chappell Hill Multifamily Advisors"
    add(
        "no_account",
        "RealPage",
        co,
        "chappellhillmultifamily.com",
        "https://hackberryflats.activebuilding.com/login",
        "evidence_unverified",
        {
            "chappellhillmultifamily.com": tx_home(
                co,
                "<h1>Multifamily acquisitions and asset management</h1><p>Recent projects: we developed Hackberry Flats "
                "(2019) in Brenham.</p>",
                title=co,
            ),
            "hackberryflats.activebuilding.com": {
                "/login": _login(
                    "ActiveBuilding - Log In",
                    "Hackberry Flats Resident Portal",
                    footer="Professionally managed by Yegua Creek Residential &middot; RealPage",
                )
            },
        },
    )

    # a vendor demo account: the agent gave a Buildium sandbox whose banner says it is a demo with
    # sample data ("Sample Property Management"). Vendor sandbox accounts: code id 26148217508;
    # contract (a demo with sample data)
    co = "Uvalde Street Rentals"
    add(
        "no_account",
        "Buildium",
        co,
        "uvaldestreetrentals.com",
        "https://bdemo-sandbox.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "uvaldestreetrentals.com": tx_home(co, "<h1>Uvalde County rentals</h1>"),
            "bdemo-sandbox.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Sample Property Management",
                    notice=notice("This is a demo account. All names, properties and balances shown are sample data."),
                )
            },
        },
    )

    # a partner's portal only: the homepage says its commercial spaces are managed by "our partner,
    # Colorado Bend Commercial" and links that firm's Buildium portal; its own residents pay by phone.
    # Partner links on PM sites: code id 4855991849 (third-party portal in a menu); contract (a partner's)
    co = "McDade Road Rentals"
    add(
        "no_portal",
        "Buildium",
        co,
        "mcdaderoadrentals.com",
        None,
        "no_pms_evidence",
        {
            "mcdaderoadrentals.com": tx_home(
                co,
                "<h1>Homes for rent in McDade and Elgin</h1><p>Residents: call (512) 555-0136 to pay rent.</p><p>Our "
                "commercial spaces on Main St are leased and managed by our partner, Colorado Bend Commercial. "
                "<a href='https://coloradobendcommercial.managebuilding.com/Resident/portal/login'>Commercial tenants "
                "pay here</a>.</p>",
            ),
            "coloradobendcommercial.managebuilding.com": {"/Resident/portal/login": buildium_rc("Colorado Bend Commercial")},
        },
    )

    # a former management company's portal: the agent gave the AppFolio account of "Thurber Hill
    # Management" (Strawn, TX), which the candidate's homepage only mentions as the firm owners switch
    # FROM. Switching pitches: https://info.completerealtysolutionsstl.com/missing-informaiton
    # ambiguous: read literally, the contract accepts a portal whose other name the homepage "names";
    # here it is named as a competitor, not as the company -> evidence_unverified.
    co = "Mingus Property Group"
    add(
        "no_account",
        "AppFolio",
        co,
        "minguspropertygroup.com",
        "https://thurberhill.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "minguspropertygroup.com": tx_home(
                co,
                "<h1>Palo Pinto &amp; Erath County rentals</h1><p>Switching from Thurber Hill Management? We make the move "
                "easy: we transfer your leases, deposits and tenant ledgers for free.</p>",
            ),
            "thurberhill.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(
                    "Thurber Hill Management", footer="Thurber Hill Management &middot; Strawn, TX 76475"
                )
            },
        },
    )

    # an affiliate's portal: "our rentals are managed by our affiliate, Sattler Residential LLC" and the
    # Resident Login goes to that affiliate's Buildium account. Contract ("managed by our affiliate, X")
    co = "Startzville Rentals"
    add(
        "stale_portal",
        "Buildium",
        co,
        "startzvillerentals.com",
        None,
        "evidence_unverified",
        {
            "startzvillerentals.com": tx_home(
                co,
                "<h1>Canyon-country homes near Startzville</h1><p>Our rentals are managed by our affiliate, Sattler "
                "Residential LLC.</p>",
                nav="<a href='https://sattlerresidential.managebuilding.com/Resident/portal/login'>Resident Login</a>",
            ),
            "sattlerresidential.managebuilding.com": {"/Resident/portal/login": buildium_rc("Sattler Residential LLC")},
        },
    )

    # the same name across the state line: Toledo Bend straddles Texas and Louisiana; the agent gave an
    # AppFolio account "Toledo Bend Rentals" whose only address is Many, LA, for the Hemphill, TX firm
    # whose homepage never mentions Louisiana. Contract (addresses all in another state)
    co = "Toledo Bend Rentals"
    add(
        "no_account",
        "AppFolio",
        co,
        "toledobendrentals-tx.com",
        "https://toledobendrentals.appfolio.com/connect/users/sign_in",
        "evidence_unverified",
        {
            "toledobendrentals-tx.com": tx_home(
                co, "<h1>Lake homes in Sabine County</h1><p>Office: 120 Main St, Hemphill, TX 75948.</p>"
            ),
            "toledobendrentals.appfolio.com": {
                "/connect/users/sign_in": appfolio_signin(co, footer=f"{co} &middot; 1450 San Antonio Ave, Many, LA 71449")
            },
        },
    )

    # a sister company's portal only: the footer links "our sister company, Espiritu Santo Realty" and
    # its owner login; the candidate links no portal of its own. Contract (a sister office's); AppFolio
    # owner portals: code id 17298088035
    co = "Seadrift Rentals"
    add(
        "no_portal",
        "AppFolio",
        co,
        "seadriftrentals.com",
        None,
        "no_pms_evidence",
        {
            "seadriftrentals.com": tx_home(
                co,
                "<h1>Bayfront rentals in Seadrift and Port Lavaca</h1><p>Tenants: drop rent checks at our office.</p>",
                legal="Buying or selling? Visit our sister company, Espiritu Santo Realty &middot; <a href='https://"
                "espiritusantorealty.appfolio.com/oportal/users/log_in'>Espiritu Santo Realty owner login</a>",
            ),
            "espiritusantorealty.appfolio.com": {"/oportal/users/log_in": appfolio_signin("Espiritu Santo Realty")},
        },
    )

    # the company's own former account, now another firm's: above the Buildium login a notice says the
    # homes "formerly managed by Sweeny Rental Homes are now managed by Old Ocean Realty". Contract
    # (now managed by someone else); management-change notices: https://legalclarity.org/what-happens-when-property-management-changes-2
    co = "Sweeny Rental Homes"
    add(
        "no_account",
        "Buildium",
        co,
        "sweenyrentalhomes.com",
        "https://sweenyrentals.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "sweenyrentalhomes.com": tx_home(co, "<h1>Sweeny &amp; West Columbia rentals</h1>"),
            "sweenyrentals.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    co,
                    notice=notice(
                        "Effective March 1, 2026, all properties formerly managed by Sweeny Rental Homes are now managed "
                        "by Old Ocean Realty. Please contact Old Ocean Realty for your new portal login."
                    ),
                )
            },
        },
    )

    # ============ CONTROLS: ordinary rejections and the shared sign-in

    # parked: a for-sale lander with parking parameters, given with a live Buildium portal. Parking
    # shapes: docs/live-checks.md (utm_medium=parking); page: no stored source
    co = "Smithville Rental Homes"
    add(
        "parked",
        "Buildium",
        co,
        "smithvillerentalhomes.com",
        "https://smithvillerentalhomes.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "smithvillerentalhomes.com": everywhere(
                page(
                    "<h1>smithvillerentalhomes.com</h1><p>This domain may be for sale!</p><a href='https://sedo.com/search/"
                    "details/?domain=smithvillerentalhomes.com&amp;utm_medium=parking&amp;utm_campaign=offerpage'>Make "
                    "an offer</a><ul><li><a href='/?q=Homes+For+Rent'>Homes For Rent</a></li></ul>",
                    title="smithvillerentalhomes.com",
                )
            ),
            "smithvillerentalhomes.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # dead domain: neither the name nor www. resolves; the agent's AppFolio portal is live. Contract
    co = "Kosse Rentals"
    add(
        "dead_domain",
        "AppFolio",
        co,
        "kosserentals.com",
        "https://kosserentals.appfolio.com/connect/users/sign_in",
        "dead_domain",
        {"kosserentals.appfolio.com": {"/connect/users/sign_in": appfolio_signin(co)}},
        unresolvable=("kosserentals.com", "www.kosserentals.com"),
    )

    # bot wall: the Entrata resident portal answers servers with Cloudflare's "Just a moment..." (403).
    # Entrata resident_portal: lead-domain notes; contract (bot walls)
    co = "Marlin Springs Apartments"
    add(
        "bot_wall",
        "Entrata",
        co,
        "marlinspringsapts.com",
        "https://marlinsprings.residentportal.com/resident_portal/?module=authentication&action=view_login",
        "unverifiable",
        {
            "marlinspringsapts.com": tx_home(co, "<h1>Apartments in Marlin, TX</h1>", title=co),
            "marlinsprings.residentportal.com": {
                "/resident_portal/?module=authentication&action=view_login": raw(
                    403,
                    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div>Enable JavaScript and "
                    "cookies to continue</div><script>window._cf_chl_opt={cvId:'3'};</script><script src='/cdn-cgi/"
                    "challenge-platform/h/g/orchestrate/chl_page/v1'></script></body></html>",
                )
            },
        },
    )

    # other PMS: a Buildium candidate whose site links its AppFolio account (the agent's PMS is wrong).
    # AppFolio /connect: lead-domain notes
    co = "Mart Home Rentals"
    add(
        "other_pms",
        "Buildium",
        co,
        "marthomerentals.com",
        None,
        "pms_mismatch",
        {
            "marthomerentals.com": tx_home(
                co, "<h1>McLennan County rentals</h1>", nav="<a href='https://marthomerentals.appfolio.com/connect'>Pay Rent</a>"
            ),
            "marthomerentals.appfolio.com": {"/connect": appfolio_signin("Mart Home Rentals LLC")},
        },
    )

    # shared sign-in: "Tenant Login" goes to TenantCloud's one shared login (with a referral
    # parameter), which answers its login form. TenantCloud shared login: lead-domain notes -> medium
    co = "Centerville Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "centervillerentals-tx.com",
        None,
        "medium",
        {
            "centervillerentals-tx.com": tx_home(
                co,
                "<h1>Leon County rentals</h1>",
                nav="<a href='https://home.tenantcloud.com/login?ref=centervillerentals'>Tenant Login</a>",
            ),
            "home.tenantcloud.com": {"/login?ref=centervillerentals": _login("TenantCloud - Login", "Log in to TenantCloud")},
        },
    )

    # vendor-wide: the agent gave AppFolio's Passport sign-in (no account in it). Contract vendor table
    co = "Groesbeck Rentals"
    add(
        "vendor_wide",
        "AppFolio",
        co,
        "groesbeckrentals.com",
        "https://passport.appfolio.com/users/sign_in?ref=groesbeck",
        "no_pms_evidence",
        {
            "groesbeckrentals.com": tx_home(co, "<h1>Limestone County rentals</h1>"),
            "passport.appfolio.com": {"/users/sign_in?ref=groesbeck": _login("AppFolio Passport - Sign In", "Sign in")},
        },
    )

    # asset: the only AppFolio URL on the site is a listing photo on AppFolio's image CDN. Contract
    # vendor table (images.cdn.appfolio.com)
    co = "Mexia Rent Homes"
    add(
        "asset",
        "AppFolio",
        co,
        "mexiarenthomes.com",
        None,
        "no_pms_evidence",
        {
            "mexiarenthomes.com": tx_home(
                co,
                "<h1>Homes for rent in Mexia</h1><img src='https://images.cdn.appfolio.com/mexiarent/images/4a1c/large.jpg' "
                "alt='3 bedroom home on Milam St'>",
            )
        },
    )

    # stale portal: the site still links a Buildium account that now redirects to Buildium's home page.
    # Contract (a live site that links a dead portal)
    co = "Madisonville Home Rentals"
    add(
        "stale_portal",
        "Buildium",
        co,
        "madisonvillehomerentals.com",
        None,
        "evidence_unverified",
        {
            "madisonvillehomerentals.com": tx_home(
                co,
                "<h1>Madison County rentals</h1>",
                nav="<a href='https://madisonvillehr.managebuilding.com/Resident/portal/login'>Resident Login</a>",
            ),
            "madisonvillehr.managebuilding.com": {"/Resident/portal/login": redirect("https://www.buildium.com/")},
        },
    )

    return cases


HOLDOUT9: list[Case] = _holdout9()
