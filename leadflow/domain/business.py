"""Whether a company's website reads as a property manager's.

An agent pairs a real company's name with the wrong domain often enough: a same-named pest
control firm, a restaurant on an old domain, a blog, a realtor's page. When the site links the
account portal, the link ties the two; when it does not (an unlinked live portal, `medium`), the
site must at least be in the business: it speaks of rentals, leasing, tenants or residents, or
of property or association management. A site that could not be read (a bot wall, a shell
drawn by script) is not judged.
"""

from __future__ import annotations

import re

_IN_THE_BUSINESS = re.compile(
    r"\b(?:property\s+manag\w*|propert(?:y|ies)\s+for\s+rent|rentals?|for\s+rent|leasing|tenants?|residents?|landlords?|"
    r"hoa|homeowners?\s+associations?|association\s+management|community\s+management|apartments?|"
    r"administraci[oó]n\s+de\s+propiedades|rentas?|inquilinos?|"
    # Portuguese, Vietnamese, Russian, Haitian Creole
    r"alug(?:uel|ar)|loca[cç][aã]o|im[oó]veis\s+para\s+alugar|administra[cç][aã]o\s+de\s+im[oó]veis|"
    r"cho\s+thu[eê]|ng[uư][oờ]i\s+thu[eê]|qu[aả]n\s+l[yý]\s+nh[aà]|"
    r"аренд\w*|арендатор\w*|управлени\w*\s+(?:жилой\s+)?недвижимост\w*|"
    r"lwe|lwaye|lokat[eè]|jesyon\s+pwopriyete)\b",
    re.IGNORECASE,
)
# Scripts written without spaces between words (Chinese, Korean) and Arabic: matched anywhere.
_IN_THE_BUSINESS_UNSPACED = re.compile(
    r"物业管理|物業管理|出租|招租|收租|租客|租户|租戶|房东|房東|租赁|租賃|"
    r"부동산\s*관리|임대|세입자|건물주|"
    r"إدارة العقارات|إيجار|مستأجر"
)


# "Acme PM": a name's abbreviation, after a word (not "9 AM to 5 PM").
_PM_ABBREVIATION = re.compile(r"\b[A-Za-z][A-Za-z&.']*\s+PMs?\b")


def reads_as_property_manager(text: str | None) -> bool:
    """Does a site's visible text speak of managing or renting property?"""
    text = text or ""
    return bool(_IN_THE_BUSINESS.search(text) or _IN_THE_BUSINESS_UNSPACED.search(text) or _PM_ABBREVIATION.search(text))


BUSINESS_TEXT = 200  # visible characters a homepage must show before it is judged another business's


def another_business(text: str | None) -> bool:
    """Does a homepage read in full (not a script-drawn shell showing little but its title) never
    speak of renting or managing property?"""
    return len(text or "") >= BUSINESS_TEXT and not reads_as_property_manager(text)
