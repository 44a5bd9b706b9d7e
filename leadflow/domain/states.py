"""Where a page places a company: the states of the addresses it shows, and whether it names the
state a run asks for at all.

A homepage whose addresses are all in other states, and that never names the state asked for,
is a same-named firm elsewhere (`wrong_state`). A real company often shows only its head office
or a mailing box across the line and names its own state another way: an abbreviation ("Fla.",
"Western N.C."), its licence board ("TREC License #", "CalDRE #02109876"), a nickname ("ATX",
"NKY"), or its town ("our Austin office"). A state's name inside another place's is no such
mention: "Virginia" in "West Virginia", "Kansas" in "Kansas City", "Washington" as the town of
"Washington, MO 63090".
"""

from __future__ import annotations

import re

from leadflow.domain.criteria import US_STATES
from leadflow.domain.phrases import plain

# "Columbus, OH 43214"; after a comma, the code as many small sites write it: "El Paso, Tx 79912"
_ADDRESS = re.compile(r"\b([A-Z]{2})\s+\d{5}(?:-\d{4})?\b|,\s*([A-Z][a-z])\s+\d{5}(?:-\d{4})?\b")
# The town of such an address: "Washington" of "Washington, MO 63090", "Kansas City" of "Kansas City, MO 64111"
_TOWN = re.compile(r"((?:[A-Z][A-Za-z.'-]*\s+){0,2}[A-Z][A-Za-z.'-]*),\s*([A-Z][A-Za-z])\s+\d{5}")
# A Mexican address: its postal code is written "C.P. 32310" ("Cd. Juárez, Chih., C.P. 32310, México").
_MEXICAN_ADDRESS = re.compile(r"\bC\.\s?P\.?\s*\d{5}\b")
MEXICO = "MX"  # not a state: an address there is in no state asked for
# A Canadian address: a province code and a postal code ("Markham, ON L3R 5B4").
_CANADIAN_ADDRESS = re.compile(r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
CANADA = "CANADA"  # likewise
# Places whose name holds a state's but names no state: Kansas City is in Missouri as much as in
# Kansas, Michigan City in Indiana; a Hoboken firm's "New York City" is where its tenants commute.
_NOT_A_STATE = ("kansas city", "michigan city", "nevada city", "arkansas city", "missouri city", "new york city")
# Nor is a state's name in a street, river, lake, township or neighbourhood: "Georgia Ave",
# "Ohio River", "Lake Michigan", "Texas Township", "Maryland Heights", "Delaware Valley".
_PLACE_WORDS = (
    "avenue|ave|street|st|boulevard|blvd|road|rd|drive|dr|lane|ln|way|parkway|pkwy|highway|hwy|"
    "river|township|twp|heights|park|valley|corners|square"
)
# Codes that are English words too ("CALL OR TEXT", "LOG IN", "OK"): a state only after a comma ("Salem, OR").
_WORD_CODES = frozenset({"AL", "CO", "DE", "HI", "ID", "IN", "LA", "MA", "MD", "ME", "MO", "MS", "OH", "OK", "OR", "PA"})

# What names a state besides its name and code: the abbreviation newspapers and letterheads use,
# a nickname, its real-estate licence board (a Texas broker shows "TREC License #"). Case-sensitive.
_ABBREVIATIONS = {
    "AL": "Ala.",
    "AZ": "Ariz.",
    "AR": "Ark.",
    "CA": "Calif.",
    "CO": "Colo.",
    "CT": "Conn.",
    "DE": "Del.",
    "FL": "Fla.",
    "GA": "Ga.",
    "IL": "Ill.",
    "IN": "Ind.",
    "KS": "Kan.",
    "KY": "Ky.",
    "LA": "La.",
    "MD": "Md.",
    "MA": "Mass.",
    "MI": "Mich.",
    "MN": "Minn.",
    "MS": "Miss.",
    "MO": "Mo.",
    "MT": "Mont.",
    "NE": "Neb.",
    "NV": "Nev.",
    "NH": "N.H.",
    "NJ": "N.J.",
    "NM": "N.M.",
    "NY": "N.Y.",
    "NC": "N.C.",
    "ND": "N.D.",
    "OK": "Okla.",
    "OR": "Ore.",
    "PA": "Pa.",
    "RI": "R.I.",
    "SC": "S.C.",
    "SD": "S.D.",
    "TN": "Tenn.",
    "TX": "Tex.",
    "VT": "Vt.",
    "VA": "Va.",
    "WA": "Wash.",
    "WV": "W.Va.",
    "WI": "Wis.",
    "WY": "Wyo.",
    "DC": "D.C.",
}
_OTHER_TELLS: dict[str, tuple[str, ...]] = {
    "TX": (r"\bATX\b", r"\bTREC\b"),
    "CA": (r"\bCal\s?DRE\b", r"\bDRE\s*(?:#|No\.|Lic)", r"\bSoCal\b", r"\bNorCal\b"),
    "FL": (r"\bFREC\b",),
    "NY": (r"\bNYS\s+(?:DOS|Department of State)\b",),
    "NC": (r"\bNCREC\b",),
    "SC": (r"\bSCREC\b",),
    "AZ": (r"\bADRE\b",),
    "KY": (r"\bNKY\b",),
    "PA": (r"\bPenn\.", r"\bPenna\."),
    "KS": (r"\bKans\.",),
    "WI": (r"\bWisc\.",),
    "OR": (r"\bOreg\.",),
    "NE": (r"\bNebr\.",),
    "NM": (r"\bN\.\s?Mex\.",),
    "VA": (r"\bNOVA\b", r"\bNorthern Virginia\b"),
}
STATE_TELLS: dict[str, tuple[str, ...]] = {
    code: (r"(?<![A-Za-z.])" + re.escape(abbreviation), *_OTHER_TELLS.get(code, ()))
    for code, abbreviation in _ABBREVIATIONS.items()
}


def _words(text: str) -> str:
    return f" {' '.join(re.sub(r'[^a-z0-9]+', ' ', plain(text)).split())} "


_STATE_NAMES = sorted(((code, _words(name)) for code, name in US_STATES.items()), key=lambda item: -len(item[1]))
_ANY_NAME = "|".join(name.strip() for _, name in _STATE_NAMES)  # the longest first
_NAMED_AFTER = re.compile(rf"(?<= )(?:lake (?:{_ANY_NAME})|(?:{_ANY_NAME}) (?:{_PLACE_WORDS}))(?= )")


def address_states(text: str | None) -> list[str]:
    """The US states of the street addresses a page shows (a state code and a ZIP), in order, and
    MEXICO or CANADA for an address there."""
    codes = [(upper or mixed).upper() for upper, mixed in _ADDRESS.findall(text or "")]
    found = [code for code in codes if code in US_STATES]
    if _MEXICAN_ADDRESS.search(text or ""):
        found.append(MEXICO)
    if _CANADIAN_ADDRESS.search(text or ""):
        found.append(CANADA)
    return list(dict.fromkeys(found))


def towns_elsewhere(text: str | None, state: str) -> set[str]:
    """The towns of a page's addresses outside `state`: 'Washington' of 'Washington, MO 63090'."""
    return {
        " ".join(town.split()) for town, code in _TOWN.findall(text or "") if code.upper() in US_STATES and code.upper() != state
    }


def states_mentioned(text: str | None, *, towns: set[str] | frozenset[str] = frozenset()) -> set[str]:
    """The states a page names: in addresses ('Tulsa, OK 74119') or by name ('Oklahoma'), a name
    inside a longer one ('West Virginia'), `towns` and Kansas City aside."""
    words = _words(text or "")
    for place in (*_NOT_A_STATE, *towns):
        words = words.replace(_words(place), " ")
    words = _NAMED_AFTER.sub(" ", words)
    named = set()
    for code, name in _STATE_NAMES:  # the longest first: 'west virginia' is not also 'virginia'
        if name in words:
            named.add(code)
            words = words.replace(name, " ")
    return named | set(address_states(text))


def names_state(text: str | None, state: str, city: str | None = None) -> bool:
    """Does a page name `state` at all: by name, in an address, as its code ('Austin, TX'), by a
    tell (STATE_TELLS), or by the company's `city` where no other state follows it ('our Austin
    office'; not 'Austin, MN', nor the town of an address elsewhere)?"""
    text = text or ""
    towns = towns_elsewhere(text, state)
    code = rf",\s*{state}\b" if state in _WORD_CODES else rf"\b{re.escape(state)}\b"
    if state in states_mentioned(text, towns=towns) or re.search(code, text):
        return True
    if any(re.search(tell, text) for tell in STATE_TELLS.get(state, ())):
        return True
    if not city or city.lower() in {town.lower() for town in towns}:
        return False
    return bool(re.search(rf"\b{re.escape(city)}\b(?!,?\s+(?!{state}\b)[A-Z]{{2}}\b)", text, re.I))
