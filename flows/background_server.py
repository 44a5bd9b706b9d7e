"""The background Prefect server's process (`python -m leadflow.flows.background_server`): the
Prefect API with the services of Prefect's temporary server, on 127.0.0.1, in its own Prefect home
(leadflow/cli/local_server.py starts it, records it and stops it).

It stops itself when idle: no client process alive in `DIR/clients/` and no request for
`--idle-minutes`. Its database is migrated only when this Prefect version has not migrated it
yet (`DIR/migrated`): alembic's check of a current database costs about a second at every start,
and a new one is made from the schema those migrations make (`flows/prefect_schema.py`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from leadflow.flows.prefect_schema import seed

# What Prefect's temporary server runs: the API and the services a run records its history with,
# without the UI and the scheduling loops (deployments need `prefect server start`).
# Block types are not registered at start (the first registration takes seconds): a local run
# names no block, and `leadflow setup` (which saves blocks) needs a server of the user's own.
SERVER_MODE = {
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_UI_ENABLED": "false",
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
}


class _Activity:
    """ASGI middleware: when the last request came."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.last = time.monotonic()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.last = time.monotonic()
        await self.app(scope, receive, send)


def live_clients(clients: Path) -> int:
    """Client processes still running; the marks of dead ones are removed."""
    alive = 0
    for mark in clients.glob("*"):
        try:
            os.kill(int(mark.name), 0)
            alive += 1
        except (ValueError, ProcessLookupError):
            mark.unlink(missing_ok=True)
        except PermissionError:
            alive += 1
    return alive


async def _stop_when_idle(server: Any, activity: _Activity, clients: Path, idle_seconds: float) -> None:
    step = max(0.2, min(10.0, idle_seconds / 4))
    while not server.should_exit:
        await asyncio.sleep(step)
        if not server.started or live_clients(clients):  # idle from the moment it answers
            activity.last = time.monotonic()
        elif time.monotonic() - activity.last >= idle_seconds:
            server.should_exit = True


def _migrated_marker(base: Path) -> Path:
    return base / "migrated"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=__name__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--idle-minutes", type=float, required=True)
    args = parser.parse_args(argv)
    base: Path = args.dir
    os.environ.update(SERVER_MODE)
    prefect_version = version("prefect")
    marker = _migrated_marker(base)
    if seed(base / "prefect.db"):  # a new database, made at the installed Prefect's head
        marker.write_text(prefect_version)
    current = (base / "prefect.db").exists() and marker.exists() and marker.read_text() == prefect_version
    os.environ["PREFECT_SERVER_DATABASE_MIGRATE_ON_START"] = "false" if current else "true"

    import uvicorn  # Prefect's settings are read when it is imported: after the environment is set
    from prefect.server.api.server import create_app

    activity = _Activity(create_app(final=True))
    server = uvicorn.Server(
        uvicorn.Config(activity, host="127.0.0.1", port=args.port, log_level="error", lifespan="on", access_log=False)
    )
    clients = base / "clients"
    clients.mkdir(parents=True, exist_ok=True)

    async def serve() -> None:
        watcher = asyncio.create_task(_stop_when_idle(server, activity, clients, args.idle_minutes * 60))
        try:
            await server.serve()
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    if not current:  # the lifespan migrates before the server answers: once it answers, it is current
        original_startup = server.startup

        async def startup(*a: Any, **kw: Any) -> None:
            await original_startup(*a, **kw)
            if server.started:
                marker.write_text(prefect_version)

        server.startup = startup  # type: ignore[method-assign]
    asyncio.run(serve())
    if not server.started:
        raise SystemExit(3)  # e.g. the port was taken: the starter tries another


if __name__ == "__main__":
    main()
