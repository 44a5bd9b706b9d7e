"""normalise_domain: one key per company website, or InvalidDomain. Table-driven, no network."""

from __future__ import annotations

import pytest

from leadflow.domain.domains import InvalidDomain, normalise_domain, try_normalise

NORMALISED = [
    # plain, case, whitespace, trailing dot
    ("acme.com", "acme.com"),
    ("ACME.COM", "acme.com"),
    ("Acme-PM.Com", "acme-pm.com"),
    ("  acme.com  ", "acme.com"),
    ("\tacme.com\n", "acme.com"),
    ("acme.com.", "acme.com"),
    ("ACME.CO.UK.", "acme.co.uk"),
    # scheme, www, port, path, query, fragment, credentials
    ("http://acme.com", "acme.com"),
    ("https://acme.com/", "acme.com"),
    ("HTTPS://acme.com", "acme.com"),
    ("//acme.com/about", "acme.com"),
    ("www.acme.com", "acme.com"),
    ("WWW.ACME.COM", "acme.com"),
    ("https://www.acme.com/contact-us", "acme.com"),
    ("HTTPS://WWW.Acme-PM.com:443/contact?x=1#top", "acme-pm.com"),
    ("acme.com:8080", "acme.com"),
    ("acme.com:8080/path/page.html", "acme.com"),
    ("https://acme.com:443", "acme.com"),
    ("acme.com?ref=google", "acme.com"),
    ("acme.com#team", "acme.com"),
    ("acme.com/foo bar", "acme.com"),  # a space in the path is not in the host
    ("http://user:pw@acme.com", "acme.com"),
    ("HTTP://User:Pass@WWW.Acme.COM:8443/a/b?c#d", "acme.com"),
    ("https://acme.com@evil.com/", "evil.com"),  # userinfo, then the real host
    # subdomains reduce to the registrable domain
    ("blog.acme.com", "acme.com"),
    ("a.b.c.acme.com", "acme.com"),
    ("www.www.acme.com", "acme.com"),
    ("sub.acme.org", "acme.org"),
    ("acme.realty", "acme.realty"),
    ("www.com", "www.com"),  # 'www' is only stripped when it is a subdomain
    # multi-part public suffixes (ICANN and private)
    ("acme.co.uk", "acme.co.uk"),
    ("www.acme.co.uk", "acme.co.uk"),
    ("shop.acme.com.au", "acme.com.au"),
    ("www.acme.com.au", "acme.com.au"),
    ("acme.ny.us", "acme.ny.us"),
    ("acme.github.io", "acme.github.io"),
    # IDNs: unicode -> punycode, punycode kept, full-width folded
    ("bücher.de", "xn--bcher-kva.de"),
    ("BÜCHER.DE", "xn--bcher-kva.de"),
    ("https://www.bücher.de/x", "xn--bcher-kva.de"),
    ("xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("www.xn--bcher-kva.de", "xn--bcher-kva.de"),
    ("MÜNCHEN-Homes.de", "xn--mnchen-homes-dlb.de"),
    ("пример.рф", "xn--e1afmkfd.xn--p1ai"),
    ("ＡＣＭＥ.com", "acme.com"),
    ("acme。com", "acme.com"),  # ideographic full stop is a dot (UTS 46)
    # vendor portals reduce to the vendor
    ("acme.appfolio.com", "appfolio.com"),
    ("ACME.MANAGEBUILDING.COM", "managebuilding.com"),
    ("https://acme.managebuilding.com/Resident/portal/login", "managebuilding.com"),
    ("https://x.securecafe.com/residentservices/y/userlogin", "securecafe.com"),
    # RFC 2606 reserved names behave as public suffixes
    ("bluebonnet-pg.example", "bluebonnet-pg.example"),
    ("a.b.example", "b.example"),
    ("www.x.test", "x.test"),
    ("http://www.example", "www.example"),
    ("foo.invalid", "foo.invalid"),
    # the longest legal label
    ("a" * 63 + ".com", "a" * 63 + ".com"),
]

NOT_DOMAINS = [
    # empty
    "",
    "   ",
    "\t\n",
    None,
    # other schemes
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "mailto:x@y.com",
    "ftp://acme.com/file",
    "file:///etc/passwd",
    "data:text/html,hi",
    "tel:+15551234",
    # IP addresses
    "1.2.3.4",
    "http://10.0.0.1/",
    "http://192.168.0.1:8080/x",
    "[::1]",
    "http://[2001:db8::1]/",
    "2001:db8::1",
    "http://[::1",
    # whitespace inside the host
    "foo bar.com",
    "http://foo bar.com/",
    "acme .com",
    "foo\tbar.com",
    "foo\nbar.com",
    "http://foo\r\nbar.com/",
    "foo\xa0bar.com",
    # bad labels
    "a" * 64 + ".com",
    "acme..com",
    ".com",
    "-acme.com",
    "acme-.com",
    "acme_pm.com",
    "*.acme.com",
    "acme.com\x00.evil.com",
    "xn--zz.com",
    # no registrable domain
    "com",
    "COM.",
    "co.uk",
    "com.au",
    "github.io",
    "example",
    "test",
    "localhost",
    "http://localhost:8000/",
    "acme.c",
    "http://",
    "https:///path",
    # overlong
    "x" * 3000,
    "a." * 130 + "com",
]


@pytest.mark.parametrize("raw,expected", NORMALISED)
def test_normalise_domain(raw, expected):
    assert normalise_domain(raw) == expected


@pytest.mark.parametrize("raw", NOT_DOMAINS)
def test_not_a_domain(raw):
    with pytest.raises(InvalidDomain):
        normalise_domain(raw)
    assert try_normalise(raw) is None


@pytest.mark.parametrize("raw,expected", NORMALISED[:10])
def test_normalising_is_idempotent(raw, expected):
    assert normalise_domain(normalise_domain(raw)) == expected
    assert try_normalise(raw) == expected


@pytest.mark.parametrize(
    "raw,words",
    [
        ("mailto:x@y.com", "mailto:"),
        ("1.2.3.4", "IP address"),
        ("co.uk", "public suffix"),
        ("", "empty"),
        ("x" * 3000, "overlong"),
    ],
)
def test_invalid_domain_says_why(raw, words):
    with pytest.raises(InvalidDomain, match=words):
        normalise_domain(raw)


def test_invalid_domain_is_a_value_error():
    assert issubclass(InvalidDomain, ValueError)
