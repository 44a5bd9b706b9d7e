"""Closures and handovers as English really words them, beyond the fixed phrases of
`closures.py` and `web/notices.py`: sentence shapes, not sentences. Blind corpus holdout34 wrote
30 ways a small firm says it closed or handed its management on, and holdout35 27 ways a portal
says it is no longer the company's; the phrase lists read 6 and 14 of them.

Each shape needs the words that make it decisive: a closing verb whose object is the business
("closed the business", "shut our doors", "wound down <the company's name>") or that ends the
sentence ("we've closed."), not "closed on 40 homes", "closed for Thanksgiving" or "closed our
Round Rock office"; management that went to another firm ("our management portfolio was acquired
by", "who will be taking over the management"), not "we acquired X's portfolio" or "partnered
with X for maintenance"; a portal whose services ended ("payments can no longer be made here"),
not a maintenance window or "we no longer accept paper checks". Matched on `phrases.plain` text
with the apostrophe normalised (closures.company_gone, notices.gone_marker).
"""

from __future__ import annotations

import re

_BUSINESS = r"(?:the|our|its|this|my|their) (?:business|company|firm|agency|doors)\b"
_END = r"(?=\s*(?:[.,!;:)\u2014\u2013]|-\s|$))"  # the end of a clause
# What makes a closing a day's, not the company's, said right after it: "closed our doors early
# today", "... at noon", "... for the holidays" (the caller reads it after any closure it finds).
FOR_A_TIME = re.compile(
    r"^\s*(?:early|at (?:\d|noon|midnight|lunch)|until|till|today|tonight|tomorrow"
    r"|for the (?:day|night|holidays?|weekend)|for (?:thanksgiving|christmas)"
    r"|due to (?:the )?(?:weather|storm|ice|snow|hurricane|flood|power|holiday)|during|over the"
    r"|on (?:mon|tue|wed|thu|fri|sat|sun)\w*)\b"
)

_NEW_MANAGEMENT_COMPANY = r"\bcontact your new (?:property )?management company\b"  # on a site or its portal

# The company closed for good (`dead_domain`); a closure of one office is told apart by the caller.
CLOSED = re.compile(
    "|".join(
        (
            r"\bpermanently (?:closed|close|closing|shut)\b",
            r"\b(?:closed|closing|close|shut down|shutting down) (?:permanently|for good)\b",
            r"\b(?:closed|shut|shuttered) (?:our|its|their) doors\b",
            r"\bno longer (?:operating|in operation|in business|open for business)" + _END,
            r"\b(?:went|gone|is|are) out of business\b",
            r"\bceased (?:all )?(?:of )?(?:our |its )?(?:business )?operations\b",
            r"\bhanging up our keys\b",
            r"\b(?:we've|we have|we|has|have) (?:officially |permanently )?(?:closed|shut down|dissolved|wound down)" + _END,
            r"\b(?:decided|decision|time) to (?:close|shut down|dissolve|wind down) " + _BUSINESS,
            r"\b(?:company|business|firm) (?:has been dissolved|no longer exists)\b",
            r"\bwound up (?:the|our|its) (?:company's |business's )?affairs\b",
            r"\bterminated (?:its|our|the) business\b",
            r"\bcertificate of (?:termination|dissolution|cancellation)\b",
            r"\barticles of dissolution\b",
            r"\b(?:closed|shut down|dissolved|wound down) " + _BUSINESS + r"(?! (?:office|branch|location))",
        )
    )
)
# A closing verb whose object or subject is the company's own name: "we've wound down <name>",
# "<name> officially closed on February 28". The caller checks the name.
CLOSING_THE_NAME = re.compile(
    r"\b(?:decided to close|decision to close|to shut down|to wind down|wound down|shut down|dissolved)\b"
)
NAME_CLOSED = re.compile(
    r"\b(?:has |have |is |was )?(?:officially |permanently |now )?(?:closed|ceased operations|shut down|dissolved|wound down)\b"
    r"(?! (?:our|its|their|the|a|an|all|some|one|this|that|his|her|for|early|due|at|until|today|tomorrow|tonight"
    r"|during|over|in observance|(?:on )?(?:mon|tue|wed|thu|fri|sat|sun)\w*|on (?:weekends|holidays|\d)|escrow|sales|deals)\b)"
)

# The company's management went to another firm, or stopped (`evidence_unverified`).
HANDED_OVER = re.compile(
    "|".join(
        (
            r"\b(?:management (?:portfolio|business|division|clients|accounts|contracts|agreements)|our portfolio|our clients"
            r"|this company|this business|the company|our company|our business) (?:has |have |was |were )?(?:been )?"
            r"(?:sold|acquired|transferred|assigned|transitioned|placed|handed over)\b",
            r"\b(?:sold|assigned|transferred|handed over|turned over) (?:its|our|the) (?:property |rental )?"
            r"(?:management|managment) (?:agreements|contracts|accounts|portfolio|business|biz|side|division|arm|clients)\b",
            r"\b(?:took|taken|taking|take) over (?:the )?(?:day-to-day )?management of (?:all|your|our|the)"
            r" (?:properties|homes|rentals|rental homes)\b",
            r"\bstepped (?:away|back) from (?:rental|property) management\b",
            r"\b(?:rental|home|property|lease) is now in the hands of\b",
            r"\bwho will be (?:taking over|assuming) (?:the )?management\b",
            r"\bwill (?:be )?(?:take|taking) over (?:the )?management of (?:your|our|all)\b",
            r"\b(?:exited|exiting|left|leaving) the (?:property )?management business\b",
            r"\bno longer (?:manag(?:e|es|ing)|offer(?:s|ing)?|provid(?:e|es|ing)) (?:any )?(?:rental properties|rental homes"
            r"|rentals|property management|residential property management|management services)\b",
            r"\bno longer accepting (?:new or existing |existing )?management clients\b",
            r"\bplaced our (?:management )?clients with\b",
            _NEW_MANAGEMENT_COMPANY,
        )
    )
)
# "<a firm> is your new property manager", not "Jenna Ruiz is ...": the caller checks the words before.
NEW_MANAGER = re.compile(r"\bis (?:now )?your new (?:property manager|management company)\b")
FIRM_WORDS = re.compile(
    r"\b(?:management|property|properties|realty|residential|group|homes|rentals|living|llc|inc|company|partners|communities)\b"
)

# What a portal says when it is no longer the company's live account (`web/notices.gone_marker`).
PORTAL_GONE = re.compile(
    "|".join(
        (
            _NEW_MANAGEMENT_COMPANY,
            r"\bno longer managed (?:through|by|via|on) this (?:portal|site|website)\b",
            r"\bmanagement of .{0,60}?(?:has been |was )?transferred to\b",
            r"\b(?:online )?services? (?:for .{0,60}? )?(?:have been|has been|were|was) discontinued\b",
            r"(?<!cash )(?<!check )(?<!checks )\bpayments can no longer be made"
            r" (?:here|through this portal|online|on this site)\b",
            r"\bportal (?:will be|has been|was) (?:deactivated|discontinued|retired|shut down|closed)\b",
            r"\bportal for .{0,60}? (?:has been|was) (?:retired|deactivated|discontinued|shut down|closed)\b",
            r"\bsubscription (?:is |has been )?(?:inactive|expired|cancell?ed)\b",
            r"\baccount has been closed\b",
            # another firm's portal by name: "residents should use the Blue Ridge Keystone Management resident
            # portal" (the caller lets a portal name its own company so: checks._welcomes)
            r"\bresidents should (?:now )?use the (?:[a-z0-9&'.-]+ ){0,5}(?:management|realty|residential|properties|group"
            r"|living|communities|homes)(?: [a-z0-9&'.-]+){0,2} (?:resident|tenant) portal\b",
            r"\b(?:portal|resident center|website|site) (?:has been|was) (?:switched off|turned off|sunset|sunsetted)\b",
            r"\bno longer offered (?:through|on|via) this (?:website|portal|site)\b",
        )
    )
)
