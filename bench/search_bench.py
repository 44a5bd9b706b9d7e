"""Benchmark: the searching agent against the one-request agent, per delivered lead.

Runs the real lead_list flow (live checks on) against the loopback fakes from the tests: the
OpenAI-compatible server (`tests/fake_openai.py`, a tool-calling agent when tools are offered),
a SearXNG-compatible search API (`tests/fake_search.py`) and the fake web over TLS
(`tests/fake_web.py`), with simulated latencies, on a temporary SQLite store. Prints model
calls, tool calls, tokens and wall time per delivered lead with tools on and off, and the
search cache hit rate of a second run of the same criteria. Asserts nothing.

    python bench/search_bench.py [--quantity 10] [--model-latency 0.3] [--search-latency 0.2] [--invented 0.3]
"""

from __future__ import annotations

import argparse
import json
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
    parser.add_argument("--quantity", type=int, default=10, help="companies per run (one batch)")
    parser.add_argument("--model-latency", type=float, default=0.3, help="simulated seconds per model call")
    parser.add_argument("--search-latency", type=float, default=0.2, help="simulated seconds per search")
    parser.add_argument("--web-latency", type=float, default=0.02, help="simulated seconds per web request")
    parser.add_argument("--invented", type=float, default=0.3, help="share of invented companies from memory")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="leadflow-bench-"))
    os.environ["LEADFLOW_DATABASE_URL"] = f"sqlite:///{tmp / 'leads.db'}"
    for name in ("LEADFLOW_SEARCH_URL", "LEADFLOW_SEARCH_BACKEND", "BRAVE_API_KEY", "TAVILY_API_KEY"):
        os.environ.pop(name, None)
    from conftest import INVENTED, publish
    from fake_openai import AgentCall, FakeOpenAI, company, fresh, searching_agent
    from fake_search import FakeSearch, company_docs
    from fake_web import FakeWeb, fetcher_for

    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults()
    import leadflow.discovery.sources
    import leadflow.tasks.verify
    from leadflow.flows.lead_list import lead_list, run_summary
    from leadflow.store import UnitOfWork

    q = args.quantity
    every = max(2, round(1 / args.invented)) if args.invented > 0 else 0

    def from_memory(invent: bool):
        def answer(call):
            rows = fresh(call, call.want, start=call.number * 1000)
            for i in range(len(rows)):
                if invent and every and i % every == every - 1:
                    rows[i] = company(call, call.number * 1000 + 500 + i, domain=f"{INVENTED}-{call.number}-{i}.test")
            publish(web, rows)
            return rows

        return answer

    def usage_of(run_id: str) -> tuple[int, int]:
        """(searches, cache hits) of a run, from its stored answers."""
        with UnitOfWork(os.environ["LEADFLOW_DATABASE_URL"]) as uow:
            numbers = [b.number for b in uow.repo.batch_rows(run_id)]
            answers = uow.repo.answers(run_id, numbers).values()
        return (sum(a["usage"].get("searches", 0) for a in answers), sum(a["usage"].get("search_cache_hits", 0) for a in answers))

    with FakeWeb() as web, FakeSearch(delay=args.search_latency) as search:
        real_reply = web.reply_for
        web.reply_for = lambda host, path: (time.sleep(args.web_latency), real_reply(host, path))[1]
        fetcher = fetcher_for(web, timeout=5.0)
        leadflow.tasks.verify.fetcher_from_settings = lambda: fetcher
        leadflow.discovery.sources.shared_fetcher = lambda: fetcher
        # prompt tokens from the request's size (about 4 characters a token): a tool loop resends the conversation
        agent = FakeOpenAI(delay=args.model_latency, count_tokens=lambda call: (len(json.dumps(call.body)) // 4, 0)).start()
        os.environ.update(OPENAI_API_KEY="sk-bench", OPENAI_BASE_URL=agent.base_url, LEADFLOW_MODEL="bench")
        lead_list(pms="AppFolio", state="GA", quantity=1, source="openai", verify=False)  # warm-up
        import leadflow.discovery.tool_agent  # noqa: F401 - the Agents SDK's import is not a run's cost

        stub = AgentCall(body={}, prompt="", pms="Buildium", state="TX", want=q, excluded=[], slice=None, number=0)
        found = [company(stub, 90000 + i) for i in range(q)]  # what the web and the search engine hold
        publish(web, found)
        search.index(company_docs(found))

        print(
            f"quantity={q} (batch size {q}), latency per model call {args.model_latency}s, per search "
            f"{args.search_latency}s, per web request {args.web_latency}s; memory answers invent "
            f"{args.invented:.0%} in the second row\n"
        )
        header = (
            f"{'scenario':34} {'delivered':>9} {'model calls':>11} {'calls/lead':>10} {'tools/lead':>10} "
            f"{'tokens/lead':>11} {'wall s':>7} {'s/lead':>7} {'searches':>8} {'cache hit':>9}"
        )
        print(header)
        print("-" * len(header))
        scenarios = [
            ("tools off: memory, all real", False, from_memory(False)),
            (f"tools off: memory, {args.invented:.0%} invented", False, from_memory(True)),
            ("tools on: SearXNG search + fetch", True, None),
            ("tools on: second run (search cache)", True, None),
        ]
        for name, tools, script in scenarios:
            if tools:
                os.environ["LEADFLOW_SEARCH_URL"] = search.url
                agent.reset(tool_script=searching_agent)
            else:
                os.environ.pop("LEADFLOW_SEARCH_URL", None)
                agent.reset(script)
            backend_before = search.hits()
            started = time.perf_counter()
            s = run_summary(lead_list(pms="Buildium", state="TX", quantity=q, batch_size=q, source="openai", return_state=True))
            wall = time.perf_counter() - started
            calls, n = len(agent.calls), max(1, s.companies_ready)
            searches, hits = usage_of(s.run_id)
            rate = f"{hits / searches:.0%}" if searches else "-"
            backend = search.hits() - backend_before
            print(
                f"{name:34} {s.companies_ready:9d} {calls:11d} {calls / n:10.2f} {s.tool_calls / n:10.2f} "
                f"{(s.prompt_tokens + s.completion_tokens) / n:11.1f} {wall:7.2f} {wall / n:7.2f} "
                f"{f'{backend}/{searches}' if tools else '-':>8} {rate:>9}"
            )
        print(
            "\nsearches: backend requests / searches the agent made; cache hit: searches answered by the lead store;"
            "\ntokens: prompt tokens estimated from each request's size (the tool loop resends the conversation)"
        )
        agent.stop()


if __name__ == "__main__":
    main()
