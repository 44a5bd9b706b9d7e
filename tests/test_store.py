"""The lead store on real SQLite and Postgres: migrations, the one-validated-row invariant,
and concurrent batches of one run."""

from __future__ import annotations

import threading

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, insert, text
from sqlalchemy.exc import IntegrityError

from leadflow.app import batches as batch_service
from leadflow.app import reading
from leadflow.app import runs as run_service
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import BatchRequest, Candidate, DiscoveryResult
from leadflow.domain.options import RunOptions
from leadflow.store import UnitOfWork, safe_url
from leadflow.store.engine import _MIGRATIONS, dispose_all, get_engine
from leadflow.store.schema import candidates

CRITERIA = LeadCriteria(pms="Buildium", state="TX", quantity=10)


def new_run(url: str, quantity: int = 10) -> str:
    with UnitOfWork(url) as uow:
        return run_service.create_run(
            uow,
            CRITERIA.model_copy(update={"quantity": quantity}),
            RunOptions(batch_size=10, parallel=4, max_loops=5, stall_loops=2),
            source="test",
        )


def cand(n: int) -> Candidate:
    return Candidate(
        name=f"Company {n:03d} Homes",
        domain=f"company-{n:03d}.test",
        city=f"Town{n}",
        state="TX",
        pms="Buildium",
        evidence_url=f"https://c{n}.managebuilding.com/Resident/portal/login",
    )


def request(run_id: str, number: int, quantity: int = 10) -> BatchRequest:
    return BatchRequest(
        run_id=run_id,
        batch_number=number,
        loop=1,
        criteria=CRITERIA.model_copy(update={"quantity": quantity}),
        companies_ready=0,
        remaining=quantity,
        batch_target=10,
    )


@pytest.mark.empty_store
def test_schema_upgrades_from_the_first_revision_without_losing_data(store_url):
    engine = create_engine(store_url)
    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO runs (id, pms, state, target_quantity, batch_size, parallel, max_loops, stall_loops,"
                " source, status, loops, created_at, updated_at) VALUES ('old1', 'Buildium', 'TX', 5, 10, 1, 3, 2,"
                " 'sample', 'completed', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    engine.dispose()
    with UnitOfWork(store_url) as uow:  # first use upgrades to head
        s = reading.summary(uow, "old1")
    assert (s.status, s.target_quantity, s.verify) == ("completed", 5, False)
    with get_engine(store_url).connect() as conn:
        head = ScriptDirectory.from_config(cfg).get_current_head()
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head


def test_the_database_refuses_a_second_validated_row_for_a_domain(store_url):
    rid = new_run(store_url)
    row = {"run_id": rid, "batch_number": 1, "status": "validated", "domain": "dup.test", "created_at": text("CURRENT_TIMESTAMP")}
    engine = get_engine(store_url)
    with engine.begin() as conn:
        conn.execute(insert(candidates).values(**row))
        conn.execute(insert(candidates).values(**{**row, "status": "rejected", "reason": "duplicate"}))
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(insert(candidates).values(**row))


def test_concurrent_batches_of_one_run_never_exceed_the_target_or_store_a_domain_twice(store_url):
    rid = new_run(store_url, quantity=25)
    # 8 writers, overlapping candidates: 80 proposals, 40 distinct domains, target 25
    batches = [[cand(n) for n in range(i * 5, i * 5 + 10)] for i in range(8)]
    errors: list[BaseException] = []

    def write(number: int, rows: list[Candidate]) -> None:
        try:
            with UnitOfWork(store_url) as uow:
                batch_service.record_batch(uow, request(rid, number, 25), DiscoveryResult(candidates=rows))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i + 1, rows)) for i, rows in enumerate(batches)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with UnitOfWork(store_url) as uow:
        s = reading.summary(uow, rid)
        rows = uow.repo.export_rows(rid)
    assert s.companies_ready == 25 == len(rows) == len({r["domain"] for r in rows})
    assert s.batches == 8
    assert sum(s.rejected.values()) == 80 - 25
    assert set(s.rejected) <= {"duplicate", "over_target"}


def test_storing_the_same_batch_twice_is_a_no_op(store_url):
    rid = new_run(store_url)
    result = DiscoveryResult(candidates=[cand(1), cand(2)])
    with UnitOfWork(store_url) as uow:
        first = batch_service.record_batch(uow, request(rid, 1), result)
    with UnitOfWork(store_url) as uow:
        again = batch_service.record_batch(uow, request(rid, 1), result)
    assert first.accepted == again.accepted == 2
    with UnitOfWork(store_url) as uow:
        assert reading.summary(uow, rid).companies_ready == 2


def test_a_bad_database_url_is_bad_input_and_passwords_are_masked(monkeypatch):
    from leadflow.domain.errors import InvalidInput

    dispose_all()
    assert safe_url("postgresql://u:hunter2@db/leads") == "postgresql://u:***@db/leads"
    with pytest.raises(InvalidInput, match="LEADFLOW_DATABASE_URL"):
        UnitOfWork("not a url").__enter__()
