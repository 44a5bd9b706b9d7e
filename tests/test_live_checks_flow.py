"""Live checks in the flow (on by default for the agent): a fake web on 127.0.0.1 over real
TLS, reached directly or through a loopback proxy. No other network."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from conftest import INVENTED
from fake_openai import company, fresh
from fake_web import FakeProxy, Reply, company_site, fetcher_for, login_page, redirect

import leadflow.tasks.verify
from leadflow.flows.lead_list import lead_list, run_summary
from leadflow.store import UnitOfWork


def rows_of(url: str, run_id: str) -> dict[str, dict]:
    with UnitOfWork(url) as uow:
        return {r["domain"] or r["raw_domain"]: r for r in uow.repo.export_rows(run_id, include_rejected=True)}


def invented_30_percent(call):
    """7 real companies in every 10; the rest invented three ways."""
    rows = fresh(call, call.want, start=call.number * 100)
    n = call.number * 100
    for i in range(len(rows)):
        if i % 10 == 7:  # a portal account that does not exist (the company site links nothing)
            rows[i] = company(
                call,
                n + 50 + i,
                domain=f"noportal{n + i}.test",
                evidence_url=f"https://{INVENTED}{n + i}.managebuilding.com/Resident/portal/login",
            )
        elif i % 10 == 8:  # a domain that does not resolve
            rows[i] = company(call, n + 50 + i, domain=f"{INVENTED}-{n + i}.test")
        elif i % 10 == 9:  # a real site that links another PMS
            rows[i] = company(call, n + 50 + i, domain=f"appfolio-user{n + i}.test")
    return rows


def test_invented_companies_are_never_delivered_and_the_target_is_met(agent, web, store_url):
    url = store_url

    def answer(call):
        rows = invented_30_percent(call)
        web.publish(rows)
        for row in rows:  # the other-PMS sites exist and link AppFolio
            if row["domain"].startswith("appfolio-user"):
                web.add(row["domain"], company_site("https://someacct.appfolio.com/connect"))
        return rows

    agent.reset(answer)
    agent.on_companies = None  # `answer` publishes what exists
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=20, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.verify) == ("completed", 20, True)
    rows = rows_of(url, s.run_id)
    delivered = [r for r in rows.values() if r["status"] == "validated"]
    assert len(delivered) == 20 and s.verified == 20
    assert not [r for r in delivered if INVENTED in (r["domain"] or "") or INVENTED in (r["evidence_url"] or "")]
    assert not [r for r in delivered if r["domain"].startswith(("noportal", "appfolio-user"))]
    assert all(
        r["evidence_method"] in ("portal_live", "site_links_portal")
        and r["evidence_checked_at"]
        and r["evidence_http_status"] == 200
        for r in delivered
    )
    rejected = {d: r["reason"] for d, r in rows.items() if r["status"] == "rejected" and r["reason"] != "over_target"}
    assert rejected and all(
        reason
        == {"noportal": "evidence_unverified", INVENTED: "dead_domain", "appfolio-user": "pms_mismatch"}[
            next(p for p in ("noportal", INVENTED, "appfolio-user") if domain.startswith(p))
        ]
        for domain, reason in rejected.items()
    )
    assert set(rejected.values()) == {"evidence_unverified", "dead_domain", "pms_mismatch"}


def test_a_second_run_of_the_same_criteria_hits_the_check_cache(agent, web, sqlite_url):
    agent.reset(lambda call: fresh(call, call.want))
    first = run_summary(lead_list(pms="AppFolio", state="FL", quantity=5, source="openai", return_state=True))
    fetched = len(web.log)
    assert first.verified == 5 and fetched >= 10
    again = run_summary(lead_list(pms="AppFolio", state="FL", quantity=5, source="openai", return_state=True))
    assert again.verified == 5 and again.run_id != first.run_id
    assert len(web.log) == fetched  # every check answered from the lead store's cache


def test_the_website_supplies_the_evidence_and_raises_confidence(agent, web, sqlite_url):
    def answer(call):
        rows = [company(call, 1, domain="site-only.test", evidence_url=None), company(call, 2, domain="portal-only.test")]
        web.publish(rows)  # the portal of portal-only.test is live...
        web.add("portal-only.test", company_site())  # ...but its site links nothing
        web.add("site-only.test", company_site("https://siteonly.managebuilding.com/Resident/public/rentals"))
        web.add("siteonly.managebuilding.com", {"/Resident/public/rentals": login_page(rows[0]["name"])})  # live
        return rows

    agent.reset(answer)
    agent.on_companies = None
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=2, source="openai", return_state=True))
    rows = rows_of(sqlite_url, s.run_id)
    assert (rows["site-only.test"]["confidence"], rows["site-only.test"]["evidence_method"]) == ("high", "site_links_portal")
    assert rows["site-only.test"]["evidence_url"] == "https://siteonly.managebuilding.com/Resident/public/rentals"
    assert (rows["portal-only.test"]["confidence"], rows["portal-only.test"]["evidence_method"]) == ("medium", "portal_live")


def test_every_check_goes_through_the_proxy_without_local_dns(agent, web, sqlite_url, monkeypatch):
    def no_dns(host, port):
        raise AssertionError(f"local DNS lookup of {host} behind a proxy")

    with FakeProxy(web) as proxy:
        fetcher = fetcher_for(web, env=web.env(HTTPS_PROXY=proxy.url, HTTP_PROXY=proxy.url), resolve=no_dns)
        monkeypatch.setattr(leadflow.tasks.verify, "fetcher_from_settings", lambda: fetcher)
        agent.reset(lambda call: fresh(call, call.want))
        s = run_summary(lead_list(pms="Rentvine", state="GA", quantity=3, source="openai", return_state=True))
    assert (s.status, s.verified) == ("completed", 3)
    tunnels = {target for method, target in proxy.requests if method == "CONNECT"}
    assert any(t.endswith(".rentvine.com:443") for t in tunnels) and any(t.endswith(".test:443") for t in tunnels)


def test_no_network_at_all_ends_stalled_with_the_reason(agent, web, sqlite_url, monkeypatch):
    def offline(host, port):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    fetcher = fetcher_for(web, resolve=offline)
    monkeypatch.setattr(leadflow.tasks.verify, "fetcher_from_settings", lambda: fetcher)
    monkeypatch.setattr("leadflow.app.live_checks.RETRY_PAUSE_SECONDS", 0.01)
    agent.reset(lambda call: fresh(call, call.want))
    s = run_summary(
        lead_list(pms="Buildium", state="TX", quantity=5, source="openai", options={"stall_loops": 2}, return_state=True)
    )
    assert (s.status, s.companies_ready) == ("stalled", 0)
    assert set(s.rejected) == {"check_failed"}


def test_no_verify_turns_live_checks_off_and_marks_leads_unverified(agent, web, sqlite_url):
    agent.reset(lambda call: fresh(call, call.want))
    before = len(web.log)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", verify=False, return_state=True))
    assert (s.status, s.verify, s.verified) == ("completed", False, 0)
    assert len(web.log) == before  # nothing fetched
    assert {r["evidence_method"] for r in rows_of(sqlite_url, s.run_id).values()} == {"unverified"}


def test_through_a_proxy_no_company_whose_linked_portal_is_dead_is_delivered(agent, web, sqlite_url, monkeypatch):
    """Some companies' own sites link portal accounts that do not exist (the company left the
    PMS): a default run over an HTTPS proxy delivers only companies whose portal answered live,
    and each delivered lead says which URL proved it and what the fetch saw."""

    def answer(call):
        rows = fresh(call, call.want, start=call.number * 100)
        web.publish(rows)
        for i, row in enumerate(rows):
            if i % 3 == 0:  # the site links a stale account; the agent gives no URL, or that same one
                stale = f"https://left{call.number}x{i}.managebuilding.com/Resident/portal/login"
                row["evidence_url"] = stale if i % 2 else None
                web.add(row["domain"], company_site(stale))
                web.add(urlsplit(stale).hostname, {"/Resident/portal/login": redirect("https://www.buildium.com/")})
        return rows

    with FakeProxy(web) as proxy:
        fetcher = fetcher_for(web, env=web.env(HTTPS_PROXY=proxy.url, HTTP_PROXY=proxy.url))
        monkeypatch.setattr(leadflow.tasks.verify, "fetcher_from_settings", lambda: fetcher)
        agent.reset(answer)
        agent.on_companies = None
        s = run_summary(lead_list(pms="Buildium", state="TX", quantity=12, source="openai", return_state=True))
    assert (s.status, s.companies_ready) == ("completed", 12)
    rows = rows_of(sqlite_url, s.run_id)
    delivered = [r for r in rows.values() if r["status"] == "validated"]
    stale = [r for r in rows.values() if r["status"] == "rejected" and r["reason"] == "evidence_unverified"]
    assert stale and not [r for r in delivered if "left" in (r["evidence_url"] or "") + (r["portal_check"] or "")]
    assert all("www.buildium.com" in r["detail"] for r in stale)
    for r in delivered:  # which URL proved it, and what the fetch saw there
        assert r["evidence_method"] == "site_links_portal" and r["confidence"] == "high"
        assert r["portal_check"].startswith(f"{r['evidence_url']}: login form on ")
    assert any(t.startswith("left") for method, t in proxy.requests if method == "CONNECT")


def test_a_vendor_whose_portals_wall_off_servers_ends_stalled_and_says_so(agent, web, sqlite_url):
    wall = Reply(
        403,
        "<html><head><title>Just a moment...</title></head><body>Enable JavaScript and cookies to "
        "continue<script src='/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1'></script></body></html>",
    )

    def answer(call):
        rows = [
            company(
                call,
                call.number * 10 + i,
                evidence_url=f"https://p{call.number}x{i}.securecafe.com/residentservices/apts{i}/userlogin.aspx",
            )
            for i in range(call.want)
        ]
        web.publish(rows)
        for row in rows:
            web.add(urlsplit(row["evidence_url"]).hostname, {urlsplit(row["evidence_url"]).path: wall})
        return rows

    agent.reset(answer)
    agent.on_companies = None
    s = run_summary(
        lead_list(pms="Yardi", state="TX", quantity=4, source="openai", options={"stall_loops": 1}, return_state=True)
    )
    assert (s.status, s.companies_ready, set(s.rejected)) == ("stalled", 0, {"unverifiable"})
    assert "could not be verified from here: RentCafe/securecafe portals answer non-browser clients" in s.status_reason
    details = {r["detail"] for r in rows_of(sqlite_url, s.run_id).values()}
    assert all("Yardi cannot be verified from here" in d and "bot wall" in d for d in details)
