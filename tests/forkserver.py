"""`leadflow` commands at the price of a fork: a server process imports leadflow, Prefect and
the agent's libraries once, then forks a child per command. Each child is a process of its own
(its pid takes signals, its exit status is the command's, killed by a signal it reads -9), with
the command's arguments, environment, working folder and pipes, run as `python -m leadflow`
would run it. A `leadflow run` as a fresh interpreter spends 3.5-5 CPU-seconds importing before
it does anything; forked, nothing (the suite starts about a hundred of them).

What a fork changes, and how the child puts it back:
- Prefect reads its settings and configures logging when it is imported, which in a fork was
  before the command's environment. The child makes Prefect read them again once the
  command's environment is in place, and again after leadflow applies its Prefect defaults
  (`leadflow.runtime_env.apply_prefect_defaults`: where a fresh process imports Prefect).
- Exit runs what an interpreter's exit runs (non-daemon threads joined, atexit callbacks,
  streams flushed); an uncaught KeyboardInterrupt ends the child by SIGINT, as Python does.
- Commands that run without PREFECT_API_URL (the background server is chosen, and the
  variable set, inside the command) and tests about what a command imports use real
  processes: `popen` falls back to one when the environment has no PREFECT_API_URL.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO, Any

from zygote import end_server

PRELOAD = "import prefect, openai, agents, pandas, rapidfuzz, leadflow.cli.main, leadflow.cli.runs, leadflow.flows.lead_list"

_SERVER = r"""
import atexit, json, os, runpy, selectors, signal, socket, sys, threading, traceback
{preload}


def refresh_prefect():
    import prefect.context, prefect.logging.configuration
    prefect.context.refresh_global_settings_context()
    prefect.logging.configuration.setup_logging(incremental=False)


def child(job, fds, others):
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        for other in others:
            other.close() if hasattr(other, "close") else os.close(other)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(job["cwd"])
        os.environ.clear()
        os.environ.update(job["env"])
        sys.argv = ["-m", *job["args"]]
        refresh_prefect()
        import leadflow.runtime_env as runtime_env
        apply = runtime_env.apply_prefect_defaults

        def apply_then_refresh(*args, **kwargs):
            apply(*args, **kwargs)
            refresh_prefect()

        runtime_env.apply_prefect_defaults = apply_then_refresh
        runpy.run_module(job["module"], run_name="__main__", alter_sys=True)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if not isinstance(exc.code, int | None):
            print(exc.code, file=sys.stderr)
    except KeyboardInterrupt:
        traceback.print_exc()
        code = -signal.SIGINT
    except BaseException:
        traceback.print_exc()
    finally:
        try:
            threading._shutdown()
            atexit._run_exitfuncs()
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            if code == -signal.SIGINT:
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                os.kill(os.getpid(), signal.SIGINT)
            os._exit(code & 0xFF)


if threading.active_count() != 1:
    sys.exit(f"the preload left threads running, a fork would copy them half-done: {{threading.enumerate()}}")
listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
listener.bind(sys.argv[1])
listener.listen(128)
wake_r, wake_w = os.pipe()
os.set_blocking(wake_r, False)
os.set_blocking(wake_w, False)
signal.set_wakeup_fd(wake_w)
signal.signal(signal.SIGCHLD, lambda *_: None)
selector = selectors.DefaultSelector()
selector.register(listener, selectors.EVENT_READ)
selector.register(wake_r, selectors.EVENT_READ)
selector.register(0, selectors.EVENT_READ)  # end of input: the test process is gone
children = {{}}
print("ready", flush=True)
while True:
    for key, _ in selector.select(timeout=1.0):
        if key.fileobj is listener:
            conn, _ = listener.accept()
            message, fds, _, _ = socket.recv_fds(conn, 1 << 20, 3)
            job = json.loads(message)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                child(job, fds, [selector, listener, conn, wake_r, wake_w, *children.values()])
            for fd in fds:
                os.close(fd)
            children[pid] = conn
            conn.send(json.dumps(pid).encode())
        elif key.fileobj == wake_r:
            os.read(wake_r, 4096)
        elif not os.read(0, 4096):
            for pid in children:
                os.kill(pid, signal.SIGKILL)
            sys.exit(0)
    while children:
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            break
        conn = children.pop(pid)
        try:
            conn.send(json.dumps(os.waitstatus_to_exitcode(status)).encode())
        except OSError:
            pass  # the test stopped waiting
        conn.close()
"""


class ForkServer:
    """A fork server for `python` (this interpreter, or a venv's), started now: one set of
    imports, 4-7 CPU-s. Commands without PREFECT_API_URL run as real processes of `python`."""

    def __init__(
        self,
        *,
        python: str = sys.executable,
        preload: str = PRELOAD,
        env: dict[str, str] | None = None,
        cwd: str | Path | None = None,  # where it imports from: a venv's server, outside the checkout
    ) -> None:
        self.python = python
        self._folder = Path(tempfile.mkdtemp(prefix="forkserver-"))
        self.address = str(self._folder / "socket")
        self._process = subprocess.Popen(
            [python, "-c", _SERVER.format(preload=preload), self.address],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,
        )
        assert self._process.stdout is not None
        ready = self._process.stdout.readline()
        if ready.strip() != "ready":
            raise RuntimeError(f"the fork server did not start (exit {self._process.wait()})")

    def popen(
        self,
        module: str,
        args: list[str],
        *,
        env: dict[str, str],
        cwd: str | Path | None = None,
        stdout: Any = None,
        stderr: Any = None,
        text: bool = False,
    ) -> subprocess.Popen[Any] | ForkedProcess:
        """`subprocess.Popen([python, "-m", module, *args], ...)`, forked."""
        if not env.get("PREFECT_API_URL"):
            return subprocess.Popen([self.python, "-m", module, *args], env=env, cwd=cwd, stdout=stdout, stderr=stderr, text=text)
        closing: list[int] = [os.open(os.devnull, os.O_RDONLY)]
        out, out_fd = _pipe_end(stdout, closing, text)
        err, err_fd = (None, out_fd) if stderr == subprocess.STDOUT else _pipe_end(stderr, closing, text)
        job = {"module": module, "args": args, "env": env, "cwd": str(cwd or os.getcwd())}
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            conn.connect(self.address)
            socket.send_fds(conn, [json.dumps(job).encode()], [closing[0], out_fd, err_fd])
            pid = json.loads(conn.recv(64))
        finally:
            for fd in closing:
                os.close(fd)
        return ForkedProcess([self.python, "-m", module, *args], conn, pid, out, err)

    def run(
        self, module: str, args: list[str], *, env: dict[str, str], cwd: str | Path | None = None, timeout: float = 180
    ) -> subprocess.CompletedProcess[Any]:
        """`subprocess.run([python, "-m", module, *args], capture_output=True, text=True, ...)`."""
        proc = self.popen(module, args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        assert proc.returncode is not None
        return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)

    def close(self) -> None:
        end_server(self._process)
        Path(self.address).unlink(missing_ok=True)
        self._folder.rmdir()


def _pipe_end(spec: Any, closing: list[int], text: bool) -> tuple[IO[Any] | None, int]:
    """(the test's end or None, the child's fd) for a Popen stdout/stderr argument."""
    if spec == subprocess.PIPE:
        read, write = os.pipe()
        closing.append(write)
        return (open(read, encoding="utf-8", errors="replace") if text else open(read, "rb")), write  # noqa: SIM115
    if spec == subprocess.DEVNULL:
        closing.append(os.open(os.devnull, os.O_WRONLY))
        return None, closing[-1]
    if spec is None:
        return None, 1
    return None, spec if isinstance(spec, int) else spec.fileno()


class ForkedProcess:
    """The part of `subprocess.Popen` the tests use, for a child of the fork server."""

    def __init__(self, args: list[str], conn: socket.socket, pid: int, out: IO[Any] | None, err: IO[Any] | None):
        self.args, self.pid, self.returncode = args, pid, None
        self.stdout, self.stderr = out, err
        self._read: dict[str, Any] = {}
        self._readers: list[threading.Thread] = []
        # One thread takes the exit status off the socket; any number of threads may wait for it
        # (as with Popen: a test waits for the command while its outage thread waits too).
        self._exited = threading.Event()
        threading.Thread(target=self._await_exit, args=(conn,), daemon=True).start()

    def _await_exit(self, conn: socket.socket) -> None:
        try:
            message = conn.recv(64)
        except OSError:
            message = b""
        finally:
            conn.close()
        if message:
            self.returncode = json.loads(message)
        self._exited.set()

    def _status(self) -> int:
        if self.returncode is None:
            raise RuntimeError(f"the fork server went away while {self.args} ran")
        return self.returncode

    def poll(self) -> int | None:
        return self._status() if self._exited.is_set() else None

    def wait(self, timeout: float | None = None) -> int:
        if not self._exited.wait(timeout):
            raise subprocess.TimeoutExpired(self.args, timeout or 0)
        return self._status()

    def send_signal(self, sig: int) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, sig)
            except ProcessLookupError:  # it ended meanwhile (Popen ignores that too)
                pass

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def communicate(self, timeout: float | None = None) -> tuple[Any, Any]:
        """Read both pipes to their end, then wait; TimeoutExpired can be retried, as Popen's."""
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._readers:
            for name, stream in (("stdout", self.stdout), ("stderr", self.stderr)):
                if stream is not None:
                    reader = threading.Thread(target=self._read_all, args=(name, stream), daemon=True)
                    reader.start()
                    self._readers.append(reader)
        for reader in self._readers:
            reader.join(None if deadline is None else max(0.0, deadline - time.monotonic()))
            if reader.is_alive():
                raise subprocess.TimeoutExpired(self.args, timeout or 0)
        self.wait(None if deadline is None else max(0.01, deadline - time.monotonic()))
        return self._read.get("stdout"), self._read.get("stderr")

    def _read_all(self, name: str, stream: IO[Any]) -> None:
        with stream:
            self._read[name] = stream.read()

    def __enter__(self) -> ForkedProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        for stream in (self.stdout, self.stderr):
            if stream is not None and not self._readers:
                stream.close()
        self.wait()


real_processes = False  # True: `popen` and `run` start real processes (bench/crash_bench.py: users' costs)
_server: ForkServer | None = None
_server_lock = threading.Lock()


def _default() -> ForkServer:
    global _server
    with _server_lock:
        if _server is None:
            _server = ForkServer(env=dict(os.environ))
        return _server


def popen(
    args: list[str], *, env: dict[str, str], module: str = "leadflow", **kwargs: Any
) -> subprocess.Popen[Any] | ForkedProcess:
    """`subprocess.Popen([sys.executable, "-m", module, *args], env=env, **kwargs)` (module:
    `leadflow` or `prefect`), forked from this test process's fork server (started on first use)."""
    if real_processes:
        return subprocess.Popen([sys.executable, "-m", module, *args], env=env, **kwargs)
    return _default().popen(module, args, env=env, **kwargs)


def run(args: list[str], *, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[Any]:
    """`subprocess.run([sys.executable, "-m", "leadflow", *args], capture_output=True, text=True,
    timeout=timeout, env=env)`, forked when `popen` would."""
    if real_processes:
        return subprocess.run([sys.executable, "-m", "leadflow", *args], env=env, capture_output=True, text=True, timeout=timeout)
    return _default().run("leadflow", args, env=env, timeout=timeout)


def close() -> None:
    """End this process's fork server (and any child still running)."""
    global _server
    if _server is not None:
        _server.close()
        _server = None
