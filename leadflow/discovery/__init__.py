"""Where candidates come from: an LLM agent or a local directory, behind one protocol."""

from __future__ import annotations

from typing import Protocol

from leadflow.models import BatchRequest, DiscoveryResult


class DiscoveryFailed(Exception):
    """One discovery attempt failed. `transient` says whether trying again may help."""

    def __init__(self, message: str, *, transient: bool):
        super().__init__(message)
        self.transient = transient


class Discoverer(Protocol):
    def discover(self, request: BatchRequest) -> DiscoveryResult: ...
