"""Web search for the searching agent: SearXNG, Brave and Tavily behind one protocol, and a
cache of results in the lead store shared by batches, runs and nights.

OpenAI's hosted `web_search` is not here: it runs on OpenAI's side (Responses API) and is a
tool of the agent itself (`leadflow.discovery.tool_agent`).
"""

from __future__ import annotations

from leadflow.search.backends import BACKENDS, SearchBackend, SearchFailed, SearchResult, build_backend
from leadflow.search.cache import CachedSearch, SearchCache, normalise_query

__all__ = [
    "BACKENDS",
    "CachedSearch",
    "SearchBackend",
    "SearchCache",
    "SearchFailed",
    "SearchResult",
    "build_backend",
    "normalise_query",
]
