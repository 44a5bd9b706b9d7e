"""Prefect blocks: where deployments keep the lead store connection and discovery settings."""

from leadflow.blocks.discovery import DiscoverySettings, discovery_block_fields, load_api_key
from leadflow.blocks.lead_store import lead_store_url

__all__ = ["DiscoverySettings", "discovery_block_fields", "lead_store_url", "load_api_key"]
