"""Thin Prefect tasks over leadflow's service layer (installed as `leadflow.tasks`)."""

from leadflow.runtime_env import apply_prefect_defaults

apply_prefect_defaults()

from leadflow.tasks.discover import discover_batch  # noqa: E402
from leadflow.tasks.store import (  # noqa: E402
    check_progress,
    close_loop,
    finish_run,
    open_run,
    plan_loop,
    store_batch,
)

__all__ = [
    "check_progress", "close_loop", "discover_batch", "finish_run", "open_run", "plan_loop", "store_batch",
]
