"""Where candidates come from: an LLM agent or a local directory, behind one protocol."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Protocol

from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage


class DiscoveryFailed(Exception):
    """One discovery attempt failed, classified so the caller knows what another attempt is worth.

    - `transient=False`: the request itself is refused (bad key, quota exhausted, bad request,
      unknown model): no retry helps, and the run ends failed with this reason.
    - `transient=True`: the batch failed, the run did not; trying again may help.
    - `deterministic=True` (with `transient=True`): the same request would most likely get the
      same unusable answer (schema mismatch, truncation, refusal, content filter): worth one
      retry with a smaller batch, not more.
    - `retry_after`: seconds the server asked to wait before the next request (its
      `Retry-After`), when it said so.
    - `usage`: what the failed attempt(s) cost, so the batch's row counts them too.
    - `retry`: whether another attempt follows; decided by whoever runs the attempts
      (`tasks/discover.py`, within the batch's request budget) and read by Prefect's retry
      condition. Defaults to `transient`.
    """

    def __init__(
        self,
        message: str,
        *,
        transient: bool,
        usage: Usage | None = None,
        deterministic: bool = False,
        retry_after: float | None = None,
    ):
        super().__init__(message)
        self.transient = transient
        self.deterministic = deterministic and transient
        self.retry_after = retry_after
        self.usage = usage or Usage()
        self.retry = transient


class Discoverer(Protocol):
    def discover(self, request: BatchRequest) -> DiscoveryResult: ...


def sample_directory() -> Path:
    """The bundled, fictional sample directory (shipped inside the package)."""
    return Path(str(resources.files("leadflow") / "data" / "sample_directory.csv"))
