"""The check cache keeps results only under the rules they were made by (`CHECK_RULES`): a row an
older leadflow cached lacks what today's rules read, and trusted it would accept what they reject."""

from __future__ import annotations

import pytest
from fake_web import FakeWeb, company_site, fetcher_for, login_page

from leadflow.app.live_checks import check_batch
from leadflow.domain.checks import CHECK_RULES, PortalCheck
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import Candidate
from leadflow.domain.validation import RunContext, validate_batch

PORTAL = "https://riverside.managebuilding.com/Resident/portal/login"
CRITERIA = LeadCriteria(pms="Buildium", state="TX", quantity=1)
# The portal is another company's (its title names it), and the candidate's site does not link it.
CANDIDATE = Candidate(
    name="Riverside Realty Group", domain="riverside-realty.test", city="Austin", state="TX", pms="Buildium", evidence_url=PORTAL
)


class DictCache:
    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict] = {}

    def get(self, kind, keys):
        return {k: dict(self.rows[kind, k]) for k in keys if (kind, k) in self.rows}

    def put(self, kind, results):
        self.rows.update({(kind, k): dict(r) for k, r in results.items()})


@pytest.fixture(scope="module")
def web():
    sites = {
        "riverside.managebuilding.com": {"/Resident/portal/login": login_page("Riverside Property Services")},
        "riverside-realty.test": company_site(),
    }
    with FakeWeb(sites) as web:
        yield web


def judge(web: FakeWeb, cache: DictCache):
    with fetcher_for(web) as fetcher:
        live = check_batch([CANDIDATE], CRITERIA, fetcher, cache, retry_pause=0.05)
    [(_, verdict)] = validate_batch([CANDIDATE], RunContext(criteria=CRITERIA, remaining=1, live=live))
    return live, verdict


def an_older_leadflows_row() -> dict:
    """What a leadflow before the wrong-company rule cached for this portal: live, names the company."""
    old = PortalCheck(url=PORTAL, pms="Buildium", verdict="live", http_status=200, final_url=PORTAL, names_company=True)
    return old.to_dict()


def test_a_row_trusted_as_current_would_accept_the_wrong_company(web):
    """The premise: the old row, were it read as today's, is a live portal naming the company."""
    cache = DictCache()
    cache.rows["portal", PORTAL] = {**an_older_leadflows_row(), "rules": CHECK_RULES}
    before = len(web.hits(path="/Resident/portal/login"))
    live, verdict = judge(web, cache)
    assert len(web.hits(path="/Resident/portal/login")) == before  # the portal came from the cache
    assert live.cached == 1 and verdict.accepted, verdict


@pytest.mark.parametrize("rules", [None, CHECK_RULES - 1])
def test_a_row_cached_under_other_rules_is_fetched_again_and_judged_by_todays(web, rules):
    cache = DictCache()
    row = an_older_leadflows_row()
    cache.rows["portal", PORTAL] = row if rules is None else {**row, "rules": rules}
    before = len(web.hits(path="/Resident/portal/login"))
    live, verdict = judge(web, cache)
    assert len(web.hits(path="/Resident/portal/login")) > before  # fetched, not read from the cache
    assert not verdict.accepted and "riverside property services" in verdict.detail.lower(), verdict
    assert (live.portals[PORTAL].shows_name or "").lower() == "riverside property services"
    assert cache.rows["portal", PORTAL]["rules"] == CHECK_RULES  # replaced by today's result

    fetched = len(web.log)
    again, verdict_again = judge(web, cache)  # today's row is used as it is
    assert len(web.log) == fetched and again.cached >= 1
    assert verdict_again.reason == verdict.reason
