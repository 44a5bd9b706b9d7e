"""pms_from_url: which PMS a portal URL proves (or None), and the vendor/platform tables."""

from __future__ import annotations

import re

import pytest

from leadflow.criteria import PMS_ALIASES
from leadflow.domains import normalise_domain
from leadflow.evidence import PLATFORM_DOMAINS, SIGNATURES, VENDOR_DOMAINS, pms_from_url

# (url, the PMS it proves, index of the Signature that should match it)
PORTALS = [
    ("https://acme.managebuilding.com/Resident/portal/login", "Buildium", 0),
    ("acme.managebuilding.com/Resident/public/rentals", "Buildium", 0),
    ("https://ACME.ManageBuilding.com/", "Buildium", 0),
    ("https://acme.appfolio.com/connect", "AppFolio", 1),
    ("HTTPS://ACME.APPFOLIO.COM/listings", "AppFolio", 1),
    ("https://acme.appfolio.com.", "AppFolio", 1),
    ("https://acme.appfolio.com:8443/x", "AppFolio", 1),
    ("acme.appfolio.com:443/connect", "AppFolio", 1),
    ("https://acme.rmresident.com/", "Rent Manager", 2),
    ("https://rmwebaccess.com/", "Rent Manager", 3),
    ("https://acme.rmwebaccess.com/login", "Rent Manager", 3),
    ("https://app.propertyware.com/pw/portals/acme/tenant.action", "Propertyware", 4),
    ("https://acme.propertyware.com/", "Propertyware", 5),
    ("https://acme.rentvine.com/portals/resident/", "Rentvine", 6),
    ("https://acme.app.doorloop.com/tenant-portal", "DoorLoop", 7),
    ("https://acme.tenantcloud.com/listings/1", "TenantCloud", 8),
    ("https://x.securecafe.com/residentservices/y/userlogin", "Yardi", 9),
    ("https://x.securecafenet.com/residentservices/y/userlogin", "Yardi", 9),
    ("https://acme.rentcafe.com/", "Yardi", 10),
    ("https://secure.rentecdirect.com/owners/login.php", "Rentec Direct", 11),
    ("https://x.residentportal.com/resident_portal/", "Entrata", 12),
    ("https://x.prospectportal.com/", "Entrata", 12),
    ("https://x.myresman.com/Portal/Access/SignIn/ABC", "ResMan", 13),
    ("https://acme.mriresidentconnect.com", "MRI", 14),
    ("https://acme.onlineleasing.realpage.com/", "RealPage", 15),
    ("https://onlineleasing.realpage.com/", "RealPage", 15),
]

NOT_EVIDENCE = [
    # vendor marketing, help and shared login sites
    "https://www.appfolio.com", "https://help.appfolio.com/x", "https://status.appfolio.com",
    "https://www.buildium.com/", "https://www.managebuilding.com/",
    "https://app.propertyware.com/", "https://app.propertyware.com/pw/login.jsp",
    "https://www.propertyware.com", "https://www.rentvine.com", "https://app.doorloop.com",
    "https://www.doorloop.com", "https://home.tenantcloud.com/", "https://app.tenantcloud.com",
    "https://www.tenantcloud.com", "https://securecafe.com/",
    "https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx",
    "https://www.rentecdirect.com", "https://myresman.com", "https://www.realpage.com",
    # look-alikes: the portal host must be the whole host
    "https://acme.appfolio.com.evil.com", "https://evilappfolio.com", "https://a.b.appfolio.com",
    "https://acme_x.appfolio.com", "https://managebuilding.com.evil.test/",
    "https://acme.appfolio.com@evil.com/", "https://evil.com/acme.appfolio.com",
    "https://evil.com/?u=https://acme.managebuilding.com", "https://acme.com/pay-rent",
    # other schemes, including ones that smuggle a portal host into the userinfo
    "javascript:alert(1)", "javascript:alert('acme.managebuilding.com')",
    "javascript://acme.appfolio.com/%0aalert(1)", "javascript:alert(1)@acme.appfolio.com/",
    "mailto:x@acme.appfolio.com", "data:x@acme.rmresident.com", "tel:1@acme.rentvine.com",
    "ftp://acme.appfolio.com/", "http:acme.appfolio.com",
    # nothing, junk
    "", "   ", None, "garbage", "not a url at all", "http://[::1", "https://",
]


@pytest.mark.parametrize("url,pms,_sig", PORTALS)
def test_portal_proves_pms(url, pms, _sig):
    assert pms_from_url(url) == pms


@pytest.mark.parametrize("url", NOT_EVIDENCE)
def test_not_evidence(url):
    assert pms_from_url(url) is None


def test_every_signature_has_a_positive_case():
    matched = {i for _, _, i in PORTALS}
    assert matched == set(range(len(SIGNATURES)))
    for url, pms, i in PORTALS:
        sig = SIGNATURES[i]
        host = re.sub(r"^[a-z]+://", "", url.lower()).split("/")[0].split(":")[0].rstrip(".")
        assert sig.pms == pms
        assert re.fullmatch(sig.host, host), (url, sig)


def test_every_signature_pms_is_a_canonical_name():
    assert {s.pms for s in SIGNATURES} <= set(PMS_ALIASES)


@pytest.mark.parametrize("url,_pms,_sig", PORTALS)
def test_portal_hosts_are_vendor_domains(url, _pms, _sig):
    """A portal proves the PMS but is never the company's own website."""
    assert normalise_domain(url) in VENDOR_DOMAINS


def test_vendor_and_platform_tables_are_normalised_and_disjoint():
    for domain in VENDOR_DOMAINS | PLATFORM_DOMAINS:
        assert normalise_domain(domain) == domain
    assert not VENDOR_DOMAINS & PLATFORM_DOMAINS
