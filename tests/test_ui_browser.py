"""Issue 11's "UI that tells the truth", seen in a real browser: headless Chromium (Debian's
`chromium` package, driven by Playwright) opens the page of a lead run that ended short, in both
of Prefect's UIs (V1 at `/runs/...`, where the "View at" links of the logs point; V2 at
`/v2/runs/...`, where the root sends a new browser), and finds the run's state name, the summary
artifact and a single batch table. The screenshots are kept in `test-artifacts/ui-browser/`.

Without chromium or playwright the test skips locally and fails with CI=true (.ci/run installs
chromium). Every wait is an expectation with a generous timeout, never a fixed sleep.
"""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import IN_CI, ROOT
from fake_openai import fresh
from prefect.logging.handlers import APILogWorker

from leadflow.flows.lead_list import lead_list, run_summary

SHOTS = ROOT / "test-artifacts" / "ui-browser"
WAIT_MS = 30_000  # per wait (page load, expectation): only a failing test waits this long


@pytest.fixture
def chromium() -> str:
    """Debian's chromium, and Playwright to drive it (no browser download: `playwright install`
    is never needed)."""
    path = shutil.which("chromium")
    problem = None if path else "Debian's chromium is not installed (apt-get install chromium; .ci/run does it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed (pip install -e '.[dev]')"
    if problem:
        if IN_CI:
            pytest.fail(problem + " (CI=true: the browser test must run, not skip)")
        pytest.skip(problem)
    return path


def test_a_run_that_ended_short_shows_its_state_the_summary_and_one_batch_table(chromium, agent, sqlite_url,
                                                                               prefect_api_url):
    from playwright.sync_api import sync_playwright

    calls = []

    def three_then_nothing(call):  # the run stalls at 3 of 5, like the 193 of 200
        calls.append(call)
        return fresh(call, 3) if len(calls) == 1 else []

    agent.reset(three_then_nothing)
    state = lead_list(pms="Buildium", state="TX", quantity=5, source="openai", options={"stall_loops": 2},
                      return_state=True)
    summary = run_summary(state)
    assert (summary.status, summary.companies_ready, state.name) == ("stalled", 3, "Stalled")
    APILogWorker.drain_all(timeout=10)  # the flow's last log lines are on the server before a page asks for them

    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    ui = prefect_api_url.removesuffix("/api")
    flow_run = state.state_details.flow_run_id
    try:  # the browser only now: Playwright's sync API runs an event loop, which Prefect's sync calls must not see
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--disable-gpu", "--disable-dev-shm-usage"])
            for version, base in (("v1", ui), ("v2", f"{ui}/v2")):
                _check_ui(browser, version, f"{base}/runs/flow-run/{flow_run}", summary.run_id)
            browser.close()
    finally:
        print(f"\nscreenshots of the Prefect UI: {SHOTS}: {sorted(p.name for p in SHOTS.glob('*.png'))}")


def _check_ui(browser, version: str, url: str, rid: str) -> None:
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(WAIT_MS)  # navigation and clicks
    page = context.new_page()
    step = "flow-run"
    try:
        page.goto(url)
        # The header: the flow run's name carries the lead run id; its state is named, not "Completed".
        expect(page.get_by_text(f"lead-list-buildium-tx-5-{rid}", exact=True).first).to_be_visible()
        expect(page.get_by_text("Stalled", exact=True).first).to_be_visible()
        expect(page.get_by_text("Completed", exact=True)).to_have_count(0)
        # The Logs tab (the default one) gives the reason.
        expect(page.get_by_text(re.compile(rf"Run {rid} ended stalled: 2 consecutive loop")).first).to_be_visible()
        page.screenshot(path=SHOTS / f"{version}-1-flow-run.png", full_page=True)  # header and logs

        step = "artifacts"
        page.get_by_text("Artifacts", exact=True).click()  # the flow run's tab
        cards = page.locator("a[href*='/artifacts/artifact/']")
        summary = cards.filter(has_text=f"lead-run-{rid}-summary")
        expect(summary).to_have_count(1)  # the cards have loaded
        expect(summary).to_contain_text(re.compile(r"markdown", re.I))
        tables = cards.filter(has=page.get_by_text(re.compile(r"^\s*table\s*$", re.I)))
        expect(tables).to_have_count(1)  # one batch table per flow run, not one per loop
        expect(tables).to_contain_text(f"lead-run-{rid}-batches")
        page.screenshot(path=SHOTS / f"{version}-2-artifacts.png")

        step = "summary"
        summary.click()
        body = page.locator("body")
        expect(body).to_contain_text("3 of 5 companies delivered")
        expect(body).to_contain_text(f"leadflow export {rid} -o leads.csv")
        page.screenshot(path=SHOTS / f"{version}-3-summary.png")
    except Exception:
        page.screenshot(path=SHOTS / f"{version}-failed-at-{step}.png", full_page=True)
        raise
    finally:
        context.close()
