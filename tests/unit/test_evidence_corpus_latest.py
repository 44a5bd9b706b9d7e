"""The latest blind evidence corpora (`evidence_holdout12.py`, `evidence_holdout14.py` to
`evidence_holdout20.py`, `evidence_holdout24.py`, `evidence_holdout28.py`, `evidence_holdout31.py`
and `evidence_holdout35.py`), judged by the same tests as `test_evidence_corpus.py`, on a worker
of their own (see `test_evidence_corpus_recent.py`)."""

from __future__ import annotations

import pytest
from evidence_corpus import run_corpus
from test_evidence_corpus import (  # collected here too, with this module's fixtures below
    KNOWN_HARD,
    LATEST,
    test_every_acceptance_says_which_url_proved_it_and_what_the_fetch_saw,
    test_every_class_is_judged_right_in_95_percent_of_its_cases,
    test_no_vendor_wide_host_asset_stale_portal_parked_site_or_wall_is_ever_accepted,
    test_the_known_hard_cases_are_the_only_ones_set_aside,
)

pytestmark = pytest.mark.corpus  # `-m corpus`, not `-m unit` (tests/conftest.py)

__all__ = [
    "test_every_acceptance_says_which_url_proved_it_and_what_the_fetch_saw",
    "test_every_class_is_judged_right_in_95_percent_of_its_cases",
    "test_no_vendor_wide_host_asset_stale_portal_parked_site_or_wall_is_ever_accepted",
    "test_the_known_hard_cases_are_the_only_ones_set_aside",
]


@pytest.fixture(scope="module")
def all_outcomes():
    return run_corpus(LATEST)


@pytest.fixture(scope="module")
def outcomes(all_outcomes):
    return [o for o in all_outcomes if o.case.id not in KNOWN_HARD]
