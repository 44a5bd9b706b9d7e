"""The quickstart without PREFECT_API_URL: one background Prefect server, started by the first
`leadflow run`, reused by the next, shared by runs started at once, replaced when it is gone,
stopped by `leadflow server stop` or when idle. Real processes; every test stops what it started."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from leadflow.cli.local_server import ENTRY, ensure, folder, healthy, read_record, stop
from leadflow.flows.prefect_schema import seed

QUICKSTART = ("run", "--pms", "Buildium", "--state", "TX", "--quantity", "5")
NOISE = ("Traceback", "sens-o-matic", "telemetry", "Name or service not known", "database is locked")
STARTED = "local server started in the background"


def servers_of(home: Path) -> list[int]:
    """Pids of the background servers whose data folder is `home`'s (at most one, always)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        args = [a.decode(errors="replace") for a in cmdline]
        if ENTRY in args and str(folder(home)) in args:
            found.append(int(proc.name))
    return found


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1].split()[0] == "Z"


def wait_until(condition, timeout: float = 120.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


@pytest.fixture
def fresh_home(tmp_path):
    """A user's first steps: no PREFECT_API_URL, no key, empty homes. Stops the background server
    afterwards and checks that nothing of it is left."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_", "LEADFLOW_", "DO_NOT_TRACK"))}
    home = tmp_path / "lf"
    env.update(HOME=str(tmp_path), LEADFLOW_HOME=str(home), PREFECT_HOME=str(tmp_path / "prefect"))
    yield home, env
    stop(home)
    for pid in servers_of(home):  # a server the record lost track of (a failed test): not left behind
        os.kill(pid, signal.SIGKILL)
    assert not servers_of(home)


def leadflow(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "leadflow", *args], capture_output=True, text=True, timeout=280, env=env)


def recorded(home: Path) -> dict:
    return json.loads((folder(home) / "server.json").read_text())


def quiet(result: subprocess.CompletedProcess) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Run id:" in result.stdout and "completed" in result.stdout
    for noise in NOISE:
        assert noise not in output, output
    return output


def at_once(env: dict, runs: int) -> list[str]:
    """`runs` quickstart runs started together; the output of each (all completed, quietly)."""
    argv = [sys.executable, "-m", "leadflow", *QUICKSTART]
    procs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(runs)]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=280)
        outputs.append(quiet(subprocess.CompletedProcess(proc.args, proc.returncode, out, err)))
    return outputs


def test_runs_at_once_share_one_server_which_outlives_them_a_killed_one_is_replaced_and_stop_leaves_nothing(fresh_home):
    home, env = fresh_home
    env["LEADFLOW_SERVER_IDLE_MINUTES"] = "30"  # reaches the server; it cannot stop by itself during the test
    outputs = at_once(env, 4)
    started = [output for output in outputs if STARTED in output]
    assert len(started) == 1  # one started it, three found it
    assert "leadflow server stop" in started[0] and "after 30 idle minutes" in started[0]  # the one line about it, once
    assert all("Prefect" not in output for output in outputs if STARTED not in output)  # the others: nothing about it
    server = recorded(home)
    assert servers_of(home) == [server["pid"]]  # never a second server, and still up after the runs
    args = Path(f"/proc/{server['pid']}/cmdline").read_bytes().split(b"\0")
    assert args[args.index(b"--idle-minutes") + 1] == b"30.0"
    assert (folder(home) / "migrated").read_text() == version("prefect")  # made from the shipped schema, or migrated
    assert leadflow(env, "server", "status").stdout.count(server["url"]) == 1

    os.kill(server["pid"], signal.SIGKILL)
    wait_until(lambda: gone(server["pid"]), what="the killed server to be gone")
    assert leadflow(env, "server", "status").returncode == 1
    next_run = quiet(leadflow(env, *QUICKSTART))
    assert STARTED in next_run
    replaced = recorded(home)
    assert replaced["pid"] != server["pid"] and servers_of(home) == [replaced["pid"]]

    stopped = leadflow(env, "server", "stop")
    assert stopped.returncode == 0 and f"pid {replaced['pid']}" in stopped.stderr
    assert gone(replaced["pid"]) and not servers_of(home)  # stop returns once the process is gone
    assert not (folder(home) / "server.json").exists()
    assert "No background Prefect server was running" in leadflow(env, "server", "stop").stderr


def test_a_record_naming_someone_elses_process_is_replaced_the_server_is_reused_and_stops_once_idle(fresh_home):
    """At the level of local_server.ensure (what every run calls first): no `leadflow run` needed."""
    home, env = fresh_home
    folder(home).mkdir(parents=True)
    bystander = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    client = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        (folder(home) / "server.json").write_text(json.dumps({"pid": bystander.pid, "url": "http://127.0.0.1:9/api"}))
        (folder(home) / "clients").mkdir()
        (folder(home) / "clients" / str(client.pid)).touch()  # a run using it, as register_client leaves
        started = ensure(home, idle_minutes=0.05)  # three seconds without a client or a request
        assert started.process is not None and bystander.poll() is None  # not ours: left alone
        server = recorded(home)
        assert server["pid"] == started.process.pid != bystander.pid and servers_of(home) == [server["pid"]]
        time.sleep(6)  # twice the idle time: a live client keeps it up
        alive = read_record(folder(home))
        assert servers_of(home) == [server["pid"]] and alive is not None and healthy(alive)
        again = ensure(home, idle_minutes=0.05)  # what the next run finds: this server, reused, nothing started
        assert again.process is None and again.recorded == alive and recorded(home) == server
        client.kill()
        client.wait()
        wait_until(lambda: started.process.poll() is not None, what="the idle server to stop by itself")
        assert started.process.returncode == 0 and not servers_of(home)
        assert leadflow(env, "server", "status").returncode == 1
    finally:
        for proc in (bystander, client):
            proc.kill()
            proc.wait()


def test_a_configured_prefect_api_url_wins(fresh_home, prefect_api_url):
    home, env = fresh_home
    env["PREFECT_API_URL"] = prefect_api_url
    output = quiet(leadflow(env, *QUICKSTART))
    assert "Prefect:" not in output and not folder(home).exists() and not servers_of(home)


def test_with_idle_minutes_0_every_run_has_prefects_temporary_server(fresh_home):
    home, env = fresh_home
    env["LEADFLOW_SERVER_IDLE_MINUTES"] = "0"
    prefect_home = Path(env["PREFECT_HOME"])
    prefect_home.mkdir()  # a Prefect home with a current database, as the shipped schema makes it (the schema
    assert seed(prefect_home / "prefect.db") is True  # test below): the temporary server has nothing to migrate
    output = quiet(leadflow(env, *QUICKSTART))
    assert "temporary local server" in output and not folder(home).exists()


def structure(database: Path) -> dict:
    """What a database holds, independent of the order a migration wrote a table's constraints in:
    per table its columns, foreign keys and indexes; the rows of every table."""
    import sqlite3

    conn = sqlite3.connect(database)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {
            t: (
                conn.execute(f'PRAGMA table_info("{t}")').fetchall(),
                sorted(repr(fk[1:]) for fk in conn.execute(f'PRAGMA foreign_key_list("{t}")')),  # without its number
                sorted(
                    (name, unique, sql, conn.execute(f'PRAGMA index_info("{name}")').fetchall())
                    for name, unique, sql in conn.execute(
                        "SELECT il.name, il.[unique], m.sql FROM pragma_index_list(?) il "
                        "LEFT JOIN sqlite_master m ON m.name = il.name",
                        (t,),
                    )
                ),
                sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"').fetchall())),
            )
            for t in tables
        }
    finally:
        conn.close()


def test_the_shipped_schema_is_what_the_installed_prefects_migrations_make(tmp_path):
    """A new background server's database is made from flows/prefect_sqlite_schema.sql; after a
    Prefect upgrade this fails until `python -m leadflow.flows.prefect_schema` rewrites it."""
    from leadflow.flows.prefect_schema import SCHEMA, installed_revisions, schema_revision, seed

    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from leadflow.flows.prefect_schema import migrated; migrated(pathlib.Path(sys.argv[1]))",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=280,
        env=env,
    )
    assert made.returncode == 0, made.stderr[-2000:]
    assert schema_revision(SCHEMA.read_text()) == installed_revisions()[-1]
    (tmp_path / "seeded").mkdir()
    assert seed(tmp_path / "seeded" / "prefect.db") is True  # at the installed head: no migration to run
    assert seed(tmp_path / "seeded" / "prefect.db") is None  # an existing database is left alone
    migrated_db, seeded_db = structure(tmp_path / "prefect.db"), structure(tmp_path / "seeded" / "prefect.db")
    assert migrated_db.keys() == seeded_db.keys() and len(migrated_db) > 30
    for table in migrated_db:
        assert seeded_db[table] == migrated_db[table], table
