"""The nouns of a run: candidate, batch request, discovery result, verdict, summary."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from leadflow.criteria import LeadCriteria

RunStatus = Literal["pending", "running", "completed", "partial", "stalled", "failed"]
FINAL_STATUSES = ("completed", "partial", "stalled", "failed")


class Candidate(BaseModel):
    """One company as a discoverer proposes it. Untrusted: every field may be junk."""

    name: str | None = Field(description="Company name as it appears on its website")
    domain: str | None = Field(description="The company's own website domain, e.g. acmepm.com")
    city: str | None = Field(description="City of the company's office")
    state: str | None = Field(description="Two-letter US state code of the company's office")
    pms: str | None = Field(description="Property-management software the company uses")
    evidence_url: str | None = Field(
        description="URL proving the PMS, e.g. the company's resident portal or pay-rent link"
    )


class LeadListOutput(BaseModel):
    """Structured output the agent must return for one batch (seed naming)."""

    companies: list[Candidate]
    notes: str | None = Field(description="Anything the agent wants to say about this batch")


class Partition(BaseModel):
    """A slice of the search space, so parallel batches look in different places."""

    model_config = ConfigDict(frozen=True)

    index: int
    count: int
    first_letter: str
    last_letter: str

    def contains(self, name: str | None) -> bool:
        initial = next((c for c in (name or "").upper() if c.isalnum()), "")
        if not initial.isalpha():  # names starting with a digit belong to the first slice
            return self.index == 0
        return self.first_letter <= initial <= self.last_letter

    @property
    def label(self) -> str:
        return f"{self.first_letter}-{self.last_letter}"

    def describe(self) -> str:
        return f"names starting with {self.label}"


class BatchRequest(BaseModel):
    """Everything one discovery call needs. Hashable data only: it is part of a cache key."""

    run_id: str
    batch_number: int
    loop: int
    criteria: LeadCriteria
    companies_ready: int
    remaining: int
    batch_target: int
    exclude_domains: list[str] = []
    partition: Partition | None = None
    previous_notes: str | None = None  # what the agent said after its previous batch


class Usage(BaseModel):
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(
            llm_calls=self.llm_calls + other.llm_calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
        )


class DiscoveryResult(BaseModel):
    """What one successful discovery call returned, persisted by Prefect as JSON."""

    candidates: list[Candidate]
    usage: Usage = Usage()
    latency_ms: int = 0
    model: str | None = None
    notes: str | None = None


class Verdict(BaseModel):
    """The validation outcome for one candidate."""

    accepted: bool
    reason: str | None = None  # None when accepted
    detail: str | None = None
    domain: str | None = None  # normalised registrable domain, when there is one
    confidence: Literal["high", "medium", "none"] | None = None
    evidence_url: str | None = None  # set when the company's own site supplied the evidence
    site_check: str | None = None  # what website verification saw, for the record


class BatchOutcome(BaseModel):
    batch_number: int
    requested: int
    returned: int
    accepted: int
    rejected: dict[str, int] = {}
    error: str | None = None


class RunSummary(BaseModel):
    """The public shape of a run (`leadflow status RUN_ID --json`)."""

    run_id: str
    status: RunStatus
    status_reason: str | None = None
    pms: str
    state: str
    target_quantity: int
    companies_ready: int
    batches: int
    loops: int
    llm_calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None = None  # from LEADFLOW_PRICE_*_PER_MTOK, when set
    rejected: dict[str, int] = {}
    batch_size: int
    parallel: int
    max_loops: int
    stall_loops: int
    verify_sites: bool = False
    adaptive: bool = False
    source: str | None = None
    created_at: datetime | None = None
    finished_at: datetime | None = None
