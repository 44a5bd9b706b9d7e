"""Politeness: one request at a time per registrable domain, spaced by a delay, and a bound
on concurrent requests overall.

Keyed by registrable domain, not host: every `<account>.managebuilding.com` portal is one
vendor's servers, so a run checking forty Buildium portals must not send forty requests at
once. The domain's slot is held from before the request until its body is read, and the next
request to that domain starts `delay` seconds after the previous one finished (so also at
least `delay` after it started). The concurrency slot is taken after the domain slot, so a
thread waiting out a delay never blocks requests to other domains.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from leadflow.domain.domains import try_normalise


def domain_key(host: str) -> str:
    """'acme.managebuilding.com' -> 'managebuilding.com'; IPs and odd names stay themselves."""
    name = host.strip("[]").rstrip(".").lower()
    return try_normalise(name) or name


class Politeness:
    def __init__(self, delay: float, max_concurrency: int) -> None:
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self.delay = max(0.0, delay)
        self._slots = threading.BoundedSemaphore(max_concurrency)
        self._cond = threading.Condition()
        self._busy: set[str] = set()
        self._next: dict[str, float] = {}  # domain -> earliest monotonic start of its next request

    @contextmanager
    def turn(self, host: str) -> Iterator[float]:
        """Hold the domain's turn and a concurrency slot; yields the seconds spent waiting."""
        started = time.monotonic()
        key = domain_key(host) if self.delay > 0 else None
        if key is not None:
            self._take(key)
        try:
            with self._slots:
                yield time.monotonic() - started
        finally:
            if key is not None:
                self._give(key)

    def _take(self, key: str) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                ready = self._next.get(key, now)
                if key not in self._busy and ready <= now:
                    self._busy.add(key)
                    return
                self._cond.wait(None if key in self._busy else ready - now)

    def _give(self, key: str) -> None:
        with self._cond:
            self._busy.discard(key)
            now = time.monotonic()
            if len(self._next) > 10_000:  # a long-lived worker: forget domains whose delay is over
                self._next = {k: t for k, t in self._next.items() if t > now}
            self._next[key] = now + self.delay
            self._cond.notify_all()
