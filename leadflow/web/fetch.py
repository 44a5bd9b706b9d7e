"""The guarded fetcher: one GET of an untrusted URL that cannot hurt us or the site.

Every URL leadflow fetches came from an LLM or from a web page, so `Fetcher.get`:

- **never raises for network trouble**: DNS, connect, TLS, protocol and timeout problems end
  up as a short `Page.error` code (see `page.ERRORS`);
- **keeps one total deadline** (`timeout`) over DNS, connect, TLS, headers and body, across
  all redirect hops. DNS runs on a few daemon threads and is waited for with what is left;
  every socket operation is clamped to the deadline (`transport.py`). Time spent waiting for
  a politeness or concurrency slot is not network time and does not count;
- **caps the body** at `max_bytes` decoded bytes: only `gzip, deflate` are advertised, raw
  bytes are inflated with a capped decoder (`decode.py`), so a gzip bomb stops at the cap;
- **follows redirects by hand** (at most `max_redirects`), judging every hop afresh.

Address policy (direct connections): the host name is resolved by leadflow, and every
answer must be a public address; loopback, private, link-local, multicast, unspecified,
reserved, carrier-grade NAT, IPv6 site-local (`fec0::/10`) and unique-local addresses, and
IPv4 embedded in IPv6 (mapped, 6to4) are refused; any refused answer refuses the host. A new
connection then goes to the very address that was checked (the URL keeps the name, so the Host
header, TLS SNI and certificate check are the name's), so DNS cannot change between check and
connect. Connections are kept alive a few seconds and pooled by name, never by address: a
site's robots.txt and pages share one handshake, and a connection verified for one name never
carries another's request; one the server had just closed is replaced once. Local names
(`localhost`, `*.local`, `*.internal`, `*.lan`, `*.home.arpa`, single labels, ...) and private
IP literals are refused before any lookup.
`allow_private=True` (tests only) accepts loopback addresses and `localhost`, nothing else.

Address policy behind a proxy: `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY` (either case) are
honoured unless `NO_PROXY` matches the host. A proxied request does **no local DNS lookup**
(https goes through `CONNECT host:port` by name; the proxy resolves), because proxy-only
networks often have no usable DNS and a local answer would say nothing about where the
proxy connects. The guard then refuses private IP literals and local names in URLs and
redirects, and leaves egress policy to the proxy. TLS is still verified end to end, against
`SSL_CERT_FILE` / `SSL_CERT_DIR` when set, else certifi. SOCKS proxies are not supported.

Politeness: at most one request at a time per registrable domain, `per_domain_delay`
seconds apart (all `*.managebuilding.com` portals share one budget), and at most
`max_concurrency` requests in flight (`politeness.py`).
"""

from __future__ import annotations

import os
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from leadflow.domain.errors import in_chain
from leadflow.web import guard
from leadflow.web.decode import ACCEPT_ENCODING, CappedDecoder, Unreadable, decode_text
from leadflow.web.lookups import Lookups, Resolver
from leadflow.web.netenv import NetworkEnv
from leadflow.web.page import FetchStats, Page
from leadflow.web.politeness import Politeness
from leadflow.web.transport import DeadlineTransport, deadline, pinned

USER_AGENT = "leadflow-verifier/0.1"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CLOSED_IDLE = "Server disconnected without sending a response"  # httpcore's words
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?\Z", re.I)  # after IDNA encoding


class _Stop(Exception):
    """The fetch ends here; str() is the Page.error."""


@dataclass
class _Answer:
    status: int
    location: str | None = None
    text: str | None = None
    truncated: bool = False
    error: str | None = None
    refresh: str | None = None


@dataclass
class _Budget:
    at: float  # time.monotonic() deadline

    def left(self) -> float:
        return self.at - time.monotonic()


def system_resolve(host: str, port: int) -> list[tuple[str, int]]:
    """Every address `host` resolves to (IPv6 scope ids dropped), in resolver order."""
    out: list[tuple[str, int]] = []
    for *_, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
        pair = (str(sockaddr[0]).split("%", 1)[0], port)
        if pair not in out:
            out.append(pair)
    return out


_LOOKUPS = Lookups(16)
_NOT_FOUND = {getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, n)}


class Fetcher:
    """Thread-safe; share one per run so politeness and counters cover every check."""

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = 1_000_000,
        per_domain_delay: float = 1.0,
        max_concurrency: int = 8,
        allow_private: bool = False,
        resolve: Resolver | None = None,
        env: Mapping[str, str] | None = None,
        user_agent: str = USER_AGENT,
    ) -> None:
        if timeout <= 0 or max_bytes <= 0:
            raise ValueError("timeout and max_bytes must be positive")
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self.user_agent = user_agent
        self._resolve = resolve or system_resolve
        self._net = NetworkEnv.from_env(env)
        self._ssl: ssl.SSLContext = self._net.ssl_context()
        self._politeness = Politeness(per_domain_delay, max_concurrency)
        self._headers = {
            "User-Agent": user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
            "Accept-Encoding": ACCEPT_ENCODING,
            "Accept-Language": "en-US,en;q=0.8",
        }
        self._clients: dict[str | None, httpx.Client] = {}
        self._lock = threading.Lock()
        self._stats = FetchStats()

    # -- public ----------------------------------------------------------------------------

    def get(self, url: str, *, max_redirects: int = 5, follow: Callable[[str], bool] | None = None) -> Page:
        """GET `url`. Redirect targets for which `follow` returns False are not fetched: the
        page then has the 3xx status and the target in `location`."""
        started = time.monotonic()
        budget = _Budget(started + self.timeout)
        redirects: list[str] = []
        current, answer, error, location = url, None, None, None
        try:
            for hop in range(max_redirects + 1):
                answer = self._hop(current, budget)
                error = answer.error
                if answer.location is None:
                    break
                target = self._redirect_target(current, answer.location)
                if follow is not None and not follow(target):
                    location = target
                    break
                if hop == max_redirects:
                    location, error = target, "too many redirects"
                    break
                redirects.append(target)
                current, answer = target, None
                if urlsplit(target).scheme.lower() not in ("http", "https"):
                    raise _Stop(f"blocked: non-http redirect ({urlsplit(target).scheme or 'no scheme'})")
        except _Stop as stop:
            error = str(stop)
        elapsed = time.monotonic() - started
        self._count(fetches=1, seconds=elapsed)
        return Page(
            url=url,
            final_url=current,
            status=answer.status if answer else None,
            redirects=redirects,
            text=answer.text if answer else None,
            error=error,
            elapsed_ms=round(elapsed * 1000),
            location=location,
            truncated=answer.truncated if answer else False,
            refresh=answer.refresh if answer else None,
        )

    def stats(self) -> FetchStats:
        with self._lock:
            return self._stats

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- one hop ---------------------------------------------------------------------------

    def _hop(self, url: str, budget: _Budget) -> _Answer:
        target = self._parse(url)
        host = target.raw_host.decode("ascii")
        port = target.port or (443 if target.scheme == "https" else 80)
        proxy = self._net.proxy_for(target.scheme, host, target.port)
        literal = guard.parse_ip(host)
        refusal = (
            guard.refuse_address(literal, allow_loopback=self.allow_private)
            if literal
            else guard.refuse_name(host, allow_loopback=self.allow_private)
        )
        if refusal:
            raise _Stop(refusal)
        addresses = None
        if proxy is None:
            addresses = [(str(literal), port)] if literal else self._lookup(host, port, budget)
            for address, _ in addresses:
                ip = guard.parse_ip(address)
                refusal = (
                    guard.refuse_address(ip, allow_loopback=self.allow_private)
                    if ip is not None
                    else f"blocked: unreadable address ({address})"
                )  # never from a resolver: fail closed
                if refusal:
                    raise _Stop(refusal)  # one private answer refuses the name
        with self._politeness.turn(host) as waited:
            budget.at += waited  # waiting for a slot is not network time
            with deadline(budget.at):
                response = self._send(target, addresses, proxy)
                try:
                    self._count(requests=1)
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_STATUSES and location:
                        return _Answer(response.status_code, location=location.strip())
                    return self._read(response, budget)
                finally:
                    response.close()

    @staticmethod
    def _parse(url: str) -> httpx.URL:
        try:
            target = httpx.URL(url)
            if target.scheme not in ("http", "https") or not target.raw_host:
                raise _Stop("invalid url")
            host = target.raw_host.decode("ascii")
            if guard.parse_ip(host) is None and not _HOST_NAME.match(host):
                raise _Stop("invalid url")
            return target.copy_with(userinfo=b"") if target.userinfo else target
        except (httpx.InvalidURL, ValueError, UnicodeError, TypeError):
            raise _Stop("invalid url") from None

    @staticmethod
    def _redirect_target(url: str, location: str) -> str:
        try:
            return urljoin(url, location)
        except ValueError:
            raise _Stop("invalid url") from None

    def _lookup(self, host: str, port: int, budget: _Budget) -> list[tuple[str, int]]:
        if budget.left() <= 0:
            raise _Stop("timeout")
        future = _LOOKUPS.submit(self._resolve, host, port)
        try:
            addresses = future.result(timeout=budget.left())
        except FutureTimeout:
            future.cancel()  # still queued behind slow lookups: never run it
            raise _Stop("timeout") from None
        except socket.gaierror as exc:
            raise _Stop("dns" if exc.errno in _NOT_FOUND else "dns failure") from None
        except (OSError, UnicodeError):
            raise _Stop("dns") from None
        if not addresses:
            raise _Stop("dns")
        return list(addresses)

    def _send(self, target: httpx.URL, addresses: list[tuple[str, int]] | None, proxy: str | None) -> httpx.Response:
        client = self._client(proxy)
        # direct: connect to the checked addresses (addresses None: the proxy resolves and connects)
        with pinned(addresses):
            for attempt in (1, 2):
                try:
                    return client.send(client.build_request("GET", target), stream=True)
                except httpx.RemoteProtocolError as exc:
                    if attempt == 2 or not str(exc).startswith(_CLOSED_IDLE):
                        raise _Stop(_error_code(exc)) from None
                    # a kept-alive connection the server closed as the request went out: once more
                except httpx.HTTPError as exc:
                    raise _Stop(_error_code(exc)) from None
        raise AssertionError("unreachable")

    def _read(self, response: httpx.Response, budget: _Budget) -> _Answer:
        """The body as text, at most max_bytes decoded bytes of it, read until the deadline."""
        answer = _Answer(response.status_code, refresh=response.headers.get("refresh"))
        ctype = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if ctype and not (ctype.startswith("text/") or ctype == "application/xhtml+xml"):
            return answer  # not a page: not read at all
        try:
            decoder = CappedDecoder(response.headers.get("content-encoding"), self.max_bytes)
        except Unreadable as exc:
            answer.error = f"unreadable body ({exc})"
            return answer
        parts: list[bytes] = []
        raw = 0
        try:
            for chunk in response.iter_raw():
                raw += len(chunk)
                parts.append(decoder.feed(chunk))
                if decoder.full or decoder.broken or raw >= self.max_bytes or budget.left() <= 0:
                    answer.truncated = True
                    break  # closing the response drops the connection unread
        except httpx.HTTPError:  # deadline or hang-up mid-body: keep what arrived
            answer.truncated = True
        self._count(bytes_read=raw)
        answer.text = decode_text(b"".join(parts), response.charset_encoding)
        return answer

    # -- plumbing --------------------------------------------------------------------------

    def _client(self, proxy: str | None) -> httpx.Client:
        with self._lock:
            client = self._clients.get(proxy)
            if client is not None:
                return client
            try:
                transport = DeadlineTransport(
                    verify=self._ssl,
                    trust_env=False,
                    proxy=_proxy(proxy, self._ssl) if proxy else None,
                    # kept alive briefly, so one site's pages (a politeness delay apart) share a
                    # connection; pooled by host name, never by address (transport.pinned). 16 idle:
                    # enough for the sites in flight; httpcore scans every pooled connection per
                    # request (64 idle made the corpus 60% slower than none)
                    limits=httpx.Limits(max_connections=None, max_keepalive_connections=16, keepalive_expiry=4.0),
                )
            except (ImportError, ValueError):
                raise _Stop(f"unsupported proxy ({urlsplit(proxy or '').scheme or proxy})") from None
            client = httpx.Client(
                transport=transport, trust_env=False, follow_redirects=False, headers=self._headers, timeout=self.timeout
            )
            self._clients[proxy] = client
            return client

    def _count(self, *, fetches: int = 0, requests: int = 0, bytes_read: int = 0, seconds: float = 0.0) -> None:
        with self._lock:
            s = self._stats
            self._stats = FetchStats(s.fetches + fetches, s.requests + requests, s.bytes_read + bytes_read, s.seconds + seconds)


def _proxy(url: str, context: ssl.SSLContext) -> httpx.Proxy:
    """An https:// proxy is verified like any site; an http:// one takes no TLS context."""
    return httpx.Proxy(url, ssl_context=context if url.lower().startswith("https:") else None)


def _error_code(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, httpx.ProxyError):
        return f"proxy: {exc}"[:80]
    if isinstance(exc, httpx.ConnectError):
        return "tls" if in_chain(exc, ssl.SSLError) else "unreachable"
    if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return "connection lost"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL)):
        return "invalid url"
    return f"error: {type(exc).__name__}"


def make_fetcher(env: Mapping[str, str] | None = None, **options: object) -> Fetcher:
    """A fetcher on the process's network environment (proxies, certificates: the same
    variables curl and httpx read); leadflow's own knobs come from `leadflow.settings`."""
    return Fetcher(env=os.environ if env is None else env, **options)  # type: ignore[arg-type]
