"""The lead store: the durable checkpoint of every run, shared by every worker."""

from leadflow.store.engine import StoreUnavailable, get_engine, safe_url
from leadflow.store.uow import UnitOfWork

__all__ = ["StoreUnavailable", "UnitOfWork", "get_engine", "safe_url"]
