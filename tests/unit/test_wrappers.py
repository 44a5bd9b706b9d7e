"""A copy, cache or proxy of a URL is read as the URL it names; one that names none stands."""

from __future__ import annotations

import pytest

from leadflow.domain.wrappers import unwrap

ACME = "https://acme.managebuilding.com/Resident/portal/login"


@pytest.mark.parametrize(
    "given,read",
    [
        # the Wayback Machine: /web/<timestamp>[<mode>_]/<url>, any precision of timestamp
        (f"https://web.archive.org/web/20230115083012/{ACME}", ACME),
        (f"https://web.archive.org/web/20230115083012id_/{ACME}", ACME),
        (f"http://web.archive.org/web/2021/{ACME}", ACME),
        (
            "https://web.archive.org/web/20190301000000/https://acme.appfolio.com/connect?a=1&b=2",
            "https://acme.appfolio.com/connect?a=1&b=2",
        ),
        ("https://web.archive.org/web/2019/acme.managebuilding.com/Resident/", "https://acme.managebuilding.com/Resident/"),
        # archive.today under its names: dated, newest, its outbound links, a host's list of copies
        (f"https://archive.ph/2020.06.14-153012/{ACME}", ACME),
        (f"https://archive.today/newest/{ACME}", ACME),
        (f"https://archive.is/o/Ru4mP/{ACME}", ACME),
        ("https://archive.ph/acme.managebuilding.com", "https://acme.managebuilding.com"),
        # the retired Google cache, with and without its document id
        (f"https://webcache.googleusercontent.com/search?q=cache:{ACME}", ACME),
        (f"https://webcache.googleusercontent.com/search?q=cache:AbC-12_xYz09:{ACME}&hl=en&gl=us", ACME),
        # Google Translate's proxy: '.' spelled '-', '-' spelled '--'; its own parameters dropped
        (
            "https://acme-managebuilding-com.translate.goog/Resident/portal/login?_x_tr_sl=auto&_x_tr_tl=es&_x_tr_hl=en",
            ACME,
        ),
        (
            "https://lone--star-appfolio-com.translate.goog/connect?unit=4&_x_tr_sl=en&_x_tr_tl=es",
            "https://lone-star.appfolio.com/connect?unit=4",
        ),
        # the redirects read before
        (f"https://www.google.com/url?q={ACME}&sa=D", ACME),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Facme.managebuilding.com%2FResident%2Fportal%2Flogin", ACME),
    ],
)
def test_a_copy_cache_proxy_or_redirect_is_the_url_it_names(given, read):
    assert unwrap(given) == read


@pytest.mark.parametrize(
    "given",
    [
        "https://archive.ph/Ru4mP",  # a short id: names no URL
        "https://archive.ph/",
        "https://web.archive.org/web/2020*/acme.managebuilding.com*",  # a search of copies, not one
        "https://web.archive.org/web/2020/javascript:alert(1)",
        "https://web.archive.org/",
        "https://cc.bingj.com/cache.aspx?d=4712345678901234&w=Gx2Yz3Ab4Cd5Ef6Gh7Ij8Kl9Mn0Op",  # Bing's cache: ids only
        "https://webcache.googleusercontent.com/search?q=acme+property+management",
        "https://archive.ph/o/Ru4mP/http://[oops",  # a broken target
        "https://translate.goog/",
        "https://www.google.com/url?q=javascript:alert(1)",
        ACME,
        "http://[oops/",
    ],
)
def test_a_wrapper_that_names_no_url_stands_as_given(given):
    assert unwrap(given) == given
