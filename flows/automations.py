"""The automations `leadflow setup` installs: zombie runs -> Crashed; crashed lead-list runs and
crashed nightly refills picked up by a new run of their deployment.

The specs are plain data, importable without Prefect; `automations/*.yaml` mirror them for
`prefect automation create --from-file` from a checkout (tests/unit/test_lists.py keeps them
equal). Prefect's own `automation create` is not idempotent (the same name twice makes two),
so `apply_automation` matches by name, updates in place, and removes duplicates of our names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from leadflow.flows.lead_run_id import LEAD_RUN_ID_TEMPLATE
from leadflow.flows.prefect_server import (
    CRASH_AFTER_SECONDS,
    HEARTBEAT_SECONDS,
    LEAD_LIST_FLOW,
    REFILL_FLOW,
    SERVICE_TAG,
    Step,
)

if TYPE_CHECKING:
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.events.schemas.automations import Automation, AutomationCore

ZOMBIE = "Crash zombie lead runs"
PICKUP = "Pick up crashed lead runs"
PICKUP_REFILL = "Pick up crashed nightly refills"


def _json(template: str) -> dict[str, Any]:
    """A parameter rendered by Jinja and parsed as JSON: keeps its type (null, numbers)."""
    return {"__prefect_kind": "json", "value": {"__prefect_kind": "jinja", "template": template}}


def _jinja(template: str) -> dict[str, Any]:
    """A parameter rendered by Jinja as a string."""
    return {"__prefect_kind": "jinja", "template": template}


def zombie_automation(crash_after: int = CRASH_AFTER_SECONDS) -> dict[str, Any]:
    return {
        "name": ZOMBIE,
        "description": f"Runs tagged {SERVICE_TAG} (heartbeat every {HEARTBEAT_SECONDS} s) that stay silent for "
        f"{crash_after} s are marked Crashed; the pickup automations resume them.",
        "enabled": True,
        "trigger": {
            "type": "event",
            "posture": "Proactive",
            "after": ["prefect.flow-run.heartbeat"],
            "expect": ["prefect.flow-run.*"],  # any flow-run event: named end states emit prefect.flow-run.<name>
            "match": {"prefect.resource.id": ["prefect.flow-run.*"]},
            "match_related": {"prefect.resource.role": "tag", "prefect.resource.id": [f"prefect.tag.{SERVICE_TAG}"]},
            "for_each": ["prefect.resource.id"],
            "threshold": 1,
            "within": crash_after,
        },
        "actions": [
            {
                "type": "change-flow-run-state",
                "state": "CRASHED",
                "message": f"No heartbeat for {crash_after} s: the worker is gone. Another worker picks the "
                "lead run up (automation 'Pick up crashed lead runs').",
            }
        ],
    }


def _crashed(flow: str) -> dict[str, Any]:
    """Crashed flow runs of `flow` that came from a deployment (a subflow has none)."""
    return {
        "type": "event",
        "posture": "Reactive",
        "expect": ["prefect.flow-run.Crashed"],
        "match": {"prefect.resource.id": ["prefect.flow-run.*"]},
        "match_related": [
            {"prefect.resource.role": "flow", "prefect.resource.name": [flow]},
            {"prefect.resource.role": "deployment", "prefect.resource.id": ["prefect.deployment.*"]},
        ],
        "threshold": 1,
        "within": 0,
    }


def pickup_automation() -> dict[str, Any]:
    """A crashed lead-list run -> a new run of the same deployment on the same lead run (the
    lead-run-id rule of flows/lead_run_id.py), which waits for the dead run's lease to lapse,
    replays the answers already paid for, and goes on."""
    same = {
        p: _json(f"{{{{ flow_run.parameters.get('{p}') | tojson }}}}")
        for p in ("pms", "state", "quantity", "store_block", "discovery_block")
    }
    return {
        "name": PICKUP,
        "description": "A crashed lead-list deployment run is resumed by a new run of its deployment with the same "
        "lead run id (wait_for_lease: it starts when the dead run's lease lapses).",
        "enabled": True,
        "trigger": _crashed(LEAD_LIST_FLOW),
        "actions": [
            {
                "type": "run-deployment",
                "source": "inferred",
                "parameters": {"run_id": _jinja(LEAD_RUN_ID_TEMPLATE), **same, "wait_for_lease": True},
            }
        ],
    }


def refill_pickup_automation() -> dict[str, Any]:
    """A crashed nightly refill -> a new refill run that takes over its parameters and night
    (`resume_flow_run`), resumes the night's run and delivers it; at most MAX_PICKUPS in a row."""
    return {
        "name": PICKUP_REFILL,
        "description": "A crashed lead-refill deployment run is resumed by a new run (same list and night; "
        "gives up after 3 pickups in a row).",
        "enabled": True,
        "trigger": _crashed(REFILL_FLOW),
        "actions": [
            {
                "type": "run-deployment",
                "source": "inferred",
                "parameters": {
                    "resume_flow_run": _jinja("{{ flow_run.id }}"),
                    "pickups": _json("{{ (flow_run.parameters.get('pickups') or 0) + 1 }}"),
                    "wait_for_lease": True,
                },
            }
        ],
    }


def automation_specs(crash_after: int = CRASH_AFTER_SECONDS) -> list[dict[str, Any]]:
    return [zombie_automation(crash_after), pickup_automation(), refill_pickup_automation()]


# automations/ in a checkout: file -> what it must hold (tests/unit/test_lists.py compares)
AUTOMATION_FILES: dict[str, Callable[[], Any]] = {
    "crash-zombie-lead-runs.yaml": zombie_automation,
    "pickup-crashed-lead-runs.yaml": lambda: {"automations": [pickup_automation(), refill_pickup_automation()]},
}


def _comparable(automation: Automation | AutomationCore) -> dict[str, Any]:
    data = automation.model_dump(mode="json", exclude={"id", "created", "updated"})
    data.get("trigger", {}).pop("id", None)
    data.pop("owner_resource", None)
    return {
        k: data.get(k)
        for k in ("name", "description", "enabled", "tags", "trigger", "actions", "actions_on_trigger", "actions_on_resolve")
    }


def apply_automation(client: SyncPrefectClient, spec: dict[str, Any], check: bool) -> list[Step]:
    """The automation `spec` on the server, by name: created, updated in place, duplicates
    removed (with `check`: only reported)."""
    from prefect.events.schemas.automations import AutomationCore

    want = AutomationCore.model_validate(spec)
    existing = sorted([a for a in client.read_automations_by_name(want.name) if a.name == want.name], key=lambda a: str(a.id))
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
