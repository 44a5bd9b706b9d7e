"""Search results cached per (backend, query) with an expiry (in the lead store: `store.caches`).

A nightly refill asks the same questions as last night's run; a second run of the same
criteria asks the same questions as the first. The cache answers them without a paid or
rate-limited search. Empty answers are cached too (they say something), failures never.
"""

from __future__ import annotations

import threading
from typing import Protocol

from leadflow.search.backends import SearchBackend, SearchResult


def normalise_query(query: str) -> str:
    """Case and spacing do not make a different search."""
    return " ".join(str(query).split()).lower()


class SearchCache(Protocol):
    def get(self, backend: str, query: str) -> list[dict] | None: ...

    def put(self, backend: str, query: str, results: list[dict]) -> None: ...


class CachedSearch:
    """A backend behind the cache; counts what it did (thread-safe: tools run in threads)."""

    def __init__(self, backend: SearchBackend, cache: SearchCache | None):
        self.backend, self.cache = backend, cache
        self.searches = 0  # searches answered, from the cache or the backend
        self.hits = 0  # of those, from the cache
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.backend.name

    def search(self, query: str) -> list[SearchResult]:
        """Results for `query`; raises SearchFailed (nothing cached) when the backend fails."""
        return self.find(query)[0]

    def find(self, query: str) -> tuple[list[SearchResult], bool]:
        """(results, whether the cache answered)."""
        key = normalise_query(query)
        cached = self.cache.get(self.backend.name, key) if self.cache else None
        if cached is not None:
            with self._lock:
                self.searches += 1
                self.hits += 1
            return [SearchResult.from_dict(r) for r in cached if isinstance(r, dict)], True
        results = self.backend.search(query)
        if self.cache:
            self.cache.put(self.backend.name, key, [r.to_dict() for r in results])
        with self._lock:
            self.searches += 1
        return results, False

    def close(self) -> None:
        self.backend.close()
