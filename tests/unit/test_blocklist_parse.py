"""Blocklist files: read_lines (plain lists and CSVs) and parse_domains (normalise, dedup, invalid)."""

from __future__ import annotations

import pytest

from leadflow.domain.blocklist import ParsedBlocklist, parse_domains, read_lines
from leadflow.domain.errors import InvalidInput


def write(tmp_path, text: str | bytes, name: str = "blocklist.txt"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text,lines",
    [
        ("acme.com\nbeta.com\n", ["acme.com", "beta.com"]),
        ("acme.com\r\nbeta.com", ["acme.com", "beta.com"]),
        ("  acme.com  \n\tbeta.com\n", ["acme.com", "beta.com"]),
        ("\n\nacme.com\n   \n\nbeta.com\n\n", ["acme.com", "beta.com"]),
        ("# blocked by sales\nacme.com\n  # indented comment\nbeta.com\n#gamma.com\n", ["acme.com", "beta.com"]),
        ("# note, with, commas\nacme.com\n", ["acme.com"]),
        ("domain\nacme.com\n", ["acme.com"]),
        ("Domain\nacme.com\n", ["acme.com"]),
        (
            "name,domain,city\nAcme PM,acme.com,Austin\nBeta,https://www.beta.com/x,Dallas\n",
            ["acme.com", "https://www.beta.com/x"],
        ),
        ("Name, Website ,Notes\nAcme,acme.com,x\n", ["acme.com"]),
        ("url\nhttps://acme.com\n", ["https://acme.com"]),
        ('name,domain\n"Acme, Inc.",acme.com\nShort\n', ["acme.com", ""]),  # a row without the column
        ("# exported from the CRM\n\nname,domain\nAcme,acme.com\n# done\n", ["acme.com"]),
        ("acme.com,Acme PM,Austin\nbeta.com,Beta,Dallas\n", ["acme.com", "beta.com"]),  # no header: first column
        ("", []),
        ("\n\n# only comments\n  \n", []),
        ("name,domain\n", []),
    ],
)
def test_read_lines(tmp_path, text, lines):
    assert read_lines(write(tmp_path, text)) == lines


@pytest.mark.parametrize(
    "raw",
    ["\ufeffacme.com\nbeta.com\n", "\ufeffdomain\nacme.com\nbeta.com\n", "\ufeffname,domain\nAcme,acme.com\nBeta,beta.com\n"],
)
def test_byte_order_mark_is_ignored(tmp_path, raw):
    path = write(tmp_path, raw.encode("utf-8"), "bom.csv")
    assert read_lines(path) == ["acme.com", "beta.com"]


def test_missing_file_is_invalid_input(tmp_path):
    with pytest.raises(InvalidInput) as err:
        read_lines(tmp_path / "nope.csv")
    assert err.value.field == "FILE" and "no such file" in str(err.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp_path: write(tmp_path, b"\xff\xfe\x00bad latin-1 \xe9\n"),
        lambda tmp_path: tmp_path,
    ],
)
def test_unreadable_file_is_invalid_input(tmp_path, make):
    with pytest.raises(InvalidInput, match="cannot read"):
        read_lines(make(tmp_path))


def test_parse_domains_normalises_dedups_and_lists_invalid():
    parsed = parse_domains(
        [
            "acme.com",
            "https://www.ACME.com/contact",
            "beta.co.uk",
            "blog.acme.com",
            "not a domain",
            "",
            "mailto:x@y.com",
            "bücher.de",
            "xn--bcher-kva.de",
            "beta.co.uk",
        ]
    )
    assert parsed == ParsedBlocklist(
        domains=["acme.com", "beta.co.uk", "xn--bcher-kva.de"],
        repeated=4,
        invalid=["not a domain", "", "mailto:x@y.com"],
    )


def test_parse_domains_of_nothing():
    assert parse_domains([]) == ParsedBlocklist(domains=[], repeated=0, invalid=[])


def test_file_to_blocklist(tmp_path):
    path = write(
        tmp_path,
        (
            "\ufeff# do-not-contact list\n"
            "company,website,owner\n"
            "Acme PM,https://www.acme.com/,sam\n"
            "Acme again,acme.com,jo\n"
            "\n"
            "Broken,http://10.0.0.1/,sam\n"
            "Beta,beta.example,jo\n"
            "No site,,jo\n"
        ).encode("utf-8"),
        "crm.csv",
    )
    parsed = parse_domains(read_lines(path))
    assert parsed.domains == ["acme.com", "beta.example"]
    assert parsed.repeated == 1
    assert parsed.invalid == ["http://10.0.0.1/", ""]
