"""The rules of the background Prefect server (leadflow/cli/local_server.py,
flows/background_server.py) that need no server: which server a command uses and what it says,
what a record is, whose process a pid is, which clients are alive. The processes themselves
(started, shared, reused, replaced, stopped, idle) are tests/test_local_server.py's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leadflow.cli.local_server import (
    ENTRY,
    Recorded,
    Use,
    folder,
    is_ours,
    prefect_hint,
    read_record,
    stop,
    use_background_server,
    user_server,
)
from leadflow.flows.background_server import live_clients


@pytest.fixture
def no_prefect_config(monkeypatch, tmp_path):
    """No PREFECT_API_URL anywhere: not in the environment, no profile in an empty Prefect home."""
    for key in ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    return tmp_path / "prefect"


@pytest.fixture
def sleeper():
    """A live process that is no background server (someone else's, as far as leadflow knows)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield proc
    proc.kill()
    proc.wait()


def test_a_configured_server_is_the_environments_else_the_active_profiles(no_prefect_config, monkeypatch):
    assert user_server() is None
    no_prefect_config.mkdir()
    profiles = no_prefect_config / "profiles.toml"
    profiles.write_text("not = [toml")
    assert user_server() is None
    profiles.write_text(
        'active = "mine"\n[profiles.mine]\nPREFECT_API_URL = "http://mine:4200/api"\n'
        '[profiles.other]\nPREFECT_API_URL = "http://other:4200/api"\n[profiles.ephemeral]\n'
    )
    assert user_server() == "http://mine:4200/api"
    monkeypatch.setenv("PREFECT_PROFILE", "other")
    assert user_server() == "http://other:4200/api"
    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")
    assert user_server() is None
    monkeypatch.setenv("PREFECT_API_URL", "http://env:4200/api")
    assert user_server() == "http://env:4200/api"


def test_a_configured_server_or_idle_minutes_0_start_nothing_and_make_no_folder(no_prefect_config, monkeypatch, tmp_path):
    home = tmp_path / "lf"
    used = use_background_server(home, 0)
    assert used.how == "off" and not folder(home).exists()
    monkeypatch.setenv("PREFECT_API_URL", "http://mine:4200/api")
    used = use_background_server(home, 20)
    assert used.how == "user" and not folder(home).exists()
    used.ready()  # nothing to wait for


def test_what_a_run_says_about_its_prefect_server():
    assert "temporary local server" in (prefect_hint(Use("off"), 0) or "")
    started = prefect_hint(Use("started"), 0.5) or ""
    assert "started in the background" in started and "after 0.5 idle minutes" in started
    assert "leadflow server stop" in started
    assert prefect_hint(Use("reused"), 20) is None and prefect_hint(Use("user"), 20) is None


def test_a_record_is_a_pid_and_a_url_or_nothing(tmp_path):
    assert read_record(tmp_path) is None
    for junk in ("", "{", "[]", '{"pid": 1}', '{"url": "http://x/api"}', '{"pid": "x", "url": "u"}'):
        (tmp_path / "server.json").write_text(junk)
        assert read_record(tmp_path) is None, junk
    (tmp_path / "server.json").write_text(json.dumps({"pid": 12, "url": "http://127.0.0.1:5/api", "started": 1.0}))
    assert read_record(tmp_path) == Recorded(pid=12, url="http://127.0.0.1:5/api")


def test_ours_is_a_live_process_running_the_background_server(sleeper):
    assert not is_ours(sleeper.pid)  # someone else's, although alive
    ours = subprocess.Popen(
        [sys.executable, "-c", "import time; print('up', flush=True); time.sleep(600)", ENTRY], stdout=subprocess.PIPE, text=True
    )
    try:
        assert ours.stdout is not None and ours.stdout.readline() == "up\n"  # exec'd: before, /proc shows our own command line
        assert is_ours(ours.pid)
    finally:
        ours.kill()
        ours.wait()
    assert not is_ours(ours.pid)  # a killed server is gone


def test_stop_ends_nobody_elses_process_and_forgets_the_record(tmp_path, sleeper):
    home = tmp_path / "lf"
    assert stop(home) is None and not folder(home).exists()
    folder(home).mkdir(parents=True)
    (folder(home) / "server.json").write_text(json.dumps({"pid": sleeper.pid, "url": "http://127.0.0.1:9/api"}))
    assert stop(home) is None
    assert sleeper.poll() is None and not (folder(home) / "server.json").exists()


def test_live_clients_are_counted_and_the_marks_of_gone_ones_removed(tmp_path, sleeper):
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    for name in (str(sleeper.pid), str(ended.pid), "junk"):
        (tmp_path / name).touch()
    assert live_clients(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [str(sleeper.pid)]
    assert live_clients(Path(tmp_path / "none")) == 0


def test_a_run_is_a_client_while_its_process_runs(tmp_path):
    """register_client's mark: there while the process runs, gone when it exits."""
    code = (
        "import os, sys, pathlib; from leadflow.cli.local_server import folder, register_client; "
        "home = pathlib.Path(sys.argv[1]); register_client(home); "
        "print(os.getpid(), sorted(p.name for p in (folder(home) / 'clients').iterdir()))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    pid, marks = done.stdout.split(" ", 1)
    assert marks.strip() == repr([pid])
    assert not any((folder(tmp_path) / "clients").iterdir())
