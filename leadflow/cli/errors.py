"""The CLI's one error path: what a command raises becomes one line on standard error and an
exit code, here and nowhere else. Commands raise; they never print an error themselves.

Exit codes (DESIGN.md): 0 target met; 1 a run ended short, or a part around leadflow failed
(the lead store is down or refuses writes, the Prefect server is down or refused leadflow):
`CommandFailed`, `StoreUnavailable`, a database driver's error, a server that does not answer,
HTTP 401; 2 bad input (`LeadflowError`: criteria, options, files, settings, no usable Prefect
server); 130 stopped by Ctrl-C, 143 by SIGTERM (leadflow/cli/stopping.py). Anything else is a
bug and keeps its traceback.
"""

from __future__ import annotations

import re
from typing import Any

import typer
from rich.text import Text
from typer.core import TyperGroup

from leadflow.cli.output import err, plain
from leadflow.domain.errors import LeadflowError, StoreUnavailable, in_chain

_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")


class CommandFailed(Exception):
    """A command could not do its job for a reason that is not the input: one line, exit 1."""


def one_line(exc: Exception) -> tuple[str, int] | None:
    """The line to print and the exit code for an error a command raised; None for a bug."""
    if isinstance(exc, CommandFailed | StoreUnavailable):  # not bad input: the store is down or refuses writes
        return str(exc), 1
    if isinstance(exc, LeadflowError):  # anything user-actionable
        return str(exc), 2
    outside = _outside_failure(exc)  # the parts around leadflow: never a traceback with SQL in it
    return (outside, 1) if outside is not None else None


def _outside_failure(exc: Exception) -> str | None:
    """One line for a failure of the Prefect server or the lead store, or None."""
    from sqlalchemy.exc import DBAPIError

    response = getattr(exc, "response", None)
    if response is not None and getattr(response, "status_code", None) == 401:
        return (
            f"the Prefect server at {response.request.url.host} refused leadflow (HTTP 401): set "
            "PREFECT_API_AUTH_STRING to the server's PREFECT_SERVER_API_AUTH_STRING"
        )
    if isinstance(exc, DBAPIError):  # the driver's words, first line only: no SQL statement, no parameters
        said = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__
        return f"lead store unavailable: {said}"
    return unreachable(exc)


def unreachable(exc: BaseException) -> str | None:
    """One line for a server that did not answer (refused, timed out, hung up), found anywhere in
    the exception's chain: Prefect's client says "Failed to reach API" over the httpx error."""
    import httpx

    current = in_chain(exc, httpx.TransportError)
    if not isinstance(current, httpx.TransportError):
        return None
    try:
        url = current.request.url
    except RuntimeError:  # an httpx error raised without its request
        return None
    origin = f"{url.scheme}://{url.host}" + (f":{url.port}" if url.port else "")  # never a user:password@
    words = (str(current).strip().splitlines() or [""])[0]
    said = f"{type(current).__name__}: {words}" if words else type(current).__name__
    if _is_prefect_api(url):
        return f"cannot reach the Prefect server at {origin} (PREFECT_API_URL) ({said}); is `prefect server start` running?"
    return f"cannot reach {origin} ({said})"


def _is_prefect_api(url: Any) -> bool:
    """Whether `url` is on the configured Prefect API's host and port."""
    import httpx

    from leadflow import settings

    try:
        configured = settings.load().prefect_api_url
        api = httpx.URL(configured) if configured else None
    except (LeadflowError, httpx.InvalidURL):  # settings that do not load: say the address only
        return False
    return api is not None and (api.host, api.port) == (url.host, url.port)


class OneErrorPath(TyperGroup):
    """The root command: every subcommand runs inside its `invoke`, so this is where an error a
    command raised turns into one line and an exit code (also under typer's CliRunner)."""

    def invoke(self, ctx: Any) -> Any:  # Any: the Context of the click that typer uses (its own, vendored, since 0.2x)
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # typer's own (an exit code, a usage error): typer prints them; no need to load SQLAlchemy to tell
        except Exception as exc:
            said = one_line(exc)
            if said is None:
                raise  # a bug keeps its traceback; typer.Exit and usage errors go on to typer
            line, code = said
            line = _LINE_BREAKS.sub(" ", line.strip())  # a driver's message may span lines: one line
            err.print(Text.assemble(("error:", "red"), " ", plain(line)))  # never markup, no control characters
            raise typer.Exit(code) from None
