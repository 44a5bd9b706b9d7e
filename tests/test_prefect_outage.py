"""The Prefect server goes away mid-run (stopped, or the network to it breaks): a TCP proxy of
our own in front of the session's real Prefect server cuts every connection and refuses new
ones, for good. The run's work is the lead store's, so the run goes on to its target, each batch
paid once; the command says once that the server stopped answering, never prints Prefect's
undelivered events, and ends at once instead of letting Prefect's workers try every queued
event and log line again (seconds each, minutes in all).

Prefect's client retries a request that found no server for about a minute by default
(PREFECT_CLIENT_MAX_RETRIES=5, back-off 2 to 32 s); here it gives up at once, so the test does
not wait out retries the product keeps (they carry a run over a server restart)."""

from __future__ import annotations

import json
import os
import threading
import time
from urllib.parse import urlsplit

import forkserver
from fake_tcp import TcpProxy


def test_a_prefect_server_gone_mid_run_leaves_the_run_to_the_store_said_once_and_the_command_ends(agent, prefect_api_url):
    target = urlsplit(prefect_api_url)
    agent.delay = 0.5
    with TcpProxy((target.hostname, target.port)) as proxy:
        env = {
            **os.environ,
            "PREFECT_API_URL": f"http://127.0.0.1:{proxy.port}/api",
            "PREFECT_CLIENT_MAX_RETRIES": "0",
        }
        cutter = threading.Thread(target=_cut_after, args=(agent, proxy, 2), daemon=True)
        cutter.start()
        started = time.monotonic()
        args = ["run", "--pms", "Buildium", "--state", "TX", "--quantity", "40", "--source", "openai", "--no-verify", "--json"]
        done = forkserver.run(args, env=env, timeout=120)
        took = time.monotonic() - started
        cutter.join(timeout=5)
    assert proxy.cuts >= 1
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert (summary["status"], summary["companies_ready"]) == ("completed", 40)
    assert len(agent.calls) == summary["batches"] == summary["llm_calls"] == 4  # each batch paid once
    err = done.stderr
    assert "Traceback" not in err and "prefect.resource.id" not in err  # no event dumped into the log
    assert "Error logging to API" not in err  # Prefect's log handler, once per missed batch of lines
    assert "| ERROR" not in err  # the run completed: Prefect's lines about the server are warnings
    assert err.count("could not deliver to the Prefect server") <= 2  # once per Prefect worker, if at all
    said = [line for line in err.splitlines() if line.startswith("warning: the Prefect server at")]
    assert said == [
        f"warning: the Prefect server at http://127.0.0.1:{proxy.port}/api stopped answering during the run: its "
        "history there is incomplete (the lead store has the run)"
    ]
    assert took < 60, f"the command took {took:.0f} s to end after the server went away"


def test_a_standing_list_night_whose_prefect_server_goes_away_is_still_delivered(agent, prefect_api_url, tmp_path):
    """`lists run --local`: the night's lead run ends in the store while the server is gone, and
    the night is delivered from there, not left paid and undelivered until a rerun."""
    target = urlsplit(prefect_api_url)
    agent.delay = 0.5
    where = tmp_path / "nights" / "tx.csv"
    added = forkserver.run(
        ["lists", "add", "tx-cut", "--pms", "Buildium", "--state", "TX", "--quantity", "40", "--source", "openai",
         "--no-verify", "--deliver", str(where)],
        env=dict(os.environ), timeout=60,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    with TcpProxy((target.hostname, target.port)) as proxy:
        # One retry, not none: the subflow's start (Prefect's own client) may find the SQLite server
        # busy (503), which production retries too; after the cut each request costs about 2 s more.
        env = {**os.environ, "PREFECT_API_URL": f"http://127.0.0.1:{proxy.port}/api", "PREFECT_CLIENT_MAX_RETRIES": "1"}
        cutter = threading.Thread(target=_cut_after, args=(agent, proxy, 2), daemon=True)
        cutter.start()
        started = time.monotonic()
        done = forkserver.run(["lists", "run", "tx-cut", "--local", "--json"], env=env, timeout=120)  # tonight
        took = time.monotonic() - started
        cutter.join(timeout=5)
    assert proxy.cuts >= 1
    assert done.returncode == 0, done.stderr
    night = json.loads(done.stdout.strip().splitlines()[-1])
    assert (night["delivered"], night["summary"]["status"]) == (40, "completed")
    delivered = list(where.parent.glob(f"*{night['night']}*"))  # the night the command reports is the one delivered
    assert len(delivered) == 1 and len(delivered[0].read_text().strip().splitlines()) == 41  # header + 40
    assert len(agent.calls) == night["summary"]["llm_calls"] == 4  # each batch paid once
    assert "Traceback" not in done.stderr and "prefect.resource.id" not in done.stderr
    assert "Error logging to API" not in done.stderr
    assert "| ERROR" not in done.stderr  # the night was delivered: Prefect's lines about the server are warnings
    said = [line for line in done.stderr.splitlines() if line.startswith("warning: the Prefect server at")]
    assert said == [
        f"warning: the Prefect server at http://127.0.0.1:{proxy.port}/api stopped answering during the night: its "
        "history there is incomplete (the lead store has the night)"
    ]
    assert took < 60, f"the command took {took:.0f} s to end after the server went away"


def _cut_after(agent, proxy, calls: int) -> None:
    deadline = time.monotonic() + 120
    while len(agent.calls) < calls and time.monotonic() < deadline:
        time.sleep(0.05)
    proxy.cut()  # for good: the server never comes back
