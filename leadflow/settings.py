"""Configuration from the environment (the public contract in DESIGN.md section 3)."""

from __future__ import annotations

import os
from pathlib import Path

from leadflow.errors import InvalidInput
from leadflow.planning import DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE

DEFAULT_MODEL = "gpt-4.1-mini"


def leadflow_home() -> Path:
    return Path(os.environ.get("LEADFLOW_HOME") or Path.home() / ".leadflow").expanduser()


def database_url() -> str:
    """LEADFLOW_DATABASE_URL, else a SQLite file in LEADFLOW_HOME (created on first use)."""
    url = os.environ.get("LEADFLOW_DATABASE_URL")
    if url:
        return url
    home = leadflow_home()
    home.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{home / 'leads.db'}"


def batch_size(value: int | str | None = None) -> int:
    """An explicit value, else LEAD_LIST_BATCH_SIZE, else 10 (the seed's default)."""
    source = "batch_size"
    if value is None:
        value = os.environ.get("LEAD_LIST_BATCH_SIZE") or DEFAULT_BATCH_SIZE
        source = "LEAD_LIST_BATCH_SIZE"
    try:
        size = int(str(value).strip())
    except ValueError:
        raise InvalidInput(source, f"{value!r} is not a whole number; allowed: 1..{MAX_BATCH_SIZE}") from None
    if not 1 <= size <= MAX_BATCH_SIZE:
        raise InvalidInput(source, f"{size} is out of range; allowed: 1..{MAX_BATCH_SIZE}")
    return size


def model() -> str:
    return os.environ.get("LEADFLOW_MODEL") or DEFAULT_MODEL


def token_prices() -> tuple[float, float] | None:
    """USD per million prompt / completion tokens, when the user configured them."""
    raw = (os.environ.get("LEADFLOW_PRICE_INPUT_PER_MTOK"), os.environ.get("LEADFLOW_PRICE_OUTPUT_PER_MTOK"))
    if not all(raw):
        return None
    try:
        return float(raw[0]), float(raw[1])
    except ValueError:
        raise InvalidInput("LEADFLOW_PRICE_INPUT_PER_MTOK", f"prices must be numbers, got {raw!r}") from None


def agent_configured() -> bool:
    """A key, or a local OpenAI-compatible server that needs none."""
    return bool(os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"))


def openai_api() -> str:
    api = os.environ.get("LEADFLOW_OPENAI_API", "chat")
    if api not in ("chat", "responses"):
        raise InvalidInput("LEADFLOW_OPENAI_API", f"{api!r} is not an API; allowed: chat, responses")
    return api
