"""The lead store blinks (issue 18): a TCP proxy of our own in front of the real PostgreSQL cuts
every connection mid-run. A short outage is waited through: the run completes, each batch paid
once, no traceback. A long one stops the run with one line and exit 1; a resume on this machine
starts at once and pays nothing twice."""

from __future__ import annotations

import json
import os
import subprocess
import threading
import time

import forkserver
import pytest
from fake_tcp import TcpProxy

pytestmark = pytest.mark.postgres


@pytest.fixture
def proxied_store(postgres_admin, monkeypatch):
    from conftest import _create_pg_db, _drop_pg_db

    name = _create_pg_db(postgres_admin)
    with TcpProxy() as proxy:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{name}"
        monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
        yield proxy, url
    from leadflow.store.engine import dispose_all

    dispose_all()
    _drop_pg_db(postgres_admin, name)


def _run(*args: str, env: dict | None = None) -> subprocess.Popen | forkserver.ForkedProcess:
    return forkserver.popen(
        ["run", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )


def _cut_after(
    proxy: TcpProxy,
    agent,
    calls: int,
    seconds: float | None = None,
    until: subprocess.Popen | forkserver.ForkedProcess | None = None,
) -> threading.Thread:
    """Cut the store's network once the agent has answered `calls` requests, for `seconds`, or
    until the process `until` has exited (an outage longer than anything it waits through)."""

    def outage():
        deadline = time.monotonic() + 120
        while len(agent.calls) < calls and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # mid-batch: the next answer arrives while the store is away
        proxy.cut()
        if until is not None:
            until.wait(timeout=300)
        else:
            time.sleep(seconds or 0.0)
        proxy.restore()

    thread = threading.Thread(target=outage, daemon=True)
    thread.start()
    return thread


def test_a_short_store_outage_mid_run_is_waited_through(agent, proxied_store):
    proxy, url = proxied_store
    agent.delay = 0.5
    outage = _cut_after(proxy, agent, calls=2, seconds=3.0)  # waited through: tries at 0, 0.5, 1.5, 3.5 s
    proc = _run(
        "--pms",
        "Buildium",
        "--state",
        "TX",
        "--quantity",
        "40",
        "--source",
        "openai",
        "--no-verify",
        "--json",
        "--run-id",
        "blink-short",
    )
    out, err = proc.communicate(timeout=300)
    outage.join()
    assert proc.returncode == 0, err
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["status"], summary["companies_ready"]) == ("completed", 40)
    assert len(agent.calls) == summary["batches"] == summary["llm_calls"]  # each batch paid once
    assert proxy.cuts >= 1 and "Traceback" not in err


def test_a_long_store_outage_stops_in_one_line_and_a_resume_pays_nothing_twice(agent, proxied_store):
    proxy, url = proxied_store
    agent.delay = 0.5
    proc = _run(
        "--pms",
        "Buildium",
        "--state",
        "TX",
        "--quantity",
        "40",
        "--source",
        "openai",
        "--no-verify",
        "--json",
        "--run-id",
        "blink-long",
        env={"LEADFLOW_STORE_OUTAGE_SECONDS": "2"},
    )
    outage = _cut_after(proxy, agent, calls=2, until=proc)  # the store comes back only once the run gave up
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 1, err
    assert "lead store unreachable" in err and "leadflow run --run-id blink-long" in err
    assert "Traceback" not in err and "INSERT" not in err and "SELECT" not in err
    outage.join()  # the store is back

    agent.delay = 0.0
    started = time.monotonic()
    resumed = _run("--run-id", "blink-long", "--json")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert time.monotonic() - started < 60  # the dead holder on this host does not block the resume
    summary = json.loads(out.strip().splitlines()[-1])
    assert (summary["status"], summary["companies_ready"]) == ("completed", 40)
    assert len(agent.calls) == summary["batches"]  # the answer that arrived during the outage was not paid again
