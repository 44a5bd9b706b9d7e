"""pms_from_url: which PMS a portal URL proves (or None), and the vendor/platform tables."""

from __future__ import annotations

import pytest

from leadflow.domain.criteria import PMS_ALIASES
from leadflow.domain.domains import normalise_domain
from leadflow.domain.evidence import (
    PLATFORM_DOMAINS,
    SIGNATURES,
    VENDOR_DOMAINS,
    account_of,
    classify,
    pms_from_url,
    shared_signin_of,
)

# (url, the PMS it proves, the account it names): real shapes, made-up account names
PORTALS = [
    ("https://acme.managebuilding.com/Resident/portal/login", "Buildium", "acme.managebuilding.com"),
    ("acme.managebuilding.com/Resident/public/rentals", "Buildium", "acme.managebuilding.com"),
    ("https://ACME.ManageBuilding.com/", "Buildium", "acme.managebuilding.com"),
    ("https://acme.managebuilding.com/Resident/rental-application/new", "Buildium", "acme.managebuilding.com"),
    ("https://acme.appfolio.com/connect", "AppFolio", "acme.appfolio.com"),
    (
        "https://acme.appfolio.com/connect/users/sign_in?a=cw&utm_source=apmsites_v3&utm_campaign=pay_rent_button",
        "AppFolio",
        "acme.appfolio.com",
    ),
    ("https://acme.appfolio.com/oportal/users/log_in", "AppFolio", "acme.appfolio.com"),
    ("HTTPS://ACME.APPFOLIO.COM/listings", "AppFolio", "acme.appfolio.com"),
    ("https://acme.appfolio.com.", "AppFolio", "acme.appfolio.com"),
    ("https://acme.appfolio.com:8443/x", "AppFolio", "acme.appfolio.com"),
    ("acme.appfolio.com:443/connect", "AppFolio", "acme.appfolio.com"),
    (
        "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=acmepm",
        "Rent Manager",
        "residentwebaccess.rentmanager.com?corpid=acmepm",
    ),
    (
        "https://ownerwebaccess.rentmanager.com/OwnerLogin.aspx?CorpID=AcmePM&locationID=1",
        "Rent Manager",
        "ownerwebaccess.rentmanager.com?corpid=acmepm",
    ),
    ("https://acmepm.twa.rentmanager.com/ApplyNow?propertyID=837&locations=1", "Rent Manager", "acmepm.twa.rentmanager.com"),
    ("https://acme.rmresident.com/", "Rent Manager", "acme.rmresident.com"),
    ("https://acme.rmwebaccess.com/login", "Rent Manager", "acme.rmwebaccess.com"),
    ("https://app.propertyware.com/pw/portals/acme/tenant.action", "Propertyware", "app.propertyware.com/pw/portals/acme"),
    ("https://app.propertyware.com/pw/portals/Acme/owner.action", "Propertyware", "app.propertyware.com/pw/portals/acme"),
    ("https://app.propertyware.com/pw/index.html#/login/tenant/acme", "Propertyware", "app.propertyware.com#/login/tenant/acme"),
    ("https://acme.propertyware.com/", "Propertyware", "acme.propertyware.com"),
    ("https://acme.rentvine.com/portals/resident/", "Rentvine", "acme.rentvine.com"),
    ("https://acme.rentvine.com/public/apply?unitID=38", "Rentvine", "acme.rentvine.com"),
    (
        "https://acme.app.doorloop.com/tenant-portal/rental-applications/listing?source=CompanyLink",
        "DoorLoop",
        "acme.app.doorloop.com",
    ),
    ("https://acme.tenantcloud.com/listings/1", "TenantCloud", "acme.tenantcloud.com"),
    ("https://x.securecafe.com/residentservices/the-oaks/userlogin.aspx", "Yardi", "x.securecafe.com/residentservices/the-oaks"),
    ("https://x.securecafenet.com/residentservices/y/userlogin", "Yardi", "x.securecafenet.com/residentservices/y"),
    ("https://acme.securecafe.com/", "Yardi", "acme.securecafe.com"),
    ("https://www.rentcafe.com/onlineleasing/the-oaks/register.aspx", "Yardi", "www.rentcafe.com/onlineleasing/the-oaks"),
    ("https://acme.rentcafe.com/", "Yardi", "acme.rentcafe.com"),
    ("https://100093342.breeze.cafe/owner/content/login", "Yardi", "100093342.breeze.cafe"),
    ("https://secure.rentecdirect.com/login/login.php?cb=acmepm", "Rentec Direct", "secure.rentecdirect.com?cb=acmepm"),
    ("https://acme.rentecdirect.com/", "Rentec Direct", "acme.rentecdirect.com"),
    ("https://x.residentportal.com/resident_portal/?module=authentication", "Entrata", "x.residentportal.com"),
    ("https://x.prospectportal.com/austin/the-oaks/conventional/", "Entrata", "x.prospectportal.com"),
    ("https://x.myresman.com/Portal/Access/SignIn/ABC", "ResMan", "x.myresman.com"),
    ("https://implicity.myresman.com/Portal/Applicants/Availability?a=1450&p=9", "ResMan", "implicity.myresman.com?a=1450"),
    ("https://acme.mriresidentconnect.com", "MRI", "acme.mriresidentconnect.com"),
    ("https://7796310.onlineleasing.realpage.com/", "RealPage", "7796310.onlineleasing.realpage.com"),
    ("https://acme.activebuilding.com/login", "RealPage", "acme.activebuilding.com"),
    ("https://acme.loftliving.com/login", "RealPage", "acme.loftliving.com"),
    ("https://oll-leasing.loftliving.com/?siteId=123", "RealPage", "oll-leasing.loftliving.com?siteid=123"),
]

# Vendor-wide hosts (sign-in, SSO, marketing, help) and assets: on the vendor, never an account.
VENDOR_WIDE = [
    ("https://signin.managebuilding.com/Resident/portal/global-login", "sign-in"),
    ("https://www.managebuilding.com/", "site"),
    ("https://www.buildium.com/", "site"),
    ("https://passport.appfolio.com/", "sign-in"),
    ("https://vendor.appfolio.com/?utm_source=website", "sign-in"),  # every customer's contractors sign in here
    ("https://account.appfolio.com/realms/foliospace/protocol/openid-connect/auth", "sign-in"),
    ("https://www.appfolio.com/page-not-found-sub", "site"),
    ("https://help.appfolio.com/x", "site"),
    ("https://images.cdn.appfolio.com/acme/images/abc/large.jpg", "assets"),
    ("https://acme.appfolio.com/images/logo.png", "assets"),
    ("https://residentwebaccess.rentmanager.com/CustomerLogin.aspx", "sign-in"),
    ("https://www.rentmanager.com/", "site"),
    ("https://rmxhelp.rentmanager.com/x", "site"),
    ("https://app.propertyware.com/pw/login.jsp", "sign-in"),
    ("https://webreq.propertyware.com/pw/marketing/website.do?sid=1&wid=2", "assets"),
    ("https://app.rentvine.com/public/widget/init.js", "assets"),
    ("https://app.doorloop.com/", "sign-in"),
    ("https://home.tenantcloud.com/", "sign-in"),
    ("https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx", "sign-in"),
    ("https://cdngeneral.rentcafe.com/dmslivecafe/3/1/x.js", "assets"),
    ("https://secure.rentecdirect.com/owners/login.php", "sign-in"),
    ("https://www.residentportal.com/", "site"),
    ("https://commoncf.entrata.com/x", "assets"),
    ("https://acme.auth.myresman.com/auth/connect/authorize", "sign-in"),
    ("https://www.myresman.com/", "site"),
]

NOT_EVIDENCE = [
    # vendor marketing, help and shared login sites
    "https://www.appfolio.com",
    "https://help.appfolio.com/x",
    "https://status.appfolio.com",
    "https://www.buildium.com/",
    "https://www.managebuilding.com/",
    "https://app.propertyware.com/",
    "https://app.propertyware.com/pw/login.jsp",
    "https://www.propertyware.com",
    "https://www.rentvine.com",
    "https://app.doorloop.com",
    "https://www.doorloop.com",
    "https://home.tenantcloud.com/",
    "https://app.tenantcloud.com",
    "https://www.tenantcloud.com",
    "https://securecafe.com/",
    "https://www.rentcafe.com/residentservices/apartmentsforrent/userlogin.aspx",
    "https://www.rentecdirect.com",
    "https://myresman.com",
    "https://www.realpage.com",
    "https://secure.rentecdirect.com/owners/login.php",
    "https://signin.managebuilding.com/",
    "https://images.cdn.appfolio.com/acme/images/1.jpg",
    "https://acme.appfolio.com/logo.png",
    "https://residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=",
    "https://app.propertyware.com/pw/index.html#/login/tenant/",
    # look-alikes: the portal host must be the whole host
    "https://acme.appfolio.com.evil.com",
    "https://evilappfolio.com",
    "https://a.b.appfolio.com",
    "https://acme_x.appfolio.com",
    "https://managebuilding.com.evil.test/",
    "https://acme.appfolio.com@evil.com/",
    "https://evil.com/acme.appfolio.com",
    "https://evil.com/?u=https://acme.managebuilding.com",
    "https://acme.com/pay-rent",
    # other schemes, including ones that smuggle a portal host into the userinfo
    "javascript:alert(1)",
    "javascript:alert('acme.managebuilding.com')",
    "javascript://acme.appfolio.com/%0aalert(1)",
    "javascript:alert(1)@acme.appfolio.com/",
    "mailto:x@acme.appfolio.com",
    "data:x@acme.rmresident.com",
    "tel:1@acme.rentvine.com",
    "ftp://acme.appfolio.com/",
    "http:acme.appfolio.com",
    # nothing, junk
    "",
    "   ",
    None,
    "garbage",
    "not a url at all",
    "http://[::1",
    "https://",
]


@pytest.mark.parametrize("url,pms,account", PORTALS)
def test_portal_proves_pms_and_names_the_account(url, pms, account):
    assert pms_from_url(url) == pms
    assert account_of(url) == account


@pytest.mark.parametrize("url", NOT_EVIDENCE)
def test_not_evidence(url):
    assert pms_from_url(url) is None
    assert account_of(url) is None


@pytest.mark.parametrize("url,kind", VENDOR_WIDE)
def test_vendor_wide_hosts_and_assets_prove_nothing(url, kind):
    found = classify(url)
    assert found is not None and found.kind == kind and found.account is None
    assert pms_from_url(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.managebuilding.com/Resident/content/logo.svg",
        "https://acme.rentvine.com/static/app.js",
        "https://acme.appfolio.com/fonts/a.woff2",
        "https://static.managebuilding.com/x",
        "https://acme.securecafe.com/residentservices/the-oaks/images/photo.jpg",
    ],
)
def test_an_asset_on_an_account_host_is_an_asset(url):
    assert classify(url).kind == "assets" and pms_from_url(url) is None


def test_only_vendors_whose_customers_share_one_sign_in_get_one():
    assert shared_signin_of("https://home.tenantcloud.com/") == "TenantCloud"
    assert shared_signin_of("https://secure.rentecdirect.com/owners/login.php") == "Rentec Direct"
    assert shared_signin_of("https://signin.managebuilding.com/Resident/portal/global-login") is None
    assert shared_signin_of("https://acme.managebuilding.com/") is None


def test_every_signature_has_a_positive_case():
    matched = {classify(url).shape for url, _, _ in PORTALS}
    assert matched == set(SIGNATURES)


def test_every_signature_pms_is_a_canonical_name():
    assert {s.pms for s in SIGNATURES} <= set(PMS_ALIASES)


@pytest.mark.parametrize("url,_pms,_account", PORTALS)
def test_portal_hosts_are_vendor_domains(url, _pms, _account):
    """A portal proves the PMS but is never the company's own website."""
    assert normalise_domain(url) in VENDOR_DOMAINS


def test_vendor_and_platform_tables_are_normalised_and_disjoint():
    for domain in VENDOR_DOMAINS | PLATFORM_DOMAINS:
        assert normalise_domain(domain) == domain
    assert not VENDOR_DOMAINS & PLATFORM_DOMAINS


def test_the_docs_vendor_table_lists_every_portal_shape():
    from pathlib import Path

    from leadflow.discovery.prompt import portal_shapes

    page = (Path(__file__).resolve().parents[2] / "docs" / "live-checks.md").read_text()
    table = page[page.index("### The vendor table") : page.index("### Bot walls")]
    for pms in PMS_ALIASES:
        line = next((row for row in table.splitlines() if row.startswith(f"| {pms} |")), None)
        assert line, f"docs/live-checks.md's vendor table has no line for {pms}"
        for shape in portal_shapes(pms):
            assert f"`{shape}`" in line, (pms, shape)


def test_an_accounts_staff_sign_in_is_tried_after_its_other_links():
    """Buildium's `<account>.managebuilding.com/manager/` hops to the shared sign-in: a site linking it
    before the account's Resident Center gets the Resident Center checked (one URL an account)."""
    from leadflow.domain.checks import SiteCheck, linked_evidence

    manager, resident = "https://oak.managebuilding.com/manager/", "https://oak.managebuilding.com/Resident/portal/login"
    other = "https://elm.managebuilding.com/Manager"
    site = SiteCheck(
        domain="oak.test", pages_fetched=[], portal_links=[manager, resident, other], pms_found=["Buildium"], error=None
    )
    assert linked_evidence(site, "Buildium") == [resident, other]  # page order otherwise; a staff link alone still counts
