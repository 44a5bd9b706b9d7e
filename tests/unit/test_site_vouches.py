"""When does a company's own site vouch for a portal? A link from a page of its own does when the
portal shows the company's name, a name sharing a distinctive word with it (a legal entity) or
a name the site calls its own ("formerly", "d/b/a", a copyright line); never when the site says
the name is another company's ("managed by our affiliate, X", "acquired by X"), the portal is a
franchisor's or says another company manages it. A link only a blog or news post shows vouches
for nothing that names someone else (an example, a client)."""

from __future__ import annotations

from datetime import date

import pytest
from fake_web import FakeWeb, fetcher_for, login_page, page

from leadflow.app.live_checks import check_batch
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import Candidate
from leadflow.domain.names import franchisor_of, heading_name, manager_named, same_company, third_parties, vouched
from leadflow.domain.validation import RunContext, validate_batch
from leadflow.web.crawl import is_post, post_month
from leadflow.web.markup import parse

OTHER = "https://summitlakepm.managebuilding.com/Resident/portal/login"  # Summit Lake Property Management's
OWN = "https://trinitybluff.managebuilding.com/Resident/portal/login"  # Trinity Bluff Properties'
APPFOLIO = "https://summitlake.appfolio.com/connect/users/sign_in"
LONESTAR = "https://lonestarhm.managebuilding.com/Resident/portal/login"
JMR = "https://jmr.managebuilding.com/Resident/portal/login"
SIBLING = "https://bluestarhc.managebuilding.com/Resident/portal/login"
COMMUNITY = "https://bluffs.activebuilding.com/login"
THIS_MONTH = f"/{date.today():%Y/%m}/"


@pytest.mark.parametrize(
    "text,names",
    [
        ("Rentals are managed by our affiliate, Heron Coast Property Management, LLC.", ["Heron Coast Property Management"]),
        ("Our sister company Lakeside PM handles HOAs.", ["Lakeside PM"]),
        ("Rentals Managed By: Acme Realty Group, Inc.", ["Acme Realty Group"]),
        ("Homes managed by Oak and Elm and the team.", ["Oak and Elm"]),
        ("Every home is managed by professionals who care.", []),  # no name
        ("We have managed over 400 homes since 1998.", []),
        ("Brickell Pecan Leasing has joined Orrisroot Residential.", ["Orrisroot Residential"]),  # an acquirer
        ("Jane Ruiz has joined our team.", []),
        ("", []),
    ],
)
def test_the_companies_a_site_calls_others(text, names):
    assert third_parties(text) == names


def test_where_another_firm_went_is_not_a_third_party_of_the_site():
    """On the acquirer's own site, "X has joined <it>" welcomes X: <it> is the site's company."""
    welcome = "Welcome, residents of Hollis Street Rentals! Hollis Street Rentals has joined Larchmont Vale Property Management."
    assert third_parties(welcome) == ["Larchmont Vale Property Management"]  # beside a link: another's portal
    assert third_parties(welcome, of_the_site=True) == []
    assert third_parties("We have joined Larchmont Vale Property Management.", of_the_site=True) == [
        "Larchmont Vale Property Management"
    ]
    assert third_parties("Our rentals are managed by our affiliate, Heron Coast PM.", of_the_site=True) == ["Heron Coast PM"]


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
    # its own portal, linked only from a nine-year-old post, and from this month's
    "oldpost.test": {
        **_home("Trinity Bluff Properties", "<a href='/2016/04/our-new-resident-portal/'>Our new resident portal</a>"),
        "/2016/04/our-new-resident-portal/": page(f"<article><p>Pay rent <a href='{OWN}'>online</a>.</p></article>"),
    },
    "newpost.test": {
        **_home("Trinity Bluff Properties", f"<a href='{THIS_MONTH}our-new-resident-portal/'>Our new resident portal</a>"),
        f"{THIS_MONTH}our-new-resident-portal/": page(f"<article><p>Pay rent <a href='{OWN}'>online</a>.</p></article>"),
    },
    # a brokerage whose rentals its affiliate manages, linking the affiliate's portal
    "affiliate.test": _home(
        "Blue Heron Realty",
        "<p>Our rentals are managed by our affiliate, Summit Lake Property Management, LLC.</p>"
        f"<a href='{OTHER}'>Tenant Login</a>",
    ),
    # a legal entity sharing the brand's distinctive word, and one the footer calls its own
    "entity.test": _home("Lonestar Rentals", f"<nav><a href='{LONESTAR}'>Tenant Login</a></nav>"),
    "footer.test": _home("Oak Lane Rentals. (c) 2026 JMR Holdings, LLC. All rights reserved", f"<a href='{JMR}'>Pay Rent</a>"),
    # another company's portal, named on the site only as a client, a partner or a sister office
    "testimonial.test": _home(
        "Cedar Elm Services", f"<q>Great turns.</q> Dana, Summit Lake Property Management <a href='{OTHER}'>Her portal</a>"
    ),
    "sibling.test": _home("Bluestar Realty Belton", f"Nearby: <a href='{SIBLING}'>Bluestar Realty Hill Country</a>"),
    "sold.test": _home(
        "Loma Alta Realty", f"Our rentals were acquired by Summit Lake Property Management. <a href='{OTHER}'>Portal</a>"
    ),
    # a community's portal that says another company manages it
    "locator.test": _home("Zilker Apartment Finders", f"<a href='{COMMUNITY}'>Residents of The Bluffs</a>"),
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
    "lonestarhm.managebuilding.com": {"/Resident/portal/login": login_page("Lonestar Homes Management LLC")},
    "jmr.managebuilding.com": {"/Resident/portal/login": login_page("JMR Holdings")},
    "bluestarhc.managebuilding.com": {"/Resident/portal/login": login_page("Bluestar Realty Hill Country")},
    "bluffs.activebuilding.com": {
        "/login": page(
            "<h1>The Bluffs Resident Portal</h1><form><input type='password' name='p'></form>"
            "<footer>Professionally managed by Sandpiper Residential</footer>",
            title="ActiveBuilding - Log In",
        )
    },
}


class NoCache:
    def get(self, kind, keys):
        return {}

    def put(self, kind, results):
        pass


COMPANIES = {  # domain -> (candidate name, evidence URL, PMS)
    "example.test": ("Trinity Bluff Properties", None, "Buildium"),
    "announced.test": ("Trinity Bluff Properties", None, "Buildium"),
    "oldpost.test": ("Trinity Bluff Properties", None, "Buildium"),
    "newpost.test": ("Trinity Bluff Properties", None, "Buildium"),
    "affiliate.test": ("Blue Heron Realty", None, "Buildium"),
    "entity.test": ("Lonestar Rentals", None, "Buildium"),
    "footer.test": ("Oak Lane Rentals", None, "Buildium"),
    "testimonial.test": ("Cedar Elm Services", OTHER, "Buildium"),
    "sibling.test": ("Bluestar Realty Belton", None, "Buildium"),
    "sold.test": ("Loma Alta Realty", None, "Buildium"),
    "locator.test": ("Zilker Apartment Finders", COMMUNITY, "RealPage"),
    "review.test": ("Trinity Bluff Properties", None, "Buildium"),
}


@pytest.fixture(scope="module")
def verdicts():
    out = {}
    with FakeWeb(SITES) as web, fetcher_for(web) as fetcher:
        for domain, (name, evidence, pms) in [*COMPANIES.items(), ("affiliate.test", ("Blue Heron Realty", OTHER, "Buildium"))]:
            criteria = LeadCriteria(pms=pms, state="TX", quantity=9)
            candidate = Candidate(name=name, domain=domain, city="Waco", state="TX", pms=pms, evidence_url=evidence)
            live = check_batch([candidate], criteria, fetcher, NoCache(), retry_pause=0.05)
            [(_, verdict)] = validate_batch([candidate], RunContext(criteria=criteria, remaining=9, live=live))
            out[domain, evidence] = verdict
    return out


def test_a_posts_example_of_another_companys_portal_proves_nothing(verdicts):
    v = verdicts["example.test", None]
    assert (v.accepted, v.reason) == (False, "no_pms_evidence"), v.detail


def test_a_post_announcing_the_companys_own_portal_still_proves_it(verdicts):
    v = verdicts["announced.test", None]
    assert (v.accepted, v.confidence, v.evidence_url) == (True, "high", OWN), v.detail


@pytest.mark.parametrize("domain,confidence", [("oldpost.test", "medium"), ("newpost.test", "high")])
def test_a_portal_only_an_old_post_links_proves_it_with_medium_confidence(verdicts, domain, confidence):
    v = verdicts[domain, None]
    assert (v.accepted, v.confidence, v.evidence_method, v.evidence_url) == (True, confidence, "site_links_portal", OWN), v.detail


def test_a_portal_the_site_calls_its_affiliates_is_not_the_candidates(verdicts):
    """The site sends its residents to another company's portal: whether the agent gave it or
    not, that link is not this company's account."""
    for evidence in (None, OTHER):
        v = verdicts["affiliate.test", evidence]
        assert (v.accepted, v.reason) == (False, "evidence_unverified"), v.detail
        assert "another company by the website's own word" in v.detail


@pytest.mark.parametrize("domain", ["entity.test", "footer.test"])
def test_a_portal_the_site_links_under_a_name_it_vouches_for_is_its_own(verdicts, domain):
    v = verdicts[domain, None]
    assert (v.accepted, v.confidence, v.evidence_method) == (True, "high", "site_links_portal"), v.detail


@pytest.mark.parametrize(
    "domain,reason,why",
    [
        ("testimonial.test", "evidence_unverified", "named beside the link as another company"),
        ("sibling.test", "no_pms_evidence", "named beside the link as another company"),
        ("sold.test", "evidence_unverified", "another company by the website's own word"),
        ("locator.test", "evidence_unverified", "'Sandpiper Residential', which the portal says manages it"),
    ],
)
def test_another_companys_portal_the_site_links_is_not_the_candidates(verdicts, domain, reason, why):
    v = verdicts[domain, COMPANIES[domain][1]]
    assert (v.accepted, v.reason) == (False, reason), v.detail
    assert why in v.detail


def test_a_posts_link_to_another_pms_does_not_make_it_the_sites(verdicts):
    v = verdicts["review.test", None]
    assert (v.accepted, v.confidence, v.evidence_url) == (True, "high", OWN), v.detail


@pytest.mark.parametrize(
    "name,shown,text,vouched_for",
    [
        ("Tascosa Rentals", "tascosa residential management llc", "", True),  # a legal entity: the brand's word
        ("Ybarra Property Group", "lucy ybarra realty", "", True),  # the founder's brokerage
        ("Agarita Home Leasing", "quihi creek realty", "Agarita Home Leasing, formerly Quihi Creek Realty.", True),
        ("Bosque River Homes", "brh realty group", "Bosque River Homes is a d/b/a of BRH Realty Group LLC.", True),
        ("Oak Lane Rentals", "jmr holdings", "(c) 2026 JMR Holdings, LLC. All rights reserved.", True),
        (
            "Bluestar Realty Belton",
            "bluestar realty hill country",
            "Nearby: Bluestar Realty Hill Country",
            False,
        ),  # a sister office
        ("Cedar Elm Services", "ranchero road rentals", "Dana Whitt, Ranchero Road Rentals", False),  # named, not as its own
        ("Sandy Creek PM", "big spring residential group", "Sandy Creek is now part of Big Spring Residential Group.", False),
        ("Sabal Ridge PM", "goldthwaite homes", "Case studies: Goldthwaite Homes: owner statements in 2 days", False),
        ("Clute Realty", "angleton leasing", "We refer owners to Angleton Home Leasing", False),  # a word the title dropped
        ("Rusk Home Rentals", "wells family partners ltd", "Owned and operated by Wells Family Partners, Ltd.", True),
        ("Lake Homes", "ramsey oliver realty llc", "Broker: Ramsey-Oliver Realty LLC · License #9009876", True),
        (
            "Dogwood Leasing",
            "the palestine group",
            "Dogwood Leasing is a member of The Palestine Group family of companies.",
            True,
        ),
        ("Coldspring Rentals", "rodney pruitt", "Rodney Pruitt, owner & broker. Call (936) 555-0177.", True),
        ("Waelder PM", "kerlick realty inc", "Kerlick Realty, Inc., Broker · TREC #0449021", True),
        ("La Feria Rentals", "lorraine castaneda", "Owned by Lorraine Castañeda since 1998.", True),  # accents aside
        ("Kirbyville Rent Houses", "dwayne hebert", "Rent houses in Kirbyville.", True),  # never named: the link vouches
        ("Brush Country PM", "pearsall", "Office: 301 S Oak St, Pearsall, TX 78061", True),  # a town, not a company
        ("Bramble Homes", "oak thistle management llc", "Resident Login (Oak Thistle Management LLC)", True),  # its entity
        ("Fern Homes", "quarrystone leasing co", "Pay online through Quarrystone Leasing Co.", False),  # whose, unsaid
    ],
)
def test_which_names_a_site_vouches_for(name, shown, text, vouched_for):
    assert vouched(name, shown, text) is vouched_for


def test_two_offices_of_one_brand_are_not_one_company_but_spellings_are():
    assert not same_company("Bluestar Realty Belton", "bluestar realty hill country")
    assert same_company("Lone Star PM", "lonestar property management")
    assert same_company("Keyrenter Austin", "keyrenter property management austin")
    assert same_company("Fort Davis Rentals", "ft davis")


@pytest.mark.parametrize(
    "text,manager",
    [
        ("The Bluffs · Austin, TX · Professionally managed by Sandpiper Residential", "Sandpiper Residential"),
        ("Professionally Managed By: Osprey Living.", "Osprey Living"),
        ("Maintenance requests are managed by our team.", None),
        ("", None),
    ],
)
def test_the_manager_a_communitys_portal_names(text, manager):
    assert manager_named(text) == manager


@pytest.mark.parametrize(
    "url,month",
    [
        ("https://acme.test/2016/04/introducing-our-new-resident-portal/", "2016-04"),
        ("https://acme.test/news/2021/9/sold/", "2021-09"),
        ("https://acme.test/news/our-new-portal/", None),  # undated
        ("https://acme.test/2016/13/x/", None),  # no such month
    ],
)
def test_the_month_a_dated_post_gives(url, month):
    assert post_month(url) == month


def test_a_links_context_is_what_its_block_says_beside_it():
    html = (
        "<nav><a href='https://own.managebuilding.com/Resident/portal/login'>Resident Login</a></nav>"
        "<ul><li>Lometa Leasing: 140 doors moved &mdash; <a href='https://lometa.managebuilding.com/x'>see their portal</a></li>"
        "<li>Other news</li></ul><footer>(c) 2026 Sabal LLC</footer>"
        "<select><option value='https://redgate.appfolio.com/connect'>Red Gate Rentals</option></select>"
    )
    markup = parse(html, "https://sabal.test/")
    assert markup.context("https://own.managebuilding.com/Resident/portal/login") == "Resident Login"  # a menu names no one
    assert markup.context("https://lometa.managebuilding.com/x") == "Lometa Leasing: 140 doors moved — see their portal"
    assert markup.context("https://redgate.appfolio.com/connect") == "Red Gate Rentals"


@pytest.mark.parametrize(
    "context,vouches",
    [
        ("Resident Login", True),  # the menu: a legal entity's or owner's account, named nowhere near
        ("Cypress Lantern Realty LLC | TREC License #0612345 | Resident Login", True),
        ("Information About Brokerage Services – Cypress Lantern Realty, LLC", True),
        ("Brought to you by Cypress Lantern Realty · Pay rent", True),
        ("Cypress Lantern Realty is a licensed real estate broker in Texas. Pay rent", True),
        ("Our partner Cypress Lantern Realty – Resident login", False),
        ("Case study: how we moved 300 doors. See their new resident portal", False),  # 'their'
        ("Cypress Lantern Realty — portal", False),  # a directory's entry
        ("Hollow Pine is now part of Cypress Lantern Realty. Portal", False),  # an acquirer, not itself
    ],
)
def test_what_beside_a_link_vouches_for_the_name_its_portal_shows(context, vouches):
    assert vouched("Hollow Pine Rentals", "cypress lantern realty llc", context) is vouches
