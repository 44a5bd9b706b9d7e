"""Thin Prefect tasks over leadflow's service layer."""

from leadflow.runtime_env import apply_prefect_defaults

apply_prefect_defaults()

from tasks.discover import discover_batch  # noqa: E402
from tasks.store import compute_gap, finish_run, open_run, plan_loop, store_batch  # noqa: E402
from tasks.verify import check_websites  # noqa: E402

__all__ = ["compute_gap", "discover_batch", "finish_run", "open_run", "plan_loop", "store_batch", "check_websites"]
