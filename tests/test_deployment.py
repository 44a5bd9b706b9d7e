"""End to end as operations run it: `prefect deploy` from prefect.yaml, a process worker,
`prefect deployment run --watch`, the nightly schedule, all against a real Prefect server."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e


def prefect(*args: str, env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "prefect", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def ops_env(tmp_path, prefect_api_url):
    db = tmp_path / "leads.db"
    env = {**os.environ, "PREFECT_API_URL": prefect_api_url, "PWD": str(ROOT),
           "LEADFLOW_DATABASE_URL": f"sqlite:///{db}", "LEADFLOW_HOME": str(tmp_path / "home")}
    env.pop("OPENAI_API_KEY", None)
    return env, db


def test_deploy_worker_and_deployment_run(ops_env):
    env, db = ops_env
    created = prefect("work-pool", "create", "leadflow", "--type", "process", env=env)
    assert created.returncode == 0 or "already exists" in created.stdout + created.stderr, created.stderr
    deployed = prefect("--no-prompt", "deploy", "--all", env=env)
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr

    automation = prefect("automation", "create", "--from-file", "automations/crash-zombie-lead-runs.yaml", env=env)
    assert automation.returncode == 0, automation.stdout + automation.stderr
    listed = prefect("automation", "ls", env={**env, "COLUMNS": "300"})
    assert "Crash zombie lead runs" in listed.stdout

    inspect = prefect("deployment", "inspect", "lead-refill/nightly-refill", env=env)
    assert inspect.returncode == 0 and "0 2 * * *" in inspect.stdout and "America/Chicago" in inspect.stdout

    worker = subprocess.Popen(
        [sys.executable, "-m", "prefect", "worker", "start", "--pool", "leadflow", "--limit", "2"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        ran = prefect("deployment", "run", "lead-list/lead-list", "--param", "pms=Buildium",
                      "--param", "state=TX", "--param", "quantity=12", "--watch",
                      "--watch-timeout", "240", env=env, timeout=300)
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert "Completed" in ran.stdout
        print(f"deployment run took {time.monotonic() - started:.1f} s")
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            log, _ = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            log, _ = worker.communicate()
    assert "Traceback" not in log, log

    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, target_quantity, flow_run_id FROM runs").fetchall()
        ready = conn.execute("SELECT count(*) FROM candidates WHERE status = 'validated'").fetchone()[0]
    assert len(runs) == 1 and runs[0][:2] == ("completed", 12) and runs[0][2]
    assert ready == 12
