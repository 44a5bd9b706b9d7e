"""A local CSV directory as a discoverer: the offline quickstart and the benchmark baseline."""

from __future__ import annotations

import io
import time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from leadflow.discovery import sample_directory  # noqa: F401 - its old home, still imported from here
from leadflow.domain.criteria import pms_name, state_code
from leadflow.domain.domains import try_normalise
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import BatchRequest, Candidate, DiscoveryResult

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("name", "domain", "city", "state", "pms", "evidence_url")


def _without_comment_lines(path: str) -> io.StringIO:
    """The file minus its comment lines: whole lines starting with '#' outside a quoted field.
    A '#' inside a field is data ('Smith #2 Realty', 'https://acme.example/#portal'), which
    pandas' own comment= would cut off."""
    kept: list[str] = []
    quoted = False  # inside a quoted field that spans lines
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for line in handle:
            if not quoted and line.lstrip(" \t").startswith("#"):
                continue
            kept.append(line)
            quoted ^= line.count('"') % 2 == 1
    return io.StringIO("".join(kept), newline="")


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> pd.DataFrame:
    import pandas as pd  # loaded when a directory is read, not by every CLI command

    try:
        frame = pd.read_csv(_without_comment_lines(path), dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise InvalidInput("source", f"directory file not found: {path}") from None
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise InvalidInput("source", f"cannot read directory CSV {path}: {exc}") from None
    except OSError as exc:  # permissions, a device, a vanished file
        raise InvalidInput("source", f"cannot read directory CSV {path}: {exc.strerror or exc}") from None
    frame.columns = [c.strip().lower() for c in frame.columns]
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise InvalidInput("source", f"{path} lacks column(s) {', '.join(missing)}; needs {', '.join(COLUMNS)}")
    frame = frame[list(COLUMNS)].copy()
    frame["norm_state"] = frame["state"].map(state_code)
    frame["norm_pms"] = frame["pms"].map(pms_name)
    frame["norm_domain"] = frame["domain"].map(try_normalise)
    return frame


def load_directory(path: str | Path) -> pd.DataFrame:
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
        frame = load_directory(self.path)
        c = request.criteria
        rows = frame[(frame["norm_state"] == c.state) & (frame["norm_pms"] == c.pms)]
        excluded = set(request.exclude_domains)
        found: list[Candidate] = []
        for row in rows.itertuples(index=False):
            if len(found) >= request.batch_target:
                break
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
