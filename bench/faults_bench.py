"""Benchmark: what each fault of the parts around leadflow costs (issue 18).

Every case runs the real `leadflow run` command (a process of its own, as users run it) against
the loopback OpenAI-compatible agent of the tests, and breaks one part around it: the agent
(30% transient errors, 10% truncated answers), the lead store (a TCP proxy of our own in front
of the local PostgreSQL cuts every connection for a while), the process (SIGTERM, SIGKILL, then
a resume on the same machine). Prints, per fault: target met, duplicates, companies lost, paid
calls against batches, seconds until a resume got going, tracebacks seen. Asserts nothing.

    python bench/faults_bench.py [--runs 20] [--quantity 40]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def leadflow(*args: str, env: dict) -> subprocess.Popen:
    """`leadflow run ARGS` in a new session (so its Prefect temporary server can be found and
    stopped after a SIGKILL, which leaves that child process behind)."""
    return subprocess.Popen(
        [sys.executable, "-m", "leadflow", "run", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def summary_of(out: str) -> dict:
    try:
        return json.loads(out.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {}


def duplicates(store_url: str, run_id: str) -> tuple[int, int]:
    """(validated companies, duplicate domains among them) in the store."""
    from sqlalchemy import create_engine, text

    engine = create_engine(store_url)
    with engine.connect() as conn:
        domains = [
            r[0]
            for r in conn.execute(text("SELECT domain FROM candidates WHERE run_id = :r AND status = 'validated'"), {"r": run_id})
        ]
    engine.dispose()
    return len(domains), len(domains) - len(set(domains))


def row(
    name: str, quantity: int, summary: dict, store_url: str, run_id: str, calls: int, resume_s: float | None, errors: str
) -> dict:
    delivered, dupes = duplicates(store_url, run_id) if summary else (0, 0)
    return {
        "fault": name,
        "met": summary.get("status") == "completed" and delivered >= quantity,
        "duplicates": dupes,
        "lost": max(0, quantity - delivered),
        "paid calls": calls,
        "batches": summary.get("batches", 0),
        "resume s": resume_s,
        "tracebacks": errors.count("Traceback"),
    }


def run_flaky(agent, env: dict, store_url: str, runs: int, quantity: int) -> list[dict]:
    import random

    from fake_openai import Reply, fresh

    rng = random.Random(11)

    def script(call):
        roll = rng.random()
        if roll < 0.30:
            raise rng.choice([Reply(500), Reply(503, headers={"retry-after-ms": "20"}), Reply(429)])
        if roll >= 0.90 and call.want > 1:
            raise Reply(content='{"companies": [{"name": "Tru', finish_reason="length")
        return fresh(call, call.want)

    met = dupes = lost = calls = batches = traces = 0
    for i in range(runs):
        agent.reset(script)
        proc = leadflow(
            "--pms",
            "Buildium",
            "--state",
            "TX",
            "--quantity",
            str(quantity),
            "--source",
            "openai",
            "--no-verify",
            "--json",
            "--run-id",
            f"flaky-{i}",
            env=env,
        )
        out, err = proc.communicate(timeout=600)
        r = row("", quantity, summary_of(out), store_url, f"flaky-{i}", len(agent.calls), None, err)
        met += r["met"]
        dupes, lost, calls, batches, traces = (
            dupes + r["duplicates"],
            lost + r["lost"],
            calls + r["paid calls"],
            batches + r["batches"],
            traces + r["tracebacks"],
        )
    return [
        {
            "fault": f"agent: 30% transient, 10% truncated ({runs} runs)",
            "met": f"{met}/{runs}",
            "duplicates": dupes,
            "lost": lost,
            "paid calls": calls,
            "batches": batches,
            "resume s": None,
            "tracebacks": traces,
        }
    ]


def run_outage(agent, env: dict, proxy, store_url: str, quantity: int, seconds: float, limit: float) -> dict:
    from fake_openai import full_batches

    agent.reset(full_batches)
    agent.delay = 0.5
    run_id = f"outage-{int(seconds)}"

    def cut():
        while len(agent.calls) < 2:
            time.sleep(0.05)
        time.sleep(0.3)
        proxy.cut()
        time.sleep(seconds)
        proxy.restore()

    threading.Thread(target=cut, daemon=True).start()
    proc = leadflow(
        "--pms",
        "Buildium",
        "--state",
        "TX",
        "--quantity",
        str(quantity),
        "--source",
        "openai",
        "--no-verify",
        "--json",
        "--run-id",
        run_id,
        env={**env, "LEADFLOW_STORE_OUTAGE_SECONDS": str(limit)},
    )
    out, err = proc.communicate(timeout=600)
    summary, resume_s = summary_of(out), None
    if proc.returncode != 0:  # stopped: resume as soon as the store is back
        while proxy.down.is_set():
            time.sleep(0.1)
        agent.delay = 0.0
        started = time.monotonic()
        again = leadflow("--run-id", run_id, "--json", env=env)
        out2, err2 = again.communicate(timeout=600)
        resume_s, summary, err = round(time.monotonic() - started, 1), summary_of(out2), err + err2
    agent.delay = 0.0
    return row(
        f"store: {seconds:.0f} s outage (waits up to {limit:.0f} s)",
        quantity,
        summary,
        store_url,
        run_id,
        len(agent.calls),
        resume_s,
        err,
    )


def run_signal(agent, env: dict, store_url: str, quantity: int, sig: signal.Signals) -> dict:
    from fake_openai import full_batches

    agent.reset(full_batches)
    agent.delay = 1.0
    run_id = f"sig-{sig.name.lower()}"
    proc = leadflow(
        "--pms",
        "Buildium",
        "--state",
        "TX",
        "--quantity",
        str(quantity),
        "--source",
        "openai",
        "--no-verify",
        "--json",
        "--run-id",
        run_id,
        env=env,
    )
    while len(agent.calls) < 2:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(sig)
    proc.wait(timeout=120)
    if sig == signal.SIGKILL:  # Prefect's temporary server outlives a SIGKILL: stop what is left of the session
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    _, err = proc.communicate(timeout=120)
    agent.delay = 0.0
    started = time.monotonic()
    again = leadflow("--run-id", run_id, "--json", env=env)
    out, err2 = again.communicate(timeout=600)
    return row(
        f"process: {sig.name}, then resume here",
        quantity,
        summary_of(out),
        store_url,
        run_id,
        len(agent.calls),
        round(time.monotonic() - started, 1),
        err + err2,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20, help="runs against the faulty agent")
    parser.add_argument("--quantity", type=int, default=40)
    args = parser.parse_args()

    import psycopg
    from fake_openai import FakeOpenAI
    from fake_tcp import TcpProxy

    home = Path(tempfile.mkdtemp(prefix="leadflow-faults-"))
    admin = os.environ.get("LEADFLOW_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    name = f"leadflow_faults_{os.getpid()}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    agent = FakeOpenAI().start()
    rows: list[dict] = []
    try:
        with TcpProxy() as proxy:
            store_url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/{name}"
            env = {
                **os.environ,
                "HOME": str(home),
                "PREFECT_HOME": str(home / ".prefect"),
                "LEADFLOW_DATABASE_URL": store_url,
                "OPENAI_API_KEY": "sk-bench",
                "OPENAI_BASE_URL": agent.base_url,
                "LEADFLOW_MODEL": "bench",
                "LEADFLOW_RETRY_BACKOFF_SECONDS": "0.05",
                "LEADFLOW_SERVER_IDLE_MINUTES": "0",  # a temporary Prefect server per run, as measured so far
            }
            rows += run_flaky(agent, env, store_url, args.runs, args.quantity)
            rows.append(run_outage(agent, env, proxy, store_url, args.quantity, seconds=10, limit=60))
            rows.append(run_outage(agent, env, proxy, store_url, args.quantity, seconds=20, limit=5))
            rows.append(run_signal(agent, env, store_url, args.quantity, signal.SIGTERM))
            rows.append(run_signal(agent, env, store_url, args.quantity, signal.SIGKILL))
    finally:
        agent.stop()
        from sqlalchemy import create_engine

        create_engine(admin.replace("postgresql://", "postgresql+psycopg://")).dispose()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    columns = ["fault", "met", "duplicates", "lost", "paid calls", "batches", "resume s", "tracebacks"]
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in columns]
    print(" | ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(r[c] if r[c] is not None else "-").ljust(w) for c, w in zip(columns, widths, strict=True)))


if __name__ == "__main__":
    main()
