"""leadflow as a service, end to end: `leadflow setup` against the session's Prefect server,
process workers installed from a wheel outside the checkout, standing lists refilled night after
night by the nightly deployment, and a worker killed mid-run whose lead run another worker
finishes with no human action.

The wheel is built once per test session (the two long ones run side by side on two workers: the
first builds it under a lock, the other waits and uses it) from a copy of the working tree and
installed into a fresh venv (no pip, no site packages of its own) whose only other path is the
project venv's site-packages, added by a .pth line: the dependencies are there, but the project's editable
install (a .pth hook) is not processed, so `import leadflow` can only find the wheel. Workers and
CLI commands run with that interpreter from a folder outside the repository; in the night-after-night
test its CLI commands are forked from a fork server of that interpreter (tests/forkserver.py: the
same installed code, a second or two of imports less per command).
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import sysconfig
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from forkserver import ForkedProcess, ForkServer

WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0"...: an xdist worker; "": the only process

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.e2e
TREES = {"leadflow": "leadflow", "flows": "leadflow.flows", "tasks": "leadflow.tasks", "blocks": "leadflow.blocks"}


def source_packages() -> set[str]:
    """Every package of the source tree, by the name it installs as."""
    found = set()
    for folder, name in TREES.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder)
            if "__pycache__" not in rel.parts:
                found.add(".".join([name, *rel.parts]))
    return found


def test_pyproject_installs_every_package():
    """A package missing from [tool.setuptools] packages is missing from the wheel: a worker with
    only `pip install leadflow` would fail to import it."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    assert source_packages() <= listed, f"add to pyproject.toml packages: {sorted(source_packages() - listed)}"


# --- the wheel, its venv, the service's processes ------------------------------------------------


@dataclass
class Service:
    python: str  # the wheel venv's interpreter
    env: dict
    cwd: Path  # outside the checkout
    store: Path
    out: Path
    logs: Path
    build_seconds: float
    forks: ForkServer | None = None  # while set (`forked`), commands are forked from it

    @contextmanager
    def forked(self) -> Iterator[None]:
        """Within: `leadflow` and `prefect` commands forked from a fork server of the wheel venv's
        interpreter, started here from the same folder and environment as the commands."""
        self.forks = ForkServer(python=self.python, env=self.env, cwd=self.cwd)
        try:
            yield
        finally:
            self.forks.close()
            self.forks = None

    def start(self, module: str, *args: str, **extra: str) -> subprocess.Popen | ForkedProcess:
        env, out = {**self.env, **extra}, subprocess.PIPE
        if self.forks is not None:
            return self.forks.popen(module, list(args), env=env, cwd=self.cwd, stdout=out, stderr=out, text=True)
        return subprocess.Popen([self.python, "-m", module, *args], cwd=self.cwd, env=env, stdout=out, stderr=out, text=True)

    def _run(self, module: str, args: tuple[str, ...], timeout: float, extra: dict[str, str]) -> subprocess.CompletedProcess:
        env = {**self.env, **extra}
        if self.forks is not None:
            return self.forks.run(module, list(args), env=env, cwd=self.cwd, timeout=timeout)
        return subprocess.run(
            [self.python, "-m", module, *args], cwd=self.cwd, env=env, capture_output=True, text=True, timeout=timeout
        )

    def leadflow(self, *args: str, timeout: float = 240, **extra: str) -> subprocess.CompletedProcess:
        return self._run("leadflow", args, timeout, extra)

    def prefect(self, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
        return self._run("prefect", args, timeout, {})

    def worker(self, name: str, **extra: str) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "w")  # noqa: SIM115 - the worker writes it until stopped
        return subprocess.Popen(
            [self.python, "-m", "prefect", "worker", "start", "--pool", "leadflow", "--limit", "4", "--name", name],
            cwd=self.cwd,
            env={**self.env, **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")


def _build_wheel(src: Path, dist: Path) -> Path:
    """`pip wheel` offline: the build backend is the project venv's setuptools (a dev dependency),
    where a user's pip would fetch it from the index into an isolated build. The same wheel; the
    tests reach nothing beyond loopback (and 1.3 s instead of 3.9 s with a warm pip cache)."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(src)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PIP_NO_INDEX": "1"},
    )
    if built.returncode != 0:
        raise RuntimeError(f"pip wheel failed: {built.stdout}{built.stderr}")
    return next(dist.glob("leadflow-*.whl"))


def _wheel_venv(root: Path) -> tuple[str, str]:
    """Build the wheel from a copy of the working tree and install it into a fresh venv under
    `root`: (its interpreter, its purelib)."""
    src = root / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in TREES:
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    # The service under test, not the packaging list: every package goes in the wheel
    # (test_pyproject_installs_every_package reports what pyproject.toml misses).
    project = (src / "pyproject.toml").read_text()
    listed = re.search(r"^packages = \[(.*?)\]", project, re.S | re.M)
    project = project.replace(listed.group(0), "packages = " + json.dumps(sorted(source_packages())))
    (src / "pyproject.toml").write_text(project)
    wheel = _build_wheel(src, root / "dist")

    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = str(venv / "bin" / "python")
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True
    ).stdout.strip()
    Path(purelib, "_project_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    return python, purelib


def _shared_wheel_venv(tmp_path_factory) -> tuple[str, str]:
    """One wheel venv per test session: the xdist workers that run these tests build it once,
    the first under a lock, the others wait for it and use it (only read: each test has its own
    store, home and folders). Without xdist, the session's own temporary folder."""
    base = tmp_path_factory.getbasetemp()
    root = (base.parent if WORKER else base) / "wheel-service"
    root.mkdir(exist_ok=True)
    with open(root / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        ready = root / "ready.json"
        if ready.exists():
            return tuple(json.loads(ready.read_text()))
        shutil.rmtree(root / "src", ignore_errors=True)  # a build that failed half way
        shutil.rmtree(root / "dist", ignore_errors=True)
        shutil.rmtree(root / "venv", ignore_errors=True)
        built = _wheel_venv(root)
        ready.write_text(json.dumps(built))
        return built


@pytest.fixture(scope="module")
def service(tmp_path_factory, prefect_api_url) -> Iterator[Service]:
    started = time.monotonic()
    tmp = tmp_path_factory.mktemp("service")
    python, purelib = _shared_wheel_venv(tmp_path_factory)

    cwd = tmp / "elsewhere"
    (cwd / "logs").mkdir(parents=True)
    env = {
        **os.environ,
        "PREFECT_API_URL": prefect_api_url,
        "LEADFLOW_DATABASE_URL": f"sqlite:///{tmp / 'leads.db'}",
        "LEADFLOW_HOME": str(tmp / "home"),
        "PREFECT_WORKER_QUERY_SECONDS": "2",
        "COLUMNS": "200",
        "PWD": str(cwd),
    }
    for key in ("PYTHONPATH", "OPENAI_API_KEY", "OPENAI_BASE_URL", "LEADFLOW_MODEL", "VIRTUAL_ENV"):
        env.pop(key, None)
    where = subprocess.run(
        [python, "-c", "import leadflow.flows.lead_list as m; print(m.__file__)"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where.startswith(purelib) and not where.startswith(str(ROOT)), where
    yield Service(
        python=python,
        env=env,
        cwd=cwd,
        store=tmp / "leads.db",
        out=tmp / "out",
        logs=cwd / "logs",
        build_seconds=time.monotonic() - started,
    )
    # the session server serves the other tests too: take the agent-call limit away again
    from prefect import get_client

    with get_client(sync_client=True) as client:
        try:
            client.delete_global_concurrency_limit_by_name("leadflow-agent-calls")
        except Exception:  # noqa: BLE001 - already gone
            pass


def stop(proc: subprocess.Popen) -> None:
    """End a worker whose runs are over (a Prefect worker may take a long time over SIGTERM)."""
    kill_machine(proc)


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (a process worker starts flow runs in sessions of their own)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def kill_machine(proc: subprocess.Popen) -> None:
    """SIGKILL the worker and every process it started: the machine is gone, nobody says a word."""
    for pid in [proc.pid, *descendants(proc.pid)]:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()


def store_rows(db: Path, sql: str, *args) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, args).fetchall()


def steps(stdout: str) -> list[tuple[str, str]]:
    return re.findall(r"^(found|created|updated|removed|missing|differs|error|warning)\s+(.+?)(?:  \(|$)", stdout, re.M)


# --- setup, the wheel worker, standing lists ------------------------------------------------------


@pytest.fixture
def forked_service(service: Service) -> Iterator[Service]:
    with service.forked():
        yield service


# Minutes of subprocesses (124-234 s each for the three slowest tests in a full suite on a slow
# 2-core machine): the suite-wide 300 s guard against hangs is too close. Each step has its own deadline.
@pytest.mark.timeout(600)
def test_setup_a_wheel_worker_and_standing_lists_night_after_night(forked_service):
    service = forked_service
    laps: list[str] = []
    mark = [time.monotonic()]

    def lap(what: str) -> None:
        now = time.monotonic()
        laps.append(f"{what} {now - mark[0]:.1f} s")
        mark[0] = now

    alone = service.leadflow("setup", PREFECT_API_URL="")  # an ephemeral server would forget it all
    assert alone.returncode == 2 and "needs a persistent Prefect server" in alone.stderr, alone.stdout + alone.stderr
    lap("setup without a server")
    first = service.leadflow("setup")
    lap("first setup")
    assert first.returncode == 0, first.stdout + first.stderr
    done = dict((name, status) for status, name in steps(first.stdout))
    for name in (
        "work pool leadflow",
        "deployment lead-list/lead-list",
        "deployment lead-refill/nightly-refill",
        "concurrency limit leadflow-agent-calls",
        "automation Crash zombie lead runs",
        "automation Pick up crashed lead runs",
        "automation Pick up crashed nightly refills",
        "block type leadflow-discovery-settings",
    ):
        assert done.get(name) in ("created", "updated", "found"), (name, first.stdout)

    again = service.leadflow("setup")  # idempotent: nothing created, everything found
    assert again.returncode == 0 and steps(again.stdout), again.stdout + again.stderr
    assert {status for status, _ in steps(again.stdout)} == {"found"}, again.stdout
    lap("second setup")
    check = service.leadflow("setup", "--check")
    assert check.returncode == 0 and "Nothing missing" in check.stdout, check.stdout
    lap("setup --check")

    worker = service.worker("worker-lists")
    try:
        ran = service.prefect(
            "deployment",
            "run",
            "lead-list/lead-list",
            "--param",
            "pms=Buildium",
            "--param",
            "state=TX",
            "--param",
            "quantity=4",
            "--param",
            "source=sample",
            "--watch",
            "--watch-timeout",
            "180",
        )
        assert ran.returncode == 0 and "Completed" in ran.stdout, ran.stdout + ran.stderr + service.log("worker-lists")
        lap("worker start + deployment run --watch")

        # Two lists with the same criteria: each skips only what *it* delivered.
        for name, deliver in (("alpha", "alpha.csv"), ("beta", "{night}/beta.json")):
            added = service.leadflow(
                "lists",
                "add",
                name,
                "--pms",
                "Buildium",
                "--state",
                "TX",
                "--quantity",
                "3",
                "--schedule",
                "0 2 * * *",
                "--timezone",
                "America/Chicago",
                "--source",
                "sample",
                "--deliver",
                str(service.out / deliver),
            )
            assert added.returncode == 0 and "schedule created" in added.stdout, added.stdout + added.stderr
        lap("lists add x2")
        shown = json.loads(service.leadflow("lists", "show", "alpha", "--json").stdout)
        assert shown["prefect_schedule"]["active"] is True
        assert shown["prefect_schedule"]["parameters"] == {"list_name": "alpha"}
        assert (shown["prefect_schedule"]["cron"], shown["prefect_schedule"]["timezone"]) == ("0 2 * * *", "America/Chicago")

        def night(proc: subprocess.Popen | ForkedProcess) -> dict:
            out, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, out + err + service.log("worker-lists")
            return json.loads(out.strip().splitlines()[-1])

        beta = service.start("leadflow", "lists", "run", "beta", "--night", "2026-11-29", "--json")  # meanwhile, alpha
        first_night = night(service.start("leadflow", "lists", "run", "alpha", "--night", "2026-11-29", "--json"))
        second_night = night(service.start("leadflow", "lists", "run", "alpha", "--night", "2026-11-30", "--json"))
        beta_night = night(beta)
        for done_night in (first_night, second_night, beta_night):
            assert done_night["delivered"] == 3 and done_night["summary"]["status"] == "completed", done_night
        assert second_night["summary"]["rejected"] == {"previously_delivered": 3}  # the first night's, skipped
        assert first_night["summary"]["rejected"] == beta_night["summary"]["rejected"] == {}
        lap("three nights (two lists)")
    finally:
        stop(worker)
    assert "Traceback" not in service.log("worker-lists"), service.log("worker-lists")

    import pandas as pd

    monday_a = set(pd.read_csv(service.out / "alpha-2026-11-29.csv")["domain"])
    tuesday_a = set(pd.read_csv(service.out / "alpha-2026-11-30.csv")["domain"])
    monday_b = {r["domain"] for r in json.loads((service.out / "2026-11-29" / "beta.json").read_text())}
    assert len(monday_a) == len(tuesday_a) == 3 and monday_a.isdisjoint(tuesday_a)  # only new companies
    assert monday_b == monday_a  # beta never delivered them: per-list exclusion
    listed = {x["name"]: x for x in json.loads(service.leadflow("lists", "ls", "--json").stdout)}
    assert (listed["alpha"]["last_night"], listed["alpha"]["last_delivered"]) == ("2026-11-30", 3)

    removing = [service.start("leadflow", "lists", "rm", name) for name in ("alpha", "beta")]
    for proc in removing:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "and its schedule" in out, out + err
    from prefect import get_client

    with get_client(sync_client=True) as client:
        refill = client.read_deployment_by_name("lead-refill/nightly-refill")
        left = {s.slug for s in client.read_deployment_schedules(refill.id)}
    assert not left & {"alpha", "beta"}, left
    lap("lists ls + rm x2")
    print(f"\nwheel build + venv {service.build_seconds:.1f} s; " + "; ".join(laps))


# --- a worker dies mid-run; another one finishes the lead run -------------------------------------

# Seconds without a flow-run event before Crashed; production: 90, three heartbeats (30 s apart).
# Every run here ends within one heartbeat interval (the killed one after its first batch, the
# pickup after four batches of a 1 s call), so the window only has to outlast a run: 30 s, not 45.
CRASH_AFTER = 30
QUANTITY, BATCH = 20, 5


def test_a_killed_workers_lead_run_is_picked_up_by_another_worker(service, _agent_server):
    from prefect import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    from leadflow.flows.automations import apply_automation, zombie_automation
    from leadflow.flows.prefect_server import client as prefect_client

    agent = _agent_server
    agent.reset()
    agent.delay, agent.on_companies = 1.0, None
    env = {
        "OPENAI_BASE_URL": agent.base_url,
        "OPENAI_API_KEY": "sk-test-pickup",
        "LEADFLOW_MODEL": "test-model",
        "LEADFLOW_LEASE_SECONDS": "10",
    }
    # Its own `leadflow setup` (all "found" if the test above ran first on this worker's server):
    # the two tests run on different workers, each with its own Prefect server.
    ready = service.leadflow("setup")
    assert ready.returncode == 0, ready.stdout + ready.stderr
    with prefect_client() as client:  # what `leadflow setup --crash-after 45` does, without its start-up
        [tuned] = apply_automation(client, zombie_automation(CRASH_AFTER), check=False)
    assert tuned.status in ("created", "updated", "found"), tuned  # created: this test ran alone
    worker_a = service.worker("worker-a", **env)
    worker_b = None
    try:
        with get_client(sync_client=True) as client:
            deployment = client.read_deployment_by_name("lead-list/lead-list")
            crashed = client.create_flow_run_from_deployment(
                deployment.id,
                parameters=dict(pms="Buildium", state="TX", quantity=QUANTITY, batch_size=BATCH, verify=False, source="openai"),
            )
        run_id = crashed.id.hex[:16]  # no run_id given: the flow derives it from its flow run id

        def batches() -> int:
            try:
                return store_rows(service.store, "SELECT count(*) FROM batches WHERE run_id = ?", run_id)[0][0]
            except sqlite3.Error:
                return 0

        def opened() -> bool:
            try:
                return bool(store_rows(service.store, "SELECT 1 FROM runs WHERE id = ?", run_id))
            except sqlite3.Error:
                return False

        deadline = time.monotonic() + 120
        while not opened():  # worker A has it: B cannot take it now
            assert time.monotonic() < deadline, "worker A never started the run\n" + service.log("worker-a")
            time.sleep(0.1)
        worker_b = service.worker("worker-b", **env)
        while batches() < 1:
            assert time.monotonic() < deadline, "worker A never stored a batch\n" + service.log("worker-a")
            assert worker_a.poll() is None, service.log("worker-a")
            time.sleep(0.1)
        kill_machine(worker_a)
        killed_at, calls_at_kill = time.monotonic(), len(agent.calls)
        answered = store_rows(service.store, "SELECT count(*) FROM batch_answers WHERE run_id = ?", run_id)[0][0]
        in_flight = calls_at_kill - answered  # paid by the dead worker, never answered to anyone

        deadline = time.monotonic() + 240
        status = None
        while status not in ("completed", "partial", "stalled", "failed"):
            assert time.monotonic() < deadline, f"not picked up (status {status})\n" + service.log("worker-b")
            time.sleep(0.5)
            status = store_rows(service.store, "SELECT status FROM runs WHERE id = ?", run_id)[0][0]
        pickup_seconds = time.monotonic() - killed_at
        with get_client(sync_client=True) as client:
            first = client.read_flow_run(crashed.id)
            runs = client.read_flow_runs(  # this deployment's runs: the session server holds hundreds of others
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])), limit=200
            )
        pickups = [
            r
            for r in runs
            if r.deployment_id == deployment.id and r.id != crashed.id and (r.parameters or {}).get("run_id") == run_id
        ]
    finally:
        for proc in (worker_a, worker_b):
            if proc is not None:
                stop(proc)
        with prefect_client() as client:  # the production window again
            apply_automation(client, zombie_automation(), check=False)

    assert first.state.type.value == "CRASHED", first.state
    assert len(pickups) == 1 and pickups[0].parameters["wait_for_lease"] is True, [(r.name, r.parameters) for r in pickups]
    [(status, ready, distinct)] = store_rows(
        service.store,
        (
            "SELECT r.status, count(c.id), count(DISTINCT c.domain) FROM runs r LEFT JOIN candidates c "
            "ON c.run_id = r.id AND c.status = 'validated' WHERE r.id = ? GROUP BY r.status"
        ),
        run_id,
    )
    numbers = [n for (n,) in store_rows(service.store, "SELECT number FROM batches WHERE run_id = ? ORDER BY number", run_id)]
    answers = [
        n
        for (n,) in store_rows(
            service.store, "SELECT batch_number FROM batch_answers WHERE run_id = ? ORDER BY batch_number", run_id
        )
    ]
    assert (status, ready, distinct) == ("completed", QUANTITY, QUANTITY)  # exactly the target
    assert numbers == answers == list(range(1, QUANTITY // BATCH + 1))
    assert 0 <= in_flight <= 1 and len(agent.calls) == len(numbers) + in_flight, (len(agent.calls), numbers, in_flight)
    print(
        f"\npickup: SIGKILL of worker A -> lead run completed by worker B in {pickup_seconds:.1f} s "
        f"(heartbeat 30 s, crash after {CRASH_AFTER} s, lease 10 s; {in_flight} call lost in flight)"
    )
