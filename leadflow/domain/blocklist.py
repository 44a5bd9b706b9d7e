"""Blocklist files: a CSV with a `domain` column (or first column), or one domain a line."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from leadflow.domain.domains import InvalidDomain, normalise_domain
from leadflow.domain.errors import InvalidInput

DOMAIN_HEADERS = ("domain", "website", "url")
MAX_LINE = 1 << 20  # characters: far beyond any real CSV row; what one hostile line may cost in memory
MAX_SHOWN = 100  # characters of an invalid value kept for the report


@dataclass
class ParsedBlocklist:
    domains: list[str] = field(default_factory=list)  # normalised, unique, in file order
    repeated: int = 0  # lines naming a domain already listed earlier in the file
    invalid: list[str] = field(default_factory=list)  # as given; an overlong one shortened for display


def read_lines(path: Path) -> list[str]:
    """The domain column (or the first column) of every row, comments and blank lines dropped.

    Streamed a bounded line at a time: a 10 MB field or a million columns is a clear
    InvalidInput naming the line, never a traceback or a memory blow-up.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = csv.reader(_bounded_lines(handle, path))
            try:
                return _domain_column(rows)
            except csv.Error as exc:  # e.g. 'field larger than field limit (131072)'
                raise InvalidInput("FILE", f"{path}, line {rows.line_num}: cannot read it as CSV ({exc})") from None
    except FileNotFoundError:
        raise InvalidInput("FILE", f"no such file: {path}") from None
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InvalidInput("FILE", f"cannot read {path} as UTF-8 text: {exc}") from None
    except OSError as exc:
        raise InvalidInput("FILE", f"cannot read {path}: {exc.strerror or exc}") from None


def _bounded_lines(handle: TextIO, path: Path) -> Iterator[str]:
    number = 0
    while line := handle.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE:
            raise InvalidInput(
                "FILE",
                f"{path}, line {number}: longer than {MAX_LINE:,} characters; "
                "expected one domain a line, or a CSV with a domain column",
            )
        yield line


def _domain_column(rows: Iterator[list[str]]) -> list[str]:
    """Comments are dropped before the header is looked for: '# note' may precede 'name,domain'."""
    values: list[str] = []
    col: int | None = None
    for row in rows:
        if not any(c.strip() for c in row) or row[0].lstrip().startswith("#"):
            continue
        if col is None:
            header = [c.strip().lower() for c in row]
            col = next((i for i, h in enumerate(header) if h in DOMAIN_HEADERS), None)
            if col is not None:
                continue
            col = 0
        values.append(row[col].strip() if col < len(row) else "")
    return values


def _shown(raw: str) -> str:
    return raw if len(raw) <= MAX_SHOWN else f"{raw[:MAX_SHOWN]}... ({len(raw):,} characters)"


def parse_domains(values: list[str]) -> ParsedBlocklist:
    out = ParsedBlocklist()
    seen: set[str] = set()
    for raw in values:
        try:
            domain = normalise_domain(raw)
        except InvalidDomain:
            out.invalid.append(_shown(raw))
            continue
        if domain in seen:
            out.repeated += 1
        else:
            seen.add(domain)
            out.domains.append(domain)
    return out
