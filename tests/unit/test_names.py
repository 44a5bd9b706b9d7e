"""Whose portal is it: the name a portal's title shows, and whether it is the candidate's."""

from __future__ import annotations

import dataclasses

import pytest
from test_validation import cand, live

from leadflow.domain.checks import PortalCheck
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.names import company_key, company_like, same_company, title_name
from leadflow.domain.states import address_states, states_mentioned
from leadflow.domain.validation import RunContext, validate_batch


@pytest.mark.parametrize(
    "title,name",
    [
        ("Riverside Property Services - Resident Center", "riverside property services"),
        ("Leander Property Management Resident Portal", "leander property management"),
        ("Welcome to Acme Rentals", "acme"),
        ("Resident Center", None),
        ("Sign In | AppFolio", None),
        ("Tenant Login | Rentec Direct", None),
        ("Owner Login | Yardi Breeze", None),
        ("Property Management - Online Payments", None),  # common words only: names no one
        ("Portal en línea - Iniciar sesión", None),  # AppFolio's sign-in in Spanish
        ("Portal de Inquilinos | Administración de Propiedades", None),
        ("Rentas del Bravo - Portal de Residentes", "rentas del bravo"),
        ("", None),
        (None, None),
    ],
)
def test_the_name_a_title_shows(title, name):
    assert title_name(title) == name


@pytest.mark.parametrize(
    "candidate,shown,same",
    [
        ("Acme Property Management, LLC", "acme pm", True),
        ("Keyrenter Property Management Austin", "keyrenter austin", True),  # one inside the other
        ("Lone Star PM", "lonestar property management", True),
        ("Smith Realty & Property Management", "smith realty", True),
        ("Riverside Realty Group", "riverside property services", False),  # the agent's wrong account
        ("Bluebonnet Rentals", "cedar park homes", False),
        ("Brazos Valley Residential Services", "bvrs", True),  # initials
        ("Brazos Valley Residential Services", "bvr", False),
    ],
)
def test_same_company(candidate, shown, same):
    assert same_company(candidate, shown) is same


def test_a_name_the_companys_own_site_uses_is_its_own():
    footer = "Pedernales Property Management. (c) 2026 Pedernales Realty, LLC. All rights reserved."
    assert same_company("Pedernales Property Management", "pedernales realty", footer)
    assert not same_company("Pedernales Property Management", "pedernales realty", "Pedernales Property Management")
    assert not same_company("Riverside Realty Group", "riverside property services", "Riverside Realty Group, Austin TX")


def test_company_keys_spell_out_and_drop_what_varies():
    assert company_key("The Acme PM Co.") == "acme property management"
    assert company_key("Oak & Elm Properties, Inc") == "oak and elm property"


ACME = "https://acme.managebuilding.com/Resident/portal/login"
PORTALS = {
    "Buildium": "https://riversideps.managebuilding.com/Resident/portal/login",
    "Yardi": "https://riverside.securecafe.com/residentservices/riverside-commons/userlogin.aspx",
}


@pytest.mark.parametrize(
    "shown,pms,expected",
    [
        (None, "Buildium", (None, "medium")),  # a title naming no one: the portal stands
        ("acme", "Buildium", (None, "medium")),  # the candidate's own name
        ("riverside property services", "Buildium", ("evidence_unverified", None)),  # someone else's account
        ("riverside property services", "Yardi", (None, "medium")),  # a community's portal names the property
    ],
)
def test_a_live_portal_naming_another_company_is_not_the_candidates_evidence(shown, pms, expected):
    url = PORTALS[pms]
    portal = PortalCheck(url=url, pms=pms, verdict="live", http_status=200, names_company=False, shows_name=shown)
    checks = dataclasses.replace(live(None), portals={url: portal})
    ctx = RunContext(criteria=LeadCriteria(pms=pms, state="TX", quantity=5), remaining=5, live=checks)
    [(_, v)] = validate_batch([cand(pms=pms, evidence_url=url)], ctx)
    assert (v.reason, v.confidence) == expected, v.detail
    if v.reason:
        named = "is the portal of 'riverside property services', not of 'Acme Property Management'"
        assert v.detail == f"the evidence URL {url} {named}"


@pytest.mark.parametrize(
    "home,reason",
    [
        ("Cimarron PM · 3100 NW Expressway, Oklahoma City, OK 73112. Licensed in Oklahoma.", "wrong_state"),
        ("Cimarron PM · Oklahoma City, OK 73112 · our Austin, TX office", None),  # names TX as a code
        ("Cimarron PM · Tulsa, OK 74119 · serving all of Texas", None),  # names Texas
        ("Cimarron PM · Austin, TX 78701", None),
        ("Cimarron PM · property management done right", None),  # no address: nothing to go on
        ("Cimarron PM · Head office: Oklahoma City, OK 73102 · Austin Branch: 600 Congress Ave., Austin, Tex.", None),
        ("Cimarron PM · P.O. Box 4410, Shreveport, LA 71134 · visit our Austin office", None),  # the company's city
        ("Cimarron PM · 201 Main St, Austin, MN 55912", "wrong_state"),  # another state's Austin
        ("Cimarron PM · 40 Market St, Lafayette, LA 70501 · TREC License #9001234", None),  # a Texas broker
        ("Cimarron PM · owner: 9 Elm St, Boulder, CO 80302 · renting homes across ATX", None),
    ],
)
def test_a_site_whose_addresses_are_all_in_another_state_is_not_a_lead_there(home, reason):
    site = dataclasses.replace(live(None).sites["acmepm.com"], home_text=home)
    checks = dataclasses.replace(live(None), sites={"acmepm.com": site})
    ctx = RunContext(criteria=LeadCriteria(pms="Buildium", state="TX", quantity=5), remaining=5, live=checks)
    [(_, v)] = validate_batch([cand()], ctx)
    assert v.reason == reason or (reason is None and v.reason != "wrong_state"), v.detail
    if reason:
        assert v.detail.startswith("website acmepm.com: its addresses are in ") and v.detail.endswith(", none in TX")


def test_the_states_a_page_shows_addresses_in():
    text = "Cornerstone PM · 4410 N High St, Columbus, OH 43214 · Mail: PO Box 9, Dayton OH 45401-0009 · ZZ 12345"
    assert address_states(text) == ["OH"]  # once, and only real state codes
    assert address_states("Call 512-555-0100. Suite 200, Austin, TX 78701") == ["TX"]
    assert address_states("Since 1998, 24 homes in 3 cities") == []
    assert address_states("Oficina: 5862 N Mesa St, El Paso, Tx 79912 · Sucursal: Las Cruces, NM 88011") == ["TX", "NM"]
    assert address_states("Serving Austin In 78701 and beyond. No 12345") == []  # "Tx" and the like: after a comma only
    assert address_states("Av. Tecnológico 1770, Cd. Juárez, Chih., C.P. 32310, México") == ["MX"]  # in Mexico: no state
    assert address_states("El Paso, TX 79912 · Cd. Juárez, Chih., C.P. 32310") == ["TX", "MX"]
    assert states_mentioned("Headquartered in Tulsa, Oklahoma; offices in Denton, TX 76201") == {"OK", "TX"}


@pytest.mark.parametrize(
    "states,expected",
    [
        ([], (None, "medium")),  # no address shown: the portal stands
        (["TX"], (None, "medium")),
        (["OH", "TX"], (None, "medium")),  # one of them in the state asked for
        (["OH"], ("evidence_unverified", None)),  # a same-named firm in Ohio
        (["OK"], (None, "medium")),  # the company's own site names its Oklahoma head office
    ],
)
def test_a_live_portal_showing_addresses_only_in_another_state_is_not_the_candidates(states, expected):
    url = PORTALS["Buildium"]
    portal = PortalCheck(url=url, pms="Buildium", verdict="live", names_company=True, shows_states=states)
    site = dataclasses.replace(live(None).sites["acmepm.com"], home_text="Acme PM, Austin TX. Head office: Tulsa, Oklahoma.")
    checks = dataclasses.replace(live(None), portals={url: portal}, sites={"acmepm.com": site})
    ctx = RunContext(criteria=LeadCriteria(pms="Buildium", state="TX", quantity=5), remaining=5, live=checks)
    [(_, v)] = validate_batch([cand(evidence_url=url)], ctx)
    assert (v.reason, v.confidence) == expected, v.detail
    if v.reason:
        assert v.detail == f"the evidence URL {url} is the portal of a company in OH, not of 'Acme Property Management'"


@pytest.mark.parametrize(
    "shown,company",
    [
        ("3307 Tamarack Trl Austin TX 78723", False),  # an AppFolio listing's title: its street address
        ("1200-B W Slaughter Ln, Austin, TX 78748-1234", False),
        ("1319 E 15th St", False),  # a street alone
        ("12 N. Main Street #4", False),
        ("1st Street Properties", True),  # a company named after a street
        ("Pearsall", False),  # a town
        ("Lakeshore Residential Group", True),
        ("1st Choice Property Management", True),  # a number, but no address
    ],
)
def test_a_street_address_or_a_town_is_no_companys_name(shown, company):
    assert company_like(shown) is company


@pytest.mark.parametrize(
    "given,read",
    [
        ("https://www.google.com/url?q=https://acme.managebuilding.com/Resident/portal/login&sa=D", ACME),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Facme.managebuilding.com%2FResident%2Fportal%2Flogin", ACME),
        ("https://www.google.com/url?q=javascript:alert(1)", "https://www.google.com/url?q=javascript:alert(1)"),  # stands
        (" " + ACME, " " + ACME),  # not a wrapper: as given
    ],
)
def test_an_evidence_url_behind_a_google_or_facebook_redirect_is_the_url_it_names(given, read):
    assert cand(evidence_url=given).evidence_url == read
