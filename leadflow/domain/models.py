"""The nouns of a run: candidate, batch request, discovery result, verdict, summary."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import cached_property, lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from leadflow.domain.criteria import LeadCriteria, canonical_pms, canonical_state, parse_quantity
from leadflow.domain.errors import InvalidInput, invalid_input
from leadflow.domain.options import RunOptions
from leadflow.domain.wrappers import unwrap

RunStatus = Literal["pending", "running", "completed", "partial", "stalled", "failed"]
FINAL_STATUSES = ("completed", "partial", "stalled", "failed")


class Candidate(BaseModel):
    """One company as a discoverer proposes it. Untrusted: every field may be junk."""

    name: str | None = Field(description="Company name as it appears on its website")
    domain: str | None = Field(description="The company's own website domain, e.g. acmepm.com")
    city: str | None = Field(description="City of the company's office")
    state: str | None = Field(description="Two-letter US state code of the company's office")
    pms: str | None = Field(description="Property-management software the company uses")
    evidence_url: str | None = Field(description="URL proving the PMS, e.g. the company's resident portal or pay-rent link")

    @field_validator("evidence_url")
    @classmethod
    def _read_through(cls, v: str | None) -> str | None:
        """A pasted redirect, archived copy, cache or proxy of a URL (domain/wrappers.py) is the URL it names."""
        if not v:
            return v
        target = unwrap(v.strip())
        return target if target != v.strip() else v  # not a redirect: as given


class LeadListOutput(BaseModel):
    """Structured output the agent must return for one batch (seed naming)."""

    companies: list[Candidate]
    notes: str | None = Field(description="Anything the agent wants to say about this batch")


_PLACE_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


@lru_cache(maxsize=4096)  # planning asks for the same few hundred city names after every batch
def place_key(name: str | None) -> str:
    """A city name as a comparable key: case, accents, punctuation and the usual abbreviations
    ignored ("St. Petersburg" = "Saint Petersburg", "Ft Worth" = "Fort Worth")."""
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    return " ".join(_PLACE_WORDS.get(w, w) for w in words)


class Partition(BaseModel):
    """A part of the state that a search can express (a metro area or a group of cities), so
    parallel batches look in different places. Built by `leadflow.discovery.regions`."""

    model_config = ConfigDict(frozen=True)

    index: int  # position among the state's regions for this run (most populous first)
    count: int  # how many regions the state was split into
    key: str  # stable within a state and region count, e.g. "tx-houston"; stored as batches.region
    label: str  # e.g. "Houston area"
    places: tuple[str, ...]  # every city of the region, most populous first
    population: int = 0

    @cached_property
    def _keys(self) -> frozenset[str]:
        return frozenset(place_key(p) for p in self.places)

    def contains(self, city: str | None) -> bool:
        """Whether a company's city is one of the region's places."""
        return place_key(city) in self._keys

    def describe(self, limit: int | None = None) -> str:
        """e.g. "Houston area: Houston, Pasadena, Pearland and 47 smaller places nearby"; the first
        `limit` places are named."""
        if len(self.places) <= 1:
            return self.label
        shown = self.places[:limit] if limit else self.places
        more = len(self.places) - len(shown)
        names = ", ".join(shown) + (f" and {more} smaller place{'s' if more != 1 else ''} nearby" if more else "")
        return f"{self.label}: {names}"


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

    @property
    def label(self) -> str:
        """ "batch 3", or "batch 3 (Houston area)" for a batch searching one region of the state."""
        return f"batch {self.batch_number}" + (f" ({self.partition.label})" if self.partition else "")


class Usage(BaseModel):
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens the provider served from its prompt cache (part of prompt_tokens)
    # The searching agent (discovery/tool_agent.py): its tool calls, what they cost and saved.
    tool_calls: int = 0  # every tool call the model made (hosted web searches and MCP tools included)
    searches: int = 0  # web_search calls answered (by the backend or the search cache)
    search_cache_hits: int = 0  # of searches, answered by the lead store's search cache
    searches_failed: int = 0  # web_search calls the backend did not answer (any cause)
    hosted_searches: int = 0  # of searches, OpenAI's hosted web_search calls (billed per call)
    fetched_bytes: int = 0  # decoded page bytes the agent's tools fetched
    search_error: str | None = None  # the last search failure, as the backend said it
    search_failures: dict[str, int] = {}  # failed searches by cause (rate_limited, quota, bad_query, ...)

    def __add__(self, other: Usage) -> Usage:
        summed = {
            name: getattr(self, name) + getattr(other, name)
            for name in Usage.model_fields
            if name not in ("search_error", "search_failures")
        }
        causes = dict(self.search_failures)
        for cause, n in other.search_failures.items():
            causes[cause] = causes.get(cause, 0) + n
        return Usage(**summed, search_error=other.search_error or self.search_error, search_failures=causes)


class DiscoveryResult(BaseModel):
    """What one successful discovery call returned, persisted by Prefect as JSON."""

    candidates: list[Candidate]
    usage: Usage = Usage()
    latency_ms: int = 0
    model: str | None = None
    notes: str | None = None
    # Provenance from a searching agent: the URLs it saw for each company (search results,
    # fetched pages, citations), keyed by the domain as the agent gave it (Candidate.domain).
    cited: dict[str, list[str]] = {}


class Verdict(BaseModel):
    """The validation outcome for one candidate."""

    accepted: bool
    reason: str | None = None  # None when accepted
    detail: str | None = None
    domain: str | None = None  # normalised registrable domain, when there is one
    confidence: Literal["high", "medium", "none"] | None = None
    evidence_url: str | None = None  # set when the company's own site supplied the evidence
    # Provenance: how leadflow itself established the evidence (None when rejected).
    evidence_method: Literal["portal_live", "site_links_portal", "site_links_signin", "cited", "unverified"] | None = None
    evidence_http_status: int | None = None
    evidence_checked_at: datetime | None = None
    site_check: str | None = None  # what the live check saw on the company's website
    portal_check: str | None = None  # what the live check saw at the evidence URL


class BatchOutcome(BaseModel):
    batch_number: int
    requested: int
    returned: int
    accepted: int
    rejected: dict[str, int] = {}
    error: str | None = None
    searches: int = 0  # the searching agent's searches answered
    searches_failed: int = 0
    search_error: str | None = None  # the last failed search's cause

    @property
    def could_not_search(self) -> bool:
        """Every search the agent tried failed: its companies came from the model's memory."""
        return self.searches_failed > 0 and self.searches == 0


class RunRequest(BaseModel):
    """What an entrypoint (CLI, flow parameters) asks for: criteria for a new run, or the id
    of a run to resume (criteria then optional), where candidates come from, and how."""

    model_config = ConfigDict(frozen=True)

    pms: str | None = None
    state: str | None = None
    quantity: int | None = None
    run_id: str | None = Field(None, pattern=r"^[A-Za-z0-9_-]{1,32}$")
    source: str | None = None
    options: RunOptions = RunOptions()
    wait: bool = False  # wait for another flow run's lease on the run instead of refusing

    @field_validator("pms", "state", "quantity", "source", mode="before")
    @classmethod
    def _blank_is_none(cls, v: object) -> object:
        return None if v == "" else v

    @field_validator("pms")
    @classmethod
    def _pms(cls, v: str | None) -> str | None:
        return None if v is None else canonical_pms(v)

    @field_validator("state")
    @classmethod
    def _state(cls, v: str | None) -> str | None:
        return None if v is None else canonical_state(v)

    @field_validator("quantity", mode="before")
    @classmethod
    def _quantity(cls, v: object) -> int | None:
        return None if v is None else parse_quantity(v)

    @classmethod
    def parse(cls, **values: object) -> RunRequest:
        """Build from user input; the first bad field raises InvalidInput (criteria first)."""
        options = values.get("options")
        if isinstance(options, dict):
            values = {**values, "options": RunOptions.parse(**options)}
        try:
            return cls(**values)
        except ValidationError as exc:
            error = invalid_input(exc, cls)
            if error.field == "run_id":
                shown = str(values.get("run_id"))[:40]
                raise InvalidInput("run_id", f"{shown!r} is not a run id; use 1-32 letters, digits, '-' or '_'") from None
            raise error from None

    def criteria(self) -> LeadCriteria:
        """The criteria of a new run; every field is required then."""
        missing = next((k for k in ("pms", "state", "quantity") if getattr(self, k) is None), None)
        if missing:
            raise InvalidInput(
                missing, "required to start a new run (pms, state and quantity; or the run id of an existing run, to resume it)"
            )
        return LeadCriteria(pms=self.pms, state=self.state, quantity=self.quantity)


class RunSummary(RunOptions):
    """The public shape of a run (`leadflow status RUN_ID --json`): what it asked for, its
    counters, and its options (inherited, so a new option shows up here by itself)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    run_id: str
    status: RunStatus
    status_reason: str | None = None
    pms: str
    state: str
    target_quantity: int
    companies_ready: int
    verified: int = 0  # companies whose evidence leadflow saw live (portal, website or citation)
    batches: int
    loops: int
    quiet_loops: int = 0
    failed_loops: int = 0  # loops in a row whose every batch failed (LEADFLOW_FAILED_LOOPS of them fail the run)
    llm_calls: int  # every paid request, those cut off in flight by a dying worker included
    unfinished_calls: int = 0  # of llm_calls: in flight now, or cut off with their worker (tokens unknown)
    prompt_tokens: int
    completion_tokens: int
    cached_tokens: int = 0  # of prompt_tokens, served from the provider's prompt cache
    tool_calls: int = 0  # the searching agent's tool calls (web search, fetch, ...)
    searches: int = 0  # its searches answered (by the backend, the search cache or OpenAI's hosted search)
    searches_failed: int = 0  # its searches that failed; `search_error` is the last one's cause
    search_cache_hits: int = 0  # of searches, answered by the lead store's search cache
    hosted_searches: int = 0  # of searches, OpenAI's hosted web_search calls (billed per call)
    search_error: str | None = None
    search_failures: dict[str, int] = {}  # failed searches by cause
    over_target_tokens: int = 0  # completion tokens spent on candidates rejected over_target (the over-asking cost)
    cost_usd: float | None = None  # from LEADFLOW_PRICE_*_PER_MTOK, when set
    rejected: dict[str, int] = {}
    source: str | None = None
    created_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def is_final(self) -> bool:
        return self.status in FINAL_STATUSES


class RunRefused(BaseModel):
    """Why a run was not opened: an expected answer for the user, not an error with a traceback.
    `leased`: another flow run holds the run (it may be waited for); else the request is bad
    (no criteria, a run id that does not exist, criteria that differ from the run's)."""

    model_config = ConfigDict(frozen=True)

    reason: str
    leased: bool = False
