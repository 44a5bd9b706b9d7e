"""Prefect blocks: where deployments keep the lead store connection and discovery settings."""

from leadflow.runtime_env import apply_prefect_defaults

apply_prefect_defaults()

from leadflow.blocks.discovery import DiscoverySettings, discovery_block_fields, load_api_key  # noqa: E402
from leadflow.blocks.lead_store import lead_store_url  # noqa: E402

__all__ = ["DiscoverySettings", "discovery_block_fields", "lead_store_url", "load_api_key"]
