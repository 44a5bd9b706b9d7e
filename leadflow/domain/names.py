"""Whose portal is it? The company name a portal page's title (else its logo's alt text)
shows, whether it is the candidate's, and which states the addresses it shows are in.

An agent that guesses or misremembers an account (`riversideps.managebuilding.com` for
Riverside Realty Group) points at a live portal of another company: live, but not this
company's evidence. A title such as "Riverside Property Services - Resident Center" says whose
it is; a title of portal words only ("Sign In | AppFolio") says nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Words of a portal's own title, never part of the company's name.
PORTAL_WORDS = frozenset(
    re.findall(
        r"\w+",
        """resident residents tenant tenants owner owners portal portals center centre login log logon in on
        sign signin online payment payments pay rent account accounts welcome to home page web access connect
        listings listing available rentals apply application applications applicant maintenance request
        requests secure my your for dashboard user password forgot vacancies search error not found powered by
        website site logo image
        portal en linea iniciar sesion inquilinos inquilino residentes residente propietarios propietario pagar
        pago pagos renta cuenta acceso bienvenido bienvenidos centro mi su solicitud solicitar mantenimiento
        contrasena olvido usuario sitio web""",
    )
)
# Words any property manager's name may carry, and the vendors' own names: a title made of
# these and portal words names no one.
COMMON_WORDS = frozenset(
    re.findall(
        r"\w+",
        """the and of property properties management managers manager realty real estate group services
        service homes residential investments partners company co inc llc ltd corp pm mgmt leasing apartments
        living buildium appfolio propertyware rentvine doorloop tenantcloud yardi breeze rentcafe securecafe
        rentec direct entrata resman mri realpage activebuilding loft
        de del la las el los y administracion administradora propiedades bienes raices inmobiliaria""",
    )
)
_LEGAL = frozenset(re.findall(r"\w+", "llc inc incorporated corp corporation co company ltd limited pllc plc lp llp the"))
_EXPAND = {
    "pm": "property management",
    "mgmt": "management",
    "mgt": "management",
    "properties": "property",
    "ft": "fort",
    "mt": "mount",
}
_SEPARATORS = re.compile(r"\s+[-|–—:•·]\s+|\s*\|\s*")
# token_set_ratio: a name inside the other passes; 'Riverside Property Services' and
# 'Riverside Realty Group' do not
SAME_COMPANY = 80


def _plain(text: str) -> str:
    """Lower case, accents off ('Castañeda' -> 'castaneda'), '&' spelt out."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("&", " and "))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9]+", " ", _plain(text)).split()


def title_name(title: str | None) -> str | None:
    """The company a portal page's title names, portal words dropped, or None when it names
    no one: 'Riverside Property Services - Resident Center' -> 'riverside property services'."""
    for segment in _SEPARATORS.split(title or ""):
        words = [w for w in _words(segment) if w not in PORTAL_WORDS]
        if any(w not in COMMON_WORDS and not w.isdigit() for w in words):
            return " ".join(words)
    return None


# Words only a company's name carries: a heading shows a name only when it has one of them
# ("HomeKey Rentals Franchising, LLC"; not "Pay your rent online with ease").
_COMPANY_WORDS = frozenset(
    re.findall(r"\w+", "property properties management realty real estate group homes residential rentals leasing")
    + ["llc", "inc", "corp", "ltd", "co", "pm", "mgmt"]
)


def heading_name(heading: str | None) -> str | None:
    """The company a portal page's heading names, when it reads as a company's name, else None."""
    return title_name(heading) if set(_words(heading or "")) & _COMPANY_WORDS else None


def company_key(name: str) -> str:
    """'Acme PM, LLC' -> 'acme property management': legal words out, abbreviations spelt out."""
    words = [_EXPAND.get(w, w) for w in _words(name) if w not in _LEGAL]
    return " ".join(words)


def _distinctive(key: str) -> set[str]:
    """The words of a company key that tell it from others (not portal, common or legal words)."""
    return {
        w for w in key.split() if w not in PORTAL_WORDS and w not in COMMON_WORDS and w not in ("of", "and") and not w.isdigit()
    }


def distinctive_words(name: str) -> set[str]:
    """The words that tell the company `name` from others ('Egret Pumice Property Management' ->
    {'egret', 'pumice'})."""
    return _distinctive(company_key(name))


def _conflict(key: str, other: str) -> bool:
    """Do both names carry a word of their own ('bluestar realty belton', 'bluestar realty hill
    country': two offices)? A word spelt inside the other's ('lone star', 'lonestar') is no conflict."""
    mine, theirs = _distinctive(key), _distinctive(other)
    return any(w not in "".join(sorted(theirs)) for w in mine - theirs) and any(
        w not in "".join(sorted(mine)) for w in theirs - mine
    )


def same_company(name: str, shown: str, site_text: str = "") -> bool:
    """Could the portal that shows `shown` be `name`'s? One name inside the other passes
    ('Keyrenter Austin', 'Keyrenter Property Management Austin'; not two offices of one brand,
    each with a word of its own), so do initials ('BVRS' for Brazos Valley Residential Services)
    and a name the company's own site calls its own (`self_named`)."""
    from rapidfuzz import fuzz  # loaded by the first check, not by every CLI command

    key, other = company_key(name), company_key(shown)
    if fuzz.token_set_ratio(key, other) >= SAME_COMPANY and not _conflict(key, other):
        return True
    initials = "".join(w[0] for w in _words(name) if w not in _LEGAL and w not in ("and", "of"))
    return other.replace(" ", "") == initials or self_named(shown, site_text)


def vouched(name: str, shown: str, context: str) -> bool:
    """May the company's own site link a portal showing `shown` as its own, given what the page
    says around the link (`context`)? Yes when it is the same company or shares a distinctive
    word with it without a conflicting one ('Tascosa Residential Management' for Tascosa Rentals);
    when `shown` is no company's name (a town: 'Pearsall Resident Portal'); when the link's
    surroundings do not name it (a 'Resident Login' in the menu: a legal entity's or owner's
    account); and when they name it as the site's own (`self_named`: '(c) 2026 X, LLC'). Not when
    they name it as such: a client's case study, a partner list, a referral, a sister office."""
    key, other = company_key(name), company_key(shown)
    if (_distinctive(key) & _distinctive(other) and not _conflict(key, other)) or same_company(name, shown):
        return True
    if _THEIRS.search(_plain(context)):
        return False
    if not company_like(shown) or not list(_mentions(shown, context)):
        return True
    return self_named(shown, context)


# A link's surroundings that give the portal to someone else: "see their resident portal".
_THEIRS = re.compile(r"\btheir\W+(?:new\W+|own\W+)?(?:resident\W+|tenant\W+|owner\W+|online\W+)?(?:portal|login|sign\W?in)")


_STREET_ADDRESS = re.compile(r"\d+(?:-?[a-z])?\s+\w.*\b[a-z]{2}\W*\d{5}(?:-\d{4})?$", re.I)  # a number, a street, a state and ZIP
# ... or a number and a street alone: "1319 E 15th St", "12 N. Main Street #4"
_STREET = re.compile(
    r"\d+(?:-?[a-z])?\s+(?:[nsew]\.?\s+)?(?:[\w.]+\s+){0,3}(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|"
    r"ct|court|way|pl|place|trl|trail|pkwy|parkway|cir|circle|ter|terrace|hwy|highway)\.?(?:\s*(?:#|apt|unit|ste|suite)\.?\s*\w+)?$",
    re.I,
)


def company_like(shown: str) -> bool:
    """Does `shown` read as a company's name rather than a place's ('pearsall', or a listing's
    street address, '3307 tamarack trl austin tx 78723')?"""
    if _STREET_ADDRESS.match(shown.strip()) or _STREET.match(shown.strip()):
        return False
    words = [w for w in _words(shown) if w not in _LEGAL]
    return len(words) > 1 or bool(set(words) & _COMPANY_WORDS)


def _mentions(shown: str, site_text: str) -> Iterator[re.Match[str]]:
    """Where the site's text names `shown` (its words in order, legal words aside, a word or two between)."""
    words = [w for w in _words(shown) if w not in _LEGAL]
    if not words:
        return iter(())
    gap = r"\W+(?:\w+\W+){0,2}?"  # a word or two the portal's title dropped ('Angleton Home Leasing')
    return re.finditer(r"\b" + gap.join(re.escape(w) for w in words) + r"\b", _plain(site_text or ""))


# Words before a name by which a site calls it its own ("formerly Quihi Creek Realty", "a d/b/a of
# BRH Realty Group LLC", "(c) 2026 Chalk Bluff Holdings", "Owned and operated by Wells Family
# Partners", "Broker: Ramsey-Oliver Realty LLC", "a member of The Palestine Group family of
# companies", "our own brand, Waller Creek Homes", a menu's "Resident Login (Oak Thistle
# Management LLC)"), and after it ("X d/b/a Y", "X, a division of
# Y", "X, LLC. All rights reserved", "X Realty, Inc., Broker").
_SELF_BEFORE = re.compile(
    r"(?:formerly|previously|(?:formerly|previously|also) known as|f\W?k\W?a|d\W?b\W?a|doing business as|"
    r"(?:brand|division|subsidiary|d\W?b\W?a|member|affiliate|trade name|assumed name) of(?: the)?|"
    r"(?<!now )part of(?: the)?|brand|"
    r"(?:locally )?owned and operated by|(?:locally )?owned by|operated by|brought to you by|services provided by|"
    r"started as|(?:licensed |sponsoring |designated )?broker(?: of record)?\s*:|brokerage\s*:|"
    r"information about brokerage services|copyright|\(c\)|©|"
    r"(?:resident|tenant|owner)s?\W+(?:login|log in|portal|center|sign\W?in)\s*\()"
    r"\W*(?:\d{4}\W*(?:\d{4}\W*)?)?$"
)
_LEGAL_TAIL = r"(?:\W*(?:llc|inc|ltd|corp|co|lp)\b)?"
_SELF_AFTER = re.compile(
    rf"^{_LEGAL_TAIL}\W*(?:d\W?b\W?a|doing business as|all rights reserved|todos los derechos reservados|family of companies|"
    r"(?:is\s+)?a\s+(?:licensed\s+)?(?:texas\s+)?(?:real\s+estate\s+)?broker|a\s+texas\s+limited|trec\b|(?:tx\s+)?licen[cs]e\s*#|"
    r"(?:is\s+)?an?\s+(?:division|brand|subsidiary)\s+of)"
    rf"|^{_LEGAL_TAIL}\.?\s*,\s*(?:owner(?:\s+and\s+broker)?|broker)\b"  # "X, Broker", "Rodney Pruitt, owner & broker"
)


def self_named(shown: str, site_text: str) -> bool:
    """Does the site call the company `shown` names its own (see _SELF_BEFORE)?"""
    text = _plain(site_text or "")
    for m in _mentions(shown, site_text):
        if _SELF_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _SELF_AFTER.search(text[m.end() : m.end() + 40]):
            return True
    return False


# A company's name in running text: capitalised words (with of/and/&), ended by punctuation or a
# lower-case word.
_NAME = r"(?P<name>[A-Z0-9][\w&'-]*(?:\s+(?:[A-Z0-9&][\w&'-]*|of|and|the))*)"
# The site's own word that a name is another company's: "our rental homes are managed by our
# affiliate, Heron Coast Property Management, LLC", "our sister company, Lakeside PM", "acquired by
# Cross Timbers Residential", "has joined Orrisroot Residential".
_ROLE = r"(?:affiliate|affiliated\s+company|sister\s+company|partner\s+company|parent\s+company)"
_THIRD_PARTY = re.compile(
    rf"(?i:\bmanaged\s+by|\bacquired\s+by|\bnow\s+part\s+of|\bmerged\s+(?:with|into)|\bsold\s+to|\bha(?:s|ve)\s+joined|"
    rf"\bnot\s+affiliated\s+with|"
    rf"\b(?:our|an?)\s+{_ROLE})"
    rf"[\s,:]+(?i:(?:our|an?|the)\s+(?:{_ROLE}|partner)[\s,:]+)?{_NAME}"
)
# What a community's portal says of its manager: "Professionally managed by Osprey Living".
_MANAGER = re.compile(rf"(?i:\bprofessionally\s+managed\s+by)[\s,:]+{_NAME}")
# Words that make a name a franchisor's (or a head office's): its account serves its own staff,
# never a franchise office's residents ("HomeKey Rentals Franchising, LLC" is not "HomeKey
# Rentals of Waco").
FRANCHISOR_WORDS = frozenset({"franchising", "franchisor", "franchise", "franchises", "corporate", "headquarters"})


def _name_of(m: re.Match[str]) -> str:
    return re.sub(r"(?:\s+(?:of|and|the))+$", "", m.group("name"))


def manager_named(portal_text: str | None) -> str | None:
    """The company a community's portal says manages it, if any."""
    m = _MANAGER.search(portal_text or "")
    return _name_of(m) if m else None


# Words that name where a business went ("acquired by X", "has joined X"). Of the site's own
# company, X is another only when the business that went is the site's ("we have joined X"):
# "Hollis Street Rentals has joined X" on X's own site is its welcome to the firm that joined it.
_WENT_TO = re.compile(r"(?i:acquired\s+by|now\s+part\s+of|merged\s+(?:with|into)|ha(?:s|ve)\s+joined)")
_FIRST_PERSON = re.compile(r"(?i:\b(?:we|we've|us|our)\b)[^.!?]*$")


def third_parties(site_text: str, *, of_the_site: bool = False) -> list[str]:
    """The companies a site itself says are others ("managed by our affiliate, X"), in order;
    `of_the_site`: others than the site's own company (where another firm went is not, unless
    the site says it went there itself)."""
    text = site_text or ""
    found = []
    for m in _THIRD_PARTY.finditer(text):
        went = _WENT_TO.match(m.group(0))
        if of_the_site and went and not _FIRST_PERSON.search(text[max(0, m.start() - 80) : m.start()]):
            continue  # another firm went to X, maybe the site's own company
        found.append(_name_of(m))
    return list(dict.fromkeys(found))


def franchisor_of(name: str, shown: str) -> bool:
    """Is `shown` a franchisor's or head office's name where `name` is not one?"""
    mine, theirs = set(_words(name)), set(_words(shown))
    return bool(theirs & FRANCHISOR_WORDS - mine)
