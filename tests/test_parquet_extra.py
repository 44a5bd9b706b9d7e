"""Parquet is an extra (`pip install 'leadflow[parquet]'`: pyarrow, 170 MB). Without pyarrow, a
.parquet export or a standing list delivering .parquet is bad input: one line naming what to
install, exit 2, nothing written. The real CLI in a subprocess where `import pyarrow` fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# As if pyarrow were not installed: `import pyarrow` raises ImportError, find_spec finds nothing.
# The CLI then runs as the console script does; what it imported is printed as it exits.
WITHOUT_PYARROW = """
import sys
sys.modules["pyarrow"] = None
from leadflow.cli.main import main
try:
    main()
finally:
    print("IMPORTED", sorted({m.split(".")[0] for m in sys.modules if sys.modules[m]} & {"pandas", "pyarrow"}))
"""
NEEDS = "pip install 'leadflow[parquet]'"


def leadflow(home: Path, *args: str, pyarrow: bool = False) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEADFLOW_HOME": str(home), "HOME": str(home)}
    env.pop("LEADFLOW_DATABASE_URL", None)
    code = "from leadflow.cli.main import main; main()" if pyarrow else WITHOUT_PYARROW
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120)


def refused(done: subprocess.CompletedProcess[str], field: str) -> None:
    assert done.returncode == 2, done.stdout + done.stderr
    assert done.stderr == f"error: {field}: .parquet files need pyarrow, which is not installed: {NEEDS}\n", done.stderr
    assert "IMPORTED []" in done.stdout  # the check imports neither pandas nor pyarrow


def test_a_parquet_export_without_pyarrow_is_refused_before_the_store_is_opened(tmp_path):
    out = tmp_path / "leads.parquet"
    refused(leadflow(tmp_path, "export", "r1", "-o", str(out)), "-o")
    assert not out.exists() and not (tmp_path / "leads.db").exists()  # nothing written, not even a store
    # Other formats still work without pyarrow (here: the store is opened and has no such run) ...
    csv = leadflow(tmp_path, "export", "r1", "-o", str(tmp_path / "leads.csv"))
    assert csv.returncode == 2 and "no run with id 'r1'" in csv.stderr, csv.stderr
    # ... and with pyarrow installed (the dev extra) the same .parquet export gets that far too.
    installed = leadflow(tmp_path, "export", "r1", "-o", str(out), pyarrow=True)
    assert installed.returncode == 2 and "no run with id 'r1'" in installed.stderr, installed.stderr


@pytest.mark.parametrize("deliver", ["leads.parquet", "{night}/leads.PARQUET"])
def test_a_standing_list_delivering_parquet_without_pyarrow_is_not_added(tmp_path, deliver):
    add = ["lists", "add", "tx-pq", "--pms", "Buildium", "--state", "TX", "--quantity", "5", "--source", "sample"]
    refused(leadflow(tmp_path, *add, "--deliver", str(tmp_path / deliver)), "deliver")
    listed = leadflow(tmp_path, "lists", "ls", "--json", pyarrow=True)
    assert listed.returncode == 0 and "tx-pq" not in listed.stdout, listed.stdout + listed.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if "parquet" in p.name.lower()) == []
    added = leadflow(tmp_path, *add, "--deliver", str(tmp_path / deliver), pyarrow=True)  # the dev extra has pyarrow
    assert added.returncode == 0, added.stderr
    assert "tx-pq" in leadflow(tmp_path, "lists", "ls", "--json", pyarrow=True).stdout
