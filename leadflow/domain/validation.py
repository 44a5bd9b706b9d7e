"""Is this candidate a real, eligible, new company? Every "no" carries a readable reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from leadflow.domain.business import another_business
from leadflow.domain.checks import LiveChecks, PortalCheck, SiteCheck, describe_check, linked_evidence
from leadflow.domain.closures import company_gone
from leadflow.domain.criteria import LeadCriteria, state_code
from leadflow.domain.domains import InvalidDomain, normalise_domain
from leadflow.domain.evidence import (
    ACCOUNT_IS_A_PROPERTY,
    BLOCKS_SERVER_CHECKS,
    PLATFORM_DOMAINS,
    VENDOR_DOMAINS,
    account_of,
    classify,
    pms_from_url,
    shared_signin_of,
)
from leadflow.domain.models import Candidate, Verdict
from leadflow.domain.names import company_like, franchisor_of, same_company, third_parties, vouched
from leadflow.domain.reasons import REASONS
from leadflow.domain.states import address_states, names_state, states_mentioned

# Reasons, in the order the checks run. `status` and exports show these words.

MAX_NAME = 200
MAX_CITY = 100
MAX_URL = 2048
NAME_MATCH_THRESHOLD = 95  # token_sort_ratio on name keys: typos and suffixes, not 'Oak' vs 'Oak Tree'

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")  # C0, DEL and C1 (e.g. \x9b, the 8-bit CSI)
_NAME_NOISE = re.compile(
    r"\b(llc|l\.l\.c|inc|incorporated|corp|corporation|co|company|ltd|pllc|lp|llp|the|and|"
    r"property|properties|management|mgmt|managers?|realty|real estate|group|services|pm)\b"
)


def clean_text(value: str | None, limit: int) -> str | None:
    """Untrusted text -> one line, no control characters, capped. Stored as data, never obeyed."""
    if value is None:
        return None
    text = " ".join(_CONTROL.sub(" ", str(value)).split())
    return text[:limit] or None


def name_key(name: str | None) -> str:
    """'Oak Ridge Property Management, LLC' -> 'oak ridge' for near-duplicate matching."""
    text = re.sub(r"[^a-z0-9 ]+", " ", (name or "").lower().replace("&", " and "))
    return " ".join(_NAME_NOISE.sub(" ", text).split())


def clean_candidate(c: Candidate) -> Candidate:
    return Candidate(
        name=clean_text(c.name, MAX_NAME),
        domain=clean_text(c.domain, MAX_URL),
        city=clean_text(c.city, MAX_CITY),
        state=clean_text(c.state, 40),
        pms=clean_text(c.pms, 60),
        evidence_url=clean_text(c.evidence_url, MAX_URL),
    )


@dataclass
class RunContext:
    """What validation must know about the run so far. Filled by the store, in one transaction."""

    criteria: LeadCriteria
    remaining: int  # validated slots left before the target
    validated: dict[str, tuple[str, str]] = field(default_factory=dict)  # domain -> (name key, city)
    # portal account -> the validated domain it is the evidence of: one account is one company
    accounts: dict[str, str] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)
    previously_delivered: set[str] = field(default_factory=set)
    delivered_accounts: dict[str, str] = field(default_factory=dict)  # portal account -> the domain delivered with it
    allow_unverified: bool = False
    live: LiveChecks | None = None  # what leadflow saw live; None when live checks are off


def _reject(reason: str, detail: str | None = None, domain: str | None = None) -> Verdict:
    return Verdict(accepted=False, reason=reason, detail=detail or REASONS[reason], domain=domain)


def judge(c: Candidate, ctx: RunContext) -> Verdict:
    """Validate one cleaned candidate against the run. Does not change `ctx`."""
    domain = domain_of(c)
    if isinstance(domain, Verdict):
        return domain
    if domain in ctx.blocked:
        return _reject("blocked", domain=domain)
    if domain in ctx.previously_delivered:
        return _reject("previously_delivered", domain=domain)
    mismatch = claim_mismatch(c, domain, ctx.criteria)
    if mismatch is not None:
        return mismatch
    proven = pms_from_url(c.evidence_url)
    evidence = _evidence(c, domain, proven, ctx)
    if evidence.reason is not None:
        return evidence
    if domain in ctx.validated:
        return _reject("duplicate", domain=domain)
    account = account_of(evidence.evidence_url or c.evidence_url)
    holder = ctx.accounts.get(account) if account else None
    if holder is not None and holder != domain:  # two domains, one account: the same company (an old brand, a second site)
        return _reject("duplicate", f"the same {proven or ctx.criteria.pms} account as {holder} ({account})", domain)
    delivered = ctx.delivered_accounts.get(account) if account else None
    if delivered is not None and delivered != domain:
        return _reject("previously_delivered", f"delivered as {delivered}, the same account ({account})", domain)
    key, city = name_key(c.name), (c.city or "").strip().lower()
    if key and city:
        from rapidfuzz import fuzz  # loaded by the first check, not by every CLI command

        for other_domain, (other_key, other_city) in ctx.validated.items():
            if other_city == city and other_key and fuzz.token_sort_ratio(key, other_key) >= NAME_MATCH_THRESHOLD:
                return _reject("possible_duplicate", f"looks like {other_domain} in the same city", domain)
    if ctx.remaining <= 0:
        return _reject("over_target", domain=domain)
    return evidence.model_copy(update={"accepted": True, "domain": domain})


def domain_of(c: Candidate) -> str | Verdict:
    """The candidate's normalised domain, or the rejection of a candidate that names no company
    (no name, a bad domain, the PMS vendor's or a platform's own domain)."""
    if not c.name or not re.search(r"[A-Za-z0-9]", c.name):
        return _reject("malformed")
    try:
        domain = normalise_domain(c.domain)
    except InvalidDomain as exc:
        return _reject("invalid_domain", f"{REASONS['invalid_domain']}: {exc}")
    if domain in VENDOR_DOMAINS:
        return _reject("vendor_domain", domain=domain)
    if domain in PLATFORM_DOMAINS:
        return _reject("platform_domain", domain=domain)
    return domain


def claim_mismatch(c: Candidate, domain: str, criteria: LeadCriteria) -> Verdict | None:
    """The rejection of a candidate whose own claims miss the criteria (another state, evidence
    of another PMS), else None. Needs no network: the live checks skip what it rejects."""
    if state_code(c.state) != criteria.state:
        return _reject("wrong_state", f"state {c.state!r} is not {criteria.state}", domain)
    proven = pms_from_url(c.evidence_url)
    if proven is not None and proven != criteria.pms:
        return _reject("pms_mismatch", f"evidence shows {proven}, not {criteria.pms}", domain)
    return None


def _evidence(c: Candidate, domain: str, proven: str | None, ctx: RunContext) -> Verdict:
    """The PMS evidence of a candidate, as leadflow itself saw it: a rejection, or an
    (unfinished) accepting verdict carrying confidence and provenance."""
    pms = ctx.criteria.pms
    if ctx.live is None:  # live checks off: the URL's shape is all we know
        return _unchecked(c, domain, proven, ctx)
    site = ctx.live.sites.get(domain)
    site_note = describe_check(site) if site else None
    if site is not None and (against := _site_against(site, c, pms, ctx.criteria.state, domain, site_note)):
        return against
    # Every piece of evidence counts only as leadflow saw it: fetched, and live for that account.
    linked = [(u, ctx.live.portals.get(u)) for u in (linked_evidence(site, pms) if site else [])]
    state, posted = ctx.criteria.state, set(site.posted_links) if site else set()
    theirs = _theirs(c, linked, state, site, posted)  # live portals the site links that are another company's
    given = ctx.live.portals.get((c.evidence_url or "").strip()) if proven == pms else None
    site_live = next(((u, p) for u, p in linked if p is not None and p.live and pms_from_url(u) and u not in theirs), None)
    signin_live = next(((u, p) for u, p in linked if p is not None and p.live and not pms_from_url(u)), None)
    if site_live is not None:  # the company's own site links a live account portal: the best proof
        url, check = site_live
        aged = _old_post(site, url, ctx.live.checked_at.get(domain))  # unless only an old post links it
        return _accept("medium" if aged else "high", "site_links_portal", url, check, ctx, site_note)
    if given is not None and given.live:  # a live account portal the site does not link (or could not show)
        return _unlinked(c, given, theirs.get(given.url), site, domain, ctx, site_note)
    sent = next(((u, who) for u, (who, residents) in theirs.items() if residents and u not in posted), None)
    if sent is not None and signin_live is None:  # its residents sent to another company's portal
        return _reject("evidence_unverified", f"the website links {sent[0]}, the portal of {sent[1]}, not of {c.name!r}", domain)
    linked = [(u, p) for u, p in linked if u not in theirs]  # another company's portal proves nothing of this one
    if signin_live is not None:  # the vendor's one shared sign-in, linked from the site: names no account
        url, check = signin_live
        return _accept("medium", "site_links_signin", url, check, ctx, site_note)
    seen = [(u, p) for u, p in [*linked, ((c.evidence_url or "").strip(), given)] if p is not None]
    if any(p.transient for _, p in seen):
        u, p = next((u, p) for u, p in seen if p.transient)
        return _reject("check_failed", f"evidence {u}: {p.detail}", domain)
    if seen and all(p.verdict == "blocked" for _, p in seen):
        u, p = seen[0]
        why = BLOCKS_SERVER_CHECKS.get(pms, "its portal answered with a bot wall")
        return _reject("unverifiable", f"{pms} cannot be verified from here ({why}): {u}: {p.detail}", domain)
    if seen and (moved := _moved_to(site, pms, seen)):
        return _reject("pms_mismatch", moved, domain)
    if seen:
        u, p = seen[0]
        where = "the website links" if any(u == x for x, _ in linked) else "the evidence URL"
        return _reject("evidence_unverified", f"{where} {u}, which is not a live account portal: {p.verdict}: {p.detail}", domain)
    if linked:  # a link is no proof until it is fetched
        return _reject("evidence_unverified", f"the website links {linked[0][0]}, which was not checked", domain)
    if ctx.allow_unverified:
        return Verdict(accepted=False, confidence="none", evidence_method="unverified", site_check=site_note)
    detail = REASONS["no_pms_evidence"] if not c.evidence_url else _not_a_portal(c.evidence_url, pms)
    if theirs:  # all the site links is another company's portal
        url, (who, _) = next(iter(theirs.items()))
        return _reject("no_pms_evidence", f"{detail}; the website links only {url}, the portal of {who}", domain)
    return _reject("no_pms_evidence", detail + (f"; website: {site_note}" if site_note else ""), domain)


OLD_POST_MONTHS = 60  # a post older than this (five years) that alone links a portal proves it with medium confidence


def _old_post(site: SiteCheck | None, url: str, checked_at: datetime | None) -> bool:
    """Is `url` linked only from a dated post over OLD_POST_MONTHS months older than the check?"""
    month = site.posted_months.get(url) if site else None
    if month is None:
        return False
    now = checked_at or datetime.now(UTC)
    year, mon = (int(part) for part in month.split("-"))
    return (now.year - year) * 12 + now.month - mon > OLD_POST_MONTHS


def _unchecked(c: Candidate, domain: str, proven: str | None, ctx: RunContext) -> Verdict:
    """The evidence with live checks off: the URL's shape of an account portal, or nothing."""
    if proven is not None:
        return Verdict(accepted=False, confidence="medium", evidence_method="unverified")
    if ctx.allow_unverified:
        return Verdict(accepted=False, confidence="none", evidence_method="unverified")
    detail = REASONS["no_pms_evidence"] if not c.evidence_url else f"evidence URL is not a known {ctx.criteria.pms} portal"
    return _reject("no_pms_evidence", detail, domain)


def _site_against(site: SiteCheck, c: Candidate, pms: str, state: str, domain: str, site_note: str | None) -> Verdict | None:
    """The rejection the company's own site alone decides: dead, unchecked, another state's (every
    address it shows is elsewhere and it names neither `state` nor the company's city), another
    PMS's, or closed or handed over to another firm (`closures`)."""
    if site.verdict in ("dead", "parked"):  # 'unreachable' (a bot wall, TLS) is not proof of death
        return _reject("dead_domain", f"website {domain}: {site_note}", domain)
    if site.transient:
        return _reject("check_failed", f"website {domain}: {site_note}", domain)
    if (elsewhere := address_states(site.home_text)) and not names_state(site.home_text, state, c.city):
        return _reject("wrong_state", f"website {domain}: its addresses are in {', '.join(elsewhere)}, none in {state}", domain)
    shown = list(dict.fromkeys([*site.claimed_pms, *filter(None, map(shared_signin_of, site.signin_links))]))
    if shown and pms not in shown:  # its account portals, or a vendor's one shared sign-in
        return _reject("pms_mismatch", f"the website links {', '.join(shown)}, not {pms}", domain)
    if gone := company_gone(f"{site.home_text or ''} {site.link_text or ''}", c.name):
        return _reject(gone[0], f"website {domain} says the company is gone: {gone[1]!r}", domain)
    others = third_parties(site.home_text, of_the_site=True)
    if c.name and (other := next((t for t in others if same_company(c.name, t)), None)):
        return _reject("evidence_unverified", f"the website {domain} calls {other!r} another company: not its site", domain)
    return None


def _unlinked(
    c: Candidate,
    given: PortalCheck,
    theirs: tuple[str, bool] | None,
    site: SiteCheck | None,
    domain: str,
    ctx: RunContext,
    site_note: str | None,
) -> Verdict:
    """A live account portal given as evidence that the company's site does not link: `medium`,
    unless it is another company's, or the site is another business's."""
    if other := theirs or _whose(c, given, ctx.criteria.state, site, given.url, claimed=False):
        detail = f"the evidence URL {given.url} is the portal of {other[0]}, not of {c.name!r}"
        return _reject("evidence_unverified", detail, domain)
    if site is not None and site.verdict == "live" and another_business(site.home_text):  # not a wall
        detail = f"the evidence URL {given.url} is live, but the website {domain} does not read as a property manager's"
        return _reject("evidence_unverified", detail, domain)
    return _accept("medium", "portal_live", None, given, ctx, site_note)


def _moved_to(site: SiteCheck | None, pms: str, seen: list[tuple[str, PortalCheck]]) -> str | None:
    """Why a company left `pms`, or None: a portal of it now sends residents to another PMS, or
    every one is dead while the site links another PMS's portal."""
    sent = next(((u, p) for u, p in seen if p.verdict == "wrong_pms"), None)
    if sent is not None:
        return f"{sent[0]}: {sent[1].detail}"
    others = [found for found in (site.claimed_pms if site else []) if found != pms]
    if not others or any(p.verdict != "dead" for _, p in seen):
        return None
    u, p = seen[0]
    return f"the website links {', '.join(others)}; its {pms} portal {u} is dead: {p.detail}"


def _theirs(
    c: Candidate, linked: list[tuple[str, PortalCheck | None]], state: str, site: SiteCheck | None, posted: set[str]
) -> dict[str, tuple[str, bool]]:
    """The live portals the site links that are another company's (`_whose`), by URL (`posted`:
    those only a post links)."""
    found: dict[str, tuple[str, bool]] = {}
    for url, check in linked:
        if check is not None and check.live and (whose := _whose(c, check, state, site, url, url not in posted)):
            found[url] = whose
    return found


def _whose(
    c: Candidate, check: PortalCheck, state: str, site: SiteCheck | None, url: str, claimed: bool
) -> tuple[str, bool] | None:
    """Whose a live portal is when not the candidate's, and whether residents are sent there: one
    the portal says another company manages, a franchisor's or head office's, or one the
    company's site itself calls another company's ("managed by our affiliate, X"). Else, when the
    site `claimed` it (links it from a page of its own, not only a post), one showing a name the
    site does not vouch for (`names.vouched`: a legal entity, an old brand pass; a client or a
    partner it only mentions does not); unclaimed, one whose title names another company (an
    agent's guessed or mistaken account) or whose addresses are all outside `state` and the
    homepage's states. Titles are not compared for vendors whose accounts are communities."""
    shown, name = check.shows_name, c.name or ""
    home = site.home_text if site else ""
    around = f"{home} {site.link_text}" if site else ""  # also what the page that links the portal says
    if check.managed_by and not same_company(name, check.managed_by):
        return f"{check.managed_by!r}, which the portal says manages it", True
    if check.pms in ACCOUNT_IS_A_PROPERTY:
        return None
    if shown and franchisor_of(name, shown):
        return f"{shown!r}, a franchisor's or head office's account", True
    if shown and any(same_company(other, shown) and not same_company(name, other) for other in third_parties(around)):
        return f"{shown!r}, another company by the website's own word", True
    if claimed:
        return (
            None
            if not shown or vouched(name, shown, site.link_contexts.get(url, "") if site else "")
            else (f"{shown!r}, named beside the link as another company", False)
        )
    if shown and company_like(shown) and not same_company(name, shown, home):  # its title, not a cached match
        return repr(shown), False
    if check.shows_states and not {state, *states_mentioned(home)} & set(check.shows_states):
        return f"a company in {', '.join(check.shows_states)}", False
    return None


def _accept(confidence: str, method: str, url: str | None, check: PortalCheck, ctx: RunContext, site_note: str | None) -> Verdict:
    """An (unfinished) accepting verdict, with what proved it and what the fetch saw."""
    assert ctx.live is not None
    return Verdict(
        accepted=False,
        confidence=confidence,
        evidence_method=method,
        evidence_url=url,
        evidence_http_status=check.http_status,
        evidence_checked_at=ctx.live.checked_at.get(check.url),
        site_check=site_note,
        portal_check=f"{check.url}: {check.detail}" if check.detail else check.url,
    )


def _not_a_portal(url: str, pms: str) -> str:
    found = classify(url)
    if found is not None and found.kind != "account":
        what = {"sign-in": "a shared sign-in", "site": "the vendor's own site", "assets": "an image, script or style"}
        return f"the evidence URL is {what[found.kind]} of {found.pms or 'a vendor'}, not an account portal"
    return f"evidence URL is not a known {pms} portal"


def validate_batch(candidates: list[Candidate], ctx: RunContext) -> list[tuple[Candidate, Verdict]]:
    """Judge a batch in order; each accepted company is seen by the ones after it."""
    results = []
    for raw in candidates:
        cand = clean_candidate(raw)
        verdict = judge(cand, ctx)
        if verdict.accepted:
            assert verdict.domain is not None
            ctx.validated[verdict.domain] = (name_key(cand.name), (cand.city or "").strip().lower())
            if account := account_of(verdict.evidence_url or cand.evidence_url):
                ctx.accounts.setdefault(account, verdict.domain)
            ctx.remaining -= 1
        results.append((cand, verdict))
    return results
