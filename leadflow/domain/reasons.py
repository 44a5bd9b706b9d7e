"""Why a candidate was rejected: the reason codes stored with each verdict and what they mean
to a person (status, export, the summary card). A module of its own so that reading a run does
not load the checks that judge one."""

REASONS = {
    "malformed": "no usable company name",
    "invalid_domain": "the website is not a valid domain",
    "vendor_domain": "the website is a PMS vendor's, not the company's",
    "platform_domain": "the website is a directory or social profile, not the company's",
    "blocked": "the domain is on the blocklist",
    "previously_delivered": "delivered by an earlier run",
    "wrong_state": "the company is not in the requested state",
    "pms_mismatch": "the evidence shows a different PMS",
    "dead_domain": "the company's website does not exist (no such host, 404) or is parked",
    "evidence_unverified": "the evidence URL is not that account's live portal",
    "unverifiable": "the vendor's portal answers servers with a bot wall: cannot be verified from here",
    "check_failed": "the live checks could not reach the site or portal, twice",
    "no_pms_evidence": "no evidence URL proving the PMS",
    "duplicate": "the domain, or the portal account that proves it, is already in this run",
    "possible_duplicate": "same-city company with a near-identical name is already in this run",
    "over_target": "valid, but the run's target was already met",
}
