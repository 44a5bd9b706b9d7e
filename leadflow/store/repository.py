"""Queries over the lead store. Every method runs inside the caller's transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from leadflow.domain.records import AgentTotals, BatchRecord, KnownCompany, RunRecord
from leadflow.store.counters import run_by_id, run_with_counters
from leadflow.store.schema import agent_requests, batch_answers, batches, blocklist, candidates, runs, search_cache, web_checks

DELIVERIES_LOCK = 0x1EADF10  # advisory lock key: "who delivered what" across runs


def now() -> datetime:
    return datetime.now(UTC)


def check_key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class Repository:
    def __init__(self, conn: Connection):
        self.conn = conn

    # runs
    def add_run(self, **values: Any) -> None:
        stamp = now()
        self.conn.execute(insert(runs).values(created_at=stamp, updated_at=stamp, **values))

    def get_run(self, run_id: str) -> RunRecord | None:
        row = self.conn.execute(run_by_id(), {"run_id": run_id}).mappings().first()
        return RunRecord.model_validate(dict(row)) if row else None

    def recent_runs(self, limit: int = 20) -> list[RunRecord]:
        stmt = run_with_counters().order_by(runs.c.created_at.desc(), runs.c.id.desc()).limit(limit)
        return [RunRecord.model_validate(dict(r)) for r in self.conn.execute(stmt).mappings()]

    def lock_run(self, run_id: str) -> bool:
        """Take the run's write lock (row lock on Postgres, database lock on SQLite) by touching
        it first, so concurrent batches of one run store one after another."""
        res = self.conn.execute(update(runs).where(runs.c.id == run_id).values(updated_at=now()))
        return res.rowcount == 1

    def acquire_lease(
        self, run_id: str, owner: str, expires_at: datetime, *, holder: dict | None = None, take_from: str | None = None
    ) -> bool:
        """Take or renew the run's lease for `owner`: free, expired, already ours, or still held
        by `take_from` (a holder known to be gone). One conditional UPDATE, so two openers
        cannot both win. `holder`: the lease_host and lease_pid to record."""
        stamp = now()
        free = [runs.c.lease_expires_at.is_(None), runs.c.lease_expires_at < stamp, runs.c.flow_run_id == owner]
        if take_from is not None:
            free.append(runs.c.flow_run_id == take_from)
        res = self.conn.execute(
            update(runs)
            .where(runs.c.id == run_id, or_(*free))
            .values(flow_run_id=owner, lease_expires_at=expires_at, updated_at=stamp, **(holder or {}))
        )
        return res.rowcount == 1

    def renew_lease(self, run_id: str, owner: str, expires_at: datetime) -> bool:
        """Extend a lease `owner` still holds; never re-take a released one."""
        res = self.conn.execute(
            update(runs)
            .where(runs.c.id == run_id, runs.c.flow_run_id == owner, runs.c.lease_expires_at.is_not(None))
            .values(lease_expires_at=expires_at, updated_at=now())
        )
        return res.rowcount == 1

    def update_run(self, run_id: str, **values: Any) -> None:
        self.conn.execute(update(runs).where(runs.c.id == run_id).values(updated_at=now(), **values))

    # candidates
    def validated_companies(self, run_id: str) -> list[KnownCompany]:
        stmt = select(candidates.c.domain, candidates.c.name, candidates.c.city, candidates.c.evidence_url).where(
            candidates.c.run_id == run_id, candidates.c.status == "validated"
        )
        return [KnownCompany(*r) for r in self.conn.execute(stmt)]

    def seen_domains(self, run_id: str) -> list[str]:
        """Every domain this run has judged, validated ones first: the exclusion list."""
        best = func.max(candidates.c.status)  # 'validated' > 'rejected'
        stmt = (
            select(candidates.c.domain)
            .where(candidates.c.run_id == run_id, candidates.c.domain.is_not(None))
            .group_by(candidates.c.domain)
            .order_by(best.desc(), candidates.c.domain)
        )
        return list(self.conn.execute(stmt).scalars())

    def seen_places(self, run_id: str) -> list[tuple[str, str | None, str | None]]:
        """(domain, city, region of its batch) of every candidate this run judged that has a
        domain, in the order they were judged: what a region's exclusion list is made from."""
        stmt = (
            select(candidates.c.domain, candidates.c.city, batches.c.region)
            .select_from(
                candidates.outerjoin(
                    batches, (batches.c.run_id == candidates.c.run_id) & (batches.c.number == candidates.c.batch_number)
                )
            )
            .where(candidates.c.run_id == run_id, candidates.c.domain.is_not(None))
            .order_by(candidates.c.id)
        )
        return [tuple(r) for r in self.conn.execute(stmt)]

    def lock_deliveries(self) -> None:
        """Serialise runs that exclude each other's deliveries until the transaction ends: a
        Postgres advisory lock; SQLite already has one writer at a time (lock_run took it)."""
        if self.conn.dialect.name == "postgresql":
            self.conn.execute(select(func.pg_advisory_xact_lock(DELIVERIES_LOCK)))

    def delivered_elsewhere(self, run_id: str, among: str | None = None) -> list[tuple[str, str | None]]:
        """(domain, evidence URL) of the companies other runs validated; with `among` (a SQL LIKE
        pattern of run ids), only of the runs it matches."""
        stmt = select(candidates.c.domain, candidates.c.evidence_url).where(
            candidates.c.run_id != run_id, candidates.c.status == "validated"
        )
        if among is not None:
            stmt = stmt.where(candidates.c.run_id.like(among))
        return [(domain, evidence) for domain, evidence in self.conn.execute(stmt.distinct())]

    def add_candidates(self, rows: list[dict]) -> None:
        if rows:
            stamp = now()
            self.conn.execute(insert(candidates), [{**r, "created_at": stamp} for r in rows])

    def search_failure_counts(self, run_id: str) -> dict[str, int]:
        """Failed searches of a run by cause, summed over its batches (few have any)."""
        stmt = select(batches.c.search_failures).where(batches.c.run_id == run_id, batches.c.searches_failed > 0)
        total: dict[str, int] = {}
        for (causes,) in self.conn.execute(stmt):
            for cause, n in (causes or {}).items():
                total[cause] = total.get(cause, 0) + int(n)
        return total

    def rejection_counts(self, run_id: str) -> dict[str, int]:
        stmt = (
            select(candidates.c.reason, func.count())
            .where(candidates.c.run_id == run_id, candidates.c.status == "rejected")
            .group_by(candidates.c.reason)
            .order_by(func.count().desc(), candidates.c.reason)
        )
        return {reason: n for reason, n in self.conn.execute(stmt)}

    def export_rows(self, run_id: str, include_rejected: bool = False) -> list[dict]:
        cols = [
            candidates.c.name,
            candidates.c.domain,
            candidates.c.city,
            candidates.c.state,
            candidates.c.pms,
            candidates.c.evidence_url,
            candidates.c.confidence,
            candidates.c.batch_number,
            candidates.c.evidence_method,
            candidates.c.evidence_checked_at,
            candidates.c.evidence_http_status,
            candidates.c.site_check,
            candidates.c.portal_check,
            candidates.c.cited_urls,
        ]
        if include_rejected:
            cols += [candidates.c.status, candidates.c.reason, candidates.c.detail, candidates.c.raw_domain]
        stmt = select(*cols).where(candidates.c.run_id == run_id).order_by(candidates.c.id)
        if not include_rejected:
            stmt = stmt.where(candidates.c.status == "validated")
        return [dict(r) for r in self.conn.execute(stmt).mappings()]

    # batches
    def get_batch(self, run_id: str, number: int) -> BatchRecord | None:
        row = self.conn.execute(select(batches).where(batches.c.run_id == run_id, batches.c.number == number)).mappings().first()
        return BatchRecord.model_validate(dict(row)) if row else None

    def add_batch(self, **values: Any) -> None:
        self.conn.execute(insert(batches).values(created_at=now(), **values))

    def agent_batch_totals(self, pms: str, state: str) -> AgentTotals:
        """Calls, tokens and candidates of every stored agent batch for these criteria."""
        stmt = (
            select(
                func.coalesce(func.sum(batches.c.llm_calls), 0),
                func.coalesce(func.sum(batches.c.prompt_tokens), 0),
                func.coalesce(func.sum(batches.c.completion_tokens), 0),
                func.coalesce(func.sum(batches.c.returned), 0),
                func.coalesce(func.sum(batches.c.accepted), 0),
                func.coalesce(func.sum(batches.c.hosted_searches), 0),
            )
            .select_from(batches.join(runs, runs.c.id == batches.c.run_id))
            .where(runs.c.pms == pms, runs.c.state == state, batches.c.llm_calls > 0)
        )
        calls, prompt, completion, returned, accepted, hosted = self.conn.execute(stmt).one()
        return AgentTotals(
            calls=calls,
            prompt_tokens=prompt,
            completion_tokens=completion,
            returned=returned,
            accepted=accepted,
            hosted_searches=hosted,
        )

    def batch_rows(self, run_id: str) -> list[BatchRecord]:
        stmt = select(batches).where(batches.c.run_id == run_id).order_by(batches.c.number)
        return [BatchRecord.model_validate(dict(r)) for r in self.conn.execute(stmt).mappings()]

    # the agent request ledger
    def request_count(self, run_id: str, number: int) -> int:
        return self.conn.execute(
            select(func.count())
            .select_from(agent_requests)
            .where(agent_requests.c.run_id == run_id, agent_requests.c.batch_number == number)
        ).scalar_one()

    def start_request(self, run_id: str, number: int) -> int:
        """Record a request about to be sent; its id."""
        return self.conn.execute(
            insert(agent_requests).values(run_id=run_id, batch_number=number, started_at=now()).returning(agent_requests.c.id)
        ).scalar_one()

    def finish_request(self, request_id: int, outcome: str, usage: dict[str, int]) -> None:
        self.conn.execute(
            update(agent_requests)
            .where(agent_requests.c.id == request_id)
            .values(
                finished_at=now(),
                outcome=outcome,
                llm_calls=max(1, usage.get("llm_calls", 1)),
                prompt_tokens=usage.get("prompt_tokens", 0),
                completion_tokens=usage.get("completion_tokens", 0),
                cached_tokens=usage.get("cached_tokens", 0),
            )
        )

    def request_usage(self, run_id: str, number: int) -> dict[str, int] | None:
        """Model calls and tokens of every request made for a batch (None: no request recorded).
        A request is one discoverer attempt: one model call, or several for a searching agent."""
        c = agent_requests.c
        calls, prompt, completion, cached = self.conn.execute(
            select(
                func.coalesce(func.sum(c.llm_calls), 0),
                func.coalesce(func.sum(c.prompt_tokens), 0),
                func.coalesce(func.sum(c.completion_tokens), 0),
                func.coalesce(func.sum(c.cached_tokens), 0),
            ).where(c.run_id == run_id, c.batch_number == number)
        ).one()
        if not calls:
            return None
        return {"llm_calls": calls, "prompt_tokens": prompt, "completion_tokens": completion, "cached_tokens": cached}

    # the agent's raw answers
    def save_answer(self, run_id: str, number: int, result: dict) -> None:
        """Keep the first answer for a batch (a replayed store keeps it, never doubles it)."""
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        self.conn.execute(
            dialect.insert(batch_answers)
            .values(
                run_id=run_id,
                batch_number=number,
                result=result,
                created_at=now(),
            )
            .on_conflict_do_nothing(index_elements=["run_id", "batch_number"])
        )

    def answers(self, run_id: str, numbers: Iterable[int]) -> dict[int, dict]:
        stmt = select(batch_answers.c.batch_number, batch_answers.c.result).where(
            batch_answers.c.run_id == run_id, batch_answers.c.batch_number.in_(list(numbers))
        )
        return {n: r for n, r in self.conn.execute(stmt)}

    def unstored_answers(self, run_id: str) -> list[int]:
        """Batch numbers whose paid answer is kept but whose batch was never stored (a crashed
        flow run's), lowest first."""
        stored = select(batches.c.number).where(batches.c.run_id == run_id)
        stmt = (
            select(batch_answers.c.batch_number)
            .where(batch_answers.c.run_id == run_id, batch_answers.c.batch_number.not_in(stored))
            .order_by(batch_answers.c.batch_number)
        )
        return list(self.conn.execute(stmt).scalars())

    # live check cache
    def cached_checks(self, kind: str, keys: Iterable[str]) -> dict[str, dict]:
        """Unexpired results by key (checked_at added to each)."""
        hashes = {check_key_hash(k): k for k in keys}
        if not hashes:
            return {}
        stmt = select(web_checks.c.key_hash, web_checks.c.result, web_checks.c.checked_at).where(
            web_checks.c.kind == kind, web_checks.c.key_hash.in_(hashes), web_checks.c.expires_at > now()
        )
        return {hashes[h]: {**result, "checked_at": checked_at} for h, result, checked_at in self.conn.execute(stmt)}

    def save_checks(self, kind: str, results: dict[str, dict], checked_at: datetime, expires_at: datetime) -> None:
        """Insert or replace results (an upsert: two runs may check one URL at once)."""
        if not results:
            return
        rows = [
            {
                "kind": kind,
                "key_hash": check_key_hash(k),
                "key": k,
                "result": r,
                "checked_at": checked_at,
                "expires_at": expires_at,
            }
            for k, r in results.items()
        ]
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(web_checks)
        self.conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["kind", "key_hash"],
                set_={c: stmt.excluded[c] for c in ("result", "checked_at", "expires_at")},
            ),
            rows,
        )

    # web search cache
    def cached_search(self, backend: str, query: str) -> list[dict] | None:
        """Unexpired results of one search, or None."""
        stmt = select(search_cache.c.results).where(
            search_cache.c.backend == backend,
            search_cache.c.query_hash == check_key_hash(query),
            search_cache.c.expires_at > now(),
        )
        return self.conn.execute(stmt).scalar()

    def save_search(self, backend: str, query: str, results: list[dict], searched_at: datetime, expires_at: datetime) -> None:
        """Insert or replace (an upsert: parallel batches may run the same search)."""
        dialect = postgresql if self.conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(search_cache).values(
            backend=backend,
            query_hash=check_key_hash(query),
            query=query,
            results=results,
            searched_at=searched_at,
            expires_at=expires_at,
        )
        self.conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["backend", "query_hash"],
                set_={c: stmt.excluded[c] for c in ("results", "searched_at", "expires_at")},
            )
        )

    # blocklist
    def blocked_domains(self) -> set[str]:
        return set(self.conn.execute(select(blocklist.c.domain)).scalars())

    def add_blocked(self, domains: Iterable[str], note: str | None = None) -> int:
        """Insert domains not yet blocked; returns how many were new."""
        rows = [{"domain": d, "note": note, "added_at": now()} for d in dict.fromkeys(domains)]
        if not rows:
            return 0
        dialect = self.conn.dialect.name
        if dialect in ("postgresql", "sqlite"):
            ins = (postgresql if dialect == "postgresql" else sqlite).insert(blocklist)
            res = self.conn.execute(ins.on_conflict_do_nothing(index_elements=["domain"]), rows)
            return res.rowcount
        existing = self.blocked_domains()
        new = [r for r in rows if r["domain"] not in existing]
        if new:
            self.conn.execute(insert(blocklist), new)
        return len(new)
