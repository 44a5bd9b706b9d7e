"""Which files leadflow can write: checked where a path is given, before anything runs."""

from __future__ import annotations

from pathlib import Path

from leadflow.domain.errors import InvalidInput

FORMATS = (".csv", ".xlsx", ".parquet", ".json")


def export_format(path: Path, field: str = "output") -> str:
    """The file's suffix when leadflow can write it, else InvalidInput naming `field`."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(field, f"unsupported file type {suffix or '(none)'!r}; allowed: {', '.join(FORMATS)}")
    return suffix
