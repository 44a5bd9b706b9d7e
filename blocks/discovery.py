"""DiscoverySettings block: model, server and API key for the agent, with the key as a secret.

prefect block register -m leadflow.blocks.discovery
python -c "from leadflow.blocks import DiscoverySettings as D; D(api_key='sk-...').save('prod')"
"""

from __future__ import annotations

from typing import Any, Literal, cast

from prefect.blocks.core import Block
from pydantic import Field, SecretStr

from leadflow.settings import DEFAULT_MODEL


class DiscoverySettings(Block):
    _block_type_name = "Leadflow Discovery Settings"
    _block_type_slug = "leadflow-discovery-settings"
    _description = "Model, OpenAI-compatible server and API key used by leadflow's discovery agent."

    model: str = Field(default=DEFAULT_MODEL, description="Model name for discovery")
    base_url: str | None = Field(default=None, description="OpenAI-compatible server; empty for OpenAI")
    api: Literal["chat", "responses"] = Field(default="chat", description="chat (any server) or responses (OpenAI web search)")
    api_key: SecretStr | None = Field(default=None, description="API key; stored encrypted by Prefect")


def _load(name: str) -> DiscoverySettings:
    # Block.load is sync-compatible: typed as "the block or a coroutine", a block when called from sync code
    return cast(DiscoverySettings, DiscoverySettings.load(name))


def discovery_block_fields(name: str) -> dict[str, Any]:
    """The non-secret fields, safe to put in a cache key and on the run."""
    block = _load(name)
    return {"name": name, "model": block.model, "base_url": block.base_url, "api": block.api}


def load_api_key(name: str | None) -> str | None:
    if not name:
        return None
    key = _load(name).api_key
    return key.get_secret_value() if key else None
