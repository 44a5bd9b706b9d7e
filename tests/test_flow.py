"""The lead_list flow end to end in-process: real Prefect server, real SDK over loopback HTTP,
real SQLite and Postgres lead stores."""

from __future__ import annotations

import uuid

import pytest
from fake_openai import Reply, fresh
from sqlalchemy import create_engine, text

from leadflow.app import reading
from leadflow.flows.lead_list import lead_list, run_summary
from leadflow.store import UnitOfWork

pytestmark = pytest.mark.usefixtures("store_url")
# Flow behaviour that the kind of lead store cannot change (batch sizing, retries of the agent's
# answers, stop rules, logs, Prefect artifacts): on SQLite only. What the store decides (what was
# paid, what is stored, resumes, exclusions read back, concurrent writes) runs on both; the
# repository itself is tested on both in tests/test_store*.py and tests/test_crash.py.
store_agnostic = pytest.mark.parametrize("store_url", ["sqlite"], indirect=True)


def run(**params):
    state = lead_list(**{"source": "openai", **params}, return_state=True)
    summary = run_summary(state)
    return state, summary


def validated(store_url: str, run_id: str) -> list[dict]:
    with UnitOfWork(store_url) as uow:
        return uow.repo.export_rows(run_id)


def test_25_companies_in_batches_of_10_10_5(agent, store_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.40")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "1.60")
    state, s = run(pms="Buildium", state="TX", quantity=25)
    assert state.is_completed()
    assert (s.status, s.companies_ready, s.batches, s.loops) == ("completed", 25, 3, 3)
    assert [c.want for c in agent.calls] == [10, 10, 5]
    assert (s.llm_calls, s.prompt_tokens) == (3, 3 * agent.prompt_tokens)
    assert s.completion_tokens == 25 * agent.completion_tokens_per_company
    assert s.cost_usd == pytest.approx((s.prompt_tokens * 0.40 + s.completion_tokens * 1.60) / 1e6)
    rows = validated(store_url, s.run_id)
    assert len(rows) == 25 == len({r["domain"] for r in rows})
    assert all(r["evidence_url"] and r["confidence"] == "high" for r in rows)


def test_rerun_of_a_met_target_exits_early_without_calling_the_agent(agent, store_url):
    _, first = run(pms="AppFolio", state="FL", quantity=5)
    assert first.status == "completed" and len(agent.calls) == 1
    state, again = run(run_id=first.run_id)
    assert state.is_completed() and again.status == "completed"
    assert len(agent.calls) == 1  # no new agent call
    assert again.batches == 1 and again.companies_ready == 5


@store_agnostic
def test_a_flow_takes_what_the_process_loaded_out_of_the_garbage_collector_once(agent, store_url):
    """gc.freeze as a flow starts (flows/local.freeze_what_is_loaded): Prefect, SQLAlchemy and
    leadflow leave the collector's passes, about 0.5 CPU-s of every worker's flow-run process.
    Once per process: a later flow run freezes nothing more."""
    import gc

    _, first = run(pms="AppFolio", state="FL", quantity=5)
    frozen = gc.get_freeze_count()
    assert first.status == "completed" and frozen > 50_000, frozen  # what a process with Prefect loaded holds
    _, again = run(pms="AppFolio", state="FL", quantity=5)
    assert again.status == "completed" and gc.get_freeze_count() <= frozen


@store_agnostic
def test_short_batches_ask_for_min_of_size_and_remaining(agent, store_url):
    agent.reset(lambda call: fresh(call, min(7, call.want)))
    _, s = run(pms="Buildium", state="TX", quantity=25)
    assert s.status == "completed" and s.companies_ready == 25
    assert [c.want for c in agent.calls] == [10, 10, 10, 4]


@store_agnostic
def test_an_agent_that_finds_nothing_stalls_instead_of_looping(agent, store_url):
    agent.reset(lambda call: [])
    state, s = run(pms="Buildium", state="TX", quantity=25, options={"stall_loops": 2})
    assert s.status == "stalled" and "consecutive loop" in s.status_reason
    assert len(agent.calls) == 2 and s.companies_ready == 0
    assert state.is_failed() and state.message.startswith("stalled at 0/25")  # short: not shown as a success


@store_agnostic
def test_max_loops_ends_a_slow_run_as_partial(agent, store_url):
    agent.reset(lambda call: fresh(call, 1))
    _, s = run(pms="Buildium", state="TX", quantity=25, max_loops=3)
    assert (s.status, s.companies_ready, len(agent.calls)) == ("partial", 3, 3)


def test_found_domains_are_excluded_in_the_next_prompt(agent, store_url):
    _, s = run(pms="Buildium", state="TX", quantity=15)
    first_batch = {r["domain"] for r in validated(store_url, s.run_id) if r["batch_number"] == 1}
    # Once (2026-12-07, the whole suite under Debian's Python 3.11.2, [postgres]) batch 1 kept 9 of its
    # 10 fresh companies, not reproduced in 25 runs under load since: say why if it happens again.
    assert len(first_batch) == 10, (s.rejected, s.status_reason, [c.excluded for c in agent.calls])
    assert agent.calls[0].excluded == []
    assert first_batch <= set(agent.calls[1].excluded)
    assert "do NOT return these domains again" in agent.calls[1].prompt


def test_the_stored_validated_set_never_exceeds_the_target(agent, store_url):
    agent.reset(lambda call: fresh(call, call.want + 6))  # over-delivers: 16 when asked for 10
    _, s = run(pms="Buildium", state="TX", quantity=12)
    assert s.companies_ready == 12 and len(agent.calls) == 1
    assert s.rejected == {"over_target": 4}
    assert len(validated(store_url, s.run_id)) == 12


def test_parallel_batches_search_distinct_places_and_stop_at_target(agent, store_url):
    _, s = run(pms="Buildium", state="TX", quantity=25, parallel=3)
    assert s.status == "completed" and s.companies_ready == 25
    first_loop = agent.calls[:3]
    assert sorted(c.want for c in first_loop) == [5, 10, 10]
    assert len({c.region for c in first_loop}) == 3 and None not in {c.region for c in first_loop}
    places = [p for c in first_loop for p in c.places]
    assert places and len(places) == len(set(places))  # three parts of TX, no place searched twice
    assert len(agent.calls) == 3, s.rejected
    with UnitOfWork(store_url) as uow:
        stored = uow.repo.batch_rows(s.run_id)
    assert len({b.region for b in stored}) == 3 and all(b.region.startswith("tx-") for b in stored)
    assert {b.partition for b in stored} == {c.region for c in first_loop}  # the label `status` shows


@store_agnostic
def test_transient_errors_and_refusals_are_retried(agent, store_url):
    seen = []

    def flaky(call):
        seen.append(call.number)
        if call.number == 1:
            raise Reply(500)
        if call.number == 2:
            raise Reply(429)
        if call.number == 3:
            raise Reply(refusal="I can't help with that")
        return fresh(call, call.want)

    agent.reset(flaky)
    _, s = run(pms="Buildium", state="TX", quantity=5)
    assert s.status == "completed" and s.companies_ready == 5
    assert seen == [1, 2, 3, 4, 5]
    # the refusal is retried once with half the batch; the next batch asks for the rest
    assert [c.want for c in agent.calls] == [5, 5, 5, 2, 3]
    assert s.batches == 2
    # every request is counted; tokens where the server reported them (the 500 and the 429 have none)
    assert s.llm_calls == 5 and s.prompt_tokens == 3 * agent.prompt_tokens


@store_agnostic
def test_truncated_output_is_retried_then_the_run_fails_with_the_reason(agent, store_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_FAILED_LOOPS", "1")  # the batch's budget is the point here, not the loops
    agent.reset(lambda call: (_ for _ in ()).throw(Reply(content='{"companies": [{"name": "Tru', finish_reason="length")))
    state, s = run(pms="Buildium", state="TX", quantity=5)
    assert [c.want for c in agent.calls] == [5, 2]  # retried once, with half the batch
    assert state.is_failed() and s.status == "failed" and "LengthFinishReasonError" in s.status_reason
    assert s.batches == 1 and s.companies_ready == 0
    assert (s.llm_calls, s.prompt_tokens) == (2, 2 * agent.prompt_tokens)  # the failed attempts cost too
    import leadflow.tasks.discover

    assert not leadflow.tasks.discover._pending  # nothing kept after the last attempt


def test_a_bad_api_key_fails_the_run_at_once_and_never_leaks_the_key(agent, store_url, caplog):
    agent.reset(lambda call: (_ for _ in ()).throw(Reply(401)))
    state, s = run(pms="Buildium", state="TX", quantity=5)
    assert caplog.records and "SECRET" not in caplog.text
    assert "SECRET" not in repr(state) and "SECRET" not in s.model_dump_json()
    assert state.is_failed()
    assert s.status == "failed" and "AuthenticationError" in s.status_reason
    assert len(agent.calls) == 1  # not retried
    engine = create_engine(store_url)
    with engine.connect() as conn:
        for table in ("runs", "batches", "candidates"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                assert "SECRET" not in repr(tuple(row))
    engine.dispose()


def test_resume_after_a_crash_continues_from_the_checkpoint(agent, store_url):
    _, first = run(pms="Rentvine", state="GA", quantity=25, max_loops=1)
    assert (first.status, first.companies_ready) == ("partial", 10)
    _, resumed = run(run_id=first.run_id, max_loops=10)
    engine = create_engine(store_url)  # why a batch fell short, when one did (a CI run once saw 4 batches, not 3)
    with engine.connect() as conn:
        sql = text("SELECT reason, detail FROM candidates WHERE run_id = :r AND status = 'rejected'")
        rejected = [tuple(row) for row in conn.execute(sql, {"r": first.run_id})]
    engine.dispose()
    asked = [c.want for c in agent.calls]
    assert (resumed.status, resumed.companies_ready, resumed.batches) == ("completed", 25, 3), (rejected, asked)
    assert [c.want for c in agent.calls] == [10, 10, 5]


def test_a_paid_batch_is_not_paid_again_when_the_run_is_rerun(agent, store_url):
    """The agent call of batch 1 succeeds, then the process dies before storing it."""
    from prefect import flow

    from leadflow.domain.models import RunRequest
    from leadflow.tasks import discover_batch, open_run

    @flow
    def crashes_after_paying(run_id: str):
        request = RunRequest(pms="Buildium", state="TX", quantity=15, run_id=run_id, source="openai")
        opened = open_run(store_url, request, None, None)  # plans loop 1 too
        discover_batch(opened.plan.requests[0], opened.source)  # no store URL: the answer is not kept

    run_id = uuid.uuid4().hex[:12]
    crashes_after_paying(run_id)
    assert len(agent.calls) == 1
    with UnitOfWork(store_url) as uow:  # the dead process's lease runs out
        uow.repo.update_run(run_id, lease_expires_at=None)
        uow.commit()
    _, s = run(run_id=run_id)
    assert s.status == "completed" and s.companies_ready == 15
    assert [c.want for c in agent.calls] == [10, 5]  # batch 1 came from Prefect's result cache
    with UnitOfWork(store_url) as uow:
        assert reading.summary(uow, run_id).batches == 2


@store_agnostic
def test_responses_api_with_web_search(agent, store_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_OPENAI_API", "responses")
    _, s = run(pms="AppFolio", state="CA", quantity=3)
    assert s.status == "completed" and s.companies_ready == 3
    assert agent.calls[0].body["tools"][0]["type"] == "web_search"
    assert "text" in agent.calls[0].body  # structured output format


def test_resuming_with_other_criteria_is_refused(agent, store_url):
    _, s = run(pms="Buildium", state="TX", quantity=3)
    state, _ = run(run_id=s.run_id, state="FL")
    assert state.is_failed() and "state" in state.message


@store_agnostic
def test_adaptive_batches_grow_while_answers_are_clean_and_shrink_on_junk(agent, store_url):
    _, s = run(pms="Buildium", state="TX", quantity=60, options={"adaptive": True})
    assert s.status == "completed" and s.adaptive
    assert [c.want for c in agent.calls] == [10, 15, 23, 12], s.rejected  # 10+15+23 = 48, then the rest

    def junky(call):
        rows = fresh(call, call.want)
        for row in rows[: (call.want * 2) // 3]:
            row["evidence_url"] = None  # two thirds rejected: no PMS evidence
        return rows

    agent.reset(junky)
    _, s = run(pms="AppFolio", state="FL", quantity=20, options={"adaptive": True}, max_loops=3)
    assert [c.want for c in agent.calls] == [10, 5, 3]  # 4 of 10 usable, then 2 of 5: halve, halve


@store_agnostic
def test_a_low_quality_batch_is_flagged_in_the_log(agent, store_url, caplog):
    agent.reset(lambda call: fresh(call, call.want) + [dict(r, domain="javascript:void(0)") for r in fresh(call, 15, 500)])
    _, s = run(pms="Buildium", state="TX", quantity=5)
    assert s.status == "completed"
    assert "batch 1 quality low: 5 of 20 candidates accepted (invalid_domain=15)" in caplog.text


def test_the_agents_notes_are_carried_into_the_next_prompt(agent, store_url):
    import json

    from fake_openai import Reply

    def with_notes(call):
        rows = fresh(call, min(call.want, 5))
        raise Reply(content=json.dumps({"companies": rows, "notes": f"searched Austin first (call {call.number})"}))

    agent.reset(with_notes)
    _, s = run(pms="Buildium", state="TX", quantity=10)
    assert "previous batch" not in agent.calls[0].prompt
    assert "searched Austin first (call 1)" in agent.calls[1].prompt


@store_agnostic
def test_progress_and_batch_table_artifacts_are_in_the_prefect_ui(agent, store_url):
    import asyncio

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    _, s = run(pms="Buildium", state="TX", quantity=15)

    async def artifacts(key: str):
        async with get_client() as client:
            return await client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))

    progress = asyncio.run(artifacts(f"lead-run-{s.run_id}"))
    assert progress and progress[-1].type == "progress" and float(progress[-1].data) == 100.0
    tables = asyncio.run(artifacts(f"lead-run-{s.run_id}-batches"))
    assert tables and "rejected_by_reason" in str(tables[0].data)
    assert len(tables) == 1  # one table per flow run, published when it ends (both loops in it)
    assert '"batch": 2' in str(tables[0].data).replace("'", '"')
