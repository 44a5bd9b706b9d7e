"""When does a company's own site vouch for a portal? A link from a page of its own does (even
to a portal showing a legal entity or an old brand), unless the site itself says the name is
another company's ("managed by our affiliate, X") or the portal is a franchisor's; a link only
a blog or news post shows vouches for nothing that names someone else (an example, a client)."""

from __future__ import annotations

import pytest
from fake_web import FakeWeb, fetcher_for, login_page, page

from leadflow.app.live_checks import check_batch
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import Candidate
from leadflow.domain.names import franchisor_of, heading_name, own_text, third_parties
from leadflow.domain.validation import RunContext, validate_batch
from leadflow.web.crawl import is_post

CRITERIA = LeadCriteria(pms="Buildium", state="TX", quantity=9)
OTHER = "https://summitlakepm.managebuilding.com/Resident/portal/login"  # Summit Lake Property Management's
OWN = "https://trinitybluff.managebuilding.com/Resident/portal/login"  # Trinity Bluff Properties'
APPFOLIO = "https://summitlake.appfolio.com/connect/users/sign_in"


@pytest.mark.parametrize(
    "text,names",
    [
        ("Rentals are managed by our affiliate, Heron Coast Property Management, LLC.", ["Heron Coast Property Management"]),
        ("Our sister company Lakeside PM handles HOAs.", ["Lakeside PM"]),
        ("Rentals Managed By: Acme Realty Group, Inc.", ["Acme Realty Group"]),
        ("Homes managed by Oak and Elm and the team.", ["Oak and Elm"]),
        ("Every home is managed by professionals who care.", []),  # no name
        ("We have managed over 400 homes since 1998.", []),
        ("", []),
    ],
)
def test_the_companies_a_site_calls_others(text, names):
    assert third_parties(text) == names


def test_what_a_site_says_of_itself_leaves_out_the_sentences_naming_others():
    text = "Blue Heron Realty. Rentals are managed by our affiliate, Heron Coast PM. Call 512-555-0100!"
    assert own_text(text) == "Blue Heron Realty. Call 512-555-0100!"


@pytest.mark.parametrize(
    "name,shown,franchisor",
    [
        ("HomeKey Rentals of Waco", "HomeKey Rentals Franchising, LLC", True),
        ("Keyrenter Austin", "keyrenter corporate", True),
        ("HomeKey Rentals of Waco", "HomeKey Rentals of Waco", False),
        ("Corporate Rentals of Texas", "corporate rentals of texas", False),  # the word is the company's own
    ],
)
def test_a_franchisors_account_is_not_a_franchise_offices(name, shown, franchisor):
    assert franchisor_of(name, shown) is franchisor


@pytest.mark.parametrize(
    "heading,name",
    [
        ("HomeKey Rentals Franchising, LLC", "homekey franchising llc"),  # "rentals" is a portal word
        ("Welcome to Summit Lake Property Management", "summit lake property management"),
        ("Pay your rent online with ease", None),  # a slogan, not a name
        ("Resident Login", None),
        ("", None),
    ],
)
def test_a_heading_names_a_company_only_when_it_reads_as_one(heading, name):
    assert heading_name(heading) == name


@pytest.mark.parametrize(
    "url,post",
    [
        ("https://acme.test/blog/what-is-a-tenant-portal/", True),
        ("https://acme.test/news/new-portal", True),
        ("https://acme.test/2016/04/introducing-our-new-resident-portal/", True),
        ("https://acme.test/residents", False),
        ("https://acme.test/", False),
        ("https://acme.test/2016-annual-report", False),
        ("https://acme.test/tenant-resources/", False),
    ],
)
def test_a_post_is_known_by_its_path(url, post):
    assert is_post(url) is post


def _home(co: str, body: str) -> dict:
    return {"/": page(f"<header><a href='/about'>About</a></header><main>{body}</main><footer>{co}</footer>", title=co)}


SITES = {
    # a blog post's example of another company's portal, and nothing of its own
    "example.test": {
        **_home("Trinity Bluff Properties", "<a href='/blog/what-is-a-tenant-portal/'>What is a tenant portal?</a>"),
        "/blog/what-is-a-tenant-portal/": page(f"<article><p>Here is <a href='{OTHER}'>a sample</a>.</p></article>"),
    },
    # its own portal, announced in a news post that the homepage links
    "announced.test": {
        **_home("Trinity Bluff Properties", "<a href='/news/our-new-resident-portal/'>Our new resident portal</a>"),
        "/news/our-new-resident-portal/": page(f"<article><p>Pay rent <a href='{OWN}'>online</a>.</p></article>"),
    },
    # a brokerage whose rentals its affiliate manages, linking the affiliate's portal
    "affiliate.test": _home(
        "Blue Heron Realty",
        "<p>Our rentals are managed by our affiliate, Summit Lake Property Management, LLC.</p>"
        f"<a href='{OTHER}'>Tenant Login</a>",
    ),
    # the same link, with no word of whose it is: the site vouches for it (a legal entity, an old brand)
    "vouched.test": _home("Lonestar Rentals", f"<nav><a href='{OTHER}'>Tenant Login</a></nav>"),
    # a post that links another PMS's customer portal, read before the page with the site's own:
    # not the site's PMS, and the crawl goes on to /residents
    "review.test": {
        **_home("Trinity Bluff Properties", "<a href='/blog/tenant-portals-compared/'>Tenant portals compared</a>"),
        "/blog/tenant-portals-compared/": page(f"<article><a href='{APPFOLIO}'>AppFolio's portal</a></article>"),
        "/residents": page(f"<a href='{OWN}'>Pay Rent</a>"),
    },
    "summitlakepm.managebuilding.com": {"/Resident/portal/login": login_page("Summit Lake Property Management")},
    "trinitybluff.managebuilding.com": {"/Resident/portal/login": login_page("Trinity Bluff Properties")},
    "summitlake.appfolio.com": {"/connect/users/sign_in": login_page("Summit Lake", vendor="AppFolio")},
}


class NoCache:
    def get(self, kind, keys):
        return {}

    def put(self, kind, results):
        pass


@pytest.fixture(scope="module")
def verdicts():
    companies = [
        ("Trinity Bluff Properties", "example.test", None),
        ("Trinity Bluff Properties", "announced.test", None),
        ("Blue Heron Realty", "affiliate.test", None),
        ("Blue Heron Realty", "affiliate.test", OTHER),  # the agent's evidence: the affiliate's portal
        ("Lonestar Rentals", "vouched.test", None),
        ("Trinity Bluff Properties", "review.test", None),
    ]
    out = {}
    with FakeWeb(SITES) as web, fetcher_for(web) as fetcher:
        for name, domain, evidence in companies:
            candidate = Candidate(name=name, domain=domain, city="Waco", state="TX", pms="Buildium", evidence_url=evidence)
            live = check_batch([candidate], CRITERIA, fetcher, NoCache(), retry_pause=0.05)
            [(_, verdict)] = validate_batch([candidate], RunContext(criteria=CRITERIA, remaining=9, live=live))
            out[domain, evidence] = verdict
    return out


def test_a_posts_example_of_another_companys_portal_proves_nothing(verdicts):
    v = verdicts["example.test", None]
    assert (v.accepted, v.reason) == (False, "no_pms_evidence"), v.detail


def test_a_post_announcing_the_companys_own_portal_still_proves_it(verdicts):
    v = verdicts["announced.test", None]
    assert (v.accepted, v.confidence, v.evidence_url) == (True, "high", OWN), v.detail


def test_a_portal_the_site_calls_its_affiliates_is_not_the_candidates(verdicts):
    for evidence in (None, OTHER):
        v = verdicts["affiliate.test", evidence]
        assert (v.accepted, v.reason) == (False, "evidence_unverified"), v.detail
        assert "another company by the website's own word" in v.detail


def test_a_portal_the_site_links_as_its_own_is_vouched_for_whatever_name_it_shows(verdicts):
    v = verdicts["vouched.test", None]
    assert (v.accepted, v.confidence, v.evidence_method) == (True, "high", "site_links_portal"), v.detail


def test_a_posts_link_to_another_pms_does_not_make_it_the_sites(verdicts):
    v = verdicts["review.test", None]
    assert (v.accepted, v.confidence, v.evidence_url) == (True, "high", OWN), v.detail
