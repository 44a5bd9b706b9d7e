"""SiteVerifier against real fixture sites served on 127.0.0.1 (no other network).

One ThreadingHTTPServer serves every fixture site; sites are told apart by a path prefix
(`/appfolio/`, `/residents-site/`, ...), which the verifier's `paths` parameter carries.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from leadflow import verification
from leadflow.verification import DEFAULT_PATHS, SiteCheck, SiteVerifier, confirms, extract_links

HTML = {"Content-Type": "text/html; charset=utf-8"}
HUGE_SIZE = 64 * 1024 * 1024
CHUNK = 64 * 1024


def page(body: str) -> tuple[int, dict[str, str], bytes]:
    return 200, HTML, f"<!doctype html><html><body>{body}</body></html>".encode()


def redirect(location: str, status: int = 302) -> tuple[int, dict[str, str], bytes]:
    return status, {"Location": location, "Content-Length": "0"}, b""


def huge_body() -> Iterator[bytes]:
    """64 MB: an AppFolio link first, a Buildium link at the very end."""
    head = b'<html><body><a href="https://huge.appfolio.com/connect">Pay rent</a>'
    tail = b'<a href="https://huge.managebuilding.com/Resident/portal/login">x</a></body></html>'
    yield head
    remaining = HUGE_SIZE - len(head) - len(tail)
    filler = b"<p>" + b"x" * (CHUNK - 7) + b"</p>"
    while remaining > 0:
        piece = filler[:remaining]
        remaining -= len(piece)
        yield piece
    yield tail


def trickle_body() -> Iterator[bytes]:
    yield b'<html><body><a href="https://slow.appfolio.com/connect">rent</a>'
    for _ in range(40):  # 4 s in all, each piece well within the read timeout
        time.sleep(0.1)
        yield b"<p>.</p>"


Body = bytes | Callable[[], Iterator[bytes]]

SITES: dict[str, tuple[int, dict[str, str], Body] | tuple[int, dict[str, str], Body, float]] = {
    # portal link on the homepage
    "/appfolio/": page(
        '<a href="/about">About</a> <a href="contact.html">Contact</a>'
        '<a href="https://acme.appfolio.com/connect">Resident login</a>'
        '<img src="/logo.png">'
    ),
    # portal link only on /residents
    "/residents-site/": page('<a href="/residents-site/residents">Residents</a>'),
    "/residents-site/residents": page(
        '<h1>Residents</h1><iframe src="https://acme.managebuilding.com/Resident/portal/login"></iframe>'
    ),
    "/residents-site/tenants": page('<a href="https://acme.rentvine.com/">never fetched</a>'),
    # no portal anywhere (vendor marketing pages are not portals; plain text is not HTML)
    "/noportal/": page(
        '<a href="https://www.appfolio.com/">Powered by AppFolio</a>'
        '<a href="mailto:office@acme.example">mail</a><a href="javascript:void(0)">menu</a>'
    ),
    "/noportal/residents": page("<p>Call the office to pay rent.</p>"),
    "/noportal/owners": (200, {"Content-Type": "text/plain"}, b"https://acme.appfolio.com/connect"),
    # a chat widget (not a PMS), one AppFolio iframe, two Buildium links (one repeated)
    "/mixed/": page(
        '<script src="https://doorway-api.knockrentals.com/v1/widget.js" async></script>'
        '<iframe src="https://mixed.appfolio.com/listings?filters=1"></iframe>'
        '<a href="https://mixed.managebuilding.com/Resident/portal/login">Pay rent</a>'
        '<a href="//mixed.managebuilding.com/Resident/public/rentals">Rentals</a>'
        '<a href="https://mixed.managebuilding.com/Resident/portal/login">Pay rent (footer)</a>'
    ),
    # the very first hop is fine, the redirect points at the cloud metadata address
    "/hop/": redirect("http://169.254.169.254/latest/meta-data/"),
    "/loop/": redirect("/loop/"),
    "/ftp/": redirect("ftp://files.acme.example/rent.pdf"),
    # /pay-rent redirects straight into the portal: recorded, never followed
    "/payrent/": page('<a href="/payrent/contact">Contact</a>'),
    "/payrent/pay-rent": redirect("https://acme.rentvine.com/portal/login", 301),
    "/refresh/": (200, HTML, b'<html><head><meta http-equiv="refresh" '
                             b"content=\"0; URL='https://acme.rmresident.com/'\"></head></html>"),
    "/huge/": (200, {**HTML, "Content-Length": str(HUGE_SIZE)}, huge_body),
    "/trickle/": (200, HTML, trickle_body),
    "/slow/": (*page('<a href="https://late.appfolio.com/">x</a>'), 2.0),
    "/down/": (503, HTML, b"<html><body>maintenance</body></html>"),
}


class FixtureServer:
    def __init__(self, sites: dict):
        self.sites = sites
        self.log: list[tuple[float, str, dict[str, str]]] = []  # (monotonic, path, headers)
        self.sent: dict[str, int] = {}  # path -> body bytes written before the client left
        self.lock = threading.Lock()
        fixture = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep pytest output clean
                pass

            def do_GET(self):
                with fixture.lock:
                    fixture.log.append((time.monotonic(), self.path, dict(self.headers)))
                entry = fixture.sites.get(self.path.split("?")[0])
                if entry is None:
                    entry = (404, HTML, b"<html><body>not found</body></html>")
                status, headers, body, *delay = entry
                if delay:
                    time.sleep(delay[0])
                chunks = [body] if isinstance(body, bytes) else None
                sent = 0
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if chunks is not None and "Content-Length" not in headers:
                        self.send_header("Content-Length", str(len(body)))
                    if chunks is None and "Content-Length" not in headers:
                        self.send_header("Connection", "close")
                        self.close_connection = True
                    self.end_headers()
                    for chunk in chunks if chunks is not None else body():
                        self.wfile.write(chunk)
                        sent += len(chunk)
                except OSError:  # the client hung up: that is the point of some tests
                    self.close_connection = True
                finally:
                    with fixture.lock:
                        fixture.sent[self.path] = sent

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def requests(self, prefix: str) -> list[tuple[float, str, dict[str, str]]]:
        with self.lock:
            return [r for r in self.log if r[1].startswith(prefix)]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture(scope="module")
def server():
    srv = FixtureServer(SITES)
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()
    srv.thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    """Belt and braces: only 'localhost' and IP literals may be resolved in these tests, and
    nothing but loopback may be connected to, even if the verifier's own checks regress."""
    real = verification._resolve
    real_send = SiteVerifier._send

    def send(self, client, target, addresses):
        stray = [a for a in addresses if not ipaddress.ip_address(a).is_loopback]
        assert not stray, f"test guard: would connect to {stray}"
        return real_send(self, client, target, addresses)

    monkeypatch.setattr(SiteVerifier, "_send", send)

    def guarded(host: str, port: int) -> list[str]:
        try:
            ipaddress.ip_address(host)
        except ValueError:
            if host != "localhost":
                raise socket.gaierror(f"test guard: no DNS lookups ({host})") from None
        return real(host, port)

    monkeypatch.setattr(verification, "_resolve", guarded)


def site_paths(site: str) -> tuple[str, ...]:
    return tuple(f"/{site}{p}" if p != "/" else f"/{site}/" for p in DEFAULT_PATHS)


def verifier(server: FixtureServer, site: str, **kw) -> SiteVerifier:
    opts = {"scheme": "http", "port": server.port, "allow_private": True, "per_host_delay": 0,
            "timeout": 5.0, "paths": site_paths(site)}
    return SiteVerifier(**{**opts, **kw})


# --- finding portals ----------------------------------------------------------------------

def test_portal_on_homepage(server):
    check = verifier(server, "appfolio").check("127.0.0.1")
    assert check == SiteCheck(
        domain="127.0.0.1",
        pages_fetched=[server.url("/appfolio/")],
        portal_links=["https://acme.appfolio.com/connect"],
        pms_found=["AppFolio"],
        error=None,
    )
    assert confirms(check, "AppFolio") and confirms(check, "app folio")
    assert not confirms(check, "Buildium") and not confirms(check, "no such pms")
    (_, _, headers), = server.requests("/appfolio/")
    assert headers["User-Agent"] == "leadflow-verifier/0.1"
    assert headers["Host"] == f"127.0.0.1:{server.port}"


def test_portal_only_on_residents_page(server):
    check = verifier(server, "residents-site").check("127.0.0.1")
    assert check.error is None
    assert check.pages_fetched == [server.url("/residents-site/"), server.url("/residents-site/residents")]
    assert check.portal_links == ["https://acme.managebuilding.com/Resident/portal/login"]
    assert check.pms_found == ["Buildium"]
    assert [p for _, p, _ in server.requests("/residents-site/")] == [
        "/residents-site/", "/residents-site/residents"]  # stopped at the first portal


def test_site_without_portal_fetches_every_path(server):
    check = verifier(server, "noportal").check("127.0.0.1")
    assert check.error is None
    assert check.portal_links == [] and check.pms_found == []
    assert check.pages_fetched == [server.url(p) for p in site_paths("noportal")]
    assert not confirms(check, "AppFolio")


def test_ranking_by_number_of_links(server):
    check = verifier(server, "mixed").check("127.0.0.1")
    assert check.portal_links == [
        "https://mixed.appfolio.com/listings?filters=1",
        "https://mixed.managebuilding.com/Resident/portal/login",
        "http://mixed.managebuilding.com/Resident/public/rentals",  # protocol-relative on http
    ]
    assert check.pms_found == ["Buildium", "AppFolio"]  # the Knock widget is no PMS
    assert confirms(check, "Buildium") and confirms(check, "AppFolio")


def test_redirect_into_portal_is_evidence_and_not_followed(server):
    check = verifier(server, "payrent").check("localhost")
    assert check.error is None
    assert check.portal_links == ["https://acme.rentvine.com/portal/login"]
    assert check.pms_found == ["Rentvine"]
    assert check.pages_fetched[-1] == server.url("/payrent/pay-rent", host="localhost")
    assert all("rentvine" not in u for u in check.pages_fetched)
    assert [p for _, p, _ in server.requests("/payrent/")][-1] == "/payrent/pay-rent"


def test_meta_refresh_counts_as_a_link(server):
    check = verifier(server, "refresh", paths=("/refresh/",)).check("127.0.0.1")
    assert check.pms_found == ["Rent Manager"]


def test_homepage_http_error_is_reported(server):
    check = verifier(server, "down", paths=("/down/",)).check("127.0.0.1")
    assert check.error == "http 503"
    assert check.pages_fetched == [server.url("/down/")]


# --- safety -------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_private_address_refused_before_any_request(server, host):
    before = len(server.requests("/"))
    check = verifier(server, "appfolio", allow_private=False).check(host)
    assert "private" in check.error
    assert check.pages_fetched == [] and check.pms_found == []
    assert len(server.requests("/")) == before  # nothing was sent


def test_redirect_to_private_address_refused(server, monkeypatch):
    real = verification._blocked_reason
    # pretend the fixture server is public, so only the redirect target is private
    monkeypatch.setattr(verification, "_blocked_reason", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))
    check = verifier(server, "hop", allow_private=False, timeout=0.5).check("127.0.0.1")
    assert check.error == "blocked: private address (169.254.169.254 link-local)"
    assert check.pages_fetched == [server.url("/hop/")]


def test_redirect_loop_stops_after_five_hops(server):
    check = verifier(server, "loop").check("127.0.0.1")
    assert check.error.startswith("too many redirects")
    assert len(server.requests("/loop/")) == 6  # the first request and 5 redirects
    assert len(check.pages_fetched) == 6


def test_non_http_redirect_refused(server):
    check = verifier(server, "ftp").check("127.0.0.1")
    assert check.error == "blocked: non-http redirect (ftp)"
    assert len(server.requests("/ftp/")) == 1


def test_huge_body_is_cut(server):
    start = time.monotonic()
    check = verifier(server, "huge", max_bytes=100_000).check("127.0.0.1")
    assert check.error is None
    assert check.pms_found == ["AppFolio"]  # the Buildium link past the cap was never read
    assert time.monotonic() - start < 5
    deadline = time.monotonic() + 5
    while "/huge/" not in server.sent and time.monotonic() < deadline:
        time.sleep(0.02)  # the handler notices the hang-up on its next write
    assert 0 < server.sent["/huge/"] < HUGE_SIZE // 4


def test_slow_trickle_is_cut_at_the_deadline(server):
    start = time.monotonic()
    check = verifier(server, "trickle", timeout=0.5, paths=("/trickle/",)).check("127.0.0.1")
    assert time.monotonic() - start < 2.0  # the server would trickle for 4 s
    assert check.pms_found == ["AppFolio"]  # what arrived before the deadline still counts


def test_timeout_is_an_error_not_an_exception(server):
    start = time.monotonic()
    check = verifier(server, "slow", timeout=0.3, paths=("/slow/",)).check("127.0.0.1")
    assert check.error == "timeout"
    assert check.pages_fetched == []
    assert time.monotonic() - start < 1.5


def test_unreachable_port_is_an_error_not_an_exception():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    check = SiteVerifier(scheme="http", port=port, allow_private=True, per_host_delay=0, timeout=2).check("127.0.0.1")
    assert check.error == "unreachable"
    assert check.pages_fetched == [] and check.portal_links == [] and check.pms_found == []


@pytest.mark.parametrize("domain", ["", "bad host name", "no-such-host.invalid"])
def test_bad_domains_are_errors(domain):
    check = SiteVerifier(per_host_delay=0).check(domain)
    assert check.error and check.pages_fetched == []


@pytest.mark.parametrize("address, blocked", [
    ("8.8.8.8", False), ("2606:4700:4700::1111", False),
    ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.1.1", True), ("127.0.0.1", True),
    ("169.254.169.254", True), ("224.0.0.251", True), ("0.0.0.0", True), ("100.64.0.1", True),
    ("240.0.0.1", True), ("::1", True), ("fe80::1", True), ("fc00::1", True),
    ("::ffff:10.0.0.1", True), ("2002:7f00:1::", True),  # IPv4 inside IPv6
])
def test_address_policy(address, blocked):
    assert (verification._blocked_reason(ipaddress.ip_address(address)) is not None) is blocked


# --- politeness ---------------------------------------------------------------------------

def _gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:])]


def test_per_host_delay_across_checks(server):
    v = verifier(server, "residents-site", per_host_delay=0.3)
    first, second = v.check("127.0.0.1"), v.check("127.0.0.1")
    assert first.pms_found == second.pms_found == ["Buildium"]
    times = [t for t, _, _ in server.requests("/residents-site/")][-4:]  # 2 pages per check
    assert all(gap >= 0.3 for gap in _gaps(times)), _gaps(times)


def test_per_host_delay_across_threads(server):
    v = verifier(server, "appfolio", per_host_delay=0.3)
    before = len(server.requests("/appfolio/"))
    threads = [threading.Thread(target=v.check, args=("127.0.0.1",)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times = sorted(t for t, _, _ in server.requests("/appfolio/")[before:])
    assert len(times) == 3
    assert all(gap >= 0.3 for gap in _gaps(times)), _gaps(times)


def test_per_host_delay_is_per_host(server):
    v = verifier(server, "appfolio", per_host_delay=5.0)
    start = time.monotonic()
    assert v.check("127.0.0.1").pms_found == ["AppFolio"]
    assert v.check("localhost").pms_found == ["AppFolio"]  # another host: no wait
    assert time.monotonic() - start < 2.0


# --- link extraction ----------------------------------------------------------------------

def test_extract_links():
    html = (
        '<base href="https://cdn.acme.example/site/">'
        '<a href="rent">r</a><a href=" /abs?a=1&amp;b=2 ">a</a><a href="#top">t</a>'
        '<a href="mailto:x@acme.example">m</a><a href="tel:+15550100">t</a>'
        '<script src="//widgets.example/w.js"></script><img src="data:image/png;base64,AAAA">'
        '<form action="https://acme.managebuilding.com/Resident/portal/login"></form>'
        '<a href="ftp://acme.example/f">f</a><a>no href</a><link href="/style.css" rel="stylesheet"/>'
        '<a href="http://[broken">x</a>'
    )
    assert extract_links(html, "https://acme.example/residents") == [
        "https://cdn.acme.example/site/rent",
        "https://cdn.acme.example/abs?a=1&b=2",
        "https://widgets.example/w.js",
        "https://acme.managebuilding.com/Resident/portal/login",
        "https://cdn.acme.example/style.css",
    ]
