"""Where candidates come from: an LLM agent or a local directory, behind one protocol."""

from __future__ import annotations

from typing import Protocol

from leadflow.models import BatchRequest, DiscoveryResult, Usage


class DiscoveryFailed(Exception):
    """One discovery attempt failed. `transient` says whether trying again may help;
    `usage` is what the failed attempt(s) cost, so the budget counts them too."""

    def __init__(self, message: str, *, transient: bool, usage: Usage | None = None):
        super().__init__(message)
        self.transient = transient
        self.usage = usage or Usage()


class Discoverer(Protocol):
    def discover(self, request: BatchRequest) -> DiscoveryResult: ...
