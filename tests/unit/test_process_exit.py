"""The console script ends without the interpreter's teardown of every module it imported
(about 0.5 CPU-s and 0.7 s after a run, issue 21), yet exits as before: same code, all output
written, every exit handler run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# An object torn down with __main__'s globals says so: the usual teardown prints TEARDOWN.
PROBE = """
import atexit, sys
class Teardown:
    def __del__(self):
        print("TEARDOWN", flush=True)
kept = Teardown()
{before}
sys.stdout.write("BUFFERED ")  # not flushed: a pipe buffers it until exit
import leadflow.cli.main as cli
command = cli.app
def app():  # a handler registered while the command runs, as Prefect's and logging's are
    atexit.register(lambda: print("HANDLER", flush=True))
    command()
cli.app = app
sys.argv = ["leadflow", *sys.argv[1:]]
cli.main()
"""


def probe(tmp_path, *args: str, before: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LEADFLOW_HOME": str(tmp_path), "HOME": str(tmp_path)}
    env.pop("LEADFLOW_DATABASE_URL", None)
    code = PROBE.format(before=before)
    return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)


@pytest.mark.parametrize(
    "args, code, err",
    [
        (["--version"], 0, ""),
        (["run", "--pms", "Foo", "--state", "TX", "--quantity", "5"], 2, "error: pms: unknown PMS 'Foo'"),
        (["server", "status"], 1, ""),
    ],
)
def test_the_console_script_ends_without_teardown_with_its_code_and_output(tmp_path, args, code, err):
    done = probe(tmp_path, *args)
    assert done.returncode == code, done.stdout + done.stderr
    assert done.stdout.startswith("BUFFERED ") and "HANDLER" in done.stdout, done.stdout
    assert "TEARDOWN" not in done.stdout, "the interpreter tore the modules down after all"
    assert err in done.stderr


def test_a_handler_registered_before_main_still_runs(tmp_path):
    """Exit handlers run last-registered first: one registered before main() would run after
    the early end, so main() does not end early then (the usual teardown, as before)."""
    done = probe(tmp_path, "--version", before="atexit.register(lambda: print('EARLIER', flush=True))")
    assert done.returncode == 0, done.stderr
    assert "EARLIER" in done.stdout and "HANDLER" in done.stdout and "TEARDOWN" in done.stdout, done.stdout


def test_an_uncaught_exception_ends_the_usual_way(tmp_path):
    """Only SystemExit (every command's way out) ends early; anything else is Python's as before."""
    done = probe(tmp_path, "--version", before="import typer; typer.Typer.__call__ = lambda self: 1 / 0")
    assert done.returncode == 1 and "ZeroDivisionError" in done.stderr, done.stderr
    assert "HANDLER" in done.stdout and "TEARDOWN" in done.stdout, done.stdout


def test_a_sqlite_store_is_closed_as_before_its_wal_folded_back(tmp_path):
    """The store's connections close before the early end, as the teardown closed them: SQLite
    folds its write-ahead log back into the database and removes it (a copy of leads.db alone
    holds every run)."""
    db = tmp_path / "leads.db"
    env = {**os.environ, "LEADFLOW_HOME": str(tmp_path), "HOME": str(tmp_path), "LEADFLOW_DATABASE_URL": f"sqlite:///{db}"}
    done = subprocess.run(
        [sys.executable, "-m", "leadflow", "status"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert db.exists() and not (tmp_path / "leads.db-wal").exists(), sorted(p.name for p in tmp_path.iterdir())
