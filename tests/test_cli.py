"""The `leadflow` command as users run it: a real subprocess, real store, real Prefect."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import forkserver
import pandas as pd
import pytest

BAD_INPUT = [
    (["--pms", "Foo", "--state", "TX", "--quantity", "5"], "pms: unknown PMS 'Foo'; allowed: AppFolio, Buildium"),
    (["--pms", "Buildium", "--state", "XX", "--quantity", "5"], "state: unknown US state 'XX'"),
    (["--pms", "[bold]x[/]", "--state", "[/]", "--quantity", "5"], "pms: unknown PMS '[bold]x[/]'"),  # not markup
    (["--pms", "\x1b[31mBuildium", "--state", "TX", "--quantity", "5"], "pms: unknown PMS '\\x1b[31mBuildium'"),  # no escapes
    (["--pms", "Buildium", "--state", "TX", "--quantity", "0"], "quantity: '0' is out of range; allowed: 1..10000"),
    (["--pms", "Buildium", "--state", "TX", "--quantity", "lots"], "quantity: 'lots' is not a whole number"),
    (["--pms", "Buildium", "--state", "TX", "--quantity", "5", "--parallel", "0"], "parallel: 0 is out of range"),
    (["--pms", "Buildium", "--state", "TX", "--quantity", "5", "--batch-size", "1000"], "batch_size: 1000 is out of range"),
    (["--pms", "Buildium", "--state", "TX", "--quantity", "5", "--source", "nope.csv"], "source: directory file not found"),
    (["--state", "TX", "--quantity", "5"], "pms: required to start a new run"),
    (["--run-id", "doesnotexist"], "pms: required to start a new run"),
    (["--run-id", "x" * 40, "--pms", "Buildium", "--state", "TX", "--quantity", "5"], "run_id: 'xxxx"),
    (["--run-id", "a b;drop", "--pms", "Buildium", "--state", "TX", "--quantity", "5"], "is not a run id"),
]


def leadflow(*args: str, env: dict | None = None, timeout: int = 180) -> subprocess.CompletedProcess:
    """`python -m leadflow ARGS`, its output captured (forked: tests/forkserver.py)."""
    return forkserver.run(list(args), env={**os.environ, **(env or {})}, timeout=timeout)


def no_runs_stored(db) -> bool:
    if not db.exists():
        return True
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 0


@pytest.mark.parametrize("args,message", BAD_INPUT)
def test_bad_input_is_one_clear_line_and_exit_2_with_nothing_written(args, message, sqlite_url, tmp_path):
    result = leadflow("run", *args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert no_runs_stored(tmp_path / "leads.db")


def test_bad_batch_size_env_var_is_bad_input(sqlite_url):
    result = leadflow("run", "--pms", "Buildium", "--state", "TX", "--quantity", "5", env={"LEAD_LIST_BATCH_SIZE": "ten"})
    assert result.returncode == 2 and "LEAD_LIST_BATCH_SIZE: 'ten' is not a whole number" in result.stderr


def test_quickstart_on_the_sample_directory_then_status_and_export(sqlite_url, tmp_path):
    result = leadflow("run", "--pms", "buildium", "--state", "texas", "--quantity", "25", "--json")
    assert result.returncode == 0, result.stderr
    assert "FICTIONAL sample directory" in result.stderr
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["status"], summary["companies_ready"], summary["batches"]) == ("completed", 25, 3)
    assert summary["llm_calls"] == 0 and summary["source"] == "sample"

    status = leadflow("status", summary["run_id"], "--json")
    assert status.returncode == 0
    assert json.loads(status.stdout) == summary

    listing = json.loads(leadflow("status", "--json").stdout)
    assert [r["run_id"] for r in listing] == [summary["run_id"]]

    for suffix in (".csv", ".xlsx", ".parquet", ".json"):
        out = tmp_path / f"leads{suffix}"
        exported = leadflow("export", summary["run_id"], "-o", str(out))
        assert exported.returncode == 0, exported.stderr
        frame = {".csv": pd.read_csv, ".xlsx": pd.read_excel, ".parquet": pd.read_parquet, ".json": pd.read_json}[suffix](out)
        assert len(frame) == 25
        assert {"name", "domain", "city", "state", "pms", "evidence_url"} <= set(frame.columns)
        assert set(frame["state"]) == {"TX"} and set(frame["pms"]) == {"Buildium"}


def test_rerun_with_run_id_exits_early(sqlite_url):
    first = json.loads(
        leadflow("run", "--pms", "AppFolio", "--state", "CA", "--quantity", "5", "--json").stdout.strip().splitlines()[-1]
    )
    again = leadflow("run", "--run-id", first["run_id"], "--json")
    assert again.returncode == 0
    summary = json.loads(again.stdout.strip().splitlines()[-1])
    assert summary["batches"] == 1 and summary["status"] == "completed"


def test_a_run_that_ends_short_exits_1(sqlite_url, tmp_path):
    directory = tmp_path / "small.csv"
    directory.write_text(
        "name,domain,city,state,pms,evidence_url\n"
        "Solo Homes,solo-homes.test,Austin,TX,Buildium,https://solo.managebuilding.com/Resident/portal/login\n"
    )
    result = leadflow("run", "--pms", "Buildium", "--state", "TX", "--quantity", "3", "--source", str(directory), "--json")
    assert result.returncode == 1
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["status"] == "stalled" and summary["companies_ready"] == 1


def test_status_explains_rejections_and_export_can_include_them(sqlite_url, tmp_path):
    directory = tmp_path / "mixed.csv"
    directory.write_text(
        "name,domain,city,state,pms,evidence_url\n"
        "Good Homes,good-homes.test,Austin,TX,Buildium,https://good.managebuilding.com/Resident/portal/login\n"
        "Vendor Row,acme.managebuilding.com,Austin,TX,Buildium,https://acme.managebuilding.com/Resident/portal/login\n"
        "No Proof,no-proof.test,Austin,TX,Buildium,\n"
    )
    result = leadflow("run", "--pms", "Buildium", "--state", "TX", "--quantity", "1", "--source", str(directory), "--json")
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["status"] == "completed"
    run_id = summary["run_id"]
    out = tmp_path / "all.csv"
    assert leadflow("export", run_id, "-o", str(out), "--include-rejected").returncode == 0
    frame = pd.read_csv(out)
    assert list(frame["status"]) == ["validated"] and "reason" in frame.columns

    result = leadflow(
        "run", "--pms", "Buildium", "--state", "TX", "--quantity", "3", "--source", str(directory), "--batch-size", "5", "--json"
    )
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["rejected"] == {"no_pms_evidence": 1, "vendor_domain": 1}
    text_status = leadflow("status", summary["run_id"]).stdout
    assert "vendor_domain" in text_status and "the website is a PMS vendor's, not the company's" in text_status
    assert leadflow("export", summary["run_id"], "-o", str(out), "--include-rejected").returncode == 0
    frame = pd.read_csv(out)
    assert sorted(frame["reason"].dropna()) == ["no_pms_evidence", "vendor_domain"]
    assert len(pd.read_csv(out)) == 3


def test_export_and_status_errors_exit_2(sqlite_url, tmp_path):
    assert leadflow("status", "nope").returncode == 2
    result = leadflow("export", "nope", "-o", str(tmp_path / "x.csv"))
    assert result.returncode == 2 and "no run with id 'nope'" in result.stderr
    result = leadflow("export", "nope", "-o", str(tmp_path / "x.txt"))
    assert result.returncode == 2 and "unsupported file type '.txt'" in result.stderr


def test_blocklist_import_counts_and_blocks(sqlite_url, tmp_path):
    file = tmp_path / "customers.csv"
    file.write_text(
        "company,domain\nA,https://www.Customer-One.com/about\nB,customer-two.com\nC,customer-one.com\nD,javascript:alert(1)\n"
    )
    result = leadflow("blocklist", "import", str(file))
    assert result.returncode == 0, result.stderr
    assert "added 2, already blocked 0, repeated in input 1, invalid 1" in result.stdout
    again = leadflow("blocklist", "add", "customer-two.com", "new-one.com")
    assert "added 1, already blocked 1" in again.stdout
    assert leadflow("blocklist", "import", str(tmp_path / "missing.txt")).returncode == 2


def test_ctrl_c_keeps_stored_batches_and_the_run_resumes(sqlite_url, agent):
    """Interrupt a run mid-way (SIGINT, as Ctrl-C), then resume it with --run-id."""
    import signal
    import time

    agent.delay = 1.0  # one second per agent call
    proc = forkserver.popen(
        [
            "run",
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
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    deadline = time.monotonic() + 120
    while len(agent.calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "resume with: leadflow run --run-id" in err and "Traceback" not in err
    run_id = err.split("--run-id ")[-1].split()[0]
    status = json.loads(leadflow("status", run_id, "--json").stdout)
    assert status["status"] == "failed" and status["status_reason"] == "interrupted by the user"
    assert 10 <= status["companies_ready"] < 40

    agent.delay = 0.0
    resumed = leadflow("run", "--run-id", run_id, "--json")
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout.strip().splitlines()[-1])
    assert summary["status"] == "completed" and summary["companies_ready"] == 40


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGKILL"])
def test_sigterm_and_sigkill_of_a_local_run_leave_it_resumable_at_once(sqlite_url, agent, sig):
    """SIGTERM is handled as Ctrl-C (marked, lease released, exit 143); after SIGKILL the lease
    records a process on this host that no longer exists, so a resume here starts at once."""
    import signal
    import time

    agent.delay = 1.0
    proc = forkserver.popen(
        [
            "run",
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
            f"sig-{sig.lower()}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    deadline = time.monotonic() + 120
    while len(agent.calls) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    proc.send_signal(getattr(signal, sig))
    out, err = proc.communicate(timeout=60)
    if sig == "SIGTERM":
        assert proc.returncode == 143, err
        assert "Stopped (SIGTERM). Batches already stored are kept; resume with: leadflow run --run-id" in err
        assert "Traceback" not in err
        status = json.loads(leadflow("status", f"sig-{sig.lower()}", "--json").stdout)
        assert status["status"] == "failed" and status["status_reason"] == "stopped by SIGTERM"
    else:
        assert proc.returncode == -signal.SIGKILL
    agent.delay = 0.0
    started = time.monotonic()
    resumed = leadflow("run", "--run-id", f"sig-{sig.lower()}", "--json")
    assert resumed.returncode == 0, resumed.stderr  # not refused: the holder is gone
    summary = json.loads(resumed.stdout.strip().splitlines()[-1])
    assert summary["status"] == "completed" and summary["companies_ready"] == 40
    assert time.monotonic() - started < 60  # no waiting for the 120 s lease to lapse


@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM"])
def test_a_stop_during_a_long_agent_call_takes_seconds_and_the_call_stays_on_the_books(sqlite_url, agent, sig):
    import signal
    import time

    agent.delay = 300.0  # a searching agent's call can take minutes (held until the test ends)
    run_id = f"long-{sig.lower()}"
    proc = forkserver.popen(
        [
            "run",
            "--pms",
            "Buildium",
            "--state",
            "TX",
            "--quantity",
            "10",
            "--source",
            "openai",
            "--no-verify",
            "--run-id",
            run_id,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    deadline = time.monotonic() + 120
    while not agent.calls and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)
    stopped = time.monotonic()
    proc.send_signal(getattr(signal, sig))
    _, err = proc.communicate(timeout=120)
    took = time.monotonic() - stopped
    assert agent.in_flight == 1, err  # the process is gone while its call is still held: it did not wait for it
    assert took < 30, err  # seconds, not the call's minutes (the bound leaves room for a busy machine)
    assert proc.returncode == (130 if sig == "SIGINT" else 143) and "Traceback" not in err
    assert f"resume with: leadflow run --run-id {run_id}" in err
    status = json.loads(leadflow("status", run_id, "--json").stdout)
    assert status["status"] == "failed" and (status["llm_calls"], status["unfinished_calls"]) == (1, 1)


def test_a_read_only_store_is_one_line_and_no_sql(tmp_path, agent):
    """A store that refuses writes (read-only file, full disk) stops a command with one line,
    exit 1: no traceback, no SQL statement."""
    path = tmp_path / "leads.db"
    env = {**os.environ, "LEADFLOW_DATABASE_URL": f"sqlite:///{path}"}
    assert forkserver.run(["blocklist", "add", "a.test"], env=env, timeout=120).returncode == 0  # the store exists
    env["LEADFLOW_DATABASE_URL"] = f"sqlite:///file:{path}?mode=ro&uri=true"
    for args in (
        ["blocklist", "add", "b.test"],
        ["run", "--pms", "Buildium", "--state", "TX", "--quantity", "3", "--no-verify", "--json"],
    ):
        done = forkserver.run(args, env=env, timeout=120)
        assert done.returncode == 1, done.stderr
        assert "readonly database" in done.stderr and "Traceback" not in done.stderr
        assert "INSERT" not in done.stderr + done.stdout and "[SQL" not in done.stderr + done.stdout
    assert agent.calls == []  # nothing paid for a run that could not be recorded


def test_a_prefect_server_that_does_not_answer_is_one_line_exit_1_and_nothing_paid(agent):
    """PREFECT_API_URL naming a server that is not there (stopped, wrong port): Prefect's client
    raises "Failed to reach API" over the connection error; the CLI says it in one line with the
    address (never a user:password in it) and exits 1, before any agent call."""
    from fake_web import _closed_port

    port = _closed_port()
    env = {**os.environ, "PREFECT_API_URL": f"http://leadflow:s3cret@127.0.0.1:{port}/api"}
    done = forkserver.run(["run", "--pms", "Buildium", "--state", "TX", "--quantity", "3", "--no-verify"], env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "s3cret" not in done.stderr + done.stdout
    [line] = [x for x in done.stderr.splitlines() if x.startswith("error:")]
    assert f"cannot reach the Prefect server at http://127.0.0.1:{port} (PREFECT_API_URL)" in line
    assert "Connection refused" in line
    assert agent.calls == []


def test_prefects_undelivered_events_are_said_once_each_without_the_event():
    """A Prefect server gone mid-run: Prefect's events worker logs an ERROR holding the whole event
    for every one it could not send, its client a warning per failed reconnect. leadflow's log
    filter (installed on both loggers) says each once, without the event."""
    import logging

    from leadflow.flows import local

    said = local._UndeliveredOnce()
    for name in ("prefect._internal.concurrency", "prefect.events.clients"):
        assert any(isinstance(f, local._UndeliveredOnce) for f in logging.getLogger(name).filters)

    def record(name: str, level: int, msg: str, *args) -> logging.LogRecord:
        return logging.LogRecord(name, level, __file__, 1, msg, args, None)

    event = "Event(event='prefect.task-run.Completed', resource={'prefect.resource.id': 'prefect.task-run.x'})"
    first = record("prefect._internal.concurrency", logging.ERROR, "Service %r failed to process item %r", "EventsWorker", event)
    assert said.filter(first) and first.levelno == logging.WARNING
    assert first.getMessage() == "EventsWorker could not deliver to the Prefect server; the run goes on, its work is stored"
    again = record("prefect._internal.concurrency", logging.ERROR, "Service %r failed to process item %r", "EventsWorker", event)
    assert not said.filter(again)
    logs = record("prefect._internal.concurrency", logging.ERROR, "Service %r failed to process item %r", "APILogWorker", "log")
    assert said.filter(logs)  # another service: said once too
    reconnect = [record("prefect.events.clients", logging.WARNING, "Unable to connect to %r.", "ws://x") for _ in range(3)]
    assert [said.filter(r) for r in reconnect] == [True, False, False]
    other = record("prefect._internal.concurrency", logging.ERROR, "Service %r crashed", "EventsWorker")
    assert said.filter(other) and other.levelno == logging.ERROR  # anything else is left as it is


def test_a_full_disk_mid_run_stops_it_in_one_line_and_a_resume_here_starts_at_once(tmp_path, agent):
    """SQLite's own "database or disk is full" (its file may not grow: the `sqlite-full` test
    failpoint) mid-run: one line, exit 1, the --json summary says the run stopped; once there is
    room, a resume on this machine is not refused for the lease."""
    path = tmp_path / "leads.db"
    env = {**os.environ, "LEADFLOW_DATABASE_URL": f"sqlite:///{path}"}
    assert forkserver.run(["blocklist", "add", "a.test"], env=env, timeout=120).returncode == 0
    full = forkserver.run(
        [
            "run",
            "--pms",
            "Buildium",
            "--state",
            "TX",
            "--quantity",
            "60",
            "--no-verify",
            "--json",
            "--run-id",
            "fulldisk",
        ],
        env={**env, "LEADFLOW_FAILPOINT": "sqlite-full"},
        timeout=300,
    )
    assert full.returncode == 1, full.stderr
    assert "disk is full" in full.stderr and "Traceback" not in full.stderr and "[SQL" not in full.stderr
    summary = json.loads(full.stdout.strip().splitlines()[-1])
    assert summary["status"] == "failed" and summary["companies_ready"] < 60
    resumed = forkserver.run(["run", "--run-id", "fulldisk", "--json"], env=env, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout.strip().splitlines()[-1])["companies_ready"] == 60


@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["lists", "ls"]])
def test_read_only_commands_load_neither_the_agent_nor_pandas_nor_prefect(args, sqlite_url):
    """`leadflow status` is a read of the store: the agent SDK, pandas, rapidfuzz and Prefect
    are not loaded for it (bench/cli_bench.py prints how long it takes)."""
    from leadflow.store import get_engine

    get_engine(sqlite_url)  # the store exists already (a new one is migrated: alembic then, once)
    probe = (
        "import sys, json, atexit\n"
        "atexit.register(lambda: print('MODULES', json.dumps(sorted({m.split('.')[0] for m in sys.modules}))))\n"
        "sys.argv = ['leadflow'] + sys.argv[1:]\n"
        "from leadflow.cli.main import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LEADFLOW_DATABASE_URL": sqlite_url},
    )
    assert done.returncode == 0, done.stderr
    modules = set(json.loads(done.stdout.rsplit("MODULES ", 1)[1]))
    assert not modules & {"openai", "agents", "pandas", "rapidfuzz", "prefect", "alembic"}, modules & {
        "openai",
        "agents",
        "pandas",
        "rapidfuzz",
        "prefect",
        "alembic",
    }


def test_a_run_without_live_checks_loads_no_web_client():
    """A directory batch (the sample's, every unverified run's) loads neither the live checks nor
    the web client they fetch with, and builds no fetcher: those load when a batch is checked."""
    probe = (
        "import sys\n"
        "import leadflow.tasks.verify as verify\n"
        "from leadflow.discovery.sources import resolve_source\n"
        "from leadflow.domain.models import BatchRequest, LeadCriteria\n"
        "from leadflow.tasks.discover import discover_batch\n"
        "verify.fetcher_from_settings = lambda: sys.exit('a fetcher was built for a directory')\n"
        "criteria = LeadCriteria.parse('Buildium', 'TX', 5)\n"
        "request = BatchRequest(\n"
        "    run_id='r1', batch_number=1, loop=1, criteria=criteria, companies_ready=0, remaining=5, batch_target=5\n"
        ")\n"
        "from prefect.logging import disable_run_logger\n"
        "with disable_run_logger():  # .fn outside a task run: Prefect's way to give it a run logger\n"
        "    found = discover_batch.fn(request, resolve_source('sample')[0])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('leadflow.web', 'leadflow.app.live_checks')))\n"
        "print(len(found.candidates), loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2:] == ["5", "[]"], done.stdout


def test_version_prints_the_installed_version():
    from importlib.metadata import version

    done = leadflow("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"leadflow {version('leadflow')}"


def test_running_a_delivered_night_again_says_it_was_delivered_again(sqlite_url, tmp_path):
    out = tmp_path / "leads.csv"
    added = leadflow(
        "lists", "add", "tx-again", "--pms", "Buildium", "--state", "TX", "--quantity", "5", "--source", "sample",
        "--deliver", str(out),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    first = leadflow("lists", "run", "tx-again", "--local", "--night", "2026-11-29", "--json")
    assert first.returncode == 0, first.stderr
    night = json.loads(first.stdout.strip().splitlines()[-1])
    assert (night["delivered"], night["redelivered"]) == (5, False)
    again = leadflow("lists", "run", "tx-again", "--local", "--night", "2026-11-29")
    assert again.returncode == 0, again.stderr
    assert "night 2026-11-29: delivered before; its 5 companies delivered again to" in again.stdout
    assert "new companies" not in again.stdout
