"""Thin Prefect tasks over leadflow's use cases (installed as `leadflow.tasks`)."""

from leadflow.tasks.discover import discover_batch
from leadflow.tasks.store import finish_run, next_step, open_run, store_batch

__all__ = ["discover_batch", "finish_run", "next_step", "open_run", "store_batch"]
