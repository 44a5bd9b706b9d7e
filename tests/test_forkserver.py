"""The fork server the command tests run on (tests/forkserver.py) behaves as `subprocess.Popen`
where those tests rely on it: exit status and output, signals, and several threads waiting for
one process (a test waits for a run while its outage thread waits for the same run to end)."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
from importlib.metadata import version

import forkserver


def test_a_forked_command_gives_its_output_and_exit_status_to_every_waiter():
    proc = forkserver.popen(["--version"], env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert isinstance(proc, forkserver.ForkedProcess)
    seen: list[int] = []
    waiters = [threading.Thread(target=lambda: seen.append(proc.wait(timeout=60))) for _ in range(3)]
    for waiter in waiters:
        waiter.start()
    out, err = proc.communicate(timeout=60)
    for waiter in waiters:
        waiter.join(timeout=60)
    assert (proc.returncode, seen) == (0, [0, 0, 0]), err
    assert out.strip() == f"leadflow {version('leadflow')}"


def test_a_forked_process_takes_signals_and_reports_them_as_popen_does():
    proc = forkserver.popen(["0", "--bind", "127.0.0.1"], module="http.server", env=dict(os.environ), stdout=subprocess.DEVNULL)
    try:
        proc.wait(timeout=0.5)
    except subprocess.TimeoutExpired:
        pass
    assert proc.poll() is None  # serving until stopped
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == -signal.SIGTERM
