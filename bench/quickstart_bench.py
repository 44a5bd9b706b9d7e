"""The quickstart's fixed cost: `leadflow run --pms Buildium --state TX --quantity 25`, end to end.

    python bench/quickstart_bench.py [--repeat 3] [--at-once 8] [--cases temporary,fresh,warm,restart,at-once]

Every case runs the installed command in new processes with no PREFECT_API_URL and no key (the
bundled sample directory), as a new user does:

- temporary: LEADFLOW_SERVER_IDLE_MINUTES=0, Prefect's temporary server in every run (before);
- fresh:     new LEADFLOW_HOME and PREFECT_HOME: the run starts the background server;
- warm:      the same homes again, the background server running (what every later run costs);
- restart:   warm homes, the server stopped (idle) before the run: it starts again;
- at-once:   `--at-once` runs started together on new homes (they share one server).

It prints wall seconds (median and worst) and the client's CPU seconds, and the load average
before each case: figures taken on a busy machine are not quiet figures. Goals (issue 21, quiet
2-core machine): warm at most 4 s, fresh at most 12 s, 8 at once all complete. Every server it
starts is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leadflow.cli.local_server import stop  # noqa: E402 - after the checkout is on the path

QUICKSTART = ["run", "--pms", "Buildium", "--state", "TX", "--quantity", "25"]
TMP = Path(tempfile.mkdtemp(prefix="leadflow-quickstart-bench-"))
HOMES: list[Path] = []


def new_home(**extra: str) -> tuple[Path, dict[str, str]]:
    base = Path(tempfile.mkdtemp(dir=TMP))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "LEADFLOW_", "OPENAI_", "DO_NOT_TRACK"))}
    env.update(HOME=str(base), LEADFLOW_HOME=str(base / "lf"), PREFECT_HOME=str(base / "prefect"), **extra)
    HOMES.append(base / "lf")
    return base / "lf", env


def start(env: dict[str, str]) -> tuple[subprocess.Popen[str], float]:
    command = shutil.which("leadflow") or sys.executable
    args = [command, *QUICKSTART] if command != sys.executable else [command, "-m", "leadflow", *QUICKSTART]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True), time.perf_counter()


def finish(proc: subprocess.Popen[str], began: float) -> tuple[float, float]:
    """Wall seconds, client CPU seconds (this process's children, the server excluded)."""
    before = os.times()
    out, err = proc.communicate(timeout=900)
    wall = time.perf_counter() - began
    after = os.times()
    if proc.returncode != 0:
        sys.exit(f"the quickstart failed ({proc.returncode}): {(out + err).strip()[-500:]}")
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def one(env: dict[str, str]) -> tuple[float, float]:
    return finish(*start(env))


def case(name: str, runs: list[tuple[float, float]]) -> None:
    walls = [w for w, _ in runs]
    cpu = statistics.median(c for _, c in runs)
    print(
        f"{name:<10} runs {len(runs):>2}  wall median {statistics.median(walls):6.1f} s  worst {max(walls):6.1f} s"
        f"  client cpu {cpu:5.1f} s",
        flush=True,
    )


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--at-once", type=int, default=8)
    parser.add_argument("--cases", default="temporary,fresh,warm,restart,at-once")
    args = parser.parse_args()
    cases = args.cases.split(",")
    print(f"{os.cpu_count()} cores; {load()} at the start", flush=True)
    try:
        if "temporary" in cases:
            _, env = new_home(LEADFLOW_SERVER_IDLE_MINUTES="0")
            one(env)  # the first makes Prefect's home; the temporary server starts anew every time
            print(f"  [{load()}]", flush=True)
            case("temporary", [one(env) for _ in range(args.repeat)])
        warm_envs = []
        if {"fresh", "warm", "restart"} & set(cases):
            print(f"  [{load()}]", flush=True)
            fresh = []
            for _ in range(args.repeat):
                home, env = new_home()
                fresh.append(one(env))
                warm_envs.append((home, env))
            if "fresh" in cases:
                case("fresh", fresh)
        if "warm" in cases:
            print(f"  [{load()}]", flush=True)
            case("warm", [one(env) for _, env in warm_envs])
        if "restart" in cases:
            print(f"  [{load()}]", flush=True)
            runs = []
            for home, env in warm_envs:
                stop(home)
                runs.append(one(env))
            case("restart", runs)
        if "at-once" in cases:
            print(f"  [{load()}]", flush=True)
            home, env = new_home()
            started = [start(env) for _ in range(args.at_once)]
            case("at-once", [finish(*s) for s in started])
            print(f"  all {args.at_once} completed (exit 0)", flush=True)
    finally:
        for home in HOMES:
            stop(home)
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
