"""The `leadflow` command. Exit codes: 0 target met, 1 run ended short (or a store or server
that is down), 2 bad input, 130 stopped by Ctrl-C, 143 stopped by SIGTERM."""

from __future__ import annotations

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


def main() -> None:
    """The console script: errors are turned into one line and an exit code by the root command
    (leadflow/cli/errors.py)."""
    app()
