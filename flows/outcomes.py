"""How a lead-list flow run ends, as Prefect states: Completed for a run that met its target,
Failed for one that ended short (`RunEndedShort`) or never opened (`RunNotOpened`); the
run's summary or the refusal travels inside the state for the CLI, the refill and tests."""

from __future__ import annotations

from prefect.states import Completed, Failed

from leadflow.domain.models import RunRefused, RunSummary


class RunEndedShort(Exception):
    """The result of a Failed lead-list flow run whose lead run ended short of its target
    (partial, stalled, failed): Prefect wants an exception as a Failed state's data, and this one
    carries the run's summary (`run_summary(state)` reads it)."""

    def __init__(self, message: str, summary: RunSummary):
        super().__init__(message)
        self.summary = summary


def final_state(summary: RunSummary):
    """Completed for a run that met its target, else Failed; the summary is in either."""
    message = f"{summary.status} at {summary.companies_ready}/{summary.target_quantity}: {summary.status_reason}"
    if summary.status == "completed":
        return Completed(message=message, data=summary)
    return Failed(message=message, data=RunEndedShort(message, summary))


class RunNotOpened(Exception):
    """The data of a Failed lead-list flow run that never opened its lead run: why (`refusal`
    reads it; `leased`: another flow run holds the run and may be waited for)."""

    def __init__(self, refused: RunRefused):
        super().__init__(refused.reason)
        self.refused = refused


def refusal(state) -> RunRefused | None:
    """Why a finished lead-list flow run did not open its lead run, else None."""
    data = state.result(raise_on_failure=False) if state.is_final() else None
    return data.refused if isinstance(data, RunNotOpened) else None


def run_summary(state) -> RunSummary | None:
    """The summary a finished lead-list flow run returned, whatever its state type (a short run
    is Failed with RunEndedShort); None when it ended before it had a run."""
    data = state.result(raise_on_failure=False) if state.is_final() else None
    data = data.summary if isinstance(data, RunEndedShort) else data
    return data if isinstance(data, RunSummary) else None
