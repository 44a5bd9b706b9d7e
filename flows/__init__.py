"""Prefect flows: lead_list (one run to its target) and lead_refill (nightly)."""

from leadflow.runtime_env import apply_prefect_defaults

apply_prefect_defaults()
