"""The wording and code that tell a page for what it is: parked, a wall, a gone account."""

from __future__ import annotations

import pytest

from leadflow.web import markers, notices


@pytest.mark.parametrize(
    "html,text,expected",
    [
        ("<title>Slot Gacor Hari Ini | Acme PM</title>", "Acme PM", "a hijacked domain's title ('slot gacor')"),
        (  # entities decoded
            "<title>&#x30B9;&#x30FC;&#x30D1;&#x30FC;&#x30B3;&#x30D4;&#x30FC; &#x6FC0;&#x5B89;</title>",
            "",
            "a hijacked domain's title ('スーパーコピー')",
        ),
        ("<title>Home - Your Company Name</title>", "Home - Your Company Name Lorem ipsum", "your company name"),
        ("<title>x</title>", "This domain name expired on 01/14/2025, pending renewal or deletion.", "this domain name expired"),
        ("<title>Coming Soon</title>", "Coming Soon", "a bare placeholder ('coming soon')"),
        (  # a site builder's page once the site's plan has ended, however long its text
            "<title>Site Unavailable</title>",
            "Site Unavailable This site is no longer available. The subscription for this website has ended. If this is "
            "your site, log in to renew it.",
            "this site is no longer available",
        ),
        ("<title>Acme</title>", "Acme Property Management. This property is no longer available; see our other homes.", None),
        ("<title>Acme</title>", "Acme Property Management " * 8 + "New townhomes coming soon!", None),
        ("<title>Acme PM</title>", "Acme PM. Casino night fundraiser for the food bank.", None),  # a body, not a title
        ("<title>Acme PM</title>", "Acme PM " * 20 + "Lorem ipsum dolor sit amet, consectetur.", None),  # a leftover
    ],
)
def test_parked_pages(html, text, expected):
    assert markers.parked_marker(html, text) == expected


@pytest.mark.parametrize(
    "text,gone",
    [
        ("Acme PM Resident Center. This account is inactive. Email Password Sign In", "account is inactive"),
        ("Oak Hollow Property Management is now managed by Lakeshore Residential Group.", "is now managed by"),
        ("We have transitioned to a new resident portal. Contact our office.", "transitioned to a new resident portal"),
        ("This is a demonstration site. Sign in with the sample login.", "demonstration site"),
        ("This Resident Center is no longer active. Please contact us for your new portal.", "resident center is no longer"),
        ("DEMO ACCOUNT: this portal is a demonstration. Balances shown are sample data.", "demo account"),
        ("We have moved to 12 Main St, Suite 4. Email Password Sign In", None),  # an office, not the portal
        ("Effective June 1, 2025, Acme Realty no longer manages your home.", "no longer manages"),
        ("This Resident Center will be retired on December 31, 2026.", "will be retired"),
        ("Sandbox environment: this account is used to test integrations.", "sandbox environment"),
        ("TEST ACCOUNT - training database for staff.", "test account"),
        ("This account is unavailable. The free trial for this account has expired.", "account is unavailable"),
        ("Our office will be closed December 24-26. Pay rent online any time.", None),
        ("Welcome to our new resident portal! Sign in below.", None),
        (
            "Effective 5/1 residents should use the Blue Ridge Keystone Management resident portal.",
            "residents should use the blue ridge keystone management resident portal",
        ),
        ("Residents should use the Oak Villas resident portal for payments.", None),  # a community's, no firm
        ("Scheduled maintenance Sunday 2-4 am: payments post the next business day.", None),
        ("Acme PM Resident Center. Our office is closed Monday. Email Password Sign In", None),
        ("Welcome back! Pay rent, request maintenance, view your account.", None),
        (
            "This resident site is no longer available. Please contact your property manager.",
            "resident site is no longer available",
        ),
        ("Online payments by credit card are no longer available. Pay by eCheck below.", None),  # a payment option
        # Spanish, accents or not
        ("Este Resident Center ya no está activo. Para pagos, llame a la oficina.", "center ya no esta activo"),
        ("Su propiedad ahora es administrada por Ramírez & Vela Residential.", "ahora es administrada por"),
        ("Mezquital PM ya no administra su vivienda.", "ya no administra su"),
        ("Este portal ya no esta disponible.", "portal ya no esta disponible"),
        ("El pago con tarjeta ya no está disponible. Ya no aceptamos pagos en efectivo.", None),  # payment options
        ("Esta propiedad es administrada por Acme Property Management. Iniciar sesión", None),  # its own manager
        ("Nuestra oficina se mudó a 1200 N 10th St. Iniciar sesión", None),
        # English, worded as portals' banners are (holdout35)
        ("Please contact your new management company, Harbor Gate, for rent.", "contact your new management company"),
        ("Online services for this property have been discontinued.", "online services for this property have been discontinued"),
        ("This portal will be deactivated on June 30, 2025.", "portal will be deactivated"),
        (
            "Management of Copperlode Flats transferred to Desert Arbor on March 1.",
            "management of copperlode flats transferred to",
        ),
        ("This account's subscription is inactive.", "subscription is inactive"),
        ("Online payments will be unavailable Sunday 2-4 AM for maintenance.", None),  # a maintenance window
        ("Cash payments can no longer be made here; pay online below.", None),  # a payment option
        ("Welcome to our new resident portal! Sign in below.", None),
    ],
)
def test_a_portals_notice_that_the_account_is_gone(text, gone):
    assert notices.gone_marker(text) == gone


@pytest.mark.parametrize(
    "text,moved",
    [
        ("We're moving! Your new portal is at acme.appfolio.com", "we're moving"),
        ("Nos estamos cambiando a AppFolio. Su nuevo portal es retamapm.appfolio.com", "nos estamos cambiando"),
        ("¡Nos mudamos! Nuestra nueva oficina está en 1200 N 10th St.", "nos mudamos"),  # a move: with a PMS link only
        ("Bienvenido a su portal de residentes.", None),
        ("Внимание! Мы переходим на новый портал AppFolio.", "мы переходим на"),
    ],
)
def test_a_portals_move_notice_in_english_or_spanish(text, moved):
    assert notices.move_marker(text) == moved


@pytest.mark.parametrize(
    "text,gone",
    [
        ("通知：此租客中心已于2025年9月30日停用。请勿在此付款。", "租客中心已于2025年9月30日停用"),
        ("Kể từ ngày 1/10/2025, bất động sản của quý vị được quản lý bởi Gulfton Residential.", True),
        ("自动付款已停用，请手动付款。", None),  # autopay turned off: not the portal
        ("Tài sản được quản lý bởi Tân Phát Realty. Đăng nhập", None),  # its own manager
    ],
)
def test_a_portals_notice_in_other_languages(text, gone):
    found = notices.gone_marker(text)
    assert (found is not None) if gone is True else found == gone


def test_a_move_notice_is_read_apart_from_the_gone_ones():
    assert notices.move_marker("We have moved! Residents now pay rent in our new portal.") == "we have moved"
    assert notices.move_marker("Welcome back! Pay rent online.") is None


def test_f5s_block_page_is_a_wall_even_when_served_200():
    page = "<title>Request Rejected</title>The requested URL was rejected. Please consult with your administrator."
    assert markers.challenge_marker(page.lower(), 200, "Request Rejected The requested URL was rejected.") is not None


def test_kasadas_429_block_page_is_a_wall_and_its_script_on_a_real_page_is_not():
    block = "<html><head></head><body><script src='/1a2b/3c4d/ips.js?KP_UIDz=0a9c'></script></body></html>"
    assert markers.challenge_marker(block, 429, "") == "ips.js?kp_uidz"
    page = block.replace("<body>", "<body><h1>Welcome home</h1><p>" + "Our community offers " * 10 + "</p>")
    assert markers.challenge_marker(page, 200, "Welcome home " + "Our community offers " * 10) is None


def test_a_portal_handing_its_residents_to_another_manager_is_gone():
    notice = "All properties formerly managed by Sweeny Rental Homes are now managed by Old Ocean Realty."
    assert notices.gone_marker(notice) == "formerly managed by"
    assert notices.gone_marker(notice.replace(" now", "")) == "formerly managed by"  # "... are managed by Old Ocean"


@pytest.mark.parametrize(
    "text,portal,soft_404",
    [
        # an apartment community's leasing pages on its account host show no login form, and are its portal
        ("Rainshadow Lofts - Online Leasing. Step 1: Rental options. Move-in date", "online leasing", None),
        ("Sweetgum Zephyr Commons - Availability. Available Units: A1, 1 bd / 1 ba, $1,310. Apply", "available units", None),
        # RealPage's answer for a property it does not lease: the words of a leasing page, and not one
        (
            "Online Leasing. We're sorry. The property you are looking for is not available for online leasing.",
            "online leasing",
            "not available for online leasing",
        ),
    ],
)
def test_a_communitys_leasing_page_and_the_page_for_none(text, portal, soft_404):
    assert markers.portal_marker(text) == portal
    assert notices.soft_404_marker(text) == soft_404


@pytest.mark.parametrize(
    "text,found",
    [
        ("Available Units. The listing you requested is no longer available. 5512 E Washington St - $1,050", None),
        ("This unit is no longer available for rent.", None),
        ("This account is no longer available. Contact your property manager.", "no longer available"),
        ("This property is no longer available.", "no longer available"),  # a community's account: gone
        ("The page you were looking for could not be found.", "could not be found"),
    ],
)
def test_a_removed_listing_on_a_live_account_is_no_soft_404(text, found):
    assert notices.soft_404_marker(text) == found


def test_code_tells_are_ascii_as_the_raw_html_is_matched_without_normalising():
    assert all(tell.isascii() for tell in (*markers.PARKING_CODE, *markers.CHALLENGE, *markers.CHALLENGE_SCRIPTS))
