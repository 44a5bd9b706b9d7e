"""--verify-sites in the flow: fixture company websites served on 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fake_openai import company

import leadflow.tasks.verify
import leadflow.verification as verification
from leadflow.flows.lead_list import lead_list
from leadflow.store import UnitOfWork

SITES = {
    "confirmed.test": '<a href="https://confirmed.managebuilding.com/Resident/portal/login">Pay rent</a>',
    "other-pms.test": '<a href="https://otherpms.appfolio.com/connect">Residents</a>',
    "no-portal.test": "<h1>Welcome</h1>",
    "site-only.test": '<iframe src="https://siteonly.managebuilding.com/Resident/public/rentals"></iframe>',
}


@pytest.fixture
def websites(monkeypatch):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            host = (self.headers.get("host") or "").split(":")[0]
            body = SITES.get(host) if self.path == "/" else None
            self.send_response(200 if body else 404)
            self.send_header("content-type", "text/html")
            self.end_headers()
            self.wfile.write((body or "not found").encode())

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    monkeypatch.setattr(verification, "_resolve", lambda host, p: ["127.0.0.1"])
    monkeypatch.setattr(leadflow.tasks.verify, "make_verifier", lambda: verification.SiteVerifier(
        scheme="http", port=port, allow_private=True, per_host_delay=0, timeout=5))
    yield
    server.shutdown()


def test_websites_confirm_refute_or_supply_the_pms_evidence(agent, sqlite_url, websites):
    agent.reset(lambda call: [
        company(call, 1, domain="confirmed.test"),
        company(call, 2, domain="other-pms.test"),
        company(call, 3, domain="no-portal.test"),
        company(call, 4, domain="site-only.test", evidence_url=None),
    ])
    s = lead_list(pms="Buildium", state="TX", quantity=3, source="openai",
                  options={"verify_sites": True, "stall_loops": 1}, return_state=True).result()
    assert s.verify_sites and s.companies_ready == 3
    with UnitOfWork(sqlite_url) as uow:
        rows = {r["domain"] or r["raw_domain"]: r for r in uow.repo.export_rows(s.run_id, include_rejected=True)}
    assert rows["confirmed.test"]["confidence"] == "high"
    assert "links Buildium" in rows["confirmed.test"]["site_check"]
    assert rows["other-pms.test"]["reason"] == "pms_mismatch"
    assert "AppFolio" in rows["other-pms.test"]["detail"]
    assert rows["no-portal.test"]["confidence"] == "medium"
    assert rows["site-only.test"]["confidence"] == "high"
    assert rows["site-only.test"]["evidence_url"] == "https://siteonly.managebuilding.com/Resident/public/rentals"
