"""Lists of lower-case phrases found in page text, accents aside (Spanish pages are read as
if written without them): one pattern per list, matched on word boundaries (a hyphen binds:
"co-op" is one word), the longest phrase first. The web checks' markers and notices and the
domain's reading of a site's own words share it."""

from __future__ import annotations

import re
import unicodedata

_ACCENTS = re.compile("[\u0300-\u036f]+")


def plain(text: str | None) -> str:
    """`text` lower-cased with its accents off, as the phrases are written ('Está' -> 'esta')."""
    lowered = (text or "").lower()
    if lowered.isascii():
        return lowered
    # Latin accents only (U+0300-U+036F): a Japanese voicing mark is part of its letter ('パ')
    return unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", lowered)))


def phrases(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for lower-case phrases, matched on word boundaries."""
    written = {plain(m) for m in markers}  # "página no encontrada" as the text is read: "pagina no encontrada"
    alternatives = "|".join(re.escape(m) for m in sorted(written, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9-])(?:{alternatives})(?![a-z0-9-])")


def first_phrase(pattern: re.Pattern[str], text: str | None) -> str | None:
    """The first phrase of `pattern` in `text` (lower-cased, accents off), or None."""
    found = pattern.search(plain(text))
    return found.group(0) if found else None
