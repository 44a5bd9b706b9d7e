"""Blocklist files: a CSV with a `domain` column (or first column), or one domain a line."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from leadflow.domains import InvalidDomain, normalise_domain
from leadflow.errors import InvalidInput


@dataclass
class ParsedBlocklist:
    domains: list[str] = field(default_factory=list)  # normalised, unique, in file order
    repeated: int = 0  # lines naming a domain already listed earlier in the file
    invalid: list[str] = field(default_factory=list)


def read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InvalidInput("FILE", f"no such file: {path}") from None
    except (UnicodeDecodeError, IsADirectoryError) as exc:
        raise InvalidInput("FILE", f"cannot read {path} as UTF-8 text: {exc}") from None
    rows = [
        r for r in csv.reader(io.StringIO(text))
        if r and any(c.strip() for c in r) and not r[0].lstrip().startswith("#")
    ]  # comments dropped before the header is looked for: '# note' may precede 'name,domain'
    if not rows:
        return []
    header = [c.strip().lower() for c in rows[0]]
    col = next((i for i, h in enumerate(header) if h in ("domain", "website", "url")), None)
    if col is not None:
        rows = rows[1:]
    else:
        col = 0
    return [r[col].strip() if col < len(r) else "" for r in rows]


def parse_domains(values: list[str]) -> ParsedBlocklist:
    out = ParsedBlocklist()
    seen: set[str] = set()
    for raw in values:
        try:
            domain = normalise_domain(raw)
        except InvalidDomain:
            out.invalid.append(raw)
            continue
        if domain in seen:
            out.repeated += 1
        else:
            seen.add(domain)
            out.domains.append(domain)
    return out
