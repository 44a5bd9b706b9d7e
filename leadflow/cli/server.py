"""`leadflow server status|stop`: the background Prefect server that `leadflow run` starts when
no PREFECT_API_URL is set (leadflow/cli/local_server.py)."""

from __future__ import annotations

import typer

from leadflow.cli.output import err, out

server_app = typer.Typer(no_args_is_help=True, help="The background Prefect server of runs without PREFECT_API_URL.")


@server_app.command("status")
def server_status() -> None:
    """Whether the background Prefect server is running, and where (exit 1 if not)."""
    from leadflow import settings
    from leadflow.cli.local_server import folder, healthy, read_record

    base = folder(settings.load().home)
    recorded = read_record(base)
    if recorded is None or not healthy(recorded):
        out.print("No background Prefect server is running.", highlight=False)
        raise typer.Exit(1)
    out.print(f"Background Prefect server: {recorded.url} (pid {recorded.pid}; data in {base})", highlight=False)


@server_app.command("stop")
def server_stop() -> None:
    """Stop the background Prefect server now (the next `leadflow run` starts it again)."""
    from leadflow import settings
    from leadflow.cli.local_server import stop

    stopped = stop(settings.load().home)
    if stopped is None:
        err.print("No background Prefect server was running.", highlight=False)
    else:
        err.print(f"Stopped the background Prefect server (pid {stopped.pid}).", highlight=False)
