"""Failpoints: named places where a test can make the process die as SIGKILL would, to prove
that a crash there loses nothing and pays for nothing twice (tests/test_crash.py).

Off unless LEADFLOW_FAILPOINT names one of FAILPOINTS (read through settings, like every
variable). Never set it in production.
"""

from __future__ import annotations

import os
import signal

FAILPOINTS = (
    "answer-saved",  # the agent's answer is stored, the batch is not
    "mid-store",  # candidates written, the transaction not committed
    "finishing",  # the final status written, not committed
    "sqlite-full",  # not a crash: a SQLite store's file may not grow any more (SQLite's own "disk is full")
)


def hit(name: str) -> None:
    """Die here (SIGKILL, no cleanup) when LEADFLOW_FAILPOINT names this point."""
    from leadflow import settings

    assert name in FAILPOINTS, f"unknown failpoint {name!r}"  # a typo would silently never fire

    if settings.load().failpoint == name:
        os.kill(os.getpid(), signal.SIGKILL)
