"""A TWELFTH BLIND held-out corpus for the live checks, weighted towards how sites and portals NAME
the company: an ordinary night's mix (about 55% real leads, 30% rejections, 15% tricky cases) in
which the site's brand and the portal's name differ the way they do in life (legal entity, owner,
broker, old brand, parent company), said on the site in varied natural ways or not at all.
Labelled by what docs/live-checks.md (the contract) says and what a careful person concludes from
the pages as served, written without reading or running the checks. Same `Case` shape as
tests/evidence_corpus.py (requested state: TX).

Every page is our own short HTML reproducing the *shape* of a real page; company names, accounts
and domains are made up. Each case carries a one-line comment naming where the shape was seen.
`# ambiguous:` marks labels where the contract leaves room; the label given is the careful answer.
"""

from __future__ import annotations

from evidence_corpus import VENDOR_LOGIN, Case, Collector, _login, spa_shell
from fake_web import Reply, doc, everywhere, not_found, page, raw, redirect

# --- pages of our own, after real shapes ------------------------------------------------------


def pm_home(
    brand: str, body: str = "", *, nav: str = "", footer: str | None = None, title: str | None = None
) -> dict[str, Reply]:
    """A Texas property manager's WordPress-style homepage: logo, menu, body, footer with the TREC links."""
    foot = footer if footer is not None else f"&copy; 2026 {brand}. All rights reserved."
    html = (
        f"<header><a class='logo' href='/'>{brand}</a><nav><a href='/'>Home</a><a href='/rentals/'>Available Rentals</a>"
        f"<a href='/owners/'>Owners</a>{nav}<a href='/about-us/'>About Us</a><a href='/contact/'>Contact</a></nav></header>"
        f"<main><h1>{brand}</h1><p>Residential leasing and property management.</p>{body}</main>"
        f"<footer><p>{foot}</p><p><a href='/wp-content/uploads/iabs.pdf'>TREC Information About Brokerage Services</a> | "
        "<a href='/wp-content/uploads/cpn.pdf'>TREC Consumer Protection Notice</a></p></footer>"
    )
    return {"/": doc(title or f"{brand} | Property Management", "<meta name='viewport' content='width=device-width'>", html)}


def login_link(url: str, text: str = "Resident Login") -> str:
    return f"<a class='menu-item' href='{url}' target='_blank' rel='noopener'>{text}</a>"


def buildium_rc(co: str, *, notice: str = "", footer: str = "Powered by Buildium") -> Reply:
    return _login(f"{co} - Resident Center", f"{co} Resident Center", user="Email", extra=notice, footer=footer)


def appfolio_in(heading: str, *, extra: str = "") -> Reply:
    return _login(
        "Online Portal - Sign In", heading, user="user[email]", extra=extra, footer="Powered by AppFolio Property Manager"
    )


def rm_in(co: str, *, footer: str = "Rent Manager") -> Reply:
    return _login("Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer=footer)


def pw_in(co: str, *, footer: str = "Propertyware") -> Reply:
    return _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer=footer)


def _holdout12() -> list[Case]:
    collector = Collector("holdout12-")
    cases, add = collector.cases, collector.add

    # ================= real leads: the company's own site links its live portal -> high

    # menu "Resident Login" to a Buildium account in the owner's legal entity's name, which the site
    # never mentions. Menu-link shape: AnushkaKRajasingha/smartland _pages/tenant-services.md; contract
    # example ("a Resident Login in the menu to an account in ... a legal entity's name")
    url = "https://halvorsenrg.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Cibolo Creek Homes",
        "cibolocreekhomes-tx.com",
        None,
        "high",
        {
            "cibolocreekhomes-tx.com": pm_home("Cibolo Creek Homes", "<p>Boerne and Fair Oaks Ranch.</p>", nav=login_link(url)),
            "halvorsenrg.managebuilding.com": {"/Resident/portal/login": buildium_rc("Halvorsen Realty Group LLC")},
        },
    )

    # AppFolio "Pay Rent" button; footer "Nueces Bay Rentals is a d/b/a of Corriveau Holdings, LLC";
    # the AppFolio sign-in heading names Corriveau Holdings. Button shape: smartland tenant-services.md;
    # d/b/a footer: no stored source
    url = "https://corriveauholdings.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        "Nueces Bay Rentals",
        "nuecesbayrentalco.com",
        "https://corriveauholdings.appfolio.com/connect/users/sign_in",
        "high",
        {
            "nuecesbayrentalco.com": pm_home(
                "Nueces Bay Rentals",
                f"<a class='btn' href='{url}'>Pay Rent</a>",
                footer="&copy; 2026 Nueces Bay Rentals is a d/b/a of Corriveau Holdings, LLC. Corpus Christi, TX",
            ),
            "corriveauholdings.appfolio.com": {"/connect/users/sign_in": appfolio_in("Corriveau Holdings, LLC")},
        },
    )

    # Rent Manager web access linked by an onclick button; footer "Broker: Wendell Ashby Realty, Inc. |
    # TREC License #9012345"; the portal welcomes to Wendell Ashby Realty. Broker footer line: TREC rule
    # page https://househunteratx.com/trec/ (footer notice shape)
    url = "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=wendellashby"
    add(
        "site_links_portal",
        "Rent Manager",
        "Palo Duro Property Co.",
        "paloduropropertyco.com",
        None,
        "high",
        {
            "paloduropropertyco.com": pm_home(
                "Palo Duro Property Co.",
                f"<button type='button' onclick=\"window.location.href='{url}'\">Tenant Portal</button>",
                footer="&copy; 2026 Palo Duro Property Co. &middot; Broker: Wendell Ashby Realty, Inc. | TREC License #9012345",
            ),
            "residentwebaccess.rentmanager.com": {"/CustomerLogin.aspx?corpid=wendellashby": rm_in("Wendell Ashby Realty")},
        },
    )

    # Propertyware portal titled with the longer legal name sharing the distinctive word ("Bastrop
    # Pines Leasing &amp; Management LLC" for Bastrop Pines Leasing), linked from the menu. Contract
    # example (Tascosa); Propertyware portal path: lead-domain notes
    url = "https://app.propertyware.com/pw/portals/bastroppines/tenant.action"
    add(
        "site_links_portal",
        "Propertyware",
        "Bastrop Pines Leasing",
        "bastroppinesleasing.com",
        None,
        "high",
        {
            "bastroppinesleasing.com": pm_home("Bastrop Pines Leasing", nav=login_link(url, "Tenant Portal")),
            "app.propertyware.com": {
                "/pw/portals/bastroppines/tenant.action": pw_in("Bastrop Pines Leasing &amp; Management LLC")
            },
        },
    )

    # Rentvine resident portal shell titled with the OLD brand; the site's About blurb says "formerly
    # Caprock Home Leasing". Rentvine SPA shell: evidence_corpus spa_shell; rebrand wording: no stored source
    url = "https://caprockhomeleasing.rentvine.com/portals/resident/"
    add(
        "site_links_portal",
        "Rentvine",
        "Llano Estacado Rentals",
        "llanoestacadohomerentals.com",
        None,
        "high",
        {
            "llanoestacadohomerentals.com": pm_home(
                "Llano Estacado Rentals",
                "<p>Llano Estacado Rentals (formerly Caprock Home Leasing) has served Lubbock since 2009.</p>",
                nav=login_link(url, "Residents"),
            ),
            "caprockhomeleasing.rentvine.com": {"/portals/resident/": spa_shell("Caprock Home Leasing - Resident Portal")},
        },
    )

    # DoorLoop tenant portal shell that names no company at all, linked from a footer button.
    # DoorLoop host shape: lead-domain notes (Wappalyzer DoorLoop row)
    url = "https://sabinepasshomes.app.doorloop.com/tenant-portal/login"
    add(
        "site_links_portal",
        "DoorLoop",
        "Sabine Pass Homes",
        "sabinepasshomes.com",
        None,
        "high",
        {
            "sabinepasshomes.com": pm_home(
                "Sabine Pass Homes", f"<div class='footer-cta'><a class='btn' href='{url}'>Pay Rent Online</a></div>"
            ),
            "sabinepasshomes.app.doorloop.com": {"/tenant-portal/login": spa_shell("Tenant Portal | DoorLoop")},
        },
    )

    # footer "Kerrville Keys is a member of the Guadalupe Group family of companies"; the linked
    # Buildium account is the group's ("Guadalupe Group Residential"). no stored source
    # ambiguous: high -- the contract lists "a member of X family of companies" as the site calling X
    # its own, though a parent's account can read like a head office's; the site itself sends its
    # residents there in its own menu.
    url = "https://guadalupegroupres.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Kerrville Keys Property Management",
        "kerrvillekeyspm.com",
        None,
        "high",
        {
            "kerrvillekeyspm.com": pm_home(
                "Kerrville Keys Property Management",
                nav=login_link(url),
                footer="&copy; 2026 Kerrville Keys Property Management, a member of the Guadalupe Group family of companies.",
            ),
            "guadalupegroupres.managebuilding.com": {"/Resident/portal/login": buildium_rc("Guadalupe Group Residential")},
        },
    )

    # copyright line in another name ("(c) 2026 Tidewater Coastal Ventures, LLC") owns the AppFolio
    # account of that name, linked as "Owner Portal". Contract example (Pedernales footer)
    url = "https://tidewatercoastal.appfolio.com/oportal/users/log_in"
    add(
        "site_links_portal",
        "AppFolio",
        "Mustang Island Management",
        "mustangislandmgmt.com",
        None,
        "high",
        {
            "mustangislandmgmt.com": pm_home(
                "Mustang Island Management",
                "<p>Vacation and long-term rentals in Port Aransas.</p>",
                nav=login_link(url, "Owner Portal"),
                footer="&copy; 2026 Tidewater Coastal Ventures, LLC. All rights reserved.",
            ),
            "tidewatercoastal.appfolio.com": {"/oportal/users/log_in": appfolio_in("Tidewater Coastal Ventures")},
        },
    )

    # Rentec Direct account login (cb=) posted to by an on-page login form, naming the company.
    # Rentec account shape: docs vendor table; form-post shape: evidence_corpus site(how="form")
    url = "https://secure.rentecdirect.com/login/login.php?cb=comalriverrent"
    add(
        "site_links_portal",
        "Rentec Direct",
        "Comal River Rentals",
        "comalriverrentals.com",
        None,
        "high",
        {
            "comalriverrentals.com": pm_home(
                "Comal River Rentals",
                f"<h2>Tenant Login</h2><form action='{url}' method='post'><input name='username'>"
                "<input type='password' name='password'><button>Log in</button></form>",
            ),
            "secure.rentecdirect.com": {
                "/login/login.php?cb=comalriverrent": VENDOR_LOGIN["Rentec Direct"]("Comal River Rentals")
            },
        },
    )

    # homepage has only a "Residents" page link; /residents links a Buildium account titled "Marfa
    # Lights Realty LLC" (shares the distinctive words). Residents-page shape: code id search result
    # "ResidentsPage" (code corpus, unattributed)
    url = "https://marfalightsrealty.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Marfa Lights Property Management",
        "marfalightspm.com",
        None,
        "high",
        {
            "marfalightspm.com": {
                **pm_home("Marfa Lights Property Management", nav="<a href='/residents'>Residents</a>"),
                "/residents": page(
                    f"<h1>Residents</h1><ul><li><a href='{url}'>Resident Portal</a></li><li><a href='/maintenance'>"
                    "Maintenance Request</a></li></ul>",
                    title="Residents | Marfa Lights Property Management",
                ),
            },
            "marfalightsrealty.managebuilding.com": {"/Resident/portal/login": buildium_rc("Marfa Lights Realty LLC")},
        },
    )

    # footer: "Harwell Leasing is operated by Quenby Shaw Realty, LLC, a licensed Texas real estate
    # broker"; the linked AppFolio account is Quenby Shaw Realty. TREC footer shape: househunteratx.com/trec/
    url = "https://quenbyshaw.appfolio.com/connect"
    add(
        "site_links_portal",
        "AppFolio",
        "Harwell Leasing",
        "harwellleasing.com",
        None,
        "high",
        {
            "harwellleasing.com": pm_home(
                "Harwell Leasing",
                nav=login_link(url, "Pay Rent"),
                footer="Harwell Leasing &middot; Quenby Shaw Realty, LLC is a licensed real estate broker, TREC #0671234.",
            ),
            "quenbyshaw.appfolio.com": {"/connect": appfolio_in("Quenby Shaw Realty")},
        },
    )

    # About text on the homepage: "owned and operated by the Delacroix Family Properties"; the
    # rmresident account is Delacroix Family Properties. rmresident host: lead-domain notes / contract table
    url = "https://delacroixfamily.rmresident.com/"
    add(
        "site_links_portal",
        "Rent Manager",
        "Angelina Forest Rentals",
        "angelinaforestrentals.com",
        None,
        "high",
        {
            "angelinaforestrentals.com": pm_home(
                "Angelina Forest Rentals",
                "<p>Locally owned and operated by Delacroix Family Properties since 1987.</p>"
                f"<a class='btn' href='{url}'>Resident Portal</a>",
            ),
            "delacroixfamily.rmresident.com": {
                "/": _login(
                    "Delacroix Family Properties - Resident Portal",
                    "Delacroix Family Properties",
                    user="Username",
                    footer="Lufkin, TX &middot; Rent Manager",
                )
            },
        },
    )

    # Buildium rentals iframe on the homepage whose account is the owner-broker's; footer "Ridgeline
    # Asset Partners, LLC, owner &amp; broker". iframe listings shape: evidence_corpus site(how="iframe")
    url = "https://ridgelineasset.managebuilding.com/Resident/public/rentals"
    add(
        "site_links_portal",
        "Buildium",
        "Pecos Trail Rentals",
        "pecostrailrentals.com",
        None,
        "high",
        {
            "pecostrailrentals.com": pm_home(
                "Pecos Trail Rentals",
                f"<section><h2>Available Rentals</h2><iframe src='{url}' width='100%' height='900'></iframe></section>",
                footer="&copy; 2026 Pecos Trail Rentals &middot; Ridgeline Asset Partners, LLC, owner &amp; broker",
            ),
            "ridgelineasset.managebuilding.com": {
                "/Resident/public/rentals": page(
                    "<h1>Ridgeline Asset Partners</h1><h2>Rental Listings</h2><ul><li>3 bd / 2 ba - Fort Stockton - "
                    "$1,395 <a href='apply'>Apply</a></li></ul>",
                    title="Ridgeline Asset Partners - Rental Listings",
                )
            },
        },
    )

    # Buildium portal whose title names only a town ("Seguin Resident Portal"), linked from the menu.
    # Contract example ("Pearsall Resident Portal" names no company)
    url = "https://seguinresidents.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Walnut Branch Realty",
        "walnutbranchrealty.com",
        None,
        "high",
        {
            "walnutbranchrealty.com": pm_home("Walnut Branch Realty", nav=login_link(url)),
            "seguinresidents.managebuilding.com": {"/Resident/portal/login": buildium_rc("Seguin Resident Portal")},
        },
    )

    # a "pay.<domain>" vanity host in the menu that 302s into the company's AppFolio account.
    # Contract ("pay.<domain>: a vanity host that redirects into the vendor"); no stored source
    url = "https://sulphursprings-rentco.appfolio.com/connect/users/sign_in"
    add(
        "site_links_portal",
        "AppFolio",
        "Sulphur Springs Rent Co.",
        "sulphurspringsrentco.com",
        None,
        "high",
        {
            "sulphurspringsrentco.com": pm_home(
                "Sulphur Springs Rent Co.", nav=login_link("https://pay.sulphurspringsrentco.com/", "Pay Rent")
            ),
            "pay.sulphurspringsrentco.com": {"/": redirect(url)},
            "sulphursprings-rentco.appfolio.com": {"/connect/users/sign_in": appfolio_in("Sulphur Springs Rent Co.")},
        },
    )

    # the menu link goes through a Google redirect wrapper (pasted from a Google Doc) to the ResMan
    # account. Contract ("Google ... link wrappers are read through"); no stored source
    url = "https://bigthicketres.myresman.com/Portal/Access/SignIn/BTR"
    add(
        "site_links_portal",
        "ResMan",
        "Big Thicket Residential",
        "bigthicketresidential.com",
        None,
        "high",
        {
            "bigthicketresidential.com": pm_home(
                "Big Thicket Residential",
                nav=login_link(f"https://www.google.com/url?q={url}&amp;sa=D&amp;source=editors&amp;ust=1700000000000"),
            ),
            "bigthicketres.myresman.com": {"/Portal/Access/SignIn/BTR": VENDOR_LOGIN["ResMan"]("Big Thicket Residential")},
        },
    )

    # ================= real leads: only the agent's evidence URL is a live portal -> medium

    # Buildium portal "Fannin Street Realty, LLC" for Fannin Street Realty (legal suffix aside); site
    # links nothing. Contract (legal suffixes aside)
    add(
        "live_portal",
        "Buildium",
        "Fannin Street Realty",
        "fanninstreetrealty.com",
        "https://fanninstreet.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "fanninstreetrealty.com": pm_home("Fannin Street Realty", "<p>Call (903) 555-0142 for rent payments.</p>"),
            "fanninstreet.managebuilding.com": {"/Resident/portal/login": buildium_rc("Fannin Street Realty, LLC")},
        },
    )

    # the brand is the founders' initials ("O&amp;L Properties"); the AppFolio heading spells the
    # names out ("Okafor &amp; Lindqvist Properties"). no stored source
    # ambiguous: medium -- the contract sets initials aside ("BVRS"); "O&L" is the initials of the
    # spelled-out name, and the rest ("Properties") matches.
    add(
        "live_portal",
        "AppFolio",
        "O&L Properties",
        "olproperties-tx.com",
        "https://okaforlindqvist.appfolio.com/connect/users/sign_in",
        "medium",
        {
            "olproperties-tx.com": pm_home("O&amp;L Properties", "<p>Waco and Hewitt rentals.</p>"),
            "okaforlindqvist.appfolio.com": {"/connect/users/sign_in": appfolio_in("Okafor &amp; Lindqvist Properties")},
        },
    )

    # unlinked Rent Manager account of the broker; the homepage says "Westlake Hills Realty is a
    # licensed real estate broker" under the "WHR Homes" brand. Broker sentence: contract wording
    add(
        "live_portal",
        "Rent Manager",
        "WHR Homes",
        "whrhomes-austin.com",
        "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=westlakehillsrlty",
        "medium",
        {
            "whrhomes-austin.com": pm_home(
                "WHR Homes",
                "<p>Leasing and management in West Austin.</p>",
                footer="&copy; 2026 WHR Homes. Westlake Hills Realty is a licensed real estate broker in Texas.",
            ),
            "residentwebaccess.rentmanager.com": {"/CustomerLogin.aspx?corpid=westlakehillsrlty": rm_in("Westlake Hills Realty")},
        },
    )

    # Yardi RentCafe resident login of one apartment community named after the property, served live.
    # securecafe path shape: contract vendor table; community-named portals: contract
    add(
        "live_portal",
        "Yardi",
        "Cypress Bend Living",
        "cypressbendliving.com",
        "https://cypressbendres.securecafe.com/residentservices/the-residences-at-cypress-bend/userlogin.aspx",
        "medium",
        {
            "cypressbendliving.com": pm_home("Cypress Bend Living", "<p>Luxury apartments in Katy, TX.</p>"),
            "cypressbendres.securecafe.com": {
                "/residentservices/the-residences-at-cypress-bend/userlogin.aspx": VENDOR_LOGIN["Yardi"](
                    "The Residences at Cypress Bend"
                )
            },
        },
    )

    # Entrata resident portal of a community ("Saltgrass Lofts") given for the owner-operator's site.
    # Entrata login path: evidence_corpus live list; no stored source for the site
    add(
        "live_portal",
        "Entrata",
        "Saltgrass Communities",
        "saltgrasscommunities.com",
        "https://saltgrasslofts.residentportal.com/resident_portal/?module=authentication&action=view_login",
        "medium",
        {
            "saltgrasscommunities.com": pm_home("Saltgrass Communities", "<p>Apartment homes across the Gulf Coast.</p>"),
            "saltgrasslofts.residentportal.com": {
                "/resident_portal/?module=authentication&action=view_login": VENDOR_LOGIN["Entrata"]("Saltgrass Lofts")
            },
        },
    )

    # Rentvine shell titled just "Resident Portal" (no name), not linked. Rentvine SPA: spa_shell
    add(
        "live_portal",
        "Rentvine",
        "Blanco River Property Management",
        "blancoriverpropertymgmt.com",
        "https://blancoriverpm.rentvine.com/portals/resident/",
        "medium",
        {
            "blancoriverpropertymgmt.com": pm_home("Blanco River Property Management"),
            "blancoriverpm.rentvine.com": {"/portals/resident/": spa_shell("Resident Portal")},
        },
    )

    # Propertyware portal in the candidate's name whose footer gives an El Paso, TX address.
    add(
        "live_portal",
        "Propertyware",
        "Sandoval Rentals",
        "sandovalrentals-ep.com",
        "https://app.propertyware.com/pw/portals/sandovalrentals/tenant.action",
        "medium",
        {
            "sandovalrentals-ep.com": pm_home("Sandoval Rentals", "<p>Se habla español. El Paso, TX.</p>"),
            "app.propertyware.com": {
                "/pw/portals/sandovalrentals/tenant.action": pw_in(
                    "Sandoval Rentals", footer="1820 N Mesa St, El Paso, TX 79902 &middot; Propertyware"
                )
            },
        },
    )

    # the company's site answers a Vercel checkpoint 429 everywhere (robots.txt too); the AppFolio
    # portal is live and names the company. Vercel 429 + x-vercel-mitigated:
    # https://www.urlcheckr.app/docs/troubleshooting/vercel-firewall-challenge
    vercel = raw(
        429,
        "<!DOCTYPE html><html><head><title>Vercel Security Checkpoint</title></head><body><p>We're verifying your "
        "browser</p><script src='/.well-known/vercel/security/static/challenge.v2.min.js'></script></body></html>",
        headers={"x-vercel-mitigated": "challenge", "server": "Vercel"},
    )
    add(
        "live_portal",
        "AppFolio",
        "Gruene Hall Homes",
        "gruenehallhomes.com",
        "https://gruenehallhomes.appfolio.com/connect",
        "medium",
        {
            "gruenehallhomes.com": everywhere(vercel),
            "gruenehallhomes.appfolio.com": {"/connect": appfolio_in("Gruene Hall Homes")},
        },
    )

    # MRI ResidentConnect account named for the company, not linked. MRI host: contract vendor table
    add(
        "live_portal",
        "MRI",
        "Ashgrove Living",
        "ashgroveliving.com",
        "https://ashgroveliving.mriresidentconnect.com/",
        "medium",
        {
            "ashgroveliving.com": pm_home("Ashgrove Living"),
            "ashgroveliving.mriresidentconnect.com": {"/": VENDOR_LOGIN["MRI"]("Ashgrove Living")},
        },
    )

    # TenantCloud: the site's "Tenant Login" goes to the one shared sign-in, which answers. Contract
    # (site_links_signin: medium)
    add(
        "shared_signin",
        "TenantCloud",
        "Navasota Rental Homes",
        "navasotarentalhomes.com",
        None,
        "medium",
        {
            "navasotarentalhomes.com": pm_home(
                "Navasota Rental Homes", nav=login_link("https://home.tenantcloud.com/login?role=tenant", "Tenant Login")
            ),
            "home.tenantcloud.com": {"/login?role=tenant": _login("TenantCloud - Login", "Log in to TenantCloud")},
        },
    )

    # the homepage links only an old news post (/2017/04/...) announcing online rent payments, which
    # links the Buildium account; the agent gives that live portal too (names the company). Old
    # post-only link: contract confidence table; no stored source
    url = "https://llanocountyrentals.managebuilding.com/Resident/portal/login"
    add(
        "live_portal",
        "Buildium",
        "Llano County Rentals",
        "llanocountyrentals.com",
        url,
        "medium",
        {
            "llanocountyrentals.com": {
                **pm_home(
                    "Llano County Rentals",
                    "<h3>News</h3><a href='/2017/04/now-accepting-online-rent-payments/'>Now accepting online rent payments</a>",
                ),
                "/2017/04/now-accepting-online-rent-payments/": page(
                    f"<article><h1>Now accepting online rent payments</h1><p>Residents can now <a href='{url}'>log in</a>"
                    " to pay rent.</p><time>April 3, 2017</time></article>",
                    title="Now accepting online rent payments | Llano County Rentals",
                ),
            },
            "llanocountyrentals.managebuilding.com": {"/Resident/portal/login": buildium_rc("Llano County Rentals")},
        },
    )

    # ================= rejections: another company's portal, given or linked

    # the agent's live Buildium portal names a different company ("Lakeside Property Group") than the
    # candidate ("Granbury Lakeside Realty"); the site never mentions it. Contract (Riverside example)
    add(
        "live_portal",
        "Buildium",
        "Granbury Lakeside Realty",
        "granburylakesiderealty.com",
        "https://lakesidepropgroup.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "granburylakesiderealty.com": pm_home("Granbury Lakeside Realty", "<p>Homes on Lake Granbury.</p>"),
            "lakesidepropgroup.managebuilding.com": {"/Resident/portal/login": buildium_rc("Lakeside Property Group")},
        },
    )

    # the site's only portal link sits in "Our rentals are managed by our affiliate, Brackett
    # Residential" -> an affiliate's portal. Contract wording
    url = "https://brackettres.appfolio.com/connect"
    add(
        "site_links_portal",
        "AppFolio",
        "Brackettville Land & Homes",
        "brackettvillelandhomes.com",
        None,
        "evidence_unverified",
        {
            "brackettvillelandhomes.com": pm_home(
                "Brackettville Land &amp; Homes",
                "<p>We list ranch land and homes for sale. Our rentals are managed by our affiliate, Brackett "
                f"Residential: <a href='{url}'>Resident Login</a></p>",
            ),
            "brackettres.appfolio.com": {"/connect": appfolio_in("Brackett Residential")},
        },
    )

    # /residents says rent for one portfolio is collected by a partner: "log in to their portal"; the
    # site links no portal of its own. Contract ("see their portal"); residents page: no stored source
    url = "https://baylorstreetmgmt.managebuilding.com/Resident/portal/login"
    add(
        "no_portal",
        "Buildium",
        "Heritage Oaks Realty",
        "heritageoaksrealty-tx.com",
        None,
        "no_pms_evidence",
        {
            "heritageoaksrealty-tx.com": {
                **pm_home("Heritage Oaks Realty", nav="<a href='/residents'>Residents</a>"),
                "/residents": page(
                    "<h1>Residents</h1><p>Rent for homes in our Heritage portfolio is collected by our partner, Baylor "
                    f"Street Management. Please <a href='{url}'>log in to their portal</a> to pay.</p>",
                    title="Residents | Heritage Oaks Realty",
                ),
            },
            "baylorstreetmgmt.managebuilding.com": {"/Resident/portal/login": buildium_rc("Baylor Street Management")},
        },
    )

    # a franchisee's site links the franchisor's Buildium account. Contract (HomeKey example)
    url = "https://keystonerentfranchise.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Keystone Rent Co. of Abilene",
        "keystonerentabilene.com",
        None,
        "evidence_unverified",
        {
            "keystonerentabilene.com": pm_home(
                "Keystone Rent Co. of Abilene",
                nav=login_link(url),
                footer="Each office is independently owned and operated. &copy; 2026 Keystone Rent Co. of Abilene",
            ),
            "keystonerentfranchise.managebuilding.com": {
                "/Resident/portal/login": buildium_rc("Keystone Rent Co. Franchising, LLC")
            },
        },
    )

    # the given community portal says "Professionally managed by Ironbark Residential". Contract
    add(
        "live_portal",
        "Entrata",
        "Pinehurst Rentals",
        "pinehurstrentals-tx.com",
        "https://pinehurstcommons.residentportal.com/resident_portal/",
        "evidence_unverified",
        {
            "pinehurstrentals-tx.com": pm_home("Pinehurst Rentals"),
            "pinehurstcommons.residentportal.com": {
                "/resident_portal/": _login(
                    "Resident Portal | Login",
                    "Pinehurst Commons Resident Portal",
                    footer="Professionally managed by Ironbark Residential",
                )
            },
        },
    )

    # a same-named firm in Oklahoma: the Rent Manager portal's addresses are all in Tulsa, OK; the
    # candidate's homepage is about San Marcos, TX only. Contract (addresses all in another state)
    add(
        "live_portal",
        "Rent Manager",
        "Riverbend Leasing Company",
        "riverbendleasing-sm.com",
        "https://riverbendleasingok.rmresident.com/",
        "evidence_unverified",
        {
            "riverbendleasing-sm.com": pm_home(
                "Riverbend Leasing Company", "<p>Student and family rentals in San Marcos, TX.</p>"
            ),
            "riverbendleasingok.rmresident.com": {
                "/": _login(
                    "Riverbend Leasing Company - Resident Portal",
                    "Riverbend Leasing Company",
                    user="Username",
                    footer="4120 S Peoria Ave, Tulsa, OK 74105 &middot; Rent Manager",
                )
            },
        },
    )

    # a sister office's portal given as evidence: the homepage calls it "our sister office". Contract
    # (two offices of one brand are two companies)
    add(
        "live_portal",
        "AppFolio",
        "Copperleaf Realty Temple",
        "copperleaftemple.com",
        "https://copperleafkilleen.appfolio.com/connect",
        "evidence_unverified",
        {
            "copperleaftemple.com": pm_home(
                "Copperleaf Realty Temple", "<p>Moving to Fort Cavazos? Visit our sister office, Copperleaf Realty Killeen.</p>"
            ),
            "copperleafkilleen.appfolio.com": {"/connect": appfolio_in("Copperleaf Realty Killeen")},
        },
    )

    # acquired: a banner "Stillwater Leasing has been acquired by Trailhead Residential" sends residents
    # to Trailhead's Buildium portal. Contract ("acquired by X")
    url = "https://trailheadresidential.managebuilding.com/Resident/portal/login"
    add(
        "site_links_portal",
        "Buildium",
        "Stillwater Leasing",
        "stillwaterleasing-tx.com",
        None,
        "evidence_unverified",
        {
            "stillwaterleasing-tx.com": pm_home(
                "Stillwater Leasing",
                "<div class='banner'>Stillwater Leasing has been acquired by Trailhead Residential! Residents, please "
                f"<a href='{url}'>log in to the Trailhead resident portal</a>.</div>",
            ),
            "trailheadresidential.managebuilding.com": {"/Resident/portal/login": buildium_rc("Trailhead Residential")},
        },
    )

    # ================= rejections: stale, dead, wrong PMS, vendor pages, walls

    # the site's menu links a Buildium account that now redirects to the shared global sign-in.
    url = "https://hondocreekpm.managebuilding.com/Resident/portal/login"
    add(
        "stale_portal",
        "Buildium",
        "Hondo Creek Property Management",
        "hondocreekpm.com",
        None,
        "evidence_unverified",
        {
            "hondocreekpm.com": pm_home("Hondo Creek Property Management", nav=login_link(url)),
            "hondocreekpm.managebuilding.com": {
                "/Resident/portal/login": redirect("https://signin.managebuilding.com/Resident/portal/global-login")
            },
        },
    )

    # the linked AppFolio account answers with a notice above its form: the portal is retired, use the
    # new one. Contract (retired or replaced by a new portal); no stored source
    url = "https://kinneycountyhomes.appfolio.com/connect"
    add(
        "stale_portal",
        "AppFolio",
        "Kinney County Homes",
        "kinneycountyhomes.com",
        None,
        "evidence_unverified",
        {
            "kinneycountyhomes.com": pm_home("Kinney County Homes", nav=login_link(url, "Pay Rent")),
            "kinneycountyhomes.appfolio.com": {
                "/connect": appfolio_in(
                    "Kinney County Homes",
                    extra="<div class='alert'>This portal has been retired. As of March 1, Kinney County Homes residents "
                    "use our new resident portal; check your email for the new link.</div>",
                )
            },
        },
    )

    # a demo Buildium portal with sample data given as evidence. Contract (a demo with sample data)
    add(
        "no_account",
        "Buildium",
        "Anahuac Bay Leasing",
        "anahuacbayleasing.com",
        "https://anahuacbaydemo.managebuilding.com/Resident/portal/login",
        "evidence_unverified",
        {
            "anahuacbayleasing.com": pm_home("Anahuac Bay Leasing"),
            "anahuacbaydemo.managebuilding.com": {
                "/Resident/portal/login": buildium_rc(
                    "Sample Property Management",
                    notice="<div class='alert'>This is a demo account populated with sample data for evaluation only.</div>",
                )
            },
        },
    )

    # AppFolio account given as evidence answers 404.
    add(
        "no_account",
        "AppFolio",
        "Wimberley Hills Leasing",
        "wimberleyhillsleasing.com",
        "https://wimberleyhillslsg.appfolio.com/connect",
        "evidence_unverified",
        {
            "wimberleyhillsleasing.com": pm_home("Wimberley Hills Leasing"),
            "wimberleyhillslsg.appfolio.com": {"/connect": not_found()},
        },
    )

    # Rent Manager corp id that does not exist ("could not be found" on the web access page).
    add(
        "no_account",
        "Rent Manager",
        "Medina Lake Management",
        "medinalakemgmt.com",
        "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=medinalakemg",
        "evidence_unverified",
        {
            "medinalakemgmt.com": pm_home("Medina Lake Management"),
            "residentwebaccess.rentmanager.com": {
                "/CustomerLogin.aspx?corpid=medinalakemg": page(
                    "<p class='error'>The Corporate ID could not be found. Please contact your property manager.</p>",
                    title="Resident Web Access",
                )
            },
        },
    )

    # claimed Buildium, but the site's "Resident Login" goes to an AppFolio account. Contract
    url = "https://rockportbayhomes.appfolio.com/connect"
    add(
        "other_pms",
        "Buildium",
        "Rockport Bay Homes",
        "rockportbayhomes.com",
        None,
        "pms_mismatch",
        {
            "rockportbayhomes.com": pm_home("Rockport Bay Homes", nav=login_link(url)),
            "rockportbayhomes.appfolio.com": {"/connect": appfolio_in("Rockport Bay Homes")},
        },
    )

    # claimed Rent Manager, but the site links Rentec Direct's shared sign-in. Contract (shared
    # sign-in of TenantCloud or Rentec Direct counts for pms_mismatch)
    add(
        "other_pms",
        "Rent Manager",
        "Sweetwater Rentals",
        "sweetwaterrentals-tx.com",
        None,
        "pms_mismatch",
        {
            "sweetwaterrentals-tx.com": pm_home(
                "Sweetwater Rentals", nav=login_link("https://secure.rentecdirect.com/tenants/login.php", "Tenant Login")
            ),
            "secure.rentecdirect.com": {"/tenants/login.php": _login("Tenant Login | Rentec Direct", "Tenant Login")},
        },
    )

    # a Buildium customer-story page given as evidence; the site links nothing. Vendor marketing host
    add(
        "vendor_wide",
        "Buildium",
        "Jasper Pines Property Management",
        "jasperpinespm.com",
        "https://www.buildium.com/customers/jasper-pines-property-management/",
        "no_pms_evidence",
        {
            "jasperpinespm.com": pm_home("Jasper Pines Property Management"),
            "www.buildium.com": {
                "/customers/jasper-pines-property-management/": page(
                    "<h1>How Jasper Pines grew to 400 doors</h1>", title="Customer Story | Buildium"
                )
            },
        },
    )

    # the homepage shows listing photos from AppFolio's image CDN and nothing else of AppFolio.
    add(
        "asset",
        "AppFolio",
        "Lampasas Valley Rentals",
        "lampasasvalleyrentals.com",
        None,
        "no_pms_evidence",
        {
            "lampasasvalleyrentals.com": pm_home(
                "Lampasas Valley Rentals",
                "<img src='https://images.cdn.appfolio.com/lampasasvalley/images/3c9e1a/medium.jpg' alt='3 bd home'>",
            )
        },
    )

    # the domain redirects to an Afternic for-sale page; a live portal given changes nothing.
    # Afternic lander shape: evidence_corpus parked list
    add(
        "parked",
        "Buildium",
        "Crockett County Homes",
        "crockettcountyhomes.com",
        "https://crockettcountyhomes.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "crockettcountyhomes.com": {
                "/": redirect("https://www.afternic.com/forsale/crockettcountyhomes.com?utm_source=TDFS&utm_medium=parkedpages")
            },
            "crockettcountyhomes.managebuilding.com": {"/Resident/portal/login": buildium_rc("Crockett County Homes")},
        },
    )

    # a Wix "domain isn't connected to a website yet" page. https://www.saullopezsilva.com/post/domain-horror-story
    add(
        "parked",
        "AppFolio",
        "Goliad Property Partners",
        "goliadpropertypartners.com",
        "https://goliadpp.appfolio.com/connect",
        "dead_domain",
        {
            "goliadpropertypartners.com": {
                "/": doc(
                    "goliadpropertypartners.com",
                    "<meta name='robots' content='noindex'>",
                    "<h1>Looks like this domain isn't connected to a website yet!</h1><p>If you own this domain, "
                    "<a href='https://www.wix.com/'>connect it to your Wix site</a>.</p>",
                )
            },
            "goliadpp.appfolio.com": {"/connect": appfolio_in("Goliad Property Partners")},
        },
    )

    # a theme's sample content ("Your Company Name", lorem ipsum) on the domain. Contract; no stored source
    add(
        "dead_domain",
        "Rentvine",
        "Refugio Residential",
        "refugioresidential.com",
        "https://refugioresidential.rentvine.com/portals/resident/",
        "dead_domain",
        {
            "refugioresidential.com": {
                "/": page(
                    "<header><a class='logo'>Your Company Name</a></header><h1>Welcome to Your Company Name</h1><p>Lorem "
                    "ipsum dolor sit amet, consectetur adipiscing elit.</p><footer>&copy; Your Company Name</footer>",
                    title="Your Company Name – Just another WordPress site",
                )
            },
            "refugioresidential.rentvine.com": {"/portals/resident/": spa_shell("Refugio Residential - Resident Portal")},
        },
    )

    # no such host (neither name nor www.); the DoorLoop portal given is live.
    add(
        "dead_domain",
        "DoorLoop",
        "Menard Creek Homes",
        "menardcreekhomes.com",
        "https://menardcreekhomes.app.doorloop.com/tenant-portal/login",
        "dead_domain",
        {"menardcreekhomes.app.doorloop.com": {"/tenant-portal/login": spa_shell("Menard Creek Homes - Tenant Portal")}},
        unresolvable=("menardcreekhomes.com", "www.menardcreekhomes.com"),
    )

    # a hijacked expired domain now selling gambling ("slot gacor"). Contract; no stored source
    add(
        "dead_domain",
        "Buildium",
        "Madisonville Rent Homes",
        "madisonvillerenthomes.com",
        "https://madisonvillerent.managebuilding.com/Resident/portal/login",
        "dead_domain",
        {
            "madisonvillerenthomes.com": {
                "/": page(
                    "<h1>SLOT GACOR HARI INI</h1><p>Daftar situs judi slot online terpercaya, maxwin setiap hari.</p>"
                    "<a href='/daftar'>DAFTAR</a>",
                    title="SLOT GACOR ⚡ Situs Judi Slot Online Gampang Maxwin Hari Ini",
                )
            },
            "madisonvillerent.managebuilding.com": {"/Resident/portal/login": buildium_rc("Madisonville Rent Homes")},
        },
    )

    # the Entrata portal given answers a Cloudflare managed challenge. Contract (bot walls)
    add(
        "bot_wall",
        "Entrata",
        "Tomball Trace Apartments",
        "tomballtraceapts.com",
        "https://tomballtrace.residentportal.com/resident_portal/",
        "unverifiable",
        {
            "tomballtraceapts.com": pm_home("Tomball Trace Apartments"),
            "tomballtrace.residentportal.com": {
                "/resident_portal/": Reply(
                    403,
                    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><p>Verifying you are human."
                    "</p><script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8a1'></script></body></html>",
                )
            },
        },
    )

    # the site links its Yardi securecafe login, which answers servers with a bare 403. Contract
    url = "https://marbleheights.securecafe.com/residentservices/marble-heights/userlogin.aspx"
    add(
        "bot_wall",
        "Yardi",
        "Marble Heights Residences",
        "marbleheightsres.com",
        None,
        "unverifiable",
        {
            "marbleheightsres.com": pm_home("Marble Heights Residences", nav=login_link(url, "Residents")),
            "marbleheights.securecafe.com": {
                "/residentservices/marble-heights/userlogin.aspx": raw(403, "<html><body><h1>403 Forbidden</h1></body></html>")
            },
        },
    )

    return cases


HOLDOUT12: list[Case] = _holdout12()
