"""Benchmark: parallel batches by place, tail calls, prompt cost per lead, orchestration overhead.

One process: a Prefect server of its own (started here, like the test suite's, with the
`leadflow-agent-calls` global concurrency limit created large enough not to throttle, so every
agent call pays for its slot), a temporary SQLite lead store, and the loopback OpenAI-compatible
server of the tests answering like a real agent would:

- a fixed latency per call;
- a universe of companies in the state's places (about one per 10,000 people), each with a
  prominence (a place's population over the company's rank in it): asked about an area (the
  request block's `places`), it returns that area's most prominent companies first; asked
  about the whole state, the state's; it honours `exclude_domains`, ignores anything
  alphabetical, and never invents;
- optionally a share of every answer unusable (no PMS evidence: rejected);
- prompt tokens counted from the prompt (4 characters a token) and cached tokens as OpenAI
  reports them (the prefix shared with an earlier prompt, in 128-token steps, for prompts of
  at least 1,024 tokens).

Prints tables; asserts nothing. The flow runs with verify=False (live checks need a fake web:
see bench/live_checks_bench.py).

    python bench/parallel_bench.py [--latency 2.0] [--fast-latency 0.05] [--sizes 25,100,500] [--repeat 3]
                                   [--parts parallel,sizes,overhead,stalls] [--prefect-db sqlite,postgres]
                                   [--stall-latency 1.0]

The Prefect server's database: first SQLite, what `prefect server start` runs on by default
(a fresh PREFECT_HOME), then PostgreSQL when 127.0.0.1:5432 answers; each in a process of its
own (Prefect reads its API address when it is imported). The `stalls` table (issue 21) is the
sequential run at `--stall-latency` a call without and with the limit `leadflow setup` creates:
per-batch overhead, the longest gap between one agent call's end and the next one's start (a
stall), and the longest wait for a slot.
"""

from __future__ import annotations

import argparse
import math
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
TMP = Path(tempfile.mkdtemp(prefix="leadflow-parallel-bench-"))
os.environ.update(
    {
        "PREFECT_HOME": str(TMP / "prefect-client"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "ERROR",
        "LEADFLOW_RETRY_BACKOFF_SECONDS": "0.1",
        "LEADFLOW_DATABASE_URL": f"sqlite:///{TMP / 'leads.db'}",
        "LEADFLOW_HOME": str(TMP / "leadflow-home"),
    }
)

PG_ADMIN_URL = os.environ.get("LEADFLOW_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
FIRST = [
    "Amber",
    "Birch",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Garnet",
    "Harbor",
    "Indigo",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Marble",
    "Nimbus",
    "Onyx",
    "Pioneer",
    "Quarry",
    "Raven",
    "Sable",
    "Tundra",
]
SECOND = ["Homes", "Rentals", "Leasing", "Housing", "Residential", "Estates", "Living", "Lofts"]
THIRD = ["North", "South", "East", "West", "Central", "Metro", "Lakeside", "Hillside"]


def start_prefect_server(database: str) -> tuple[subprocess.Popen, str | None]:
    """A Prefect server for this process (PREFECT_API_URL must be set before Prefect is
    imported), on a fresh Postgres database (what a server shared by several workers runs on)
    or on SQLite. Returns the server and the Postgres database to drop afterwards."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(TMP / "prefect-server"), "PREFECT_UI_ENABLED": "false", "PREFECT_API_URL": ""}
    pg_name = None
    if database == "postgres":
        import psycopg

        pg_name = f"leadflow_bench_prefect_{os.getpid()}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{pg_name}"')
        where = PG_ADMIN_URL.split("://", 1)[1].rsplit("/", 1)[0]  # user@host:port
        env["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = f"postgresql+asyncpg://{where}/{pg_name}"
    log = open(TMP / "prefect-server.log", "w")  # noqa: SIM115 - written until the server stops
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=TMP,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    os.environ["PREFECT_API_URL"] = url
                    return server, pg_name
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"the Prefect server did not start; see {TMP / 'prefect-server.log'}")


def stop_prefect_server(server: subprocess.Popen, pg_name: str | None) -> None:
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    if pg_name:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{pg_name}" WITH (FORCE)')


def postgres_reachable() -> bool:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:
        return False


class AreaAgent:
    """The script of the loopback server: a real agent's habits on a fixed universe."""

    def __init__(self, pms: str, reject_share: float = 0.0):
        from leadflow.discovery.regions import state_cities
        from leadflow.domain.models import place_key

        self.pms, self.place_key = pms, place_key
        self.reject_every = round(1 / reject_share) if reject_share else 0
        self.universe: dict[str, list[tuple[float, str, str, str]]] = {}  # state -> (prominence, domain, name, city)
        self.state_cities = state_cities
        self.prompts: list[str] = []
        self.shared = 0  # prompt tokens shared with an earlier prompt (a cacheable prefix)
        self.lock = threading.Lock()

    def companies(self, state: str) -> list[tuple[float, str, str, str]]:
        if state not in self.universe:
            rows = []
            for c in self.state_cities(state):
                slug = self.place_key(c.name).replace(" ", "")
                for i in range(max(1, round(c.population / 10_000))):
                    name = f"{FIRST[i % 20]} {SECOND[i // 20 % 8]} {THIRD[i // 160 % 8]}"
                    rows.append((c.population / (i + 1), f"{slug}-{i}-{state.lower()}.test", name, c.name))
            self.universe[state] = sorted(rows, key=lambda r: -r[0])
        return self.universe[state]

    def __call__(self, call) -> list[dict]:
        from fake_openai import PORTALS

        excluded = set(call.excluded)
        places = {self.place_key(p) for p in call.places}
        out = []
        for _, domain, name, city in self.companies(call.state):
            if len(out) >= call.want:
                break
            if domain in excluded or (places and self.place_key(city) not in places):
                continue
            account = domain.split(".")[0].replace("-", "")
            evidence = PORTALS.get(call.pms, PORTALS["Buildium"]).format(a=account)
            if self.reject_every and (len(out) + 1) % self.reject_every == 0:
                evidence = None  # the agent could not prove the PMS: rejected no_pms_evidence
            out.append(
                {"name": name, "domain": domain, "city": city, "state": call.state, "pms": call.pms, "evidence_url": evidence}
            )
        return out

    def tokens(self, call) -> tuple[int, int]:
        """(prompt tokens, cached tokens) as OpenAI would report them for this prompt; the
        prefix it shares with an earlier prompt is kept in `shared` (what a cache without
        OpenAI's 1,024-token minimum could serve)."""
        prompt = call.prompt
        with self.lock:
            shared = max((_common_prefix(prompt, p) for p in self.prompts[-50:]), default=0)
            self.prompts.append(prompt)
            self.shared += shared // 4
        tokens = math.ceil(len(prompt) / 4)
        cached = (shared // 4) // 128 * 128 if tokens >= 1024 else 0
        return tokens, min(cached, tokens)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def run(
    agent_server,
    script,
    *,
    latency: float,
    quantity: int,
    batch_size: int = 10,
    parallel: int = 1,
    state: str = "TX",
    pms: str = "Buildium",
) -> dict:
    from leadflow.app import reading
    from leadflow.flows.lead_list import lead_list, local_run, run_summary
    from leadflow.store import UnitOfWork

    agent_server.reset(script)
    agent_server.delay = latency
    agent_server.count_tokens = script.tokens
    started = time.perf_counter()
    with local_run():  # as `leadflow run` starts it (no flow-run heartbeat: see local_run)
        s = run_summary(
            lead_list(
                pms=pms,
                state=state,
                quantity=quantity,
                source="openai",
                verify=False,
                batch_size=batch_size,
                parallel=parallel,
                options={"max_loops": 1000},
                return_state=True,
            )
        )
    wall = time.perf_counter() - started
    with UnitOfWork() as uow:
        rows = reading.batch_table(uow, s.run_id)
    loops: dict[int, int] = {}
    for b in rows:  # the agent's part of the wall time: the slowest call of every loop
        loops[b.loop] = max(loops.get(b.loop, 0), b.latency_ms)
    agent_s = sum(loops.values()) / 1000
    return {
        "s": s,
        "wall": wall,
        "agent_s": agent_s,
        "loops": len(loops),
        "batches": len(rows),
        "overhead_ms": 1000 * (wall - agent_s) / max(1, len(rows)),
        "overhead_loop_ms": 1000 * (wall - agent_s) / max(1, len(loops)),
        "asked": sum(b.requested for b in rows),
        "over": s.rejected.get("over_target", 0),
        "over_share": s.over_target_tokens / max(1, s.prompt_tokens + s.completion_tokens),
        "max_excl": max((len(c.excluded) for c in agent_server.calls), default=0),
        "shared": script.shared / max(1, s.prompt_tokens),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=4.0, help="seconds per agent call (parallel vs sequential)")
    parser.add_argument("--fast-latency", type=float, default=0.05, help="seconds per agent call (run sizes)")
    parser.add_argument("--sizes", default="25,100,500")
    parser.add_argument("--slots", type=int, default=20, help="slots of the leadflow-agent-calls limit")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each kind in the overhead table")
    parser.add_argument(
        "--parts",
        default="parallel,sizes,overhead,stalls,longtail",
        help="which tables: parallel (vs sequential), sizes (run size), overhead, stalls (issue 21), "
        "longtail (lognormal call times)",
    )
    parser.add_argument(
        "--prefect-db",
        default="sqlite,postgres",
        help="the Prefect server's databases, one case each in this order (postgres: when 127.0.0.1:5432 answers)",
    )
    parser.add_argument("--stall-latency", type=float, default=1.0, help="seconds per agent call (stalls table)")
    parser.add_argument("--longtail-seeds", default="21,22,23", help="long tail: one run per seed of the call times")
    parser.add_argument("--verbose", action="store_true", help="stalls table: every run's gaps and slot waits")
    args = parser.parse_args()
    if "," in args.prefect_db:
        raise SystemExit(_database_cases(args.prefect_db.split(",")))
    if args.prefect_db not in ("sqlite", "postgres"):
        raise SystemExit(f"--prefect-db: {args.prefect_db!r} is not sqlite or postgres")
    server, pg_name = start_prefect_server(args.prefect_db)
    try:
        _bench(args)
    finally:
        if "prefect" in sys.modules:  # deliver queued log lines before the server goes away
            from prefect.logging.handlers import APILogWorker

            APILogWorker.drain_all(timeout=5)
        stop_prefect_server(server, pg_name)


def _set_limit(slots: int | None) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

    from leadflow.tasks.rate_limit import AGENT_CALLS_LIMIT, _LimitState, give_back_slots

    give_back_slots()  # slots of the limit about to be replaced
    with get_client(sync_client=True) as client:
        try:
            client.delete_global_concurrency_limit_by_name(AGENT_CALLS_LIMIT)
        except Exception:
            pass
        if slots:
            client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=AGENT_CALLS_LIMIT, limit=slots))
    _LimitState.missing_since = None  # look again at the next call


def _bench(args) -> None:
    from fake_openai import FakeOpenAI

    from leadflow.tasks.rate_limit import AGENT_CALLS_LIMIT

    _set_limit(args.slots)
    agent = FakeOpenAI().start()
    os.environ.update(OPENAI_API_KEY="sk-bench", OPENAI_BASE_URL=agent.base_url, LEADFLOW_MODEL="bench")
    from leadflow.flows.lead_list import lead_list

    lead_list(pms="Buildium", state="TX", quantity=1, source="openai", verify=False)  # warm-up: imports, caches
    lat = args.latency
    print(
        f"Loopback agent, TX, Buildium, batch size 10, verify=False; Prefect server on {args.prefect_db} with "
        f"{AGENT_CALLS_LIMIT} ({args.slots} slots: every call takes one, none waits); SQLite lead store\n"
    )

    parts = set(args.parts.split(","))
    if "parallel" in parts:
        _parallel_table(agent, lat)
    if "sizes" in parts:
        _sizes_table(agent, args)
    if "overhead" in parts:
        _overhead_table(agent, args)
    if "stalls" in parts:
        _stalls_table(agent, args)
    if "longtail" in parts:
        _longtail_table(agent, [int(x) for x in args.longtail_seeds.split(",")])
    agent.stop()


def _parallel_table(agent, lat: float) -> None:
    print(f"50 companies, {lat:g} s a call")
    header = (
        f"{'run':30} {'wall s':>7} {'ideal s':>7} {'x ideal':>7} {'par/seq':>7} {'loops':>5} {'calls':>5} "
        f"{'x min':>5} {'asked':>5} {'over_target (tok)':>17} {'overhead ms/batch':>17}"
    )
    print(header)
    print("-" * len(header))
    for share in (0.0, 0.2):
        seq = None
        for k in (1, 5):
            r = run(agent, AreaAgent("Buildium", share), latency=lat, quantity=50, parallel=k)
            s = r["s"]
            ideal = lat * math.ceil(r["batches"] / k)
            seq = seq or r["wall"]
            name = f"{'sequential' if k == 1 else f'--parallel {k}'}{', 20% rejected' if share else ''}"
            print(
                f"{name:30} {r['wall']:7.2f} {ideal:7.2f} {r['wall'] / ideal:7.2f} "
                f"{(r['wall'] / seq if k > 1 else 1.0):7.2f} {r['loops']:5d} {s.llm_calls:5d} "
                f"{s.llm_calls / math.ceil(50 / 10):5.2f} {r['asked']:5d} {r['over']:6d} ({r['over_share']:5.1%}) "
                f"{r['overhead_ms']:17.0f}   {s.status} {s.companies_ready}/50"
            )


def _sizes_table(agent, args) -> None:
    from leadflow.domain.planning import region_count

    print(f"\nRun size, sequential, {args.fast_latency:g} s a call")
    header = (
        f"{'companies':>9} {'calls':>5} {'leads/call':>10} {'regions':>7} {'max excl':>8} {'prompt tok':>10} "
        f"{'prompt tok/lead':>15} {'vs 25':>6} {'cached':>6} {'shared prefix':>13} {'overhead ms/batch':>17}"
    )
    print(header)
    print("-" * len(header))
    base = None
    for q in (int(x) for x in args.sizes.split(",")):
        r = run(agent, AreaAgent("Buildium"), latency=args.fast_latency, quantity=q)
        s = r["s"]
        per_lead = s.prompt_tokens / max(1, s.companies_ready)
        base = base or per_lead
        print(
            f"{q:9d} {s.llm_calls:5d} {s.companies_ready / max(1, s.llm_calls):10.2f} {region_count(q, 1):7d} "
            f"{r['max_excl']:8d} {s.prompt_tokens:10d} {per_lead:15.1f} {per_lead / base:6.2f} "
            f"{s.cached_tokens:6d} {r['shared']:13.0%} {r['overhead_ms']:17.0f}   {s.status} {s.companies_ready}/{q}"
        )


def _overhead_table(agent, args) -> None:
    """Wall minus agent time: the median of `--repeat` runs of each kind (a busy 2-core
    machine varies by tens of milliseconds from one run to the next)."""
    print(
        f"\nOrchestration overhead (wall minus agent time), 50 companies, {args.fast_latency:g} s a call, "
        f"median of {args.repeat} runs"
    )
    header = f"{'run':46} {'ms/batch':>8} {'ms/loop':>8} {'runs (ms/batch)':>24}"
    print(header)
    print("-" * len(header))
    for slots in (args.slots, None):
        _set_limit(slots)
        for k in (1, 5):
            rs = [
                run(agent, AreaAgent("Buildium"), latency=args.fast_latency, quantity=50, parallel=k) for _ in range(args.repeat)
            ]
            name = (
                f"{'sequential' if k == 1 else f'--parallel {k}'}, "
                f"{'with the limit (a slot per call)' if slots else 'no limit (unthrottled)'}"
            )
            each = ", ".join(f"{r['overhead_ms']:.0f}" for r in rs)
            print(
                f"{name:46} {statistics.median(r['overhead_ms'] for r in rs):8.0f} "
                f"{statistics.median(r['overhead_loop_ms'] for r in rs):8.0f} {each:>24}"
            )
    _set_limit(args.slots)


# --- the Prefect server's database as a case; stalls on it (issue 21, items 2 and 4) --------------------


def _database_cases(databases: list[str]) -> int:
    """Each database a process of its own (`--prefect-db <one>`), SQLite first; PostgreSQL only
    when it answers. The exit code: the first that failed, else 0."""
    argv = [a for i, a in enumerate(sys.argv[1:]) if a != "--prefect-db" and sys.argv[i] != "--prefect-db"]
    argv = [a for a in argv if not a.startswith("--prefect-db=")]
    failed = 0
    for db in databases:
        if db == "postgres" and not postgres_reachable():
            print(f"\n=== Prefect server on postgres: skipped, nothing answers at {PG_ADMIN_URL}\n", flush=True)
            continue
        what = " (prefect server start, its default database)" if db == "sqlite" else ""
        print(f"\n=== Prefect server on {db}{what}\n", flush=True)
        code = subprocess.run([sys.executable, __file__, *argv, "--prefect-db", db], check=False).returncode
        failed = failed or code
    return failed


def _setup_limit() -> str:
    """The limit as `leadflow setup` creates it (the same step: flows/server_setup.py), from
    nothing; what it says."""
    from leadflow.flows.prefect_server import client
    from leadflow.flows.server_setup import _agent_limit

    _set_limit(None)
    with client() as prefect:
        step = _agent_limit(prefect, None, None, check=False)
    return step.detail


class _SlotWatch:
    """How long each agent call waited in `agent_call_slot` (tasks/discover.py's reference is
    wrapped), and the run log's "waited ... for a slot" lines."""

    def __init__(self) -> None:
        import contextlib
        import logging

        import leadflow.tasks.discover as discover

        self.waits: list[float] = []
        self.said: list[str] = []
        real = discover.agent_call_slot

        @contextlib.contextmanager
        def timed(*a, **kw):
            started = time.monotonic()
            with real(*a, **kw):
                self.waits.append(time.monotonic() - started)
                yield

        discover.agent_call_slot = timed
        watch = self

        class Said(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if "for a slot" in record.getMessage():
                    watch.said.append(record.getMessage())

        logging.getLogger("prefect.task_runs").addHandler(Said(logging.INFO))

    def clear(self) -> None:
        self.waits.clear()
        self.said.clear()


def _stalled_run(agent, watch: _SlotWatch, latency: float) -> dict:
    """One sequential run of 50 companies, tagged like `leadflow run` tags it; the gaps between
    agent calls (a call ends `latency` after it arrived)."""
    from prefect import tags

    from leadflow.flows.artifacts import lead_run_tags

    watch.clear()
    started = time.monotonic()
    with tags(*lead_run_tags("Buildium", "TX", None)):
        r = run(agent, AreaAgent("Buildium"), latency=latency, quantity=50)
    ended = time.monotonic()
    arrivals = sorted(c.at for c in agent.calls)
    gaps = [b - (a + latency) for a, b in zip(arrivals, arrivals[1:], strict=False)]
    r.update(
        gaps=gaps,
        first=(arrivals[0] - started) if arrivals else 0.0,
        last=(ended - arrivals[-1] - latency) if arrivals else 0.0,
        waits=list(watch.waits),
        said=len(watch.said),
    )
    return r


def _stalls_table(agent, args) -> None:
    """Sequential, 50 companies, batch 10: orchestration overhead per batch, the longest stall
    between calls and the longest slot wait, without the limit and with the one `leadflow setup`
    creates. Medians and maxima over `--repeat` runs."""
    lat = args.stall_latency
    watch = _SlotWatch()
    print(f"\nStalls (issue 21): sequential, 50 companies, batch 10, {lat:g} s a call, {args.repeat} runs each")
    header = (
        f"{'run':52} {'ms/batch':>8} {'max stall ms':>12} {'max slot wait ms':>16} {'waited lines':>12} "
        f"{'start ms':>8} {'end ms':>6}"
    )
    print(header)
    print("-" * len(header))
    for limit in (False, True):
        detail = _setup_limit() if limit else (_set_limit(None) or "")
        rs = [_stalled_run(agent, watch, lat) for _ in range(args.repeat)]
        for r in rs if args.verbose else ():
            print(f"  gaps ms {[round(1000 * g) for g in r['gaps']]}, slot waits ms {[round(1000 * w) for w in r['waits']]}")
        name = f"with leadflow setup's limit ({detail})" if limit else "no limit"
        ends = ", ".join(f"{r['s'].status} {r['s'].companies_ready}/50" for r in rs)
        print(
            f"{name:52} {statistics.median(r['overhead_ms'] for r in rs):8.0f} "
            f"{1000 * max(max(r['gaps'], default=0.0) for r in rs):12.0f} "
            f"{1000 * max(max(r['waits'], default=0.0) for r in rs):16.0f} {sum(r['said'] for r in rs):12d} "
            f"{1000 * statistics.median(r['first'] for r in rs):8.0f} {1000 * statistics.median(r['last'] for r in rs):6.0f}"
            f"   {ends}"
        )
    _set_limit(args.slots)


def _longtail_table(
    agent, seeds: list[int], quantity: int = 200, parallel: int = 5, mean: float = 2.0, sigma: float = 0.8
) -> None:
    """Issue 21 item 3: call times drawn lognormal (mean 2 s, sigma 0.8), 200 companies at
    --parallel 5, one run per seed. The goal: wall at most 1.3x the sum of call times / 5
    (batches pipelined: a freed slot starts the next batch instead of waiting for the loop's
    slowest call). Each row also shows the floor: the same calls on 5 slots with no overhead,
    each started when a slot frees (list scheduling), which is what any pipeline that neither
    knows a call's length in advance nor pays for extra calls can reach."""
    print(f"\nLong tail: {quantity} companies, --parallel {parallel}, call times lognormal (mean {mean:g} s, sigma {sigma:g})")
    header = (
        f"{'seed':>4} {'calls':>5} {'longest s':>9} {'sum/5 s':>7} {'wall s':>6} {'ratio':>5} {'floor':>5} "
        f"{'wall/floor':>10}  run"
    )
    print(header)
    print("-" * len(header))
    ratios, floors, over = [], [], []
    for seed in seeds:
        r, drawn = _longtail_run(agent, seed, quantity, parallel, mean, sigma)
        ideal, floor = sum(drawn) / parallel, _list_schedule(drawn, parallel)
        ratios.append(r["wall"] / ideal)
        floors.append(floor / ideal)
        over.append(r["wall"] / floor)
        s = r["s"]
        print(
            f"{seed:4d} {len(drawn):5d} {max(drawn):9.2f} {ideal:7.2f} {r['wall']:6.2f} {ratios[-1]:5.2f} {floors[-1]:5.2f} "
            f"{over[-1]:10.2f}  {s.status} {s.companies_ready}/{quantity}, {r['loops']} loops"
        )
    print(
        f"mean ratio {statistics.mean(ratios):.2f} (goal <= 1.3), mean floor {statistics.mean(floors):.2f}, "
        f"leadflow's wall {statistics.mean(over):.2f}x the floor; over 2,000 simulated draws of 20 such calls "
        f"the floor itself averages {_mean_floor(parallel, mean, sigma):.2f}"
    )


def _longtail_run(agent, seed: int, quantity: int, parallel: int, mean: float, sigma: float) -> tuple[dict, list[float]]:
    """One run whose calls sleep for lognormal times drawn in arrival order from `seed`."""
    import random

    rng, lock = random.Random(seed), threading.Lock()
    mu = math.log(mean) - sigma**2 / 2  # a lognormal whose mean is `mean`
    drawn: list[float] = []
    area = AreaAgent("Buildium")

    def script(call):
        with lock:
            seconds = rng.lognormvariate(mu, sigma)
            drawn.append(seconds)
        time.sleep(seconds)
        return area(call)

    script.tokens, script.shared = area.tokens, 0  # type: ignore[attr-defined]
    return run(agent, script, latency=0.0, quantity=quantity, parallel=parallel), drawn


def _mean_floor(parallel: int, mean: float, sigma: float, calls: int = 20, draws: int = 2000) -> float:
    """The floor's ratio to sum / `parallel`, averaged over simulated draws (seeded)."""
    import random

    rng, mu = random.Random(0), math.log(mean) - sigma**2 / 2
    total = 0.0
    for _ in range(draws):
        seconds = [rng.lognormvariate(mu, sigma) for _ in range(calls)]
        total += _list_schedule(seconds, parallel) / (sum(seconds) / parallel)
    return total / draws


def _list_schedule(seconds: list[float], slots: int) -> float:
    """When the last of these calls ends if each starts, in order, as soon as one of `slots` is
    free and nothing else costs time: the floor for any pipeline that does not know a call's
    length in advance (the sum / slots is reachable only when no call is long)."""
    import heapq

    free = [0.0] * slots
    end = 0.0
    for length in seconds:
        start = heapq.heappop(free)
        end = max(end, start + length)
        heapq.heappush(free, start + length)
    return end


if __name__ == "__main__":
    main()
