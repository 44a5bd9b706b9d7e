"""`leadflow run`, `estimate`, `status`, `export`: one lead run, from the request to the file."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.markup import escape
from rich.table import Table

from leadflow.cli.errors import CommandFailed
from leadflow.cli.output import err, out, plain, print_estimate, print_json, print_summary, say_server_gone, summary_dict
from leadflow.domain.errors import LeadflowError

if TYPE_CHECKING:
    from prefect.states import State

    from leadflow.domain.models import RunRequest, RunSummary
    from leadflow.domain.records import RunRecord
    from leadflow.settings import Settings

FLOW_OPTIONS = ("batch_size", "parallel", "max_loops", "verify")  # the flow's own parameters; the rest in `options`


def run(
    pms: str | None = typer.Option(None, help="PMS product, e.g. Buildium, AppFolio, 'Rent Manager'; required for a new run"),
    state: str | None = typer.Option(None, help="US state code or name, e.g. TX; required for a new run"),
    quantity: str | None = typer.Option(None, metavar="<int>", help="Companies wanted (1..10000); required for a new run"),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch [default: LEAD_LIST_BATCH_SIZE or 10]"),
    parallel: int | None = typer.Option(None, help="Batches run at once, each on its own region of the state [default: 1]"),
    max_loops: int | None = typer.Option(None, help="Give up (partial) after this many loops [default: from quantity]"),
    stall_loops: int | None = typer.Option(None, help="Stop (stalled) after this many loops add nothing [default: 2]"),
    run_id: str | None = typer.Option(None, help="Resume this run (criteria may be omitted)"),
    source: str | None = typer.Option(None, help="openai, or a directory CSV [default: openai with a key, else the sample]"),
    exclude_previous: bool | None = typer.Option(
        None, "--exclude-previous/--no-exclude-previous", help="Skip companies delivered by earlier runs"
    ),
    allow_unverified: bool | None = typer.Option(
        None, "--allow-unverified/--no-allow-unverified", help="Accept companies without PMS evidence (confidence none)"
    ),
    verify: bool | None = typer.Option(
        None,
        "--verify/--no-verify",
        help="Live checks: fetch every lead's evidence URL and website before it counts "
        "[default: on for the agent, off for a local directory]",
    ),
    adaptive: bool | None = typer.Option(
        None, "--adaptive/--no-adaptive", help="Grow batches while the agent's answers are clean, shrink them when not"
    ),
    max_calls: int | None = typer.Option(None, help="Spend guard: agent calls the run may make (ends partial, reason budget)"),
    max_cost: float | None = typer.Option(None, help="Spend guard: USD the run may spend (needs LEADFLOW_PRICE_*_PER_MTOK)"),
    estimate: bool = typer.Option(False, "--estimate", help="Print the expected calls, tokens and cost; run nothing"),
    wait: bool = typer.Option(False, "--wait", help="If another worker holds the run, wait for it instead of refusing"),
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON (last line of stdout)"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log lines"),
) -> None:
    """Run a lead list to its target, or resume one with --run-id."""
    from leadflow.domain.models import RunRequest
    from leadflow.domain.options import RunOptions

    # Every RunOptions field is a flag of the same name; one left off is None ("not given"):
    # a new run takes the default, a resumed run keeps its stored value.
    options = RunOptions.parse(**{name: value for name, value in locals().items() if name in RunOptions.model_fields})
    request = RunRequest.parse(pms=pms, state=state, quantity=quantity, run_id=run_id, source=source, options=options, wait=wait)
    # The input is checked: now the store (SQLAlchemy) loads, not before, so a typo costs little.
    from leadflow import settings
    from leadflow.app import runs as run_service
    from leadflow.app import spend
    from leadflow.store import UnitOfWork

    if request.run_id is None:
        request = request.model_copy(update={"run_id": run_service.new_run_id()})
    config = settings.load()
    with UnitOfWork(config.store_url()) as uow:
        existing, _, notice = run_service.check_request(uow, request)
        guess = spend.estimate(uow, existing.criteria if existing else request.criteria(), options) if estimate else None
    if guess is not None:
        print_estimate(guess, as_json)
        return
    if notice:
        err.print(notice, highlight=False)
    summary = _fill(request, existing, config, as_json=as_json, verbose=verbose)
    _report(summary, as_json)
    raise typer.Exit(0 if summary.status == "completed" else 1)


def _report(summary: RunSummary, as_json: bool) -> None:
    """How a run ends on screen: the summary and the next commands, or the JSON object last."""
    if as_json:
        print_json(summary_dict(summary))
        return
    print_summary(summary)
    out.print(
        f"Run id: [bold]{summary.run_id}[/bold]  (leadflow status {summary.run_id}; "
        f"leadflow export {summary.run_id} -o leads.csv)"
    )


def _fill(request: RunRequest, existing: RunRecord | None, config: Settings, *, as_json: bool, verbose: bool) -> RunSummary:
    """The lead-list flow, run here with live progress until the run ends or is stopped."""
    from leadflow.cli.local_server import prefect_hint, use_background_server
    from leadflow.runtime_env import apply_prefect_defaults

    used = use_background_server(config.home, config.server_idle_minutes)
    hint = prefect_hint(used, config.server_idle_minutes)
    if hint:
        err.print(hint, highlight=False, style="dim")
    apply_prefect_defaults(console_level=None if verbose else "WARNING")
    from prefect import tags  # imports Prefect: after its settings

    from leadflow.cli.progress import ProgressWatcher
    from leadflow.cli.stopping import RunStopper
    from leadflow.flows.artifacts import lead_run_tags
    from leadflow.flows.lead_list import lead_list, local_run, refusal, show_task_ends
    from leadflow.flows.local import lost_server

    show_task_ends(verbose)
    store_url, rid = config.store_url(), request.run_id
    assert rid is not None  # `run` names a new run before it asks for it
    live = err.is_terminal and not as_json and not verbose
    run_tags = lead_run_tags(
        existing.pms if existing else request.pms,  # tags reach automations
        existing.state if existing else request.state,
        rid,
    )
    stopper = RunStopper(store_url, rid)
    used.ready()  # a background server started above came up meanwhile
    flow_called = False
    try:
        with (
            ProgressWatcher(store_url, rid, live=live),
            tags(*run_tags),
            local_run(on_stop=stopper.begin_grace),
            stopper.on_signals(),
        ):
            flow_called = True  # past Prefect's first request (local_run): a server not there at all raised above
            ended = lead_list(**_flow_parameters(request))
    except KeyboardInterrupt:
        raise typer.Exit(stopper.stop()) from None
    except Exception as exc:
        if not flow_called or not lost_server(exc):
            raise
        return _without_server(store_url, rid, exc)  # the Prefect server stopped answering mid-run
    _say_if_server_gone()
    refused = refusal(ended)
    if refused is not None and refused.leased:  # another worker took the run between our check and the flow's
        raise LeadflowError(refused.reason)
    return _ended(store_url, rid, ended)


def _without_server(store_url: str, rid: str, exc: Exception) -> RunSummary:
    """The flow raised because the Prefect server stopped answering: how the run ended, as the
    lead store has it. A run the store never saw is the server's error, said as such."""
    from prefect.states import Failed

    try:
        summary: RunSummary | None = _ended(store_url, rid, Failed(message=f"the Prefect server stopped answering: {exc}"))
    except CommandFailed:
        summary = None
    if summary is None:  # raised as it came: the CLI's error path reads the connection error under it
        raise exc
    _say_if_server_gone()
    return summary


def _say_if_server_gone() -> None:
    from leadflow.flows.local import server_gone

    gone = server_gone()
    if gone:
        say_server_gone(gone)


def _flow_parameters(request: RunRequest) -> dict[str, Any]:
    given = request.options.given()
    own = {k: given.pop(k) for k in FLOW_OPTIONS if k in given}
    return dict(
        pms=request.pms,
        state=request.state,
        quantity=request.quantity,
        run_id=request.run_id,
        source=request.source,
        wait_for_lease=request.wait,
        return_state=True,
        **own,
        options=given or None,
    )


def _ended(store_url: str, rid: str, ended: State[Any]) -> RunSummary:
    """How the run ended, as the lead store has it (or as the flow said, when it could not record it)."""
    from leadflow.app import reading
    from leadflow.store import StoreUnavailable, UnitOfWork

    try:
        with UnitOfWork(store_url) as uow:
            summary = reading.summary(uow, rid)
    except StoreUnavailable as exc:
        raise CommandFailed(f"{exc}. Paid answers are kept; when the store is back: leadflow run --run-id {rid}") from None
    except LeadflowError:
        raise CommandFailed(f"the flow ended {ended.type.value} before creating run {rid}: {ended.message}") from None
    if ended.is_failed() and not summary.is_final:  # the flow stopped but could not record it (a store error)
        summary = summary.model_copy(
            update={"status": "failed", "status_reason": f"stopped, not recorded in the lead store: {ended.message}"}
        )
    return summary


def estimate_command(
    pms: str = typer.Option(..., help="PMS product, e.g. Buildium"),
    state: str = typer.Option(..., help="US state code or name, e.g. TX"),
    quantity: str = typer.Option(..., metavar="<int>", help="Companies wanted (1..10000)"),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch [default: LEAD_LIST_BATCH_SIZE or 10]"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """Expected agent calls, tokens and cost of a run, without calling the agent."""
    from leadflow.app import spend
    from leadflow.domain.models import RunRequest
    from leadflow.domain.options import RunOptions
    from leadflow.store import UnitOfWork

    options = RunOptions.parse(batch_size=batch_size)
    criteria = RunRequest.parse(pms=pms, state=state, quantity=quantity).criteria()
    with UnitOfWork() as uow:
        guess = spend.estimate(uow, criteria, options)
    print_estimate(guess, as_json)


def status(
    run_id: str | None = typer.Argument(None, help="A run id; omit for recent runs"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
    limit: int = typer.Option(20, help="How many recent runs to list"),
) -> None:
    """Show a run (with rejection counts by reason), or the most recent runs."""
    from leadflow.app import reading
    from leadflow.store import UnitOfWork

    if not run_id:
        with UnitOfWork() as uow:
            runs = reading.recent(uow, limit)
        if as_json:
            print_json([summary_dict(r) for r in runs])
        else:
            _print_recent(runs)
        return
    with UnitOfWork() as uow:
        summary = reading.summary(uow, run_id)
        batches = reading.batch_table(uow, run_id)
    if as_json:
        print_json(summary_dict(summary))
        return
    print_summary(summary)
    _print_rejections(summary)
    if batches:
        table = Table(
            "batch",
            "loop",
            "region",
            "requested",
            "returned",
            "accepted",
            "rejected",
            "tokens in/out",
            "ms",
            "error",
            title="Batches",
        )
        for b in batches:
            table.add_row(
                str(b.number),
                str(b.loop),
                plain(b.partition or ""),
                str(b.requested),
                str(b.returned),
                str(b.accepted),
                str(b.rejected),
                f"{b.prompt_tokens}/{b.completion_tokens}",
                str(b.latency_ms),
                plain((b.error or "")[:60]),
            )
        out.print(table)


def _print_recent(runs: list[RunSummary]) -> None:
    if not runs:
        out.print("No runs yet. Start one: leadflow run --pms Buildium --state TX --quantity 25")
        return
    table = Table("run_id", "status", "pms", "state", "ready/target", "batches", "llm calls", "created")
    for r in runs:
        table.add_row(
            *map(plain, (r.run_id, r.status, r.pms, r.state)),
            f"{r.companies_ready}/{r.target_quantity}",
            str(r.batches),
            str(r.llm_calls),
            f"{r.created_at:%Y-%m-%d %H:%M}" if r.created_at else "",
        )
    out.print(table)


def _print_rejections(summary: RunSummary) -> None:
    from leadflow.domain.reasons import REASONS

    if summary.rejected:
        table = Table("reason", "count", "meaning", title="Rejections")
        for reason, n in summary.rejected.items():
            table.add_row(plain(reason), str(n), REASONS.get(reason, ""))
        out.print(table)


def export(
    run_id: str = typer.Argument(..., help="The run to export"),
    output: Path = typer.Option(
        ..., "-o", "--output", help="File: .csv, .xlsx, .parquet (needs pip install 'leadflow[parquet]') or .json"
    ),
    include_rejected: bool = typer.Option(False, help="Also export rejected candidates with their reason"),
) -> None:
    """Write a run's validated companies to a file (format by suffix)."""
    from leadflow.delivery.formats import writable_format

    writable_format(output, field="-o")  # before the store or pandas loads: a typo costs nothing
    from leadflow.app import reading
    from leadflow.delivery.export import export_columns, write_export
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        rows = reading.export_rows(uow, run_id, include_rejected)
    written = write_export(rows, export_columns(rows, include_rejected), output, field="-o")
    err.print(f"Wrote {written} {'candidates' if include_rejected else 'companies'} to {escape(str(output))}", highlight=False)
