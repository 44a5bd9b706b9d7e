"""The labelled evidence corpus, judged by the real live checks over real TLS on 127.0.0.1:
every class right in at least 95% of its cases, and nothing that must never be accepted is."""

from __future__ import annotations

from collections import Counter

import pytest
from evidence_corpus import ACCEPTED, CASES, CLASSES, NEVER_ACCEPTED, run_corpus


@pytest.fixture(scope="module")
def outcomes():
    return run_corpus()


def test_the_corpus_is_broad_enough():
    assert len(CASES) >= 80 and len({c.id for c in CASES}) == len(CASES)
    assert len({c.pms for c in CASES}) >= 10
    assert {c.cls for c in CASES} == set(CLASSES)
    assert sum(c.cls == "parked" for c in CASES) >= 8
    assert sum(c.cls == "bot_wall" for c in CASES) >= 5


@pytest.mark.parametrize("cls", CLASSES)
def test_every_class_is_judged_right_in_95_percent_of_its_cases(outcomes, cls):
    mine = [o for o in outcomes if o.case.cls == cls]
    wrong = [f"{o.case.id}: expected {o.case.expect}, got {o.got} ({o.detail})" for o in mine if not o.right]
    assert (len(mine) - len(wrong)) / len(mine) >= 0.95, wrong


def test_no_vendor_wide_host_asset_stale_portal_parked_site_or_wall_is_ever_accepted(outcomes):
    accepted = [o.case.id for o in outcomes if o.case.cls in NEVER_ACCEPTED and o.got in ACCEPTED]
    assert accepted == []


def test_every_acceptance_says_which_url_proved_it_and_what_the_fetch_saw(outcomes):
    accepted = [o for o in outcomes if o.got in ACCEPTED]
    assert Counter(o.got for o in accepted)["high"] >= 15 and len(accepted) >= 30
    for o in accepted:
        v = o.verdict
        proof = v.evidence_url or o.case.evidence_url
        assert proof and v.portal_check and v.portal_check.startswith(f"{proof}: "), (o.case.id, v)
        assert "login form" in v.portal_check or "portal page" in v.portal_check, v.portal_check
        assert v.evidence_http_status == 200 and v.evidence_checked_at is not None
