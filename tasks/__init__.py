"""Thin Prefect tasks over leadflow's service layer (installed as `leadflow.tasks`)."""

from leadflow.runtime_env import apply_prefect_defaults

apply_prefect_defaults()

from leadflow.tasks.discover import discover_batch  # noqa: E402
from leadflow.tasks.store import close_loop, finish_run, open_run, store_batch  # noqa: E402

__all__ = ["close_loop", "discover_batch", "finish_run", "open_run", "store_batch"]
