"""The later blind evidence corpora (`evidence_holdout5.py` to `evidence_holdout11.py`,
`evidence_holdout13.py`, `evidence_holdout21.py`, `evidence_holdout26.py`, `evidence_holdout29.py`,
`evidence_holdout30.py`, `evidence_holdout34.py` and `evidence_holdout36.py`), judged by the same
tests as `test_evidence_corpus.py`, on a worker of their own: all the corpora together take about 37
s of CPU to judge, so they are split in three modules that run side by side (the others are in
`test_evidence_corpus_latest.py`)."""

from __future__ import annotations

import pytest
from evidence_corpus import run_corpus
from test_evidence_corpus import (  # collected here too, with this module's fixtures below
    KNOWN_HARD,
    RECENT,
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
    return run_corpus(RECENT)


@pytest.fixture(scope="module")
def outcomes(all_outcomes):
    return [o for o in all_outcomes if o.case.id not in KNOWN_HARD]
