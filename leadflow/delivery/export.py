"""Export files of a run's companies, the format chosen by the file's suffix.

Every value is written as it is stored, with one exception: a spreadsheet never gets a formula.
Text that an agent, a directory or the web supplied ('=HYPERLINK(...)', '@SUM(A1)', '+1 555')
is data, so in CSV a value starting with a formula character gets a leading single quote
(OWASP, "CSV Injection"), and in XLSX every text value is a string cell, which Excel shows and
never evaluates. JSON and Parquet are read by programs, not spreadsheets: they keep the raw value.
Parquet needs pyarrow, an extra (`leadflow.delivery.formats`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from leadflow.delivery.formats import writable_format
from leadflow.domain.errors import InvalidInput
from leadflow.domain.exports import FORMATS

COLUMNS = [
    "name",
    "domain",
    "city",
    "state",
    "pms",
    "evidence_url",
    "confidence",
    "batch_number",
    "evidence_method",
    "evidence_checked_at",
    "evidence_http_status",  # provenance: how leadflow saw it
]
CHECK_COLUMNS = ["site_check", "portal_check", "cited_urls"]  # only when some row has them
LIST_COLUMNS = ("cited_urls",)  # lists of URLs: one space-separated cell in CSV and XLSX
REJECTED_COLUMNS = ["status", "reason", "detail", "raw_domain"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet cell a formula (OWASP)


def export_columns(rows: list[dict], include_rejected: bool) -> list[str]:
    """The columns of an export: the fixed ones, the live-check notes when any, rejection details if asked."""
    columns = COLUMNS + [c for c in CHECK_COLUMNS if any(r.get(c) for r in rows)]
    return columns + (REJECTED_COLUMNS if include_rejected else [])


def write_export(rows: list[dict], columns: list[str], path: Path, field: str = "output") -> int:
    """Write `rows` to `path` in the format of its suffix; the number of rows written."""
    suffix = writable_format(path, field)
    if not path.parent.exists():
        raise InvalidInput(field, f"folder {path.parent} does not exist")
    frame = pd.DataFrame(rows, columns=columns)
    try:
        _WRITERS[suffix](frame, path)
    except OSError as exc:  # a directory of that name, no permission, a full disk
        raise InvalidInput(field, f"cannot write {path}: {exc.strerror or exc}") from None
    return len(frame)


def neutralise_formula(value: object) -> object:
    """'=1+1' -> "'=1+1": a spreadsheet opening the CSV shows the text instead of computing it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _xlsx_value(value: object) -> object:
    """What Excel can hold: XML 1.0 has no room for most control characters (shown as U+FFFD)
    and Excel none for time zones (UTC, as every stored time is)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # openpyxl loads for spreadsheets only

    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """List cells (cited URLs) as one space-separated text cell, for spreadsheets."""
    frame = frame.copy()
    for column in LIST_COLUMNS:
        if column in frame:
            frame[column] = frame[column].map(lambda v: " ".join(map(str, v)) if isinstance(v, list) else v)
    return frame


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame = _flat(frame)
    # CRLF rows (RFC 4180): the csv module then quotes any value holding a CR, which a
    # spreadsheet would otherwise take as the start of a new row, e.g. 'Acme\r=HYPERLINK(...)'.
    frame.map(neutralise_formula).to_csv(path, index=False, lineterminator="\r\n")


def _write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        _flat(frame).map(_xlsx_value).to_excel(writer, index=False, sheet_name="Sheet1")
        for row in writer.sheets["Sheet1"].iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # openpyxl made '=...' a formula and '#N/A' an error


def _write_parquet(frame: pd.DataFrame, path: Path) -> None:
    frame.to_parquet(path, index=False)


def _write_json(frame: pd.DataFrame, path: Path) -> None:
    frame.to_json(path, orient="records", indent=2)


_WRITERS: dict[str, Callable[[pd.DataFrame, Path], None]] = {
    ".csv": _write_csv,
    ".xlsx": _write_xlsx,
    ".parquet": _write_parquet,
    ".json": _write_json,
}
assert tuple(_WRITERS) == FORMATS, "a writer for every format the domain accepts"
