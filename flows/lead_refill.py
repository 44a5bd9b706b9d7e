"""lead_refill: the nightly top-up. One lead list per night and criteria, new companies only.

The run id is derived from the night and the criteria, so a rerun of the same night (a
retry, a crashed worker, a manual `prefect deployment run`) resumes that night's run instead
of paying for a second one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from prefect import flow

from leadflow.criteria import canonical_pms, canonical_state
from leadflow.flows.lead_list import lead_list
from leadflow.models import RunSummary
from leadflow.options import RunOptions


def refill_run_id(pms: str, state: str, night: str) -> str:
    slug = canonical_pms(pms).lower().replace(" ", "")[:10]
    return f"r{night.replace('-', '')}{slug}{canonical_state(state).lower()}"[:32]


@flow(name="lead-refill", flow_run_name="lead-refill-{pms}-{state}")
def lead_refill(
    pms: str,
    state: str,
    quantity: int = 25,
    batch_size: int | None = None,
    parallel: int | None = None,
    source: str | None = None,
    options: RunOptions | None = None,
    night: str | None = None,
    store_block: str | None = None,
    discovery_block: str | None = None,
) -> RunSummary:
    """Find `quantity` companies for tonight's list, not delivered before unless `options`
    says `exclude_previous: false`."""
    night = night or datetime.now(UTC).strftime("%Y-%m-%d")
    refill = RunOptions(exclude_previous=True).merged(**(options.given() if options else {}))
    return lead_list(
        pms=pms, state=state, quantity=quantity, batch_size=batch_size, parallel=parallel,
        run_id=refill_run_id(pms, state, night), source=source, options=refill,
        store_block=store_block, discovery_block=discovery_block,
    )
