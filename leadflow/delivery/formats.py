"""Which export formats this installation can write. Parquet needs pyarrow, an extra
(`pip install 'leadflow[parquet]'`, 170 MB): without it a .parquet path is bad input, refused
where it is given, before anything is written. Whether a library is installed is asked with
importlib.util.find_spec, which imports nothing (no pandas, no pyarrow)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from leadflow.domain.errors import InvalidInput
from leadflow.domain.exports import export_format

EXTRAS = {".parquet": ("pyarrow", "parquet")}  # suffix -> (the library it needs, the extra that installs it)


def installed(module: str) -> bool:
    """Whether `module` can be imported here, without importing it."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a blocked or half-imported module
        return False


def writable_format(path: Path, field: str = "output") -> str:
    """The file's suffix when leadflow can write it here, else InvalidInput naming `field`
    (an unknown suffix, or a format whose library is not installed)."""
    suffix = export_format(path, field)
    if suffix in EXTRAS and not installed(EXTRAS[suffix][0]):
        module, extra = EXTRAS[suffix]
        raise InvalidInput(field, f"{suffix} files need {module}, which is not installed: pip install 'leadflow[{extra}]'")
    return suffix
