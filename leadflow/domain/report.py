"""What a finished run says about itself, for people: the markdown summary the Prefect UI shows."""

from __future__ import annotations

from leadflow.domain.models import RunSummary
from leadflow.domain.reasons import REASONS


def run_report(s: RunSummary, duration_s: float | None = None) -> str:
    """Target, delivered, verified, batches, rejections by reason, tokens, cost, duration, and
    how to export: everything a sales lead asks about a night's list, in one card."""
    cost = f"${s.cost_usd:.4f}" if s.cost_usd is not None else "set LEADFLOW_PRICE_*_PER_MTOK to see it"
    lines = [
        f"# Lead run `{s.run_id}`: {s.status}",
        "",
        f"**{s.pms} in {s.state}**: {s.companies_ready} of {s.target_quantity} companies delivered"
        + (f", {s.verified} verified live" if s.verify else " (live checks off: unverified)")
        + ".",
        "",
        f"> {s.status_reason or ''}",
        "",
        "| | |",
        "| --- | --- |",
        f"| batches / loops | {s.batches} / {s.loops} |",
        f"| agent calls | {s.llm_calls}"
        + (f" ({s.unfinished_calls} cut off in flight, tokens unknown)" if s.unfinished_calls else "")
        + " |",
        f"| tokens in / out | {s.prompt_tokens} / {s.completion_tokens} |",
        f"| cost | {cost} |",
        *(
            [
                f"| searches | {s.searches} answered ({s.search_cache_hits} from the cache, {s.hosted_searches} hosted), "
                f"{s.searches_failed} failed |"
            ]
            if s.searches or s.searches_failed
            else []
        ),
        f"| source | {s.source} |",
    ]
    if duration_s is not None:
        lines.append(f"| duration | {duration_s:.1f} s |")
    if s.rejected:
        lines += ["", "## Rejected candidates", "", "| reason | count | meaning |", "| --- | --- | --- |"]
        lines += [f"| {reason} | {n} | {REASONS.get(reason, '')} |" for reason, n in s.rejected.items()]
    lines += ["", f"Export: `leadflow export {s.run_id} -o leads.csv`", "", next_step(s)]
    return "\n".join(lines)


def next_step(s: RunSummary) -> str:
    """What the user does next: nothing, fix what stopped the run, or let it go on."""
    resume = f"`leadflow run --run-id {s.run_id}`"
    if s.status == "completed":
        return "Next: nothing; the list is full."
    if s.status == "failed":
        return f"Next: fix what the reason above names, then resume with {resume} (paid answers are kept)."
    if s.status == "stalled":
        return (
            f"Next: the source found nothing new for {s.stall_loops or 'several'} loops; resuming with {resume} "
            "rarely helps. Try other criteria, `--parallel` (searches by region) or a search backend."
        )
    return f"Next: resume with {resume}" + (
        " after raising the budget." if "budget" in (s.status_reason or "") else " to go on toward the target."
    )
