"""How a run is executed (not what it looks for): one typed object from the CLI or the flow
parameters through the tasks and services to the store.

Each field is a column of the `runs` table with the same name. Adding an option: a field
here, its column in `store/schema.py` with a migration, and a CLI flag in `cli.py`.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from leadflow.domain.errors import invalid_input

DEFAULT_BATCH_SIZE = 10  # the seed's LEAD_LIST_BATCH_SIZE default
MAX_BATCH_SIZE = 100
MAX_PARALLEL = 16
DEFAULT_STALL_LOOPS = 2


def default_max_loops(quantity: int, batch_size: int, parallel: int) -> int:
    """Room for the ideal number of loops twice over, plus two: short batches are normal."""
    return 2 * math.ceil(quantity / (batch_size * parallel)) + 2


class RunOptions(BaseModel):
    """None means "not given": a new run takes the default, a resumed run keeps its value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    batch_size: int | None = Field(None, ge=1, le=MAX_BATCH_SIZE, description="Companies asked per batch")
    parallel: int | None = Field(None, ge=1, le=MAX_PARALLEL, description="Batches run at once")
    max_loops: int | None = Field(None, ge=1, le=100_000, description="Loops before the run ends partial")
    stall_loops: int | None = Field(
        None, ge=1, le=1000, description="Consecutive loops without a new company before the run ends stalled"
    )
    exclude_previous: bool | None = Field(None, description="Skip companies delivered by earlier runs")
    allow_unverified: bool | None = Field(None, description="Accept companies without PMS evidence")
    verify: bool | None = Field(
        None, description="Live checks of every lead's evidence and website (default: on for agent sources)"
    )
    adaptive: bool | None = Field(None, description="Grow or shrink batches with the agent's answer quality")
    max_calls: int | None = Field(None, ge=1, le=1_000_000, description="Agent calls the run may spend (ends partial)")
    max_cost: float | None = Field(None, gt=0, le=100_000, description="USD the run may spend (ends partial)")

    @classmethod
    def parse(cls, **values: object) -> RunOptions:
        """Build from user input; a bad value raises InvalidInput naming the option and its range."""
        try:
            return cls(**values)
        except ValidationError as exc:
            raise invalid_input(exc, cls) from None

    def given(self) -> dict[str, Any]:
        return self.model_dump(exclude_none=True)

    def merged(self, **explicit: object) -> RunOptions:
        """These options with the explicitly given (non-None) values on top."""
        return self.parse(**{**self.given(), **{k: v for k, v in explicit.items() if v is not None}})

    def resolved(self, quantity: int, default_batch_size: int, *, agent_source: bool = True) -> ResolvedOptions:
        """Every option filled in, as a new run stores them. Live checks default to on for an
        agent (its answers are claims) and off for a local directory (the user's own data)."""
        size = self.batch_size or default_batch_size
        parallel = self.parallel or 1
        return ResolvedOptions(
            batch_size=size,
            parallel=parallel,
            max_loops=self.max_loops or default_max_loops(quantity, size, parallel),
            stall_loops=self.stall_loops or DEFAULT_STALL_LOOPS,
            exclude_previous=bool(self.exclude_previous),
            allow_unverified=bool(self.allow_unverified),
            verify=agent_source if self.verify is None else self.verify,
            adaptive=bool(self.adaptive),
            max_calls=self.max_calls,
            max_cost=self.max_cost,  # None: no limit
        )


class ResolvedOptions(RunOptions):
    """The options of a stored run: every one filled in (`RunOptions.resolved`), so the use cases
    read them without checking for "not given". A new option with a default gets its type here."""

    batch_size: int = Field(..., ge=1, le=MAX_BATCH_SIZE)
    parallel: int = Field(..., ge=1, le=MAX_PARALLEL)
    max_loops: int = Field(..., ge=1, le=100_000)
    stall_loops: int = Field(..., ge=1, le=1000)
    exclude_previous: bool = False
    allow_unverified: bool = False
    verify: bool = True
    adaptive: bool = False
