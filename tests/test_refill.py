"""The nightly refill: one run per night, reruns resume it, later nights bring new companies."""

from __future__ import annotations

from leadflow.flows.lead_refill import lead_refill, refill_run_id
from leadflow.store import UnitOfWork


def domains(store_url: str, run_id: str) -> set[str]:
    with UnitOfWork(store_url) as uow:
        return {r["domain"] for r in uow.repo.export_rows(run_id)}


def test_nightly_refill_resumes_the_same_night_and_excludes_earlier_nights(sqlite_url):
    monday = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-23", source="sample")
    assert monday.run_id == refill_run_id("rent manager", "nc", "2026-11-23")
    assert (monday.status, monday.companies_ready, monday.batches) == ("completed", 5, 1)

    rerun = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-23", source="sample")
    assert rerun.run_id == monday.run_id and rerun.batches == 1  # resumed, nothing new paid for

    tuesday = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-24", source="sample")
    assert tuesday.status == "completed" and tuesday.companies_ready == 5
    assert domains(sqlite_url, tuesday.run_id).isdisjoint(domains(sqlite_url, monday.run_id))
    assert tuesday.rejected.get("previously_delivered", 0) == 5  # the sample lists them first
