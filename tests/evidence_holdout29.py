"""Twenty-ninth blind corpus: real leads whose own words look like a rejection, and the rejections they resemble.

Focus: the contract (docs/live-checks.md) reads closure, handover, retired-portal, move and
placeholder notices on a company's site and portal, in English, Spanish, Chinese, Vietnamese,
Korean, Russian, Portuguese, Haitian Creole and Arabic. Everyday property-manager wording
looks a lot like those notices: an office closed for a holiday or a storm, "we closed on" homes,
closing a fiscal year, a founder who retired, an office that moved, "we're moving to a new
website", a portal's "welcome to our new Resident Center", "no longer accepting cash", a listing
or unit "no longer available", a community "professionally managed by" the candidate itself,
joining an association, two offices of one company merging, "coming soon" for a new community
on a full site, an acquirer welcoming the residents of a firm that joined it, and short sites
that still speak of renting.

Mix: 54 candidates over 23 states and 6 vendors. 36 real leads (high when the site links the
portal, medium when only the agent's evidence URL is a live account portal in the company's
name) carry that benign wording, in all nine languages; 18 rejections differ from one of them
only in the decisive words: the company closed (`dead_domain`), its management was sold, handed
over or merged away, its site says it is no longer maintained, its portal is retired or now
another firm's (`evidence_unverified`), its portal sends residents to another PMS
(`pms_mismatch`), or the site is a bare placeholder (`dead_domain`). The shared sign-in hosts
(TenantCloud, Rentec Direct) are left to other corpora.

Classes used for rejections: `dead_domain` for a company its site says closed; `parked` for a
bare placeholder; `stale_portal` for a live portal that is no longer the company's (retired,
handed over, another manager's community, a site no longer maintained); `other_pms` for a portal
moving residents to another PMS.

How the labels were decided: by the contract (judging order, vendor table, name rules, the
closure, handover, retired-portal and placeholder notices and the examples it gives of words
that are not such notices, confidence) and by what a careful sales team that reads every one of
these languages concludes from the pages as served, written without reading or running the
checks. Where the contract is silent the label is what that team would want and the case's
comment says "ambiguous:". Every page is our own short HTML after the shapes of real property
managers' sites and vendors' portals (Buildium's `/Resident/portal/login`, AppFolio's `/connect`
redirect to its sign-in, Rentvine's app shell, Rent Manager's Resident Web Access, RealPage's
ActiveBuilding, DoorLoop's app); all company names, domains, accounts and addresses are made up.
"""

from __future__ import annotations

from evidence_corpus import Collector, _login, spa_shell
from fake_web import Reply, page, redirect

collector = Collector("holdout29-")
add = collector.add

ROBOTS = Reply(200, "User-agent: *\nDisallow: /\n", content_type="text/plain")

NAV = {
    "en": ("Home", "About Us", "Rentals", "Owners", "Contact"),
    "es": ("Inicio", "Nosotros", "Rentas", "Propietarios", "Contacto"),
    "zh": ("首页", "关于我们", "房屋出租", "业主服务", "联系我们"),
    "vi": ("Trang chủ", "Giới thiệu", "Nhà cho thuê", "Chủ nhà", "Liên hệ"),
    "ko": ("홈", "회사 소개", "임대 매물", "집주인", "연락처"),
    "ru": ("Главная", "О нас", "Аренда", "Владельцам", "Контакты"),
    "pt": ("Início", "Sobre nós", "Aluguel", "Proprietários", "Contato"),
    "ht": ("Akèy", "Sou nou", "Kay pou lwe", "Pwopriyetè", "Kontak"),
    "ar": ("الرئيسية", "من نحن", "عقارات للإيجار", "الملاك", "اتصل بنا"),
}


def homepage(co: str, body: str, address: str, *, lang: str = "en", links: str = "", title: str | None = None) -> Reply:
    """A property manager's homepage in `lang`: a menu (with `links` in it), the body, a footer with the address."""
    items = "".join(f"<a href='/{i}'>{label}</a>" for i, label in enumerate(NAV[lang]))
    html = (
        f"<header><div class='logo'><img src='/logo.png' alt='{co}'></div><nav>{items}{links}</nav></header>"
        f"<main>{body}</main><footer><p>{address}</p><p>&copy; 2026 {co}</p></footer>"
    )
    head = "<meta name='viewport' content='width=device-width, initial-scale=1'>"
    return Reply(
        200,
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='UTF-8'><title>{title or co}</title>{head}</head>"
        f"<body>{html}</body></html>",
    )


def link(url: str, label: str = "Resident Login") -> str:
    return f"<a class='menu-item portal' href='{url}' target='_blank'>{label}</a>"


def notice(text: str) -> str:
    return f"<div class='alert alert-info announcement'><strong>{text}</strong></div>"


# --- vendors' account portals as they serve them --------------------------------------------


def buildium(acct: str, co: str, note: str = "") -> tuple[str, str, dict[str, Reply]]:
    """Buildium's Resident Center sign-in (`/Resident/portal/login`), a sign-in message above the form."""
    url = f"https://{acct}.managebuilding.com/Resident/portal/login"
    pages = {
        "/Resident/portal/login": _login(
            f"{co} - Resident Center", f"{co} Resident Center", user="Email", footer="Powered by Buildium", extra=note
        ),
        "/robots.txt": ROBOTS,
    }
    return url, f"{acct}.managebuilding.com", pages


def appfolio(acct: str, co: str, note: str = "", *, title: str = "Online Portal - Sign In") -> tuple[str, str, dict[str, Reply]]:
    """AppFolio's `/connect`, a 302 to `/connect/users/sign_in` (title "Online Portal - Sign In", the company as heading)."""
    url = f"https://{acct}.appfolio.com/connect"
    pages = {
        "/connect": redirect("/connect/users/sign_in"),
        "/connect/users/sign_in": _login(
            title, co, user="user[email]", footer="Powered by AppFolio Property Manager", extra=note
        ),
    }
    return url, f"{acct}.appfolio.com", pages


def rentvine(acct: str, co: str) -> tuple[str, str, dict[str, Reply]]:
    """Rentvine's resident portal: a single-page app's shell titled with the company."""
    shell = spa_shell(f"{co} - Resident Portal")
    return (
        f"https://{acct}.rentvine.com/portals/resident",
        f"{acct}.rentvine.com",
        {
            "/portals/resident": shell,
            "/portals/resident/": shell,
        },
    )


def rentmanager(acct: str, co: str, note: str = "") -> tuple[str, str, dict[str, Reply]]:
    """Rent Manager's Resident Web Access on `<account>.rmresident.com`."""
    login = _login(
        "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer="Rent Manager", extra=note
    )
    return f"https://{acct}.rmresident.com/", f"{acct}.rmresident.com", {"/": login, "/robots.txt": ROBOTS}


def activebuilding(acct: str, community: str, manager: str) -> tuple[str, str, dict[str, Reply]]:
    """RealPage's ActiveBuilding: a community's resident portal, its manager in the footer."""
    login = _login(
        "ActiveBuilding - Log In",
        f"{community} Resident Portal",
        footer=f"Professionally managed by {manager} &middot; RealPage",
    )
    return f"https://{acct}.activebuilding.com/", f"{acct}.activebuilding.com", {"/": redirect("/login"), "/login": login}


def doorloop(acct: str, co: str) -> tuple[str, str, dict[str, Reply]]:
    """DoorLoop's tenant portal: an app shell on `<account>.app.doorloop.com`."""
    shell = spa_shell(f"{co} | Tenant Portal")
    return f"https://{acct}.app.doorloop.com/auth/login", f"{acct}.app.doorloop.com", {"/": shell, "/auth/login": shell}


# =============================================================================================
# REAL LEADS: benign wording that resembles a notice
# =============================================================================================

# 0. English, a Thanksgiving office closure on the homepage of a Queens firm that links Buildium
# (shape: a theme's top alert bar). "Closed for the holidays" is named benign by the contract: high.
co = "Harbor Lantern Property Management"
url, host, portal = buildium("harborlanternpm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "harborlanternpm.com",
    url,
    "high",
    {
        "harborlanternpm.com": {
            "/": homepage(
                co,
                notice(
                    "Our office will be closed Thursday, November 26 and Friday, November 27 for Thanksgiving. "
                    "Rent can still be paid online 24/7 through the Resident Login."
                )
                + "<h1>Property Management in Queens</h1><p>We manage two-family homes, co-ops and small apartment buildings "
                "for owners across Queens. Tenants: submit maintenance requests and pay rent online.</p>",
                "37-12 Prince St, Suite 4B, Flushing, NY 11354 &middot; (718) 555-0144",
                links=link(url),
            )
        },
        host: portal,
    },
    state="NY",
    city="Queens",
)

# 1. English, "Office closed today due to the winter storm" on a site that links no portal; the
# agent gives the live AppFolio account in the company's name, whose sign-in page repeats the
# storm closure (AppFolio's custom sign-in message). Weather closure is not a notice: medium.
co = "Cobblefield Rentals"
url, host, portal = appfolio(
    "cobblefieldrentals", co, notice("Office closed Tuesday due to the blizzard. Online payments are not affected.")
)
add(
    "live_portal",
    "AppFolio",
    co,
    "cobblefieldrentals.com",
    url,
    "medium",
    {
        "cobblefieldrentals.com": {
            "/": homepage(
                co,
                notice(
                    "WEATHER CLOSURE: our office is closed today due to the winter storm. We reopen tomorrow at 9 am. "
                    "For emergency maintenance call (612) 555-0175."
                )
                + "<h1>Homes and duplexes for rent in Minneapolis</h1><p>Cobblefield Rentals manages 240 rental homes "
                "for local owners. Tenants can apply online and request repairs anytime.</p>",
                "3318 Chicago Ave, Minneapolis, MN 55407",
            )
        },
        host: portal,
    },
    state="MN",
    city="Minneapolis",
)

# 2. English, "our sales team closed on 31 homes" (the contract's "We closed on 40 homes" shape, in
# other words), Buildium linked from the footer: high.
co = "Seven Gables Realty & Management"
url, host, portal = buildium("sevengablesrm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "sevengablesrm.com",
    None,
    "high",
    {
        "sevengablesrm.com": {
            "/": homepage(
                co,
                "<h1>Boston rentals, sales and management</h1><p>In 2025 our sales team closed on 31 homes for investor "
                "clients, and our management team placed qualified tenants in every one of them.</p>"
                "<p>Residents: pay rent and submit maintenance requests through the Resident Center.</p>"
                f"<div class='footer-cta'>{link(url, 'Pay Rent Online')}</div>",
                "418 Centre St, Jamaica Plain, MA 02130 &middot; (617) 555-0112",
            )
        },
        host: portal,
    },
    state="MA",
    city="Boston",
)

# 3. English, closing a fiscal year ("As we close fiscal year 2025 ... our year-end closing") on a
# Philadelphia site linking Rentvine: a bookkeeping word, not a closure: high.
co = "Ironbridge Lane Property Group"
url, host, portal = rentvine("ironbridgelane", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "ironbridgelane.com",
    url,
    "high",
    {
        "ironbridgelane.com": {
            "/": homepage(
                co,
                "<h1>Philadelphia rowhome and apartment management</h1><h2>Year-end notice to owners</h2>"
                "<p>As we close fiscal year 2025, owner statements and 1099s will be mailed by January 31. Because of our "
                "year-end closing, owner draws requested after December 29 will post on January 2.</p>"
                "<p>Tenants: rent is due on the 1st; pay in the Resident Portal.</p>",
                "2201 E Norris St, Philadelphia, PA 19125",
                links=link(url, "Tenant Portal"),
            )
        },
        host: portal,
    },
    state="PA",
    city="Philadelphia",
)

# 4. English, a retired founder ("Our founder ... retired in 2021 ... his daughter leads the company
# today"), AppFolio linked: the company goes on: high.
co = "Marlowe Creek Property Management"
url, host, portal = appfolio("marlowecreekpm", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "marlowecreekpm.com",
    url,
    "high",
    {
        "marlowecreekpm.com": {
            "/": homepage(
                co,
                "<h1>Charlotte property management since 1989</h1><h2>Our story</h2><p>Our founder, Dale Marlowe, retired in "
                "2021 after 32 years. His daughter Anne Marlowe leads the company today, with the same team, the same phone "
                "number and the same care for your rental home.</p>",
                "1515 Central Ave, Charlotte, NC 28205 &middot; (704) 555-0190",
                links=link(url, "Resident Portal") + link(url.replace("/connect", "/oportal"), "Owner Portal"),
            )
        },
        host: {
            **portal,
            "/oportal": redirect("/oportal/users/log_in"),
            "/oportal/users/log_in": _login("Owner Portal - Log In", co, user="user[email]", footer="AppFolio"),
        },
    },
    state="NC",
    city="Charlotte",
)

# 5. English, a moved office ("We've moved! Our office is now at ...; our Resident Login has not
# changed"), Buildium linked: an office move, not a portal move: high.
co = "Pinecrest Harbor Management"
url, host, portal = buildium("pinecrestharbor", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "pinecrestharbormgmt.com",
    url,
    "high",
    {
        "pinecrestharbormgmt.com": {
            "/": homepage(
                co,
                notice(
                    "We've moved! Our office is now at 1420 NW Market St, Suite 300, Seattle, WA 98107. "
                    "Our phone number and Resident Login have not changed."
                )
                + "<h1>Seattle apartment and condo management</h1><p>Leasing, rent collection and maintenance for "
                "owners in Ballard, Fremont and Greenwood.</p>",
                "1420 NW Market St, Suite 300, Seattle, WA 98107",
                links=link(url),
            )
        },
        host: portal,
    },
    state="WA",
    city="Seattle",
)

# 6. English, "We're moving to a new website! ... until then, keep using the Resident Login and
# Owner Portal below - nothing changes for residents", AppFolio linked. ambiguous: the contract
# lists "visit our new website at" and "this website is no longer maintained" as handovers; this
# site names no other website, is maintained, and tells residents to keep using its portal. A
# careful team calls it a lead: high.
co = "Tall Cedar Residential"
url, host, portal = appfolio("tallcedarres", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "tallcedarresidential.com",
    url,
    "high",
    {
        "tallcedarresidential.com": {
            "/": homepage(
                co,
                notice(
                    "We're moving to a new website! Our new site launches next month. Until then, keep using the "
                    "Resident Login and Owner Portal below - nothing changes for residents or owners."
                )
                + "<h1>Portland rental homes, professionally managed</h1><p>Tenant screening, leasing and 24/7 maintenance "
                "for single-family rentals in Portland and Beaverton, Oregon.</p>"
                f"<p>{link(url, 'Resident Login')} {link(url, 'Owner Portal')}</p>",
                "2035 SE Hawthorne Blvd, Portland, OR 97214",
            )
        },
        host: portal,
    },
    state="OR",
    city="Portland",
)

# 7. English, the portal itself says "Welcome to our new Resident Center! We have moved from paper
# checks to online payments" above its form (a Buildium sign-in message); the site links nothing.
# A new portal of the same PMS in the company's name is live: medium.
co = "Canyon Quail Property Management"
url, host, portal = buildium(
    "canyonquailpm",
    co,
    notice(
        "Welcome to our new Resident Center! We have moved from paper checks to online payments. "
        "Create your account with the email address we have on file."
    ),
)
add(
    "live_portal",
    "Buildium",
    co,
    "canyonquailpm.com",
    url,
    "medium",
    {
        "canyonquailpm.com": {
            "/": homepage(
                co,
                "<h1>Phoenix property management</h1><p>We lease and manage single-family homes and townhomes across the "
                "East Valley. Owners get monthly statements; tenants get fast maintenance.</p>",
                "4802 E Ray Rd, Suite 23, Phoenix, AZ 85044 &middot; (480) 555-0161",
            )
        },
        host: portal,
    },
    state="AZ",
    city="Phoenix",
)

# 8. English, "we are no longer accepting cash or money orders at the office" (a payment policy,
# not "we no longer offer property management"), Buildium linked: high.
co = "Juniper Hollow Rentals"
url, host, portal = buildium("juniperhollow", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "juniperhollowrentals.com",
    url,
    "high",
    {
        "juniperhollowrentals.com": {
            "/": homepage(
                co,
                notice(
                    "Effective March 1, we are no longer accepting cash or money orders at the office. "
                    "Please pay rent online through the Tenant Portal."
                )
                + "<h1>Denver rentals</h1><p>Apartments, duplexes and houses for rent in Denver and Lakewood, managed "
                "locally since 2008.</p>",
                "1350 S Broadway, Denver, CO 80210",
                links=link(url, "Tenant Portal"),
            )
        },
        host: portal,
    },
    state="CO",
    city="Denver",
)

# 9. English, the evidence is a removed AppFolio listing: the detail URL 302s to the account's live
# listings page, which says "The listing you requested is no longer available" above the other
# listings (AppFolio's flash message). The contract says that notice is the listing's, not the
# account's; the site links the account's /connect: high.
co = "Bayou Lantern Property Management"
url, host, portal = appfolio("bayoulantern", co)
portal["/listings/detail/3f9c1a2e-7b4d-4e18-9a61-2c0d5e8f7a13"] = redirect("/listings?filters%5Border_by%5D=date_posted")
portal["/listings"] = page(
    "<div class='flash flash--notice'>The listing you requested is no longer available.</div>"
    f"<h1>{co}</h1><h2>Available Rentals</h2><div class='listing-item'>3 bd / 2 ba - 7714 Bellfort Ave - $1,695 "
    "<a href='/listings/rental_applications/new'>Apply Now</a></div>",
    title=f"{co} - Rental Listings",
)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "bayoulanternpm.com",
    "https://bayoulantern.appfolio.com/listings/detail/3f9c1a2e-7b4d-4e18-9a61-2c0d5e8f7a13",
    "high",
    {
        "bayoulanternpm.com": {
            "/": homepage(
                co,
                "<h1>Houston property management</h1><p>Leasing and management for rental homes in southwest Houston, "
                "Sugar Land and Missouri City.</p>",
                "9800 Centre Pkwy, Suite 600, Houston, TX 77036",
                links=link(url, "Resident Login") + link("https://bayoulantern.appfolio.com/listings", "Available Rentals"),
            )
        },
        host: portal,
    },
    state="TX",
    city="Houston",
)

# 10. English, "managed by" the candidate itself: the company links a community's RealPage
# ActiveBuilding portal whose footer reads "Professionally managed by Halsted Crane Residential",
# the candidate. RealPage titles are not compared; the manager named is the company: high.
co = "Halsted Crane Residential"
url, host, portal = activebuilding("loftsatkedzie", "The Lofts at Kedzie", co)
add(
    "site_links_portal",
    "RealPage",
    co,
    "halstedcrane.com",
    url,
    "high",
    {
        "halstedcrane.com": {
            "/": homepage(
                co,
                "<h1>Chicago apartment management</h1><p>We manage mid-rise apartment communities in Logan Square and "
                "Avondale. Residents of The Lofts at Kedzie: pay rent and request service through your resident "
                "portal.</p>",
                "2930 N Milwaukee Ave, Chicago, IL 60618",
                links=link(url, "Residents: The Lofts at Kedzie"),
            )
        },
        host: portal,
    },
    state="IL",
    city="Chicago",
)

# 11. English, "We're proud to have joined the Atlanta Apartment Association and NARPM" (an
# association, as the contract's "joined the Texas Apartment Association"), Buildium linked: high.
co = "Peachtree Larkspur Management"
url, host, portal = buildium("peachtreelarkspur", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "peachtreelarkspur.com",
    url,
    "high",
    {
        "peachtreelarkspur.com": {
            "/": homepage(
                co,
                "<h1>Gwinnett County property management</h1><p>News: we're proud to have joined the Atlanta Apartment "
                "Association and NARPM this year.</p><p>Full-service management of rental homes in Duluth, Suwanee "
                "and Lawrenceville.</p>",
                "3473 Satellite Blvd, Suite 210, Duluth, GA 30096",
                links=link(url),
            )
        },
        host: portal,
    },
    state="GA",
    city="Duluth",
)

# 12. English, two offices of the same company merged ("Our Shadyside and Lawrenceville offices
# have merged into one location"), Buildium linked: not "have merged to become X": high.
co = "Two Rivers Keystone Property Management"
url, host, portal = buildium("tworiverskeystone", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "tworiverskeystone.com",
    url,
    "high",
    {
        "tworiverskeystone.com": {
            "/": homepage(
                co,
                notice(
                    "Our Shadyside and Lawrenceville offices have merged into one location at 4720 Liberty Ave. "
                    "Same team, same Resident Login."
                )
                + "<h1>Pittsburgh apartment management</h1><p>Leasing and maintenance for 900 apartments in Pittsburgh's "
                "East End.</p>",
                "4720 Liberty Ave, Pittsburgh, PA 15224",
                links=link(url),
            )
        },
        host: portal,
    },
    state="PA",
    city="Pittsburgh",
)

# 13. English, "Coming Soon: Sable Point at Westshore ... pre-leasing summer 2026" as one section of a
# full site (not a bare "coming soon" page), AppFolio linked: high.
co = "Sable Point Residential"
url, host, portal = appfolio("sablepointres", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "sablepointres.com",
    url,
    "high",
    {
        "sablepointres.com": {
            "/": homepage(
                co,
                "<h1>Tampa townhome and apartment management</h1><p>We manage 14 communities in Hillsborough County.</p>"
                "<section class='promo'><h2>Coming Soon</h2><p>Sable Point at Westshore: 48 new townhomes, pre-leasing "
                "summer 2026. Join the interest list.</p></section>",
                "4110 W Kennedy Blvd, Tampa, FL 33609",
                links=link(url, "Resident Portal"),
            )
        },
        host: portal,
    },
    state="FL",
    city="Tampa",
)

# 14. English, a short site (a landlord's one-pager: rentals, a phone number, "Tenants: pay your rent
# online") that links nothing; the agent gives the Rentvine account in its name. It still speaks of
# renting and tenants: medium.
co = "Greyfinch Rentals"
url, host, portal = rentvine("greyfinchrentals", co)
add(
    "live_portal",
    "Rentvine",
    co,
    "greyfinchrentals.com",
    url,
    "medium",
    {
        "greyfinchrentals.com": {
            "/": page(
                f"<h1>{co}</h1><p>Houses for rent in Greenville, SC. Call (864) 555-0187 to schedule a showing.</p>"
                "<p>Tenants: pay your rent online through your tenant portal. Questions? Text us.</p>"
                "<p>PO Box 2291, Greenville, SC 29602</p>",
                title=co,
            )
        },
        host: portal,
    },
    state="SC",
    city="Greenville",
)

# 15. English, an acquirer's welcome ("Welcome, residents of Hollis Street Rentals! Hollis Street
# Rentals has joined Larchmont Vale Property Management. Your new Resident Login is below") on the
# candidate's (the acquirer's) site, Buildium linked. The contract names this benign: high.
co = "Larchmont Vale Property Management"
url, host, portal = buildium("larchmontvale", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "larchmontvalepm.com",
    url,
    "high",
    {
        "larchmontvalepm.com": {
            "/": homepage(
                co,
                notice(
                    "Welcome, residents of Hollis Street Rentals! Hollis Street Rentals has joined Larchmont Vale "
                    "Property Management. Your new Resident Login is below."
                )
                + "<h1>Essex County property management</h1><p>Apartments and two-family homes in Montclair, Bloomfield "
                "and Nutley.</p>",
                "22 Church St, Montclair, NJ 07042",
                links=link(url),
            )
        },
        host: portal,
    },
    state="NJ",
    city="Montclair",
)

# 16. Spanish, "Nuestra oficina estará cerrada el 25 de diciembre y el 1 de enero" on a Los Angeles
# Spanish-language firm's site, AppFolio linked: a holiday closure: high.
co = "Administración de Propiedades Sol del Valle"
url, host, portal = appfolio("soldelvallepm", co, title="Portal en línea - Iniciar sesión")
add(
    "site_links_portal",
    "AppFolio",
    co,
    "soldelvallepm.com",
    url,
    "high",
    {
        "soldelvallepm.com": {
            "/": homepage(
                co,
                notice(
                    "Aviso: nuestra oficina estará cerrada el 25 de diciembre y el 1 de enero. Puede pagar su renta "
                    "en línea las 24 horas."
                )
                + "<h1>Administración de propiedades en el Este de Los Ángeles</h1><p>Rentamos y administramos casas y "
                "departamentos para propietarios en Boyle Heights y East LA.</p>",
                "2415 E César E Chávez Ave, Los Angeles, CA 90033",
                lang="es",
                links=link(url, "Portal de Inquilinos"),
            )
        },
        host: portal,
    },
    state="CA",
    city="Los Angeles",
)

# 17. Spanish, "Cerramos el año fiscal 2025 con 320 propiedades administradas" (the contract's
# "Cerramos 2025 con 400 propiedades" shape), Buildium linked: high.
co = "Palmetto Brisa Property Management"
url, host, portal = buildium("palmettobrisa", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "palmettobrisa.com",
    url,
    "high",
    {
        "palmettobrisa.com": {
            "/": homepage(
                co,
                "<h1>Administración de propiedades en Miami</h1><p>¡Gracias a nuestros propietarios! Cerramos el año "
                "fiscal 2025 con 320 propiedades administradas y cero desalojos.</p><p>Inquilinos: paguen la renta y "
                "reporten reparaciones en el Portal de Residentes.</p>",
                "7220 NW 36th St, Suite 410, Miami, FL 33166",
                lang="es",
                links=link(url, "Portal de Residentes"),
            )
        },
        host: portal,
    },
    state="FL",
    city="Miami",
)

# 18. Spanish, "Ya no aceptamos pagos en efectivo en la oficina" (it resembles "ya no ofrecemos
# servicios de administración"), no link; the Buildium account in the company's name: medium.
co = "Rentas Mesquite Bravo"
url, host, portal = buildium("mesquitebravo", co)
add(
    "live_portal",
    "Buildium",
    co,
    "rentasmesquitebravo.com",
    url,
    "medium",
    {
        "rentasmesquitebravo.com": {
            "/": homepage(
                co,
                notice("Importante: ya no aceptamos pagos en efectivo en la oficina. Pague su renta en línea o con giro postal.")
                + "<h1>Casas y departamentos en renta en Laredo</h1><p>Administramos propiedades residenciales en Laredo "
                "desde 2004. Solicite su casa hoy.</p>",
                "1202 Zaragoza St, Laredo, TX 78040 &middot; (956) 555-0138",
                lang="es",
            )
        },
        host: portal,
    },
    state="TX",
    city="Laredo",
)

# 19. Spanish, "¡Nos mudamos! Nuestra nueva oficina está en ..." (an office move; the contract's
# portal move is "nos estamos cambiando a" a portal), Rentvine linked: high.
co = "Casa Lucero Property Management"
url, host, portal = rentvine("casalucero", co)
add(
    "site_links_portal",
    "Rentvine",
    co,
    "casaluceropm.com",
    url,
    "high",
    {
        "casaluceropm.com": {
            "/": homepage(
                co,
                notice(
                    "¡Nos mudamos! Nuestra nueva oficina está en 2401 Central Ave NE, Albuquerque, NM 87106. "
                    "El portal de inquilinos sigue igual."
                )
                + "<h1>Administración de propiedades en Albuquerque</h1><p>Casas en renta, cobro de renta y "
                "mantenimiento para propietarios en todo Nuevo México.</p>",
                "2401 Central Ave NE, Albuquerque, NM 87106",
                lang="es",
                links=link(url, "Portal de Inquilinos"),
            )
        },
        host: portal,
    },
    state="NM",
    city="Albuquerque",
)

# 20. Spanish, "Próximamente: Residencias Arroyo Verde" as a section of a full site ("Próximamente" is
# the contract's placeholder word, here beside a whole site), Buildium linked: high.
co = "Arroyo Verde Administración"
url, host, portal = buildium("arroyoverdeadmin", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "arroyoverdeadmin.com",
    url,
    "high",
    {
        "arroyoverdeadmin.com": {
            "/": homepage(
                co,
                "<h1>Administración de propiedades en Tucson</h1><p>Rentamos y administramos departamentos y casas en el "
                "sur de Tucson.</p><section><h2>Próximamente</h2><p>Residencias Arroyo Verde: 24 departamentos nuevos "
                "cerca de Irvington Rd. Lista de espera abierta.</p></section>",
                "3900 S 6th Ave, Tucson, AZ 85714",
                lang="es",
                links=link(url, "Pagar Renta"),
            )
        },
        host: portal,
    },
    state="AZ",
    city="Tucson",
)

# 21. Spanish, AppFolio's Spanish sign-in (title "Portal en línea - Iniciar sesión", which names no
# one) whose message reads "¡Bienvenido a nuestro nuevo portal de residentes!"; the Spanish site
# links nothing: a new portal's welcome, not a move: medium.
co = "Bahía Dorada Rentals"
url, host, portal = appfolio(
    "bahiadorada",
    co,
    notice("¡Bienvenido a nuestro nuevo portal de residentes! Ahora puede pagar con tarjeta."),
    title="Portal en línea - Iniciar sesión",
)
add(
    "live_portal",
    "AppFolio",
    co,
    "bahiadoradarentals.com",
    url,
    "medium",
    {
        "bahiadoradarentals.com": {
            "/": homepage(
                co,
                "<h1>Casas en renta en San Diego</h1><p>Administramos casas y departamentos en Chula Vista y National City. "
                "Inquilinos: paguen la renta en nuestro nuevo portal.</p>",
                "1055 Third Ave, Chula Vista, CA 91911",
                lang="es",
            )
        },
        host: portal,
    },
    state="CA",
    city="San Diego",
)

# 22. Chinese, a Lunar New Year office closure ("春节期间办公室休息") on a Flushing firm's site,
# Buildium linked: high.
co = "Golden Crane Property Management"
url, host, portal = buildium("goldencranepm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "goldencranepm.com",
    url,
    "high",
    {
        "goldencranepm.com": {
            "/": homepage(
                co,
                notice("春节期间办公室休息：2月16日至2月18日。租金可通过租客登录在线缴纳，紧急维修请致电。")
                + "<h1>金鹤物业管理</h1><p>我们为法拉盛及皇后区业主提供物业管理、房屋出租、收租和维修服务。</p>",
                "37-20 Main St, Suite 5F, Flushing, NY 11354 &middot; (718) 555-0128",
                lang="zh",
                links=link(url, "租客登录"),
            )
        },
        host: portal,
    },
    state="NY",
    city="Queens",
)

# 23. Chinese, "创始人陈先生已于2022年退休，公司由第二代继续经营" (a retired founder; the company
# goes on), AppFolio linked: high.
co = "Evergreen Lotus Realty & Management"
url, host, portal = appfolio("evergreenlotus", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "evergreenlotusrm.com",
    url,
    "high",
    {
        "evergreenlotusrm.com": {
            "/": homepage(
                co,
                "<h1>长青莲花地产管理</h1><p>创始人陈先生已于2022年退休，公司由第二代继续经营，团队不变。</p>"
                "<p>专业物业管理：房屋出租、租客筛选、收租、维修。服务圣盖博谷。</p>",
                "227 W Valley Blvd, Suite 218, San Gabriel, CA 91776",
                lang="zh",
                links=link(url, "租客入口"),
            )
        },
        host: portal,
    },
    state="CA",
    city="San Gabriel",
)

# 24. Chinese, "本公司不再接受现金付款" (no longer accepting cash) on a Chinese-only site that links
# nothing; the Buildium account in the company's name. The site speaks of 出租 and 物业管理: medium.
co = "Jade Harbor Rentals"
url, host, portal = buildium("jadeharborrentals", co)
add(
    "live_portal",
    "Buildium",
    co,
    "jadeharborrentals.com",
    url,
    "medium",
    {
        "jadeharborrentals.com": {
            "/": homepage(
                co,
                notice("通知：自3月1日起，本公司不再接受现金付款，请通过网上租客平台缴纳租金。")
                + "<h1>玉港出租管理</h1><p>波士顿华埠及昆西的公寓出租与物业管理，欢迎业主咨询。</p>",
                "88 Harrison Ave, Boston, MA 02111",
                lang="zh",
            )
        },
        host: portal,
    },
    state="MA",
    city="Boston",
)

# 25. Chinese, "我们已加入加州公寓协会" (joined an association; the contract's handover is "转交 X
# 接手管理"), Rent Manager's Resident Web Access linked: high.
co = "Silver Pagoda Management"
url, host, portal = rentmanager("silverpagoda", co)
add(
    "site_links_portal",
    "Rent Manager",
    co,
    "silverpagodamgmt.com",
    url,
    "high",
    {
        "silverpagodamgmt.com": {
            "/": homepage(
                co,
                "<h1>银塔物业管理</h1><p>好消息：我们已加入加州公寓协会（CAA），为业主提供更专业的服务。</p>"
                "<p>旧金山日落区及列治文区公寓出租、物业管理。</p>",
                "2145 Irving St, San Francisco, CA 94122",
                lang="zh",
                links=link(url, "租客网上服务"),
            )
        },
        host: portal,
    },
    state="CA",
    city="San Francisco",
)

# 26. Vietnamese, a Tết office closure ("Văn phòng đóng cửa nghỉ Tết") on a Garden Grove firm's site,
# Buildium linked: high.
co = "Saigon Pearl Property Management"
url, host, portal = buildium("saigonpearlpm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "saigonpearlpm.com",
    url,
    "high",
    {
        "saigonpearlpm.com": {
            "/": homepage(
                co,
                notice(
                    "Văn phòng đóng cửa nghỉ Tết Nguyên Đán từ ngày 16 đến 19 tháng 2. Quý khách thuê nhà vẫn có thể "
                    "trả tiền thuê trực tuyến."
                )
                + "<h1>Quản lý bất động sản tại Little Saigon</h1><p>Nhà và căn hộ cho thuê tại Garden Grove và "
                "Westminster. Dịch vụ quản lý cho chủ nhà.</p>",
                "9892 Westminster Ave, Suite 212, Garden Grove, CA 92844",
                lang="vi",
                links=link(url, "Cổng người thuê"),
            )
        },
        host: portal,
    },
    state="CA",
    city="Garden Grove",
)

# 27. Vietnamese, "Chúng tôi vừa gia nhập Hiệp hội ... (NARPM)" (joined an association; the
# contract's handover is "đã sáp nhập với"), AppFolio linked: high.
co = "Mekong Star Realty"
url, host, portal = appfolio("mekongstar", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "mekongstarrealty.com",
    url,
    "high",
    {
        "mekongstarrealty.com": {
            "/": homepage(
                co,
                "<h1>Cho thuê và quản lý nhà tại Houston</h1><p>Tin vui: chúng tôi vừa gia nhập Hiệp hội Quản lý Bất "
                "động sản Nhà ở Quốc gia (NARPM).</p><p>Quản lý nhà cho thuê ở Bellaire và Alief: tìm người thuê, thu "
                "tiền thuê, sửa chữa.</p>",
                "11210 Bellaire Blvd, Suite 120, Houston, TX 77072",
                lang="vi",
                links=link(url, "Đăng nhập người thuê"),
            )
        },
        host: portal,
    },
    state="TX",
    city="Houston",
)

# 28. Vietnamese, a unit "không còn trống" (no longer available) and "không còn nhận tiền mặt" (no
# longer taking cash) on a site that links nothing; the Rentvine account in the company's name: medium.
co = "Lotus Bay Rentals"
url, host, portal = rentvine("lotusbayrentals", co)
add(
    "live_portal",
    "Rentvine",
    co,
    "lotusbayrentals.com",
    url,
    "medium",
    {
        "lotusbayrentals.com": {
            "/": homepage(
                co,
                "<h1>Nhà cho thuê tại Falls Church</h1><ul><li>Căn hộ 2 phòng ngủ, Wilson Blvd - căn hộ này không còn "
                "trống</li><li>Nhà 3 phòng ngủ, Annandale - $2,650/tháng</li></ul><p>Lưu ý: chúng tôi không còn nhận "
                "tiền mặt; vui lòng trả tiền thuê trực tuyến.</p>",
                "6763 Wilson Blvd, Suite 8, Falls Church, VA 22044",
                lang="vi",
            )
        },
        host: portal,
    },
    state="VA",
    city="Falls Church",
)

# 29. Korean, a Chuseok office closure ("추석 연휴 휴무 안내") on a Fort Lee firm's site, Buildium
# linked: high.
co = "Hanbit Property Management"
url, host, portal = buildium("hanbitpm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "hanbitpm.com",
    url,
    "high",
    {
        "hanbitpm.com": {
            "/": homepage(
                co,
                notice("추석 연휴 휴무 안내: 9월 16일~18일 사무실 휴무입니다. 렌트비는 온라인 입주자 포털에서 납부하세요.")
                + "<h1>한빛 부동산 관리</h1><p>포트리와 팰리세이즈 파크의 아파트 임대 및 관리 전문 회사입니다.</p>",
                "1600 Lemoine Ave, Suite 204, Fort Lee, NJ 07024",
                lang="ko",
                links=link(url, "입주자 로그인"),
            )
        },
        host: portal,
    },
    state="NJ",
    city="Fort Lee",
)

# 30. Korean, the AppFolio sign-in message welcomes residents to a new portal ("새로운 입주자 포털에
# 오신 것을 환영합니다"), and the site (no link) says the sales team closed 35 home sales ("매매
# 클로징"), beside 임대 관리: medium.
co = "Seorak Realty & Management"
url, host, portal = appfolio(
    "seorakrealty", co, notice("새로운 입주자 포털에 오신 것을 환영합니다! 이제 온라인으로 렌트비를 납부하실 수 있습니다.")
)
add(
    "live_portal",
    "AppFolio",
    co,
    "seorakrealty.com",
    url,
    "medium",
    {
        "seorakrealty.com": {
            "/": homepage(
                co,
                "<h1>설악 부동산 &amp; 임대 관리</h1><p>올해 저희 팀은 35채의 매매 클로징을 완료했습니다. 감사합니다!</p>"
                "<p>둘루스와 스와니 지역 주택 임대 관리: 세입자 심사, 렌트 수금, 수리.</p>",
                "3585 Peachtree Industrial Blvd, Suite 140, Duluth, GA 30096",
                lang="ko",
            )
        },
        host: portal,
    },
    state="GA",
    city="Duluth",
)

# 31. Russian, "Мы переехали в новый офис" (we moved to a new office; the contract's portal move is
# "мы переходим на") and "Мы закрыли 2025 год с 210 квартирами в управлении" (closed the year),
# Buildium linked: high.
co = "Neva Brighton Management"
url, host, portal = buildium("nevabrighton", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "nevabrighton.com",
    url,
    "high",
    {
        "nevabrighton.com": {
            "/": homepage(
                co,
                notice("Мы переехали в новый офис: 3100 Brighton 3rd St, Brooklyn, NY 11235. Портал для жильцов не изменился.")
                + "<h1>Управление недвижимостью на Брайтоне</h1><p>Мы закрыли 2025 год с 210 квартирами в управлении. "
                "Аренда квартир, поиск жильцов, ремонт.</p>",
                "3100 Brighton 3rd St, Brooklyn, NY 11235",
                lang="ru",
                links=link(url, "Вход для жильцов"),
            )
        },
        host: portal,
    },
    state="NY",
    city="Brooklyn",
)

# 32. Portuguese, "Escritório fechado no feriado de 4 de julho" and "Fechamos 2025 com 180 imóveis"
# on a Framingham firm's site, AppFolio linked: high.
co = "Atlântico Property Management"
url, host, portal = appfolio("atlanticopm", co)
add(
    "site_links_portal",
    "AppFolio",
    co,
    "atlanticopm.com",
    url,
    "high",
    {
        "atlanticopm.com": {
            "/": homepage(
                co,
                notice("Escritório fechado no feriado de 4 de julho. O portal do inquilino funciona normalmente.")
                + "<h1>Administração de imóveis em Framingham</h1><p>Fechamos 2025 com 180 imóveis administrados. "
                "Aluguel de casas e apartamentos, cobrança e manutenção.</p>",
                "75 Concord St, Framingham, MA 01702",
                lang="pt",
                links=link(url, "Portal do Inquilino"),
            )
        },
        host: portal,
    },
    state="MA",
    city="Framingham",
)

# 33. Haitian Creole, "Biwo a fèmen jodi a akòz move tan" (office closed for the storm) on a North
# Miami firm's site, Buildium linked: high.
co = "Lakay Rentals & Management"
url, host, portal = buildium("lakayrentals", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "lakayrentals.com",
    url,
    "high",
    {
        "lakayrentals.com": {
            "/": homepage(
                co,
                notice("Biwo a fèmen jodi a akòz move tan (tanpèt twopikal). Ou ka toujou peye lwaye sou Pòtay Lokatè a.")
                + "<h1>Kay ak apatman pou lwe nan North Miami</h1><p>Nou jere pwopriyete pou pwopriyetè yo depi 2011: "
                "lwe, koleksyon lwaye, reparasyon.</p>",
                "12550 NE 6th Ave, North Miami, FL 33161",
                lang="ht",
                links=link(url, "Pòtay Lokatè"),
            )
        },
        host: portal,
    },
    state="FL",
    city="North Miami",
)

# 34. Arabic, an Eid office closure ("المكتب مغلق بمناسبة عيد الفطر") and a unit that "is no longer
# available" ("هذه الوحدة لم تعد متاحة") on a Dearborn firm's site, Buildium linked: high.
co = "Cedar Crescent Property Management"
url, host, portal = buildium("cedarcrescentpm", co)
add(
    "site_links_portal",
    "Buildium",
    co,
    "cedarcrescentpm.com",
    url,
    "high",
    {
        "cedarcrescentpm.com": {
            "/": homepage(
                co,
                notice("المكتب مغلق بمناسبة عيد الفطر يومي الاثنين والثلاثاء. يمكنكم دفع الإيجار عبر بوابة المستأجرين.")
                + "<h1>إدارة العقارات في ديربورن</h1><ul><li>شقة بغرفتين، شارع وارن - هذه الوحدة لم تعد متاحة</li>"
                "<li>منزل بثلاث غرف نوم للإيجار - 1,450 دولار شهرياً</li></ul>",
                "13530 W Warren Ave, Dearborn, MI 48126",
                lang="ar",
                links=link(url, "بوابة المستأجرين"),
            )
        },
        host: portal,
    },
    state="MI",
    city="Dearborn",
)

# 35. English, "We've retired our old payment system (paper checks and the drop box). Welcome to our
# new tenant portal!" with the new DoorLoop portal linked: retiring a payment method, not a portal of
# this PMS; the linked portal is live: high.
co = "Copperline Rentals"
url, host, portal = doorloop("copperlinerentals", co)
add(
    "site_links_portal",
    "DoorLoop",
    co,
    "copperlinerentals.com",
    url,
    "high",
    {
        "copperlinerentals.com": {
            "/": homepage(
                co,
                notice(
                    "We've retired our old payment system (paper checks and the office drop box). Welcome to our new "
                    "tenant portal!"
                )
                + "<h1>Birmingham rental homes</h1><p>Copperline Rentals leases and manages houses in Homewood, "
                "Hoover and Vestavia Hills.</p>",
                "2820 18th St S, Homewood, AL 35209",
                links=link(url, "Tenant Portal"),
            )
        },
        host: portal,
    },
    state="AL",
    city="Birmingham",
)

# =============================================================================================
# REJECTIONS: the decisive words
# =============================================================================================

# 36. English twin of 4: the founder retired AND the company "has ceased operations as of December
# 31, 2025"; the Buildium account still answers in its name (the agent's evidence). Closed:
# dead_domain.
co = "Thornbury Vale Property Management"
url, host, portal = buildium("thornburyvale", co)
add(
    "dead_domain",
    "Buildium",
    co,
    "thornburyvalepm.com",
    url,
    "dead_domain",
    {
        "thornburyvalepm.com": {
            "/": homepage(
                co,
                "<h1>Thank you, Columbus</h1><p>After 31 years, Ron Thornbury has retired, and Thornbury Vale Property "
                "Management has ceased operations as of December 31, 2025. We thank every owner and resident we "
                "served. Final owner statements will be mailed in January.</p>",
                "1460 W Lane Ave, Columbus, OH 43221",
            )
        },
        host: portal,
    },
    state="OH",
    city="Columbus",
)

# 37. Spanish twin of 16: "Administraciones Río Claro cerró definitivamente sus puertas el 31 de
# diciembre"; the site still links its AppFolio account. Closed: dead_domain.
co = "Administraciones Río Claro"
url, host, portal = appfolio("rioclaroadmin", co, title="Portal en línea - Iniciar sesión")
add(
    "dead_domain",
    "AppFolio",
    co,
    "rioclaroadmin.com",
    None,
    "dead_domain",
    {
        "rioclaroadmin.com": {
            "/": homepage(
                co,
                notice(
                    "Administraciones Río Claro cerró definitivamente sus puertas el 31 de diciembre de 2025. "
                    "Gracias a nuestros propietarios e inquilinos por 18 años de confianza."
                )
                + "<h1>Administración de propiedades en Fresno</h1><p>Rentas de casas y departamentos.</p>",
                "1840 N Blackstone Ave, Fresno, CA 93703",
                lang="es",
                links=link(url, "Portal de Inquilinos"),
            )
        },
        host: portal,
    },
    state="CA",
    city="Fresno",
)

# 38. Chinese twin of 22: "本公司已于2025年12月31日正式结束营业" (ended business), with the
# Buildium account given. Closed: dead_domain.
co = "Jade Pavilion Property Management"
url, host, portal = buildium("jadepavilionpm", co)
add(
    "dead_domain",
    "Buildium",
    co,
    "jadepavilionpm.com",
    url,
    "dead_domain",
    {
        "jadepavilionpm.com": {
            "/": homepage(
                co,
                notice("重要通知：本公司已于2025年12月31日正式结束营业，感谢各位业主和租客多年来的支持。")
                + "<h1>玉亭物业管理</h1><p>法拉盛房屋出租与物业管理。</p>",
                "136-20 38th Ave, Flushing, NY 11354",
                lang="zh",
            )
        },
        host: portal,
    },
    state="NY",
    city="Queens",
)

# 39. Vietnamese twin of 26: "đã chính thức ngừng hoạt động kể từ ngày 1/1/2026" (ceased operating),
# the site still linking its AppFolio account. Closed: dead_domain.
co = "Hoa Sen Property Management"
url, host, portal = appfolio("hoasenpm", co)
add(
    "dead_domain",
    "AppFolio",
    co,
    "hoasenpm.com",
    url,
    "dead_domain",
    {
        "hoasenpm.com": {
            "/": homepage(
                co,
                notice(
                    "Thông báo: Công ty Hoa Sen Property Management đã chính thức ngừng hoạt động kể từ ngày 1/1/2026. "
                    "Xin cảm ơn quý chủ nhà và người thuê."
                )
                + "<h1>Quản lý nhà cho thuê tại San Jose</h1>",
                "1692 Tully Rd, Suite 5, San Jose, CA 95122",
                lang="vi",
                links=link(url, "Cổng người thuê"),
            )
        },
        host: portal,
    },
    state="CA",
    city="San Jose",
)

# 40. Korean twin of 29: "당사의 임대관리 업무는 2025년 11월 1일부로 Bergen Crest Property Management에
# 인계되었습니다" (management handed over to another firm), Buildium linked. Handed over:
# evidence_unverified.
co = "Mugunghwa Realty & Management"
url, host, portal = buildium("mugunghwarm", co)
add(
    "stale_portal",
    "Buildium",
    co,
    "mugunghwarm.com",
    url,
    "evidence_unverified",
    {
        "mugunghwarm.com": {
            "/": homepage(
                co,
                notice(
                    "안내: 당사의 임대관리 업무는 2025년 11월 1일부로 Bergen Crest Property Management에 "
                    "인계되었습니다. 입주자 여러분은 새 관리회사로 연락해 주시기 바랍니다."
                )
                + "<h1>무궁화 부동산</h1><p>팰리세이즈 파크 주택 매매 및 임대.</p>",
                "214 Broad Ave, Palisades Park, NJ 07650",
                lang="ko",
                links=link(url, "입주자 로그인"),
            )
        },
        host: portal,
    },
    state="NJ",
    city="Palisades Park",
)

# 41. Russian twin of 31: "Отдел управления недвижимостью продан компании Sheepshead Bay Realty Group"
# (the management division was sold), the agent giving the AppFolio account. Sold: evidence_unverified.
co = "Volga Harbor Management"
url, host, portal = appfolio("volgaharbor", co)
add(
    "stale_portal",
    "AppFolio",
    co,
    "volgaharbor.com",
    url,
    "evidence_unverified",
    {
        "volgaharbor.com": {
            "/": homepage(
                co,
                notice(
                    "Уважаемые жильцы и владельцы! Наш отдел управления недвижимостью продан компании Sheepshead Bay "
                    "Realty Group. С 1 февраля 2026 года ваши квартиры обслуживает новая компания."
                )
                + "<h1>Аренда и управление недвижимостью в Бруклине</h1>",
                "2630 Coney Island Ave, Brooklyn, NY 11223",
                lang="ru",
            )
        },
        host: portal,
    },
    state="NY",
    city="Brooklyn",
)

# 42. Portuguese twin of 32: the linked Buildium portal says "Este Portal do Morador foi desativado"
# above its form (a retired portal, after "this Resident Center is no longer active"):
# evidence_unverified.
co = "Serra Azul Property Management"
url, host, portal = buildium(
    "serraazulpm",
    co,
    notice("Este Portal do Morador foi desativado. Seus pagamentos agora são feitos no portal da nova administradora."),
)
add(
    "stale_portal",
    "Buildium",
    co,
    "serraazulpm.com",
    None,
    "evidence_unverified",
    {
        "serraazulpm.com": {
            "/": homepage(
                co,
                "<h1>Administração de imóveis em Somerville</h1><p>Aluguel de apartamentos e casas em Somerville e "
                "Cambridge. Inquilinos: paguem o aluguel online.</p>",
                "302 Broadway, Somerville, MA 02145",
                lang="pt",
                links=link(url, "Portal do Morador"),
            )
        },
        host: portal,
    },
    state="MA",
    city="Somerville",
)

# 43. Haitian Creole twin of 33: "Nou pa jere pwopriyete ankò. Depi 1 janvye 2026, Bon Kay Realty pran
# jesyon tout kay yo" (we no longer manage property), Buildium linked: evidence_unverified.
co = "Kreyòl Key Property Management"
url, host, portal = buildium("kreyolkeypm", co)
add(
    "stale_portal",
    "Buildium",
    co,
    "kreyolkeypm.com",
    url,
    "evidence_unverified",
    {
        "kreyolkeypm.com": {
            "/": homepage(
                co,
                notice(
                    "Avi enpòtan: Nou pa jere pwopriyete ankò. Depi 1 janvye 2026, Bon Kay Realty pran jesyon tout "
                    "kay yo. Tanpri kontakte yo pou lwaye ak reparasyon."
                )
                + "<h1>Kay pou lwe nan Little Haiti</h1>",
                "5910 NE 2nd Ave, Miami, FL 33137",
                lang="ht",
                links=link(url, "Pòtay Lokatè"),
            )
        },
        host: portal,
    },
    state="FL",
    city="Miami",
)

# 44. Arabic placeholder twin of 34: the domain shows only "الموقع قيد الإنشاء - قريباً" (under
# construction, soon) while the agent's Buildium account is live. A bare placeholder: dead_domain.
co = "Al Noor Property Management"
url, host, portal = buildium("alnoorpm", co)
add(
    "parked",
    "Buildium",
    co,
    "alnoorpm.com",
    url,
    "dead_domain",
    {
        "alnoorpm.com": {
            "/": Reply(
                200,
                "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='UTF-8'><title>قريباً</title></head>"
                "<body><div class='cs'><h1>الموقع قيد الإنشاء</h1><p>قريباً</p></div></body></html>",
            )
        },
        host: portal,
    },
    state="MI",
    city="Dearborn",
)

# 45. English twin of 6 and 7: the linked Buildium portal says "This Resident Center will be retired
# on March 1, 2026. We're moving to AppFolio: pay rent at ridgelinefolly.appfolio.com" above its
# form; Buildium asked. Residents are sent to another PMS: pms_mismatch.
co = "Ridgeline Folly Property Management"
url, host, portal = buildium(
    "ridgelinefolly",
    co,
    notice(
        "This Resident Center will be retired on March 1, 2026. We're moving to AppFolio: pay rent at "
        "<a href='https://ridgelinefolly.appfolio.com/connect'>ridgelinefolly.appfolio.com</a>."
    ),
)
af_url, af_host, af_portal = appfolio("ridgelinefolly", co)
add(
    "other_pms",
    "Buildium",
    co,
    "ridgelinefollypm.com",
    url,
    "pms_mismatch",
    {
        "ridgelinefollypm.com": {
            "/": homepage(
                co,
                "<h1>Knoxville property management</h1><p>Rental homes in Knox County, leased and managed by a local team.</p>",
                "5612 Kingston Pike, Knoxville, TN 37919",
                links=link(url),
            )
        },
        host: portal,
        af_host: af_portal,
    },
    state="TN",
    city="Knoxville",
)

# 46. English twin of 10: the AppFolio portal the agent gives says "Kestrel Point Property Management
# no longer manages your home. Effective January 1, 2026, your home is managed by Summit Arch
# Residential" above its form (the contract's "X no longer manages your home"): evidence_unverified.
co = "Kestrel Point Property Management"
url, host, portal = appfolio(
    "kestrelpoint",
    co,
    notice(
        "Kestrel Point Property Management no longer manages your home. Effective January 1, 2026, your home is "
        "managed by Summit Arch Residential. Please contact them for rent and repairs."
    ),
)
add(
    "stale_portal",
    "AppFolio",
    co,
    "kestrelpointpm.com",
    url,
    "evidence_unverified",
    {
        "kestrelpointpm.com": {
            "/": homepage(
                co,
                "<h1>Salt Lake City property management</h1><p>Single-family rentals and condos in the Salt Lake valley.</p>",
                "2150 S 1300 E, Suite 500, Salt Lake City, UT 84106",
            )
        },
        host: portal,
    },
    state="UT",
    city="Salt Lake City",
)

# 47. English twin of 10: the candidate links a community's ActiveBuilding portal whose footer says
# "Professionally managed by Brightline Urban Living", another company (the candidate was the old
# manager). A community portal another company manages: evidence_unverified.
co = "Wabash Tern Residential"
url, host, portal = activebuilding("wabashternlofts", "Wabash Tern Lofts", "Brightline Urban Living")
add(
    "stale_portal",
    "RealPage",
    co,
    "wabashtern.com",
    None,
    "evidence_unverified",
    {
        "wabashtern.com": {
            "/": homepage(
                co,
                "<h1>South Loop apartment management</h1><p>Residents of Wabash Tern Lofts: pay rent and submit service "
                "requests online.</p>",
                "1235 S Wabash Ave, Chicago, IL 60605",
                links=link(url, "Resident Portal"),
            )
        },
        host: portal,
    },
    state="IL",
    city="Chicago",
)

# 48. English placeholder twin of 13: the domain is a bare "Coming Soon" page (a builder's template:
# a heading and an email box, nothing else) while the agent's Buildium account is live: dead_domain.
co = "Harpeth Rowe Property Management"
url, host, portal = buildium("harpethrowe", co)
add(
    "parked",
    "Buildium",
    co,
    "harpethrowepm.com",
    url,
    "dead_domain",
    {
        "harpethrowepm.com": {
            "/": page(
                "<div class='coming-soon'><h1>Coming Soon</h1><p>We're working on something new.</p>"
                "<form><input type='email' placeholder='Email'><button>Notify me</button></form></div>",
                title="Coming Soon",
            )
        },
        host: portal,
    },
    state="TN",
    city="Nashville",
)

# 49. Spanish twin of 19: the linked Buildium portal says "Nos estamos cambiando a un nuevo portal:
# visite mesaroja.rentvine.com para pagar su renta" above its form; Buildium asked. Residents are
# sent to Rentvine: pms_mismatch.
co = "Mesa Roja Property Management"
url, host, portal = buildium(
    "mesarojapm",
    co,
    notice(
        "Nos estamos cambiando a un nuevo portal: visite mesaroja.rentvine.com para pagar su renta a partir del 1 de febrero."
    ),
)
rv_url, rv_host, rv_portal = rentvine("mesaroja", co)
add(
    "other_pms",
    "Buildium",
    co,
    "mesarojapm.com",
    url,
    "pms_mismatch",
    {
        "mesarojapm.com": {
            "/": homepage(
                co,
                "<h1>Administración de propiedades en San Antonio</h1><p>Casas en renta en el West Side y Southside.</p>",
                "1503 S Zarzamora St, San Antonio, TX 78207",
                lang="es",
                links=link(url, "Portal de Residentes"),
            )
        },
        host: portal,
        rv_host: rv_portal,
    },
    state="TX",
    city="San Antonio",
)

# 50. English twin of 12: "Halvorsen & Pike Property Management and Birchline Rentals have merged to
# become Northstar Lakes Residential. Visit our new website at northstarlakesres.com"; the old site
# still links its Buildium account. Merged into another firm: evidence_unverified.
co = "Halvorsen & Pike Property Management"
url, host, portal = buildium("halvorsenpike", co)
add(
    "stale_portal",
    "Buildium",
    co,
    "halvorsenpike.com",
    url,
    "evidence_unverified",
    {
        "halvorsenpike.com": {
            "/": homepage(
                co,
                notice(
                    "Big news: Halvorsen &amp; Pike Property Management and Birchline Rentals have merged to become "
                    "Northstar Lakes Residential. Visit our new website at northstarlakesres.com."
                )
                + "<h1>St. Paul property management</h1><p>Duplexes and apartments in St. Paul and Roseville.</p>",
                "1021 Grand Ave, St. Paul, MN 55105",
                links=link(url),
            )
        },
        host: portal,
    },
    state="MN",
    city="St. Paul",
)

# 51. Chinese twin of 24: the Buildium portal the agent gives says "此租客中心已于2026年1月1日停用，
# 请前往新管理公司的网站缴纳租金" (this Resident Center was retired; pay at the new manager's site)
# above its form: evidence_unverified.
co = "Phoenix Garden Property Management"
url, host, portal = buildium("phoenixgardenpm", co, notice("此租客中心已于2026年1月1日停用，请前往新管理公司的网站缴纳租金。"))
add(
    "stale_portal",
    "Buildium",
    co,
    "phoenixgardenpm.com",
    url,
    "evidence_unverified",
    {
        "phoenixgardenpm.com": {
            "/": homepage(
                co,
                "<h1>凤园物业管理</h1><p>阿罕布拉及蒙特利公园的房屋出租与物业管理。</p>",
                "1 W Main St, Suite 300, Alhambra, CA 91801",
                lang="zh",
            )
        },
        host: portal,
    },
    state="CA",
    city="Alhambra",
)

# 52. Vietnamese twin of 27: the AppFolio portal the agent gives says "Kể từ ngày 1 tháng 3 năm 2026,
# khu nhà này được quản lý bởi Công ty Pacific Orchid Management" (from March 1, managed by another
# company) above its form: evidence_unverified.
co = "Saigon River Realty"
url, host, portal = appfolio(
    "saigonriverrealty",
    co,
    notice("Thông báo: Kể từ ngày 1 tháng 3 năm 2026, khu nhà này được quản lý bởi Công ty Pacific Orchid Management."),
)
add(
    "stale_portal",
    "AppFolio",
    co,
    "saigonriverrealty.com",
    url,
    "evidence_unverified",
    {
        "saigonriverrealty.com": {
            "/": homepage(
                co,
                "<h1>Nhà cho thuê tại Seattle</h1><p>Quản lý nhà cho thuê ở Rainier Valley và White Center.</p>",
                "6951 MLK Jr Way S, Seattle, WA 98118",
                lang="vi",
            )
        },
        host: portal,
    },
    state="WA",
    city="Seattle",
)

# 53. English twin of 6: the old domain says "This website is no longer maintained. We have a new
# website! Visit us at www.brasslanternhomes.com" while it still links the Buildium account. The
# contract names both phrases as handover notices: evidence_unverified (the lead, if any, is the
# new domain's).
co = "Brass Lantern Property Management"
url, host, portal = buildium("brasslanternpm", co)
add(
    "stale_portal",
    "Buildium",
    co,
    "brasslanternpm.com",
    None,
    "evidence_unverified",
    {
        "brasslanternpm.com": {
            "/": homepage(
                co,
                notice("This website is no longer maintained. We have a new website! Visit us at www.brasslanternhomes.com.")
                + "<h1>Cincinnati property management</h1><p>Rental homes in Hyde Park and Oakley.</p>",
                "3514 Erie Ave, Cincinnati, OH 45208",
                links=link(url),
            )
        },
        host: portal,
    },
    state="OH",
    city="Cincinnati",
)

HOLDOUT29 = collector.cases
