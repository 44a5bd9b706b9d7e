"""`leadflow lists ...`: standing lists, refilled every night with companies they never
delivered. Parsing and printing only: what spans the lead store and the Prefect server is
flows/standing_lists.py. Exit codes as everywhere (leadflow/cli/errors.py); `lists run`: 0 the
night met its target, 1 it ended short (or was still going at --timeout)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from rich.table import Table

from leadflow.cli.errors import CommandFailed
from leadflow.cli.output import err, out, plain, print_json, print_summary, say_server_gone

if TYPE_CHECKING:
    from prefect.states import State

    from leadflow.domain.lists import StandingList
    from leadflow.flows.standing_lists import SavedList

lists_app = typer.Typer(
    rich_markup_mode=None, no_args_is_help=True, help="Standing lists: refilled every night with companies they never delivered."
)


@lists_app.command("add")
def lists_add(
    name: str = typer.Argument(..., help="The list's name: letters, digits, '-' (at most 20), e.g. tx-buildium"),
    pms: str = typer.Option(..., help="PMS product, e.g. Buildium"),
    state: str = typer.Option(..., help="US state code or name, e.g. TX"),
    quantity: str = typer.Option(..., metavar="<int>", help="New companies wanted each night (1..10000)"),
    schedule: str | None = typer.Option(
        None,
        help="Cron of the nightly refill, e.g. '0 2 * * *' (needs the Prefect "
        "server and `leadflow setup`); none: run it with `lists run`",
    ),
    timezone: str | None = typer.Option(None, help="IANA time zone of the schedule and of the night's date [default: UTC]"),
    deliver: str | None = typer.Option(
        None,
        help="Where each night goes: a file (.csv, .xlsx, .parquet, .json; .parquet needs pip install 'leadflow[parquet]'; the "
        "night joins its name: leads.csv -> leads-2026-11-29.csv, or put "
        "{night} in the path) or an http(s):// webhook (POSTed as JSON)",
    ),
    source: str | None = typer.Option(
        None, help="openai, sample, or a directory CSV [default: the worker's: openai with a key, else the sample]"
    ),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch"),
    parallel: int | None = typer.Option(None, help="Batches run at once"),
    verify: bool | None = typer.Option(
        None, "--verify/--no-verify", help="Live checks of every lead [default: on for the agent]"
    ),
    max_calls: int | None = typer.Option(None, help="Spend guard per night: agent calls"),
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON"),
) -> None:
    """Add a standing list (or change one: its history is kept)."""
    from leadflow.domain.lists import StandingList
    from leadflow.domain.options import RunOptions
    from leadflow.flows import standing_lists

    options = RunOptions.parse(batch_size=batch_size, parallel=parallel, verify=verify, max_calls=max_calls)
    lst = StandingList.parse(
        name=name,
        pms=pms,
        state=state,
        quantity=quantity,
        schedule=schedule,
        timezone=timezone,
        deliver=deliver,
        source=source,
        options=options,
    )
    saved = standing_lists.save_list(lst)
    if as_json:
        print(lst.model_dump_json())
    else:
        _say_saved(lst, saved)


def _say_saved(lst: StandingList, saved: SavedList) -> None:
    """What `lists add` did: the list, where its nights go, and its schedule."""
    from leadflow.domain.lists import shown_delivery

    out.print(
        f"{'added' if saved.created else 'updated'} list {lst.name}: {lst.quantity} x {lst.pms} in {lst.state}"
        f", delivered to {plain(shown_delivery(lst.deliver) or 'the lead store only')}",
        highlight=False,
    )
    if saved.schedule is not None:
        out.print(
            f"schedule {saved.schedule.status}: {plain(saved.schedule.detail or lst.schedule or '')} on "
            f"lead-refill/nightly-refill (slug {lst.name}; pause it in the Prefect UI)",
            highlight=False,
        )
    else:
        out.print(f"no schedule: run a night with `leadflow lists run {lst.name}`", highlight=False)


@lists_app.command("ls")
def lists_ls(as_json: bool = typer.Option(False, "--json", help="Machine-readable output")) -> None:
    """The standing lists and their last night."""
    from leadflow.app import lists as list_services
    from leadflow.domain.lists import shown_delivery
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        lists = list_services.all_lists(uow)
    if as_json:
        print_json([_public(lst) for lst in lists])
        return
    if not lists:
        out.print(
            "No standing lists. Add one: leadflow lists add tx-buildium --pms Buildium --state TX "
            "--quantity 25 --schedule '0 2 * * *' --deliver ~/leads/tx.csv",
            highlight=False,
        )
        return
    table = Table("name", "criteria", "schedule", "deliver", "last night", "delivered", "status")
    for lst in lists:
        table.add_row(
            plain(lst.name),
            f"{lst.quantity} x {lst.pms} in {lst.state}",
            plain(f"{lst.schedule} {lst.timezone}" if lst.schedule else "by hand"),
            plain(shown_delivery(lst.deliver) or "store only"),
            lst.last_night or "",
            "" if lst.last_delivered is None else str(lst.last_delivered),
            lst.last_status or "",
        )
    out.print(table)


def _public(lst: StandingList) -> dict[str, Any]:
    """A list as shown: a webhook's secret parts masked."""
    from leadflow.domain.lists import shown_delivery

    return {**lst.model_dump(mode="json"), "deliver": shown_delivery(lst.deliver) or None}


@lists_app.command("show")
def lists_show(
    name: str = typer.Argument(..., help="The list"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """A list, its last night, and its schedule as Prefect has it (active or paused)."""
    from leadflow.app import lists as list_services
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        lst = list_services.get_list(uow, name)
        nights = list_services.night_history(uow, lst.name)
    data = _public(lst)
    data["nights"] = [{**n.model_dump(), "redelivered": n.status == "delivered" and n.attempts > 1} for n in nights]
    if lst.schedule:
        from leadflow.flows.standing_lists import schedule_state

        data["prefect_schedule"] = schedule_state(lst.name) or "missing: run `leadflow setup` (or lists add again)"
    if as_json:
        print_json(data)
        return
    table = Table(show_header=False, box=None)
    for key, value in data.items():
        if value not in (None, {}, "") and key != "nights":
            table.add_row(key, plain(value if not isinstance(value, dict) else json.dumps(value, default=str)))
    for n in data["nights"]:
        what = (
            f"{n['count']} delivered to {n['delivery'] or 'the lead store'}"
            if n["status"] == "delivered"
            else f"delivery FAILED ({n['error']}); delivered again by the next attempt or night"
        )
        again = f" (redelivered, {n['attempts']} attempts)" if n["redelivered"] else ""
        table.add_row(f"night {n['night']}", plain(what + again))
    out.print(table)


@lists_app.command("rm")
def lists_rm(name: str = typer.Argument(..., help="The list")) -> None:
    """Remove a list and its Prefect schedule (what it delivered stays in the store)."""
    from leadflow.flows.standing_lists import remove_list

    lst, removed = remove_list(name)
    out.print(f"removed list {lst.name}" + (" and its schedule" if removed else ""), highlight=False)


@lists_app.command("run")
def lists_run(
    name: str = typer.Argument(..., help="The list"),
    night: str | None = typer.Option(
        None, help="The night (YYYY-MM-DD) [default: today in the list's time zone]; the same night again resumes it"
    ),
    local: bool = typer.Option(False, "--local", help="Run here instead of on a worker (also without PREFECT_API_URL)"),
    wait: bool = typer.Option(True, "--wait/--no-wait", help="Wait for the night to end and print it"),
    timeout: float | None = typer.Option(None, help="Stop waiting after this many seconds (the run goes on)"),
    as_json: bool = typer.Option(False, "--json", help="Print the night's summary as JSON (last line of stdout)"),
) -> None:
    """Run a list's night now, on a worker (or here with --local), and deliver it; the same night again resumes it."""
    from leadflow import settings
    from leadflow.app import lists as list_services
    from leadflow.cli.local_server import prefect_hint, use_background_server
    from leadflow.domain.lists import check_night
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        lst = list_services.get_list(uow, name)
        delivered_before = {n.night for n in list_services.night_history(uow, name) if n.status == "delivered"}
    night = check_night(night) if night else None
    config = settings.load()
    used = use_background_server(config.home, config.server_idle_minutes)  # before Prefect is imported
    from leadflow.flows import standing_lists
    from leadflow.flows.prefect_server import configured

    ended: State[Any] | None
    if local or used.how != "user" or not configured():
        if not local:
            err.print("No PREFECT_API_URL: running the night here.", style="dim", highlight=False)
        hint = prefect_hint(used, config.server_idle_minutes)
        if hint:
            err.print(hint, style="dim", highlight=False)
        used.ready()
        started = datetime.now(UTC)  # the night the flow takes when none is given (a run may cross midnight)
        try:
            ended = standing_lists.run_night_here(lst.name, night)
        except Exception as exc:
            night = night or lst.night_at(started)
            ended = _without_server(lst, night, exc)
    else:
        ended = _on_a_worker(lst.name, night, wait, timeout)
    if ended is not None:  # None: started on a worker, not waited for
        _report_night(lst.name, night, ended, as_json, delivered_before)


def _on_a_worker(name: str, night: str | None, wait: bool, timeout: float | None) -> State[Any] | None:
    """Start the night on a worker; with `wait`, its final state (None: not waited for)."""
    from leadflow.flows import standing_lists
    from leadflow.flows.prefect_server import REFILL

    run = standing_lists.start_night(name, night)
    err.print(
        f"Started flow run {run.name} ({run.id}) of {REFILL} for list {name}"
        f"{' night ' + night if night else ''}; a worker of its pool runs it.",
        highlight=False,
    )
    if not wait:
        return None
    try:
        final = standing_lists.wait_for(run.id, timeout=timeout)
    except KeyboardInterrupt:
        err.print("Stopped waiting; the night goes on on the worker.", highlight=False)
        raise typer.Exit(130) from None
    if final.state is None or not final.state.is_final():
        err.print(
            f"Still {final.state.name if final.state else 'pending'} after {timeout} s; the night goes on.", highlight=False
        )
        raise typer.Exit(1)
    return final.state


def _without_server(lst: StandingList, night: str, exc: Exception) -> State[Any]:
    """The night's flow raised because the Prefect server stopped answering (it could not record
    its own end; lead_refill delivered the night from the store if its run had ended): the
    night's outcome as the lead store has it. Any other error is raised as it came."""
    from prefect.states import Completed, Failed

    from leadflow.app import lists as list_services
    from leadflow.flows.local import lost_server
    from leadflow.store import UnitOfWork

    gone = lost_server(exc)
    if gone is None:
        raise exc
    say_server_gone(gone, "night")
    with UnitOfWork() as uow:
        delivered = any(n.night == night and n.status == "delivered" for n in list_services.night_history(uow, lst.name))
    if delivered:
        return Completed()
    return Failed(message=f"stopped before its delivery; the same night again resumes it (--night {night})")


def _report_night(name: str, night: str | None, state: State[Any], as_json: bool, delivered_before: set[str]) -> NoReturn:
    """The night as the store has it (the flow recorded it on the list), and the exit code. A
    night delivered before this command is said to be delivered again, not new."""
    from leadflow.app import lists as list_services
    from leadflow.app import reading
    from leadflow.domain.errors import LeadflowError
    from leadflow.domain.lists import night_run_id
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        lst = list_services.find_list(uow, name)
        night = night or (lst.last_night if lst else None)
        summary = None
        if night:
            try:
                summary = reading.summary(uow, night_run_id(name, night))
            except LeadflowError:
                summary = None
    # A night that ended short is Failed in Prefect and shown like one below; a Failed flow with a
    # run that completed failed elsewhere (its delivery), and one without a run never started.
    if summary is None or (not state.is_completed() and summary.status == "completed"):
        raise CommandFailed(f"list {name} night {night or '?'}: the flow ended {state.name}: {state.message or ''}")
    delivered = lst is not None and lst.last_night == night and lst.last_run_id is not None
    count, where = (lst.last_delivered, lst.last_delivery) if delivered and lst is not None else (None, None)
    if as_json:
        print_json(
            {
                "list": name,
                "night": night,
                "delivered": count,
                "delivered_to": where,
                "redelivered": night in delivered_before,
                "summary": summary.model_dump(mode="json"),
            }
        )
    else:
        print_summary(summary)
        shown = (where or "the lead store only") if delivered else "nowhere yet"
        what = f"{count if delivered else 0} new companies delivered"
        if night in delivered_before:
            what = f"delivered before; its {count if delivered else 0} companies delivered again"
        out.print(f"List {name} night {night}: {what} to {plain(shown)}", highlight=False)
    raise typer.Exit(0 if summary.status == "completed" else 1)
