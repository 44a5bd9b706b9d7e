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
    save_answer,
    store_batch,
    stored_answers,
)
from leadflow.tasks.verify import check_live  # noqa: E402

__all__ = [
    "check_live", "check_progress", "close_loop", "discover_batch", "finish_run", "open_run", "plan_loop",
    "save_answer", "store_batch", "stored_answers",
]
