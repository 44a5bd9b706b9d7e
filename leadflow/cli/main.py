"""The `leadflow` command. Exit codes: 0 target met, 1 run ended short (or a store or server
that is down), 2 bad input, 130 stopped by Ctrl-C, 143 stopped by SIGTERM."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import signal
import sys
import threading
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from leadflow.domain.errors import LeadflowError

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__, pretty_exceptions_enable=False)
blocklist_app = typer.Typer(no_args_is_help=True, help="Domains never to return (customers, do-not-contact).")
app.add_typer(blocklist_app, name="blocklist")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
if not out.is_terminal:  # logs and pipes: don't squeeze tables into 80 columns
    out.width = max(out.width, 160)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            shown = version("leadflow")
        except PackageNotFoundError:  # run from a checkout that was never installed
            shown = "unknown (not installed)"
        out.print(f"leadflow {shown}", highlight=False)
        raise typer.Exit(0)


@app.callback()
def _root(
    show_version: bool = typer.Option(False, "--version", help="Print leadflow's version and exit",
                                      callback=_print_version, is_eager=True),
) -> None:
    """Build lead lists of property managers by state and PMS, checked live."""


class BadInput(typer.Exit):
    def __init__(self, message: str):
        err.print(f"[red]error:[/red] {escape(message)}", highlight=False)  # user text is not markup
        super().__init__(code=2)


def _plain(value: object) -> Text:
    """A table cell from stored or agent text: never markup ('[bold red]', '[/]'), and control
    characters (ANSI escapes) shown as '\\x1b' instead of reaching the terminal."""
    return Text(_CONTROL.sub(lambda m: repr(m.group())[1:-1], str(value)))


def _summary_dict(summary) -> dict:
    return summary.model_dump(mode="json")


def _print_summary(summary) -> None:
    table = Table(show_header=False, box=None)
    for key in ("run_id", "status", "status_reason", "pms", "state", "target_quantity",
                "companies_ready", "batches", "loops", "llm_calls", "prompt_tokens", "completion_tokens",
                "cost_usd", "source"):
        if getattr(summary, key) is not None or key != "cost_usd":
            table.add_row(key, _plain(getattr(summary, key)))
    table.add_row("verified", f"verified {summary.verified} of {summary.companies_ready}" if summary.verify
                  else f"live checks off: {summary.companies_ready} unverified")
    if summary.unfinished_calls:
        table.add_row("unfinished_calls", f"{summary.unfinished_calls} of llm_calls in flight or cut off with their "
                                          "worker (tokens unknown)")
    if summary.searches or summary.searches_failed:
        line = f"{summary.searches} answered ({summary.search_cache_hits} from the cache"
        line += f", {summary.hosted_searches} hosted by OpenAI)" if summary.hosted_searches else ")"
        if summary.searches_failed:
            line += f", {summary.searches_failed} failed (last: {summary.search_error})"
        table.add_row("searches", _plain(line))
    if summary.rejected:
        table.add_row("rejected", _plain(", ".join(f"{k}={v}" for k, v in summary.rejected.items())))
    out.print(table)


class _ProgressWatcher:
    """Polls the lead store (never the flow) and draws progress: a bar on a terminal,
    the seed's progress lines otherwise."""

    def __init__(self, store_url: str, run_id: str, live: bool):
        self.store_url, self.run_id, self.live = store_url, run_id, live
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._last: tuple | None = None

    def __enter__(self):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, disable=not self.live,
        )
        self.progress.start()
        self.task = self.progress.add_task("Lead discovery: starting", total=None)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)
        self._poll()
        self.progress.stop()

    def _loop(self):
        while not self._stop.wait(0.5):
            self._poll()

    def _poll(self):
        from sqlalchemy.exc import DBAPIError

        from leadflow.app import reading
        from leadflow.domain.planning import progress_line
        from leadflow.store import UnitOfWork

        try:
            with UnitOfWork(self.store_url) as uow:
                s = reading.summary(uow, self.run_id)
        except (LeadflowError, DBAPIError):  # not there yet, or the store blinked: the flow says what matters
            return
        line = progress_line(s.companies_ready, s.target_quantity, s.pms, s.state)
        state = (s.companies_ready, s.batches, s.status)
        if state == self._last:
            return
        self._last = state
        self.progress.update(self.task, description=line, completed=s.companies_ready, total=s.target_quantity)
        if not self.live:
            err.print(f"{line} - {s.batches} batch(es), status {s.status}", highlight=False)


@app.command()
def run(
    pms: str | None = typer.Option(None, help="PMS product, e.g. Buildium, AppFolio, 'Rent Manager'"),
    state: str | None = typer.Option(None, help="US state code or name, e.g. TX"),
    quantity: str | None = typer.Option(None, help="Companies wanted (1..10000)"),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch [default: LEAD_LIST_BATCH_SIZE or 10]"),
    parallel: int | None = typer.Option(None, help="Batches run at once, each on its own region of the state [default: 1]"),
    max_loops: int | None = typer.Option(None, help="Give up (partial) after this many loops [default: from quantity]"),
    stall_loops: int | None = typer.Option(None, help="Stop (stalled) after this many loops add nothing [default: 2]"),
    run_id: str | None = typer.Option(None, help="Resume this run (criteria may be omitted)"),
    source: str | None = typer.Option(None, help="openai, or a directory CSV [default: openai with a key, else the sample]"),
    exclude_previous: bool = typer.Option(False, help="Skip companies delivered by earlier runs"),
    allow_unverified: bool = typer.Option(False, help="Accept companies without PMS evidence (confidence none)"),
    verify: bool | None = typer.Option(
        None, "--verify/--no-verify",
        help="Live checks: fetch every lead's evidence URL and website before it counts "
             "[default: on for the agent, off for a local directory]"),
    adaptive: bool = typer.Option(False, help="Grow batches while the agent's answers are clean, shrink them when not"),
    max_calls: int | None = typer.Option(None, help="Spend guard: agent calls the run may make (ends partial, reason budget)"),
    max_cost: float | None = typer.Option(None, help="Spend guard: USD the run may spend (needs LEADFLOW_PRICE_*_PER_MTOK)"),
    estimate: bool = typer.Option(False, "--estimate", help="Print the expected calls, tokens and cost; run nothing"),
    wait: bool = typer.Option(False, "--wait", help="If another worker holds the run, wait for it instead of refusing"),
    as_json: bool = typer.Option(False, "--json", help="Print the run summary as JSON (last line of stdout)"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Show Prefect's own log lines"),
) -> None:
    """Run a lead list to its target, or resume one with --run-id."""
    from leadflow import settings
    from leadflow.app import reading, spend
    from leadflow.app import runs as run_service
    from leadflow.domain.models import RunRequest
    from leadflow.domain.options import RunOptions
    from leadflow.runtime_env import apply_prefect_defaults
    from leadflow.store import StoreUnavailable, UnitOfWork

    try:
        options = RunOptions.parse(  # a flag left off means "not given" (None), not False
            batch_size=batch_size, parallel=parallel, max_loops=max_loops, stall_loops=stall_loops,
            exclude_previous=exclude_previous or None, allow_unverified=allow_unverified or None,
            verify=verify, adaptive=adaptive or None, max_calls=max_calls, max_cost=max_cost,
        )
        request = RunRequest.parse(pms=pms, state=state, quantity=quantity, run_id=run_id or run_service.new_run_id(),
                                   source=source, options=options, wait=wait)
        config = settings.load()
        store_url = config.store_url()
        with UnitOfWork(store_url) as uow:
            existing, _, notice = run_service.check_request(uow, request)
            if estimate:
                guess = spend.estimate(uow, existing.criteria if existing else request.criteria(),
                                          options)
    except StoreUnavailable:
        raise  # not bad input: main() says it in one line, exit 1
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    if estimate:
        _print_estimate(guess, as_json)
        return

    if notice:
        err.print(notice, highlight=False)
    if not config.prefect_api_url:
        err.print("Prefect: temporary local server, run history is not kept. For the UI: "
                  "`prefect server start` and `export PREFECT_API_URL=http://127.0.0.1:4200/api`.",
                  highlight=False, style="dim")
    apply_prefect_defaults(console_level=None if verbose else "WARNING")
    from prefect import tags  # imports Prefect: after its settings

    from leadflow.flows.artifacts import lead_run_tags
    from leadflow.flows.lead_list import lead_list, local_run, refusal, show_task_ends

    show_task_ends(verbose)
    rid = request.run_id
    live = err.is_terminal and not as_json and not verbose
    run_tags = lead_run_tags(existing.pms if existing else request.pms,
                             existing.state if existing else request.state, rid)
    contract = ("batch_size", "parallel", "max_loops", "verify")  # the flow's own parameters; the rest in options
    given = request.options.given()
    try:
        stopping = functools.partial(_begin_grace, store_url, rid)
        with _ProgressWatcher(store_url, rid, live=live), tags(*run_tags), local_run(on_stop=stopping), \
                _stop_on_signal(store_url, rid):
            state_ = lead_list(  # tags reach automations
                pms=request.pms, state=request.state, quantity=request.quantity, run_id=rid,
                source=request.source, wait_for_lease=wait, return_state=True,
                **{k: given.pop(k) for k in contract if k in given}, options=given or None,
            )
    except KeyboardInterrupt:
        raise typer.Exit(_stop_run(store_url, rid, _signals.get("term", False))) from None
    refused = refusal(state_)
    if refused is not None and refused.leased:  # another worker took the run between our check and the flow's
        raise BadInput(refused.reason)
    try:
        with UnitOfWork(store_url) as uow:
            summary = reading.summary(uow, rid)
    except StoreUnavailable as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}. Paid answers are kept; when the store is back: "
                  f"leadflow run --run-id {rid}", highlight=False)
        raise typer.Exit(1) from None
    except LeadflowError:
        err.print(f"[red]error:[/red] the flow ended {state_.type.value} before creating run {rid}: "
                  f"{escape(str(state_.message))}")
        raise typer.Exit(1) from None
    if state_.is_failed() and not summary.is_final:  # the flow stopped but could not record it (a store error)
        summary = summary.model_copy(update={"status": "failed", "status_reason": f"stopped, not recorded in the "
                                                                                  f"lead store: {state_.message}"})
    if as_json:
        print(json.dumps(_summary_dict(summary)))
    else:
        _print_summary(summary)
        out.print(f"Run id: [bold]{rid}[/bold]  (leadflow status {rid}; leadflow export {rid} -o leads.csv)")
    raise typer.Exit(0 if summary.status == "completed" else 1)


_signals: dict[str, bool] = {}
STOP_GRACE_SECONDS = 3.0  # after Ctrl-C or SIGTERM, how long an agent call in flight may hold up the exit


@contextlib.contextmanager
def _stop_on_signal(store_url: str, run_id: str):
    """Ctrl-C and SIGTERM (a service manager, `kill`) stop a run within seconds: the run is
    marked and its lease released, the way to resume printed, exit 130 or 143. An agent call in
    flight is not waited for past STOP_GRACE_SECONDS: it is cut off, and stays on the books as
    an unfinished call (the request ledger wrote it before it was sent)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        _begin_grace(store_url, run_id, signum)
        raise KeyboardInterrupt

    _signals.clear()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _begin_grace(store_url: str, run_id: str, signum: int) -> None:
    """The run is stopping: give the flow STOP_GRACE_SECONDS to end, then exit regardless."""
    term = signum == signal.SIGTERM
    _signals["term"] = term
    if not _signals.get("grace"):
        _signals["grace"] = True
        timer = threading.Timer(STOP_GRACE_SECONDS, _force_exit, args=(store_url, run_id, term))
        timer.daemon = True
        timer.start()


_stopped = threading.Lock()


def _stop_run(store_url: str, run_id: str, term: bool) -> int:
    """Mark the run stopped and say how to resume, once (the grace timer and the main thread may
    both get here); the exit code."""
    if _stopped.acquire(blocking=False):
        _interrupted(store_url, run_id, "stopped by SIGTERM" if term else "interrupted by the user")
    return 143 if term else 130


def _force_exit(store_url: str, run_id: str, term: bool) -> None:
    code = _stop_run(store_url, run_id, term)
    try:  # Prefect's temporary server is a child process: stop it, or it outlives us
        from prefect.server.api.server import SubprocessASGIServer

        for server in list(SubprocessASGIServer._instances.values()):
            server.stop()
    except Exception:  # noqa: BLE001 - exiting regardless
        pass
    sys.stderr.flush()
    sys.stdout.flush()
    os._exit(code)


def _interrupted(store_url: str, run_id: str, why: str = "interrupted by the user") -> None:
    """Ctrl-C or SIGTERM: stored batches stay stored; say so, and how to go on."""
    from leadflow.app import runs as run_service
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork(store_url) as uow:
            run_service.interrupt(uow, run_id, why)
    except LeadflowError:
        pass
    what = "Stopped (SIGTERM)" if why.startswith("stopped") else "Interrupted"
    err.print(f"{what}. Batches already stored are kept; resume with: leadflow run --run-id {run_id}",
              highlight=False)


def _print_estimate(guess, as_json: bool) -> None:
    if as_json:
        print(json.dumps(guess.model_dump(mode="json")))
        return
    table = Table(show_header=False, box=None)
    for key in ("batches", "calls", "prompt_tokens", "completion_tokens", "hosted_searches", "cost_usd", "acceptance",
                "based_on"):
        value = getattr(guess, key)
        table.add_row(key, "set LEADFLOW_PRICE_INPUT_PER_MTOK / _OUTPUT_PER_MTOK" if value is None else _plain(value))
    out.print(table)


@app.command("estimate")
def estimate_command(
    pms: str = typer.Option(..., help="PMS product, e.g. Buildium"),
    state: str = typer.Option(..., help="US state code or name, e.g. TX"),
    quantity: str = typer.Option(..., help="Companies wanted (1..10000)"),
    batch_size: int | None = typer.Option(None, help="Companies asked per batch [default: LEAD_LIST_BATCH_SIZE or 10]"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
) -> None:
    """Expected agent calls, tokens and cost of a run, without calling the agent."""
    from leadflow.app import spend
    from leadflow.domain.models import RunRequest
    from leadflow.domain.options import RunOptions
    from leadflow.store import UnitOfWork

    try:
        options = RunOptions.parse(batch_size=batch_size)
        criteria = RunRequest.parse(pms=pms, state=state, quantity=quantity).criteria()
        with UnitOfWork() as uow:
            guess = spend.estimate(uow, criteria, options)
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    _print_estimate(guess, as_json)


@app.command()
def status(
    run_id: str | None = typer.Argument(None, help="A run id; omit for recent runs"),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output"),
    limit: int = typer.Option(20, help="How many recent runs to list"),
) -> None:
    """Show a run (with rejection counts by reason), or the most recent runs."""
    from leadflow.app import reading
    from leadflow.domain.reasons import REASONS
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork() as uow:
            if run_id:
                summary = reading.summary(uow, run_id)
                batches = reading.batch_table(uow, run_id)
            else:
                runs = reading.recent(uow, limit)
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    if as_json:
        print(json.dumps(_summary_dict(summary) if run_id else [_summary_dict(r) for r in runs]))
        return
    if not run_id:
        table = Table("run_id", "status", "pms", "state", "ready/target", "batches", "llm calls", "created")
        for r in runs:
            table.add_row(*map(_plain, (r.run_id, r.status, r.pms, r.state)), f"{r.companies_ready}/{r.target_quantity}",
                          str(r.batches), str(r.llm_calls), f"{r.created_at:%Y-%m-%d %H:%M}" if r.created_at else "")
        out.print(table if runs else "No runs yet. Start one: leadflow run --pms Buildium --state TX --quantity 25")
        return
    _print_summary(summary)
    if summary.rejected:
        table = Table("reason", "count", "meaning", title="Rejections")
        for reason, n in summary.rejected.items():
            table.add_row(_plain(reason), str(n), REASONS.get(reason, ""))
        out.print(table)
    if batches:
        table = Table("batch", "loop", "region", "requested", "returned", "accepted", "rejected", "tokens in/out", "ms",
                      "error", title="Batches")
        for b in batches:
            table.add_row(str(b.number), str(b.loop), _plain(b.partition or ""), str(b.requested),
                          str(b.returned), str(b.accepted), str(b.rejected),
                          f"{b.prompt_tokens}/{b.completion_tokens}", str(b.latency_ms),
                          _plain((b.error or "")[:60]))
        out.print(table)


@app.command()
def export(
    run_id: str = typer.Argument(..., help="The run to export"),
    output: Path = typer.Option(..., "-o", "--output", help="File: .csv, .xlsx, .parquet or .json"),
    include_rejected: bool = typer.Option(False, help="Also export rejected candidates with their reason"),
) -> None:
    """Write a run's validated companies to a file (format by suffix)."""
    from leadflow.app import reading
    from leadflow.delivery.export import export_columns, export_format, write_export
    from leadflow.store import UnitOfWork

    try:
        export_format(output, field="-o")  # before the store is opened: a typo costs nothing
        with UnitOfWork() as uow:
            rows = reading.export_rows(uow, run_id, include_rejected)
        written = write_export(rows, export_columns(rows, include_rejected), output, field="-o")
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    err.print(f"Wrote {written} {'candidates' if include_rejected else 'companies'} to {escape(str(output))}",
              highlight=False)


@blocklist_app.command("import")
def blocklist_import(
    file: Path = typer.Argument(..., help="CSV with a domain column, or one domain a line"),
    note: str | None = typer.Option(None, help="Why these are blocked (e.g. 'customers 2026-11')"),
) -> None:
    """Block every domain in FILE."""
    from leadflow.domain.blocklist import parse_domains, read_lines

    try:
        parsed = parse_domains(read_lines(file))
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    _block(parsed, note or f"imported from {file.name}")


@blocklist_app.command("add")
def blocklist_add(
    domains: list[str] = typer.Argument(..., help="Domains or URLs"),
    note: str | None = typer.Option(None, help="Why these are blocked"),
) -> None:
    """Block the given domains."""
    from leadflow.domain.blocklist import parse_domains

    parsed = parse_domains(domains)
    if parsed.invalid and not parsed.domains:
        raise BadInput(f"DOMAIN: not a valid domain: {', '.join(parsed.invalid[:5])}")
    _block(parsed, note)


def _block(parsed, note: str | None) -> None:
    from leadflow.app import blocklist as blocklist_service
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork() as uow:
            added = blocklist_service.block_domains(uow, parsed.domains, note)
    except LeadflowError as exc:
        raise BadInput(str(exc)) from None
    already = len(parsed.domains) - added
    out.print(f"added {added}, already blocked {already}, repeated in input {parsed.repeated}, invalid {len(parsed.invalid)}",
              highlight=False)
    for bad in parsed.invalid[:10]:
        err.print(f"  invalid: {escape(repr(bad))}", highlight=False)


def main() -> None:
    from leadflow.store import StoreUnavailable

    try:
        app()
    except StoreUnavailable as exc:  # not bad input: the store is down or refuses writes
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(1)
    except LeadflowError as exc:  # anything user-actionable that escaped a command
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        sys.exit(2)
    except Exception as exc:  # the parts around leadflow: one line, never a traceback with SQL in it
        line = _outside_failure(exc)
        if line is None:
            raise
        err.print(f"[red]error:[/red] {escape(line)}", highlight=False)
        sys.exit(1)


def _outside_failure(exc: Exception) -> str | None:
    """One line for a failure of the Prefect server or the lead store, or None."""
    from sqlalchemy.exc import DBAPIError

    response = getattr(exc, "response", None)
    if getattr(response, "status_code", None) == 401:
        return (f"the Prefect server at {response.request.url.host} refused leadflow (HTTP 401): set "
                "PREFECT_API_AUTH_STRING to the server's PREFECT_SERVER_API_AUTH_STRING")
    if isinstance(exc, DBAPIError):  # the driver's words, first line only: no SQL statement, no parameters
        said = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
        return f"lead store unavailable: {said}"
    return None


from leadflow.cli.service import lists_app, setup_command  # noqa: E402, I001 - `leadflow setup`, `leadflow lists`
app.command("setup")(setup_command); app.add_typer(lists_app, name="lists")  # noqa: E702
