"""The lead store's tables (SQLAlchemy Core). Alembic migrations create them; keep both in step."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("pms", String(60), nullable=False),
    Column("state", String(2), nullable=False),
    Column("target_quantity", Integer, nullable=False),
    Column("batch_size", Integer, nullable=False),
    Column("parallel", Integer, nullable=False, server_default="1"),
    Column("max_loops", Integer, nullable=False),
    Column("stall_loops", Integer, nullable=False),
    Column("source", String(300), nullable=False),
    Column("exclude_previous", Boolean, nullable=False, server_default=text("false")),
    Column("allow_unverified", Boolean, nullable=False, server_default=text("false")),
    Column("verify", Boolean, nullable=False, server_default=text("false")),  # live checks on
    Column("adaptive", Boolean, nullable=False, server_default=text("false")),
    Column("max_calls", Integer),  # spend guard: agent calls
    Column("max_cost", Float),  # spend guard: USD (needs token prices)
    Column("status", String(16), nullable=False),
    Column("status_reason", Text),
    Column("loops", Integer, nullable=False, server_default="0"),  # loops completed (app/loop._count)
    Column("quiet_loops", Integer, nullable=False, server_default="0"),  # consecutive loops adding nothing
    Column("failed_loops", Integer, nullable=False, server_default="0"),  # consecutive loops whose every batch failed
    Column("flow_run_id", String(64)),  # the lease holder: the flow run working on the run
    Column("lease_expires_at", DateTime(timezone=True)),  # renewed while it works; expired = free
    Column("lease_host", String(255)),  # where the lease holder runs, and its process: an opener on
    Column("lease_pid", Integer),  # the same host takes over at once when that process is gone
    Column("source_spec", JSON),  # the resolved source (model, server, ...): a resume keeps it
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
)

batches = Table(
    "batches",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("loop", Integer, nullable=False),
    Column("partition", String(40)),  # what the batch searched, as people read it ("Houston area")
    Column("region", String(80)),  # the region's key (e.g. tx-houston): rotation and retirement read it
    Column("requested", Integer, nullable=False),
    Column("returned", Integer, nullable=False, server_default="0"),
    Column("accepted", Integer, nullable=False, server_default="0"),
    Column("rejected", Integer, nullable=False, server_default="0"),
    Column("rejected_by_reason", JSON),
    Column("llm_calls", Integer, nullable=False, server_default="0"),
    Column("prompt_tokens", Integer, nullable=False, server_default="0"),
    Column("completion_tokens", Integer, nullable=False, server_default="0"),
    Column("cached_tokens", Integer, nullable=False, server_default="0"),  # of prompt_tokens, from the provider's cache
    Column("latency_ms", Integer, nullable=False, server_default="0"),
    Column("model", String(100)),
    Column("error", Text),
    Column("notes", Text),  # the agent's own notes, carried into the next batch's prompt
    Column("tool_calls", Integer, nullable=False, server_default="0"),  # the searching agent's tool calls
    # its searches: answered (the cache's and OpenAI's hosted ones included), failed, from the cache, hosted
    Column("searches", Integer, nullable=False, server_default="0"),
    Column("searches_failed", Integer, nullable=False, server_default="0"),
    Column("search_cache_hits", Integer, nullable=False, server_default="0"),
    Column("hosted_searches", Integer, nullable=False, server_default="0"),
    Column("search_error", Text),  # the last failed search, as the backend said it
    Column("search_failures", JSON),  # failed searches by cause: {"rate_limited": 2, ...}
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("run_id", "number", name="uq_batches_run_number"),
)

candidates = Table(
    "candidates",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("batch_number", Integer, nullable=False),
    Column("status", String(16), nullable=False),  # validated | rejected
    Column("reason", String(40)),
    Column("detail", Text),
    Column("name", String(200)),
    Column("domain", String(253)),
    Column("raw_domain", Text),
    Column("city", String(100)),
    Column("state", String(40)),
    Column("pms", String(60)),
    Column("evidence_url", Text),
    Column("confidence", String(8)),
    Column("site_check", Text),  # what the live check saw on the company's own website
    # Provenance: how leadflow itself established the evidence, when, and the HTTP status seen.
    Column("evidence_method", String(24)),  # portal_live | site_links_portal | site_links_signin | cited | unverified
    Column("evidence_checked_at", DateTime(timezone=True)),
    Column("evidence_http_status", Integer),
    Column("portal_check", Text),  # what the live check saw at the evidence URL
    Column("cited_urls", JSON),  # URLs the agent saw for it (search results, fetched pages, citations)
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_candidates_run_status", "run_id", "status"),
    Index("ix_candidates_domain", "domain"),
    # The invariant that makes parallel writers safe: a company is validated once per run.
    Index(
        "uq_candidates_run_validated_domain",
        "run_id",
        "domain",
        unique=True,
        sqlite_where=text("status = 'validated'"),
        postgresql_where=text("status = 'validated'"),
    ),
)

# The agent's answer for a batch, kept as soon as the call returns (before validation), so a
# resume on any machine replays it instead of paying again.
batch_answers = Table(
    "batch_answers",
    metadata,
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
    Column("batch_number", Integer, primary_key=True),
    Column("result", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Every paid request to the agent, written before it is sent and settled when it returns: a
# request whose worker died in flight is still counted (its tokens unknown), a batch's cost sums
# every request made for it on any machine, and its request budget holds across resumes.
agent_requests = Table(
    "agent_requests",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(32), ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("batch_number", Integer, nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("outcome", String(16)),  # answered | failed | NULL: in flight, or its worker died
    Column("llm_calls", Integer, nullable=False, server_default="1"),  # model calls (a searching agent makes several)
    Column("prompt_tokens", Integer, nullable=False, server_default="0"),
    Column("completion_tokens", Integer, nullable=False, server_default="0"),
    Column("cached_tokens", Integer, nullable=False, server_default="0"),
    Index("ix_agent_requests_run_batch", "run_id", "batch_number"),
)

# Live check results, shared by runs and nights: (kind, key) -> result, until it expires.
web_checks = Table(
    "web_checks",
    metadata,
    Column("kind", String(8), primary_key=True),  # portal | site
    Column("key_hash", String(64), primary_key=True),  # sha256 of the URL or domain
    Column("key", Text, nullable=False),
    Column("result", JSON, nullable=False),
    Column("checked_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

# Web search results (leadflow/search/), shared by batches, runs and nights: (backend, query) ->
# results, until it expires.
search_cache = Table(
    "search_cache",
    metadata,
    Column("backend", String(16), primary_key=True),  # searxng | brave | tavily
    Column("query_hash", String(64), primary_key=True),  # sha256 of the normalised query
    Column("query", Text, nullable=False),
    Column("results", JSON, nullable=False),
    Column("searched_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

blocklist = Table(
    "blocklist",
    metadata,
    Column("domain", String(253), primary_key=True),
    Column("note", Text),
    Column("added_at", DateTime(timezone=True), nullable=False),
)

# Standing lists (leadflow/domain/lists.py): refilled every night with companies they never delivered.
# A night's run is `ls-NAME-YYYYMMDD`; the last night's outcome is kept here for `lists show`.
# One row per night of a standing list that leadflow tried to deliver: a failed night is
# delivered again (same run id, same Idempotency-Key) by the next attempt or the next night.
list_nights = Table(
    "list_nights",
    metadata,
    Column("list_name", String(20), primary_key=True),
    Column("night", String(10), primary_key=True),
    Column("run_id", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # delivered | failed
    Column("count", Integer, nullable=False, server_default="0"),
    Column("delivery", Text),  # where it went (file path or masked URL)
    Column("error", Text),  # the last failure, when it failed
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

standing_lists = Table(
    "standing_lists",
    metadata,
    Column("name", String(20), primary_key=True),
    Column("pms", String(60), nullable=False),
    Column("state", String(2), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("schedule", String(120)),  # cron; NULL: run by hand
    Column("timezone", String(64), nullable=False),
    Column("deliver", Text),  # file path (the night joins its name) or http(s) webhook URL
    Column("source", String(300)),
    Column("options", JSON),  # run options of the list's nights
    Column("last_night", String(10)),
    Column("last_run_id", String(32)),
    Column("last_status", String(16)),
    Column("last_delivered", Integer),
    Column("last_delivery", Text),  # where the last night went (file path or masked URL)
    Column("last_delivered_at", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
