"""The Prefect UI tells the truth, seen in a real browser: headless Chromium (Debian's `chromium`
package, driven by Playwright) opens both of Prefect's UIs (V1 at `/runs/...`, where the "View
at" links of the logs point; V2 at `/v2/...`, where the root sends a new browser). A run that
ended short is Failed with its count in its name on the run page, in the runs list and on the
dashboard; its page has the summary artifact and a single batch table; a run started without
parameters says why in one line, with no traceback. The screenshots are kept in
`test-artifacts/ui-browser/`.

Without chromium or playwright the test skips locally and fails with CI=true (.ci/run installs
chromium). Every wait is an expectation with a generous timeout, never a fixed sleep.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import time

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


def test_short_runs_read_as_short_in_the_runs_list_dashboard_and_run_page(chromium, agent, sqlite_url, prefect_api_url):
    from playwright.sync_api import sync_playwright

    calls = []

    def three_then_nothing(call):  # the run stalls at 3 of 5, like the 193 of 200
        calls.append(call)
        return fresh(call, 3) if len(calls) == 1 else []

    agent.reset(three_then_nothing)
    stalled = lead_list(pms="Buildium", state="TX", quantity=5, source="openai", options={"stall_loops": 2}, return_state=True)
    summary = run_summary(stalled)
    assert (summary.status, summary.companies_ready, stalled.type.value) == ("stalled", 3, "FAILED")
    agent.reset(lambda call: fresh(call, 2))
    partial = lead_list(pms="AppFolio", state="FL", quantity=5, source="openai", max_loops=1, verify=False, return_state=True)
    assert run_summary(partial).status == "partial"
    bare = lead_list(return_state=True)  # what the deployment's Quick run starts: no parameters
    assert bare.is_failed()
    APILogWorker.drain_all(timeout=10)  # the flows' last log lines are on the server before a page asks for them
    deployment = _deployment()

    shutil.rmtree(SHOTS, ignore_errors=True)
    SHOTS.mkdir(parents=True)
    ui = prefect_api_url.removesuffix("/api")
    rid = summary.run_id
    short = {
        stalled.state_details.flow_run_id: f"lead-list-buildium-tx-5-{rid} · 3/5 stalled",
        partial.state_details.flow_run_id: f"lead-list-appfolio-fl-5-{run_summary(partial).run_id} · 2/5 partial",
    }
    try:  # the browser only now: Playwright's sync API runs an event loop, which Prefect's sync calls must not see
        with sync_playwright() as p:
            args = ["--disable-gpu", "--disable-dev-shm-usage", LOOPBACK_ONLY]
            browser = p.chromium.launch(executable_path=chromium, args=args)
            for version, base in (("v1", ui), ("v2", f"{ui}/v2")):
                with _page(browser, version) as (page, shot):
                    _check_dashboard(page, shot, version, base, stalled.state_details.flow_run_id, rid)
                    _check_run_page(page, shot, f"{base}/runs/flow-run/{stalled.state_details.flow_run_id}", rid)
                    _check_runs_list(page, shot, version, f"{base}/runs", short)
                    _check_bare_run(page, shot, f"{base}/runs/flow-run/{bare.state_details.flow_run_id}")
                    _check_run_form(page, shot, version, f"{base}/deployments/deployment/{deployment}/run")
            browser.close()
    finally:
        print(f"\nscreenshots of the Prefect UI: {SHOTS}: {sorted(p.name for p in SHOTS.glob('*.png'))}")


# No network beyond loopback: chromium resolves no host name, so a request elsewhere fails at once
# (and is named by the test); routing requests through Playwright instead costs 5-8 s here (it
# turns the HTTP cache off).
LOOPBACK_ONLY = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"
BEYOND_LOOPBACK = re.compile(r"^(?:https?|wss?)://(?!127\.0\.0\.1[:/])")
# Seen 2026-12-07 with Prefect 3.9.1 and analytics off: the v2 UI made 22 such requests over the
# test's pages, the classic UI none.
PREFECT_UI_PHONE_HOME = re.compile(r"^https://sr-client-cfg\.amplitude\.com/config/")


@contextlib.contextmanager
def _page(browser, version: str):
    """A page, and `shot(step)`: a screenshot named for the UI and the step. A failing step
    leaves a full-page screenshot named for it."""
    from playwright.sync_api import expect

    expect.set_options(timeout=WAIT_MS)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.set_default_timeout(WAIT_MS)  # navigation and clicks
    outside: list[str] = []  # what the UI asks beyond loopback (chromium resolves no name: `LOOPBACK_ONLY`)
    context.on("request", lambda request: outside.append(request.url) if BEYOND_LOOPBACK.match(request.url) else None)
    page = context.new_page()
    steps = []

    def shot(step: str, full: bool = False) -> None:
        steps.append(step)
        page.screenshot(path=SHOTS / f"{version}-{len(steps)}-{step}.png", full_page=full)

    try:
        yield page, shot
        # Only Prefect's own: its v2 UI fetches Amplitude's config whatever PREFECT_SERVER_ANALYTICS_ENABLED
        # says. Nothing leadflow puts on a page (artifacts, names, logs) makes the browser fetch elsewhere.
        unexpected = [url for url in outside if not PREFECT_UI_PHONE_HOME.match(url)]
        assert not unexpected, f"the {version} UI asked beyond loopback: {unexpected}"
    except Exception:
        page.screenshot(path=SHOTS / f"{version}-failed-after-{steps[-1] if steps else 'start'}.png", full_page=True)
        raise
    finally:
        context.close()


def _check_run_page(page, shot, url: str, rid: str) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    # The header: the name carries the lead run id and the count; the state is Failed, not Completed.
    expect(page.get_by_text(f"lead-list-buildium-tx-5-{rid} · 3/5 stalled", exact=True).first).to_be_visible()
    expect(page.get_by_text("Failed", exact=True).first).to_be_visible()
    expect(page.get_by_text("Completed", exact=True)).to_have_count(0)
    # The Logs tab (the default one) gives the reason.
    expect(page.get_by_text(re.compile(rf"Run {rid} ended stalled at 3/5: 2 consecutive loop")).first).to_be_visible()
    shot("flow-run", full=True)  # header and logs

    page.get_by_text("Artifacts", exact=True).click()  # the flow run's tab
    cards = page.locator("a[href*='/artifacts/artifact/']")
    summary = cards.filter(has_text=f"lead-run-{rid}-summary")
    expect(summary).to_have_count(1)  # the cards have loaded
    expect(summary).to_contain_text(re.compile(r"markdown", re.I))
    tables = cards.filter(has=page.get_by_text(re.compile(r"^\s*table\s*$", re.I)))
    expect(tables).to_have_count(1)  # one batch table per flow run, not one per loop
    expect(tables).to_contain_text(f"lead-run-{rid}-batches")
    expect(cards.filter(has_text="Lead discovery: 3/5 companies (PMS=Buildium, State=TX)")).to_have_count(1)
    shot("artifacts")

    summary.click()
    body = page.locator("body")
    expect(body).to_contain_text("3 of 5 companies delivered")
    expect(body).to_contain_text(f"leadflow export {rid} -o leads.csv")
    shot("summary")


def _check_runs_list(page, shot, version: str, url: str, short: dict) -> None:
    """Each short run's row: its name with delivered/target, the Failed badge, the failed style."""
    from playwright.sync_api import expect

    page.goto(url)
    for name in short.values():
        if version == "v1":
            row = page.locator(".flow-run-list-item").filter(has_text=name)
            expect(row.locator(".state-badge")).to_have_class(re.compile(r"state--failed"))
        else:
            row = page.locator("[data-slot=card]").filter(has_text=name)
            expect(row).to_have_class(re.compile(r"border-l-state-failed"))
        expect(row).to_have_count(1)
        expect(row).to_contain_text("Failed")
        expect(row).not_to_contain_text("Completed")
    shot("runs-list")


def _check_dashboard(page, shot, version: str, base: str, flow_run_id, rid: str) -> None:
    """The dashboard counts the stalled run as failed, not completed."""
    from playwright.sync_api import expect

    if version == "v1":  # filtered to the run by its tag: one run, in the failed group
        page.goto(f"{base}/dashboard?tags=lead-run:{rid}")
        expect(page.locator("li#failed")).to_contain_text("1")
        expect(page.locator("li#completed")).to_contain_text("0")
    else:  # the run's own bar in the chart. V2's "past day" ends at the last whole minute (a run of
        # this minute is not in it yet): the browser's clock is two minutes ahead, not the test asleep.
        page.clock.set_system_time(time.time() + 120)
        page.goto(f"{base}/dashboard")
        expect(page.locator(f"[data-testid='bar-rect-{flow_run_id}']")).to_have_class(re.compile(r"state-failed"))
    shot("dashboard")


def _check_bare_run(page, shot, url: str) -> None:
    """A run started with no parameters: one clear error line, no traceback."""
    from playwright.sync_api import expect

    page.goto(url)
    expect(page.get_by_text(re.compile(r"Lead run not started: pms: required to start a new run")).first).to_be_visible()
    expect(page.get_by_text(re.compile("Traceback"))).to_have_count(0)
    shot("run-without-parameters", full=True)


def _deployment():
    """The lead-list deployment as `leadflow setup` makes it (its form is what a user fills in)."""
    from prefect import get_client
    from prefect.client.schemas.actions import WorkPoolCreate
    from prefect.exceptions import ObjectAlreadyExists

    from leadflow.flows.server_setup import deployment_specs

    with get_client(sync_client=True) as client:
        try:
            client.create_work_pool(WorkPoolCreate(name="leadflow-form", type="process"))
        except ObjectAlreadyExists:
            pass
    return deployment_specs(pool="leadflow-form")[0].apply()


def _check_run_form(page, shot, version: str, url: str) -> None:
    """The Custom run form: every field described, the criteria marked as needed for a new run,
    the PMS and the state offered as choices."""
    from playwright.sync_api import expect
    from prefect.utilities.callables import parameter_schema

    from leadflow.flows.lead_list import lead_list

    page.goto(url)
    for prop in parameter_schema(lead_list.fn).model_dump()["properties"].values():
        expect(page.get_by_text(prop["description"], exact=True)).to_be_visible()
    expect(page.get_by_text(re.compile("Required for a new run"))).to_have_count(3)
    for field, choices in (("pms", ("Buildium", "Rent Manager")), ("state", ("AL", "AZ"))):
        if version == "v1":  # Prefect's design-system select opens from the keyboard (a headless click does not)
            page.locator(".p-select button.p-select-button__control").nth(0 if field == "pms" else 1).focus()
            page.keyboard.press(" ")
        else:
            page.get_by_label(f"Select {field}", exact=True).click()
        for choice in choices:
            expect(page.get_by_text(choice, exact=True).first).to_be_visible()
        shot(f"run-form-{field}")
        page.keyboard.press("Escape")
