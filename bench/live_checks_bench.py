"""Benchmark: what live checks cost per delivered lead, and what the check cache saves.

Runs the real lead_list flow against the loopback agent and the fake web of the tests (real
TLS on 127.0.0.1, with a simulated latency per request) on a temporary SQLite store: the same
criteria with live checks off, on, and on again (a second run: the cache answers). Prints a
table (requests and connections, i.e. TLS handshakes, per delivered lead); asserts nothing.

    python bench/live_checks_bench.py [--quantity 50] [--web-latency 0.05] [--invented 0.3]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quantity", type=int, default=50)
    parser.add_argument("--web-latency", type=float, default=0.05, help="simulated seconds per web request")
    parser.add_argument("--invented", type=float, default=0.3, help="share of invented companies")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="leadflow-bench-"))
    os.environ["LEADFLOW_DATABASE_URL"] = f"sqlite:///{tmp / 'leads.db'}"
    from conftest import INVENTED, publish
    from fake_openai import FakeOpenAI, company, fresh
    from fake_web import FakeWeb, fetcher_for

    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults()
    import leadflow.tasks.verify
    from leadflow.flows.lead_list import lead_list, run_summary

    every = max(2, round(1 / args.invented)) if args.invented > 0 else 0

    def answer(call):
        rows = fresh(call, call.want, start=call.number * 1000)
        for i in range(len(rows)):
            if every and i % every == every - 1:
                rows[i] = company(call, call.number * 1000 + 500 + i, domain=f"{INVENTED}-{call.number}-{i}.test")
        publish(web, rows)
        return rows

    with FakeWeb() as web:
        real_reply = web.reply_for
        web.reply_for = lambda host, path: (time.sleep(args.web_latency), real_reply(host, path))[1]
        fetcher = fetcher_for(web, timeout=5.0)
        leadflow.tasks.verify.fetcher_from_settings = lambda: fetcher
        agent = FakeOpenAI(script=answer).start()
        os.environ.update(OPENAI_API_KEY="sk-bench", OPENAI_BASE_URL=agent.base_url, LEADFLOW_MODEL="bench")
        lead_list(pms="AppFolio", state="GA", quantity=1, source="openai", verify=False)  # warm-up

        q = args.quantity
        print(f"quantity={q}, web latency={args.web_latency}s per request, invented share={args.invented}\n")
        header = (
            f"{'scenario':28} {'wall s':>7} {'delivered':>9} {'verified':>8} {'requests':>8} "
            f"{'req/lead':>8} {'conn/lead':>9} {'+wall/lead ms':>13} {'cache hit':>9}  rejected"
        )
        print(header)
        print("-" * len(header))
        baseline = None
        first_requests = None
        for name, verify in (("live checks off", False), ("live checks on", True), ("on, second run (cache)", True)):
            agent.reset(answer)
            before = len(web.log)
            started = time.perf_counter()
            s = run_summary(lead_list(pms="Buildium", state="TX", quantity=q, source="openai", verify=verify, return_state=True))
            wall = time.perf_counter() - started
            requests = len(web.log) - before
            connections = len({hit.peer for hit in web.log[before:]})  # TLS handshakes, one per connection
            if not verify:
                baseline = wall
            extra = "-" if baseline is None or not verify else f"{(wall - baseline) * 1000 / max(1, s.companies_ready):.0f}"
            hit = "-"
            if verify and first_requests is None:
                first_requests = requests
            elif verify and first_requests:
                hit = f"{1 - requests / first_requests:.0%}"
            rejected = ", ".join(f"{k}={v}" for k, v in s.rejected.items()) or "-"
            per_lead = max(1, s.companies_ready)
            print(
                f"{name:28} {wall:7.2f} {s.companies_ready:9d} {s.verified:8d} {requests:8d} "
                f"{requests / per_lead:8.2f} {connections / per_lead:9.2f} {extra:>13} {hit:>9}  {rejected}"
            )
        agent.stop()


if __name__ == "__main__":
    main()
