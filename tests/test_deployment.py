"""End to end as operations run it: `prefect deploy` from prefect.yaml, a process worker,
`prefect deployment run --watch`, the nightly schedule, all against a real Prefect server."""

from __future__ import annotations

import os
import re
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
    return subprocess.run(
        [sys.executable, "-m", "prefect", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def ops_env(tmp_path, prefect_api_url):
    db = tmp_path / "leads.db"
    # The worker asks for scheduled runs every second (Prefect's default: 10 s, paid once per run).
    env = {
        **os.environ,
        "PREFECT_API_URL": prefect_api_url,
        "PWD": str(ROOT),
        "PREFECT_WORKER_QUERY_SECONDS": "1",
        "LEADFLOW_DATABASE_URL": f"sqlite:///{db}",
        "LEADFLOW_HOME": str(tmp_path / "home"),
    }
    env.pop("OPENAI_API_KEY", None)
    return env, db


# Minutes of subprocesses (124-234 s each for the three slowest tests in a full suite on a slow
# 2-core machine): the suite-wide 300 s guard against hangs is too close. Each step has its own deadline.
@pytest.mark.timeout(600)
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
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        started = time.monotonic()
        ran = prefect(
            "deployment",
            "run",
            "lead-list/lead-list",
            "--param",
            "pms=Buildium",
            "--param",
            "state=TX",
            "--param",
            "quantity=12",
            "--watch",
            "--watch-timeout",
            "240",
            env=env,
            timeout=300,
        )
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert "Completed" in ran.stdout
        print(f"deployment run took {time.monotonic() - started:.1f} s")

        # A list that cannot fill (the sample directory has no Buildium company in WY) stalls:
        # `--watch` exits non-zero, as `leadflow run` does.
        stalled = prefect(
            "deployment",
            "run",
            "lead-list/lead-list",
            "--param",
            "pms=buildium",
            "--param",
            "state=Wyoming",
            "--param",
            "quantity=5",
            "--watch",
            "--watch-timeout",
            "240",
            env=env,
            timeout=300,
        )
        assert stalled.returncode != 0 and "Failed" in stalled.stdout, stalled.stdout + stalled.stderr
        # The Quick run of the UI: no parameters. One clear error line in the run's log, no traceback.
        bare = prefect("deployment", "run", "lead-list/lead-list", "--watch", "--watch-timeout", "240", env=env, timeout=300)
        assert bare.returncode != 0, bare.stdout + bare.stderr
        _check_bare_run(env, _flow_run_id(bare.stdout), _flow_run_id(stalled.stdout))
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            log, _ = worker.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            log, _ = worker.communicate()
    assert "Traceback" not in log, log

    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT status, target_quantity, flow_run_id, pms, state FROM runs ORDER BY created_at").fetchall()
        ready = conn.execute("SELECT count(*) FROM candidates WHERE status = 'validated'").fetchone()[0]
    assert len(runs) == 2 and runs[0][:2] == ("completed", 12) and runs[0][2]
    assert runs[1][:2] == ("stalled", 5) and runs[1][3:] == ("Buildium", "WY")  # aliases reached the flow
    assert ready == 12


def _flow_run_id(stdout: str) -> str:
    """The flow run `prefect deployment run` created ("UUID: ...")."""
    return re.search(r"UUID:\s*([0-9a-f-]{36})", stdout).group(1)


def _check_bare_run(env: dict, bare_id: str, stalled_id: str) -> None:
    """The run without parameters: Failed, its reason in one ERROR line, no traceback; the
    stalled one: Failed, tagged and named with its count."""
    import asyncio
    from uuid import UUID

    from prefect import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    async def read():
        async with get_client() as client:
            runs = [await client.read_flow_run(UUID(i)) for i in (bare_id, stalled_id)]
            logs = await client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(any_=[runs[0].id])))
            return runs, logs

    old = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = env["PREFECT_API_URL"]
    try:
        runs, logs = asyncio.run(read())
    finally:
        if old is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = old
    bare, stalled = runs
    assert bare.state.type.value == "FAILED" and "pms: required to start a new run" in bare.state.message
    errors = [(log.name, log.message) for log in logs if log.level >= 40]
    assert len(errors) == 1 and errors[0][1].startswith("Lead run not started: pms: required"), errors
    assert not [log for log in logs if "Traceback" in log.message]
    assert stalled.state.type.value == "FAILED" and stalled.state.message.startswith("stalled at 0/5")
    assert stalled.name.endswith(" · 0/5 stalled") and {"pms:buildium", "state:wy"} <= set(stalled.tags)
