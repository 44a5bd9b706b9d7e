"""What the CLI prints, and where: results on standard output (`out`), progress and errors on
standard error (`err`). Stored and agent text reaches a table only as plain text (`plain`)."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:  # imported by every command, `--version` too: only what printing needs
    from leadflow.app.results import Estimate
    from leadflow.domain.models import RunSummary

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)
if not out.is_terminal:  # logs and pipes: don't squeeze tables into 80 columns
    out.width = max(out.width, 160)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain(value: object) -> Text:
    """A table cell from stored or agent text: never markup ('[bold red]', '[/]'), and control
    characters (ANSI escapes) shown as '\\x1b' instead of reaching the terminal."""
    return Text(_CONTROL.sub(lambda m: repr(m.group())[1:-1], str(value)))


def print_json(data: Any) -> None:
    """One JSON document on standard output, as its last line (what `--json` promises)."""
    print(json.dumps(data, default=str))


def say_server_gone(url: str, what: str = "run") -> None:
    """Once, after a run: the Prefect server stopped answering during it (the store has the run)."""
    err.print(
        f"warning: the Prefect server at {url} stopped answering during the {what}: its history there is "
        f"incomplete (the lead store has the {what})",
        highlight=False,
        markup=False,
    )


def summary_dict(summary: RunSummary) -> dict[str, Any]:
    """A run as `status --json` shows it."""
    return summary.model_dump(mode="json")


def print_summary(summary: RunSummary) -> None:
    table = Table(show_header=False, box=None)
    for key in (
        "run_id",
        "status",
        "status_reason",
        "pms",
        "state",
        "target_quantity",
        "companies_ready",
        "batches",
        "loops",
        "llm_calls",
        "prompt_tokens",
        "completion_tokens",
        "cost_usd",
        "source",
    ):
        if getattr(summary, key) is not None or key != "cost_usd":
            table.add_row(key, plain(getattr(summary, key)))
    table.add_row(
        "verified",
        f"verified {summary.verified} of {summary.companies_ready}"
        if summary.verify
        else f"live checks off: {summary.companies_ready} unverified",
    )
    if summary.unfinished_calls:
        table.add_row(
            "unfinished_calls", f"{summary.unfinished_calls} of llm_calls in flight or cut off with their worker (tokens unknown)"
        )
    if summary.searches or summary.searches_failed:
        table.add_row("searches", plain(_searches(summary)))
    if summary.rejected:
        table.add_row("rejected", plain(", ".join(f"{k}={v}" for k, v in summary.rejected.items())))
    out.print(table)


def _searches(summary: RunSummary) -> str:
    line = f"{summary.searches} answered ({summary.search_cache_hits} from the cache"
    line += f", {summary.hosted_searches} hosted by OpenAI)" if summary.hosted_searches else ")"
    if summary.searches_failed:
        line += f", {summary.searches_failed} failed (last: {summary.search_error})"
    return line


def print_estimate(guess: Estimate, as_json: bool) -> None:
    if as_json:
        print_json(guess.model_dump(mode="json"))
        return
    table = Table(show_header=False, box=None)
    for key in (
        "batches",
        "calls",
        "prompt_tokens",
        "completion_tokens",
        "hosted_searches",
        "cost_usd",
        "acceptance",
        "based_on",
    ):
        value = getattr(guess, key)
        table.add_row(key, "set LEADFLOW_PRICE_INPUT_PER_MTOK / _OUTPUT_PER_MTOK" if value is None else plain(value))
    out.print(table)
