"""The lead-run-id rule: which lead run a lead-list flow run works on.

The run it was given (`run_id`), else one derived from its flow run id: the id's hex digits
(dashes dropped), the first 16. So a flow run's retries, and the run the pickup automation
starts for a crashed one, resume the same lead run instead of paying for a new one.

The rule is written twice by necessity: in Python for the flow (`lead_run_id`), and as the
Jinja template the pickup automation renders on the Prefect server (`LEAD_RUN_ID_TEMPLATE`).
Both are built here from the same two constants, and tests/unit/test_lists.py renders the
template the way Prefect does and checks that it agrees with the function. Prefect-free.
"""

from __future__ import annotations

from uuid import UUID

DERIVED_LENGTH = 16  # characters of the flow run id kept: fits a run id, unique enough per deployment
DROPPED = "-"  # left out of the flow run id (a UUID's dashes)


def lead_run_id(run_id: str | None, flow_run_id: UUID | str | None) -> str | None:
    """The lead run of a flow run given `run_id` (None or empty: not given) whose id is
    `flow_run_id` (None outside a flow run)."""
    if run_id:
        return run_id
    return str(flow_run_id).replace(DROPPED, "")[:DERIVED_LENGTH] if flow_run_id else None


# The same rule where a crashed flow run is the context (`flow_run`: its parameters and id).
LEAD_RUN_ID_TEMPLATE = (
    f"{{{{ flow_run.parameters.get('run_id') or (flow_run.id | string | replace('{DROPPED}', ''))[:{DERIVED_LENGTH}] }}}}"
)
