"""`leadflow blocklist import|add`: domains never to return (customers, do-not-contact)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from leadflow.cli.output import err, out
from leadflow.domain.errors import InvalidInput

if TYPE_CHECKING:
    from leadflow.domain.blocklist import ParsedBlocklist

blocklist_app = typer.Typer(
    rich_markup_mode=None, no_args_is_help=True, help="Domains never to return (customers, do-not-contact)."
)


@blocklist_app.command("import")
def blocklist_import(
    file: Path = typer.Argument(..., help="CSV with a domain column, or one domain a line"),
    note: str | None = typer.Option(None, help="Why these are blocked (e.g. 'customers 2026-11')"),
) -> None:
    """Block every domain in FILE."""
    from leadflow.domain.blocklist import parse_domains, read_lines

    _block(parse_domains(read_lines(file)), note or f"imported from {file.name}")


@blocklist_app.command("add")
def blocklist_add(
    domains: list[str] = typer.Argument(..., help="Domains or URLs"),
    note: str | None = typer.Option(None, help="Why these are blocked"),
) -> None:
    """Block the given domains."""
    from leadflow.domain.blocklist import parse_domains

    parsed = parse_domains(domains)
    if parsed.invalid and not parsed.domains:
        raise InvalidInput("DOMAIN", f"not a valid domain: {', '.join(parsed.invalid[:5])}")
    _block(parsed, note)


def _block(parsed: ParsedBlocklist, note: str | None) -> None:
    from leadflow.app import blocklist as blocklist_service
    from leadflow.store import UnitOfWork

    with UnitOfWork() as uow:
        added = blocklist_service.block_domains(uow, parsed.domains, note)
    already = len(parsed.domains) - added
    out.print(
        f"added {added}, already blocked {already}, repeated in input {parsed.repeated}, invalid {len(parsed.invalid)}",
        highlight=False,
    )
    for bad in parsed.invalid[:10]:
        err.print(f"  invalid: {escape(repr(bad))}", highlight=False)
