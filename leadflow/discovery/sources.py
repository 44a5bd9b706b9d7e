"""Which discoverer a run uses. The spec is plain data (part of the cache key); secrets are
looked up only when the discoverer is built, inside the task, and never stored."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel

from leadflow import settings
from leadflow.discovery import Discoverer, DiscoveryFailed, sample_directory
from leadflow.domain.errors import InvalidInput

if TYPE_CHECKING:  # the discoverers, search and web load when a batch runs, not with every CLI command
    from leadflow.search import CachedSearch, SearchCache
    from leadflow.web import Fetcher

SAMPLE_NOTICE = (
    "No OPENAI_API_KEY set: using the bundled FICTIONAL sample directory (set OPENAI_API_KEY or pass --source openai|PATH.csv)."
)
MEMORY_NOTICE = (
    "No search backend for this server: the model answers from memory and live checks decide "
    "(set LEADFLOW_SEARCH_URL, BRAVE_API_KEY or TAVILY_API_KEY to let it search)."
)
Search = Literal["none", "openai", "searxng", "brave", "tavily"]


class SourceSpec(BaseModel):
    kind: Literal["directory", "openai"]
    path: str | None = None
    model: str | None = None
    base_url: str | None = None
    api: Literal["chat", "responses"] = "chat"
    block: str | None = None  # DiscoverySettings block name (holds the key), if any
    # The agent's search (docs/agents.md, "Agent modes"): None or "none" answers from memory (one
    # request per batch); "openai" is OpenAI's hosted web_search; the others are backends of
    # leadflow's own web_search tool. `mcp`: names of LEADFLOW_MCP_SERVERS the agent may use.
    search: Search | None = None
    mcp: list[str] = []

    @property
    def searching(self) -> bool:
        """Whether batches are agent runs with tools (tool_agent), not one request."""
        return self.kind == "openai" and self.search not in (None, "none")

    @property
    def label(self) -> str:
        """Stored on the run; reused when the run is resumed."""
        if self.kind == "directory":
            return "sample" if self.path == str(sample_directory()) else f"csv:{self.path}"
        return f"openai:{self.model}" + (f"@{self.block}" if self.block else "")

    def fingerprint(self) -> str:
        """What shapes the answers (no secrets). Memory-only specs keep their old fingerprint."""
        tools = f":{self.search}" + "".join(f"+mcp:{m}" for m in self.mcp) if self.searching else ""
        return f"{self.kind}:{self.path or ''}:{self.model or ''}:{self.api}:{self.base_url or ''}" + tools


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
            raise InvalidInput(
                "source",
                "openai needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server, or a discovery block)",
            )
        base_url = block.get("base_url") or config.openai_base_url
        search = config.search(base_url=base_url, keyed=bool(block) or bool(config.openai_api_key))
        if search == "none" and config.search_backend == "auto":
            notice = MEMORY_NOTICE
        mcp = [m["name"] for m in config.mcp_server_configs()] if search != "none" else []
        return SourceSpec(
            kind="openai",
            model=block.get("model") or config.model,
            base_url=without_credentials(base_url),
            api="responses" if search == "openai" else block.get("api") or config.openai_api,
            block=block.get("name"),
            search=search,
            mcp=mcp,
        ), notice
    if choice == "sample":
        return SourceSpec(kind="directory", path=str(sample_directory())), notice
    path = choice.removeprefix("csv:")
    if not path.lower().endswith(".csv"):
        raise InvalidInput("source", f"{source!r} is neither 'openai' nor a .csv file path")
    p = Path(path).expanduser()
    if not p.is_file():
        raise InvalidInput("source", f"directory file not found: {p}")
    from leadflow.discovery.directory import DirectoryDiscoverer

    DirectoryDiscoverer(p)  # validate columns now, before anything is written
    return SourceSpec(kind="directory", path=str(p.resolve())), notice


def without_credentials(url: str | None) -> str | None:
    """A server URL as it is stored on the run (`source_spec`): no user or password in it."""
    if not url:
        return url
    parts = urlsplit(url)
    if not (parts.username or parts.password):
        return url
    host = parts.hostname or ""
    netloc = (f"[{host}]" if ":" in host else host) + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def with_credentials(stored: str | None, configured: str | None) -> str | None:
    """The stored server URL, with the credentials of the configured one when it is the same server."""
    if stored and configured and without_credentials(configured) == stored:
        return configured
    return stored


@lru_cache(maxsize=4)
def _shared_fetcher(timeout: float, delay: float, concurrency: int) -> Fetcher:
    from leadflow.web import make_fetcher

    return make_fetcher(timeout=timeout, per_domain_delay=delay, max_concurrency=concurrency)


def shared_fetcher() -> Fetcher:
    """The process's one guarded fetcher, for the agent's page tools and the live checks alike,
    so politeness per vendor host holds across both, across batches and across runs."""
    config = settings.load()
    return _shared_fetcher(config.verify_timeout, config.verify_delay, config.verify_concurrency)


def build_discoverer(
    spec: SourceSpec,
    api_key: Callable[[], str | None] = lambda: None,
    *,
    fetcher: Fetcher | None = None,
    search_cache: SearchCache | None = None,
) -> Discoverer:
    """The discoverer for `spec`, secrets looked up now. A searching spec gets the tool agent
    with its search backend behind the lead store's search cache (`search_cache`, default:
    the store of LEADFLOW_DATABASE_URL) and the page fetcher (`fetcher`, default: `shared_fetcher`)."""
    if spec.kind == "directory":  # the sample's runs import no agent SDK
        from leadflow.discovery.directory import DirectoryDiscoverer

        assert spec.path
        return DirectoryDiscoverer(spec.path)
    from leadflow.discovery.openai_agent import OpenAIDiscoverer

    config = settings.load()
    key = api_key() or (config.openai_api_key.get_secret_value() if config.openai_api_key else None)
    base_url = with_credentials(spec.base_url, config.openai_base_url)
    if not key and base_url:
        key = "not-needed"  # local OpenAI-compatible servers (Ollama, vLLM) ignore the key
    if not spec.searching:
        return OpenAIDiscoverer(
            model=spec.model or config.model,
            api_key=key,
            base_url=base_url,
            api=spec.api,
            timeout=config.openai_timeout,
        )
    assert spec.search is not None  # searching
    from leadflow.discovery.tool_agent import ToolAgentDiscoverer  # the Agents SDK loads only when used

    try:
        search = _own_search(spec.search, config, search_cache)
        servers = {m["name"]: m for m in config.mcp_server_configs()}
        missing = [name for name in spec.mcp if name not in servers]
        if missing:
            raise ValueError(f"MCP server {missing[0]!r} is not in LEADFLOW_MCP_SERVERS")
    except (ValueError, InvalidInput) as exc:  # the run's search is not configured here
        raise DiscoveryFailed(f"search not configured: {exc}", transient=False) from None
    return ToolAgentDiscoverer(
        model=spec.model or config.model,
        fetcher=fetcher or shared_fetcher(),
        search=search,
        api_key=key,
        base_url=base_url,
        api=spec.api,
        hosted_search=spec.search == "openai",
        timeout=config.openai_timeout,
        max_turns=config.agent_max_turns,
        max_tool_calls=config.agent_max_tool_calls,
        max_fetch_bytes=config.agent_max_fetch_bytes,
        mcp_servers=[servers[name] for name in spec.mcp],
    )


def _own_search(search: Search, config: settings.Settings, search_cache: SearchCache | None) -> CachedSearch | None:
    """leadflow's own web_search tool: the configured backend behind the lead store's search
    cache. None for OpenAI's hosted search. A missing key or URL raises ValueError."""
    from leadflow.search import CachedSearch, build_backend
    from leadflow.store.caches import StoreSearchCache

    if search == "openai":
        return None
    backend = build_backend(
        search,
        url=config.search_url,
        timeout=config.search_timeout,
        brave_key=config.brave_api_key.get_secret_value() if config.brave_api_key else None,
        tavily_key=config.tavily_api_key.get_secret_value() if config.tavily_api_key else None,
    )
    return CachedSearch(backend, search_cache or StoreSearchCache(config.store_url(), config.search_cache_days))
