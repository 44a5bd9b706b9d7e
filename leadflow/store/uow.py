"""Unit of work: one connection, one transaction, committed explicitly (cosmicpython style)."""

from __future__ import annotations

from sqlalchemy import Engine

from leadflow.settings import database_url
from leadflow.store.engine import get_engine
from leadflow.store.lists import ListRepository
from leadflow.store.repository import Repository


class UnitOfWork:
    """`with UnitOfWork() as uow: ...; uow.commit()` -- anything not committed is rolled back."""

    def __init__(self, url: str | None = None, engine: Engine | None = None):
        self._engine = engine
        self._url = url

    def __enter__(self) -> UnitOfWork:
        engine = self._engine or get_engine(self._url or database_url())
        self.conn = engine.connect()
        self.tx = self.conn.begin()
        self.repo = Repository(self.conn)
        self.lists = ListRepository(self.conn)
        return self

    def commit(self) -> None:
        """Commit, and go on in a new transaction (a service may commit, then read or write more)."""
        self.tx.commit()
        self.tx = self.conn.begin()

    def rollback(self) -> None:
        self.tx.rollback()

    def __exit__(self, *exc) -> None:
        try:
            if self.tx.is_active:
                self.tx.rollback()
        finally:
            self.conn.close()
