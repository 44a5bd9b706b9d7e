"""`leadflow setup`: what the service needs on the Prefect server, created or updated in place.

Every step reads by name first and reports `found` (nothing to do), `created` or `updated`;
`--check` only reports (`missing`, `differs`).

What it installs:
- the work pool (process type; default `leadflow`);
- the deployments `lead-list/lead-list` and `lead-refill/nightly-refill`, deployed by module
  path (`leadflow.flows...`), so a worker needs only `pip install leadflow`: no checkout, no
  pull step. Their `version` is a digest of everything setup sets, so an unchanged deployment
  is `found` and never rewritten (its schedules, set by `leadflow lists add`, are untouched);
- the global concurrency limit `leadflow-agent-calls` (for `concurrency()` around agent calls);
- the automations (flows/automations.py);
- the block types DiscoverySettings (leadflow) and SqlAlchemyConnector (prefect-sqlalchemy);
- the Prefect schedules of the standing lists in the lead store (flows/list_schedules.py);
- telemetry off in the Prefect profile it uses (`prefect.toml`'s settings, for commands run outside a checkout).

Where the rest lives: the server's names and how to reach it in flows/prefect_server.py.
Prefect is imported inside the functions.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from leadflow.flows.automations import apply_automation, automation_specs
from leadflow.flows.list_schedules import list_schedules
from leadflow.flows.prefect_server import (
    CRASH_AFTER_SECONDS,
    HEARTBEAT_SECONDS,
    LEAD_LIST_DEPLOYMENT,
    POOL,
    REFILL,
    REFILL_DEPLOYMENT,
    SERVICE_TAG,
    ServiceError,
    Step,
    api_url,
    client,
    exposure_warning,
    quiet_profile,
)

if TYPE_CHECKING:
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.deployments.runner import RunnerDeployment

AGENT_LIMIT = "leadflow-agent-calls"
DEFAULT_AGENT_LIMIT = 4  # agent calls at once, across every worker
DEFAULT_AGENT_DECAY = 0.2  # slots per second: a slot a dead worker leaked frees itself; rate_limit() works too
MIN_CRASH_MARGIN = 10  # crash_after must exceed the heartbeat by this much
LEAD_LIST_CONCURRENCY = 4  # lead-list deployment runs at once


@dataclass(frozen=True)
class SetupRequest:
    """What `leadflow setup` was asked for (its options)."""

    check: bool = False
    pool: str = POOL
    heartbeat: int = HEARTBEAT_SECONDS
    crash_after: int = CRASH_AFTER_SECONDS
    agent_limit: int | None = None
    agent_decay: float | None = None
    store_url: str | None = None

    def validate(self) -> None:
        if not self.pool.startswith("lead"):
            raise ServiceError(f"pool: {self.pool!r} must start with 'lead' (e.g. leadflow)")
        if self.heartbeat < HEARTBEAT_SECONDS:
            raise ServiceError(f"heartbeat: {self.heartbeat} s is below Prefect's minimum of {HEARTBEAT_SECONDS} s")
        if self.crash_after < self.heartbeat + MIN_CRASH_MARGIN:
            raise ServiceError(
                f"crash-after: {self.crash_after} s must exceed the heartbeat ({self.heartbeat} s) by "
                f"at least {MIN_CRASH_MARGIN} s, or healthy runs get marked Crashed"
            )


def job_env(heartbeat: int = HEARTBEAT_SECONDS) -> dict[str, str]:
    from leadflow.runtime_env import PREFECT_DEFAULTS

    return {"DO_NOT_TRACK": PREFECT_DEFAULTS["DO_NOT_TRACK"], "PREFECT_FLOWS_HEARTBEAT_FREQUENCY": str(heartbeat)}


def setup(request: SetupRequest = SetupRequest(), echo: Callable[[Step], None] = lambda step: None) -> list[Step]:
    """Install (or with `request.check`, inspect) everything; `echo` sees each step as it is done."""
    request.validate()
    url = api_url()
    steps: list[Step] = []
    for step in _steps(request, url):
        steps.append(step)
        echo(step)
    return steps


def _steps(request: SetupRequest, url: str) -> Iterator[Step]:
    """Each step, in order, as it is done."""
    check = request.check
    if warning := exposure_warning(url):
        yield warning
    yield quiet_profile(check)
    with client() as prefect:
        yield _work_pool(prefect, request.pool, check)
        yield from _block_types(prefect, check)
        deployments = {}
        for step, dep_id in _deployments(prefect, request.pool, request.heartbeat, check):
            yield step
            deployments[step.name] = dep_id
        yield _agent_limit(prefect, request.agent_limit, request.agent_decay, check)
        for spec in automation_specs(request.crash_after):
            yield from apply_automation(prefect, spec, check)
        yield from _list_schedules(prefect, deployments.get(REFILL), request.store_url, check)


def _work_pool(prefect: SyncPrefectClient, pool: str, check: bool) -> Step:
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectNotFound

    try:
        found = prefect.read_work_pool(pool)
    except ObjectNotFound:
        if check:
            return Step("work pool", pool, "missing")
        prefect.create_work_pool(WorkPoolCreate(name=pool, type="process"))
        return Step("work pool", pool, "created", "process")
    if found.type != "process":
        return Step(
            "work pool",
            pool,
            "error",
            f"exists with type {found.type!r}; leadflow needs a process pool (use --pool with another name starting with 'lead')",
        )
    return Step("work pool", pool, "found", "process")


def _block_types(prefect: SyncPrefectClient, check: bool) -> list[Step]:
    from prefect.exceptions import ObjectNotFound
    from prefect_sqlalchemy import SqlAlchemyConnector

    from leadflow.blocks.discovery import DiscoverySettings

    steps = []
    for block in (DiscoverySettings, SqlAlchemyConnector):
        slug = block.get_block_type_slug()
        try:
            prefect.read_block_type_by_slug(slug)
        except ObjectNotFound:
            status = "missing"
        else:
            try:
                prefect.read_block_schema_by_checksum(block._calculate_schema_checksum())
                status = "found"
            except ObjectNotFound:
                status = "differs"  # registered from another version of the code
        if status != "found" and not check:
            block.register_type_and_schema()
            status = "created" if status == "missing" else "updated"
        steps.append(Step("block type", slug, status))
    return steps


def deployment_specs(pool: str = POOL, heartbeat: int = HEARTBEAT_SECONDS) -> list[RunnerDeployment]:
    """The two RunnerDeployments, deployed by module path, each with a `version` digest of
    everything setup sets (so `found` means identical)."""
    from prefect.deployments.runner import EntrypointType, RunnerDeployment

    from leadflow.flows.lead_list import lead_list
    from leadflow.flows.lead_refill import lead_refill

    specs = []
    for flow, name, extra in (
        (
            lead_list,
            LEAD_LIST_DEPLOYMENT,
            dict(
                description="One lead list to its target (or resume one with run_id). Installed by `leadflow setup`.",
                tags=["leadflow", SERVICE_TAG],
                concurrency_limit=LEAD_LIST_CONCURRENCY,
            ),
        ),
        (
            lead_refill,
            REFILL_DEPLOYMENT,
            dict(
                description="Nightly refill of the standing lists (`leadflow lists add --schedule`; one schedule per "
                "list, slug = its name). Installed by `leadflow setup`.",
                tags=["leadflow", "nightly", SERVICE_TAG],
            ),
        ),
    ):
        # The flows check their parameters themselves (aliases, one line naming the field): the
        # server's schema check would refuse "app folio" and fail a run before the flow could say why.
        dep = flow.to_deployment(
            name,
            work_pool_name=pool,
            entrypoint_type=EntrypointType.MODULE_PATH,
            job_variables={"env": job_env(heartbeat)},
            enforce_parameter_schema=False,
            **extra,
        )
        # to_deployment is typed for async callers too (a coroutine); called here, it returns the deployment
        assert isinstance(dep, RunnerDeployment)
        dep.version = f"leadflow-setup-{_digest(dep, pool)}"
        specs.append(dep)
    return specs


def _digest(dep: RunnerDeployment, pool: str) -> str:
    return hashlib.sha256(
        json.dumps(
            {
                "entrypoint": dep.entrypoint,
                "pool": pool,
                "job_variables": dep.job_variables,
                "tags": dep.tags,
                "description": dep.description,
                "concurrency_limit": dep.concurrency_limit,
                "enforce_parameter_schema": dep.enforce_parameter_schema,
                "parameters": dep._parameter_openapi_schema.model_dump(mode="json"),
            },
            sort_keys=True,
            default=str,
        ).encode()
    ).hexdigest()[:12]


def _deployments(prefect: SyncPrefectClient, pool: str, heartbeat: int, check: bool) -> Iterator[tuple[Step, UUID | None]]:
    from prefect.exceptions import ObjectNotFound

    for dep in deployment_specs(pool, heartbeat):
        full = f"{dep.flow_name}/{dep.name}"
        try:
            existing = prefect.read_deployment_by_name(full)
        except ObjectNotFound:
            existing = None
        same = (
            existing is not None
            and existing.version == dep.version
            and existing.entrypoint == dep.entrypoint
            and existing.work_pool_name == pool
            and not existing.pull_steps
        )
        if existing is not None and same:
            yield Step("deployment", full, "found", dep.entrypoint or ""), existing.id
        elif check:
            yield (
                Step(
                    "deployment",
                    full,
                    "missing" if existing is None else "differs",
                    "" if existing is None else f"entrypoint {existing.entrypoint}, version {existing.version}",
                ),
                existing.id if existing else None,
            )
        else:
            dep_id = dep.apply()
            assert isinstance(dep_id, UUID)  # typed for async callers too (a coroutine); called here, the id
            yield Step("deployment", full, "created" if existing is None else "updated", dep.entrypoint or ""), dep_id


def _agent_limit(prefect: SyncPrefectClient, limit: int | None, decay: float | None, check: bool) -> Step:
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate, GlobalConcurrencyLimitUpdate
    from prefect.exceptions import ObjectNotFound

    try:
        found = prefect.read_global_concurrency_limit_by_name(AGENT_LIMIT)
    except ObjectNotFound:
        want_limit = limit if limit is not None else DEFAULT_AGENT_LIMIT
        want_decay = decay if decay is not None else DEFAULT_AGENT_DECAY
        if check:
            return Step("concurrency limit", AGENT_LIMIT, "missing")
        prefect.create_global_concurrency_limit(
            GlobalConcurrencyLimitCreate(name=AGENT_LIMIT, limit=want_limit, slot_decay_per_second=want_decay)
        )
        return Step("concurrency limit", AGENT_LIMIT, "created", f"limit {want_limit}, decay {want_decay}/s")
    # An existing limit keeps what an operator tuned, unless this command asks for other values.
    changes: dict[str, Any] = {}
    if limit is not None and found.limit != limit:
        changes["limit"] = limit
    if decay is not None and (found.slot_decay_per_second or 0.0) != decay:
        changes["slot_decay_per_second"] = decay
    if changes and not check:
        prefect.update_global_concurrency_limit(AGENT_LIMIT, GlobalConcurrencyLimitUpdate(**changes))
        found = prefect.read_global_concurrency_limit_by_name(AGENT_LIMIT)
    status = ("differs" if check else "updated") if changes else "found"
    return Step("concurrency limit", AGENT_LIMIT, status, f"limit {found.limit}, decay {found.slot_decay_per_second}/s")


def _list_schedules(prefect: SyncPrefectClient, dep_id: UUID | None, store_url: str | None, check: bool) -> list[Step]:
    """The standing lists of the lead store get their schedules; the store is optional for setup."""
    from leadflow.app import lists as list_services
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork(store_url) as uow:
            lists = list_services.all_lists(uow)
    except Exception as exc:  # noqa: BLE001 - the store is optional for setup
        return [Step("schedules", "standing lists", "warning", f"lead store not readable: {exc}"[:200])]
    return list_schedules(prefect, dep_id, lists, check)
