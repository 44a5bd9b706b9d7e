"""Benchmark: wall time, agent calls and tokens per lead for a few run shapes.

Runs the real lead_list flow against the loopback OpenAI-compatible server from the tests
(with a simulated agent latency), on a temporary SQLite store. Prints a table; asserts nothing.

    python bench/discovery_bench.py [--latency 0.5] [--quantity 50]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
os.environ.setdefault("LEADFLOW_RETRY_BACKOFF_SECONDS", "0.1")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.5, help="simulated seconds per agent call")
    parser.add_argument("--quantity", type=int, default=50)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="leadflow-bench-"))
    os.environ["LEADFLOW_DATABASE_URL"] = f"sqlite:///{tmp / 'leads.db'}"
    from fake_openai import FakeOpenAI, fresh
    from junk import JunkAgent

    agent = FakeOpenAI(delay=args.latency).start()
    os.environ.update(OPENAI_API_KEY="sk-bench", OPENAI_BASE_URL=agent.base_url, LEADFLOW_MODEL="bench")
    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults()
    from leadflow.flows.lead_list import lead_list, run_summary

    q = args.quantity
    lead_list(pms="Buildium", state="TX", quantity=1, source="openai", verify=False)  # warm-up: server start, imports
    scenarios = [
        ("full batches, size 10, parallel 1", dict(batch_size=10, parallel=1), None),
        ("full batches, size 10, parallel 2", dict(batch_size=10, parallel=2), None),
        ("full batches, size 10, parallel 4", dict(batch_size=10, parallel=4), None),
        ("full batches, size 25, parallel 1", dict(batch_size=25, parallel=1), None),
        ("agent returns 7 of 10", dict(batch_size=10, parallel=1), lambda c: fresh(c, min(7, c.want))),
        ("~30% junk answers", dict(batch_size=10, parallel=1), JunkAgent()),
    ]
    print(f"quantity={q}, simulated agent latency={args.latency}s per call\n")
    header = f"{'scenario':36} {'wall s':>7} {'batches':>7} {'calls':>5} {'tok in':>7} {'tok out':>7} {'tok/lead':>8}  rejected"
    print(header)
    print("-" * len(header))
    for name, params, script in scenarios:
        agent.reset(script) if script else agent.reset()
        started = time.perf_counter()
        s = run_summary(
            lead_list(pms="Buildium", state="TX", quantity=q, source="openai", verify=False, return_state=True, **params)
        )
        wall = time.perf_counter() - started
        per_lead = (s.prompt_tokens + s.completion_tokens) / max(1, s.companies_ready)
        rejected = ", ".join(f"{k}={v}" for k, v in s.rejected.items()) or "-"
        print(
            f"{name:36} {wall:7.2f} {s.batches:7d} {s.llm_calls:5d} {s.prompt_tokens:7d} "
            f"{s.completion_tokens:7d} {per_lead:8.1f}  {rejected}"
        )
    agent.stop()


if __name__ == "__main__":
    main()
