"""A labelled corpus of the web the live checks meet, and a runner that judges it for real.

Every case is one candidate an agent might return (a company, its domain, an evidence URL or
none), the pages that its domain and its portal hosts serve, and the verdict a careful person
would give: accepted at `high` or `medium` confidence, or rejected with a reason. The pages are
written here, by us, after the shapes real property managers' sites, vendor portals, parking
services and bot walls use (real vendor host names, paths, query parameters and wording; the
company names and accounts are made up). Nothing is copied from a third-party page.

`run_corpus()` serves every case on one `FakeWeb` (real TLS on 127.0.0.1), runs the real live
checks (`live.check_batch` through the guarded `Fetcher`) and the real judge
(`validation.validate_batch`) on each, and returns what each case got. `tests/test_evidence_corpus.py`
holds it to its goals; `bench/evidence_bench.py` prints the confusion table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fake_web import Reply, not_found, page, redirect

from leadflow.domain.models import Verdict

# The classes of the confusion table, in print order.
CLASSES = (
    "live_portal",
    "site_links_portal",
    "no_account",
    "stale_portal",
    "vendor_wide",
    "asset",
    "shared_signin",
    "other_pms",
    "no_portal",
    "parked",
    "bot_wall",
    "dead_domain",
)
ACCEPTED = ("high", "medium")
# What must never be accepted, whatever else a case says.
NEVER_ACCEPTED = {
    "no_account",
    "stale_portal",
    "vendor_wide",
    "asset",
    "parked",
    "bot_wall",
    "dead_domain",
    "other_pms",
    "no_portal",
}


@dataclass(frozen=True)
class Case:
    id: str
    cls: str  # one of CLASSES
    pms: str
    name: str
    domain: str
    evidence_url: str | None
    expect: str  # 'high' | 'medium' | a rejection reason (validation.REASONS)
    sites: dict[str, dict[str, Reply]] = field(default_factory=dict)
    unresolvable: tuple[str, ...] = ()  # hosts whose names do not exist
    state: str = "TX"  # the state asked for (the candidate's too)
    city: str = "Austin"  # the candidate's city


# --- pages, written after the real ones' shapes --------------------------------------------


def _login(title: str, heading: str, *, user: str = "username", footer: str = "", extra: str = "") -> Reply:
    return page(
        f"<header><h1>{heading}</h1></header><main>{extra}<form method='post'>"
        f"<label>Email</label><input name='{user}'><label>Password</label>"
        "<input type='password' name='password'><button type='submit'>Sign In</button>"
        f"<a href='#'>Forgot your password?</a></form></main><footer>{footer}</footer>",
        title=title,
    )


VENDOR_LOGIN = {
    "Buildium": lambda co: _login(f"{co} - Resident Center", f"{co} Resident Center", footer="Powered by Buildium", user="Email"),
    "AppFolio": lambda co: _login(
        "Online Portal - Sign In", co, user="user[email]", footer="Powered by AppFolio Property Manager"
    ),
    "Rent Manager": lambda co: _login(
        "Resident Web Access", f"Welcome to {co} Resident Web Access", user="txtUserName", footer="Rent Manager"
    ),
    "Propertyware": lambda co: _login(f"{co} - Tenant Portal", "Tenant Portal Login", footer="Propertyware"),
    "Yardi": lambda co: _login("Resident Services - Login", f"{co} Resident Login", user="Username", footer="RENTCafe"),
    "Rentec Direct": lambda co: _login(
        "Tenant Login | Rentec Direct", f"{co} Tenant Login", footer="Property management software by Rentec Direct"
    ),
    "Entrata": lambda co: _login("Resident Portal | Login", f"{co} Resident Portal"),
    "ResMan": lambda co: _login("ResMan Resident Portal - Sign In", "Sign In", footer=co),
    "MRI": lambda co: _login("ResidentConnect", f"{co} ResidentConnect", footer="MRI Software"),
    "RealPage": lambda co: _login("ActiveBuilding - Log In", f"{co} Resident Portal", footer="RealPage"),
}


def spa_shell(title: str) -> Reply:
    """A single-page app's shell (Rentvine, DoorLoop): a title and an empty root."""
    return page('<div id="app"></div><script src="/js/app.4f2c.js"></script>', title=title)


def listings_page(co: str) -> Reply:
    return page(
        f"<h1>{co}</h1><h2>Available Rentals</h2><ul><li>2 bd / 1 ba - $1,250 <a href='apply'>Apply Now</a></li></ul>",
        title=f"{co} - Listings",
    )


def home(co: str, body: str, *, title: str | None = None) -> dict[str, Reply]:
    """A property manager's homepage: a menu, the given body, a footer."""
    html = (
        f"<nav><a href='/'>Home</a><a href='/about'>About Us</a><a href='/owners'>Owners</a>"
        f"<a href='/contact'>Contact</a></nav><main><h1>{co}</h1><p>Full-service residential property "
        f"management for single-family homes and apartments.</p>{body}</main>"
        f"<footer>&copy; 2026 {co}. All rights reserved.</footer>"
    )
    return {"/": page(html, title=title or f"{co} | Property Management")}


def site(co: str, *links: str, how: str = "a") -> dict[str, Reply]:
    """A homepage that links each URL in the way `how` says (a menu link, a footer button, an
    onclick button, an iframe, a login form posting to the portal, a /residents page)."""
    parts = []
    for url in links if how != "residents" else ():
        parts.append(
            {
                "a": f"<a class='menu-item' href='{url}'>Resident Login</a>",
                "footer": f"<div class='footer-cta'><a class='btn' href='{url}' target='_blank'>Pay Rent Online</a></div>",
                "onclick": f"<button type='button' onclick=\"window.location.href='{url}'\">Tenant Portal</button>",
                "open": f"<button onclick=\"window.open('{url}', '_blank')\">Owner Portal</button>",
                "iframe": f"<section><h2>Available Rentals</h2><iframe src='{url}' width='100%' height='900'></iframe></section>",
                "form": f"<form action='{url}' method='post'><input name='Email'><input type='password' name='Password'>"
                "<button>Log in</button></form>",
            }[how]
        )
    pages = home(co, "".join(parts) if how != "residents" else "<a href='/residents'>Residents</a>")
    if how == "residents":
        pages["/residents"] = page("".join(f"<a href='{u}'>Resident Portal</a>" for u in links), title="Residents")
    return pages


def parked(body: str, *, title: str, head: str = "") -> dict[str, Reply]:
    return {"/": Reply(200, f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{body}</body></html>")}


# --- the corpus -----------------------------------------------------------------------------


class Collector:
    """Cases in the order they are added, each id `<prefix><class>-<index>`."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix
        self.cases: list[Case] = []

    def add(
        self,
        cls: str,
        pms: str,
        name: str,
        domain: str,
        evidence: str | None,
        expect: str,
        sites: dict[str, dict[str, Reply]],
        unresolvable: tuple[str, ...] = (),
        *,
        state: str = "TX",
        city: str = "Austin",
    ) -> None:
        case_id = f"{self.prefix}{cls}-{len(self.cases):03d}"
        self.cases.append(Case(case_id, cls, pms, name, domain, evidence, expect, sites, unresolvable, state, city))


def _cases() -> list[Case]:
    collector = Collector()
    cases, add = collector.cases, collector.add

    # live account portals the agent gives, not linked from a live site that links nothing: medium
    live = [
        ("Buildium", "https://lonestarpm.managebuilding.com/Resident/portal/login", "Lone Star Property Management"),
        ("AppFolio", "https://bluebonnetrentals.appfolio.com/connect/users/sign_in", "Bluebonnet Rentals"),
        ("AppFolio", "https://bluebonnetrentals.appfolio.com/oportal/users/log_in", "Bluebonnet Rentals Owners"),
        (
            "Rent Manager",
            "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=pecanvalley",
            "Pecan Valley Property Management",
        ),
        ("Rent Manager", "https://ownerwebaccess.rentmanager.com/OwnerLogin.aspx?CorpID=pecanvalley", "Pecan Valley Owners"),
        ("Propertyware", "https://app.propertyware.com/pw/portals/hillcountry/tenant.action", "Hill Country Homes"),
        ("Propertyware", "https://app.propertyware.com/pw/portals/hillcountry/owner.action", "Hill Country Owners"),
        ("Yardi", "https://cedarpark.securecafe.com/residentservices/cedar-park-lofts/userlogin.aspx", "Cedar Park Lofts"),
        (
            "Entrata",
            "https://riverwalk.residentportal.com/resident_portal/?module=authentication&action=view_login",
            "Riverwalk Apartments",
        ),
        ("ResMan", "https://sagebrush.myresman.com/Portal/Access/SignIn/SBR", "Sagebrush Residential"),
        ("MRI", "https://gulfcoast.mriresidentconnect.com/", "Gulf Coast Residential"),
        ("RealPage", "https://thelandings.activebuilding.com/login", "The Landings Residential"),
        ("Rentvine", "https://brazosrentals.rentvine.com/portals/resident/", "Brazos Rentals"),
        ("DoorLoop", "https://alamohomes.app.doorloop.com/tenant-portal/login", "Alamo Homes"),
    ]
    for i, (pms, url, co) in enumerate(live):
        domain = f"live-portal-{i}-pm.com"
        portal = {"Rentvine": spa_shell(f"{co} Resident Portal"), "DoorLoop": spa_shell("Tenant Portal | DoorLoop")}.get(
            pms
        ) or VENDOR_LOGIN[pms](co)
        add(
            "live_portal",
            pms,
            co,
            domain,
            url,
            "medium",
            {domain: home(co, "<p>Call us today.</p>"), _host(url): {_path(url): portal}},
        )

    # the company's own site links its live portal (menus, footers, buttons, onclick, iframes, forms)
    linked = [
        ("Buildium", "https://oakhollow.managebuilding.com/Resident/portal/login", "a"),
        ("Buildium", "https://oakhollow2.managebuilding.com/Resident/public/rentals", "iframe"),
        (
            "AppFolio",
            "https://pinecrest.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button",
            "footer",
        ),
        ("AppFolio", "https://pinecrest2.appfolio.com/listings?filters%5Bproperty_list%5D=Main", "iframe"),
        ("Rent Manager", "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=mesquite", "onclick"),
        ("Rent Manager", "https://mesquite2.twa.rentmanager.com/ApplyNow?propertyID=837&locations=1", "a"),
        ("Propertyware", "https://app.propertyware.com/pw/portals/bayou/tenant.action", "open"),
        ("Rentvine", "https://trinity.rentvine.com/portals/owner/", "residents"),
        ("DoorLoop", "https://padre.app.doorloop.com/tenant-portal/rental-applications/listing?source=CompanyLink", "footer"),
        ("TenantCloud", "https://llanorentals.tenantcloud.com/listings/204968", "iframe"),
        ("Yardi", "https://sunset.securecafe.com/residentservices/sunset-ridge/userlogin.aspx", "a"),
        ("Rentec Direct", "https://secure.rentecdirect.com/login/login.php?cb=frio", "form"),
        ("Entrata", "https://magnolia.residentportal.com/auth", "footer"),
        ("ResMan", "https://caprock.myresman.com/Portal/Access/SignIn/CRK", "onclick"),
        ("MRI", "https://plains.mriresidentconnect.com/", "a"),
        ("RealPage", "https://7796310.onlineleasing.realpage.com/", "iframe"),
    ]
    for i, (pms, url, how) in enumerate(linked):
        co = f"Linked Example {i} Property Management"
        domain = f"linked-{i}-pm.com"
        portal = (
            listings_page(co)
            if "listings" in url or "rentals" in url or "onlineleasing" in url or "ApplyNow" in url
            else spa_shell(f"{co} Owner Portal")
            if pms in ("Rentvine", "DoorLoop")
            else VENDOR_LOGIN.get(pms, lambda c: _login("Login", c))(co)
        )
        add(
            "site_links_portal",
            pms,
            co,
            domain,
            None if i % 2 else url,
            "high",
            {domain: site(co, url, how=how), _host(url): {_path(url): portal}},
        )

    # live sites that carry what walls and parking pages carry: a protection script, sale wording
    noisy = [
        (
            "Buildium",
            "https://noisy0.managebuilding.com/Resident/portal/login",
            "<script>(function(){var a=document.createElement('script');a.src='/cdn-cgi/challenge-platform/scripts/jsd/"
            "main.js';document.head.appendChild(a);})();</script><script src='/cdn-cgi/scripts/5c5dd728/cloudflare-static/"
            "email-decode.min.js'></script>",
        ),
        ("AppFolio", "https://noisy1.appfolio.com/connect", "<script src='https://js.datadome.co/tags.js' async></script>"),
        (
            "Rentvine",
            "https://noisy2.rentvine.com/portals/resident/",
            "<h2>Homes for sale and for rent</h2><p>Thinking of selling? Make an offer on our listed homes, or let us "
            "buy this home from you. Covered parking included.</p>",
        ),
        (
            "Rent Manager",
            "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=noisy3",
            "<p>Administración de propiedades en Texas. Estacionamiento disponible en todos los edificios.</p>",
        ),
    ]
    for i, (pms, url, extra) in enumerate(noisy):
        co = f"Noisy Example {i} Realty"
        domain = f"noisy-{i}-pm.com"
        portal = spa_shell(f"{co} Resident Portal") if pms == "Rentvine" else VENDOR_LOGIN[pms](co)
        pages = home(co, extra + f"<a href='{url}'>Resident Portal</a>")
        add("site_links_portal", pms, co, domain, None, "high", {domain: pages, _host(url): {_path(url): portal}})
    # a portal whose login form carries a captcha widget is still a live portal
    add(
        "live_portal",
        "Buildium",
        "Turnstile Homes",
        "turnstile-homes-pm.com",
        "https://turnstile.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "turnstile-homes-pm.com": home("Turnstile Homes", ""),
            "turnstile.managebuilding.com": {
                "/Resident/portal/login": _login(
                    "Turnstile Homes - Resident Center",
                    "Resident Center",
                    extra="<script src='https://challenges.cloudflare.com/turnstile/v0/api.js' async defer></script>"
                    "<div class='cf-turnstile' data-sitekey='0x4AAAA'></div>",
                )
            },
        },
    )

    # portal accounts that do not exist: 404, soft 404, redirect to the vendor's home or shared sign-in
    gone = [
        ("Buildium", "https://formerpm.managebuilding.com/Resident/portal/login", not_found()),
        ("Buildium", "https://formerpm2.managebuilding.com/Resident/portal/login", redirect("https://www.buildium.com/")),
        (
            "Buildium",
            "https://formerpm3.managebuilding.com/Resident/portal/login",
            redirect("https://signin.managebuilding.com/Resident/portal/global-login"),
        ),
        ("AppFolio", "https://offboarded.appfolio.com/listings", redirect("https://www.appfolio.com/page-not-found-sub")),
        (
            "AppFolio",
            "https://offboarded2.appfolio.com/connect",
            page("<h1>Page Not Found</h1>", title="AppFolio - Page Not Found"),
        ),
        (
            "Rent Manager",
            "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=nosuchcorp",
            page("<p>The Corporate ID you entered could not be found.</p>", title="Resident Web Access"),
        ),
        (
            "Propertyware",
            "https://app.propertyware.com/pw/portals/closedco/tenant.action",
            redirect("https://app.propertyware.com/pw/login.jsp"),
        ),
        ("Rentvine", "https://oldco.rentvine.com/portals/resident/", Reply(410, "Gone")),
        ("TenantCloud", "https://movedon.tenantcloud.com/listings/1", redirect("https://home.tenantcloud.com/")),
        (
            "Yardi",
            "https://gonecafe.securecafe.com/residentservices/gone-apts/userlogin.aspx",
            redirect("https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx"),
        ),
        (
            "Entrata",
            "https://demolished.residentportal.com/resident_portal/",
            page("<h2>This property is no longer active.</h2>", title="Resident Portal"),
        ),
        ("MRI", "https://leftmri.mriresidentconnect.com/", not_found()),
    ]
    for i, (pms, url, reply) in enumerate(gone):
        co, domain = f"Gone Account {i} Realty", f"gone-account-{i}-pm.com"
        add(
            "no_account",
            pms,
            co,
            domain,
            url,
            "evidence_unverified",
            {domain: home(co, "<p>Schedule a showing.</p>"), _host(url): {_path(url): reply}},
        )
    add(
        "no_account",
        "DoorLoop",
        "Vanished Rentals",
        "vanished-rentals-pm.com",
        "https://vanished.app.doorloop.com/tenant-portal/login",
        "evidence_unverified",
        {"vanished-rentals-pm.com": home("Vanished Rentals", "")},
        unresolvable=("vanished.app.doorloop.com",),
    )

    # the site links a portal that no longer answers for that account: the company left the PMS
    stale = [
        ("Buildium", "https://leftbuildium.managebuilding.com/Resident/portal/login", not_found(), None),
        (
            "Buildium",
            "https://leftbuildium2.managebuilding.com/Resident/portal/login",
            redirect("https://www.buildium.com/"),
            "same",
        ),
        ("AppFolio", "https://leftappfolio.appfolio.com/connect", redirect("https://www.appfolio.com/page-not-found-sub"), None),
        ("AppFolio", "https://leftappfolio2.appfolio.com/connect", not_found(), "same"),
        (
            "Rent Manager",
            "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=leftrm",
            page("<p>Invalid Corp ID. The account could not be found.</p>", title="Resident Web Access"),
            None,
        ),
        (
            "Propertyware",
            "https://app.propertyware.com/pw/portals/leftpw/tenant.action",
            redirect("https://app.propertyware.com/pw/login.jsp"),
            None,
        ),
        ("Rentvine", "https://leftrv.rentvine.com/portals/resident/", not_found(), None),
        (
            "Yardi",
            "https://leftyardi.securecafe.com/residentservices/old-apts/userlogin.aspx",
            redirect("https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx"),
            None,
        ),
        ("ResMan", "https://leftresman.myresman.com/Portal/Access/SignIn/OLD", not_found(), "same"),
        ("RealPage", "https://leftrp.activebuilding.com/login", not_found(), None),
    ]
    for i, (pms, url, reply, given) in enumerate(stale):
        co, domain = f"Stale Link {i} Properties", f"stale-link-{i}-pm.com"
        add(
            "stale_portal",
            pms,
            co,
            domain,
            url if given else None,
            "evidence_unverified",
            {domain: site(co, url, how="footer" if i % 2 else "a"), _host(url): {_path(url): reply}},
        )
    add(
        "stale_portal",
        "Buildium",
        "Stale Unresolvable Homes",
        "stale-unresolvable-pm.com",
        None,
        "evidence_unverified",
        {
            "stale-unresolvable-pm.com": site(
                "Stale Unresolvable Homes", "https://deadacct.managebuilding.com/Resident/portal/login"
            )
        },
        unresolvable=("deadacct.managebuilding.com",),
    )

    # vendor-wide hosts given as evidence or linked: sign-in, SSO, marketing, help
    wide = [
        ("Buildium", "https://signin.managebuilding.com/Resident/portal/global-login", "given"),
        ("Buildium", "https://www.buildium.com/", "linked"),
        ("AppFolio", "https://passport.appfolio.com/", "given"),
        ("AppFolio", "https://account.appfolio.com/realms/foliospace/protocol/openid-connect/auth", "linked"),
        ("AppFolio", "https://www.appfolio.com/property-manager", "linked"),
        ("Rent Manager", "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx", "given"),
        ("Rent Manager", "https://www.rentmanager.com/", "linked"),
        ("Propertyware", "https://app.propertyware.com/pw/login.jsp", "given"),
        ("Yardi", "https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx", "linked"),
        ("DoorLoop", "https://app.doorloop.com/", "given"),
        ("ResMan", "https://acme.auth.myresman.com/auth/connect/authorize", "linked"),
        ("Entrata", "https://www.residentportal.com/", "given"),
    ]
    for i, (pms, url, how) in enumerate(wide):
        co, domain = f"Vendor Wide {i} Management", f"vendor-wide-{i}-pm.com"
        sites = {
            domain: site(co, url) if how == "linked" else home(co, "<p>Contact us.</p>"),
            _host(url): {_path(url): _login("Sign in", "Sign in")},
        }
        add("vendor_wide", pms, co, domain, url if how == "given" else None, "no_pms_evidence", sites)

    # assets: a vendor's images, scripts, styles and widgets embedded in a company page
    assets = [
        ("AppFolio", "<img src='https://images.cdn.appfolio.com/pinewood/images/8f1c/large.jpg' alt='Unit'>"),
        ("AppFolio", "<link rel='stylesheet' href='https://pinewood.appfolio.com/listings/assets/listings.css'>"),
        ("Yardi", "<script src='https://cdngeneral.rentcafe.com/dmslivecafe/3/1/js/rentcafe.widget.js'></script>"),
        ("Rentvine", "<script src='https://app.rentvine.com/public/widget/init.js'></script>"),
        ("Rent Manager", "<img src='https://cdn.rentmanager.com/images/rm-logo.png'>"),
        ("Entrata", "<link rel='preload' href='https://commoncf.entrata.com/fonts/roboto.woff2' as='font'>"),
        ("Buildium", "<img src='https://pinewood.managebuilding.com/Resident/content/images/logo.png'>"),
        ("Propertyware", "<script src='https://webreq.propertyware.com/pw/marketing/website.do?sid=1&wid=2'></script>"),
    ]
    for i, (pms, tag) in enumerate(assets):
        co, domain = f"Asset Only {i} Realty", f"asset-only-{i}-pm.com"
        add("asset", pms, co, domain, None, "no_pms_evidence", {domain: home(co, tag)})
    add(
        "asset",
        "AppFolio",
        "Asset Given Realty",
        "asset-given-pm.com",
        "https://images.cdn.appfolio.com/assetgiven/images/1/medium.jpg",
        "no_pms_evidence",
        {"asset-given-pm.com": home("Asset Given Realty", "")},
    )

    # vendors whose customers all sign in at one shared host: medium at most, and only if it is live
    add(
        "shared_signin",
        "TenantCloud",
        "Shared Sign In Homes",
        "shared-signin-0-pm.com",
        None,
        "medium",
        {
            "shared-signin-0-pm.com": site("Shared Sign In Homes", "https://home.tenantcloud.com/login"),
            "home.tenantcloud.com": {"/login": _login("TenantCloud - Login", "Log in to TenantCloud")},
        },
    )
    add(
        "shared_signin",
        "Rentec Direct",
        "Shared Owner Login Co",
        "shared-signin-1-pm.com",
        None,
        "medium",
        {
            "shared-signin-1-pm.com": site(
                "Shared Owner Login Co", "https://secure.rentecdirect.com/owners/login.php", how="footer"
            ),
            "secure.rentecdirect.com": {"/owners/login.php": _login("Owner Login | Rentec Direct", "Owner Login")},
        },
    )
    add(
        "shared_signin",
        "Buildium",
        "Shared Buildium Only Co",
        "shared-signin-2-pm.com",
        None,
        "no_pms_evidence",
        {
            "shared-signin-2-pm.com": site(
                "Shared Buildium Only Co", "https://signin.managebuilding.com/Resident/portal/global-login"
            )
        },
    )

    # the site links another PMS's portal
    other = [
        ("Buildium", "https://switchedco.appfolio.com/connect"),
        ("AppFolio", "https://switchedco2.managebuilding.com/Resident/portal/login"),
        ("Yardi", "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=switched3"),
        ("Rentvine", "https://app.propertyware.com/pw/portals/switched4/tenant.action"),
        ("Entrata", "https://switched5.myresman.com/Portal/Access/SignIn/SW5"),
    ]
    for i, (pms, url) in enumerate(other):
        co, domain = f"Other PMS {i} Rentals", f"other-pms-{i}-pm.com"
        add("other_pms", pms, co, domain, None, "pms_mismatch", {domain: site(co, url)})

    # the site links no portal at all (and no evidence given)
    for i, body in enumerate(
        [
            "<p>Residents: call (512) 555-0100 to pay rent.</p>",
            "<a href='https://www.facebook.com/example'>Facebook</a><a href='/pay-rent'>Pay Rent</a>",
            "<p>We proudly use <a href='https://www.buildium.com/'>Buildium</a>.</p>",  # marketing link: no account
            "<a href='https://zego.io/'>Pay with Zego</a>",
        ]
    ):
        co, domain = f"No Portal {i} Management", f"no-portal-{i}-pm.com"
        add("no_portal", "Buildium", co, domain, None, "no_pms_evidence", {domain: home(co, body)})

    # parked and for-sale domains (with a live portal given: the dead company still fails)
    parked_pages = [
        (
            "Sedo",
            parked(
                "<div id='sedo'>This webpage was generated by the domain owner using "
                "<a href='https://sedo.com/services/parking.php3'>Sedo Domain Parking</a>.</div>",
                title="{d}",
                head="<script src='https://img.sedoparking.com/templates/js/px.js'></script>",
            ),
        ),
        (
            "ParkingCrew",
            parked(
                "<div>Related Searches</div><script src='https://js.parkingcrew.net/jsparkcaf.php?_v=3"
                "&regcn=x'></script><p>The Sponsored Listings displayed above are served automatically "
                "by a third party.</p>",
                title="{d}",
            ),
        ),
        (
            "GoDaddy lander",
            {
                "/": Reply(
                    200, '<html><head><script>window.onload=function(){window.location.href="/lander"}</script></head></html>'
                )
            },
        ),
        (
            "GoDaddy lander page",
            parked(
                "<div id='root'></div><script>window.LANDER_SYSTEM=\"PW\";</script>"
                "<script src='https://img1.wsimg.com/parking-lander/static/js/main.5c1d.js'></script>",
                title="{d}",
            ),
        ),
        (
            "Afternic",
            {
                "/": redirect(
                    "https://www.afternic.com/forsale/{d}?utm_source=TDFS_DASLNC&utm_medium=parkedpages&traffic_id=daslnc"
                )
            },
        ),
        ("HugeDomains", {"/": redirect("https://www.hugedomains.com/domain_profile.cfm?d={d}")}),
        (
            "Dan.com",
            parked(
                "<h1>{d} is for sale</h1><a href='https://dan.com/buy-domain/{d}'>Buy now</a>",
                title="{d} - For Sale | Undeveloped",
            ),
        ),
        ("Namecheap", parked("<script src='https://i.cdnpark.com/registrar/v3/loader.js'></script>", title="{d}")),
        (
            "Bodis-style",
            parked(
                "<script>window.park = \"eyJ1dWlkIjoiYSJ9\";</script><p><a href='/_pp'>Privacy Policy</a></p>",
                title="{d}",
                head='<meta name="robots" content="noindex">',
            ),
        ),
        (
            "Above.com",
            parked(
                "<p>{d} may be for sale, click to inquire</p><a href='https://www.above.com/marketplace/{d}'>Inquire</a>",
                title="{d}",
            ),
        ),
        ("IONOS", parked("<p>This domain has been registered via IONOS and is not yet connected to a website.</p>", title="{d}")),
        (
            "Porkbun",
            parked(
                "<div class='parked-on-the-bun'><p>{d} is parked, but the owner has not put up a site yet. "
                "Visit again soon.</p></div>",
                title="{d}",
            ),
        ),
        (
            "Hostinger",
            parked("<h1>Parked Domain name on Hostinger DNS system</h1>", title="Parked Domain name on Hostinger DNS system"),
        ),
        (
            "Spanish registrar",
            parked(
                "<h1>Parking del dominio</h1><p>Este dominio ha sido registrado por un cliente.</p>",
                title="Aparcamiento De Dominios",
            ),
        ),
        ("Spanish marketplace", parked("<h2>¡Este dominio está a la venta!</h2><a href='/contacto'>Contactar</a>", title="{d}")),
        ("German (easyname)", parked("<h1>Domain geparkt</h1><p>Diese Domain wurde über easyname registriert.</p>", title="{d}")),
        (
            "German (Sedo DE)",
            parked(
                "<p>Diese Domain kaufen</p><p>Die hier angezeigten Sponsored Listings werden von "
                "dritter Seite automatisch generiert.</p>",
                title="{d}",
            ),
        ),
        (
            "French (OVH)",
            parked(
                "<h1>Félicitations ! Votre domaine a bien été créé chez OVH !</h1>",
                title="Félicitations ! Votre domaine a bien été créé chez OVH !",
            ),
        ),
        ("French marketplace", parked("<p>Ce nom de domaine est à vendre. Faites une offre.</p>", title="{d}")),
        (
            "Meta refresh to Sedo",
            {
                "/": Reply(
                    200,
                    "<html><head><meta http-equiv='refresh' content='0;url="
                    "https://sedo.com/search/details/?domain={d}'></head></html>",
                )
            },
        ),
        ("Parking feed hop", {"/": redirect("http://ww25.{d}/?subid1=20261202-1234-5678")}),
        (
            "GoDaddy builder placeholder",
            parked(
                "<h1>Coming Soon</h1><p>Future home of something quite cool.</p><p>If "
                "you're the site owner, log in to launch this site</p>",
                title="{d}",
            ),
        ),
        (
            "Suspended hosting",
            parked(
                "<h1>Account Suspended</h1><p>This Account has been suspended.</p><p>Contact your "
                "hosting provider for more information.</p>",
                title="Account Suspended",
            ),
        ),
        (
            "Parking link parameters",
            parked("<a href='https://www.example-market.net/?domain={d}&utm_medium=parking'>Get this domain</a>", title="{d}"),
        ),
    ]
    for i, (service, pages) in enumerate(parked_pages):
        domain = f"parked-{i}-pm.com"
        co = f"Parked {i} Property Management ({service})"
        url = f"https://parkedlive{i}.managebuilding.com/Resident/portal/login"
        filled = {path: _fill(reply, domain) for path, reply in pages.items()}
        add(
            "parked",
            "Buildium",
            co,
            domain,
            url,
            "dead_domain",
            {domain: filled, _host(url): {_path(url): VENDOR_LOGIN["Buildium"](co)}},
        )

    # bot walls and challenges: neither live nor dead; the lead cannot be verified from here
    walls = [
        (
            "Yardi",
            "https://walled.securecafe.com/residentservices/walled-apts/userlogin.aspx",
            Reply(
                403,
                "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><div>Enable JavaScript and "
                "cookies to continue</div><script>window._cf_chl_opt={cvId:'3'};</script><script src='/cdn-cgi/"
                "challenge-platform/h/g/orchestrate/chl_page/v1'></script></body></html>",
            ),
        ),
        (
            "Yardi",
            "https://walled2.securecafe.com/residentservices/walled2/userlogin.aspx",
            Reply(
                403,
                "<html><head><title>Attention Required! | Cloudflare</title></head><body><div id='cf-error-details'>"
                "Sorry, you have been blocked</div></body></html>",
            ),
        ),
        (
            "Entrata",
            "https://walled3.prospectportal.com/austin/walled-three/conventional/",
            Reply(
                403,
                "<html><head><title>Just a moment...</title></head><body><script src='https://challenges.cloudflare."
                "com/turnstile/v0/api.js'></script></body></html>",
            ),
        ),
        (
            "Entrata",
            "https://walled4.residentportal.com/resident_portal/",
            Reply(
                503,
                "<html><head><title>Just a moment...</title></head><body>Checking your browser before accessing."
                "<script src='/cdn-cgi/challenge-platform/h/b/orchestrate/jsch/v1'></script></body></html>",
            ),
        ),
        (
            "AppFolio",
            "https://walled5.appfolio.com/connect",
            Reply(
                403,
                "<HTML><HEAD><TITLE>Access Denied</TITLE></HEAD><BODY><H1>Access Denied</H1>You don't have "
                "permission to access this server.<P>Reference&#32;#18&#46;a1b2c3&#46;1700000000&#46;5f<P>"
                "https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;a1b2c3</BODY></HTML>",
            ),
        ),
        (
            "Buildium",
            "https://walled6.managebuilding.com/Resident/portal/login",
            Reply(403, "<html><body><div id='px-captcha'></div><p>Press &amp; Hold to confirm you are a human</p></body></html>"),
        ),
        (
            "RealPage",
            "https://walled7.activebuilding.com/login",
            Reply(
                403,
                "<html><body><iframe src='https://geo.captcha-delivery.com/captcha/?initialCid=AHrlqA'></iframe></body></html>",
            ),
        ),
        (
            "MRI",
            "https://walled8.mriresidentconnect.com/",
            Reply(
                200,
                "<html><head><meta name='ROBOTS' content='NOINDEX, NOFOLLOW'></head><body><iframe id='main-iframe' "
                "src='/_Incapsula_Resource?SWUDNSAI=31&xinfo=1'>Request unsuccessful. Incapsula incident ID: 1</iframe>"
                "</body></html>",
            ),
        ),
    ]
    for i, (pms, url, reply) in enumerate(walls):
        co, domain = f"Walled {i} Apartments", f"walled-{i}-pm.com"
        linked_by_site = i % 2 == 1
        add(
            "bot_wall",
            pms,
            co,
            domain,
            None if linked_by_site else url,
            "unverifiable",
            {domain: site(co, url) if linked_by_site else home(co, "<p>Lease today.</p>"), _host(url): {_path(url): reply}},
        )
    # a company site behind a bot wall, with a live portal given: the site could not be read -> medium
    add(
        "live_portal",
        "Buildium",
        "Walled Site Realty",
        "walled-site-pm.com",
        "https://walledsite.managebuilding.com/Resident/portal/login",
        "medium",
        {
            "walled-site-pm.com": {
                "/": Reply(
                    403,
                    "<html><head><title>Sucuri WebSite Firewall - Access Denied</title>"
                    "<link rel='stylesheet' href='https://cdn.sucuri.net/sucuri-firewall-"
                    "block.css'></head><body>Access Denied</body></html>",
                )
            },
            "walledsite.managebuilding.com": {"/Resident/portal/login": VENDOR_LOGIN["Buildium"]("Walled Site Realty")},
        },
    )

    # dead domains: no such host, or the homepage is gone (a live portal given changes nothing)
    for i in range(4):
        co, domain = f"Dead {i} Property Management", f"dead-{i}-pm.com"
        url = f"https://deadlive{i}.managebuilding.com/Resident/portal/login"
        portal = {_host(url): {_path(url): VENDOR_LOGIN["Buildium"](co)}}
        if i < 2:
            add("dead_domain", "Buildium", co, domain, url, "dead_domain", portal, unresolvable=(domain,))
        else:
            add(
                "dead_domain",
                "Buildium",
                co,
                domain,
                url,
                "dead_domain",
                {**portal, domain: {"/": not_found(), "/robots.txt": not_found()}},
            )
    return cases


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _fill(reply: Reply, domain: str) -> Reply:
    body = reply.body.decode() if isinstance(reply.body, bytes) else reply.body
    headers = {k: v.replace("{d}", domain) for k, v in reply.headers.items()}
    return Reply(reply.status, body.replace("{d}", domain), headers, reply.content_type)


CASES: list[Case] = _cases()


# --- the runner -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    case: Case
    got: str  # 'high' | 'medium' | the rejection reason
    detail: str
    verdict: Verdict

    @property
    def right(self) -> bool:
        return self.got == self.case.expect


class _NoCache:
    def get(self, kind, keys):
        return {}

    def put(self, kind, results):
        pass


def run_corpus(cases: list[Case] | None = None, *, workers: int = 4) -> list[Outcome]:
    """Serve every case on one fake web and judge each through the real live checks. Four cases at
    a time: as fast as eight on two cores, and 15% less CPU (one pool of kept-alive connections,
    which httpcore scans whole on every request)."""
    from concurrent.futures import ThreadPoolExecutor

    from fake_web import FakeWeb, fetcher_for

    from leadflow.app.live_checks import check_batch
    from leadflow.domain.criteria import LeadCriteria
    from leadflow.domain.models import Candidate
    from leadflow.domain.validation import RunContext, validate_batch

    cases = CASES if cases is None else cases
    sites: dict[str, dict[str, Reply]] = {}
    for case in cases:
        for host, pages in case.sites.items():
            sites.setdefault(host, {}).update(pages)
    unresolvable = {h for case in cases for h in case.unresolvable}

    with FakeWeb({h: p for h, p in sites.items() if h not in unresolvable}) as web:
        fetcher = fetcher_for(web, timeout=3.0)

        def judge(case: Case) -> Outcome:
            criteria = LeadCriteria(pms=case.pms, state=case.state, quantity=1)
            candidate = Candidate(
                name=case.name, domain=case.domain, city=case.city, state=case.state, pms=case.pms, evidence_url=case.evidence_url
            )
            live = check_batch([candidate], criteria, fetcher, _NoCache(), workers=2, retry_pause=0.05)
            [(_, verdict)] = validate_batch([candidate], RunContext(criteria=criteria, remaining=1, live=live))
            got = verdict.confidence if verdict.accepted else verdict.reason
            return Outcome(case, got or "none", verdict.detail or "", verdict)

        with fetcher, ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(judge, cases))
