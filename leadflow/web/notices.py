"""What an account's portal says of the account itself: that it is no longer the company's to
use (gone), that the company moved on (with a link or a host of another PMS: it moved there), or
that there is no such account (a soft 404). Data, as in `markers.py`: add a line when a vendor or
a company words it anew.
"""

from __future__ import annotations

import re

from leadflow.domain import english_notices, foreign_notices
from leadflow.domain.phrases import first_phrase, phrases, plain

# What a live-looking portal says when the account is no longer this company's to use, even
# above its login form: inactive, handed to another manager, replaced, a vendor's demo.
GONE_NOTICE = (
    "account is inactive",
    "account has been deactivated",
    "account has been disabled",
    "account is disabled",
    "is now managed by",
    "are now managed by",
    "no longer managed by",
    "formerly managed by",
    "no longer manages",
    "has been acquired by",
    "transitioned to a new resident portal",
    "transitioned to a new portal",
    "this portal has moved",
    "our new resident portal is at",
    "this portal is no longer in use",
    "resident center is no longer",
    "no longer accepts payments",
    "moved to a new resident portal",
    "moved to a new portal",
    "will be retired",
    "will be shut down",
    "will be discontinued",
    "portal is no longer active",
    "portal is no longer available",
    "resident site is no longer available",
    "this site is no longer available",
    "this website is no longer available",
    "portal is no longer monitored",
    "portal has been retired",
    "replaced by our new portal",
    "log in to our new resident portal",
    "log in to our new portal",
    "sold its property management business",
    "this is a demo",
    "demonstration site",
    "demo site",
    "demo portal",
    "for demonstration purposes",
    "portal is a demonstration",
    "demo account",
    "sample data",
    "sandbox environment",
    "test account",
    "training database",
    "data shown is not real",
    "account is unavailable",
    "trial has expired",
    "trial for this account has expired",
)
# What a portal says when it sends its residents on: with a link to another PMS's portal, the
# company moved to it; alone, an office may have moved ("We have moved to 12 Main St").
MOVE_NOTICE = (
    "we have moved",
    "we've moved",
    "we’ve moved",
    "we're moving",
    "we are moving",
    "we’re moving",
    "being migrated to",
    "are migrating to",
)
# A vendor's "no such account" page answered with 200 (a soft 404), matched in visible text.
SOFT_404 = (
    "could not be found",
    "cannot be found",
    "can't be found",
    "does not exist",
    "doesn't exist",
    "no longer active",
    "account is inactive",
    "account has been deactivated",
    "account is disabled",
    "account has been disabled",
    "no longer available",
    "page not found",
    "404 not found",
    "account not found",
    "company not found",
    "portal not found",
    "site not found",
    "not available for online leasing",  # RealPage's answer for a property it does not lease
)

_GONE, _MOVE = phrases(GONE_NOTICE + foreign_notices.PORTAL_GONE), phrases(MOVE_NOTICE + foreign_notices.MOVED)
_SOFT_404 = phrases(SOFT_404 + foreign_notices.SOFT_404)
# Notices whose words stand apart, in text read accents aside (`phrases.plain`): a Chinese
# portal "此租客中心已于2025年9月30日停用" (retired), a Vietnamese "Kể từ ngày 1/10/2025, ... được
# quản lý bởi X" (managed by another firm since).
GONE_PATTERNS = (
    re.compile(r"(?:租客中心|住户中心|住戶中心|门户|門戶|入口|网站|網站|帐户|帳戶)[^。！!]{0,40}(?:停用|关闭|關閉)"),
    re.compile(r"ke tu ngay[^.!]{0,80}đuoc quan ly boi"),
    english_notices.PORTAL_GONE,
)


def gone_marker(text: str | None) -> str | None:
    """A portal's notice that the account is no longer this company's to use, or None."""
    read = plain(text)
    return next((m.group(0) for pattern in (_GONE, *GONE_PATTERNS) if (m := pattern.search(read))), None)


def move_marker(text: str | None) -> str | None:
    """A portal's "we have moved", or None."""
    return first_phrase(_MOVE, text)


# "The listing you requested is no longer available" on the account's live listings page (where a
# vendor sends a removed listing) is of one listing, not of the account.
_OF_A_LISTING = re.compile(r"\b(?:listing|unit)\b[^.!?]{0,40}$")


def soft_404_marker(text: str | None) -> str | None:
    """The "account not found" phrase in a page's visible text, or None."""
    read = plain(text)
    for found in _SOFT_404.finditer(read):
        if not _OF_A_LISTING.search(read[max(0, found.start() - 60) : found.start()]):
            return found.group(0)
    return None
