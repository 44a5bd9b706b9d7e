"""Optional website verification (`--verify-sites`): does the company's own site link its PMS?

Why: discovery agents hallucinate. A candidate's `pms` and `evidence_url` are claims; the
company's website linking to its resident portal (a "Pay rent" button pointing at
`acme.managebuilding.com`, an AppFolio iframe, a /pay-rent redirect) is the evidence. This
module fetches a few pages of the site and runs every link through `pms_from_url`.

It fetches untrusted URLs, so it is careful:
- every host name is resolved (socket.getaddrinfo) before every request, including each
  redirect hop, and private / loopback / link-local / multicast / reserved addresses are
  refused (unless `allow_private=True`, for tests). The request is then sent to the very
  address that was checked (Host header and TLS SNI keep the real name, certificates are
  still verified against it), so a DNS answer cannot change between check and connect;
- redirects are followed by hand (at most 5); non-http(s) targets are refused;
- bodies are streamed and cut at `max_bytes`; each fetch has an overall deadline;
- at most one request per `per_host_delay` seconds to the same host, across threads;
- environment proxies are ignored (the address checks would otherwise check the proxy);
- network problems never raise: they end up in `SiteCheck.error`.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import httpx

from leadflow.criteria import canonical_pms
from leadflow.errors import InvalidInput
from leadflow.evidence import pms_from_url

USER_AGENT = "leadflow-verifier/0.1"
MAX_REDIRECTS = 5
DEFAULT_PATHS = ("/", "/residents", "/tenants", "/owners", "/pay-rent", "/portal")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Attributes whose value is a URL. `action`: embedded portal login forms post to the portal.
LINK_ATTRIBUTES = frozenset({"href", "src", "action"})
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "#")


@dataclass(frozen=True)
class SiteCheck:
    domain: str
    pages_fetched: list[str]  # URLs actually fetched (a response was received), in order
    portal_links: list[str]  # portal URLs found (absolute), in page order, deduplicated
    pms_found: list[str]  # distinct PMS names, most links first (ties: first seen first)
    error: str | None  # 'unreachable', 'timeout', 'blocked: private address (...)', ...


def confirms(check: SiteCheck, pms: str) -> bool:
    """True when the site itself links a portal of `pms` (aliases accepted: 'app folio')."""
    try:
        name = canonical_pms(pms)
    except InvalidInput:
        name = (pms or "").strip()
    return name in check.pms_found


# --- address policy -----------------------------------------------------------------------

class _Refused(Exception):
    """A request we will not send; str() is the SiteCheck.error."""


def _blocked_reason(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why we refuse to connect to `ip`, or None when it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return _blocked_reason(embedded)
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:  # e.g. 100.64.0.0/10 (carrier-grade NAT)
        return "not global"
    return None


def _resolve(host: str, port: int) -> list[str]:
    """All addresses `host` resolves to (IPv6 scope ids dropped), in resolver order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for *_, sockaddr in infos:
        addr = str(sockaddr[0]).split("%", 1)[0]
        if addr not in seen:
            seen.append(addr)
    return seen


# --- HTML ---------------------------------------------------------------------------------

class _LinkParser(HTMLParser):
    """Collects URL-valued attributes (href, src, action; meta refresh) in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"].strip()
            return
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            content = values.get("content") or ""
            _, sep, rest = content.partition(";")
            rest = rest.strip()
            if sep and rest.lower().startswith("url="):
                self.links.append(rest[4:].strip().strip("'\""))
            return
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value:
                self.links.append(value.strip())

    handle_startendtag = handle_starttag


def extract_links(html: str, page_url: str) -> list[str]:
    """Absolute http(s) URLs of every link, script, iframe, ... in `html`, in document order."""
    parser = _LinkParser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - a half-parsed page still has its earlier links
        pass
    base = page_url
    if parser.base:
        try:
            base = urljoin(page_url, parser.base)
        except ValueError:
            pass
    out: list[str] = []
    for raw in parser.links:
        if not raw or raw.lower().startswith(_SKIP_SCHEMES):
            continue
        try:
            url = urljoin(base, raw)
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            continue
        if scheme in ("http", "https"):
            out.append(url)
    return out


# --- fetching -----------------------------------------------------------------------------

@dataclass
class _Page:
    url: str  # the URL we asked for (the last hop)
    status: int
    text: str | None  # None when not HTML or not read
    portal_redirect: str | None = None  # a redirect straight into a PMS portal


class SiteVerifier:
    """Fetch a company's homepage (and portal paths if needed) and report PMS portal links.

    Thread-safe: one instance may check many domains concurrently; the per-host delay is
    shared. Each check uses its own short-lived HTTP client.
    """

    def __init__(
        self,
        *,
        timeout: float = 10.0,
        max_bytes: int = 1_000_000,
        per_host_delay: float = 1.0,
        paths: tuple[str, ...] = DEFAULT_PATHS,
        allow_private: bool = False,
        scheme: str = "https",
        port: int | None = None,
    ) -> None:
        if scheme not in ("http", "https"):
            raise ValueError(f"scheme must be http or https, not {scheme!r}")
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.per_host_delay = per_host_delay
        self.paths = tuple(paths) or ("/",)
        self.allow_private = allow_private
        self.scheme = scheme
        self.port = port
        self._lock = threading.Lock()
        self._next_slot: dict[str, float] = {}  # host -> earliest monotonic time of next request

    # -- public ----------------------------------------------------------------------------

    def check(self, domain: str) -> SiteCheck:
        host = (domain or "").strip()
        origin = f"{self.scheme}://{host}{':' + str(self.port) if self.port else ''}"
        fetched: list[str] = []
        portals: list[str] = []
        error: str | None = None
        with self._client() as client:
            for i, path in enumerate(self.paths):
                url = origin + (path if path.startswith("/") else "/" + path)
                try:
                    page = self._fetch(client, url, fetched)
                except _Refused as exc:
                    error = error or str(exc)
                    if i == 0 or str(exc).startswith(("unreachable", "timeout")):
                        break  # no homepage, or the host stopped answering
                    continue
                except Exception as exc:  # noqa: BLE001 - best effort: never fail the caller
                    error = error or f"error: {type(exc).__name__}: {exc}"[:300]
                    break
                found: list[str] = []
                if page.portal_redirect:
                    found.append(page.portal_redirect)
                if page.text is not None:
                    found += [u for u in extract_links(page.text, page.url) if pms_from_url(u)]
                for link in found:
                    if link not in portals:
                        portals.append(link)
                if i == 0 and page.status >= 400 and not found:
                    error = f"http {page.status}"
                if found:
                    break  # homepage (or the first portal path) already proves it
        return SiteCheck(domain=domain, pages_fetched=fetched, portal_links=portals,
                         pms_found=_rank(portals), error=error)

    # -- internals -------------------------------------------------------------------------

    def _client(self) -> httpx.Client:
        return httpx.Client(
            timeout=self.timeout,
            headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
            follow_redirects=False,
            trust_env=False,  # no proxies: the address checks must see the real peer
            # no keep-alive: a pooled connection is keyed by IP, and must not carry a
            # request for a different host name than the one its TLS session was verified for
            limits=httpx.Limits(max_keepalive_connections=0),
        )

    def _wait_turn(self, host: str) -> None:
        """Block until `host` may get a request: per_host_delay after the previous one
        started, and after the previous one (from this instance) finished."""
        if self.per_host_delay <= 0:
            return
        while True:
            with self._lock:
                now = time.monotonic()
                start = self._next_slot.get(host, now)
                if start <= now:
                    self._next_slot[host] = now + self.per_host_delay
                    return
            time.sleep(start - now)

    def _finished(self, host: str) -> None:
        if self.per_host_delay <= 0:
            return
        with self._lock:
            after = time.monotonic() + self.per_host_delay
            self._next_slot[host] = max(self._next_slot.get(host, after), after)

    def _addresses(self, url: httpx.URL) -> list[str]:
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = _resolve(host, port)
        except (OSError, UnicodeError):
            raise _Refused("unreachable: host name does not resolve") from None
        if not addresses:
            raise _Refused("unreachable: host name does not resolve")
        if not self.allow_private:
            for addr in addresses:  # any private answer is suspicious: refuse the host
                reason = _blocked_reason(ipaddress.ip_address(addr))
                if reason:
                    raise _Refused(f"blocked: private address ({addr} {reason})")
        return addresses

    def _fetch(self, client: httpx.Client, url: str, fetched: list[str]) -> _Page:
        """GET `url`, following redirects by hand. Raises _Refused with the error text."""
        deadline = time.monotonic() + self.timeout
        for hop in range(MAX_REDIRECTS + 1):
            try:
                target = httpx.URL(url)
                if target.scheme not in ("http", "https") or not target.raw_host:
                    raise httpx.InvalidURL("not an http(s) URL with a host")
            except (httpx.InvalidURL, ValueError, UnicodeError):
                raise _Refused(f"invalid url ({url[:200]})") from None
            addresses = self._addresses(target)
            host_key = target.raw_host.decode("ascii").lower()
            self._wait_turn(host_key)
            try:
                response = self._send(client, target, addresses)
                try:
                    fetched.append(url)
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_STATUSES and location:
                        url = self._redirect_target(url, location)
                        if pms_from_url(url):  # /pay-rent -> acme.appfolio.com: that is the evidence
                            return _Page(fetched[-1], response.status_code, None, portal_redirect=url)
                        continue
                    return _Page(url, response.status_code, self._read_html(response, deadline))
                finally:
                    response.close()
            finally:
                self._finished(host_key)
        raise _Refused(f"too many redirects (more than {MAX_REDIRECTS})")

    @staticmethod
    def _redirect_target(url: str, location: str) -> str:
        try:
            nxt = urljoin(url, location.strip())
            scheme = urlsplit(nxt).scheme.lower()
        except ValueError:
            raise _Refused("invalid redirect") from None
        if scheme not in ("http", "https"):
            raise _Refused(f"blocked: non-http redirect ({scheme or 'no scheme'})")
        return nxt

    def _send(self, client: httpx.Client, target: httpx.URL, addresses: list[str]) -> httpx.Response:
        """Send to the checked addresses in turn; the name travels in Host and SNI."""
        host = target.raw_host.decode("ascii")
        last: Exception | None = None
        for addr in addresses:
            request = client.build_request(
                "GET", target.copy_with(host=addr),
                headers={"Host": target.netloc.decode("ascii")},
                extensions={"sni_hostname": host},
            )
            try:
                return client.send(request, stream=True)
            except httpx.ConnectError as exc:  # try the next address, like create_connection
                last = exc
            except httpx.TimeoutException:
                raise _Refused("timeout") from None
            except httpx.HTTPError as exc:
                raise _Refused(f"error: {type(exc).__name__}") from None
        raise _Refused(_describe_connect_error(last))

    def _read_html(self, response: httpx.Response, deadline: float) -> str | None:
        """The body as text, at most max_bytes of it; None when it is not HTML."""
        ctype = response.headers.get("content-type", "").lower()
        if ctype and "html" not in ctype:
            return None
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                size += len(chunk)
                if size >= self.max_bytes or time.monotonic() > deadline:
                    break  # closing the response drops the connection unread
        except httpx.TimeoutException:
            pass  # keep what arrived
        except httpx.HTTPError:
            pass
        body = b"".join(chunks)[: self.max_bytes]
        encoding = response.charset_encoding or "utf-8"
        try:
            return body.decode(encoding, errors="replace")
        except LookupError:
            return body.decode("utf-8", errors="replace")


def _describe_connect_error(exc: Exception | None) -> str:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return "tls error"
        cause = cause.__cause__ or cause.__context__
    return "unreachable"


def _rank(portal_links: list[str]) -> list[str]:
    counts = Counter(pms_from_url(u) for u in portal_links)
    first = {}
    for i, u in enumerate(portal_links):
        first.setdefault(pms_from_url(u), i)
    return sorted((p for p in counts if p), key=lambda p: (-counts[p], first[p]))


def describe_check(check: SiteCheck) -> str:
    """One line for the record: what the website showed."""
    if check.pms_found:
        return f"links {', '.join(check.pms_found)} ({check.portal_links[0]})"
    if check.error:
        return f"not confirmed: {check.error}"
    return f"no portal link on {len(check.pages_fetched)} page(s)"


def make_verifier() -> SiteVerifier:
    """The verifier a run uses; LEADFLOW_VERIFY_TIMEOUT / _DELAY tune it."""
    import os

    return SiteVerifier(
        timeout=float(os.environ.get("LEADFLOW_VERIFY_TIMEOUT", "10")),
        per_host_delay=float(os.environ.get("LEADFLOW_VERIFY_DELAY", "1")),
    )
