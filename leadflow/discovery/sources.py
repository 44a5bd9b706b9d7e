"""Which discoverer a run uses. The spec is plain data (part of the cache key); secrets are
looked up only when the discoverer is built, inside the task, and never stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from leadflow import settings
from leadflow.discovery import Discoverer
from leadflow.discovery.directory import DirectoryDiscoverer, sample_directory
from leadflow.discovery.openai_agent import OpenAIDiscoverer
from leadflow.errors import InvalidInput

SAMPLE_NOTICE = (
    "No OPENAI_API_KEY set: using the bundled FICTIONAL sample directory "
    "(set OPENAI_API_KEY or pass --source openai|PATH.csv)."
)


class SourceSpec(BaseModel):
    kind: Literal["directory", "openai"]
    path: str | None = None
    model: str | None = None
    base_url: str | None = None
    api: Literal["chat", "responses"] = "chat"
    block: str | None = None  # DiscoverySettings block name (holds the key), if any

    @property
    def label(self) -> str:
        """Stored on the run; reused when the run is resumed."""
        if self.kind == "directory":
            return "sample" if self.path == str(sample_directory()) else f"csv:{self.path}"
        return f"openai:{self.model}" + (f"@{self.block}" if self.block else "")

    def fingerprint(self) -> str:
        return f"{self.kind}:{self.path or ''}:{self.model or ''}:{self.api}:{self.base_url or ''}"


def resolve_source(source: str | None, *, stored: str | None = None, block: dict | None = None) -> tuple[SourceSpec, str | None]:
    """`--source` (or the run's stored source on resume) -> spec and an optional notice.

    `block` carries the non-secret fields of a DiscoverySettings block when one is named.
    """
    notice = None
    config = settings.load()
    choice = source or stored
    if choice is None:
        if block or config.agent_configured():
            choice = "openai"
        else:
            choice, notice = "sample", SAMPLE_NOTICE
    if choice.startswith("openai"):
        block = block or {}
        if not block and not config.agent_configured():
            raise InvalidInput("source", "openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local "
                                         "OpenAI-compatible server, or a discovery block)")
        return SourceSpec(
            kind="openai", model=block.get("model") or config.model,
            base_url=block.get("base_url") or config.openai_base_url,
            api=block.get("api") or config.openai_api,
            block=block.get("name"),
        ), notice
    if choice == "sample":
        return SourceSpec(kind="directory", path=str(sample_directory())), notice
    path = choice.removeprefix("csv:")
    if not path.lower().endswith(".csv"):
        raise InvalidInput("source", f"{source!r} is neither 'openai' nor a .csv file path")
    p = Path(path).expanduser()
    if not p.is_file():
        raise InvalidInput("source", f"directory file not found: {p}")
    DirectoryDiscoverer(p)  # validate columns now, before anything is written
    return SourceSpec(kind="directory", path=str(p.resolve())), notice


def build_discoverer(spec: SourceSpec, api_key: Callable[[], str | None] = lambda: None) -> Discoverer:
    if spec.kind == "directory":
        assert spec.path
        return DirectoryDiscoverer(spec.path)
    config = settings.load()
    key = api_key() or (config.openai_api_key.get_secret_value() if config.openai_api_key else None)
    if not key and spec.base_url:
        key = "not-needed"  # local OpenAI-compatible servers (Ollama, vLLM) ignore the key
    return OpenAIDiscoverer(
        model=spec.model or config.model, api_key=key, base_url=spec.base_url, api=spec.api,
        timeout=config.openai_timeout,
    )
