"""Prefect's settings for a quiet, offline-friendly run: the one place leadflow sets them.

Applied before Prefect is imported (Prefect reads its settings at import). Users can still
override each one in their environment or Prefect profile. `prefect.toml` repeats the server
ones for `prefect` commands run from a checkout, and `prefect.yaml` passes them to workers;
a unit test keeps the three in step.
"""

from __future__ import annotations

import os

PREFECT_DEFAULTS = {
    "DO_NOT_TRACK": "1",  # no SDK telemetry (it fails with DNS errors offline)
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",  # no server phone-home
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",  # slow first start on 2 cores
    "PREFECT_TELEMETRY_ENABLE_RESOURCE_METRICS": "false",
}


# Prefect's temporary server (no PREFECT_API_URL) keeps no history, and its task-run recorder,
# stopped at exit while it writes the run's last task run, logs a traceback: it is not started.
EPHEMERAL_DEFAULTS = {"PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "false"}


def apply_prefect_defaults(*, console_level: str | None = None) -> None:
    """Set the defaults; `console_level` (e.g. WARNING) quiets Prefect's console handler,
    which the CLI does because its progress bar says the rest (the UI still gets every line)."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    if not os.environ.get("PREFECT_API_URL"):
        for key, value in EPHEMERAL_DEFAULTS.items():
            os.environ.setdefault(key, value)
    if console_level:
        os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", console_level)
