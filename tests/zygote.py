"""Fresh interpreters at the price of a fork: a Python process that runs `preload` once, then
forks a child per job. A child starts from the state `python -c "<preload>"` leaves (the modules
it imported, nothing else of the test process), runs the job's code with the job's working
folder, environment and argv, and exits; the next job starts from the same untouched state.

For tests that need a fresh interpreter per case (what a command imports, import-linter on a
copy of the tree) where most of each interpreter's time is the same imports: their cost is
paid once per zygote instead of once per case. The preload must not read the environment or
the working folder at import (a job's own are set only in its child).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_SERVER = r"""
import json, os, sys, traceback
{preload}
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            out = os.open(job["stdout"], os.O_WRONLY | os.O_TRUNC)
            err = os.open(job["stderr"], os.O_WRONLY | os.O_TRUNC)
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0), os.dup2(out, 1), os.dup2(err, 2)
            os.chdir(job["cwd"])
            os.environ.clear()
            os.environ.update(job["env"])
            sys.argv = job["argv"]
            try:
                exec(compile(job["code"], "<job>", "exec"), {{"__name__": "__main__"}})
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
                if not isinstance(exc.code, int | None):
                    print(exc.code, file=sys.stderr)
            except BaseException:
                traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            finally:
                os._exit(code)
    _, status = os.waitpid(pid, 0)
    print(json.dumps(os.waitstatus_to_exitcode(status)), flush=True)
"""


class Zygote:
    def __init__(self, preload: str, *, env: dict[str, str] | None = None, cwd: Path | None = None) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="zygote-"))
        self._lock = threading.Lock()
        self._process = subprocess.Popen(
            [sys.executable, "-c", _SERVER.format(preload=preload)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,
        )

    def run(
        self,
        code: str,
        *,
        cwd: Path,
        env: dict[str, str],
        args: list[str] = (),
        timeout: float = 60,  # type: ignore[assignment]
    ) -> subprocess.CompletedProcess[str]:
        """What `subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env,
        capture_output=True, text=True)` would give, with the preload already imported."""
        assert self._process.stdin is not None and self._process.stdout is not None
        with self._lock:
            out, err = self._folder / "stdout", self._folder / "stderr"
            out.touch(), err.touch()
            job = {"code": code, "cwd": str(cwd), "env": env, "argv": ["-c", *args], "stdout": str(out), "stderr": str(err)}
            self._process.stdin.write(json.dumps(job) + "\n")
            self._process.stdin.flush()
            done = threading.Timer(timeout, self._process.kill)  # a hung child: the zygote goes, the test fails
            done.start()
            try:
                line = self._process.stdout.readline()
            finally:
                done.cancel()
            if not line:
                raise RuntimeError(f"the zygote ended (timeout {timeout} s?): {err.read_text()[-2000:]}")
            return subprocess.CompletedProcess(["-c", code, *args], json.loads(line), out.read_text(), err.read_text())

    def close(self) -> None:
        end_server(self._process)
        for name in ("stdout", "stderr"):
            (self._folder / name).unlink(missing_ok=True)
        self._folder.rmdir()


def end_server(process: subprocess.Popen[str]) -> None:
    """End a server that runs until its input ends (its children with it), killed after 10 s."""
    if process.stdin is not None:
        process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
