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

import forkserver
import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e


def prefect(*args: str, env: dict, timeout: int = 180) -> subprocess.CompletedProcess:
    return finish(start(*args, env=env), timeout)


_STARTED: list[subprocess.Popen | forkserver.ForkedProcess] = []  # killed when the test ends, whatever it left running


def start(*args: str, env: dict) -> subprocess.Popen | forkserver.ForkedProcess:
    """A `prefect` command started, not waited for: independent steps run side by side
    (forked: tests/forkserver.py)."""
    proc = forkserver.popen(
        list(args), module="prefect", cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    _STARTED.append(proc)
    return proc


def finish(proc: subprocess.Popen | forkserver.ForkedProcess, timeout: float = 180) -> subprocess.CompletedProcess:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"{proc.args} did not end in {timeout} s: {out}{err}") from None
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


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
    yield env, db
    while _STARTED:  # a failed step leaves no command running
        proc = _STARTED.pop()
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


# Minutes of subprocesses (124-234 s each for the three slowest tests in a full suite on a slow
# 2-core machine): the suite-wide 300 s guard against hangs is too close. Each step has its own deadline.
@pytest.mark.timeout(600)
def test_deploy_worker_and_deployment_run(ops_env):
    env, db = ops_env
    created = prefect("work-pool", "create", "leadflow", "--type", "process", env=env)
    assert created.returncode == 0 or "already exists" in created.stdout + created.stderr, created.stderr
    # The worker has its pool: it starts while the deployments and the automation are made.
    worker = subprocess.Popen(
        [sys.executable, "-m", "prefect", "worker", "start", "--pool", "leadflow", "--limit", "3"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        deploying = start("--no-prompt", "deploy", "--all", env=env)
        automation = prefect("automation", "create", "--from-file", "automations/crash-zombie-lead-runs.yaml", env=env)
        assert automation.returncode == 0, automation.stdout + automation.stderr
        listing = start("automation", "ls", env={**env, "COLUMNS": "300"})
        deployed = finish(deploying)
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
        inspect = prefect("deployment", "inspect", "lead-refill/nightly-refill", env=env)
        assert inspect.returncode == 0 and "0 2 * * *" in inspect.stdout and "America/Chicago" in inspect.stdout
        assert "Crash zombie lead runs" in finish(listing).stdout

        # Three runs at once (the worker takes up to 3): one that completes; a list that cannot
        # fill (the sample directory has no Buildium company in WY) stalls, and `--watch` exits
        # non-zero, as `leadflow run` does; the Quick run of the UI, without parameters, fails
        # with one clear error line in the run's log and no traceback.
        started = time.monotonic()
        watch = ("--watch", "--watch-timeout", "240")
        runs = {
            "ran": start(
                "deployment", "run", "lead-list/lead-list", *_params(pms="Buildium", state="TX", quantity=12), *watch, env=env
            ),
            "stalled": start(
                "deployment", "run", "lead-list/lead-list", *_params(pms="buildium", state="Wyoming", quantity=5), *watch, env=env
            ),
            "bare": start("deployment", "run", "lead-list/lead-list", *watch, env=env),
        }
        ran, stalled, bare = (finish(proc, 300) for proc in runs.values())
        print(f"three deployment runs at once took {time.monotonic() - started:.1f} s")
        assert ran.returncode == 0 and "Completed" in ran.stdout, ran.stdout + ran.stderr
        assert stalled.returncode != 0 and "Failed" in stalled.stdout, stalled.stdout + stalled.stderr
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
        runs_stored = conn.execute("SELECT status, target_quantity, flow_run_id, pms, state FROM runs ORDER BY state").fetchall()
        ready = conn.execute("SELECT count(*) FROM candidates WHERE status = 'validated'").fetchone()[0]
    assert len(runs_stored) == 2, runs_stored  # the bare run never opened one
    tx, wy = runs_stored
    assert tx[:2] == ("completed", 12) and tx[2] and tx[3:] == ("Buildium", "TX")
    assert wy[:2] == ("stalled", 5) and wy[3:] == ("Buildium", "WY")  # aliases reached the flow
    assert ready == 12


def _params(**values: object) -> list[str]:
    return [arg for name, value in values.items() for arg in ("--param", f"{name}={value}")]


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
