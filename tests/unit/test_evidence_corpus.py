"""The labelled evidence corpora (the one written with the checks and the three written blind,
`evidence_holdout*.py`), judged by the real live checks over real TLS on 127.0.0.1: every class
right in at least 95% of its cases, and nothing that must never be accepted is."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

import pytest
from evidence_corpus import ACCEPTED, CASES, CLASSES, NEVER_ACCEPTED, run_corpus
from evidence_holdout import HOLDOUT
from evidence_holdout2 import HOLDOUT2
from evidence_holdout3 import HOLDOUT3

HELD_OUT = [*HOLDOUT, *HOLDOUT2, *HOLDOUT3]


@pytest.fixture(scope="module")
def outcomes():
    return run_corpus([*CASES, *HELD_OUT])


def test_the_corpus_is_broad_enough():
    assert len(CASES) >= 80 and len({c.id for c in CASES}) == len(CASES)
    assert len({c.pms for c in CASES}) >= 10
    assert {c.cls for c in CASES} == set(CLASSES)
    assert sum(c.cls == "parked" for c in CASES) >= 8
    assert sum(c.cls == "bot_wall" for c in CASES) >= 5


@pytest.mark.parametrize("held_out", [HOLDOUT, HOLDOUT2, HOLDOUT3], ids=["holdout", "holdout2", "holdout3"])
def test_each_held_out_corpus_covers_every_class_and_shares_no_page_with_the_others(held_out):
    assert len(held_out) >= 40 and {c.cls for c in held_out} == set(CLASSES)
    others = [c for c in [*CASES, *HELD_OUT] if c not in held_out]
    assert not {c.id for c in held_out} & {c.id for c in others}
    served = {(h, p): r for c in others for h, pages in c.sites.items() for p, r in pages.items()}
    clashes = [(h, p) for c in held_out for h, pages in c.sites.items() for p, r in pages.items() if served.get((h, p), r) != r]
    assert clashes == []  # one fake web serves them all: a host and path must mean one page


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
        seen = re.search(r"(login form|portal page|page) on (\S+) \(http 200", v.portal_check)  # what made it live
        vendor = ".".join((urlsplit(proof).hostname or "").split(".")[-2:])  # a shared sign-in may hop hosts
        assert seen and seen[2].endswith(vendor), v.portal_check
        assert v.evidence_http_status == 200 and v.evidence_checked_at is not None
