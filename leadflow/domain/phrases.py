"""Lists of lower-case phrases found in page text: one pattern per list, matched on word
boundaries (a hyphen binds: "co-op" is one word), the longest phrase first. The web checks'
markers and notices and the domain's reading of a site's own words share it."""

from __future__ import annotations

import re


def phrases(markers: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for lower-case phrases, matched on word boundaries."""
    alternatives = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9-])(?:{alternatives})(?![a-z0-9-])")


def first_phrase(pattern: re.Pattern[str], text: str | None) -> str | None:
    """The first phrase of `pattern` in `text` (lower-cased), or None."""
    found = pattern.search((text or "").lower())
    return found.group(0) if found else None
