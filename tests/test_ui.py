"""What the Prefect UI shows of a lead run, read back from the real server: a run that ends short
is not a plain success, one batch table and one summary per flow run, task runs named for what
they do, the lead run id in the flow run's name, no per-task "Finished in state" noise."""

from __future__ import annotations

import time

from fake_openai import fresh
from prefect import get_client, tags
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
    LogFilter,
    LogFilterFlowRunId,
)

from leadflow.domain.models import RunSummary
from leadflow.domain.report import run_report
from leadflow.flows.lead_list import lead_list, run_summary


def test_a_stalled_run_ends_failed_named_with_its_count_tagged_with_one_table_a_summary_and_quiet_logs(agent, sqlite_url):
    agent.reset(lambda call: [])  # the agent finds nothing
    state = lead_list(
        pms="Buildium", state="TX", quantity=5, source="openai", options={"stall_loops": 2}, return_state=True
    )  # started as a deployment starts it: no tags of its own
    summary = run_summary(state)
    assert summary.status == "stalled"
    assert state.is_failed() and state.name == "Failed"  # red in the UI, `--watch` exits 1, "on Failed" fires
    assert state.message.startswith("stalled at 0/5: ")
    flow_run_id = state.state_details.flow_run_id

    with get_client(sync_client=True) as client:
        run = client.read_flow_run(flow_run_id)
        assert run.state.type.value == "FAILED"
        assert run.name == f"lead-list-buildium-tx-5-{summary.run_id} · 0/5 stalled"  # the count, in the runs list
        assert {f"lead-run:{summary.run_id}", "pms:buildium", "state:tx", "leadflow"} <= set(run.tags)
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))
        kinds = sorted(a.type for a in artifacts)
        assert kinds == ["markdown", "progress", "table"], kinds  # one of each, not a table per loop
        bar = next(a for a in artifacts if a.type == "progress")
        assert bar.description.startswith("Lead discovery: 0/5 companies (PMS=Buildium, State=TX)")
        # What a "notify me when a flow run fails" automation made in the UI expects (its
        # trigger lists state names: prefect.flow-run.Failed) is what this run emitted.
        from prefect.events.filters import EventFilter, EventNameFilter, EventResourceFilter

        wanted = EventFilter(
            event=EventNameFilter(name=["prefect.flow-run.Failed"]),
            resource=EventResourceFilter(id=[f"prefect.flow-run.{flow_run_id}"]),
        )
        for _ in range(40):  # events are persisted a moment after they are sent
            if client.read_events(filter=wanted, limit=10).events:
                break
            time.sleep(0.5)
        assert client.read_events(filter=wanted, limit=10).events, "no prefect.flow-run.Failed event for the stalled run"
        markdown = next(a for a in artifacts if a.type == "markdown")
        assert "stalled" in markdown.data and f"leadflow export {summary.run_id}" in markdown.data
        expected, names = {"open lead run", "discover batch 1", "check and store batch 1", "close loop 2"}, set()
        for _ in range(40):  # task runs reach the server as events, a moment after the flow returns
            task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            names = {t.name for t in task_runs}
            if expected <= names:
                break
            time.sleep(0.5)
        assert expected <= names, names
        logs = []
        for _ in range(20):  # logs arrive in batches
            logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
            if any("ended stalled" in log.message for log in logs):
                break
            time.sleep(0.5)
    messages = [log.message for log in logs]
    assert not [m for m in messages if m.startswith("Finished in state Completed()")]
    assert any(log.level == 30 and "ended stalled" in log.message for log in logs)  # a WARNING with the reason
    assert sum("Lead discovery:" in m for m in messages) == 3  # the start, then one line per loop
    assert any("the agent returned no companies" in m for m in messages)


def test_task_runs_carry_no_tags_though_the_flow_run_was_started_with_them(agent, sqlite_url):
    """`leadflow run` starts the flow inside `tags(...)` (automations read them at creation). Its
    task runs must not inherit them: each tagged task run asks the server for a tag concurrency
    slot first, and a busy SQLite-backed server makes that wait 2 s (issue 21)."""
    agent.reset()
    with tags("leadflow", "pms:buildium"):
        state = lead_list(pms="Buildium", state="TX", quantity=10, source="openai", verify=False, return_state=True)
    assert run_summary(state).status == "completed"
    flow_run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        assert {"leadflow", "pms:buildium"} <= set(client.read_flow_run(flow_run_id).tags)
        task_runs = []
        for _ in range(40):  # task runs reach the server as events, a moment after the flow returns
            task_runs = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
            if {"open lead run", "discover batch 1", "close loop 1"} <= {t.name for t in task_runs}:
                break
            time.sleep(0.5)
    assert len(task_runs) >= 4 and all(t.tags == [] for t in task_runs), [(t.name, t.tags) for t in task_runs]


def _artifacts(client, flow_run_id):
    return client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[flow_run_id])))


def test_the_progress_bar_ends_full_and_every_artifact_is_there_when_the_run_ends(agent, sqlite_url):
    """Artifacts are sent from background threads: all of them are on the server by the time
    the flow run has its final state, the bar at 100."""
    agent.reset(lambda call: fresh(call, call.want))
    state = lead_list(pms="Buildium", state="TX", quantity=25, source="openai", verify=False, return_state=True)
    assert run_summary(state).companies_ready == 25
    with get_client(sync_client=True) as client:
        artifacts = _artifacts(client, state.state_details.flow_run_id)  # read at once: no waiting
    assert sorted(a.type for a in artifacts) == ["markdown", "progress", "table"]
    assert next(a for a in artifacts if a.type == "progress").data == 100.0
    table = next(a for a in artifacts if a.type == "table")
    assert '"batch": 3' in table.data and '"batch": 4' not in table.data


def test_an_artifact_the_server_refuses_does_not_fail_the_run(agent, sqlite_url, monkeypatch, caplog):
    import leadflow.flows.artifacts as ui

    def refused(*args, **kwargs):
        raise RuntimeError("Client error '422 Unprocessable Entity'")

    monkeypatch.setattr(ui, "create_table_artifact", refused)
    agent.reset(lambda call: fresh(call, call.want))
    state = lead_list(pms="Buildium", state="TX", quantity=10, source="openai", verify=False, return_state=True)
    assert state.is_completed() and run_summary(state).companies_ready == 10
    with get_client(sync_client=True) as client:
        kinds = sorted(a.type for a in _artifacts(client, state.state_details.flow_run_id))
    assert kinds == ["markdown", "progress"]  # the others were sent all the same
    assert any(
        "Could not publish to the Prefect UI" in r.getMessage() and "422" in r.getMessage()
        for r in caplog.records
        if r.levelname == "WARNING"
    )


def test_the_summary_card_says_what_a_sales_lead_asks():
    s = RunSummary(
        run_id="abc",
        status="partial",
        status_reason="budget: max_calls=2",
        pms="Buildium",
        state="TX",
        target_quantity=50,
        companies_ready=20,
        verified=18,
        verify=True,
        batches=2,
        loops=2,
        llm_calls=2,
        prompt_tokens=240,
        completion_tokens=800,
        cost_usd=0.0014,
        rejected={"dead_domain": 3},
        batch_size=10,
        parallel=1,
        max_loops=12,
        stall_loops=2,
        source="openai:gpt-4.1-mini",
    )
    text = run_report(s, 12.34)
    for words in (
        "20 of 50 companies delivered, 18 verified live",
        "budget: max_calls=2",
        "| agent calls | 2 |",
        "$0.0014",
        "12.3 s",
        "| dead_domain | 3 |",
        "leadflow export abc -o leads.csv",
        "leadflow run --run-id abc",
    ):
        assert words in text


def test_the_deployment_form_offers_choices_and_bounds_and_describes_every_field():
    """What the Custom run form of both deployments is built from (the flows' parameter schema)."""
    from prefect.utilities.callables import parameter_schema

    from leadflow.domain.criteria import MAX_QUANTITY, PMS_ALIASES, US_STATES
    from leadflow.flows.lead_refill import lead_refill

    for flow in (lead_list, lead_refill):
        props = parameter_schema(flow.fn).model_dump()["properties"]
        assert props["pms"]["enum"] == list(PMS_ALIASES) and props["state"]["enum"] == list(US_STATES)
        assert (props["quantity"]["minimum"], props["quantity"]["maximum"]) == (1, MAX_QUANTITY)
        assert not [name for name, p in props.items() if not p.get("description")], flow.name
    props = parameter_schema(lead_list.fn).model_dump()["properties"]
    assert all("Required for a new run" in props[k]["description"] for k in ("pms", "state", "quantity"))


def test_a_run_started_without_criteria_fails_in_one_line_without_a_traceback(sqlite_url, caplog):
    """The deployment's Quick run (no parameters): a Failed run that says what it needs."""
    import logging

    state = lead_list(return_state=True)
    assert state.is_failed() and "pms: required to start a new run" in state.message
    assert "--pms" not in state.message  # the flow's words, not the CLI's
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [r.getMessage() for r in errors] == [f"Lead run not started: {state.message.removeprefix('not started: ')}"]
    assert not [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]
    bad = lead_list(pms="Buildum", state="TX", quantity=5, return_state=True)
    assert bad.is_failed() and "unknown PMS 'Buildum'" in bad.message
