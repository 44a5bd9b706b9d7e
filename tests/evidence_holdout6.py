"""A SIXTH BLIND held-out corpus for the live checks, written to MEASURE how often the stricter
checks REJECT REAL LEADS: about three quarters of its cases are real leads a careful person
accepts, in everyday but varied shapes (brands, initials, "& Associates", "Realty" vs "Property
Management", "Inc.", multi-state companies, everyday portal notices, sparse or Spanish sites,
homepages that redirect inward, owners' or listings portals only, apartment communities whose
portals name the property), and one quarter ordinary rejections as controls. Labelled by what
a careful person concludes from the pages as served (docs/live-checks.md is the contract),
written without reading the checks and without running them. Same `Case` shape as
tests/evidence_corpus.py, so `run_corpus(HOLDOUT6)` judges it (requested state: TX).

Every page is our own short HTML reproducing the *shape* of a real page (real vendor host names,
paths, query parameters, status codes and wording style); company names, accounts and domains
are made up. Each case carries a one-line comment naming where the shape was seen.
`# ambiguous:` marks labels where the contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, home, spa_shell
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def buildium_rc(co: str, *, notice: str = "", footer: str = "") -> Reply:
    """A Buildium Resident Center sign-in naming the account's company, with an optional notice."""
    return _login(
        f"{co} - Resident Center",
        f"{co} Resident Center",
        user="Email",
        extra=notice,
        footer=footer or "Powered by Buildium",
    )


def appfolio_in(heading: str, *, extra: str = "", footer: str = "", title: str = "Online Portal - Sign In") -> Reply:
    """AppFolio's account sign-in: a generic title, the account's name (or logo) as the heading."""
    return _login(title, heading, user="user[email]", extra=extra, footer=footer or "Powered by AppFolio Property Manager")


def notice(text: str) -> str:
    return f"<div class='alert alert-info' role='alert'>{text}</div>"


def one_page(co: str, body: str, *, title: str | None = None, lang: str = "en-US") -> dict[str, Reply]:
    """A sparse one-page site: a logo line, a phone number, maybe one button."""
    return {
        "/": doc(
            title or co,
            "<meta name='viewport' content='width=device-width, initial-scale=1'>",
            f"<div class='wrap'><h1>{co}</h1>{body}</div>",
            lang=lang,
        )
    }


def _holdout6() -> list[Case]:
    collector = Collector("holdout6-")
    cases, add = collector.cases, collector.add

    # ======================= live_portal: a live account portal the site does not link -> medium

    # the Buildium portal's title and heading show the company's initials (BVRS) while its footer
    # spells the full name and a Bryan, TX address; the site links nothing. Buildium login shape:
    # code ids 15005069539, 56674311379; initials-as-brand: no stored source
    co = "Brazos Valley Residential Services"
    add(
        "live_portal",
        "Buildium",
        co,
        "brazosvalleyresidential.com",
        "https://bvrs.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "brazosvalleyresidential.com": home(co, "<p>Serving Bryan and College Station since 2004.</p>"),
            "bvrs.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "BVRS",
                    footer=f"{co} &middot; 3100 S Texas Ave, Bryan, TX 77802 &middot; Powered by Buildium",
                )
            },
        },
    )

    # the AppFolio sign-in shows the owner's surname firm "Kessler &amp; Associates Realty"; the
    # candidate's site (Kessler Property Management) says in its footer it is "a division of
    # Kessler & Associates Realty". AppFolio sign-in: lead-domain notes (AppFolio row); no stored
    # source for the footer
    co = "Kessler Property Management"
    add(
        "live_portal",
        "AppFolio",
        co,
        "kesslerpm-tx.com",
        "https://kesslerassoc.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "kesslerpm-tx.com": home(
                co,
                "<p>Homes for rent in Tyler and Longview.</p><p class='legal'>Kessler Property Management is a "
                "division of Kessler &amp; Associates Realty, Tyler, TX.</p>",
            ),
            "kesslerassoc.appfolio.com": {
                "/connect/users/sign_in": appfolio_in("Kessler &amp; Associates Realty"),
            },
        },
    )

    # "Realty" vs "Property Management": a Rent Manager rmresident account titled "Pedernales
    # Realty"; the candidate's own site footer reads "(c) Pedernales Realty, LLC". rmresident host:
    # code ids 71127993591, 12765765418; the footer shape: no stored source
    co = "Pedernales Property Management"
    add(
        "live_portal",
        "Rent Manager",
        co,
        "pedernalespm.com",
        "https://pedernalesrealty.rmresident.com/",
        "medium",
        {
            "pedernalespm.com": {
                "/": page(
                    f"<nav><a href='/rentals'>Rentals</a><a href='/contact'>Contact</a></nav><h1>{co}</h1>"
                    "<p>Johnson City &amp; Blanco County rentals.</p><footer>&copy; 2026 Pedernales Realty, LLC</footer>",
                    title=co,
                )
            },
            "pedernalesrealty.rmresident.com": {
                "/": _login(
                    "Pedernales Realty - Resident Portal",
                    "Pedernales Realty",
                    user="Username",
                    footer="101 N Nugent Ave, Johnson City, TX 78636 &middot; Rent Manager",
                )
            },
        },
    )

    # an everyday notice above the Buildium login: "Our office has moved! Visit us at our new
    # address ..."; the word "moved" is about the office, not the account. Buildium login: code
    # ids 15005069539, 56674311379; office-move notice wording: no stored source
    co = "Hutto Home Rentals"
    add(
        "live_portal",
        "Buildium",
        co,
        "huttohomerentals.com",
        "https://huttohomerentals.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "huttohomerentals.com": one_page(co, "<p>Call (512) 555-0188</p>"),
            "huttohomerentals.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    co,
                    notice=notice(
                        "Our office has moved! Starting June 2 please visit us at 402 Exchange Blvd, Suite 110, "
                        "Hutto, TX 78634. Phone numbers are unchanged."
                    ),
                )
            },
        },
    )

    # a Propertyware tenant portal announcing "our new and improved resident portal" (it IS the new
    # portal: log in with your existing email). Propertyware portal path: code ids 43611829219,
    # 2781201612; "new system" notices: https://www.amsofgarner.com/blog/Auto-Pay
    # ambiguous: "new portal" wording resembles the contract's "replaced by a new portal" notice,
    # but this page is the replacement itself, with its form -> medium.
    co = "Angelina County Rentals"
    add(
        "live_portal",
        "Propertyware",
        co,
        "angelinacountyrentals.com",
        "https://app.propertyware.com/pw/portals/angelinarentals/tenant.action",
        "medium",
        {
            "angelinacountyrentals.com": home(co, "<p>Lufkin, TX rentals and leasing.</p>"),
            "app.propertyware.com": {
                "/pw/portals/angelinarentals/tenant.action": _login(
                    f"{co} - Tenant Portal",
                    "Tenant Portal Login",
                    extra=notice(
                        "Welcome to our new and improved resident portal! New features: autopay, maintenance photos "
                        "and text reminders. Log in with your existing email address."
                    ),
                    footer="Propertyware",
                ),
            },
        },
    )

    # an owners' portal only: the agent found the DoorLoop owner portal; the app shell's title names
    # the company. DoorLoop account host: lead-domain notes (DoorLoop row), code id 56748510409;
    # the owner-portal path: no stored source
    co = "Frio Canyon Rentals"
    add(
        "live_portal",
        "DoorLoop",
        co,
        "friocanyonrentals.com",
        "https://friocanyon.app.doorloop.com/owner-portal/login",
        "medium",
        {
            "friocanyonrentals.com": home(co, "<p>Cabins and homes for lease in Leakey and Concan.</p>"),
            "friocanyon.app.doorloop.com": {"/owner-portal/login": spa_shell(f"{co} - Owner Portal")},
        },
    )

    # a management company given one of its apartment communities' Entrata portals, which names the
    # property; the company's site lists that community by name. Entrata: lead-domain notes; community
    # sites and their vendor hosts: code id 66210625212
    co = "Piney Woods Residential Partners"
    add(
        "live_portal",
        "Entrata",
        co,
        "pineywoodsresidential.com",
        "https://parkatlindale.residentportal.com/resident_portal/?module=authentication&action=view_login&src=lp",
        "medium",
        {
            "pineywoodsresidential.com": home(
                co,
                "<h2>Our Communities</h2><ul><li>The Park at Lindale &ndash; Lindale, TX</li>"
                "<li>Mineola Station &ndash; Mineola, TX</li></ul>",
            ),
            "parkatlindale.residentportal.com": {
                "/resident_portal/?module=authentication&action=view_login&src=lp": VENDOR_LOGIN["Entrata"]("The Park at Lindale")
            },
        },
    )

    # a community's Yardi RentCafe resident login with a COVID-era notice ("leasing office open by
    # appointment only; pay online"). securecafe residentservices path: lead-domain notes (Yardi row)
    # and code id 62467008046; the notice wording: no stored source
    co = "Alder Creek Apartments"
    add(
        "live_portal",
        "Yardi",
        co,
        "aldercreekapartmentstx.com",
        "https://aldercreekapts.securecafe.com/residentservices/alder-creek-apartments/userlogin.aspx",
        "medium",
        {
            "aldercreekapartmentstx.com": home(co, "<p>1 &amp; 2 bedroom apartments in Temple, TX.</p>"),
            "aldercreekapts.securecafe.com": {
                "/residentservices/alder-creek-apartments/userlogin.aspx": _login(
                    "Resident Services - Login",
                    f"{co} Resident Login",
                    user="Username",
                    extra=notice(
                        "COVID-19 update: our leasing office is open by appointment only. Rent may be paid online "
                        "through this portal 24/7."
                    ),
                    footer="RENTCafe",
                )
            },
        },
    )

    # a RealPage online-leasing page for a community, with a "coming soon: Phase II townhomes" card
    # beside its available units. onlineleasing host: lead-domain notes (RealPage row), code id
    # 27376798813; the card: no stored source
    co = "Cibolo Crossing"
    add(
        "live_portal",
        "RealPage",
        co,
        "cibolocrossingliving.com",
        "https://5521876.onlineleasing.realpage.com/?utm_source=site",
        "medium",
        {
            "cibolocrossingliving.com": home(co, "<p>Apartments in Cibolo, TX.</p>"),
            "5521876.onlineleasing.realpage.com": {
                "/?utm_source=site": page(
                    f"<h1>{co}</h1><p>200 Town Center Way, Cibolo, TX 78108</p><h2>Available Floor Plans</h2><ul>"
                    "<li>A1 &ndash; 1 bed / 1 bath &ndash; from $1,215 <a href='#apply'>Lease Now</a></li></ul>"
                    "<div class='card'><h3>Coming soon: Phase II townhomes</h3><p>Join the interest list.</p></div>"
                    "<footer>Online Leasing powered by RealPage</footer>",
                    title=f"{co} - Online Leasing",
                )
            },
        },
    )

    # an MRI ResidentConnect sign-in whose notice says "we now accept cash payments at participating
    # retailers through PayNearMe" (a payment-processor change, not another PMS). MRI host: code id
    # 10086446986; cash-pay notices: https://www.revolutionrentalmanagement.com/tenant-faq/making-cash-payments-for-rent
    co = "Sabine Pass Residences"
    add(
        "live_portal",
        "MRI",
        co,
        "sabinepassresidences.com",
        "https://sabinepassres.mriresidentconnect.com/",
        "medium",
        {
            "sabinepassresidences.com": home(co, "<p>Port Arthur, TX.</p>"),
            "sabinepassres.mriresidentconnect.com": {
                "/": _login(
                    "ResidentConnect",
                    f"{co} ResidentConnect",
                    extra=notice(
                        "New! We now accept cash payments at participating retailers through PayNearMe. Log in and "
                        "choose Make a Payment to get your pay slip."
                    ),
                    footer="MRI Software",
                )
            },
        },
    )

    # a multi-state company: the Texas office's site says "headquartered in Tulsa, Oklahoma" and links
    # no portal; the AppFolio account (same unique name) footer gives only the Tulsa head office.
    # AppFolio sign-in: lead-domain notes; out-of-state portal rule: docs/live-checks.md
    # ambiguous: literally "addresses all in another state" and the site does not link it ->
    # evidence_unverified; the company's own TX site names that head office, so it is this company -> medium.
    co = "Red Fork Property Management"
    add(
        "live_portal",
        "AppFolio",
        co,
        "redforkpm.com",
        "https://redforkpm.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "redforkpm.com": home(
                co,
                "<p>Our Texas team manages homes across Dallas&ndash;Fort Worth from our Denton office, 115 W Hickory "
                "St, Denton, TX 76201. Red Fork is headquartered in Tulsa, Oklahoma.</p>",
            ),
            "redforkpm.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(co, footer=f"{co} &middot; 1602 S Boulder Ave, Tulsa, OK 74119"),
            },
        },
    )

    # the homepage 301s to an inner page (/home/); neither links a portal; the Rentvine resident portal
    # shell names the company. Rentvine portals: code ids 69806609889, 7918228721; inner-page homepage
    # redirects: no stored source
    co = "Cedar Park Rental Co."
    add(
        "live_portal",
        "Rentvine",
        co,
        "cedarparkrentalco.com",
        "https://cedarparkrentalco.rentvine.com/portals/resident/login",
        "medium",
        {
            "cedarparkrentalco.com": {
                "/": redirect("/home/", 301),
                "/home/": home(co, "<p>Williamson County homes for lease.</p>")["/"],
            },
            "cedarparkrentalco.rentvine.com": {"/portals/resident/login": spa_shell(f"{co} - Resident Portal")},
        },
    )

    # a Spanish-language site ("Administración de Propiedades") with no portal link; the Buildium
    # account names the company. Spanish PM sites: pages search (Texas "portal de inquilinos"); Buildium:
    # code ids 15005069539, 56674311379
    co = "Hogares del Valle Property Management"
    add(
        "live_portal",
        "Buildium",
        co,
        "hogaresdelvallepm.com",
        "https://hogaresdelvalle.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "hogaresdelvallepm.com": {
                "/": doc(
                    "Hogares del Valle | Administración de Propiedades en McAllen",
                    "",
                    "<nav><a href='/'>Inicio</a><a href='/propiedades'>Propiedades</a><a href='/contacto'>Contacto</a>"
                    "</nav><h1>Hogares del Valle</h1><p>Administración de propiedades residenciales en McAllen, "
                    "Edinburg y Mission. Llámenos: (956) 555-0123.</p>",
                    lang="es",
                )
            },
            "hogaresdelvalle.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # a ResMan community portal naming the property, for the management company that lists it on its
    # site. ResMan SignIn/<abbr>: code ids 7932052185, 62975635575
    co = "Llano Estacado Residential"
    add(
        "live_portal",
        "ResMan",
        co,
        "llanoestacadoresidential.com",
        "https://yellowhousecanyon.myresman.com/Portal/Access/SignIn/YHC",
        "medium",
        {
            "llanoestacadoresidential.com": home(
                co, "<h2>Communities</h2><p>Yellowhouse Canyon Apartments, Lubbock &middot; Caprock Villas, Slaton</p>"
            ),
            "yellowhousecanyon.myresman.com": {
                "/Portal/Access/SignIn/YHC": _login(
                    "Yellowhouse Canyon Apartments - Resident Portal",
                    "Sign In",
                    user="Email",
                    footer="Yellowhouse Canyon Apartments &middot; Powered by ResMan",
                )
            },
        },
    )

    # ======================= site_links_portal: the live site links the live portal -> high

    # a multi-state company: its Texas site links the AppFolio account whose footer gives only the
    # Oklahoma head office (the contract: accepted when the company's own site links it). AppFolio
    # /connect: lead-domain notes
    co = "Prairie Fire Property Management"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "prairiefirepm.com",
        None,
        "high",
        {
            "prairiefirepm.com": home(
                co,
                "<p>Wichita Falls, TX office: 900 8th St.</p><a class='btn' href='https://prairiefirepm.appfolio.com/connect'>"
                "Resident Login</a>",
            ),
            "prairiefirepm.appfolio.com": {
                "/connect": redirect("/connect/users/sign_in?a=pf"),
                "/connect/users/sign_in?a=pf": appfolio_in(co, footer=f"{co} &middot; 2200 NW 50th St, Oklahoma City, OK 73112"),
            },
        },
    )

    # the portal names the owner's surname firm "Whitacre & Associates"; the candidate's site (brand
    # "Whitacre Realty") links it from its menu. Buildium login: code ids 15005069539, 56674311379
    co = "Whitacre Realty"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "whitacrerealty.com",
        None,
        "high",
        {
            "whitacrerealty.com": home(
                co, "<a href='https://whitacre.managebuilding.com/Resident/portal/login?ReturnUrl=%2F'>Tenant Portal</a>"
            ),
            "whitacre.managebuilding.com": {
                "/Resident/portal/login?ReturnUrl=%2F": buildium_rc("Whitacre &amp; Associates"),
            },
        },
    )

    # a sparse one-page site: logo, phone, one "Pay Rent" button to a Rentvine portal. Rentvine
    # portals: code ids 69806609889, 7918228721; sparse portal-tile sites: https://www.texasrenters.com/faq_page/
    co = "Nolan River Rentals"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "nolanriverrentals.com",
        None,
        "high",
        {
            "nolanriverrentals.com": one_page(
                co,
                "<p>Cleburne, TX &middot; (817) 555-0170</p>"
                "<a class='button' href='https://nolanriver.rentvine.com/portals/resident/'>Pay Rent</a>",
            ),
            "nolanriver.rentvine.com": {"/portals/resident/": spa_shell(f"{co} Resident Portal")},
        },
    )

    # the site has a "Coming Soon" section (an owner portal and a new blog "coming soon") next to a
    # working tenant-portal link to Propertyware. Propertyware tenant.action: code ids 43611829219,
    # 2781201612; "coming soon" sections: no stored source
    co = "Goliad Street Properties"
    add(
        "site_links_portal",
        "Propertyware",
        co,
        "goliadstreetproperties.com",
        None,
        "high",
        {
            "goliadstreetproperties.com": home(
                co,
                "<a href='https://app.propertyware.com/pw/portals/goliadst/tenant.action'>Tenant Portal</a>"
                "<section><h2>Coming Soon</h2><p>Owner portal and our new blog are coming soon. Stay tuned!</p></section>",
            ),
            "app.propertyware.com": {
                "/pw/portals/goliadst/tenant.action": VENDOR_LOGIN["Propertyware"](co),
            },
        },
    )

    # a Spanish-language site whose "Portal de Inquilinos" links a Rent Manager twa account.
    # twa account hosts: docs/live-checks.md vendor table; Spanish sites: pages search ("portal de inquilinos")
    co = "Casas Laredo Property Management"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "casaslaredo.com",
        None,
        "high",
        {
            "casaslaredo.com": {
                "/": doc(
                    "Casas Laredo | Renta de Casas en Laredo, TX",
                    "",
                    "<nav><a href='/'>Inicio</a><a href='/rentas'>Casas en Renta</a>"
                    "<a href='https://casaslaredo.twa.rentmanager.com/'>Portal de Inquilinos</a></nav>"
                    "<h1>Casas Laredo</h1><p>Administración de propiedades y renta de casas en Laredo.</p>",
                    lang="es",
                )
            },
            "casaslaredo.twa.rentmanager.com": {"/": VENDOR_LOGIN["Rent Manager"](co)},
        },
    )

    # the homepage's blog teaser mentions other software ("why we moved off spreadsheets; we looked at
    # AppFolio and Yardi") with a link to AppFolio's marketing site; the header links the company's
    # Buildium account. Vendor names in PM blog text: https://www.rpmheritage.com/tenants
    co = "Gruene Property Management"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "gruenepm.com",
        None,
        "high",
        {
            "gruenepm.com": home(
                co,
                "<a href='https://gruenepm.managebuilding.com/Resident/portal/login'>Resident Login</a>"
                "<article><h3>From the blog: choosing our software</h3><p>Before picking a platform we demoed "
                "<a href='https://www.appfolio.com/'>AppFolio</a> and Yardi. Read why our residents now pay online.</p>"
                "</article>",
            ),
            "gruenepm.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # the homepage 301s to a language folder (/en/), whose menu links the AppFolio owner and tenant
    # portals. AppFolio oportal links: code ids 69008375524, 68830511179
    co = "Seguin Home Leasing"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "seguinhomeleasing.com",
        None,
        "high",
        {
            "seguinhomeleasing.com": {
                "/": redirect("https://seguinhomeleasing.com/en/", 301),
                "/en/": home(
                    co,
                    "<a href='https://seguinhomeleasing.appfolio.com/connect/users/sign_in'>Tenant Login</a>"
                    "<a href='https://seguinhomeleasing.appfolio.com/oportal/users/log_in'>Owner Login</a>",
                )["/"],
            },
            "seguinhomeleasing.appfolio.com": {
                "/connect/users/sign_in": appfolio_in(co),
                "/oportal/users/log_in": appfolio_in(co, title="Owner Portal - Sign In"),
            },
        },
    )

    # the site on a site builder's subdomain (GoDaddy Websites + Marketing, *.godaddysites.com) links
    # a Buildium portal. Builder subdomain: no stored source; Buildium: code ids 15005069539, 56674311379
    # ambiguous: the "website domain" is a builder subdomain, the company's only site; it is not a
    # directory or social profile, so a careful person accepts the lead -> high.
    co = "Kempner Lake Rentals"
    add(
        "site_links_portal",
        "Buildium",
        co,
        "kempnerlakerentals.godaddysites.com",
        None,
        "high",
        {
            "kempnerlakerentals.godaddysites.com": {
                "/": doc(
                    co,
                    "<meta name='generator' content='Starfield Technologies; Go Daddy Website Builder 8.0.0000'>",
                    f"<div data-ux='Header'><h1 data-ux='Heading'>{co}</h1></div><div data-ux='Section'>"
                    "<p>Lake homes for lease in Kempner, TX.</p><a data-ux='Button' "
                    "href='https://kempnerlake.managebuilding.com/Resident/portal/login'>Pay Rent</a></div>",
                )
            },
            "kempnerlake.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # an owners'-portal-only site: the only link is "Owner Login" to the AppFolio oportal (tenants
    # pay by another route the site describes in text). AppFolio oportal: code ids 30254892488, 4824426297
    co = "Midland Investor Services"
    add(
        "site_links_portal",
        "AppFolio",
        co,
        "midlandinvestorservices.com",
        None,
        "high",
        {
            "midlandinvestorservices.com": home(
                co,
                "<p>Investor-focused management in Midland and Odessa.</p>"
                "<a href='https://midlandinvestor.appfolio.com/oportal/users/log_in'>Owner Login</a>",
            ),
            "midlandinvestor.appfolio.com": {
                "/oportal/users/log_in": appfolio_in(co, title="Owner Portal - Sign In"),
            },
        },
    )

    # a listings page as evidence: the site's "Available Homes" links the Rentvine public listings,
    # and the agent gave that URL. Rentvine public listings: code id 62536701816
    co = "Kerr County Leasing"
    listings = "https://kerrcountyleasing.rentvine.com/public/listings"
    add(
        "site_links_portal",
        "Rentvine",
        co,
        "kerrcountyleasing.com",
        listings,
        "high",
        {
            "kerrcountyleasing.com": home(co, f"<a href='{listings}'>Available Homes</a>"),
            "kerrcountyleasing.rentvine.com": {"/public/listings": spa_shell(f"{co} - Available Rentals")},
        },
    )

    # an apartment community's site links its Yardi resident portal (named for the property, as are
    # its title and heading); the candidate is the community itself. securecafe residentservices:
    # lead-domain notes (Yardi row), code id 66210625212
    co = "The Lofts at Magnolia"
    add(
        "site_links_portal",
        "Yardi",
        co,
        "loftsatmagnolia.com",
        None,
        "high",
        {
            "loftsatmagnolia.com": home(
                co,
                "<a href='https://loftsatmagnolia.securecafe.com/residentservices/the-lofts-at-magnolia/userlogin.aspx'>"
                "Residents</a>",
                title=f"{co} | Apartments in Fort Worth, TX",
            ),
            "loftsatmagnolia.securecafe.com": {
                "/residentservices/the-lofts-at-magnolia/userlogin.aspx": VENDOR_LOGIN["Yardi"]("Lofts at Magnolia")
            },
        },
    )

    # a DoorLoop tenant portal with a side panel for prospective owners ("Own a rental? Schedule a demo
    # call with our team") next to the resident login; "demo" is the company's sales pitch, not a vendor
    # demo account. DoorLoop account host: code id 56748510409; the panel: no stored source
    co = "Amarillo Home Leasing"
    add(
        "site_links_portal",
        "DoorLoop",
        co,
        "amarillohomeleasing.com",
        None,
        "high",
        {
            "amarillohomeleasing.com": home(
                co, "<a href='https://amarillohl.app.doorloop.com/tenant-portal/login'>Tenant Portal</a>"
            ),
            "amarillohl.app.doorloop.com": {
                "/tenant-portal/login": page(
                    f"<div id='root'><h1>{co}</h1><form method='post'><input name='email'><input type='password' "
                    "name='password'><button>Log in</button></form><aside><h3>Own a rental in Amarillo?</h3><p>Schedule "
                    "a demo call with our team to see how we manage homes.</p></aside></div>"
                    "<script src='/static/js/main.2b9f.js'></script>",
                    title=f"{co} - Tenant Portal",
                )
            },
        },
    )

    # "Inc." vs none: the Rent Manager Resident Web Access names "Cielo Property Management, Inc.";
    # the site (no "Inc.") links it with its corpid. Web-access corpid shape: docs/live-checks.md
    # vendor table; tests of this shape use other corpids
    co = "Cielo Property Management"
    add(
        "site_links_portal",
        "Rent Manager",
        co,
        "cielopm.com",
        None,
        "high",
        {
            "cielopm.com": home(
                co,
                "<a href='https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=cielopm&amp;locationID=1'>"
                "Resident Portal</a>",
            ),
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=cielopm&locationID=1": VENDOR_LOGIN["Rent Manager"]("Cielo Property Management, Inc.")
            },
        },
    )

    # an Entrata community site linking its resident portal, whose page also shows "Schedule a tour"
    # for prospects above the login. Entrata resident_portal: lead-domain notes, code id 66210625212
    co = "Bayou Bend Commons"
    add(
        "site_links_portal",
        "Entrata",
        co,
        "bayoubendcommons.com",
        None,
        "high",
        {
            "bayoubendcommons.com": home(co, "<a href='https://bayoubendcommons.residentportal.com/auth'>Resident Portal</a>"),
            "bayoubendcommons.residentportal.com": {
                "/auth": _login(
                    "Resident Portal | Login",
                    f"{co} Resident Portal",
                    extra="<p>Not a resident yet? <a href='https://bayoubendcommons.prospectportal.com/'>Schedule a tour</a></p>",
                )
            },
        },
    )

    # a RealPage ActiveBuilding portal linked from a community site, named for the property's short
    # brand ("Vue 505") while the site says "Vue at 505 Main". ActiveBuilding hosts: code ids 15751895801,
    # 32683400585
    co = "Vue at 505 Main"
    add(
        "site_links_portal",
        "RealPage",
        co,
        "vueat505main.com",
        None,
        "high",
        {
            "vueat505main.com": home(co, "<a href='https://vue505.activebuilding.com/'>Resident Login</a>"),
            "vue505.activebuilding.com": {"/": VENDOR_LOGIN["RealPage"]("Vue 505")},
        },
    )

    # a TenantCloud account's public listings page linked as "Available Rentals" (an account portal of
    # TenantCloud per the contract's table). TenantCloud listings: code ids 67075514049, 71509213841
    co = "Gonzales Rent Homes"
    add(
        "site_links_portal",
        "TenantCloud",
        co,
        "gonzalesrenthomes.com",
        None,
        "high",
        {
            "gonzalesrenthomes.com": home(
                co, "<a href='https://gonzalesrenthomes.tenantcloud.com/listings'>Available Rentals</a>"
            ),
            "gonzalesrenthomes.tenantcloud.com": {
                "/listings": page(
                    f"<h1>{co}</h1><h2>Available listings</h2><ul><li>3 bd 2 ba house &ndash; $1,395/mo &ndash; "
                    "Gonzales, TX <a href='/listings/48213'>View</a></li></ul><footer>Powered by TenantCloud</footer>",
                    title=f"{co} - Listings",
                )
            },
        },
    )

    # ======================= shared_signin: TenantCloud / Rentec Direct's one sign-in -> medium

    # "Tenant Login" links TenantCloud's shared login with tracking parameters. Shared login host:
    # lead-domain notes (TenantCloud row); the parameters: no stored source
    co = "Caldwell County Rentals"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "caldwellcountyrentals.com",
        None,
        "medium",
        {
            "caldwellcountyrentals.com": home(
                co, "<a href='https://home.tenantcloud.com/auth/login?utm_source=website&amp;role=tenant'>Tenant Login</a>"
            ),
            "home.tenantcloud.com": {
                "/auth/login?utm_source=website&role=tenant": _login(
                    "Log in | TenantCloud", "Log in", user="email", footer="TenantCloud"
                )
            },
        },
    )

    # a Spanish-language site whose "Iniciar sesión (inquilinos)" links TenantCloud's shared login.
    # TenantCloud: lead-domain notes; Spanish sites: pages search ("portal de inquilinos")
    co = "Rentas del Río"
    add(
        "shared_signin",
        "TenantCloud",
        co,
        "rentasdelrio.com",
        None,
        "medium",
        {
            "rentasdelrio.com": {
                "/": doc(
                    "Rentas del Río | Casas en renta en Del Rio, TX",
                    "",
                    "<h1>Rentas del Río</h1><p>Casas y apartamentos en renta en Del Rio.</p>"
                    "<a href='https://home.tenantcloud.com/auth/login?lang=es'>Iniciar sesión (inquilinos)</a>",
                    lang="es",
                )
            },
            "home.tenantcloud.com": {
                "/auth/login?lang=es": _login("Iniciar sesión | TenantCloud", "Iniciar sesión", user="email")
            },
        },
    )

    # a sparse site whose "Pay Rent" links Rentec Direct's tenant sign-in with no account. Rentec
    # sign-in: code ids 55323161231, 12868925588; contract: site_links_signin -> medium
    co = "Palo Pinto Rentals"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "palopintorentals.com",
        None,
        "medium",
        {
            "palopintorentals.com": one_page(
                co,
                "<p>Mineral Wells area homes. (940) 555-0133</p>"
                "<a href='https://secure.rentecdirect.com/login/login.php?type=tenant'>Pay Rent</a>",
            ),
            "secure.rentecdirect.com": {
                "/login/login.php?type=tenant": _login("Tenant Login | Rentec Direct", "Tenant Login", footer="Rentec Direct")
            },
        },
    )

    # the site links Rentec Direct's owner sign-in from its "Owners" menu, with a ref parameter.
    # Rentec owners login path: lead-domain notes (id 55323161231)
    co = "Eastland Property Services"
    add(
        "shared_signin",
        "Rentec Direct",
        co,
        "eastlandpropertyservices.com",
        None,
        "medium",
        {
            "eastlandpropertyservices.com": home(
                co, "<a href='https://secure.rentecdirect.com/owners/login.php?ref=site'>Owner Login</a>"
            ),
            "secure.rentecdirect.com": {
                "/owners/login.php?ref=site": _login("Owner Login | Rentec Direct", "Owner Login", footer="Rentec Direct")
            },
        },
    )

    # ======================= controls: ordinary rejections

    # no_account: the agent's guessed AppFolio subdomain answers AppFolio's 404 page. AppFolio:
    # lead-domain notes; the 404: no stored source
    co = "Burnet Road Rentals"
    add(
        "no_account",
        "AppFolio",
        co,
        "burnetroadrentals.com",
        "https://burnetroadrentals.appfolio.com/connect",
        "evidence_unverified",
        {
            "burnetroadrentals.com": home(co, "<p>Central Austin rentals.</p>"),
            "burnetroadrentals.appfolio.com": {
                "/connect": raw(
                    404,
                    "<html><head><title>Page Not Found</title></head><body><h1>The page you were "
                    "looking for doesn't exist.</h1></body></html>",
                ),
            },
        },
    )

    # stale_portal: the site still links a Buildium account that now redirects to Buildium's home page
    # (the company left Buildium). Contract: docs/live-checks.md; Buildium: code ids 15005069539, 56674311379
    co = "Marble Falls Leasing"
    add(
        "stale_portal",
        "Buildium",
        co,
        "marblefallsleasing.com",
        None,
        "evidence_unverified",
        {
            "marblefallsleasing.com": home(
                co, "<a href='https://marblefallsleasing.managebuilding.com/Resident/portal/login'>Resident Login</a>"
            ),
            "marblefallsleasing.managebuilding.com": {
                "/Resident/portal/login": redirect("https://www.buildium.com/?utm_source=portal-redirect"),
            },
            "www.buildium.com": {"/?utm_source=portal-redirect": page("<h1>Property management software</h1>", title="Buildium")},
        },
    )

    # vendor_wide: the only vendor link is "Powered by Rent Manager" to the vendor's marketing site;
    # no account anywhere. Contract vendor table (www.rentmanager.com vendor-wide)
    co = "Chandler Creek Residential"
    add(
        "vendor_wide",
        "Rent Manager",
        co,
        "chandlercreekresidential.com",
        None,
        "no_pms_evidence",
        {
            "chandlercreekresidential.com": home(
                co, "<footer><a href='https://www.rentmanager.com/?ref=poweredby'>Powered by Rent Manager</a></footer>"
            )
        },
    )

    # asset: the only AppFolio URL is a logo image on AppFolio's image CDN. Contract vendor table
    # (images.cdn.appfolio.com); lead-domain notes
    co = "Lampasas River Homes"
    add(
        "asset",
        "AppFolio",
        co,
        "lampasasriverhomes.com",
        None,
        "no_pms_evidence",
        {
            "lampasasriverhomes.com": home(
                co, "<img src='https://images.cdn.appfolio.com/lampasasriver/images/logo.png' alt='Lampasas River Homes'>"
            )
        },
    )

    # other_pms: a Buildium candidate whose site links an AppFolio account (the agent's PMS is wrong).
    # AppFolio /connect: lead-domain notes
    co = "Schertz Family Rentals"
    add(
        "other_pms",
        "Buildium",
        co,
        "schertzfamilyrentals.com",
        None,
        "pms_mismatch",
        {
            "schertzfamilyrentals.com": home(co, "<a href='https://schertzfamily.appfolio.com/connect'>Resident Portal</a>"),
            "schertzfamily.appfolio.com": {"/connect": appfolio_in(co)},
        },
    )

    # no_portal: a live, ordinary site with no portal link and no evidence URL. Contract
    co = "Bastrop County Homes"
    add(
        "no_portal",
        "Rentvine",
        co,
        "bastropcountyhomes.com",
        None,
        "no_pms_evidence",
        {"bastropcountyhomes.com": home(co, "<p>Call or text to schedule a showing. Rent is paid by check.</p>")},
    )

    # parked: a Sedo-parked domain ("This domain may be for sale") given with a live Buildium portal.
    # Parking shapes: docs/live-checks.md (Sedo, utm_medium=parking); page: no stored source
    co = "Taylor Rent Homes"
    add(
        "parked",
        "Buildium",
        co,
        "taylorrenthomes.com",
        "https://taylorrenthomes.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "taylorrenthomes.com": everywhere(
                page(
                    "<h1>taylorrenthomes.com</h1><p>This domain may be for sale!</p><a href='https://sedo.com/search/"
                    "details/?domain=taylorrenthomes.com&amp;partnerid=324561&amp;utm_medium=parking&amp;"
                    "utm_campaign=offerpage'>Buy this domain</a><ul><li><a href='/?q=Rentals'>Rentals</a></li></ul>",
                    title="taylorrenthomes.com",
                )
            ),
            "taylorrenthomes.managebuilding.com": {"/Resident/portal/login": buildium_rc(co)},
        },
    )

    # bot_wall: a Yardi community portal answering servers with a bare 403 and no portal; the site
    # does not link it. Contract (bare 401/403 from Yardi)
    co = "Stonegate at Round Top"
    add(
        "bot_wall",
        "Yardi",
        co,
        "stonegateroundtop.com",
        "https://stonegateroundtop.securecafe.com/residentservices/stonegate-at-round-top/userlogin.aspx",
        "unverifiable",
        {
            "stonegateroundtop.com": home(co, "<p>Round Top, TX.</p>"),
            "stonegateroundtop.securecafe.com": {
                "/residentservices/stonegate-at-round-top/userlogin.aspx": raw(403, "", content_type="text/html"),
            },
        },
    )

    # dead_domain: the company's domain has no address at all (neither name nor www.), while the
    # agent's Propertyware portal is live. Contract
    co = "Hill Country Leasing Group"
    add(
        "dead_domain",
        "Propertyware",
        co,
        "hillcountryleasinggrp.com",
        "https://app.propertyware.com/pw/portals/hcleasinggrp/tenant.action",
        "dead_domain",
        {
            "app.propertyware.com": {
                "/pw/portals/hcleasinggrp/tenant.action": VENDOR_LOGIN["Propertyware"](co),
            },
        },
        unresolvable=("hillcountryleasinggrp.com", "www.hillcountryleasinggrp.com"),
    )

    # dead_domain: the homepage is a plain 404 on a live server, robots too. Contract
    co = "Lockhart Rentals"
    add(
        "dead_domain",
        "DoorLoop",
        co,
        "lockhartrentals.com",
        "https://lockhartrentals.app.doorloop.com/tenant-portal/login",
        "dead_domain",
        {
            "lockhartrentals.com": {"/": not_found(), "/robots.txt": not_found()},
            "lockhartrentals.app.doorloop.com": {"/tenant-portal/login": spa_shell(f"{co} - Tenant Portal")},
        },
    )

    return cases


HOLDOUT6: list[Case] = _holdout6()
