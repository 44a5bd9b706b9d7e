"""Portal and website checks against the fake web on 127.0.0.1 (real HTTP and TLS only)."""

from __future__ import annotations

import json
import threading

import pytest
from fake_web import FakeProxy, FakeWeb, Reply, company_site, fetcher_for, page, preset_sites

from leadflow.web import PortalCheck, SiteCheck, account_of, check_portal, check_site, confirms, describe_check
from leadflow.web.fetch import Fetcher
from leadflow.web.robots import allowed, robots_for

BUILDIUM = "https://{}.managebuilding.com/Resident/portal/login"


@pytest.fixture(scope="module")
def web():
    sites = preset_sites()
    sites["partial-robots-co.test"] = {
        "/robots.txt": Reply(200, "User-agent: *\nDisallow: /residents\n", content_type="text/plain"),
        **company_site(residents=BUILDIUM.format("acme")),
    }
    sites["picky-robots-co.test"] = {
        "/robots.txt": Reply(
            200, "User-agent: leadflow-verifier\nDisallow: /\n\nUser-agent: *\nAllow: /\n", content_type="text/plain"
        ),
        "/": page("hi"),
    }
    sites["forbidden-robots-co.test"] = {"/robots.txt": Reply(403, "no"), **company_site(BUILDIUM.format("acme"))}
    sites["mixed-co.test"] = {
        "/": page(
            '<script src="https://doorway-api.knockrentals.com/v1/widget.js"></script>'
            '<iframe src="https://mixed.appfolio.com/listings?filters=1"></iframe>'
            '<a href="https://mixed.managebuilding.com/Resident/portal/login">Pay rent</a>'
            '<form action="https://mixed.managebuilding.com/Resident/public/rentals"></form>'
        )
    }
    sites["refresh-co.test"] = {
        "/": Reply(200, '<html><head><meta http-equiv="refresh" content="0; URL=\'https://acme.rmresident.com/\'"></head></html>')
    }
    # a server's Refresh header (IIS, some hosts' apex) instead of a meta refresh: apex -> www, whose page links the portal
    sites["header-refresh-co.test"] = {"/": Reply(200, "", {"Refresh": "0;URL='https://www.header-refresh-co.test/'"})}
    sites["www.header-refresh-co.test"] = {"/": page('<a href="https://hdr.managebuilding.com/Resident/portal/login">Pay</a>')}
    sites["svg-co.test"] = {  # an SVG button whose link is its xlink:href; the SVG's sprite and image are not links
        "/": page(
            '<svg><use xlink:href="#icon-key"/><image xlink:href="https://cdn.svg-co.test/logo.png"/>'
            '<a xlink:href="https://svgco.appfolio.com/connect"><text>Resident Login</text></a></svg>'
        )
    }
    sites["walled-co.test"] = {"/": page("Just a moment...", status=403)}
    checkpoint = Reply(  # Vercel's checkpoint answers 429 to every path, robots.txt included
        429,
        "<title>Vercel Security Checkpoint</title><p>We're verifying your browser</p>",
        {"x-vercel-mitigated": "challenge"},
    )
    sites["checkpoint-co.test"] = {"/robots.txt": checkpoint, "/": checkpoint}
    sites["soon-co.test"] = {"/": page("<h1>Coming Soon</h1><p>Check back soon.</p>")}
    sites["news-co.test"] = {  # "coming soon" in a real site's copy is not a placeholder
        "/": page(
            "<h1>News Co Property Management</h1><p>Full-service management of homes and apartments across "
            "Travis County since 1998.</p><p>Our new Riverside townhomes: coming soon!</p>"
        )
    }
    handover = "<p>Oak Hollow Property Management is now managed by Lakeshore Residential Group. Welcome!</p>"
    sites["lakeshore.managebuilding.com"] = {
        "/Resident/portal/login": page(handover + '<form><input name="u"><input type="password" name="p"></form>')
    }
    formerly = (
        "<p>As of March 1 the homes formerly managed by Oak Hollow Property Management are managed by "
        "Lakeshore Residential Group.</p>"
    )
    sites["oakhollow.managebuilding.com"] = {
        "/Resident/portal/login": page(formerly + '<form><input name="u"><input type="password" name="p"></form>')
    }
    acquired = "<p>Management Change: Oak Hollow Property Management has been acquired by Lakeshore Residential Group.</p>"
    sites["oakhollowacq.managebuilding.com"] = {
        "/Resident/portal/login": page(acquired + '<form><input name="u"><input type="password" name="p"></form>')
    }
    moving = "<p>We're Moving! Please pay rent through our new AppFolio portal: oakhollow.appfolio.com</p>"
    sites["oakhollowmove.managebuilding.com"] = {
        "/Resident/portal/login": page(moving + '<form><input name="u"><input type="password" name="p"></form>')
    }
    sites["jsonld-co.test"] = {
        "/": page(
            '<script type="application/ld+json">{"@type":"RealEstateAgent","address":{"@type":"PostalAddress",'
            '"addressLocality":"Edmond","addressRegion":"OK","postalCode":"73034"}}</script><h1>Jsonld Co Homes</h1>'
        )
    }
    sites["www.www-only-co.test"] = company_site(BUILDIUM.format("acme"))  # www-only-co.test has no address
    sites["vanity-co.test"] = {
        "/": page("<a href='https://pay.vanity-co.test/'>Pay Rent</a><a href='/about'>About</a>"),
        "/about": page("about us"),
    }
    sites["pay.vanity-co.test"] = {"/": Reply(302, headers={"Location": BUILDIUM.format("vanity")}, content_type=None)}
    sites["pagos-co.test"] = {  # a Spanish site: "Pagos en Línea" to pagos.<domain>, "Pagar Renta" to /pagar-renta
        "/": page("<a href='https://pagos.pagos-co.test/'>Pagos en Línea</a><a href='/nosotros'>Nosotros</a>"),
    }
    sites["pagos.pagos-co.test"] = {"/": Reply(302, headers={"Location": BUILDIUM.format("pagos")}, content_type=None)}
    sites["pagar-co.test"] = {
        "/": page("<a href='/pagar-renta'>Pagar Renta</a><a href='/nosotros'>Nosotros</a>"),
        "/pagar-renta": Reply(301, headers={"Location": BUILDIUM.format("pagar")}, content_type=None),
    }
    sites["paylessowners-co.test"] = {  # portal words in the company's own name: its links are not portal links
        "/": page("".join(f"<a href='/page-{i}'>Page {i}</a>" for i in range(5)) + "<a href='/owner-login'>Owners</a>"),
        "/owner-login": page(f"<a href='{BUILDIUM.format('payless')}'>Owner portal</a>"),
    }
    sites["shortlink-co.test"] = {  # a button to a link shortener that redirects into the portal
        "/": page("<a class='btn' href='https://bit.ly/3xShort'>Pay Rent</a><a href='https://bit.ly/'>bitly</a>")
    }
    sites["shortpartner-co.test"] = {"/": page("<a href='https://bit.ly/3xPartner'>Our partner</a>")}
    sites["bit.ly"] = {
        "/3xShort": Reply(301, headers={"Location": BUILDIUM.format("shortlink")}, content_type=None),
        "/3xPartner": Reply(301, headers={"Location": "https://partner-co.test/"}, content_type=None),
    }
    sites["partner-co.test"] = {"/": page(f"<a href='{BUILDIUM.format('partner')}'>Resident Login</a>")}
    sites["app.propertyware.com"] = {
        "/pw/portals/acme/tenant.action": redirect_to("/pw/portals/acme/login.action"),
        "/pw/portals/acme/login.action": page('<input type="password">', title="Acme Rentals"),
        "/pw/portals/gone/tenant.action": redirect_to("/pw/login.jsp"),
    }
    with FakeWeb(sites) as w:
        w.add("http-only-co.test", company_site(BUILDIUM.format("acme")), tls=False)
        w.refused.add("refused-co.test")
        w.refused.add("refused.managebuilding.com")
        w.add("badcert.managebuilding.com", {}, tls=False)
        yield w


def redirect_to(location: str) -> Reply:
    return Reply(302, headers={"Location": location}, content_type=None)


@pytest.fixture
def fetcher(web):
    """Nothing these tests fetch with it hangs: a generous deadline, so that a busy machine (a
    TLS handshake slowed down by a parallel run) is never mistaken for a slow site."""
    with fetcher_for(web, timeout=10.0) as f:
        yield f


# --- portals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, pms, verdict",
    [
        (BUILDIUM.format("acme"), "Buildium", "live"),
        ("https://acme.appfolio.com/connect", "AppFolio", "live"),  # via /connect/users/sign_in
        ("acme.appfolio.com/connect", "app folio", "live"),  # scheme-less, PMS alias
        ("https://acme.rentvine.com/portals/resident/", "Rentvine", "live"),  # an SPA shell titled "Resident Portal"
        ("https://app.propertyware.com/pw/portals/acme/tenant.action", "Propertyware", "live"),
        (BUILDIUM.format("gone"), "Buildium", "dead"),  # 404
        (BUILDIUM.format("soft"), "Buildium", "dead"),  # 200 "the account could not be found"
        (BUILDIUM.format("nosuch"), "Buildium", "dead"),  # the name does not resolve
        ("https://renamed.appfolio.com/connect", "AppFolio", "dead"),  # moved to another account
        ("https://parked.rmwebaccess.com/", "Rent Manager", "parked"),
        (BUILDIUM.format("oldco"), "Buildium", "vendor_home"),  # -> https://www.buildium.com/
        (BUILDIUM.format("generic"), "Buildium", "generic_login"),  # -> signin.managebuilding.com
        ("https://generic.tenantcloud.com/", "TenantCloud", "generic_login"),  # -> home.tenantcloud.com
        ("https://app.propertyware.com/pw/portals/gone/tenant.action", "Propertyware", "generic_login"),
        ("https://switched.appfolio.com/connect", "AppFolio", "wrong_pms"),  # -> a Rentvine portal
        ("https://acme.appfolio.com/connect", "Buildium", "wrong_pms"),  # the URL proves another PMS
        ("https://acme-pm.test/residents", "Buildium", "wrong_pms"),  # not a portal URL at all
        (BUILDIUM.format("busy"), "Buildium", "retry"),  # 503
        (BUILDIUM.format("limited"), "Buildium", "retry"),  # 429
        (BUILDIUM.format("refused"), "Buildium", "retry"),  # connection refused
        (BUILDIUM.format("badcert"), "Buildium", "unreachable"),  # TLS fails
        (BUILDIUM.format("walled"), "Buildium", "unreachable"),  # 403 bot wall: no portal to see
    ],
)
def test_portal_verdicts(fetcher, url, pms, verdict):
    check = check_portal(fetcher, url, pms)
    assert check.verdict == verdict, check.detail
    assert check.detail and check.url == url
    assert check.transient is (verdict == "retry")


def test_a_hanging_portal_is_retried_within_the_deadline(web):
    with fetcher_for(web, timeout=0.3) as f:
        check = check_portal(f, BUILDIUM.format("hanging"), "Buildium")
    assert check.verdict == "retry" and "timeout" in check.detail and check.elapsed_ms < 900


def test_live_portal_details(fetcher):
    check = check_portal(fetcher, "https://acme.appfolio.com/connect", "AppFolio", "ACME Property Management Inc")
    assert check == PortalCheck(
        url="https://acme.appfolio.com/connect",
        pms="AppFolio",
        verdict="live",
        http_status=200,
        final_url="https://acme.appfolio.com/connect/users/sign_in",
        detail="login form on acme.appfolio.com (http 200); names 'ACME Property Management Inc'",
        elapsed_ms=check.elapsed_ms,
        names_company=True,
        shows_name="acme property management",  # its title: "Acme Property Management - Resident Login"
    )


@pytest.mark.parametrize(
    "company, names",
    [
        ("Acme Property Management, L.L.C.", True),
        ("The Acme Property Management Co.", True),
        ("Acme Property & Management", False),
        ("Zenith Rentals LLC", False),
        (None, None),
        ("LLC", None),
    ],
)
def test_company_name_on_the_page(fetcher, company, names):
    check = check_portal(fetcher, BUILDIUM.format("acme"), "Buildium", company)
    assert check.verdict == "live" and check.names_company is names
    if names is not None:
        assert ("; names " if names else "; does not name ") in check.detail


def test_off_account_redirects_are_judged_not_fetched(web, fetcher):
    before = len(web.hits("www.buildium.com")), len(web.hits("signin.managebuilding.com"))
    assert check_portal(fetcher, BUILDIUM.format("oldco"), "Buildium").final_url == "https://www.buildium.com/"
    check_portal(fetcher, BUILDIUM.format("generic"), "Buildium")
    assert (len(web.hits("www.buildium.com")), len(web.hits("signin.managebuilding.com"))) == before


def test_wrong_pms_url_is_not_fetched(web, fetcher):
    before = len(web.hits("acme.appfolio.com"))
    assert check_portal(fetcher, "https://acme.appfolio.com/connect", "Buildium").detail == (
        "the URL is a AppFolio portal; not fetched"
    )
    assert len(web.hits("acme.appfolio.com")) == before


def test_portals_are_checked_without_robots_txt(web, fetcher):
    """acme.managebuilding.com's robots.txt disallows everything; one GET of the login page
    the company publishes is not crawling (see leadflow/web/robots.py)."""
    assert check_portal(fetcher, BUILDIUM.format("acme"), "Buildium").verdict == "live"
    assert web.hits("acme.managebuilding.com", "/robots.txt") == []


def test_portal_check_through_a_proxy(web):
    def no_dns(host, port):
        raise AssertionError("no local DNS behind a proxy")

    with FakeProxy(web) as proxy, Fetcher(env=web.env(HTTPS_PROXY=proxy.url), resolve=no_dns, per_domain_delay=0, timeout=2) as f:
        assert check_portal(f, BUILDIUM.format("acme"), "Buildium", "Acme Property Management").verdict == "live"
        assert check_portal(f, BUILDIUM.format("oldco"), "Buildium").verdict == "vendor_home"
    assert proxy.requests == [("CONNECT", "acme.managebuilding.com:443"), ("CONNECT", "oldco.managebuilding.com:443")]


def test_portals_of_one_vendor_share_the_delay(web):
    with fetcher_for(web, per_domain_delay=0.25) as f:
        urls = [BUILDIUM.format("acme"), BUILDIUM.format("gone"), BUILDIUM.format("soft")]
        threads = [threading.Thread(target=check_portal, args=(f, u, "Buildium")) for u in urls]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    hosts = {"acme.managebuilding.com", "gone.managebuilding.com", "soft.managebuilding.com"}
    times = sorted(h.at for h in web.hits() if h.host in hosts)[-3:]
    assert all(b - a >= 0.25 for a, b in zip(times, times[1:], strict=False))


def test_account_of():
    assert account_of("https://Acme.managebuilding.com/x") == "acme.managebuilding.com"
    assert account_of("http://acme.managebuilding.com/y") == "acme.managebuilding.com"
    assert account_of("https://app.propertyware.com/pw/portals/Acme/tenant.action") == "app.propertyware.com/pw/portals/acme"
    assert account_of("https://app.propertyware.com/pw/login.jsp") is None
    assert account_of("https://www.buildium.com/") is None


# --- company websites ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "domain, verdict, pms_found",
    [
        ("buildium-co.test", "live", ["Buildium"]),
        ("appfolio-co.test", "live", ["AppFolio"]),
        ("other-pms-co.test", "live", ["Rentvine"]),
        ("noportal-co.test", "live", []),
        ("residents-co.test", "live", ["Buildium"]),  # found on /residents
        ("payrent-co.test", "live", ["Rentvine"]),  # /pay-rent redirects into the portal
        ("moved-co.test", "live", ["AppFolio"]),  # apex -> www
        ("refresh-co.test", "live", ["Rent Manager"]),  # meta refresh
        ("header-refresh-co.test", "live", ["Buildium"]),  # a Refresh header to www, on the same site
        ("svg-co.test", "live", ["AppFolio"]),  # an SVG link
        ("mixed-co.test", "live", ["Buildium", "AppFolio"]),  # ranked by links; the Knock widget is no PMS
        ("http-only-co.test", "live", ["Buildium"]),  # no valid https: falls back to http
        ("parked-co.test", "parked", []),
        ("forsale-co.test", "parked", []),  # redirects to a domain-sale page
        ("robots-co.test", "robots_disallowed", []),
        ("picky-robots-co.test", "robots_disallowed", []),  # a group for our product token
        ("forbidden-robots-co.test", "live", ["Buildium"]),  # robots.txt 403: no restrictions
        ("down-co.test", "retry", []),  # 503
        ("robots503-co.test", "retry", []),  # robots.txt 503: disallowed for now
        ("refused-co.test", "retry", []),
        ("no-such-co.test", "dead", []),  # the name does not exist
        ("gone-co.test", "dead", []),  # homepage 404, nothing else answers
        ("loop-co.test", "unreachable", []),
        ("walled-co.test", "unreachable", []),  # 403 everywhere
        ("bad host", "unreachable", []),
    ],
)
def test_site_verdicts(fetcher, domain, verdict, pms_found):
    check = check_site(fetcher, domain)
    assert (check.verdict, check.pms_found) == (verdict, pms_found), check
    assert check.domain == domain
    assert check.transient is (verdict == "retry")


def test_site_pages_and_links(fetcher):
    check = check_site(fetcher, "residents-co.test")
    assert check == SiteCheck(
        domain="residents-co.test",
        pages_fetched=["https://residents-co.test/", "https://residents-co.test/residents"],
        portal_links=[BUILDIUM.format("acme")],
        pms_found=["Buildium"],
        error=None,
        verdict="live",
        http_status=200,
        elapsed_ms=check.elapsed_ms,
        home_text="Acme PM About Residents",  # the homepage's own words, title included
        link_text="Residents",  # the words of the page that showed the link
        link_contexts={BUILDIUM.format("acme"): "Residents"},  # an iframe in no block: the nearest text
    )
    assert confirms(check, "buildium") and not confirms(check, "AppFolio")


def test_portal_redirects_on_a_site_are_recorded_not_followed(web, fetcher):
    before = len(web.hits("acme.rentvine.com"))
    check = check_site(fetcher, "payrent-co.test")
    assert check.portal_links == ["https://acme.rentvine.com/portals/resident/"]
    assert check.pages_fetched[-1] == "https://payrent-co.test/pay-rent"
    assert len(web.hits("acme.rentvine.com")) == before


def test_a_wall_answering_robots_txt_is_a_wall_not_a_site_to_ask_again(fetcher):
    check = check_site(fetcher, "checkpoint-co.test")
    assert (check.verdict, check.transient) == ("unreachable", False)
    assert check.error == "bot wall ('vercel security checkpoint')"


def test_a_bare_coming_soon_page_is_a_placeholder_and_a_site_saying_so_is_not(fetcher):
    assert check_site(fetcher, "soon-co.test").verdict == "parked"
    assert check_site(fetcher, "news-co.test").verdict == "live"


def test_a_domain_whose_name_has_no_address_is_read_at_www(fetcher):
    check = check_site(fetcher, "www-only-co.test")
    assert (check.verdict, check.pms_found) == ("live", ["Buildium"])
    assert check.pages_fetched[0] == "https://www.www-only-co.test/"
    assert check_site(fetcher, "no-such-co.test").verdict == "dead"  # neither name: dead, as before


def test_the_homepages_own_portal_looking_links_are_crawled_first(web, fetcher):
    check = check_site(fetcher, "vanity-co.test")  # pay.<domain> redirects into the vendor
    assert check.portal_links == [BUILDIUM.format("vanity")] and check.verdict == "live"
    assert check.pages_fetched == ["https://vanity-co.test/", "https://pay.vanity-co.test/"]
    for domain, own in (
        ("pagos-co.test", "https://pagos.pagos-co.test/"),
        ("pagar-co.test", "https://pagar-co.test/pagar-renta"),
    ):
        check = check_site(fetcher, domain)  # the same in Spanish
        assert check.pages_fetched == [f"https://{domain}/", own] and check.verdict == "live", check.pages_fetched
    before = len(web.hits("paylessowners-co.test"))
    check = check_site(fetcher, "paylessowners-co.test")
    assert check.pages_fetched == ["https://paylessowners-co.test/", "https://paylessowners-co.test/owner-login"]
    assert len(web.hits("paylessowners-co.test")) - before <= 3  # robots.txt, /, /owner-login; no /page-N


def test_http_fallback_only_when_https_cannot_connect(fetcher):
    check = check_site(fetcher, "http-only-co.test")
    assert check.pages_fetched == ["http://http-only-co.test/"]
    assert check_site(fetcher, "down-co.test").pages_fetched == ["https://down-co.test/"]


def test_robots_disallowed_paths_are_skipped(web, fetcher):
    check = check_site(fetcher, "partial-robots-co.test")
    assert check.verdict == "live" and check.pms_found == []  # the portal is only on /residents
    assert web.hits("partial-robots-co.test", "/residents") == []
    assert "https://partial-robots-co.test/tenants" in check.pages_fetched


def test_robots_txt_is_fetched_once_per_origin(web, fetcher):
    before = len(web.hits("noportal-co.test", "/robots.txt"))
    check_site(fetcher, "noportal-co.test")
    check_site(fetcher, "noportal-co.test")
    assert allowed(fetcher, "https://noportal-co.test/anything")
    assert len(web.hits("noportal-co.test", "/robots.txt")) - before == 1


def test_transient_robots_answers_are_not_cached(web, fetcher):
    before = len(web.hits("robots503-co.test", "/robots.txt"))
    assert robots_for(fetcher, "https://robots503-co.test/").transient
    assert not allowed(fetcher, "https://robots503-co.test/")
    assert len(web.hits("robots503-co.test", "/robots.txt")) - before == 2


def test_site_errors_are_described(fetcher):
    assert describe_check(check_site(fetcher, "buildium-co.test")) == f"links Buildium ({BUILDIUM.format('acme')})"
    assert describe_check(check_site(fetcher, "noportal-co.test")) == "no portal link on 6 page(s)"
    assert describe_check(check_site(fetcher, "parked-co.test")) == "not confirmed: parked domain"
    assert describe_check(check_site(fetcher, "robots-co.test")) == "not checked: robots.txt disallows it"
    assert describe_check(check_site(fetcher, "down-co.test")) == "not confirmed: http 503 (will retry)"
    assert describe_check(check_site(fetcher, "no-such-co.test")) == "not confirmed: dns"


# --- results are plain data ---------------------------------------------------------------------


def test_results_round_trip_through_json(fetcher):
    checks = [check_portal(fetcher, BUILDIUM.format(a), "Buildium", "Acme Property Management") for a in ("acme", "soft")]
    for check in checks:
        assert PortalCheck.from_dict(json.loads(json.dumps(check.to_dict()))) == check
    for domain in ("residents-co.test", "parked-co.test", "no-such-co.test"):
        site = check_site(fetcher, domain)
        assert SiteCheck.from_dict(json.loads(json.dumps(site.to_dict()))) == site


def test_from_dict_tolerates_other_versions():
    old = {"domain": "a.com", "pages_fetched": [], "portal_links": [], "pms_found": [], "error": None}
    assert SiteCheck.from_dict(old).verdict == "live"
    newer = {"url": "u", "pms": "Buildium", "verdict": "dead", "checked_by": "leadflow 9"}
    assert PortalCheck.from_dict(newer) == PortalCheck(url="u", pms="Buildium", verdict="dead")


def test_a_short_link_on_the_homepage_is_fetched_for_where_it_goes(web, fetcher):
    check = check_site(fetcher, "shortlink-co.test")
    assert check.portal_links == [BUILDIUM.format("shortlink")] and check.verdict == "live"
    assert check.pages_fetched[:2] == ["https://shortlink-co.test/", "https://bit.ly/3xShort"]  # not bit.ly's homepage
    assert "https://bit.ly/" not in check.pages_fetched
    partner = check_site(fetcher, "shortpartner-co.test")  # a short link to another site: that site is not read
    assert partner.portal_links == [] and "https://partner-co.test/" not in partner.pages_fetched


def test_a_hosts_trailing_dot_is_the_same_host():
    from leadflow.web.markup import extract_links

    html = "<a href='https://acme.managebuilding.com./Resident/public/home'>Pay</a><a href='https://Acme.appfolio.com.:443/connect'>x</a>"
    assert extract_links(html, "https://co.test/") == [
        "https://acme.managebuilding.com/Resident/public/home",
        "https://Acme.appfolio.com:443/connect",
    ]


def test_a_refresh_is_read_however_it_is_spelled():
    from leadflow.web.markup import refresh_url

    assert refresh_url("0; url=https://www.co.test/") == "https://www.co.test/"
    assert refresh_url("0;URL='https://www.co.test/home'") == "https://www.co.test/home"
    assert refresh_url("5 ; Url = /welcome ") == "/welcome"
    assert refresh_url("3") is None and refresh_url("0; url=") is None and refresh_url("") is None


def test_an_svg_link_is_a_link_and_its_sprites_and_images_are_assets():
    from leadflow.web.markup import parse

    html = (
        '<svg><use xlink:href="/sprite.svg#key"/><image xlink:href="https://acme.appfolio.com/logo.png"/>'
        '<a xlink:href="https://acme.appfolio.com/connect"><text>Pay</text></a></svg>'
    )
    markup = parse(html, "https://co.test/")
    assert markup.links == ["https://acme.appfolio.com/connect"]
    assert markup.assets == ("https://co.test/sprite.svg#key", "https://acme.appfolio.com/logo.png")


def test_links_behind_a_wrapper_or_in_a_picker_are_read():
    from leadflow.web.markup import extract_links

    wrapped = "https://www.google.com/url?q=https%3A%2F%2Facme.appfolio.com%2Fconnect&sa=D&usg=AOvVaw1"
    html = (
        f"<a href='{wrapped}'>Portal</a><a href='https://l.facebook.com/l.php?u=https%3A%2F%2Facme.rmresident.com%2F'>Pay</a>"
        "<select onchange='go(this.value)'><option value=''>Portal Login</option>"
        f"<option value='{PROPERTYWARE}'>Tenants</option><option value='2'>Two</option></select>"
        "<a href='https://www.google.com/url?q=javascript:alert(1)'>odd</a>"
        "<a href='https://www.google.com/url?q=http%3A%2F%2F%5Boops'>broken</a>"
    )
    assert extract_links(html, "https://co.test/") == [
        "https://acme.appfolio.com/connect",
        "https://acme.rmresident.com/",
        PROPERTYWARE,
        "https://www.google.com/url?q=javascript:alert(1)",  # nothing to go on to: the wrapper itself
        "https://www.google.com/url?q=http%3A%2F%2F%5Boops",  # a broken target: the wrapper itself
    ]


PROPERTYWARE = "https://app.propertyware.com/pw/portals/acme/tenant.action"


def test_a_portal_naming_its_new_vendor_in_words_sends_residents_there(fetcher):
    check = check_portal(fetcher, BUILDIUM.format("oakhollowmove"), "Buildium", "Oak Hollow Property Management")
    assert check.verdict == "wrong_pms" and "oakhollow.appfolio.com" in check.detail, check.detail


def test_a_sites_schema_org_address_counts_as_one_it_shows(fetcher):
    check = check_site(fetcher, "jsonld-co.test")
    assert check.home_text.startswith("OK 73034 ") and "Jsonld Co Homes" in check.home_text


@pytest.mark.parametrize(
    "company,verdict",
    [
        ("Lakeshore Residential Group", "live"),  # the new manager's portal welcomes the residents it took over
        ("Oak Hollow Property Management", "dead"),  # the old company's: handed over
    ],
)
@pytest.mark.parametrize(
    "account", ["lakeshore", "oakhollow", "oakhollowacq"]
)  # "is now managed by Y"; "formerly managed by X are managed by Y"
def test_a_handover_notice_is_a_welcome_on_the_new_managers_portal(fetcher, company, verdict, account):
    check = check_portal(fetcher, BUILDIUM.format(account), "Buildium", company)
    assert check.verdict == verdict, check.detail
