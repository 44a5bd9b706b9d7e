"""A fake web on 127.0.0.1 for the live-check tests: many virtual hosts, real TLS, a proxy.

`FakeWeb` serves every virtual host on one plain-HTTP and one HTTPS port, telling hosts apart
by the Host header. HTTPS uses a throwaway CA (written to `ca_file`, for SSL_CERT_FILE) and
one server certificate whose SANs list every TLS host; it is reissued when a host is added.
`resolve` is the fetcher's DNS hook: it maps every fake host to 127.0.0.1 and the right port,
so nothing ever leaves the machine. `FakeProxy` is an HTTP proxy (CONNECT and absolute-URI
GET) that resolves the fake names itself and records what it was asked for.
"""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import selectors
import socket
import ssl
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from loopback import serving

HTML = "text/html; charset=utf-8"


# --- replies ------------------------------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = HTML
    delay: float = 0.0  # seconds before the status line
    trickle: float | None = None  # after the body: one byte every `trickle` s, until the client leaves
    trickle_for: float | None = None  # ... or until this many seconds passed; then silence, socket open
    hang: bool = False  # read the request, never answer
    hangup: bool = False  # read the request, close the connection without a word
    then_hangup: bool = False  # answer and keep the connection open, then hang up on its next request

    def payload(self) -> bytes:
        return self.body.encode() if isinstance(self.body, str) else self.body


def page(body: str, *, title: str = "", status: int = 200) -> Reply:
    return Reply(status, f"<!doctype html><html><head><title>{title}</title></head><body>{body}</body></html>")


def raw(status: int, html: str, headers: dict[str, str] | None = None, content_type: str | None = None) -> Reply:
    """Any status, body and headers (a wall's 429, a CDN's 500 page)."""
    kw = {"content_type": content_type} if content_type else {}
    return Reply(status, html, headers or {}, **kw)


def doc(title: str, head: str, body: str, *, status: int = 200, lang: str = "en-US") -> Reply:
    """A full page with its own <head> (themes and builders put scripts and styles there)."""
    return Reply(
        status,
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='UTF-8'><title>{title}</title>{head}</head>"
        f"<body>{body}</body></html>",
    )


def everywhere(reply: Reply) -> dict[str, Reply]:
    """A host that answers every path with the same reply (a wall, a host page): its homepage,
    robots.txt and any other path ("*")."""
    return {"/": reply, "/robots.txt": reply, "*": reply}


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, b"", {"Location": location}, content_type=None)


def not_found(text: str = "Not Found") -> Reply:
    return page(f"<h1>{text}</h1>", title=text, status=404)


def trickle(every: float = 0.05, then_silence_after: float | None = None) -> Reply:
    return Reply(200, "<html><body><p>loading", trickle=every, trickle_for=then_silence_after)


def hang() -> Reply:
    return Reply(hang=True)


@lru_cache(maxsize=4)
def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    out = [packer.compress(b'<html><body><a href="https://bomb.appfolio.com/connect">x</a>')]
    zeros = b"\0" * (1 << 20)
    for _ in range(size >> 20):
        out.append(packer.compress(zeros))
    out.append(packer.flush())
    return b"".join(out)


def gzip_bomb(size: int = 64 << 20) -> Reply:
    """`size` bytes of HTML and zeros, gzip-compressed to about size/1000."""
    return Reply(200, _bomb(size), {"Content-Encoding": "gzip"})


def gzipped(reply: Reply) -> Reply:
    return Reply(reply.status, gzip.compress(reply.payload()), {**reply.headers, "Content-Encoding": "gzip"}, reply.content_type)


def login_page(company: str, *, vendor: str = "Buildium") -> Reply:
    return page(
        f'<h1>{company}</h1><form method="post" action="/Resident/portal/login">'
        '<input name="username"><input type="password" name="password"><button>Sign in</button></form>'
        f"<footer>Powered by {vendor}</footer>",
        title=f"{company} - Resident Login",
    )


PARKED_HTML = page(
    '<h1>acme.example</h1><p>This domain may be for sale. <a href="https://www.hugedomains.com/">'
    'Buy this domain</a></p><script src="https://www.parkingcrew.net/pc.js"></script>',
    title="acme.example",
)
ROBOTS_DISALLOW_ALL = Reply(200, "User-agent: *\nDisallow: /\n", content_type="text/plain")


# --- presets ------------------------------------------------------------------------------


def company_site(*links: str, residents: str | None = None) -> dict[str, Reply]:
    """A company homepage with these links; `residents`: a link only on /residents."""
    anchors = "".join(f'<a href="{u}">Resident login</a>' for u in links)
    pages = {"/": page(f'<a href="/about">About</a><a href="/residents">Residents</a>{anchors}', title="Acme PM")}
    if residents:
        pages["/residents"] = page(f'<iframe src="{residents}"></iframe>', title="Residents")
    return pages


def preset_sites() -> dict[str, dict[str, Reply]]:
    """Company websites (*.test) and vendor portals (real vendor names, served here only)."""
    return {
        # company homepages
        "buildium-co.test": company_site("https://acme.managebuilding.com/Resident/portal/login"),
        "appfolio-co.test": company_site("https://acme.appfolio.com/connect"),
        "other-pms-co.test": company_site("https://acme.rentvine.com/portals/resident/"),
        "noportal-co.test": {"/": page('<a href="https://www.appfolio.com/">Powered by AppFolio</a>')},
        "residents-co.test": company_site(residents="https://acme.managebuilding.com/Resident/portal/login"),
        "payrent-co.test": {
            "/": page('<a href="/pay-rent">Pay rent</a>'),
            "/pay-rent": redirect("https://acme.rentvine.com/portals/resident/", 301),
        },
        "www.moved-co.test": company_site("https://acme.appfolio.com/connect"),
        "moved-co.test": {"/": redirect("https://www.moved-co.test/", 301)},
        "parked-co.test": {"/": PARKED_HTML},
        "forsale-co.test": {"/": redirect("https://www.hugedomains.com/domain_profile.cfm?d=forsale-co.test")},
        "robots-co.test": {
            "/robots.txt": ROBOTS_DISALLOW_ALL,
            "/": company_site("https://acme.managebuilding.com/Resident/portal/login")["/"],
        },
        "down-co.test": {"/": Reply(503, "maintenance"), "/robots.txt": not_found()},
        "robots503-co.test": {"/robots.txt": Reply(503, "try later"), "/": page("hi")},
        "loop-co.test": {"/": redirect("/")},
        "gone-co.test": {"/": not_found()},
        # vendor portals (their robots.txt disallows everything: portals are checked regardless)
        "acme.managebuilding.com": {
            "/Resident/portal/login": login_page("Acme Property Management, LLC"),
            "/robots.txt": ROBOTS_DISALLOW_ALL,
        },
        "acme.appfolio.com": {
            "/connect": redirect("/connect/users/sign_in"),
            "/connect/users/sign_in": login_page("Acme Property Management", vendor="AppFolio"),
        },
        "acme.rentvine.com": {"/portals/resident/": page("<div id=app></div>", title="Acme PM Resident Portal")},
        "gone.managebuilding.com": {},
        "soft.managebuilding.com": {
            "/Resident/portal/login": page("<h2>We're sorry, the account could not be found.</h2><a href='/'>Return to login</a>")
        },
        "oldco.managebuilding.com": {"/Resident/portal/login": redirect("https://www.buildium.com/")},
        "generic.managebuilding.com": {
            "/Resident/portal/login": redirect(
                "https://signin.managebuilding.com/manager/public/authentication/login?ReturnUrl=%2F"
            )
        },
        "generic.tenantcloud.com": {"/": redirect("https://home.tenantcloud.com/")},
        "switched.appfolio.com": {"/connect": redirect("https://switched.rentvine.com/portals/resident/")},
        "renamed.appfolio.com": {"/connect": redirect("https://newname.appfolio.com/connect")},
        "parked.rmwebaccess.com": {"/": PARKED_HTML},
        "busy.managebuilding.com": {"/Resident/portal/login": Reply(503, "busy")},
        "limited.managebuilding.com": {"/Resident/portal/login": Reply(429, "slow down")},
        "walled.managebuilding.com": {"/Resident/portal/login": page("Just a moment...", status=403)},
        "hanging.managebuilding.com": {"/Resident/portal/login": hang()},
        "www.buildium.com": {"/": page("Property management software", title="Buildium")},
        "signin.managebuilding.com": {},
        "home.tenantcloud.com": {},
    }


# --- certificates -------------------------------------------------------------------------


class _CA:
    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "leadflow fake web CA")])
        now = datetime.datetime.now(datetime.UTC)
        self.cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        self.file = directory / "ca.pem"
        self.file.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))
        self.server_key = ec.generate_private_key(ec.SECP256R1())
        self.serial = 0

    def issue(self, hosts: list[str]) -> tuple[Path, Path]:
        """A server certificate for `hosts` (and 127.0.0.1): (cert file, key file)."""
        now = datetime.datetime.now(datetime.UTC)
        names: list[x509.GeneralName] = [x509.DNSName(h) for h in hosts]
        names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
        cert = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "leadflow fake web")]))
            .issuer_name(self.cert.subject)
            .public_key(self.server_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        self.serial += 1
        cert_file, key_file = self.dir / f"server{self.serial}.pem", self.dir / f"server{self.serial}.key"
        cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_file.write_bytes(
            self.server_key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return cert_file, key_file


# --- servers ------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address):  # clients hanging up is routine here
        pass


class _TLSServer(_Server):
    ssl_context: ssl.SSLContext

    def get_request(self):
        sock, addr = super().get_request()
        # the handshake happens in the handler thread, so a silent client cannot block accept()
        return self.ssl_context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), addr


@dataclass(frozen=True)
class Hit:
    at: float  # time.monotonic()
    scheme: str
    host: str
    path: str
    headers: dict[str, str]
    peer: int = 0  # the client's port: one per connection


class _WebHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10
    disable_nagle_algorithm = True  # as real servers: a kept-alive reply's body is not held for an ACK

    def log_message(self, *args):
        pass

    def do_GET(self):
        web: FakeWeb = self.server.web  # type: ignore[attr-defined]
        host = (self.headers.get("Host") or "").lower()
        host = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        scheme = "https" if isinstance(self.server, _TLSServer) else "http"
        web._record(Hit(time.monotonic(), scheme, host, self.path, dict(self.headers), self.client_address[1]))
        reply = web.reply_for(host, self.path)
        if reply.hangup or getattr(self, "hang_up_next", False):  # a server whose keep-alive ran out
            self.close_connection = True
            return
        self.hang_up_next = reply.then_hangup
        # kept alive as real servers do, unless the reply has no length (trickle) or none at all
        self.close_connection = self.close_connection or reply.hang or reply.trickle is not None
        self._serve(web, reply)

    def _serve(self, web: FakeWeb, reply: Reply) -> None:
        if reply.hang:
            web.stopping.wait(30)
            return
        if reply.delay:
            with web._in_flight():  # the client is certainly waiting for this answer now
                time.sleep(reply.delay)
        body = reply.payload()
        try:
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for k, v in reply.headers.items():
                self.send_header(k, v)
            if reply.trickle is None:
                self.send_header("Content-Length", str(len(body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)
            until = time.monotonic() + (reply.trickle_for if reply.trickle_for is not None else 3600)
            while reply.trickle is not None and not web.stopping.is_set():
                self.wfile.flush()
                if time.monotonic() >= until:
                    web.stopping.wait(30)  # silent, connection open
                    break
                time.sleep(reply.trickle)
                self.wfile.write(b".")
        except (OSError, ssl.SSLError):
            pass  # the client left: some tests are about exactly that


class FakeWeb:
    """Virtual hosts on 127.0.0.1 over HTTP and HTTPS. Use as a context manager."""

    def __init__(self, sites: dict[str, dict[str, Reply]] | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="leadflow-fake-web-")
        self._ca = _CA(Path(self._dir.name))
        self.ca_file = str(self._ca.file)
        self.sites: dict[str, dict[str, Reply]] = {}
        self.tls_hosts: set[str] = set()
        self.dns: dict[str, str] = {}  # host -> address answered instead of 127.0.0.1 (guard tests)
        self.refused: set[str] = set()  # hosts that resolve to a port nobody listens on
        self.stopping = threading.Event()
        self.log: list[Hit] = []
        self.max_in_flight = 0
        self._now_in_flight = 0
        self._lock = threading.Lock()
        self._setup_lock = threading.RLock()  # agent threads publish companies concurrently
        self._https: _TLSServer | None = None
        self._tls_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        for host, pages in (sites or {}).items():
            self.add(host, pages, reissue=False)
        self._reissue()
        self._http = _Server(("127.0.0.1", 0), _WebHandler)
        self._https = _TLSServer(("127.0.0.1", 0), _WebHandler)
        self._https.ssl_context = self._tls_context
        for server in (self._http, self._https):
            server.web = self  # type: ignore[attr-defined]
        self.http_port = self._http.server_address[1]
        self.https_port = self._https.server_address[1]
        self.closed_port = _closed_port()
        self._threads = [serving(s) for s in (self._http, self._https)]

    # -- setup -----------------------------------------------------------------------------

    def add(self, host: str, pages: dict[str, Reply], *, tls: bool = True, reissue: bool = True) -> None:
        """Serve `host`; `tls=False`: its name is left out of the certificate (TLS fails)."""
        host = host.lower()
        with self._setup_lock:
            self.sites = {**self.sites, host: dict(pages)}  # readers see the old or the new dict
            if tls and host not in self.tls_hosts:
                self.tls_hosts = self.tls_hosts | {host}
                if reissue:
                    self._reissue()

    def reset(self) -> None:
        """Forget every site (the certificate is reissued when hosts are added again)."""
        with self._setup_lock:
            self.sites, self.tls_hosts = {}, set()

    def _reissue(self) -> None:
        """Serve a certificate for every TLS host. A fresh context is swapped in: reloading
        the chain of a context that handler threads are handshaking with crashes OpenSSL."""
        with self._setup_lock:
            cert, key = self._ca.issue(sorted(self.tls_hosts))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
            self._tls_context = context
            if self._https is not None:
                self._https.ssl_context = context

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a fetcher needs to trust this web's certificates."""
        return {"SSL_CERT_FILE": self.ca_file, **extra}

    def __enter__(self) -> FakeWeb:
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        for server in (self._http, self._https):
            server.shutdown()
            server.server_close()
        self._dir.cleanup()

    # -- DNS -------------------------------------------------------------------------------

    def upstream(self, host: str, port: int) -> tuple[str, int] | None:
        """Where a fake name on a port really is (None: no such name)."""
        host = host.lower().strip("[]")
        if host in self.refused:
            return "127.0.0.1", self.closed_port
        if host in self.dns:
            return self.dns[host], port
        if host not in self.sites:
            return None
        return "127.0.0.1", self.https_port if port == 443 else self.http_port

    def resolve(self, host: str, port: int) -> list[tuple[str, int]]:
        """The fetcher's `resolve` hook: fake names only, everything else does not exist."""
        found = self.upstream(host, port)
        if found is None:
            raise socket.gaierror(socket.EAI_NONAME, f"fake web: no such host {host}")
        return [found]

    # -- what happened ---------------------------------------------------------------------

    def reply_for(self, host: str, path: str) -> Reply:
        pages = self.sites.get(host)
        if pages is None:
            return not_found("no such fake host")
        return pages.get(path) or pages.get(path.split("?", 1)[0]) or pages.get("*") or not_found()

    def hits(self, host: str | None = None, path: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if (host is None or h.host == host) and (path is None or h.path == path)]

    def quiet(self, timeout: float = 10.0) -> None:
        """Wait until no answer is being held (an earlier test's client may have given up on a
        slow one while the server still waits it out), then start `max_in_flight` afresh."""
        deadline = time.monotonic() + timeout
        while self._now_in_flight and time.monotonic() < deadline:
            time.sleep(0.01)
        with self._lock:
            self.max_in_flight = self._now_in_flight

    def _record(self, hit: Hit) -> None:
        with self._lock:
            self.log.append(hit)

    def _in_flight(self):
        web = self

        class _Counter:
            def __enter__(self):
                with web._lock:
                    web._now_in_flight += 1
                    web.max_in_flight = max(web.max_in_flight, web._now_in_flight)

            def __exit__(self, *exc):
                with web._lock:
                    web._now_in_flight -= 1

        return _Counter()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again: nothing listens there


# --- proxy --------------------------------------------------------------------------------


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10

    def log_message(self, *args):
        pass

    def do_CONNECT(self):
        proxy: FakeProxy = self.server.proxy  # type: ignore[attr-defined]
        host, _, port = self.path.rpartition(":")
        proxy._record("CONNECT", f"{host}:{port}")
        upstream = proxy.web.upstream(host, int(port or 443))
        if upstream is None or host in proxy.deny:
            self.send_error(502 if upstream is None else 403)
            return
        try:
            remote = socket.create_connection(upstream, timeout=5)
        except OSError:
            self.send_error(502)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        self.wfile.flush()
        _relay(self.connection, remote, proxy.web.stopping)
        self.close_connection = True

    def do_GET(self):
        proxy: FakeProxy = self.server.proxy  # type: ignore[attr-defined]
        parts = urlsplit(self.path)
        host, port = (parts.hostname or ""), parts.port or 80
        proxy._record("GET", f"{host}:{port}")
        upstream = proxy.web.upstream(host, port)
        if upstream is None or host in proxy.deny:
            self.send_error(502 if upstream is None else 403)
            return
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        lines = [f"GET {target} HTTP/1.1"]
        lines += [
            f"{k}: {v}" for k, v in self.headers.items() if k.lower() not in ("connection", "proxy-connection", "keep-alive")
        ]
        request = ("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1")
        with socket.create_connection(upstream, timeout=5) as remote:
            remote.sendall(request)
            _relay(self.connection, remote, proxy.web.stopping)
        self.close_connection = True


def _relay(a: socket.socket, b: socket.socket, stop: threading.Event) -> None:
    """Copy bytes both ways until either side closes, then close both: a server that closes an
    idle keep-alive connection (uvicorn after 5 s) closes it for the client too, whose next
    request on it would otherwise wait out its read timeout."""
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(a, selectors.EVENT_READ, b)
            sel.register(b, selectors.EVENT_READ, a)
            while not stop.is_set():
                for key, _ in sel.select(timeout=0.1):
                    data = key.fileobj.recv(65536)  # type: ignore[union-attr]
                    if not data:
                        return
                    key.data.sendall(data)
    except (OSError, ValueError):  # a side closed under us (a cut before this thread began: fd -1)
        return
    finally:
        b.close()
        a.close()


class FakeProxy:
    """A loopback HTTP proxy in front of a FakeWeb; `requests` lists (method, 'host:port')."""

    def __init__(self, web: FakeWeb, deny: set[str] | None = None) -> None:
        self.web = web
        self.deny = deny or set()
        self.requests: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _ProxyHandler)
        self._server.proxy = self  # type: ignore[attr-defined]
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = serving(self._server)

    def _record(self, method: str, target: str) -> None:
        with self._lock:
            self.requests.append((method, target))

    def __enter__(self) -> FakeProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


def fetcher_for(web: FakeWeb, **options):
    """A Fetcher wired to `web`: its DNS hook and CA, loopback allowed, fast settings."""
    from leadflow.web.fetch import Fetcher

    defaults = {"resolve": web.resolve, "env": web.env(), "allow_private": True, "per_domain_delay": 0, "timeout": 3.0}
    return Fetcher(**{**defaults, **options})
