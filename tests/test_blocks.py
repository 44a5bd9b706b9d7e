"""Deployment configuration through Prefect blocks: the lead store as a prefect-sqlalchemy
SqlAlchemyConnector, the agent's model, server and key as a DiscoverySettings block."""

from __future__ import annotations

import asyncio
import uuid

from prefect.client.orchestration import get_client
from prefect_sqlalchemy import SqlAlchemyConnector

from leadflow.blocks import DiscoverySettings
from leadflow.flows.lead_list import lead_list, run_summary
from leadflow.store import UnitOfWork


def test_flow_reads_store_and_agent_settings_from_blocks_and_keeps_the_key_secret(agent, tmp_path, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.delenv("OPENAI_BASE_URL")
    monkeypatch.delenv("LEADFLOW_DATABASE_URL", raising=False)
    suffix = uuid.uuid4().hex[:8]
    store_url = f"sqlite:///{tmp_path / 'block-store.db'}"
    SqlAlchemyConnector(connection_info=store_url).save(f"leads-{suffix}")
    DiscoverySettings(model="block-model", base_url=agent.base_url, api_key="sk-block-SECRET-42").save(f"agent-{suffix}")

    state = lead_list(
        pms="Buildium",
        state="TX",
        quantity=5,
        store_block=f"leads-{suffix}",
        discovery_block=f"agent-{suffix}",
        return_state=True,
    )
    summary = run_summary(state)
    assert summary.status == "completed" and summary.source == f"openai:block-model@agent-{suffix}"
    assert agent.calls[0].authorization == "Bearer sk-block-SECRET-42"
    assert agent.calls[0].body["model"] == "block-model"
    with UnitOfWork(store_url) as uow:
        assert uow.repo.get_run(summary.run_id).companies_ready == 5

    async def flow_run_parameters():
        async with get_client() as client:
            return (await client.read_flow_run(state.state_details.flow_run_id)).parameters

    params = asyncio.run(flow_run_parameters())
    assert params["discovery_block"] == f"agent-{suffix}"
    assert "SECRET" not in repr(params) and "sqlite" not in repr(params)
