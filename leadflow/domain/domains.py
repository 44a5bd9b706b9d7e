"""One way to turn whatever a source calls a website into the key we dedup and block on."""

from __future__ import annotations

import functools
import ipaddress
import re
import threading
import unicodedata
from urllib.parse import urlsplit

import idna
import tldextract

# RFC 2606 / 6761 reserved names: the sample directory and the tests use them so that no
# example ever points at a real company. Treated as public suffixes.
RESERVED_SUFFIXES = ("example", "test", "invalid")

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)


# UTS #39 "highly restrictive": a label is in one script, or mixes Latin with the scripts a
# Chinese, Japanese or Korean name is written in. Anything else (Cyrillic 'а' in 'аcme') is a
# homoglyph trick, never a company's real name.
_SCRIPT_MIXES = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)


class InvalidDomain(ValueError):
    """Not something we can call a company website."""


def _script(ch: str) -> str | None:
    """The script of a letter or digit by its Unicode name ('CYRILLIC SMALL LETTER A' ->
    'CYRILLIC'); None for what every script shares (ASCII digits, hyphen, marks, 'ー')."""
    if ch.isascii():
        return "LATIN" if ch.isalpha() else None
    category = unicodedata.category(ch)
    if not (category.startswith("L") or category == "Nd"):
        return None
    name = unicodedata.name(ch, "").removeprefix("EXTENDED ")
    if name.startswith(("CJK ", "IDEOGRAPHIC ")):
        return "HAN"
    if name.startswith(("KATAKANA-HIRAGANA ", "MODIFIER LETTER ")) or not name:
        return None
    return name.split(" ", 1)[0].split("-", 1)[0]  # 'ARABIC-INDIC DIGIT ONE' -> 'ARABIC'


def _check_scripts(label: str) -> None:
    scripts = {s for s in map(_script, label) if s}
    if len(scripts) > 1 and not any(scripts <= mix for mix in _SCRIPT_MIXES):
        raise InvalidDomain(f"mixed scripts in {label!r} ({', '.join(sorted(s.title() for s in scripts))})")


_extractor_lock = threading.Lock()
_extractor_built: tldextract.TLDExtract | None = None


def _extractor() -> tldextract.TLDExtract:
    """The one extractor, its suffix trie built once. TLDExtract builds the trie on first use
    and without a lock, so the threads of a first batch of live checks each built one of their
    own (about 0.1 s of CPU each); now the first caller builds it and the others wait for it."""
    global _extractor_built
    if _extractor_built is None:
        with _extractor_lock:
            if _extractor_built is None:
                # Bundled public-suffix snapshot only: no network, no cache directory writes.
                extractor = tldextract.TLDExtract(
                    cache_dir=None,
                    suffix_list_urls=(),
                    include_psl_private_domains=True,
                    extra_suffixes=RESERVED_SUFFIXES,
                )
                extractor("example.com")  # builds the trie now
                _extractor_built = extractor
    return _extractor_built


def url_scheme(text: str) -> str | None:
    """'HTTPS://x' -> 'https', 'mailto:a@b' -> 'mailto'; None for 'acme.com' and for
    'acme.com:8080/x' (a host and port, not a scheme)."""
    scheme = _SCHEME.match(text)
    if scheme is None or re.match(r"\d+(/|$)", text[scheme.end() :]):
        return None
    return scheme.group(1).lower()


def normalise_domain(raw: str | None) -> str:
    """'HTTPS://WWW.Acme-PM.com:443/contact' -> 'acme-pm.com'. Raises InvalidDomain.

    Lower-cases; strips scheme, credentials, port, path and `www.`; converts IDNs to ASCII
    (punycode); reduces to the registrable domain; rejects IPs, spaces, bad labels.
    """
    return _normalise(raw or "")


@functools.lru_cache(maxsize=8192)
def _normalise(raw: str) -> str:
    """normalise_domain, remembered: a batch asks it of the same hosts many times (each
    candidate, its evidence and portal URLs, every check): about 70 calls a stored batch, and
    15,000 calls for 1,300 distinct strings in one evidence-corpus group, at 24 us each uncached
    (URL parsing, IDNA, scripts, the suffix trie). Small, and free. What raises is not
    remembered and raises again."""
    text = raw.strip()
    if not text:
        raise InvalidDomain("empty")
    if len(text) > 2048:
        raise InvalidDomain("overlong")
    scheme = url_scheme(text)
    if scheme and scheme not in ("http", "https"):
        raise InvalidDomain(f"not a web address ({scheme}:)")
    if not scheme and not text.startswith("//"):
        text = "//" + text
    text = re.sub(r"[\t\r\n]", " ", text)  # urlsplit silently deletes these: 'foo\tbar.com' is not foobar.com
    try:
        host = urlsplit(text).hostname or ""
    except ValueError as exc:
        raise InvalidDomain(f"unparseable ({exc})") from None
    host = host.strip().rstrip(".")
    if not host or any(c.isspace() for c in host):
        raise InvalidDomain("no host name")
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    else:
        raise InvalidDomain("an IP address, not a domain")
    ascii_host = _to_ascii(host)
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or len(labels) < 2 or not all(_LABEL.match(lbl) for lbl in labels):
        raise InvalidDomain("not a valid host name")
    for label in labels:
        _check_scripts(_unicode_label(label))
    registrable = _extractor()(ascii_host).top_domain_under_public_suffix
    if not registrable:
        raise InvalidDomain("no registrable domain (unknown or bare public suffix)")
    return registrable


def _to_ascii(host: str) -> str:
    """The host in ASCII (IDNs in punycode, UTS #46 mapping). Raises InvalidDomain."""
    plain = _plain_ascii(host)
    if plain is not None:
        return plain
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError) as exc:
        raise InvalidDomain(f"not a valid host name ({exc})") from None


def _plain_ascii(host: str) -> str | None:
    """`host` lower-cased when it is plain letters, digits and hyphens, label by label (what
    idna.encode would give, without its per-character tables: most hosts are like this); None
    for anything else, which takes the full IDNA path (A-labels, '--' in 3rd and 4th place,
    non-ASCII, empty or long labels, names over 253 characters)."""
    if not host.isascii() or len(host) > 253:
        return None
    lowered = host.lower()
    for label in lowered.split("."):
        if not _LABEL.match(label) or label[2:4] == "--":
            return None
    return lowered


def _unicode_label(label: str) -> str:
    """'xn--cme-pm-2nf' -> 'аcme-pm': scripts are judged on what a reader sees."""
    if not label.startswith("xn--"):
        return label
    try:
        return idna.decode(label)
    except (idna.IDNAError, UnicodeError) as exc:
        raise InvalidDomain(f"not a valid host name ({exc})") from None


def try_normalise(raw: str | None) -> str | None:
    try:
        return normalise_domain(raw)
    except InvalidDomain:
        return None
