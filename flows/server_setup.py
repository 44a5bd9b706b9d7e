"""`leadflow setup`: what the service needs on the Prefect server, created or updated in place.

Orchestration code, like the CLI: Prefect is imported inside the functions, so importing this
module keeps the core Prefect-free (tests/unit/test_architecture.py). The plain data (names,
automation specs) is importable without Prefect; `automations/*.yaml` mirror the specs for
`prefect automation create --from-file` from a checkout (tests/unit/test_lists.py keeps them
equal).

Every step reads by name first and reports `found` (nothing to do), `created` or `updated`;
`--check` only reports (`missing`, `differs`). Prefect's own `automation create` is not
idempotent (the same name twice makes two), so automations are matched by name, updated in
place, and duplicates of our names removed.

What it installs:
- the work pool (process type; default `leadflow`);
- the deployments `lead-list/lead-list` and `lead-refill/nightly-refill`, deployed by module
  path (`leadflow.flows...`), so a worker needs only `pip install leadflow`: no checkout, no
  pull step. Their `version` is a digest of everything setup sets, so an unchanged deployment
  is `found` and never rewritten (its schedules, set by `leadflow lists add`, are untouched);
- the global concurrency limit `leadflow-agent-calls` (for `concurrency()` around agent calls);
- the automations: zombie runs -> Crashed; crashed lead-list runs and crashed nightly refills
  picked up by a new run of their deployment;
- the block types DiscoverySettings (leadflow) and SqlAlchemyConnector (prefect-sqlalchemy);
- the Prefect schedules of the standing lists in the lead store (missing ones created; a
  paused schedule stays paused).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from leadflow.domain.errors import LeadflowError

POOL = "leadflow"
LEAD_LIST_FLOW, LEAD_LIST_DEPLOYMENT = "lead-list", "lead-list"
REFILL_FLOW, REFILL_DEPLOYMENT = "lead-refill", "nightly-refill"
LEAD_LIST = f"{LEAD_LIST_FLOW}/{LEAD_LIST_DEPLOYMENT}"
REFILL = f"{REFILL_FLOW}/{REFILL_DEPLOYMENT}"
AGENT_LIMIT = "leadflow-agent-calls"
DEFAULT_AGENT_LIMIT = 4  # agent calls at once, across every worker
DEFAULT_AGENT_DECAY = 0.2  # slots per second: a slot a dead worker leaked frees itself; rate_limit() works too
HEARTBEAT_SECONDS = 30  # Prefect's minimum
CRASH_AFTER_SECONDS = 90  # no flow-run event for this long after a heartbeat -> Crashed
MIN_CRASH_MARGIN = 10  # crash_after must exceed the heartbeat by this much
SERVICE_TAG = "leadflow-service"  # runs that beat every HEARTBEAT_SECONDS: the zombie automation watches only them
LEAD_LIST_CONCURRENCY = 4  # lead-list deployment runs at once
ZOMBIE = "Crash zombie lead runs"
PICKUP = "Pick up crashed lead runs"
PICKUP_REFILL = "Pick up crashed nightly refills"

NO_SERVER = ("leadflow setup needs a persistent Prefect server (an ephemeral one forgets everything when the "
             "command ends): start one with `prefect server start` and `export PREFECT_API_URL="
             "http://127.0.0.1:4200/api`")


class ServiceError(LeadflowError):
    """The Prefect server is missing, unreachable, or refuses what setup needs (CLI exit 2)."""


def _json(template: str) -> dict:
    """A parameter rendered by Jinja and parsed as JSON: keeps its type (null, numbers)."""
    return {"__prefect_kind": "json", "value": {"__prefect_kind": "jinja", "template": template}}


def _jinja(template: str) -> dict:
    """A parameter rendered by Jinja as a string."""
    return {"__prefect_kind": "jinja", "template": template}


# The lead run a crashed lead-list flow run worked on: its run_id parameter, or the id the flow
# derived from its flow run id (flows/lead_list.py `_lead_run_id`: 16 hex digits, no dashes).
LEAD_RUN_ID_TEMPLATE = "{{ flow_run.parameters.get('run_id') or (flow_run.id | string | replace('-', ''))[:16] }}"


def zombie_automation(crash_after: int = CRASH_AFTER_SECONDS) -> dict:
    return {
        "name": ZOMBIE,
        "description": f"Runs tagged {SERVICE_TAG} (heartbeat every {HEARTBEAT_SECONDS} s) that stay silent for "
                       f"{crash_after} s are marked Crashed; the pickup automations resume them.",
        "enabled": True,
        "trigger": {
            "type": "event", "posture": "Proactive",
            "after": ["prefect.flow-run.heartbeat"],
            "expect": ["prefect.flow-run.*"],  # any flow-run event: named end states emit prefect.flow-run.<name>
            "match": {"prefect.resource.id": ["prefect.flow-run.*"]},
            "match_related": {"prefect.resource.role": "tag", "prefect.resource.id": [f"prefect.tag.{SERVICE_TAG}"]},
            "for_each": ["prefect.resource.id"],
            "threshold": 1, "within": crash_after,
        },
        "actions": [{"type": "change-flow-run-state", "state": "CRASHED",
                     "message": f"No heartbeat for {crash_after} s: the worker is gone. Another worker picks the "
                                "lead run up (automation 'Pick up crashed lead runs')."}],
    }


def _crashed(flow: str) -> dict:
    """Crashed flow runs of `flow` that came from a deployment (a subflow has none)."""
    return {
        "type": "event", "posture": "Reactive",
        "expect": ["prefect.flow-run.Crashed"],
        "match": {"prefect.resource.id": ["prefect.flow-run.*"]},
        "match_related": [
            {"prefect.resource.role": "flow", "prefect.resource.name": [flow]},
            {"prefect.resource.role": "deployment", "prefect.resource.id": ["prefect.deployment.*"]},
        ],
        "threshold": 1, "within": 0,
    }


def pickup_automation() -> dict:
    """A crashed lead-list run -> a new run of the same deployment on the same lead run, which
    waits for the dead run's lease to lapse, replays the answers already paid for, and goes on."""
    same = {p: _json(f"{{{{ flow_run.parameters.get('{p}') | tojson }}}}")
            for p in ("pms", "state", "quantity", "store_block", "discovery_block")}
    return {
        "name": PICKUP,
        "description": "A crashed lead-list deployment run is resumed by a new run of its deployment with the same "
                       "lead run id (wait_for_lease: it starts when the dead run's lease lapses).",
        "enabled": True,
        "trigger": _crashed(LEAD_LIST_FLOW),
        "actions": [{"type": "run-deployment", "source": "inferred",
                     "parameters": {"run_id": _jinja(LEAD_RUN_ID_TEMPLATE), **same, "wait_for_lease": True}}],
    }


def refill_pickup_automation() -> dict:
    """A crashed nightly refill -> a new refill run that takes over its parameters and night
    (`resume_flow_run`), resumes the night's run and delivers it; at most MAX_PICKUPS in a row."""
    return {
        "name": PICKUP_REFILL,
        "description": "A crashed lead-refill deployment run is resumed by a new run (same list and night; "
                       "gives up after 3 pickups in a row).",
        "enabled": True,
        "trigger": _crashed(REFILL_FLOW),
        "actions": [{"type": "run-deployment", "source": "inferred", "parameters": {
            "resume_flow_run": _jinja("{{ flow_run.id }}"),
            "pickups": _json("{{ (flow_run.parameters.get('pickups') or 0) + 1 }}"),
            "wait_for_lease": True,
        }}],
    }


def automation_specs(crash_after: int = CRASH_AFTER_SECONDS) -> list[dict]:
    return [zombie_automation(crash_after), pickup_automation(), refill_pickup_automation()]


# automations/ in a checkout: file -> what it must hold (tests/unit/test_lists.py compares)
AUTOMATION_FILES: dict[str, Callable[[], Any]] = {
    "crash-zombie-lead-runs.yaml": zombie_automation,
    "pickup-crashed-lead-runs.yaml": lambda: {"automations": [pickup_automation(), refill_pickup_automation()]},
}


def job_env(heartbeat: int = HEARTBEAT_SECONDS) -> dict[str, str]:
    from leadflow.runtime_env import PREFECT_DEFAULTS

    return {"DO_NOT_TRACK": PREFECT_DEFAULTS["DO_NOT_TRACK"], "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": str(heartbeat)}


@dataclass
class Step:
    """One thing setup looked at: what, its name, and what happened (or, with --check, what would)."""

    kind: str
    name: str
    status: str  # found | created | updated | removed | missing | differs | warning | error
    detail: str = ""

    @property
    def problem(self) -> bool:
        return self.status in ("missing", "differs", "error")


# --- talking to the server ---------------------------------------------------------------------

def api_url() -> str:
    """The configured Prefect API (environment or Prefect profile), reachable; else ServiceError."""
    import httpx
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        raise ServiceError(NO_SERVER)
    try:
        response = httpx.get(f"{url.rstrip('/')}/health", timeout=10)
        response.raise_for_status()
        # /health answers everyone: ask something that needs the server's auth string, if it has one
        version = httpx.get(f"{url.rstrip('/')}/admin/version", timeout=10, headers=auth_headers())
    except httpx.HTTPError as exc:
        raise ServiceError(f"cannot reach the Prefect server at {url} ({type(exc).__name__}); is "
                           "`prefect server start` running?") from None
    if version.status_code == 401:
        raise ServiceError(f"the Prefect server at {url} refused leadflow (HTTP 401): set PREFECT_API_AUTH_STRING "
                           "to the server's PREFECT_SERVER_API_AUTH_STRING")
    return url


def auth_headers() -> dict[str, str]:
    """What Prefect's own client sends when PREFECT_API_AUTH_STRING is set."""
    from prefect.settings import PREFECT_API_AUTH_STRING

    from leadflow import settings

    secret = settings.load().prefect_api_auth_string or PREFECT_API_AUTH_STRING.value()  # environment, else profile
    text = secret.get_secret_value() if hasattr(secret, "get_secret_value") else secret
    return {"Authorization": "Basic " + base64.b64encode(text.encode()).decode()} if text else {}


def exposure_warning(url: str) -> Step | None:
    """A server reachable beyond this machine without an auth string: anyone who reaches it can
    read the DiscoverySettings block, and the API key in it."""
    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.") or auth_headers():
        return None
    return Step("server", url, "warning", "not on this machine and no PREFECT_API_AUTH_STRING: anyone who reaches it "
                                          "can read blocks (the agent's API key); set PREFECT_SERVER_API_AUTH_STRING "
                                          "on the server and PREFECT_API_AUTH_STRING on every client")


def _client():
    from prefect import get_client

    return get_client(sync_client=True)


def setup(
    *, check: bool = False, pool: str = POOL, heartbeat: int = HEARTBEAT_SECONDS,
    crash_after: int = CRASH_AFTER_SECONDS, agent_limit: int | None = None, agent_decay: float | None = None,
    store_url: str | None = None, echo: Callable[[Step], None] = lambda step: None,
) -> list[Step]:
    """Install (or with `check`, inspect) everything; `echo` sees each step as it is done."""
    if not pool.startswith("lead"):
        raise ServiceError(f"pool: {pool!r} must start with 'lead' (e.g. leadflow)")
    if heartbeat < HEARTBEAT_SECONDS:
        raise ServiceError(f"heartbeat: {heartbeat} s is below Prefect's minimum of {HEARTBEAT_SECONDS} s")
    if crash_after < heartbeat + MIN_CRASH_MARGIN:
        raise ServiceError(f"crash-after: {crash_after} s must exceed the heartbeat ({heartbeat} s) by at least "
                           f"{MIN_CRASH_MARGIN} s, or healthy runs get marked Crashed")
    url = api_url()
    steps: list[Step] = []

    def done(step: Step) -> None:
        steps.append(step)
        echo(step)

    if warning := exposure_warning(url):
        done(warning)

    with _client() as client:
        done(_work_pool(client, pool, check))
        for step in _block_types(client, check):
            done(step)
        deployments = {}
        for step, dep_id in _deployments(client, pool, heartbeat, check):
            done(step)
            deployments[step.name] = dep_id
        done(_agent_limit(client, agent_limit, agent_decay, check))
        for spec in automation_specs(crash_after):
            for step in _automation(client, spec, check):
                done(step)
        for step in _list_schedules(client, deployments.get(REFILL), store_url, check):
            done(step)
    return steps


def _work_pool(client, pool: str, check: bool) -> Step:
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound

    try:
        found = client.read_work_pool(pool)
    except ObjectNotFound:
        if check:
            return Step("work pool", pool, "missing")
        client.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        return Step("work pool", pool, "created", "process")
    if found.type != "process":
        return Step("work pool", pool, "error", f"exists with type {found.type!r}; leadflow needs a process pool "
                                                "(use --pool with another name starting with 'lead')")
    return Step("work pool", pool, "found", "process")


def _block_types(client, check: bool) -> list[Step]:
    from prefect.exceptions import ObjectNotFound
    from prefect_sqlalchemy import SqlAlchemyConnector

    from leadflow.blocks.discovery import DiscoverySettings

    steps = []
    for block in (DiscoverySettings, SqlAlchemyConnector):
        slug = block.get_block_type_slug()
        try:
            client.read_block_type_by_slug(slug)
        except ObjectNotFound:
            status = "missing"
        else:
            try:
                client.read_block_schema_by_checksum(block._calculate_schema_checksum())
                status = "found"
            except ObjectNotFound:
                status = "differs"  # registered from another version of the code
        if status != "found" and not check:
            block.register_type_and_schema()
            status = "created" if status == "missing" else "updated"
        steps.append(Step("block type", slug, status))
    return steps


def deployment_specs(pool: str = POOL, heartbeat: int = HEARTBEAT_SECONDS) -> list:
    """The two RunnerDeployments, deployed by module path, each with a `version` digest of
    everything setup sets (so `found` means identical)."""
    from prefect.deployments.runner import EntrypointType

    from leadflow.flows.lead_list import lead_list
    from leadflow.flows.lead_refill import lead_refill

    specs = []
    for flow, name, extra in (
        (lead_list, LEAD_LIST_DEPLOYMENT, dict(
            description="One lead list to its target (or resume one with run_id). Installed by `leadflow setup`.",
            tags=["leadflow", SERVICE_TAG], concurrency_limit=LEAD_LIST_CONCURRENCY)),
        (lead_refill, REFILL_DEPLOYMENT, dict(
            description="Nightly refill of the standing lists (`leadflow lists add --schedule`; one schedule per "
                        "list, slug = its name). Installed by `leadflow setup`.",
            tags=["leadflow", "nightly", SERVICE_TAG])),
    ):
        # The flows check their parameters themselves (aliases, one line naming the field): the
        # server's schema check would refuse "app folio" and fail a run before the flow could say why.
        dep = flow.to_deployment(name, work_pool_name=pool, entrypoint_type=EntrypointType.MODULE_PATH,
                                 job_variables={"env": job_env(heartbeat)}, enforce_parameter_schema=False, **extra)
        digest = hashlib.sha256(json.dumps({
            "entrypoint": dep.entrypoint, "pool": pool, "job_variables": dep.job_variables, "tags": dep.tags,
            "description": dep.description, "concurrency_limit": dep.concurrency_limit,
            "enforce_parameter_schema": dep.enforce_parameter_schema,
            "parameters": dep._parameter_openapi_schema.model_dump(mode="json"),
        }, sort_keys=True, default=str).encode()).hexdigest()[:12]
        dep.version = f"leadflow-setup-{digest}"
        specs.append(dep)
    return specs


def _deployments(client, pool: str, heartbeat: int, check: bool):
    from prefect.exceptions import ObjectNotFound

    for dep in deployment_specs(pool, heartbeat):
        full = f"{dep.flow_name}/{dep.name}"
        try:
            existing = client.read_deployment_by_name(full)
        except ObjectNotFound:
            existing = None
        same = existing is not None and existing.version == dep.version and existing.entrypoint == dep.entrypoint \
            and existing.work_pool_name == pool and not existing.pull_steps
        if same:
            yield Step("deployment", full, "found", dep.entrypoint), existing.id
        elif check:
            yield Step("deployment", full, "missing" if existing is None else "differs",
                       "" if existing is None else f"entrypoint {existing.entrypoint}, version {existing.version}"), \
                existing.id if existing else None
        else:
            dep_id = dep.apply()
            yield Step("deployment", full, "created" if existing is None else "updated", dep.entrypoint), dep_id


def _agent_limit(client, limit: int | None, decay: float | None, check: bool) -> Step:
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
    from prefect.exceptions import ObjectNotFound

    try:
        found = client.read_global_concurrency_limit_by_name(AGENT_LIMIT)
    except ObjectNotFound:
        found = None
    want_limit = limit if limit is not None else DEFAULT_AGENT_LIMIT
    want_decay = decay if decay is not None else DEFAULT_AGENT_DECAY
    if found is None:
        if check:
            return Step("concurrency limit", AGENT_LIMIT, "missing")
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(
            name=AGENT_LIMIT, limit=want_limit, slot_decay_per_second=want_decay))
        return Step("concurrency limit", AGENT_LIMIT, "created", f"limit {want_limit}, decay {want_decay}/s")
    # An existing limit keeps what an operator tuned, unless this command asks for other values.
    changes = {}
    if limit is not None and found.limit != limit:
        changes["limit"] = limit
    if decay is not None and (found.slot_decay_per_second or 0.0) != decay:
        changes["slot_decay_per_second"] = decay
    if changes and not check:
        client.update_global_concurrency_limit(AGENT_LIMIT, GlobalConcurrencyLimitUpdate(**changes))
        found = client.read_global_concurrency_limit_by_name(AGENT_LIMIT)
    status = ("differs" if check else "updated") if changes else "found"
    return Step("concurrency limit", AGENT_LIMIT, status, f"limit {found.limit}, decay {found.slot_decay_per_second}/s")


def _comparable(automation) -> dict:
    data = automation.model_dump(mode="json", exclude={"id", "created", "updated"})
    data.get("trigger", {}).pop("id", None)
    data.pop("owner_resource", None)
    return {k: data.get(k) for k in ("name", "description", "enabled", "tags", "trigger", "actions",
                                     "actions_on_trigger", "actions_on_resolve")}


def _automation(client, spec: dict, check: bool) -> list[Step]:
    from prefect.events.schemas.automations import AutomationCore

    want = AutomationCore.model_validate(spec)
    existing = client.read_automations_by_name(want.name)
    existing = sorted([a for a in existing if a.name == want.name], key=lambda a: str(a.id))
    if not existing:
        if check:
            return [Step("automation", want.name, "missing")]
        client.create_automation(want)
        return [Step("automation", want.name, "created")]
    first, *duplicates = existing
    steps = []
    if _comparable(first) == _comparable(want):
        steps.append(Step("automation", want.name, "found"))
    elif check:
        steps.append(Step("automation", want.name, "differs"))
    else:
        client.update_automation(first.id, want)
        steps.append(Step("automation", want.name, "updated"))
    for dup in duplicates:  # `prefect automation create` run twice: one is enough
        if check:
            steps.append(Step("automation", want.name, "differs", f"duplicate {dup.id}"))
        else:
            client.delete_automation(dup.id)
            steps.append(Step("automation", want.name, "removed", f"duplicate {dup.id}"))
    return steps


# --- standing lists' schedules -------------------------------------------------------------------

def _refill_id(client):
    from prefect.exceptions import ObjectNotFound

    try:
        return client.read_deployment_by_name(REFILL).id
    except ObjectNotFound:
        raise ServiceError(f"the deployment {REFILL} does not exist on the Prefect server: run `leadflow setup` "
                           "first") from None


def _cron(lst):
    from prefect.client.schemas.schedules import CronSchedule

    return CronSchedule(cron=lst.schedule, timezone=lst.timezone)


def check_schedule(cron: str, timezone: str) -> None:
    """Prefect's own check of a cron expression and time zone (InvalidInput naming the option)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    from leadflow.domain.errors import InvalidInput

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as exc:
        field = "timezone" if "timezone" in str(exc).lower() else "schedule"
        raise InvalidInput(field, f"{exc.errors()[0]['msg']}") from None


def _schedule_step(client, dep_id, lst, existing, check: bool) -> Step:
    from prefect.client.schemas.actions import DeploymentScheduleCreate

    label = f"{lst.schedule} {lst.timezone}"
    if existing is None:
        if check:
            return Step("schedule", lst.name, "missing", label)
        client.create_deployment_schedules(dep_id, [DeploymentScheduleCreate(
            schedule=_cron(lst), active=True, slug=lst.name, parameters=lst.schedule_parameters())])
        return Step("schedule", lst.name, "created", label)
    sched = existing.schedule
    same = getattr(sched, "cron", None) == lst.schedule and getattr(sched, "timezone", None) == lst.timezone \
        and (existing.parameters or {}) == lst.schedule_parameters()
    state = "" if existing.active else " (paused)"
    if same:
        return Step("schedule", lst.name, "found", label + state)
    if check:
        return Step("schedule", lst.name, "differs", label)
    client.update_deployment_schedule(dep_id, existing.id, schedule=_cron(lst), parameters=lst.schedule_parameters())
    return Step("schedule", lst.name, "updated", label + state)  # a paused schedule stays paused


def _schedules_by_slug(client, dep_id) -> dict:
    return {s.slug: s for s in client.read_deployment_schedules(dep_id) if s.slug}


def _list_schedules(client, dep_id, store_url: str | None, check: bool) -> list[Step]:
    """Every stored list with a schedule has its Prefect schedule. Schedules naming a list the
    store does not have are reported, never removed here (this machine's store may not be the
    service's): `leadflow lists rm NAME` removes them."""
    from leadflow.app import lists as list_services
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork(store_url) as uow:
            lists = list_services.all_lists(uow)
    except Exception as exc:  # noqa: BLE001 - the store is optional for setup
        return [Step("schedules", "standing lists", "warning", f"lead store not readable: {exc}"[:200])]
    if dep_id is None:
        return [Step("schedule", lst.name, "missing") for lst in lists if lst.schedule]
    existing = _schedules_by_slug(client, dep_id)
    steps = [_schedule_step(client, dep_id, lst, existing.get(lst.name), check) for lst in lists if lst.schedule]
    names = {lst.name for lst in lists}
    for slug, sched in existing.items():
        listed = (sched.parameters or {}).get("list_name")
        if listed and listed not in names:
            steps.append(Step("schedule", slug, "warning", f"names list {listed!r}, which this lead store does not "
                                                           "have (`leadflow lists rm` removes it)"))
    return steps


def ensure_list_schedule(lst) -> Step:
    """Create or update the list's schedule on the nightly refill (slug = its name); a list
    without a schedule has none (removed if it had one)."""
    api_url()
    with _client() as client:
        dep_id = _refill_id(client)
        existing = _schedules_by_slug(client, dep_id).get(lst.name)
        if lst.schedule:
            return _schedule_step(client, dep_id, lst, existing, check=False)
        if existing is not None:
            client.delete_deployment_schedule(dep_id, existing.id)
            return Step("schedule", lst.name, "removed")
        return Step("schedule", lst.name, "found", "none (run by hand: leadflow lists run)")


def remove_list_schedule(name: str) -> bool:
    """Delete the list's schedule; False when it had none."""
    api_url()
    with _client() as client:
        dep_id = _refill_id(client)
        existing = _schedules_by_slug(client, dep_id).get(name)
        if existing is None:
            return False
        client.delete_deployment_schedule(dep_id, existing.id)
        return True


def read_list_schedule(name: str) -> dict | None:
    """The list's schedule as Prefect has it (cron, timezone, active, id), None if it has none."""
    api_url()
    with _client() as client:
        existing = _schedules_by_slug(client, _refill_id(client)).get(name)
    if existing is None:
        return None
    return {"id": str(existing.id), "cron": getattr(existing.schedule, "cron", None),
            "timezone": getattr(existing.schedule, "timezone", None), "active": existing.active,
            "parameters": existing.parameters}


def start_list_night(name: str, night: str | None = None):
    """A run of the nightly refill for the list now (on a worker), as its schedule would start
    it; returns the flow run."""
    api_url()
    params: dict = {"list_name": name}
    if night:
        params["night"] = night
    with _client() as client:
        return client.create_flow_run_from_deployment(_refill_id(client), parameters=params,
                                                      tags=["leadflow", f"list:{name}"])


def wait_for(flow_run_id, poll: float = 2.0, timeout: float | None = None):
    """Poll the flow run until it ends; its final FlowRun (or the last seen one at the timeout)."""
    import time

    deadline = None if timeout is None else time.monotonic() + timeout
    with _client() as client:
        while True:
            run = client.read_flow_run(flow_run_id)
            if run.state is not None and run.state.is_final():
                return run
            if deadline is not None and time.monotonic() > deadline:
                return run
            time.sleep(poll)
