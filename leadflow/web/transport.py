"""An httpx transport whose every socket operation ends by the calling thread's deadline.

httpx timeouts apply per phase and per read: connect, TLS, each header read and each body
read may each take the whole timeout, and a server sending one byte a second never trips
a read timeout at all. Sync httpx does all its I/O in the calling thread, so the fetcher
sets a thread-local deadline and this transport's network backend clamps every connect,
TLS handshake, read and write to what is left of it.

The same backend connects a direct request to the addresses the fetcher checked (`pinned`),
not to whatever the name resolves to now. The URL keeps the host name, so httpx pools
connections by name: a connection verified for one name only ever carries that name's
requests, and a site's robots.txt, homepage and pages share one TLS handshake. Everything
else is httpx's own `HTTPTransport` (pooling, proxies, CONNECT, TLS verification).
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import httpcore
import httpx

_local = threading.local()


@contextmanager
def _this_thread(setting: str, value: object) -> Iterator[None]:
    previous = getattr(_local, setting, None)
    setattr(_local, setting, value)
    try:
        yield
    finally:
        setattr(_local, setting, previous)


def deadline(at: float) -> AbstractContextManager[None]:
    """Bound all transport I/O of this thread by `at` (a time.monotonic() value)."""
    return _this_thread("deadline", at)


def pinned(addresses: list[tuple[str, int]] | None) -> AbstractContextManager[None]:
    """Connect this thread's requests to `addresses` only, in order (the next on failure);
    None connects to the URL's host as httpx would (a proxy)."""
    return _this_thread("addresses", addresses)


def _clamp(timeout: float | None, expired: type[Exception]) -> float | None:
    at = getattr(_local, "deadline", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("deadline passed")
    return left if timeout is None else min(timeout, left)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        return _Stream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = getattr(_local, "addresses", None) or [(host, port)]
        last: Exception | None = None
        for address, address_port in addresses:  # like socket.create_connection
            try:
                timeout_left = _clamp(timeout, httpcore.ConnectTimeout)
                return _Stream(self._inner.connect_tcp(address, address_port, timeout_left, local_address, socket_options))
            except httpcore.ConnectError as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """`httpx.HTTPTransport` with the deadline-aware network backend.

    httpx 0.28 has no `network_backend` argument, so the pool's backend is wrapped after
    construction (httpcore keeps it in `_network_backend`). Should a future httpx rename it,
    the transport still works, with httpx's per-phase timeouts only.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        pool = getattr(self, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if pool is not None and backend is not None:
            pool._network_backend = _Backend(backend)
