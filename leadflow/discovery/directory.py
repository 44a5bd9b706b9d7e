"""A local CSV directory as a discoverer: the offline quickstart and the benchmark baseline."""

from __future__ import annotations

import csv
import io
import re
import time
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from leadflow.discovery import sample_directory  # noqa: F401 - its old home, still imported from here
from leadflow.domain.criteria import pms_name, state_code
from leadflow.domain.domains import try_normalise
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import BatchRequest, Candidate, DiscoveryResult

COLUMNS = ("name", "domain", "city", "state", "pms", "evidence_url")


class DirectoryRow(NamedTuple):
    """One row of a directory file: its six columns as written ("" when empty), and the state
    and PMS they name (None when they name none)."""

    name: str
    domain: str
    city: str
    state: str
    pms: str
    evidence_url: str
    norm_state: str | None
    norm_pms: str | None

    @property
    def norm_domain(self) -> str | None:
        """The domain it names (None for none): worked out for the rows a batch looks at, not
        for every row of the file (a third of reading the sample)."""
        return try_normalise(self.domain)


def _without_comment_lines(path: str) -> str:
    """The file minus its comment lines (whole lines starting with '#' outside a quoted field)
    and blank lines (nothing but spaces or tabs). A '#' inside a field is data ('Smith #2
    Realty', 'https://acme.example/#portal')."""
    kept: list[str] = []
    quoted = False  # inside a quoted field that spans lines
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for line in handle:
            if not quoted and (line.lstrip(" \t").startswith("#") or not line.strip(" \t\r\n")):
                continue
            kept.append(line)
            quoted ^= line.count('"') % 2 == 1
    return "".join(kept)


# A quoted field: a quote where a field starts, then anything but a lone quote, up to its closing
# quote or the end of the file (where the csv module would close it silently).
_QUOTED_FIELD = re.compile(r'(?:^|(?<=[,\r\n]))"(?:[^"]|"")*("|\Z)')


def _unterminated(text: str) -> bool:
    if '"' not in text:  # the usual file: no quoted field at all
        return False
    quoted = [match.group(1) for match in _QUOTED_FIELD.finditer(text)]
    return bool(quoted) and quoted[-1] == ""


def _records(path: str) -> list[list[str]]:
    """The file's records as the standard csv module reads them (quotes, doubled quotes, line
    breaks inside quotes)."""
    try:
        text = _without_comment_lines(path)
        if _unterminated(text):
            raise csv.Error("a quoted field runs to the end of the file")
        return [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    except FileNotFoundError:
        raise InvalidInput("source", f"directory file not found: {path}") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        raise InvalidInput("source", f"cannot read directory CSV {path}: {exc}") from None
    except OSError as exc:  # permissions, a device, a vanished file
        raise InvalidInput("source", f"cannot read directory CSV {path}: {exc.strerror or exc}") from None


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> tuple[DirectoryRow, ...]:
    records = _records(path)
    if not records:
        raise InvalidInput("source", f"cannot read directory CSV {path}: No columns to parse from file")
    header = [c.strip().lower() for c in records[0]]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise InvalidInput("source", f"{path} lacks column(s) {', '.join(missing)}; needs {', '.join(COLUMNS)}")
    where = [header.index(c) for c in COLUMNS]  # the first column of each name
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if len(record) > len(header):
            raise InvalidInput(
                "source", f"cannot read directory CSV {path}: record {number} has {len(record)} fields, the header {len(header)}"
            )
        name, domain, city, state, pms, url = (record[i] if i < len(record) else "" for i in where)  # short: empty
        rows.append(DirectoryRow(name, domain, city, state, pms, url, state_code(state), pms_name(pms)))
    return tuple(rows)


def load_directory(path: str | Path) -> tuple[DirectoryRow, ...]:
    """The rows of a directory file, in file order (read once per version of the file)."""
    p = Path(path).expanduser()
    if not p.is_file():
        raise InvalidInput("source", f"directory file not found: {p}")
    return _load(str(p.resolve()), p.stat().st_mtime)


class DirectoryDiscoverer:
    """Returns rows matching the criteria, in file order, skipping excluded domains; a batch
    that searches a region (`request.partition`) gets only rows whose city is one of the
    region's places (so parallel batches split the file by place, and a row whose city is in
    no region is left to the whole-state batch a run makes once its regions run dry)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        load_directory(self.path)  # fail early on a bad file

    def __repr__(self) -> str:
        return f"DirectoryDiscoverer({str(self.path)!r})"

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        started = time.perf_counter()
        c = request.criteria
        excluded = set(request.exclude_domains)
        found: list[Candidate] = []
        for row in load_directory(self.path):
            if len(found) >= request.batch_target:
                break
            if row.norm_state != c.state or row.norm_pms != c.pms:
                continue
            if row.norm_domain in excluded:
                continue
            if request.partition is not None and not request.partition.contains(row.city):
                continue  # a region's batch: rows whose city is one of the region's places
            found.append(Candidate(**{k: (getattr(row, k) or None) for k in COLUMNS}))
        return DiscoveryResult(
            candidates=found,
            model=None,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )
