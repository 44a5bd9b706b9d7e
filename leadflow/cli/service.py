"""`leadflow setup`: leadflow as a service on a Prefect server (what it installs:
flows/server_setup.py). Exit codes as everywhere (leadflow/cli/errors.py); `setup --check`: 1
when something is missing or differs; 2 also for no usable Prefect server."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from leadflow.cli.output import out, plain

if TYPE_CHECKING:
    from leadflow.flows.prefect_server import Step

_STATUS_STYLE = {
    "created": "green",
    "updated": "yellow",
    "removed": "yellow",
    "found": "dim",
    "missing": "red",
    "differs": "red",
    "error": "red",
    "warning": "yellow",
}


def setup_command(
    check: bool = typer.Option(False, "--check", help="Only report what is missing or differs (exit 1 if anything)"),
    pool: str = typer.Option("leadflow", help="Work pool (process type; its name starts with 'lead')"),
    heartbeat: int = typer.Option(30, help="Seconds between flow-run heartbeats of deployed runs (Prefect's minimum: 30)"),
    crash_after: int = typer.Option(
        90, help="Seconds of silence after which a deployed run is marked Crashed (and picked up by another worker)"
    ),
    agent_limit: int | None = typer.Option(
        None,
        min=1,
        help="Agent calls at once across all workers, for the global "
        "concurrency limit leadflow-agent-calls [default: 4; an "
        "existing limit is kept unless given]",
    ),
    agent_decay: float | None = typer.Option(None, min=0.0, help="Its slot decay per second [default: 0.2]"),
) -> None:
    """Install or update what the service needs on the Prefect server (PREFECT_API_URL), idempotently.

    Work pool, deployments (by module path), agent-call concurrency limit, automations, block types, lists' schedules.
    """
    from time import monotonic

    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults(console_level="WARNING")
    from leadflow.flows.server_setup import SetupRequest, setup

    started = monotonic()
    steps = setup(
        SetupRequest(
            check=check, pool=pool, heartbeat=heartbeat, crash_after=crash_after, agent_limit=agent_limit, agent_decay=agent_decay
        ),
        echo=_echo,
    )
    counts: dict[str, int] = {}
    for step in steps:
        counts[step.status] = counts.get(step.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    problems = [s for s in steps if s.problem]
    if check:
        out.print(f"Check: {summary}." + (" Run `leadflow setup` to fix." if problems else " Nothing missing."), highlight=False)
    else:
        out.print(
            f"Setup done in {monotonic() - started:.1f} s: {summary}. Start a worker: prefect worker start --pool {pool}",
            highlight=False,
        )
    raise typer.Exit(1 if problems else 0)


def _echo(step: Step) -> None:
    style = _STATUS_STYLE.get(step.status, "")
    detail = f"  ({step.detail})" if step.detail else ""
    out.print(f"[{style}]{step.status:<8}[/{style}] {step.kind} {plain(step.name)}{plain(detail)}", highlight=False)
