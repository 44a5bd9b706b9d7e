"""`leadflow setup` and `leadflow lists ...`: leadflow as a service on a Prefect server.

Registered from leadflow/cli/main.py. Exit codes as everywhere: 0 done (a night: target met), 1 short
(a night ended partial/stalled/failed; `setup --check`: something is missing), 2 bad input or no
usable Prefect server.
"""

from __future__ import annotations

import json

import typer

from leadflow.domain.errors import LeadflowError

lists_app = typer.Typer(no_args_is_help=True, help="Standing lists: refilled every night with companies they never "
                                                   "delivered.")


def _cli():
    from leadflow.cli import main as cli  # late: leadflow.cli.main imports this module at its end

    return cli


def _bad(exc: Exception | str) -> typer.Exit:
    return _cli().BadInput(str(exc))


def _prefect_ready() -> None:
    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults(console_level="WARNING")


_STATUS_STYLE = {"created": "green", "updated": "yellow", "removed": "yellow", "found": "dim", "missing": "red",
                 "differs": "red", "error": "red", "warning": "yellow"}


def setup_command(
    check: bool = typer.Option(False, "--check", help="Only report what is missing or differs (exit 1 if anything)"),
    pool: str = typer.Option("leadflow", help="Work pool (process type; its name starts with 'lead')"),
    heartbeat: int = typer.Option(30, help="Seconds between flow-run heartbeats of deployed runs (Prefect's minimum: 30)"),
    crash_after: int = typer.Option(90, help="Seconds of silence after which a deployed run is marked Crashed "
                                             "(and picked up by another worker)"),
    agent_limit: int | None = typer.Option(None, min=1, help="Agent calls at once across all workers, for the global "
                                                             "concurrency limit leadflow-agent-calls [default: 4; an "
                                                             "existing limit is kept unless given]"),
    agent_decay: float | None = typer.Option(None, min=0.0, help="Its slot decay per second [default: 0.2]"),
) -> None:
    """Install or update what the service needs on the Prefect server (PREFECT_API_URL), idempotently.

    Work pool, deployments (by module path), agent-call concurrency limit, automations, block types, lists' schedules.
    """
    from time import monotonic

    _prefect_ready()
    from leadflow.flows import server_setup as service_setup

    cli = _cli()
    started = monotonic()

    def echo(step) -> None:
        style = _STATUS_STYLE.get(step.status, "")
        detail = f"  ({step.detail})" if step.detail else ""
        cli.out.print(f"[{style}]{step.status:<8}[/{style}] {step.kind} {cli._plain(step.name)}"
                      f"{cli._plain(detail)}", highlight=False)

    try:
        steps = service_setup.setup(check=check, pool=pool, heartbeat=heartbeat, crash_after=crash_after,
                                    agent_limit=agent_limit, agent_decay=agent_decay, echo=echo)
    except LeadflowError as exc:
        raise _bad(exc) from None
    counts: dict[str, int] = {}
    for step in steps:
        counts[step.status] = counts.get(step.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    problems = [s for s in steps if s.problem]
    if check:
        cli.out.print(f"Check: {summary}." + (" Run `leadflow setup` to fix." if problems else " Nothing missing."),
                      highlight=False)
        raise typer.Exit(1 if problems else 0)
    cli.out.print(f"Setup done in {monotonic() - started:.1f} s: {summary}. Start a worker: "
                  f"prefect worker start --pool {pool}", highlight=False)
    raise typer.Exit(1 if problems else 0)


# --- lists ------------------------------------------------------------------------------------

def _store_uow():
    from leadflow.store import UnitOfWork

    return UnitOfWork()


def _have_prefect() -> bool:
    from leadflow import settings

    if settings.load().prefect_api_url:
        return True
    try:
        _prefect_ready()
        from prefect.settings import PREFECT_API_URL

        return bool(PREFECT_API_URL.value())
    except Exception:  # noqa: BLE001
        return False


@lists_app.command("add")
def lists_add(
    name: str = typer.Argument(..., help="The list's name: letters, digits, '-' (at most 20), e.g. tx-buildium"),
    pms: str = typer.Option(..., help="PMS product, e.g. Buildium"),
    state: str = typer.Option(..., help="US state code or name, e.g. TX"),
    quantity: str = typer.Option(..., help="New companies wanted each night (1..10000)"),
    schedule: str | None = typer.Option(None, help="Cron of the nightly refill, e.g. '0 2 * * *' (needs the Prefect "
                                                   "server and `leadflow setup`); none: run it with `lists run`"),
    timezone: str | None = typer.Option(None, help="IANA time zone of the schedule and of the night's date "
                                                   "[default: UTC]"),
    deliver: str | None = typer.Option(None, help="Where each night goes: a file (.csv, .xlsx, .parquet, .json; the "
                                                  "night joins its name: leads.csv -> leads-2026-11-29.csv, or put "
                                                  "{night} in the path) or an http(s):// webhook (POSTed as JSON)"),
    source: str | None = typer.Option(None, help="openai, sample, or a directory CSV [default: the worker's: openai "
                                                 "with a key, else the sample]"),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch"),
    parallel: int | None = typer.Option(None, help="Batches run at once"),
    verify: bool | None = typer.Option(None, "--verify/--no-verify", help="Live checks of every lead [default: on for "
                                                                          "the agent]"),
    max_calls: int | None = typer.Option(None, help="Spend guard per night: agent calls"),
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON"),
) -> None:
    """Add a standing list (or change one: its history is kept)."""
    from leadflow.app import lists as list_services
    from leadflow.delivery.nights import check_destination
    from leadflow.domain.lists import StandingList, shown_delivery
    from leadflow.domain.options import RunOptions

    cli = _cli()
    try:
        options = RunOptions.parse(batch_size=batch_size, parallel=parallel, verify=verify, max_calls=max_calls)
        lst = StandingList.parse(name=name, pms=pms, state=state, quantity=quantity, schedule=schedule,
                                 timezone=timezone, deliver=deliver, source=source, options=options)
        check_destination(lst.deliver)
        with _store_uow() as uow:
            before = list_services.find_list(uow, lst.name)
            needs_prefect = bool(lst.schedule or (before and before.schedule))
            if needs_prefect and not _have_prefect():
                from leadflow.flows.server_setup import NO_SERVER

                raise LeadflowError("schedule: " + NO_SERVER.replace("leadflow setup", "a schedule"))
            if needs_prefect:
                _prefect_ready()
                from leadflow.flows import server_setup as service_setup

                if lst.schedule:
                    service_setup.check_schedule(lst.schedule, lst.timezone)
            created = list_services.save_list(uow, lst, commit=False)
            step = service_setup.ensure_list_schedule(lst) if needs_prefect else None
            uow.commit()  # after Prefect took the schedule: a refused schedule leaves the store as it was
    except LeadflowError as exc:
        raise _bad(exc) from None
    if as_json:
        print(lst.model_dump_json())
        return
    cli.out.print(f"{'added' if created else 'updated'} list {lst.name}: {lst.quantity} x {lst.pms} in {lst.state}"
                  f", delivered to {cli._plain(shown_delivery(lst.deliver) or 'the lead store only')}", highlight=False)
    if step is not None:
        cli.out.print(f"schedule {step.status}: {cli._plain(step.detail or lst.schedule or '')} on "
                      f"lead-refill/nightly-refill (slug {lst.name}; pause it in the Prefect UI)", highlight=False)
    else:
        cli.out.print(f"no schedule: run a night with `leadflow lists run {lst.name}`", highlight=False)


def _schedule_state(name: str) -> dict | None | str:
    """Prefect's view of the list's schedule; a string when it cannot be known."""
    if not _have_prefect():
        return "unknown (no PREFECT_API_URL)"
    try:
        _prefect_ready()
        from leadflow.flows import server_setup as service_setup

        return service_setup.read_list_schedule(name)
    except LeadflowError as exc:
        return f"unknown ({exc})"


@lists_app.command("ls")
def lists_ls(as_json: bool = typer.Option(False, "--json", help="Machine-readable output")) -> None:
    """The standing lists and their last night."""
    from rich.table import Table

    from leadflow.app import lists as list_services
    from leadflow.domain.lists import shown_delivery

    cli = _cli()
    try:
        with _store_uow() as uow:
            lists = list_services.all_lists(uow)
    except LeadflowError as exc:
        raise _bad(exc) from None
    if as_json:
        print(json.dumps([_public(lst) for lst in lists]))
        return
    if not lists:
        cli.out.print("No standing lists. Add one: leadflow lists add tx-buildium --pms Buildium --state TX "
                      "--quantity 25 --schedule '0 2 * * *' --deliver ~/leads/tx.csv", highlight=False)
        return
    table = Table("name", "criteria", "schedule", "deliver", "last night", "delivered", "status")
    for lst in lists:
        table.add_row(cli._plain(lst.name), f"{lst.quantity} x {lst.pms} in {lst.state}",
                      cli._plain(f"{lst.schedule} {lst.timezone}" if lst.schedule else "by hand"),
                      cli._plain(shown_delivery(lst.deliver) or "store only"), lst.last_night or "",
                      "" if lst.last_delivered is None else str(lst.last_delivered), lst.last_status or "")
    cli.out.print(table)


def _public(lst) -> dict:
    """A list as shown: a webhook's secret parts masked."""
    from leadflow.domain.lists import shown_delivery

    return {**lst.model_dump(mode="json"), "deliver": shown_delivery(lst.deliver) or None}


@lists_app.command("show")
def lists_show(
    name: str = typer.Argument(..., help="The list"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """A list, its last night, and its schedule as Prefect has it (active or paused)."""
    from rich.table import Table

    from leadflow.app import lists as list_services

    cli = _cli()
    try:
        with _store_uow() as uow:
            lst = list_services.get_list(uow, name)
            nights = list_services.night_history(uow, lst.name)
    except LeadflowError as exc:
        raise _bad(exc) from None
    data = _public(lst)
    data["nights"] = [{**n.model_dump(), "redelivered": n.status == "delivered" and n.attempts > 1} for n in nights]
    if lst.schedule:
        data["prefect_schedule"] = _schedule_state(lst.name) or "missing: run `leadflow setup` (or lists add again)"
    if as_json:
        print(json.dumps(data, default=str))
        return
    table = Table(show_header=False, box=None)
    for key, value in data.items():
        if value not in (None, {}, "") and key != "nights":
            table.add_row(key, cli._plain(value if not isinstance(value, dict) else json.dumps(value, default=str)))
    for n in data["nights"]:
        what = (f"{n['count']} delivered to {n['delivery'] or 'the lead store'}" if n["status"] == "delivered"
                else f"delivery FAILED ({n['error']}); delivered again by the next attempt or night")
        again = f" (redelivered, {n['attempts']} attempts)" if n["redelivered"] else ""
        table.add_row(f"night {n['night']}", cli._plain(what + again))
    cli.out.print(table)


@lists_app.command("rm")
def lists_rm(name: str = typer.Argument(..., help="The list")) -> None:
    """Remove a list and its Prefect schedule (what it delivered stays in the store)."""
    from leadflow.app import lists as list_services

    cli = _cli()
    try:
        with _store_uow() as uow:
            lst = list_services.remove_list(uow, name, commit=False)
            removed = False
            if _have_prefect():
                _prefect_ready()
                from leadflow.flows import server_setup as service_setup

                try:
                    removed = service_setup.remove_list_schedule(lst.name)
                except service_setup.ServiceError:
                    if lst.schedule:
                        raise
            elif lst.schedule:
                from leadflow.flows.server_setup import NO_SERVER

                raise LeadflowError("schedule: removing the list's schedule " + NO_SERVER.split(" ", 2)[2])
            uow.commit()
    except LeadflowError as exc:
        raise _bad(exc) from None
    cli.out.print(f"removed list {lst.name}" + (" and its schedule" if removed else ""), highlight=False)


@lists_app.command("run")
def lists_run(
    name: str = typer.Argument(..., help="The list"),
    night: str | None = typer.Option(None, help="The night (YYYY-MM-DD) [default: today in the list's time zone]; "
                                                "the same night again resumes it"),
    local: bool = typer.Option(False, "--local", help="Run here instead of on a worker (also without PREFECT_API_URL)"),
    wait: bool = typer.Option(True, "--wait/--no-wait", help="Wait for the night to end and print it"),
    timeout: float | None = typer.Option(None, help="Stop waiting after this many seconds (the run goes on)"),
    as_json: bool = typer.Option(False, "--json", help="Print the night's summary as JSON (last line of stdout)"),
) -> None:
    """Run a list's night now, on a worker (or here with --local), and deliver it; the same night again resumes it."""
    from leadflow.app import lists as list_services
    from leadflow.domain.lists import check_night

    cli = _cli()
    try:
        with _store_uow() as uow:
            lst = list_services.get_list(uow, name)
        night = check_night(night) if night else None
    except LeadflowError as exc:
        raise _bad(exc) from None
    if local or not _have_prefect():
        if not local:
            cli.err.print("No PREFECT_API_URL: running the night here (a temporary Prefect server).", style="dim",
                          highlight=False)
        _prefect_ready()
        from leadflow.flows.lead_list import local_run
        from leadflow.flows.lead_refill import lead_refill

        with local_run():
            state = lead_refill(list_name=lst.name, night=night, return_state=True)
        _report_night(lst.name, night, state, as_json)
        return
    _prefect_ready()
    from leadflow.flows import server_setup as service_setup

    try:
        run = service_setup.start_list_night(lst.name, night)
    except LeadflowError as exc:
        raise _bad(exc) from None
    cli.err.print(f"Started flow run {run.name} ({run.id}) of {service_setup.REFILL} for list {lst.name}"
                  f"{' night ' + night if night else ''}; a worker of its pool runs it.", highlight=False)
    if not wait:
        return
    try:
        final = service_setup.wait_for(run.id, timeout=timeout)
    except KeyboardInterrupt:
        cli.err.print("Stopped waiting; the night goes on on the worker.", highlight=False)
        raise typer.Exit(130) from None
    if final.state is None or not final.state.is_final():
        cli.err.print(f"Still {final.state.name if final.state else 'pending'} after {timeout} s; the night goes on.",
                      highlight=False)
        raise typer.Exit(1)
    _report_night(lst.name, night, final.state, as_json)


def _report_night(name: str, night: str | None, state, as_json: bool) -> None:
    """The night as the store has it (the flow recorded it on the list), and the exit code."""
    from leadflow.app import lists as list_services
    from leadflow.app import reading
    from leadflow.domain.lists import night_run_id

    cli = _cli()
    with _store_uow() as uow:
        lst = list_services.find_list(uow, name)
        night = night or (lst.last_night if lst else None)
        summary = None
        if night:
            try:
                summary = reading.summary(uow, night_run_id(name, night))
            except LeadflowError:
                summary = None
    delivered = lst is not None and lst.last_night == night and lst.last_run_id is not None
    # A night that ended short is Failed in Prefect and shown like one below; a Failed flow with a
    # run that completed failed elsewhere (its delivery), and one without a run never started.
    if summary is None or (not state.is_completed() and summary.status == "completed"):
        cli.err.print(f"[red]error:[/red] list {name} night {night or '?'}: the flow ended {state.name}: "
                      f"{cli._plain(state.message or '')}")
        raise typer.Exit(1)
    if as_json:
        print(json.dumps({"list": name, "night": night, "delivered": lst.last_delivered if delivered else None,
                          "delivered_to": lst.last_delivery if delivered else None,
                          "summary": summary.model_dump(mode="json")}))
    else:
        cli._print_summary(summary)
        where = lst.last_delivery or "the lead store only" if delivered else "nowhere yet"
        cli.out.print(f"List {name} night {night}: {lst.last_delivered if delivered else 0} new companies delivered "
                      f"to {cli._plain(where)}", highlight=False)
    raise typer.Exit(0 if summary.status == "completed" else 1)
