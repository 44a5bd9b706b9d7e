"""Only real, eligible, new companies: a run against an agent whose answers are ~30% junk."""

from __future__ import annotations

import pytest
from junk import BLOCKED_DOMAIN, DELIVERED_DOMAIN, JunkAgent

from leadflow.app.runs import create_run
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.evidence import pms_from_url
from leadflow.domain.options import RunOptions
from leadflow.domain.validation import MAX_NAME
from leadflow.flows.lead_list import lead_list, run_summary
from leadflow.store import UnitOfWork

pytestmark = pytest.mark.usefixtures("store_url")


def seed_store(store_url: str) -> None:
    with UnitOfWork(store_url) as uow:
        uow.repo.add_blocked([BLOCKED_DOMAIN], "customer")
        uow.commit()
    with UnitOfWork(store_url) as uow:  # an earlier run delivered this company
        rid = create_run(
            uow,
            LeadCriteria(pms="Buildium", state="TX", quantity=1),
            RunOptions(batch_size=10, parallel=1, max_loops=1, stall_loops=1),
            source="test",
        )
    with UnitOfWork(store_url) as uow:
        uow.repo.add_candidates(
            [
                {
                    "run_id": rid,
                    "batch_number": 1,
                    "status": "validated",
                    "domain": DELIVERED_DOMAIN,
                    "name": "Old Lead",
                    "state": "TX",
                }
            ]
        )
        uow.commit()


def test_junk_is_rejected_with_the_right_reason_and_the_target_is_met_exactly(agent, store_url):
    seed_store(store_url)
    junk = JunkAgent()
    agent.reset(junk)
    state = lead_list(
        pms="Buildium", state="TX", quantity=25, source="openai", options={"exclude_previous": True}, return_state=True
    )
    s = run_summary(state)
    assert (s.status, s.companies_ready) == ("completed", 25)

    with UnitOfWork(store_url) as uow:
        rows = uow.repo.export_rows(s.run_id, include_rejected=True)
    validated = [r for r in rows if r["status"] == "validated"]
    rejected = [r for r in rows if r["status"] == "rejected"]

    assert len(validated) == 25 == len({r["domain"] for r in validated})  # nothing stored twice
    assert all(pms_from_url(r["evidence_url"]) == "Buildium" for r in validated)  # all with evidence
    assert {r["domain"] for r in validated} <= {d for d in junk.good_domains}

    junk_share = len(rejected) / len(rows)
    assert 0.25 <= junk_share <= 0.35, junk_share
    for r in rejected:
        assert r["reason"] == junk.expected[r["raw_domain"] or ""], r
    expected_reasons = {
        "malformed",
        "invalid_domain",
        "vendor_domain",
        "platform_domain",
        "blocked",
        "wrong_state",
        "pms_mismatch",
        "no_pms_evidence",
        "duplicate",
        "previously_delivered",
    }
    assert set(s.rejected) == expected_reasons
    assert sum(s.rejected.values()) == len(rejected)  # status explains every rejection

    hostile = [r for r in validated if "DROP TABLE" in (r["name"] or "")]
    assert hostile and all(len(r["name"]) == MAX_NAME for r in hostile)
    with UnitOfWork(store_url) as uow:  # the table the hostile name mentions is intact
        assert len(uow.repo.export_rows(s.run_id)) == 25


def test_possible_duplicates_by_name_in_the_same_city(agent, store_url):
    def twins(call):
        from fake_openai import company

        base = call.number * 100
        return [
            company(call, base + 1, name="Oak Ridge Property Management, LLC", city="Austin"),
            company(call, base + 2, name="Oak Ridge Properties", city="Austin"),
            company(call, base + 3, name="Oak Ridge Properties", city="Dallas"),
        ]

    agent.reset(twins)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=2, source="openai", return_state=True))
    assert s.companies_ready == 2 and s.rejected == {"possible_duplicate": 1}


def test_a_second_domain_on_an_account_already_found_is_the_same_company(agent, store_url):
    """An old brand's domain, or a second site, whose evidence is the portal account of a company
    validated in an earlier batch: one account is one company, the second is a duplicate."""
    from fake_openai import company

    found: dict[str, str] = {}

    def rebranded(call):
        if not found:
            first = company(call, 101)
            found["portal"] = first["evidence_url"]
            return [first]
        return [company(call, 901, name="Old Brand Realty", evidence_url=found["portal"]), company(call, 902)]

    agent.reset(rebranded)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=2, source="openai", return_state=True))
    with UnitOfWork(store_url) as uow:
        rows = uow.repo.export_rows(s.run_id, include_rejected=True)
    dup = [r for r in rows if r["reason"] == "duplicate"]
    assert s.companies_ready == 2 and len(dup) == 1 and "the same Buildium account as" in dup[0]["detail"], rows
