"""The guarded fetcher against the fake web on 127.0.0.1 (real HTTP and TLS, no other network)."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
import zlib

import pytest
from fake_web import (
    FakeProxy,
    FakeWeb,
    Reply,
    fetcher_for,
    gzip_bomb,
    gzipped,
    hang,
    page,
    preset_sites,
    redirect,
    trickle,
)

from leadflow.web import guard
from leadflow.web.fetch import Fetcher, Page
from leadflow.web.netenv import NetworkEnv

SLACK = 1.5  # scheduling slack on a busy machine (a parallel run); each test's failure mode is seconds or more beyond it


def _sites() -> dict:
    sites = preset_sites()
    sites["plain.test"] = {
        "/": page("<p>hello</p>", title="Plain"),
        "/gzip": gzipped(page("<p>zipped</p>")),
        "/deflate": Reply(200, zlib.compress(b"<p>zlib deflate</p>"), {"Content-Encoding": "deflate"}),
        "/raw-deflate": Reply(200, zlib.compress(b"<p>raw deflate</p>")[2:-4], {"Content-Encoding": "deflate"}),
        "/br": Reply(200, b"\x0b\x02\x80hello\x03", {"Content-Encoding": "br"}),
        "/bomb": gzip_bomb(64 << 20),
        "/big": Reply(200, b"<p>" + b"x" * (5 << 20)),
        "/json": Reply(200, b'{"a": 1}' * 1000, content_type="application/json"),
        "/text": Reply(200, "plain words", content_type="text/plain; charset=latin-1"),
        "/trickle": trickle(0.05),
        "/trickle-then-silence": trickle(0.05, then_silence_after=1.2),
        "/hang": hang(),
        "/chain": redirect("/chain/1"),
        "/chain/1": redirect("https://www.plain.test/landing", 301),
        "/loop": redirect("/loop"),
        "/slow-hop": Reply(302, headers={"Location": "/slow-hop/2"}, content_type=None, delay=0.3),
        "/slow-hop/2": Reply(302, headers={"Location": "/slow-hop/3"}, content_type=None, delay=0.3),
        "/slow-hop/3": page("never in time"),
        "/503": Reply(503, "busy"),
        "/429": Reply(429, "slow down"),
        "/404": Reply(404, "no"),
        **{
            f"/to/{name}": redirect(target)
            for name, target in {
                "loopback": "http://127.0.0.1/admin",
                "ten": "http://10.0.0.1/",
                "metadata": "http://169.254.169.254/latest/",
                "sitelocal": "http://[fec0::1]/",
                "mapped": "http://[::ffff:10.0.0.1]/",
                "localhost": "http://localhost/",
                "internal": "https://db.internal/",
                "private-name": "https://private-name.test/",
                "ftp": "ftp://plain.test/f",
                "public": "https://www.plain.test/landing",
            }.items()
        },
    }
    sites["www.plain.test"] = {"/landing": page("<p>landed</p>")}
    for host in ("kept.test", "one.shared.test", "two.shared.test", "turns.test"):
        sites[host] = {"/": page(host), "/about": page("about"), "/robots.txt": Reply(200, "", content_type="text/plain")}
    sites["closes.test"] = {"/": Reply(200, "first", then_hangup=True), "/next": page("next")}
    sites["hangs-up.test"] = {"/": Reply(hangup=True)}
    sites["private-name.test"] = {"/": page("never")}
    sites["a.managebuilding.com"] = {"/": page("a")}
    sites["b.managebuilding.com"] = {"/": page("b")}
    for i in range(6):
        sites[f"c{i}.test"] = {"/": Reply(200, "<p>slow</p>", delay=0.2)}
    return sites


@pytest.fixture(scope="module")
def web():
    with FakeWeb(_sites()) as w:
        w.add("notls.test", {"/": page("only http")}, tls=False)
        w.dns["private-name.test"] = "10.1.2.3"
        w.refused.add("refused.test")
        yield w


@pytest.fixture
def fetcher(web):
    with fetcher_for(web) as f:
        yield f


def _no_dns(host, port):
    raise AssertionError(f"local DNS lookup for {host} (should go through the proxy)")


# --- pages ----------------------------------------------------------------------------------


def test_https_page_with_real_tls(web, fetcher):
    p = fetcher.get("https://plain.test/")
    assert (p.status, p.error, p.final_url, p.redirects, p.location, p.truncated) == (
        200,
        None,
        "https://plain.test/",
        [],
        None,
        False,
    )
    assert "<p>hello</p>" in p.text and p.elapsed_ms >= 0 and not p.transient
    hit = web.hits("plain.test", "/")[-1]
    assert hit.scheme == "https"
    assert hit.headers["Host"] == "plain.test"
    assert hit.headers["User-Agent"] == "leadflow-verifier/0.1"
    assert hit.headers["Accept-Encoding"] == "gzip, deflate"


def test_plain_http_and_charset(fetcher):
    p = fetcher.get("http://plain.test/text")
    assert p.status == 200 and p.text == "plain words"


def test_redirects_are_followed_by_hand_and_recorded(fetcher):
    p = fetcher.get("https://plain.test/chain")
    assert p.redirects == ["https://plain.test/chain/1", "https://www.plain.test/landing"]
    assert p.final_url == "https://www.plain.test/landing" and p.status == 200 and "landed" in p.text


def test_follow_can_refuse_a_redirect(web, fetcher):
    before = len(web.hits("www.plain.test"))
    p = fetcher.get("https://plain.test/chain", follow=lambda url: "www." not in url)
    assert (p.status, p.final_url, p.location, p.error) == (
        301,
        "https://plain.test/chain/1",
        "https://www.plain.test/landing",
        None,
    )
    assert len(web.hits("www.plain.test")) == before


def test_too_many_redirects(web, fetcher):
    before = len(web.hits("plain.test", "/loop"))
    p = fetcher.get("https://plain.test/loop", max_redirects=3)
    assert p.error == "too many redirects" and not p.transient
    assert p.status == 302 and p.location == "https://plain.test/loop"
    assert len(web.hits("plain.test", "/loop")) - before == 4  # the first request and 3 redirects


@pytest.mark.parametrize(
    "path, text",
    [
        ("/gzip", "<p>zipped</p>"),
        ("/deflate", "<p>zlib deflate</p>"),
        ("/raw-deflate", "<p>raw deflate</p>"),
    ],
)
def test_compressed_pages_are_decoded(fetcher, path, text):
    assert text in fetcher.get(f"https://plain.test{path}").text


def test_gzip_bomb_stops_at_max_bytes(web):
    with fetcher_for(web, max_bytes=100_000) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/bomb")
        assert time.monotonic() - start < 2
        assert p.status == 200 and p.truncated
        assert "bomb.appfolio.com" in p.text and len(p.text) <= 100_000
        assert f.stats().bytes_read < 1_000_000  # 64 MB inflated from far less than that


def test_plain_body_stops_at_max_bytes(web):
    with fetcher_for(web, max_bytes=50_000) as f:
        p = f.get("https://plain.test/big")
        assert p.truncated and len(p.text) == 50_000
        assert f.stats().bytes_read < 1_000_000


def test_unknown_content_encoding_is_unreadable(fetcher):
    p = fetcher.get("https://plain.test/br")
    assert (p.status, p.text, p.error) == (200, None, "unreadable body (br)")
    assert not p.transient


def test_non_text_bodies_are_not_read(web):
    with fetcher_for(web) as f:
        p = f.get("https://plain.test/json")
        assert p.status == 200 and p.text is None and p.error is None
        assert f.stats().bytes_read == 0


# --- one deadline -----------------------------------------------------------------------------


def test_deadline_holds_against_a_trickling_server(web):
    with fetcher_for(web, timeout=0.5) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/trickle")
        assert time.monotonic() - start < 0.5 + SLACK
        assert p.status == 200 and p.truncated and p.text.startswith("<html><body><p>loading")


def test_deadline_holds_when_a_trickle_falls_silent(web):
    """httpx's read timeout restarts with every byte: 1.2 s of trickle and then silence would
    end at 1.2 + 1.4 s. Every read is clamped to the fetch's one deadline (1.4 s) instead."""
    with fetcher_for(web, timeout=1.4) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/trickle-then-silence")
        assert time.monotonic() - start < 1.4 + 0.8
        assert p.status == 200 and p.truncated and p.text.endswith("...")


def test_deadline_holds_against_a_silent_server(web):
    with fetcher_for(web, timeout=0.4) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/hang")
        assert time.monotonic() - start < 0.4 + SLACK
        assert (p.status, p.error, p.transient) == (None, "timeout", True)


def test_deadline_covers_dns(web):
    def slow_dns(host, port):
        time.sleep(3)
        return web.resolve(host, port)

    with fetcher_for(web, timeout=0.3, resolve=slow_dns) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/")
        assert time.monotonic() - start < 0.3 + SLACK
        assert p.error == "timeout" and p.transient


def test_a_lookup_the_resolver_never_answers_does_not_hold_up_the_process_exit():
    """The fetch gives up on the lookup at its deadline, and so does the process at its end:
    a lookup is not joined at exit (a thread pool's was: the whole of the resolver's wait)."""
    probe = (
        "import time\nfrom leadflow.web.fetch import Fetcher\n"
        "def never(host, port):\n    time.sleep(20)\n"
        "with Fetcher(resolve=never, timeout=0.3, allow_private=True) as f:\n"
        "    print(f.get('https://plain.test/').error)\n"
    )
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    took = time.monotonic() - started
    assert done.returncode == 0 and done.stdout.strip() == "timeout", done.stderr
    assert took < 10, f"the process took {took:.1f} s to end"


def test_deadline_spans_redirect_hops(web):
    with fetcher_for(web, timeout=0.5) as f:
        start = time.monotonic()
        p = f.get("https://plain.test/slow-hop")  # 0.3 s per hop: the second hop runs out
        assert time.monotonic() - start < 0.5 + SLACK
        assert p.error == "timeout" and p.final_url == "https://plain.test/slow-hop/2" and p.status is None


# --- errors -----------------------------------------------------------------------------------


def test_dead_name_is_dns_and_not_transient(fetcher):
    p = fetcher.get("https://no-such-company.test/")
    assert (p.status, p.error, p.transient) == (None, "dns", False)


def test_temporary_dns_failure_is_transient(web):
    def flaky(host, port):
        raise socket.gaierror(socket.EAI_AGAIN, "temporary failure")

    with fetcher_for(web, resolve=flaky) as f:
        p = f.get("https://plain.test/")
        assert (p.error, p.transient) == ("dns failure", True)


def test_refused_connection_is_unreachable_and_transient(fetcher):
    p = fetcher.get("https://refused.test/")
    assert (p.status, p.error, p.transient) == (None, "unreachable", True)


def test_certificate_for_another_name_is_tls(fetcher):
    p = fetcher.get("https://notls.test/")
    assert (p.error, p.transient) == ("tls", False)
    assert fetcher.get("http://notls.test/").status == 200


def test_certificates_come_from_ssl_cert_file(web):
    with fetcher_for(web, env={}) as f:  # certifi does not know the fake CA
        assert f.get("https://plain.test/").error == "tls"


@pytest.mark.parametrize("url", ["", "plain.test/", "ftp://plain.test/", "http://", "https://exa mple.test/", "http://[::1"])
def test_invalid_urls(fetcher, url):
    p = fetcher.get(url)
    assert (p.status, p.error, p.transient) == (None, "invalid url", False)


@pytest.mark.parametrize("path, status, transient", [("/503", 503, True), ("/429", 429, True), ("/404", 404, False)])
def test_http_statuses(fetcher, path, status, transient):
    p = fetcher.get(f"https://plain.test{path}")
    assert (p.status, p.error, p.transient) == (status, None, transient)


def test_socks_proxy_is_reported_not_raised(web):
    with fetcher_for(web, env=web.env(ALL_PROXY="socks5://127.0.0.1:1")) as f:
        p = f.get("https://plain.test/")
        assert p.error == "unsupported proxy (socks5)" and not p.transient


def test_counters(web):
    with fetcher_for(web) as f:
        f.get("https://plain.test/chain")
        f.get("https://plain.test/")
        s = f.stats()
        assert (s.fetches, s.requests) == (2, 4) and s.bytes_read > 0 and s.seconds > 0


# --- connections ------------------------------------------------------------------------------


def test_a_sites_pages_share_one_connection(web):
    with fetcher_for(web) as f:
        pages = [f.get(f"https://kept.test{path}") for path in ("/robots.txt", "/", "/about")]
    assert [p.status for p in pages] == [200, 200, 200]
    assert len({hit.peer for hit in web.hits("kept.test")}) == 1  # one TLS handshake, not three


def test_names_at_one_address_never_share_a_connection(web):
    hosts = ("one.shared.test", "two.shared.test")  # both answer on 127.0.0.1, one port
    with fetcher_for(web) as f:
        pages = [f.get(f"https://{host}{path}") for path in ("/", "/about") for host in hosts]
    assert [p.status for p in pages] == [200] * 4
    hits = [hit for host in hosts for hit in web.hits(host)]
    by_peer = {hit.peer: {h.host for h in hits if h.peer == hit.peer} for hit in hits}
    assert all(len(names) == 1 for names in by_peer.values())  # a connection verified for one name
    assert len(by_peer) == 2  # ... and each name kept its own


def test_a_name_whose_answer_turns_private_is_refused_despite_its_kept_connection(web):
    with fetcher_for(web) as f:
        assert f.get("https://turns.test/").status == 200
        web.dns["turns.test"] = "10.1.2.3"
        try:
            p = f.get("https://turns.test/about")
        finally:
            del web.dns["turns.test"]
    assert p.error == "blocked: private address (10.1.2.3 private)"
    assert [hit.path for hit in web.hits("turns.test")] == ["/"]


def test_a_kept_connection_the_server_closed_is_replaced_once(web):
    with fetcher_for(web) as f:
        first, second = f.get("https://closes.test/"), f.get("https://closes.test/next")
        gone = f.get("https://hangs-up.test/")
    assert (first.status, second.status) == (200, 200) and "next" in (second.text or "")
    assert len({hit.peer for hit in web.hits("closes.test", "/next")}) == 2  # asked again, on a new connection
    assert gone.error == "connection lost" and gone.transient
    assert len(web.hits("hangs-up.test")) == 2  # a server that never answers is asked twice, not more


# --- the address guard --------------------------------------------------------------------------


def test_private_answer_refused_before_any_request(web):
    before = len(web.hits("plain.test"))
    with fetcher_for(web, allow_private=False) as f:  # the fake web itself is on 127.0.0.1
        p = f.get("https://plain.test/")
    assert p.error == "blocked: private address (127.0.0.1 loopback)" and not p.transient
    assert len(web.hits("plain.test")) == before


@pytest.mark.parametrize(
    "name, error",
    [
        ("ten", "blocked: private address (10.0.0.1 private)"),
        ("metadata", "blocked: private address (169.254.169.254 link-local)"),
        ("sitelocal", "blocked: private address (fec0::1 site-local)"),
        ("mapped", "blocked: private address (::ffff:a00:1 private)"),
        ("private-name", "blocked: private address (10.1.2.3 private)"),  # a public-looking name, private DNS answer
        ("internal", "blocked: local name (db.internal)"),
        ("ftp", "blocked: non-http redirect (ftp)"),
    ],
)
def test_every_redirect_hop_is_guarded(web, fetcher, name, error):
    """allow_private=True accepts loopback (the fake web) and nothing else private."""
    p = fetcher.get(f"https://plain.test/to/{name}")
    assert p.error == error and p.status is None and len(p.redirects) == 1
    assert p.final_url == p.redirects[0]


@pytest.mark.parametrize(
    "name, error",
    [
        ("loopback", "blocked: private address (127.0.0.1 loopback)"),
        ("localhost", "blocked: local name (localhost)"),
        ("ten", "blocked: private address (10.0.0.1 private)"),
        ("sitelocal", "blocked: private address (fec0::1 site-local)"),
        ("internal", "blocked: local name (db.internal)"),
    ],
)
def test_behind_a_proxy_literals_and_local_names_are_refused(web, name, error):
    with (
        FakeProxy(web) as proxy,
        Fetcher(env=web.env(HTTPS_PROXY=proxy.url, HTTP_PROXY=proxy.url), resolve=_no_dns, per_domain_delay=0, timeout=3) as f,
    ):
        p = f.get(f"https://plain.test/to/{name}")
        assert p.error == error
        assert proxy.requests == [("CONNECT", "plain.test:443")]


def test_behind_a_proxy_public_redirects_are_followed(web):
    with (
        FakeProxy(web) as proxy,
        Fetcher(env=web.env(HTTPS_PROXY=proxy.url), resolve=_no_dns, per_domain_delay=0, timeout=3) as f,
    ):
        p = f.get("https://plain.test/to/public")
        assert p.status == 200 and "landed" in p.text
        assert proxy.requests == [("CONNECT", "plain.test:443"), ("CONNECT", "www.plain.test:443")]


@pytest.mark.parametrize(
    "host, reason",
    [
        ("localhost", "localhost"),
        ("api.localhost", "api.localhost"),
        ("printer.local", "printer.local"),
        ("db.internal", "db.internal"),
        ("nas.lan", "nas.lan"),
        ("router.home.arpa", "router.home.arpa"),
        ("intranet", "intranet"),
        ("LOCALHOST.", "localhost"),
    ],
)
def test_local_names(host, reason):
    assert guard.refuse_name(host) == f"blocked: local name ({reason})"


def test_loopback_allowance_is_loopback_only():
    assert guard.refuse_name("localhost", allow_loopback=True) is None
    assert guard.refuse_name("printer.local", allow_loopback=True) is not None
    assert guard.refuse_address(guard.parse_ip("127.0.0.1"), allow_loopback=True) is None
    assert guard.refuse_address(guard.parse_ip("10.0.0.1"), allow_loopback=True) is not None
    assert guard.refuse_name("acme-pm.com") is None


@pytest.mark.parametrize(
    "address, blocked",
    [
        ("8.8.8.8", False),
        ("2606:4700:4700::1111", False),
        ("2002:0808:0808::1", False),
        ("10.1.2.3", True),
        ("172.16.0.1", True),
        ("192.168.1.1", True),
        ("127.0.0.1", True),
        ("169.254.169.254", True),
        ("224.0.0.251", True),
        ("0.0.0.0", True),
        ("100.64.0.1", True),
        ("240.0.0.1", True),
        ("::1", True),
        ("::", True),
        ("fe80::1", True),
        ("fc00::1", True),
        ("fd12::1", True),
        ("fec0::1", True),
        ("ff02::1", True),
        ("::ffff:10.0.0.1", True),
        ("::ffff:127.0.0.1", True),
        ("2002:7f00:1::", True),
        ("2002:0a00:0001::", True),
        ("64:ff9b::7f00:1", True),
    ],
)
def test_address_policy(address, blocked):
    assert (guard.blocked_reason(guard.parse_ip(address)) is not None) is blocked


# --- proxies ----------------------------------------------------------------------------------


def test_https_through_the_proxy_uses_connect_and_no_local_dns(web):
    with (
        FakeProxy(web) as proxy,
        Fetcher(env=web.env(HTTPS_PROXY=proxy.url), resolve=_no_dns, per_domain_delay=0, timeout=3) as f,
    ):
        p = f.get("https://acme.managebuilding.com/Resident/portal/login")
        assert p.status == 200 and 'type="password"' in p.text
        assert proxy.requests == [("CONNECT", "acme.managebuilding.com:443")]
        # the fake web saw the request arrive over TLS, by name
        assert web.hits("acme.managebuilding.com")[-1].scheme == "https"


def test_tls_is_verified_through_the_tunnel(web):
    with FakeProxy(web) as proxy, Fetcher(env={"https_proxy": proxy.url}, resolve=_no_dns, timeout=3) as f:
        assert f.get("https://plain.test/").error == "tls"  # SSL_CERT_FILE not given


def test_plain_http_through_the_proxy(web):
    with FakeProxy(web) as proxy, Fetcher(env={"http_proxy": proxy.url}, resolve=_no_dns, timeout=3) as f:
        p = f.get("http://plain.test/")
        assert p.status == 200 and "hello" in p.text
        assert proxy.requests == [("GET", "plain.test:80")]


def test_proxy_errors_are_reported(web):
    with (
        FakeProxy(web, deny={"plain.test"}) as proxy,
        Fetcher(env=web.env(HTTPS_PROXY=proxy.url), resolve=_no_dns, timeout=3) as f,
    ):
        unknown = f.get("https://unknown-to-the-proxy.test/")
        assert unknown.error.startswith("proxy: 502") and unknown.transient
        denied = f.get("https://plain.test/")
        assert denied.error.startswith("proxy: 403") and not denied.transient


@pytest.mark.parametrize("no_proxy", ["plain.test", ".plain.test", "*.plain.test", "*", "other.test, plain.test"])
def test_no_proxy_goes_direct(web, no_proxy):
    with FakeProxy(web) as proxy, fetcher_for(web, env=web.env(HTTPS_PROXY=proxy.url, NO_PROXY=no_proxy)) as f:
        assert f.get("https://www.plain.test/landing").status == 200
        assert proxy.requests == []


@pytest.mark.parametrize(
    "env, url, expected",
    [
        ({"HTTPS_PROXY": "http://p:1"}, "https://a.example/", "http://p:1"),
        ({"HTTPS_PROXY": "p:1"}, "https://a.example/", "http://p:1"),
        ({"HTTPS_PROXY": "http://up:1", "https_proxy": "http://low:1"}, "https://a.example/", "http://low:1"),
        ({"HTTPS_PROXY": "http://up:1", "https_proxy": ""}, "https://a.example/", None),
        ({"HTTP_PROXY": "http://p:1"}, "https://a.example/", None),
        ({"HTTP_PROXY": "http://p:1"}, "http://a.example/", "http://p:1"),
        ({"HTTP_PROXY": "http://p:1", "REQUEST_METHOD": "GET"}, "http://a.example/", None),  # httpoxy
        ({"ALL_PROXY": "http://all:1"}, "http://a.example/", "http://all:1"),
        ({"ALL_PROXY": "http://all:1", "HTTPS_PROXY": "http://s:1"}, "https://a.example/", "http://s:1"),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "example"}, "https://a.example/", None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "a.example"}, "https://a.example/", None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "a.example"}, "https://sub.a.example/", None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": ".a.example"}, "https://a.example/", None),
        ({"HTTPS_PROXY": "http://p:1", "NO_PROXY": "a.example"}, "https://ba.example/", "http://p:1"),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "a.example:8443"}, "https://a.example:8443/", None),
        ({"HTTPS_PROXY": "http://p:1", "no_proxy": "a.example:8443"}, "https://b.example:8443/", "http://p:1"),
    ],
)
def test_proxy_selection(env, url, expected):
    import httpx

    u = httpx.URL(url)
    assert NetworkEnv.from_env(env).proxy_for(u.scheme, u.host, u.port) == expected


def test_certificate_settings(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("x")
    assert NetworkEnv.from_env({"SSL_CERT_FILE": str(ca), "SSL_CERT_DIR": str(tmp_path)}).ca_file == str(ca)
    by_dir = NetworkEnv.from_env({"SSL_CERT_FILE": str(tmp_path / "missing.pem"), "SSL_CERT_DIR": str(tmp_path)})
    assert (by_dir.ca_file, by_dir.ca_dir) == (None, str(tmp_path))
    assert NetworkEnv.from_env({}).ssl_context().cert_store_stats()["x509_ca"] > 0  # certifi


# --- politeness -------------------------------------------------------------------------------


def _in_threads(fn, args):
    threads = [threading.Thread(target=fn, args=(a,)) for a in args]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def test_one_vendor_shares_one_delay(web):
    """a.managebuilding.com and b.managebuilding.com are one registrable domain: spaced."""
    with fetcher_for(web, per_domain_delay=0.3) as f:
        _in_threads(f.get, ["https://a.managebuilding.com/", "https://b.managebuilding.com/", "https://a.managebuilding.com/"])
    times = sorted(h.at for h in web.hits() if h.host.endswith(".managebuilding.com") and h.host[0] in "ab")[-3:]
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert all(g >= 0.3 for g in gaps), gaps


def test_other_domains_do_not_wait(web):
    with fetcher_for(web, per_domain_delay=5.0) as f:
        start = time.monotonic()
        assert f.get("https://plain.test/").status == 200
        assert f.get("https://a.managebuilding.com/").status == 200
        assert time.monotonic() - start < 2.0


def test_concurrency_is_bounded(web):
    web.quiet()
    with fetcher_for(web, max_concurrency=2) as f:
        start = time.monotonic()
        _in_threads(f.get, [f"https://c{i}.test/" for i in range(6)])
        elapsed = time.monotonic() - start
    assert web.max_in_flight == 2
    assert elapsed >= 0.6  # 6 requests of 0.2 s, two at a time


def test_page_transient_property():
    def p(status=None, error=None):
        return Page("u", "u", status, [], None, error, 0)

    assert [p(500).transient, p(502).transient, p(429).transient, p(408).transient] == [True] * 4
    assert [p(200).transient, p(404).transient, p(403).transient] == [False] * 3
    assert [p(error=e).transient for e in ("timeout", "unreachable", "connection lost", "dns failure")] == [True] * 4
    assert [p(error=e).transient for e in ("dns", "tls", "invalid url", "too many redirects")] == [False] * 4
