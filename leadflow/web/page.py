"""What one fetch saw (`Page`), its error codes, and what a fetcher did in all (`FetchStats`).

Plain data: the checks (`checks.py`, `robots.py`) judge pages; `fetch.Fetcher` makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Page.error codes. Transient ones are worth one more try later in the run.
ERRORS = {
    "invalid url": "not an http(s) URL with a host name",
    "blocked: ...": "refused by the address policy (private address, local name, non-http redirect)",
    "dns": "the host name does not exist (NXDOMAIN / no address): a dead domain, not transient",
    "dns failure": "the resolver failed temporarily (EAI_AGAIN, SERVFAIL); transient",
    "unreachable": "connection refused, reset or no route; transient",
    "timeout": "the deadline passed before the response headers arrived; transient",
    "connection lost": "the server closed the connection before answering; transient",
    "tls": "TLS handshake or certificate verification failed; not transient",
    "proxy: ...": "the proxy refused the CONNECT ('proxy: 403 Forbidden'); transient when 5xx",
    "unsupported proxy (...)": "a proxy scheme we cannot use (socks5); not transient",
    "too many redirects": "more than max_redirects redirects; not transient",
    "unreadable body (...)": "a content encoding we do not decode (br, zstd); status is kept",
}
TRANSIENT_ERRORS = frozenset({"dns failure", "unreachable", "timeout", "connection lost"})
TRANSIENT_STATUSES = frozenset({408, 425, 429})


@dataclass(frozen=True)
class Page:
    """What one `get` saw. `final_url` is the last URL tried (the asked one, or the last
    redirect target followed); `status` and `text` belong to it."""

    url: str  # as asked
    final_url: str
    status: int | None  # None when no response arrived from final_url
    redirects: list[str]  # redirect targets followed, in order (final_url is the last)
    text: str | None  # decoded body of a text/* (or untyped) response; None otherwise
    error: str | None  # see ERRORS
    elapsed_ms: int
    location: str | None = None  # a redirect target not followed (`follow` said no, or too many)
    truncated: bool = False  # the body was cut at max_bytes or at the deadline
    refresh: str | None = None  # the `Refresh` header, as sent ("0; url=https://www.example.com/")

    @property
    def transient(self) -> bool:
        """Worth retrying later: timeouts, refused/reset connections, temporary DNS failure,
        proxy 5xx, and answers 408/425/429/5xx. A name that does not exist is not."""
        if self.error is not None:
            return self.error in TRANSIENT_ERRORS or self.error.startswith("proxy: 5")
        return self.status is not None and (self.status in TRANSIENT_STATUSES or self.status >= 500)


@dataclass(frozen=True)
class FetchStats:
    fetches: int = 0  # get() calls
    requests: int = 0  # HTTP requests sent (redirect hops included)
    bytes_read: int = 0  # raw body bytes received
    seconds: float = 0.0  # wall time inside get(), summed over threads
