"""Benchmark: exactly once under SIGKILL, with real processes. Prints a table; asserts nothing.

1. Crashes: a `leadflow run` process (30 companies, batches of 10) is SIGKILLed at each point of a
   batch's life, `--times` times per point and store (SQLite file, fresh Postgres database):
   `agent-call` (killed from here while the loopback agent holds the call), `answer-saved`,
   `mid-store`, `finishing` (`leadflow/failpoints.py`). The kill lands in batch 1, 2, 3, 1, 2...
   (for batches after the first, an earlier process stores the batches before it; `finishing`
   is after the last batch). The killed process holds a 10 s lease (LEADFLOW_LEASE_SECONDS=10);
   the resume starts at once, `leadflow run --run-id ID --source openai --no-verify --json
   --wait`, in another PREFECT_HOME (another machine), and waits for the dead process's lease to
   run out: nothing is edited in the store. Recovery = from the death to the resumed run's end.
2. Races: two `leadflow run --run-id X` on one pending run with a slow agent, started at once:
   both with `--wait`; and one with and one without `--wait` (the one without must end 0 if it
   won the lease, or 2 naming the holder if it lost).
3. Workers: two `prefect worker` processes (own PREFECT_HOMEs) on one Prefect server backed by
   PostgreSQL (`PREFECT_SERVER_DATABASE_CONNECTION_URL`, as a shared server runs) and the Postgres
   lead store; `prefect deployment run lead-list/lead-list` ten times: five lead runs, each
   asked for twice with `run_id` and `wait_for_lease=true`, so both workers may hold one run.

Paid calls are requests the loopback agent received; they are compared with the sum of the
stored batches' `llm_calls` and with the number of batches stored.

    python bench/crash_bench.py [--times 5] [--races 10] [--jobs 4] [--no-workers]

Needs PostgreSQL on 127.0.0.1:5432 (user postgres; LEADFLOW_TEST_PG_URL overrides); starts its
own Prefect server on a fresh Postgres database (every part uses it).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from statistics import mean

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
PG_ADMIN_URL = os.environ.get("LEADFLOW_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
WORKER_STATES = ("TX", "FL", "CA", "GA", "NC")  # one lead run per state: the agent's calls say whose they are


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_prefect_server(tmp: Path, database_url: str | None = None) -> tuple[subprocess.Popen, str]:
    """A Prefect server of this bench's own; on Postgres when `database_url` (an asyncpg URL) is
    given: what a server shared by several workers runs on (docs/exactly-once.md, "Scaling out")."""
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp / "prefect-server"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        "PREFECT_API_URL": "",
    }
    if database_url:
        env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = database_url
    log = open(tmp / "prefect-server.log", "w")  # noqa: SIM115 - the server writes it until the end
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=tmp,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the Prefect server exited; see {tmp / 'prefect-server.log'}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return server, url
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the Prefect server did not become healthy in 180 s")


def stop_group(proc: subprocess.Popen) -> None:
    """Stop a process this bench started in its own session, and its children."""
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def create_pg_db(driver: str = "psycopg") -> tuple[str, str]:
    import psycopg

    name = f"leadflow_crash_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    host = PG_ADMIN_URL.split("://", 1)[1].rsplit("/", 1)[0]
    return name, f"postgresql+{driver}://{host}/{name}"


def drop_pg_db(name: str) -> None:
    import psycopg

    from leadflow.store.engine import dispose_all

    dispose_all()
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- the three parts -------------------------------------------------------------------------


def crashes(stores: dict[str, str], tmp: Path, times: int, jobs: int) -> list[tuple[str, object]]:
    from test_crash import POINTS, crash_and_resume

    plan = [(store, point, i % 3 + 1) for store in stores for point in POINTS for i in range(times)]

    def one(item):
        store, point, batch = item
        try:
            return store, crash_and_resume(
                point, stores[store], tmp / f"crash-{uuid.uuid4().hex[:8]}", batch=batch, wait=True, lease_seconds=10
            )
        except Exception:  # noqa: BLE001 - reported in the table's notes
            return store, (point, batch, traceback.format_exc())

    with ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(one, plan))


def races(stores: dict[str, str], tmp: Path, count: int, jobs: int) -> list[tuple[str, object]]:
    from test_crash import race

    names = list(stores)
    plan = [(names[i % len(names)], mode) for mode in ("both-wait", "both-at-once") for i in range(count)]

    def one(item):
        store, mode = item
        try:
            return store, race(stores[store], tmp / f"race-{uuid.uuid4().hex[:8]}", mode)
        except Exception:  # noqa: BLE001
            return store, (mode, traceback.format_exc())

    with ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(one, plan))


def workers(url: str, tmp: Path, api_url: str) -> dict:
    """Two process workers, ten deployment runs over five lead runs."""
    from fake_openai import FakeOpenAI
    from prefect.client.orchestration import get_client
    from test_crash import BATCH_SIZE, PMS, QUANTITY, audit

    agent = FakeOpenAI(delay=0.3).start()
    env = {
        **os.environ,
        "PREFECT_API_URL": api_url,
        "PWD": str(ROOT),
        "LEADFLOW_DATABASE_URL": url,
        "OPENAI_BASE_URL": agent.base_url,
        "OPENAI_API_KEY": "sk-bench",
        "LEADFLOW_MODEL": "bench-model",
    }

    def prefect(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "prefect", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )

    for args in (("work-pool", "create", "leadflow", "--type", "process"), ("--no-prompt", "deploy", "--all")):
        done = prefect(*args)
        if done.returncode != 0 and "already exists" not in done.stdout + done.stderr:
            raise RuntimeError(f"prefect {' '.join(args)}: {done.stdout[-2000:]}{done.stderr[-2000:]}")
    logs = [tmp / f"worker-{n}.log" for n in (1, 2)]
    # Two flow runs at once each (the deployment allows four), so both workers get some.
    procs = []
    for n, log in enumerate(logs, 1):
        with log.open("w") as out:
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "prefect", "worker", "start", "--pool", "leadflow", "--limit", "2"],
                    cwd=ROOT,
                    env={**env, "PREFECT_HOME": str(tmp / f"worker-{n}"), "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "INFO"},
                    stdout=out,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
    run_ids = {state: f"wk-{state.lower()}-{uuid.uuid4().hex[:8]}" for state in WORKER_STATES}
    started = time.monotonic()
    try:

        def submit(state: str) -> str:
            done = prefect(
                "deployment",
                "run",
                "lead-list/lead-list",
                "--param",
                f"pms={PMS}",
                "--param",
                f"state={state}",
                "--param",
                f"quantity={QUANTITY}",
                "--param",
                f"batch_size={BATCH_SIZE}",
                "--param",
                "source=openai",
                "--param",
                "verify=false",
                "--param",
                f"run_id={run_ids[state]}",
                "--param",
                "wait_for_lease=true",
            )
            found = re.search(r"UUID: ([0-9a-f-]{36})", done.stdout)
            if not found:
                raise RuntimeError(f"prefect deployment run: {done.stdout[-2000:]}{done.stderr[-2000:]}")
            return found.group(1)

        with ThreadPoolExecutor(5) as pool:  # each lead run asked for twice, at once
            flow_runs = list(pool.map(submit, [s for s in WORKER_STATES for _ in range(2)]))
        states: dict[str, str] = {}
        deadline = time.monotonic() + 900
        with get_client(sync_client=True) as client:
            while time.monotonic() < deadline:
                runs = {fr: client.read_flow_run(uuid.UUID(fr)) for fr in flow_runs}
                states = {fr: r.state.type.value if r.state else "?" for fr, r in runs.items()}
                if all(r.state and r.state.is_final() for r in runs.values()):
                    break
                time.sleep(2)
        wall = time.monotonic() - started
    finally:
        for proc in procs:
            stop_group(proc)
        agent.stop()
    audits = {state: audit(url, rid) for state, rid in run_ids.items()}
    paid = Counter(c.state for c in agent.calls)
    texts = [log.read_text(errors="replace") for log in logs]
    return dict(
        audits=audits,
        paid=paid,
        flow_states=Counter(states.values()),
        wall=wall,
        per_worker=[len(_ids("submitting flow run", t) - _ids("Aborted submission of flow run", t)) for t in texts],
        aborted=sum(len(_ids("Aborted submission of flow run", t)) for t in texts),
        tracebacks=sum("Traceback" in t for t in texts),
    )


def _ids(what: str, log: str) -> set[str]:
    """Flow run ids in a worker's log lines saying `what`."""
    return set(re.findall(what + r" '([0-9a-f-]{36})'", log))


# --- the table -------------------------------------------------------------------------------

HEADER = (
    f"{'point':34} {'store':8} {'runs':>4} {'target met':>10} {'dupes':>5} {'lost':>4} {'paid calls':>10} "
    f"{'llm_calls':>9} {'batches':>7} {'re-paid/run':>11} {'mean s':>7}"
)


def row(point: str, store: str, audits: list, paid: int, seconds: list[float]) -> str:
    from test_crash import QUANTITY

    met = sum(a.status == "completed" and a.validated == QUANTITY for a in audits)
    batches = sum(a.batches for a in audits)
    repaid = (paid - batches) / len(audits) if audits else float("nan")
    return (
        f"{point:34} {store:8} {len(audits):4d} {f'{met}/{len(audits)}':>10} {sum(a.duplicates for a in audits):5d} "
        f"{sum(a.lost for a in audits):4d} {paid:10d} {sum(a.llm_calls for a in audits):9d} {batches:7d} "
        f"{repaid:11.2f} {mean(seconds) if seconds else float('nan'):7.1f}"
    )


def report(crash_results, race_results, worker_result) -> None:
    from test_crash import POINTS

    notes: list[str] = []
    print(HEADER)
    print("-" * len(HEADER))
    for point in POINTS:
        for store in ("sqlite", "postgres"):
            mine = [c for s, c in crash_results if s == store and getattr(c, "point", None) == point]
            broken = [c for s, c in crash_results if s == store and isinstance(c, tuple) and c[0] == point]
            done = [c for c in mine if c.done is not None]
            if not mine and not broken:
                continue
            print(row(f"SIGKILL {point}", store, [c.done for c in done], sum(c.paid for c in done), [c.recovery for c in done]))
            for c in mine:
                notes += [f"{point}/{store} (batch {c.batch}): {p}" for p in c.problems]
            notes += [f"{point}/{store} (batch {b}): {tb}" for _, b, tb in broken]
    for mode, label in (("both-wait", "race: both --wait"), ("both-at-once", "race: one without --wait")):
        for store in ("sqlite", "postgres"):
            mine = [r for s, r in race_results if s == store and getattr(r, "mode", None) == mode]
            broken = [r for s, r in race_results if s == store and isinstance(r, tuple) and r[0] == mode]
            if not mine and not broken:
                continue
            print(row(label, store, [r.done for r in mine], sum(r.paid for r in mine), [r.wall for r in mine]))
            codes = Counter(f"{r.procs[0].returncode}/{r.procs[1].returncode}" for r in mine)
            notes.append(
                f"{label}/{store}: exit codes (with --wait / second) {dict(codes)}; "
                f"processes that paid per race {dict(Counter(r.payers for r in mine))}"
            )
            for r in mine:
                notes += [f"{label}/{store}: {p.splitlines()[0]}" for p in r.problems]
            notes += [f"{label}/{store}: {tb}" for _, tb in broken]
    if worker_result and "error" in worker_result:
        notes.append(f"workers: could not run: {worker_result['error']}")
    elif worker_result:
        w = worker_result
        audits = list(w["audits"].values())
        print(row("2 workers, 10 deployment runs", "postgres", audits, sum(w["paid"].values()), [w["wall"]]))
        notes.append(
            f"workers: flow run states {dict(w['flow_states'])}; paid calls per lead run {dict(w['paid'])}; "
            f"batches per lead run { {s: a.batches for s, a in w['audits'].items()} }; "
            f"flow runs run per worker {w['per_worker']} (submissions the server aborted because the other "
            f"worker had the run: {w['aborted']}); worker logs with a traceback: {w['tracebacks']}; "
            f"wall {w['wall']:.0f} s for all ten"
        )
        for state, a in w["audits"].items():
            notes += [f"workers/{state}: {p}" for p in a.complete()]
            if w["paid"][state] != a.batches:
                notes.append(f"workers/{state}: {w['paid'][state]} calls paid for {a.batches} batches")
    print()
    print("re-paid/run: paid calls minus batches stored, per run (crashes: expected 1 for agent-call, 0 for the others;")
    print("races and workers: expected 0). mean s: crashes, from the death to the resumed run's end (a 10 s lease")
    print("running out, `--wait` polling every 5 s, a process start); races, both processes' wall time; workers, all ten.")
    if notes:
        print("\nnotes:")
        for note in notes:
            print(f"  - {note}")


def main() -> None:
    import forkserver

    forkserver.real_processes = True  # the processes users run, imports and all (not the tests' forks)
    parser = argparse.ArgumentParser()
    parser.add_argument("--times", type=int, default=5, help="crashes per point and store")
    parser.add_argument("--races", type=int, default=10, help="races of each kind")
    parser.add_argument("--jobs", type=int, default=4, help="scenarios at once (each has its own agent and run)")
    parser.add_argument("--no-workers", action="store_true", help="skip the two-worker part")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (logs, SQLite store)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="leadflow-crash-bench-"))
    os.environ.update(
        {
            "PREFECT_HOME": str(tmp / "prefect-client"),
            "LEADFLOW_HOME": str(tmp / "leadflow-home"),
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "LEADFLOW_RETRY_BACKOFF_SECONDS": "0.1",
            "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
        }
    )
    for key in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "LEADFLOW_DATABASE_URL",
        "LEAD_LIST_BATCH_SIZE",
        "LEADFLOW_MODEL",
        "LEADFLOW_FAILPOINT",
        "LEADFLOW_LEASE_SECONDS",
    ):
        os.environ.pop(key, None)
    began = time.monotonic()
    prefect_db, prefect_db_url = create_pg_db("asyncpg")
    server, api_url = start_prefect_server(tmp, prefect_db_url)
    os.environ["PREFECT_API_URL"] = api_url
    pg_name, pg_url = create_pg_db()
    stores = {"sqlite": f"sqlite:///{tmp / 'leads.db'}", "postgres": pg_url}
    try:
        print(
            f"crashes: 4 points x {args.times} x {len(stores)} stores; races: {args.races} of each kind; "
            f"{args.jobs} scenarios at once on {os.cpu_count()} CPUs; 30 companies in batches of 10 per run\n",
            flush=True,
        )
        crash_results = crashes(stores, tmp, args.times, args.jobs)
        race_results = races(stores, tmp, args.races, args.jobs)
        worker_result = None
        if not args.no_workers:
            try:
                worker_result = workers(pg_url, tmp, api_url)
            except Exception:  # noqa: BLE001 - the other parts' figures still count
                worker_result = {"error": traceback.format_exc()}
        report(crash_results, race_results, worker_result)
        print(f"\ntotal {time.monotonic() - began:.0f} s")
    finally:
        drop_pg_db(pg_name)
        stop_group(server)
        drop_pg_db(prefect_db)
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
