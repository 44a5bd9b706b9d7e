"""The lead store's caches of what the web answered: live checks (`web_checks`) and searches
(`search_cache`). Each read or write is one short transaction, so no transaction stays open
while the network is slow; a TTL of 0 days turns a cache off."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TypeVar

from leadflow.store.repository import Repository, now
from leadflow.store.uow import UnitOfWork

T = TypeVar("T")


class _StoreCache:
    def __init__(self, store_url: str, ttl_days: float):
        self.store_url, self.ttl = store_url, timedelta(days=ttl_days)

    def _read(self, query: Callable[[Repository], T], off: T) -> T:
        if not self.ttl:
            return off
        with UnitOfWork(self.store_url) as uow:
            return query(uow.repo)

    def _write(self, save: Callable[[Repository, datetime, datetime], None]) -> None:
        if not self.ttl:
            return
        stamp = now()
        with UnitOfWork(self.store_url) as uow:
            save(uow.repo, stamp, stamp + self.ttl)
            uow.commit()


class StoreCheckCache(_StoreCache):
    """Live check results by kind ("portal", "site") and key (URL or domain), for `live_checks`."""

    def get(self, kind: str, keys: Iterable[str]) -> dict[str, dict]:
        return self._read(lambda repo: repo.cached_checks(kind, list(keys)), {})

    def put(self, kind: str, results: dict[str, dict]) -> None:
        if results:
            self._write(lambda repo, stamp, until: repo.save_checks(kind, results, stamp, until))


class StoreSearchCache(_StoreCache):
    """Search results by backend and normalised query, for `search.CachedSearch`; empty answers
    are cached too (they say something), failures never."""

    def get(self, backend: str, query: str) -> list[dict] | None:
        return self._read(lambda repo: repo.cached_search(backend, query), None)

    def put(self, backend: str, query: str, results: list[dict]) -> None:
        self._write(lambda repo, stamp, until: repo.save_search(backend, query, results, stamp, until))
