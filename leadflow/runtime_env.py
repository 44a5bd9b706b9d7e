"""Quiet, offline-friendly Prefect defaults, applied before Prefect is imported.

Users can still override each one in their environment or Prefect profile.
"""

from __future__ import annotations

import os

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",  # no SDK telemetry (it fails with DNS errors offline)
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # no server phone-home
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # slow first start on 2 cores
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
}


def apply_prefect_defaults() -> None:
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
