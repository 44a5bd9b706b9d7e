"""How long the read-only CLI commands take, and what they import.

    python bench/cli_bench.py [--repeat 5]

A fresh LEADFLOW_HOME gets one run from the bundled sample directory (`leadflow run`, which
starts Prefect's temporary server once); then each command runs `--repeat` times in a new
process, and the script prints the median and worst wall time and whether the heavy modules
(the agent SDK, pandas, rapidfuzz, Prefect) were imported. Goal (issue 21): `leadflow status`
under 0.8 s on a quiet 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HEAVY = ("openai", "pandas", "rapidfuzz", "prefect", "agents", "httpx")
PROBE = (
    "import runpy, sys, json, atexit\n"
    "atexit.register(lambda: sys.stderr.write('MODULES ' + json.dumps(sorted({m.split('.')[0] for m in sys.modules}))"
    " + '\\n'))\n"
    "sys.argv = ['leadflow'] + sys.argv[1:]\n"
    "from leadflow.cli.main import main\n"
    "main()\n"
)


def _run(args: list[str], env: dict) -> tuple[float, set[str], int]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - started
    line = next((ln for ln in done.stderr.splitlines() if ln.startswith("MODULES ")), "MODULES []")
    return wall, set(json.loads(line.removeprefix("MODULES "))), done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    home = tempfile.mkdtemp(prefix="leadflow-cli-bench-")
    env = {**os.environ, "LEADFLOW_HOME": home, "DO_NOT_TRACK": "1", "LEADFLOW_SERVER_IDLE_MINUTES": "0"}  # no server left
    for name in ("LEADFLOW_DATABASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "PREFECT_API_URL"):
        env.pop(name, None)
    made = subprocess.run(
        [sys.executable, "-m", "leadflow", "run", "--pms", "Buildium", "--state", "TX", "--quantity", "5", "--json"],
        env=env,
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        sys.exit(f"could not make a run: {made.stderr.strip()[-300:]}")
    rid = json.loads(made.stdout.strip().splitlines()[-1])["run_id"]
    commands = {
        "status": ["status"],
        "status RUN_ID --json": ["status", rid, "--json"],
        "export RUN_ID -o x.csv": ["export", rid, "-o", os.path.join(home, "x.csv")],
        "lists ls": ["lists", "ls"],
        "--help": ["--help"],
    }
    print(f"{'command':26} {'median s':>9} {'worst s':>8}  heavy modules imported")
    for label, args in commands.items():
        walls, heavy, codes = [], set(), set()
        for _ in range(repeat):
            wall, modules, code = _run(args, env)
            walls.append(wall)
            heavy |= modules & set(HEAVY)
            codes.add(code)
        note = ", ".join(sorted(heavy)) or "none"
        print(
            f"{label:26} {statistics.median(walls):9.2f} {max(walls):8.2f}  {note}"
            + (f"  (exit {sorted(codes)})" if codes != {0} else "")
        )


if __name__ == "__main__":
    main()
