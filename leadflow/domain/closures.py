"""What a company's own site says when the company is gone: closed, or its management handed to
another firm. Its portal may answer live for years after (the vendor keeps the account for old
statements), so a live portal alone would deliver a stale lead, the worst kind.

Read on the homepage and on the page that linked the portal (`SiteCheck.home_text`,
`link_text`). Only wording that says the whole business or its management is gone counts:
"we closed on 40 homes", "closed for the holidays", "retired military owned", "joined the Texas
Apartment Association" and "now part of the NARPM chapter" do not.
"""

from __future__ import annotations

import re

from leadflow.domain import english_notices as english
from leadflow.domain import foreign_notices
from leadflow.domain.names import distinctive_words
from leadflow.domain.phrases import phrases
from leadflow.domain.phrases import plain as phrase_text

# The company no longer exists: `dead_domain` (its site stands for a business that is gone).
CLOSED = (
    "closed its doors",
    "closed our doors",
    "is no longer in business",
    "are no longer in business",
    "ceased operations",
    "has been dissolved",
    "closed our business",
    "no longer managing any properties",
    "has permanently closed",
    "is permanently closed",
    "gone out of business",
)
# The company's management went to another firm, or stopped: `evidence_unverified` (the portal
# is no longer that company's live account for its managed homes).
HANDED_OVER = (
    "management division has been sold",
    "management business has been sold",
    "sold our property management",
    "sold our management",
    "transitioned our management clients",
    "management clients were transferred",
    "management clients have been transferred",
    "management clients have been placed with",
    "no longer offers property management",
    "no longer offer property management",
    "no longer provides property management",
    "no longer provide property management",
    "no longer provides third-party property management",
    "no longer provide third-party property management",
    "wound down our management",
    "winding down our management",
    "winding down our property management",
    "all management agreements ended",
    "have merged to become",
    "this website is no longer maintained",
    "visit our new website at",
)
# Chinese: "... 已於2025年1月1日起轉交 X 接手(管理)" (handed to X, who took over the management); Korean
# "X에 인계되었습니다" (handed over to X; not "저희에게 인계", handed to us), the particle right after a name.
_HANDED_OVER_CJK = re.compile(r"(?:转交|轉交|移交)[^。！!？?]{0,80}(?:接手管理|接手|接管)|에\s*인계되었습니다")
# The same, said of a company by name: it counts only of the candidate. The firm that another
# joined says them too, of the other ("homes formerly managed by X are now managed by us").
OF_NAME_AFTER = ("formerly managed by", "anteriormente administrada por", "anteriormente administrado por")  # named after
OF_NAME_BEFORE = (  # ... before them
    "no longer manages your home",
    "is now part of",
    "has joined",
    "has merged with",
    "ahora forma parte de",
    "ya no administra su",
    "se ha unido a",
    "se unio a",
    "se fusiono con",
)
# "we've joined X", "nos unimos a X", not "... the Texas Apartment Association" ("a la Asociación")
WE_JOINED = re.compile(r"\bwe(?:'ve| have) joined (?!the\b)|\bnos (?:hemos )?(?:unimos|unido) a (?!la\b|el\b|los\b|las\b)")
NEAR = 80  # characters either side of the words in which the company's name counts
# A closure of one place, not of the company: "our Round Rock office has closed its doors".
_PLACES = r"office|location|branch|showroom|store|oficina|sucursal|local|bureau|agence|escritorio|biuro"
_ONE_PLACE = re.compile(rf"\b(?:{_PLACES})\b[^.!?]*$")
# ... or of one thing, said just before: "the pool is permanently closed", "applications are
# closed for good" (words a menu holds, further back or alone, do not count).
_ONE_THING = re.compile(
    r"\b(?:pool|gym|fitness center|clubhouse|laundry room|playground|garage|lobby|drop box|waitlist|waiting list|unit"
    r"|road|street|bridge|(?:applications?|listings?)(?: for [^.!?]{1,30})? (?:are|is)|amenit(?:y|ies) (?:are|is))\b[^.!?]{0,30}$"
)


# ... and after the words: "<name> closed its Round Rock office".
_ONE_PLACE_AFTER = re.compile(rf"^[^.!?]{{0,40}}\b(?:{_PLACES})\b")
_WORDS_AROUND = 6  # words either side in which a closing verb's object or subject is the company's name


_CLOSED, _HANDED_OVER = phrases(CLOSED + foreign_notices.CLOSED), phrases(HANDED_OVER + foreign_notices.HANDED_OVER)
_AFTER, _BEFORE = phrases(OF_NAME_AFTER), phrases(OF_NAME_BEFORE)


def company_gone(text: str | None, name: str | None) -> tuple[str, str] | None:
    """The rejection reason and the words, when `text` (a site's visible text) says the company
    `name` closed (`dead_domain`) or handed its management to another firm (`evidence_unverified`)."""
    plain = " ".join(phrase_text(text).replace("\u2019", "'").split())
    own = distinctive_words(name) if name else set()
    if closed := _closed(plain, own):
        return "dead_domain", closed
    if found := _HANDED_OVER.search(plain) or WE_JOINED.search(plain) or _HANDED_OVER_CJK.search(plain):
        return "evidence_unverified", found.group(0).strip()
    if found := english.HANDED_OVER.search(plain) or _new_manager(plain, own):
        return "evidence_unverified", found.group(0).strip()
    for pattern, after in ((_AFTER, True), (_BEFORE, False)):
        for found in pattern.finditer(plain):
            near = plain[found.end() : found.end() + NEAR] if after else plain[max(0, found.start() - NEAR) : found.start()]
            if own and own <= set(re.findall(r"[a-z0-9]+", near)):
                return "evidence_unverified", found.group(0)
    return None


def _closed(plain: str, own: set[str]) -> str | None:
    """The words saying the company closed for good: a phrase or an English sentence shape, not
    of one office; or a closing verb whose object or subject is the company's own name."""
    for closed in (*_CLOSED.finditer(plain), *english.CLOSED.finditer(plain)):
        before, after = plain[max(0, closed.start() - NEAR) : closed.start()], plain[closed.end() : closed.end() + NEAR]
        one_thing = _ONE_THING.search(before) or english.FOR_A_TIME.search(after)  # or a day's: "... early today"
        if not _ONE_PLACE.search(before) and not _ONE_PLACE_AFTER.search(after) and not one_thing:  # not "our Temple office"
            return closed.group(0)
    if not own:
        return None
    for found in english.CLOSING_THE_NAME.finditer(plain):  # "we've wound down <name>"
        if own <= set(re.findall(r"[a-z0-9]+", plain[found.end() : found.end() + 2 * NEAR])[:_WORDS_AROUND]):
            return found.group(0)
    for found in english.NAME_CLOSED.finditer(plain):  # "<name> officially closed on February 28"
        near = plain[max(0, found.start() - NEAR) : found.start()]
        one_place = _ONE_PLACE.search(near) or _ONE_PLACE_AFTER.search(plain[found.end() : found.end() + NEAR])
        if own <= set(re.findall(r"[a-z0-9]+", near)[-_WORDS_AROUND:]) and not one_place:
            return found.group(0).strip()
    return None


def _new_manager(plain: str, own: set[str]) -> re.Match[str] | None:
    """ "<another firm> is your new property manager", not a person nor the company itself."""
    for found in english.NEW_MANAGER.finditer(plain):
        before = plain[max(0, found.start() - NEAR) : found.start()]
        before = before[max(before.rfind("."), before.rfind(",")) + 1 :]  # the sentence's subject
        if english.FIRM_WORDS.search(before) and not (own and own <= set(re.findall(r"[a-z0-9]+", before))):
            return found
    return None
