"""Thin Prefect tasks over leadflow's use cases (installed as `leadflow.tasks`)."""

from leadflow.tasks.discover import discover_batch
from leadflow.tasks.store import close_loop, finish_run, open_run, store_batch

__all__ = ["close_loop", "discover_batch", "finish_run", "open_run", "store_batch"]
