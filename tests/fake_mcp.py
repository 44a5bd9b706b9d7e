"""A tiny MCP server over stdio for the searching agent's tests: a company directory.

    python tests/fake_mcp.py      (FAKE_MCP_ROWS: the companies it knows, as a JSON list)

Its one tool, `lookup_companies(pms, state)`, lists the known companies matching both.
"""

from __future__ import annotations

import json
import os

from mcp.server.mcpserver import MCPServer

server = MCPServer("directory")


@server.tool()
def lookup_companies(pms: str, state: str) -> str:
    """Property-management companies in a US state that use a given PMS, as JSON."""
    rows = json.loads(os.environ.get("FAKE_MCP_ROWS") or "[]")
    found = [r for r in rows if r.get("pms") == pms and r.get("state") == state]
    return json.dumps({"companies": found})


if __name__ == "__main__":
    server.run("stdio")
