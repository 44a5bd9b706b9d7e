"""What the use cases hand back to the flows and the CLI: the result types in one place."""

from __future__ import annotations

from pydantic import BaseModel

from leadflow.discovery.sources import SourceSpec
from leadflow.domain.models import BatchRequest, DiscoveryResult, RunSummary


class LoopPlan(BaseModel):
    """A loop's batches, and the answers already paid for among them (by batch number)."""

    requests: list[BatchRequest]
    paid: dict[int, DiscoveryResult] = {}


class OpenedRun(BaseModel):
    """A run ready for its loop: created or resumed, marked running, its source resolved."""

    summary: RunSummary
    resumed: bool
    source: SourceSpec
    notice: str | None = None
    plan: LoopPlan | None = None  # its first loop, once `open_run` found the run not done yet

    @property
    def run_id(self) -> str:
        return self.summary.run_id


class Step(BaseModel):
    """After a stored batch (`loop.step`): the run's progress, the batches to start now, and
    whether a stop is waiting for the batches still in flight (start nothing more)."""

    progress: RunSummary
    plan: LoopPlan | None = None
    stopping: bool = False


class Estimate(BaseModel):
    """Expected spend of a run (`leadflow estimate`): no agent is called to make it."""

    batches: int
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None  # None without LEADFLOW_PRICE_*_PER_MTOK
    acceptance: float
    hosted_searches: int = 0  # OpenAI's hosted web searches expected (billed per call, in cost_usd)
    based_on: str  # where acceptance and token counts came from
