"""Is this candidate a real, eligible, new company? Every "no" carries a readable reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from leadflow.criteria import LeadCriteria, state_code
from leadflow.domains import InvalidDomain, normalise_domain
from leadflow.evidence import PLATFORM_DOMAINS, VENDOR_DOMAINS, pms_from_url
from leadflow.models import Candidate, Verdict
from leadflow.verification import SiteCheck, describe_check

# Reasons, in the order the checks run. `status` and exports show these words.
REASONS = {
    "malformed": "no usable company name",
    "invalid_domain": "the website is not a valid domain",
    "vendor_domain": "the website is a PMS vendor's, not the company's",
    "platform_domain": "the website is a directory or social profile, not the company's",
    "blocked": "the domain is on the blocklist",
    "previously_delivered": "delivered by an earlier run",
    "wrong_state": "the company is not in the requested state",
    "pms_mismatch": "the evidence shows a different PMS",
    "no_pms_evidence": "no evidence URL proving the PMS",
    "duplicate": "the domain is already in this run",
    "possible_duplicate": "same-city company with a near-identical name is already in this run",
    "over_target": "valid, but the run's target was already met",
}

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
    blocked: set[str] = field(default_factory=set)
    previously_delivered: set[str] = field(default_factory=set)
    allow_unverified: bool = False
    sites: dict[str, SiteCheck] | None = None  # domain -> website check, when verify_sites is on


def _reject(reason: str, detail: str | None = None, domain: str | None = None) -> Verdict:
    return Verdict(accepted=False, reason=reason, detail=detail or REASONS[reason], domain=domain)


def judge(c: Candidate, ctx: RunContext) -> Verdict:
    """Validate one cleaned candidate against the run. Does not change `ctx`."""
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
    if domain in ctx.blocked:
        return _reject("blocked", domain=domain)
    if domain in ctx.previously_delivered:
        return _reject("previously_delivered", domain=domain)
    found_state = state_code(c.state)
    if found_state != ctx.criteria.state:
        return _reject("wrong_state", f"state {c.state!r} is not {ctx.criteria.state}", domain)
    pms = ctx.criteria.pms
    proven = pms_from_url(c.evidence_url)
    if proven is not None and proven != pms:
        return _reject("pms_mismatch", f"evidence shows {proven}, not {pms}", domain)
    site = ctx.sites.get(domain) if ctx.sites is not None else None
    site_note = describe_check(site) if site else None
    if site and site.pms_found and pms not in site.pms_found:
        return _reject("pms_mismatch", f"the website links {', '.join(site.pms_found)}, not {pms}", domain)
    site_evidence = None
    if site and pms in site.pms_found:
        site_evidence = next(u for u in site.portal_links if pms_from_url(u) == pms)
    if proven is None and site_evidence is None:
        if not ctx.allow_unverified:
            detail = REASONS["no_pms_evidence"] if not c.evidence_url else (
                f"evidence URL is not a known {pms} portal")
            if site_note:
                detail += f"; website: {site_note}"
            return _reject("no_pms_evidence", detail, domain)
        confidence = "none"
    elif ctx.sites is None or site_evidence is not None:
        confidence = "high"  # a portal URL of the right PMS; confirmed by the site when checked
    else:
        confidence = "medium"  # the agent's portal URL, but the website did not confirm it
    if domain in ctx.validated:
        return _reject("duplicate", domain=domain)
    key, city = name_key(c.name), (c.city or "").strip().lower()
    if key and city:
        for other_domain, (other_key, other_city) in ctx.validated.items():
            if other_city == city and other_key and fuzz.token_sort_ratio(key, other_key) >= NAME_MATCH_THRESHOLD:
                return _reject("possible_duplicate", f"looks like {other_domain} in the same city", domain)
    if ctx.remaining <= 0:
        return _reject("over_target", domain=domain)
    return Verdict(
        accepted=True, domain=domain, confidence=confidence, site_check=site_note,
        evidence_url=site_evidence if proven is None else None,
    )


def validate_batch(candidates: list[Candidate], ctx: RunContext) -> list[tuple[Candidate, Verdict]]:
    """Judge a batch in order; each accepted company is seen by the ones after it."""
    results = []
    for raw in candidates:
        cand = clean_candidate(raw)
        verdict = judge(cand, ctx)
        if verdict.accepted:
            assert verdict.domain is not None
            ctx.validated[verdict.domain] = (name_key(cand.name), (cand.city or "").strip().lower())
            ctx.remaining -= 1
        results.append((cand, verdict))
    return results
