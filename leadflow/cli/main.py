"""The `leadflow` command. Exit codes: 0 target met, 1 run ended short (or a store or server
that is down), 2 bad input, 130 stopped by Ctrl-C, 143 stopped by SIGTERM."""

from __future__ import annotations

import atexit
import os
import sys

import typer

from leadflow.cli import blocklist, lists, runs, server, service
from leadflow.cli.errors import OneErrorPath
from leadflow.cli.output import out

app = typer.Typer(
    rich_markup_mode=None,
    cls=OneErrorPath,
    add_completion=False,
    no_args_is_help=True,
    help=__doc__,
    pretty_exceptions_enable=False,
)


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
    _version: bool = typer.Option(
        False, "--version", help="Print leadflow's version and exit", callback=_print_version, is_eager=True
    ),
) -> None:
    """Build lead lists of property managers by state and PMS, checked live."""


app.command()(runs.run)
app.command("estimate")(runs.estimate_command)
app.command()(runs.status)
app.command()(runs.export)
app.add_typer(blocklist.blocklist_app, name="blocklist")
app.command("setup")(service.setup_command)
app.add_typer(lists.lists_app, name="lists")
app.add_typer(server.server_app, name="server")


_exit_codes: list[int] = []  # the code of the console script's SystemExit, once it is raised


def main() -> None:
    """The console script: errors are turned into one line and an exit code by the root command
    (leadflow/cli/errors.py)."""
    if not getattr(atexit, "_ncallbacks", lambda: 1)():  # no exit handler yet: ours runs last
        atexit.register(_end_without_teardown)
    # A log handler that fails stays quiet, as the logging docs advise for production: Prefect's
    # API handler wrote "--- Error logging to API ---" and the error, unended, into the next line,
    # for each batch of log lines a server that stopped answering missed (the run says it once).
    import logging  # after our exit handler: importing logging registers its own, which then runs first

    logging.raiseExceptions = False
    try:
        app()
    except SystemExit as stop:
        code = stop.code
        _exit_codes.append(0 if code is None else code if isinstance(code, int) else 1)
        local = sys.modules.get("leadflow.flows.local")
        if local is not None and local.undelivered_given_up():  # the Prefect server is gone: do not wait
            _end_without_teardown()  # minutes for Prefect's workers to fail to send each event and log line
        raise


def _end_without_teardown() -> None:
    """The last exit handler: once Prefect's log and event workers have drained (threading's
    shutdown, before any exit handler) and every other handler has run, end the process without
    the interpreter's teardown of the modules it imported. That teardown costs about 0.5 CPU-s and
    0.7 s after a run that imported Prefect (issue 21). Files are closed and the stores' commits
    made by then; the output is flushed and the store's connections closed here, as the teardown
    did (a SQLite store's WAL file is folded back into the database). Only after SystemExit, the
    way every command ends (an uncaught exception or signal ends the usual way), and only when
    no exit handler was registered before main(): those run after ours, so it would skip them."""
    if not _exit_codes:
        return
    if "leadflow.store.engine" in sys.modules:  # its connections close as the teardown closed them:
        from leadflow.store.engine import dispose_all  # a SQLite store folds its WAL file back

        dispose_all()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe or stream: the usual teardown reports it as before
        return
    os._exit(_exit_codes[-1])
