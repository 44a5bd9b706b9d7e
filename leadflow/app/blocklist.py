"""The blocklist: domains never to return (existing customers, do-not-contact)."""

from __future__ import annotations

from collections.abc import Iterable

from leadflow.store.uow import UnitOfWork


def block_domains(uow: UnitOfWork, domains: Iterable[str], note: str | None = None) -> int:
    """Add normalised domains to the blocklist; returns how many were new."""
    added = uow.repo.add_blocked(domains, note)
    uow.commit()
    return added
