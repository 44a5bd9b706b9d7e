"""The background Prefect server of `leadflow run` when no Prefect server is configured: started
on first use, shared by every later command and by commands started at once, stopped when idle.

Without PREFECT_API_URL (environment or Prefect profile), Prefect would start a temporary server
in every process: 5-15 s each, and more when eight start at once on two cores. Instead the first
command starts one server (`flows/background_server.py`) and records it in
`$LEADFLOW_HOME/prefect-server/server.json` (pid, URL); the next ones find it there. One lock file
(`server.lock`) makes concurrent first runs share one server; a recorded server that is gone or
does not answer is replaced. Each command that uses it leaves its pid in `clients/` while it runs,
and the server stops itself once no client is alive and no request came for
LEADFLOW_SERVER_IDLE_MINUTES (0: no background server, Prefect's temporary one as before).
`leadflow server stop` stops it at once.

No Prefect here: this runs before Prefect is imported (Prefect reads PREFECT_API_URL then).
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from leadflow.domain.errors import LeadflowError

ENTRY = "leadflow.flows.background_server"  # the server process's module, how it is recognised
START_TIMEOUT_SECONDS = 180.0  # a first start migrates a new database: long on a busy 2-core machine


@dataclass(frozen=True)
class Recorded:
    """What server.json says: the server's process and where it answers."""

    pid: int
    url: str  # the API, http://127.0.0.1:PORT/api


def folder(home: Path) -> Path:
    """Where the background server keeps its database, log, record and lock."""
    return home.expanduser() / "prefect-server"


def user_server() -> str | None:
    """The Prefect server the user configured: PREFECT_API_URL in the environment, else in the
    active profile of PREFECT_HOME's profiles.toml (read here: Prefect is not imported yet)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    prefect_home = Path(os.environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or prefect_home / "profiles.toml").expanduser()
    try:
        data = tomllib.loads(profiles.read_text())
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    url = data.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return str(url) if url else None


class Use:
    """Which Prefect server a command uses: "user" (one the user configured), "off" (Prefect's
    temporary one), "started" or "reused" (the background server). `ready()` returns once it
    answers: a server started now comes up while the command imports Prefect and the flow."""

    def __init__(self, how: str, starting: _Starting | None = None) -> None:
        self.how, self._starting = how, starting

    def ready(self) -> None:
        if self._starting is not None:
            self._starting.ready()


def use_background_server(home: Path, idle_minutes: float) -> Use:
    """Before Prefect is imported: point this process at the background server (starting it if
    need be) unless the user configured a server or turned it off."""
    if user_server():
        return Use("user")
    if idle_minutes <= 0:
        return Use("off")
    found = ensure(home, idle_minutes, wait=False)
    os.environ["PREFECT_API_URL"] = found.recorded.url
    register_client(home)
    return Use("started", found) if found.process else Use("reused")


def prefect_hint(used: Use, idle_minutes: float) -> str | None:
    """The one dim line a run prints about its Prefect server, if any."""
    if used.how == "off":
        return (
            "Prefect: temporary local server, run history is not kept. For the UI: "
            "`prefect server start` and `export PREFECT_API_URL=http://127.0.0.1:4200/api`."
        )
    if used.how == "started":
        return (
            f"Prefect: local server started in the background for this and later runs; it stops after "
            f"{idle_minutes:g} idle minutes (now: `leadflow server stop`)."
        )
    return None


def ensure(home: Path, idle_minutes: float, wait: bool = True) -> _Starting:
    """A healthy background server (`.process` is None), or one this call started (`.process`),
    which has answered if `wait`, else answers once its `ready()` returns."""
    base = folder(home)
    recorded = read_record(base)
    if recorded and healthy(recorded):
        return _Starting(recorded)
    lock = _lock(base)  # one starter at a time; the others find its server when they get the lock
    recorded = read_record(base)
    if recorded and healthy(recorded):
        _unlock(lock)
        return _Starting(recorded)
    if recorded and is_ours(recorded.pid):
        _end(recorded.pid)  # a server that does not answer (hung, or half started) is replaced
    starting = _Starting(*_spawn(base, idle_minutes), lock=lock)
    if wait:
        starting.ready()
    return starting


class _Starting:
    """A server found running (no process), or started by this process: recorded, and the lock
    released, once it answers."""

    def __init__(
        self,
        recorded: Recorded,
        process: subprocess.Popen[bytes] | None = None,
        base: Path | None = None,
        lock: IO[str] | None = None,
    ) -> None:
        self.recorded, self.process, self._base, self._lock = recorded, process, base, lock
        if process is not None:
            atexit.register(self._abandon)

    def ready(self) -> None:
        if self._lock is None or self._base is None or self.process is None:
            return
        try:
            if not _wait_healthy(self.process, self.recorded):
                if self.process.poll() is None:
                    _end(self.process.pid)
                raise LeadflowError(
                    f"the local Prefect server did not start (its log: {self._base / 'server.log'}); "
                    "run the command again, or set PREFECT_API_URL to a running Prefect server"
                )
            _write_record(self._base, self.recorded)
        finally:
            _unlock(self._lock)
            self._lock = None

    def _abandon(self) -> None:
        """At exit before `ready()`: a server nobody recorded is not left behind."""
        if self._lock is not None and self.process is not None and self.process.poll() is None:
            _end(self.process.pid)


def stop(home: Path) -> Recorded | None:
    """Stop the background server (what was stopped, or None if none was running)."""
    base = folder(home)
    if not base.exists():
        return None
    with _locked(base):
        recorded = read_record(base)
        (base / "server.json").unlink(missing_ok=True)
        if recorded is None or not is_ours(recorded.pid):
            return None
        _end(recorded.pid)
        return recorded


def read_record(base: Path) -> Recorded | None:
    try:
        data = json.loads((base / "server.json").read_text())
        return Recorded(pid=int(data["pid"]), url=str(data["url"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def healthy(recorded: Recorded, timeout: float = 5.0) -> bool:
    """The recorded process is alive, is a leadflow background server, and answers."""
    if not is_ours(recorded.pid):
        return False
    try:
        with urllib.request.urlopen(f"{recorded.url}/health", timeout=timeout) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def is_ours(pid: int) -> bool:
    """Whether `pid` is a live background server (not a process that took over a dead one's pid)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False  # someone else's process
    try:
        return ENTRY in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return True  # no /proc (macOS): alive is all we can tell


def register_client(home: Path) -> None:
    """Leave this process's pid in `clients/` while it runs: the server does not stop under it."""
    clients = folder(home) / "clients"
    clients.mkdir(parents=True, exist_ok=True)
    mark = clients / str(os.getpid())
    mark.touch()
    atexit.register(mark.unlink, missing_ok=True)


@contextlib.contextmanager
def _locked(base: Path) -> Iterator[None]:
    lock = _lock(base)
    try:
        yield
    finally:
        _unlock(lock)


def _lock(base: Path) -> IO[str]:
    base.mkdir(parents=True, exist_ok=True)
    lock = open(base / "server.lock", "a")  # noqa: SIM115 - held across calls until `_unlock`
    fcntl.flock(lock, fcntl.LOCK_EX)  # released by the kernel if this process dies
    return lock


def _unlock(lock: IO[str]) -> None:
    fcntl.flock(lock, fcntl.LOCK_UN)
    lock.close()


def _spawn(base: Path, idle_minutes: float) -> tuple[Recorded, subprocess.Popen[bytes], Path]:
    port = _free_port()
    with open(base / "server.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", ENTRY, "--port", str(port), "--dir", str(base), "--idle-minutes", str(idle_minutes)],
            env=_server_env(base),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=base,
            start_new_session=True,  # not stopped by the Ctrl-C of the command that started it
        )
    return Recorded(pid=process.pid, url=f"http://127.0.0.1:{port}/api"), process, base


def _wait_healthy(process: subprocess.Popen[bytes], recorded: Recorded) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{recorded.url}/health", timeout=5) as response:
                if response.status == 200:
                    return True
        except OSError:
            time.sleep(0.05)
    return False


def _server_env(base: Path) -> dict[str, str]:
    """The server's own Prefect home and SQLite database; quiet and offline like the CLI."""
    from leadflow.runtime_env import PREFECT_DEFAULTS

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API_URL", "PREFECT_PROFILE"))}
    env.update(PREFECT_DEFAULTS)
    env.update(
        PREFECT_HOME=str(base),
        PREFECT_SERVER_DATABASE_CONNECTION_URL=f"sqlite+aiosqlite:///{base / 'prefect.db'}",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    return env


def _write_record(base: Path, recorded: Recorded) -> None:
    tmp = base / f"server.json.{os.getpid()}"
    tmp.write_text(json.dumps({"pid": recorded.pid, "url": recorded.url, "started": time.time()}))
    tmp.replace(base / "server.json")


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _end(pid: int, grace: float = 15.0) -> None:
    """SIGTERM, then SIGKILL after `grace` seconds; returns once the process is gone."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    while _alive(pid):
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    """Alive and not a zombie: a server started by this process is reaped here."""
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        return " Z " not in Path(f"/proc/{pid}/stat").read_text().split(")", 1)[1][:3]
    except (OSError, IndexError):
        return True
