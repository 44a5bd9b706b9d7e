"""Standing lists without Prefect: names, nights and run ids, input errors, per-list exclusion on a
real SQLite store, deliveries (file and webhook), and the automation files kept equal to what
`leadflow setup` installs."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pandas as pd
import pytest
import yaml

from leadflow.app import batches as batch_service
from leadflow.app import lists as list_services
from leadflow.app import loop as loop_service
from leadflow.app import reading
from leadflow.app import runs as run_service
from leadflow.delivery.nights import deliver
from leadflow.domain.errors import DeliveryFailed, InvalidInput
from leadflow.domain.lists import (
    StandingList,
    delivery_path,
    list_of_run,
    list_run_pattern,
    mask_url,
    night_of,
    night_run_id,
)
from leadflow.domain.models import Candidate, DiscoveryResult, RunRequest
from leadflow.domain.options import RunOptions
from leadflow.flows.automations import AUTOMATION_FILES, automation_specs, pickup_automation
from leadflow.flows.lead_run_id import LEAD_RUN_ID_TEMPLATE, lead_run_id
from leadflow.flows.prefect_server import HEARTBEAT_SECONDS, SERVICE_TAG
from leadflow.store import UnitOfWork

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store(migrated_sqlite_url, monkeypatch):
    from leadflow.store.engine import dispose_all

    url = migrated_sqlite_url
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()


def a_list(**values) -> StandingList:
    return StandingList.parse(**{"name": "tx-buildium", "pms": "buildium", "state": "texas", "quantity": "5", **values})


# --- names, nights, run ids ---------------------------------------------------------------------


def test_a_nights_run_id_comes_from_the_list_and_the_night_and_fits_a_run_id():
    assert night_run_id("TX-Buildium", "2026-11-29") == "ls-tx-buildium-20261129"
    longest = night_run_id("a" * 20, "2026-11-29")
    assert len(longest) == 32 and RunRequest.parse(run_id=longest).run_id == longest
    assert list_of_run("ls-tx-buildium-20261129") == "tx-buildium"
    assert list_of_run("r20261129buildiumtx") is None and list_run_pattern("ls-x") is None


def test_a_lists_nights_never_match_another_lists_whose_name_extends_it():
    pattern = list_run_pattern("ls-a-20261129")
    like = pattern.replace("_", ".")  # SQL '_' is one character
    import re

    assert re.fullmatch(like, "ls-a-20261130")
    assert not re.fullmatch(like, night_run_id("a-2026", "2026-11-29"))


@pytest.mark.parametrize(
    "moment, tz, night",
    [
        (datetime(2026, 11, 29, 8, 0, tzinfo=UTC), "America/Chicago", "2026-11-29"),  # 02:00 in Chicago
        (datetime(2026, 11, 29, 3, 0, tzinfo=UTC), "America/Chicago", "2026-11-28"),  # still the 28th there
        (datetime(2026, 11, 29, 23, 30, tzinfo=UTC), "UTC", "2026-11-29"),
    ],
)
def test_the_night_is_the_scheduled_date_in_the_lists_time_zone(moment, tz, night):
    assert night_of(moment, tz) == night
    assert a_list(timezone=tz).night_at(moment) == night


@pytest.mark.parametrize(
    "field, values",
    [
        ("name", {"name": "Bad_Name"}),
        ("name", {"name": "x" * 21}),
        ("pms", {"pms": "nope"}),
        ("state", {"state": "XX"}),
        ("quantity", {"quantity": "0"}),
        ("schedule", {"schedule": "every night"}),
        ("timezone", {"timezone": "Mars/Base"}),
        ("deliver", {"deliver": "out.txt"}),
        ("deliver", {"deliver": "ftp://host/x.csv"}),
        ("exclude_previous", {"options": RunOptions(exclude_previous=False)}),
    ],
)
def test_bad_input_names_the_field(field, values):
    with pytest.raises(InvalidInput) as caught:
        a_list(**values)
    assert caught.value.field == field


def test_a_list_is_normalised_and_its_nights_always_exclude_what_it_delivered(tmp_path):
    lst = a_list(
        schedule=" 0  2 * * * ",
        timezone="America/Chicago",
        deliver="out/leads.csv",
        base=tmp_path,
        options=RunOptions(batch_size=5),
    )
    assert (lst.name, lst.pms, lst.state, lst.quantity, lst.schedule) == ("tx-buildium", "Buildium", "TX", 5, "0 2 * * *")
    assert lst.deliver == str(tmp_path / "out" / "leads.csv")  # absolute: workers run in a temporary folder
    assert lst.run_options().given() == {"batch_size": 5, "exclude_previous": True}
    assert lst.schedule_parameters() == {"list_name": "tx-buildium"}


def test_delivery_paths_carry_the_night():
    assert delivery_path("/d/leads.csv", "2026-11-29") == Path("/d/leads-2026-11-29.csv")
    assert delivery_path("/d/{night}/leads.parquet", "2026-11-29") == Path("/d/2026-11-29/leads.parquet")
    assert mask_url("https://user:pw@hooks.example/x?token=s3cret") == "https://***@hooks.example/x?***"


# --- the store -----------------------------------------------------------------------------------


def test_lists_are_saved_updated_listed_and_removed(store):
    for lst, new in (
        (a_list(), True),
        (a_list(quantity=7, schedule="@daily"), False),
        (a_list(name="fl-appfolio", pms="AppFolio", state="FL"), True),
    ):
        with UnitOfWork(store) as uow:
            assert list_services.save_list(uow, lst) is new
    with UnitOfWork(store) as uow:
        assert [x.name for x in list_services.all_lists(uow)] == ["fl-appfolio", "tx-buildium"]
        got = list_services.get_list(uow, "TX-Buildium")
        assert (got.quantity, got.schedule, got.timezone) == (7, "@daily", "UTC")
        list_services.remove_list(uow, "fl-appfolio")
    with UnitOfWork(store) as uow, pytest.raises(InvalidInput, match="no standing list named 'fl-appfolio'"):
        list_services.get_list(uow, "fl-appfolio")


def company(n: int) -> Candidate:
    return Candidate(
        name=f"Company {n}",
        domain=f"company-{n}.test",
        city="Austin",
        state="TX",
        pms="Buildium",
        evidence_url=f"https://c{n}.managebuilding.com/Resident/portal/login",
    )


def night(
    store: str, run_id: str, numbers: range, exclude: bool = True, more: tuple[Candidate, ...] = ()
) -> tuple[set[str], dict]:
    """A run judging companies `numbers` (and `more`) in one batch; (accepted domains, rejections)."""
    with UnitOfWork(store) as uow:
        opened = run_service.open_run(
            uow,
            RunRequest.parse(
                pms="Buildium",
                state="TX",
                quantity=len(numbers) + len(more),
                run_id=run_id,
                source="sample",
                options=RunOptions(exclude_previous=exclude or None, verify=False),
            ),
        )
    with UnitOfWork(store) as uow:
        [request] = loop_service.plan_loop(uow, opened.run_id).requests[:1]
        batch_service.record_batch(uow, request, DiscoveryResult(candidates=[*(company(n) for n in numbers), *more]))
    with UnitOfWork(store) as uow:
        return {r["domain"] for r in reading.export_rows(uow, run_id)}, reading.summary(uow, run_id).rejected


def test_a_lists_night_skips_what_that_list_delivered_not_what_other_lists_did(store):
    monday_a, _ = night(store, night_run_id("a", "2026-11-23"), range(1, 4))
    assert monday_a == {"company-1.test", "company-2.test", "company-3.test"}
    monday_b, _ = night(store, night_run_id("b", "2026-11-23"), range(1, 4))  # another list: all new to it
    assert monday_b == monday_a
    tuesday_a, rejected = night(store, night_run_id("a", "2026-11-24"), range(1, 6))
    assert tuesday_a == {"company-4.test", "company-5.test"} and rejected == {"previously_delivered": 3}
    adhoc, rejected = night(store, "adhoc-1", range(1, 7))  # a run outside lists: store-wide, as before
    assert adhoc == {"company-6.test"} and rejected == {"previously_delivered": 5}


def test_a_company_delivered_before_is_skipped_under_another_domain_too(store):
    """Its old brand's domain, proven by the same portal account: delivered already."""
    night(store, "adhoc-first", range(1, 3))
    old_brand = company(2).model_copy(update={"name": "Old Brand Two", "domain": "old-brand-two.test"})
    again, rejected = night(store, "adhoc-again", range(3, 4), more=(old_brand,))
    assert again == {"company-3.test"} and rejected == {"previously_delivered": 1}
    with UnitOfWork(store) as uow:
        [row] = [r for r in uow.repo.export_rows("adhoc-again", include_rejected=True) if r["status"] == "rejected"]
    assert row["detail"] == "delivered as company-2.test, the same account (c2.managebuilding.com)"
    alone, rejected = night(store, "adhoc-alone", range(3, 4), exclude=False, more=(old_brand,))  # --no-exclude-previous
    assert alone == {"company-3.test", "old-brand-two.test"} and rejected == {}


# --- deliveries ---------------------------------------------------------------------------------

ROWS = [
    {
        "name": '=HYPERLINK("x")',
        "domain": "a.test",
        "city": "Austin",
        "state": "TX",
        "pms": "Buildium",
        "evidence_url": "https://a.managebuilding.com/",
        "confidence": "high",
        "batch_number": 1,
        "evidence_method": "portal_live",
        "evidence_checked_at": datetime(2026, 11, 29, 8, tzinfo=UTC),
        "evidence_http_status": 200,
    }
]


def test_a_file_delivery_writes_the_nights_file_whole(tmp_path):
    lst = a_list(deliver=str(tmp_path / "new" / "leads.csv"))
    done = deliver(lst, "2026-11-29", "ls-tx-buildium-20261129", {"status": "completed"}, ROWS)
    path = tmp_path / "new" / "leads-2026-11-29.csv"
    assert done.where == str(path) and done.count == 1
    frame = pd.read_csv(path)
    assert list(frame["domain"]) == ["a.test"] and frame["name"][0].startswith("'=")  # no formula
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # nothing partial left


def test_a_webhook_gets_the_night_as_json_with_an_idempotency_key():
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204 if len(seen) == 1 else 500)

    lst = a_list(deliver="https://hooks.example/leads?token=s3cret")
    http = httpx.Client(transport=httpx.MockTransport(handler))
    done = deliver(lst, "2026-11-29", "ls-tx-buildium-20261129", {"status": "completed"}, ROWS, http=http)
    body = json.loads(seen[0].content)
    assert seen[0].headers["Idempotency-Key"] == "ls-tx-buildium-20261129"
    assert (body["list"], body["night"], body["count"], body["companies"][0]["domain"]) == (
        "tx-buildium",
        "2026-11-29",
        1,
        "a.test",
    )
    assert body["summary"] == {"status": "completed"} and "s3cret" not in done.where
    with pytest.raises(DeliveryFailed, match="HTTP 500") as caught:
        deliver(lst, "2026-11-29", "x", {}, ROWS, http=http)
    assert "s3cret" not in str(caught.value)


# --- what setup installs, as the checkout's files say it -------------------------------------------


def test_the_automation_files_are_what_setup_installs():
    for name, spec in AUTOMATION_FILES.items():
        assert yaml.safe_load((ROOT / "automations" / name).read_text()) == spec(), name
    names = [a["name"] for a in automation_specs()]
    assert len(names) == len(set(names)) == 3


@pytest.mark.parametrize(
    "parameters",
    [
        {"run_id": "tx-buildium-7"},
        {"run_id": None},
        {"run_id": ""},
        {},
        {"run_id": "x" * 32, "pms": "Buildium"},
    ],
)
def test_the_pickup_automation_derives_the_lead_run_id_as_the_flow_does(parameters):
    """A crashed lead-list run is picked up on the lead run it worked on: the Jinja template the
    Prefect server renders for the pickup (in Prefect's own sandbox) gives what the flow's
    `lead_run_id` gives, for a run_id given, not given, or left empty in the run form."""
    from types import SimpleNamespace
    from uuid import uuid4

    from jinja2.sandbox import ImmutableSandboxedEnvironment  # what Prefect renders automation templates with

    [action] = pickup_automation()["actions"]
    template = action["parameters"]["run_id"]["template"]
    assert template == LEAD_RUN_ID_TEMPLATE
    flow_run = SimpleNamespace(id=uuid4(), parameters=parameters)
    rendered = ImmutableSandboxedEnvironment().from_string(template).render(flow_run=flow_run)
    assert rendered == lead_run_id(parameters.get("run_id"), flow_run.id)
    if not parameters.get("run_id"):
        assert rendered == flow_run.id.hex[:16]  # what the pickup test in tests/test_service.py looks for


def test_prefect_yaml_deployments_beat_as_the_zombie_automation_expects():
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    for dep in config["deployments"]:
        assert dep["work_pool"]["job_variables"]["env"]["PREFECT_FLOWS_HEARTBEAT_FREQUENCY"] == str(HEARTBEAT_SECONDS)
        assert SERVICE_TAG in dep["tags"]
