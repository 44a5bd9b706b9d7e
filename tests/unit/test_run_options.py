"""A run option is a field of `RunOptions`, a column of `runs` (with its migration) and a flag of
`leadflow run`: nothing else. These tests hold each of the three to every field, and show the
path between them (store, records, summary, resume) carries any field without naming it."""

from __future__ import annotations

import typer

from leadflow.app import reading
from leadflow.app import runs as run_service
from leadflow.cli.main import app
from leadflow.domain.models import RunRequest, RunSummary
from leadflow.domain.options import RunOptions
from leadflow.domain.records import RunRecord
from leadflow.store import UnitOfWork
from leadflow.store.schema import runs

# A value for every option that no default produces: a field added without one fails here.
NON_DEFAULT = {
    "batch_size": 7,
    "parallel": 3,
    "max_loops": 11,
    "stall_loops": 5,
    "exclude_previous": True,
    "allow_unverified": True,
    "verify": False,
    "adaptive": True,
    "max_calls": 9,
    "max_cost": 1.5,
}


def test_every_option_is_a_runs_column_and_a_run_flag():
    fields = set(RunOptions.model_fields)
    assert fields <= set(runs.c.keys())
    command = typer.main.get_command(app).commands["run"]  # type: ignore[attr-defined]
    assert fields <= {p.name for p in command.params}
    assert fields == set(NON_DEFAULT), "give the new option a non-default value above"


def test_any_option_round_trips_through_the_store_without_being_named(migrated_sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "1")  # max_cost needs prices
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "4")
    url = migrated_sqlite_url
    options = RunOptions.parse(**NON_DEFAULT)
    with UnitOfWork(url) as uow:
        opened = run_service.open_run(
            uow, RunRequest.parse(pms="Buildium", state="TX", quantity=20, source="sample", options=options)
        )
        record = uow.repo.get_run(opened.run_id)
        summary = reading.summary(uow, opened.run_id)
    assert isinstance(record, RunRecord) and isinstance(summary, RunSummary)
    for name, value in NON_DEFAULT.items():
        assert getattr(record, name) == value == getattr(summary, name), name
        assert summary.model_dump(mode="json")[name] == value  # `status --json` shows it


def test_a_resume_keeps_options_not_given_again_and_takes_those_given(migrated_sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "1")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "4")
    url = migrated_sqlite_url
    with UnitOfWork(url) as uow:
        first = run_service.open_run(
            uow,
            RunRequest.parse(pms="Buildium", state="TX", quantity=20, source="sample", options=RunOptions.parse(**NON_DEFAULT)),
        )
        run_service.finish_run(uow, first.run_id, "stalled", "test")
        again = run_service.open_run(
            uow, RunRequest.parse(run_id=first.run_id, source="sample", options=RunOptions.parse(stall_loops=8))
        )
    assert again.summary.stall_loops == 8
    assert all(getattr(again.summary, k) == v for k, v in NON_DEFAULT.items() if k != "stall_loops")
