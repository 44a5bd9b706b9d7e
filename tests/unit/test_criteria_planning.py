"""Criteria validation at the edge, and the loop's planning and stop rules (no Prefect)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from leadflow.discovery.regions import regions, state_cities
from leadflow.domain.criteria import (
    MAX_QUANTITY,
    PMS_ALIASES,
    US_STATES,
    LeadCriteria,
    canonical_pms,
    canonical_state,
    parse_quantity,
    pms_name,
    state_code,
)
from leadflow.domain.errors import InvalidInput
from leadflow.domain.options import DEFAULT_BATCH_SIZE, MAX_PARALLEL, default_max_loops
from leadflow.domain.planning import (
    batch_targets,
    gap,
    partitions,
    progress_line,
    region_count,
    should_stop,
)

# --- criteria -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "alias,name",
    [
        ("app folio", "AppFolio"),
        ("AppFolio", "AppFolio"),
        ("APPFOLIO", "AppFolio"),
        ("App-Folio", "AppFolio"),
        ("rent manager", "Rent Manager"),
        ("RentManager", "Rent Manager"),
        ("Rent-Manager", "Rent Manager"),
        ("RM", "Rent Manager"),
        ("buildium", "Buildium"),
        (" Buildium ", "Buildium"),
        ("yardi breeze", "Yardi"),
        ("RentCafe", "Yardi"),
        ("Rentec", "Rentec Direct"),
        ("res man", "ResMan"),
        ("tenant cloud", "TenantCloud"),
        ("door loop", "DoorLoop"),
        ("mri software", "MRI"),
        ("real page", "RealPage"),
        ("property ware", "Propertyware"),
        ("rent vine", "Rentvine"),
        ("entrata", "Entrata"),
    ],
)
def test_pms_aliases(alias, name):
    assert canonical_pms(alias) == name
    assert LeadCriteria.parse(alias, "TX", 1).pms == name


def test_every_canonical_pms_is_its_own_alias():
    for name in PMS_ALIASES:
        assert canonical_pms(name) == name == pms_name(name.lower())


@pytest.mark.parametrize(
    "value,code",
    [
        ("TX", "TX"),
        ("tx", "TX"),
        ("Tx", "TX"),
        ("Texas", "TX"),
        ("TEXAS", "TX"),
        ("texas", "TX"),
        ("north carolina", "NC"),
        ("NewYork", "NY"),
        ("D.C.", "DC"),
        ("district of columbia", "DC"),
        (" wy ", "WY"),
    ],
)
def test_states_case_insensitive(value, code):
    assert canonical_state(value) == code
    assert LeadCriteria.parse("Buildium", value, 1).state == code


def test_every_state_code_and_name_resolves():
    for code, name in US_STATES.items():
        assert state_code(code.lower()) == code == state_code(name.upper())


@pytest.mark.parametrize("value", ["XX", "Texass", "", "PR", "Puerto Rico", "T X X", None])
def test_state_code_of_junk_is_none(value):
    assert state_code(value) is None


@pytest.mark.parametrize(
    "args,field,words",
    [
        (("Foo", "TX", 5), "pms", ["unknown PMS 'Foo'", "allowed:", *PMS_ALIASES]),
        (("", "TX", 5), "pms", ["allowed:", "Buildium", "Rent Manager"]),
        ((None, "TX", 5), "pms", ["allowed:", "AppFolio"]),
        (("Foo", "Texass", 0), "pms", ["allowed:"]),  # the first bad field in contract order
        (("Buildium", "Texass", 5), "state", ["unknown US state 'Texass'", "TX", "WY", "state name"]),
        (("Buildium", "", 5), "state", ["two-letter code", "AL"]),
        (("Buildium", "Puerto Rico", 5), "state", ["two-letter code"]),
        (("Buildium", "TX", 0), "quantity", ["out of range", "1..10000"]),
        (("Buildium", "TX", -3), "quantity", ["1..10000"]),
        (("Buildium", "TX", 10_001), "quantity", ["1..10000"]),
        (("Buildium", "TX", "ten"), "quantity", ["whole number", "1..10000"]),
        (("Buildium", "TX", "5.5"), "quantity", ["whole number"]),
        (("Buildium", "TX", 2.5), "quantity", ["whole number"]),
        (("Buildium", "TX", None), "quantity", ["whole number"]),
        (("Buildium", "TX", True), "quantity", ["whole number", "1..10000"]),
        (("Buildium", "TX", False), "quantity", ["whole number"]),
    ],
)
def test_bad_criteria_name_the_field_and_the_allowed_values(args, field, words):
    with pytest.raises(InvalidInput) as err:
        LeadCriteria.parse(*args)
    assert err.value.field == field
    assert str(err.value).startswith(f"{field}: ")
    for word in words:
        assert word in str(err.value)


@pytest.mark.parametrize("value,expected", [(1, 1), (MAX_QUANTITY, MAX_QUANTITY), ("25", 25), (" 7 ", 7)])
def test_quantity_bounds_and_strings(value, expected):
    assert parse_quantity(value) == expected
    assert LeadCriteria.parse("Buildium", "TX", value).quantity == expected


def test_criteria_are_canonical_frozen_and_described():
    c = LeadCriteria.parse("app folio", "texas", "25")
    assert (c.pms, c.state, c.quantity) == ("AppFolio", "TX", 25)
    assert c == LeadCriteria(pms="AppFolio", state="TX", quantity=25)
    assert c.describe() == "PMS=AppFolio, State=TX"
    with pytest.raises(ValidationError):
        c.quantity = 3


def test_constructor_rejects_booleans_too():
    with pytest.raises(ValidationError, match="quantity"):
        LeadCriteria(pms="Buildium", state="TX", quantity=True)


# --- planning ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "remaining,size,parallel,expected",
    [
        (25, 10, 1, [10]),
        (25, 10, 3, [10, 10, 5]),
        (25, 10, 2, [10, 10]),
        (30, 10, 5, [10, 10, 10]),
        (5, 10, 1, [5]),
        (5, 10, 4, [5]),
        (10, 10, 1, [10]),
        (0, 10, 1, []),
        (0, 10, 3, []),
        (-4, 10, 2, []),
        (7, 3, 16, [3, 3, 1]),
    ],
)
def test_batch_targets(remaining, size, parallel, expected):
    assert batch_targets(remaining, size, parallel) == expected


def test_batch_targets_default_parallel_is_one():
    assert batch_targets(5, 10) == [5]
    assert batch_targets(0, 10) == []
    assert batch_targets(25, 10) == [10]


@pytest.mark.parametrize("target,ready,expected", [(25, 0, 25), (25, 7, 18), (25, 25, 0), (25, 30, 0)])
def test_gap(target, ready, expected):
    assert gap(target, ready) == expected


def test_short_batch_then_next_asks_for_min_of_size_and_remaining():
    """The seed's scenario: ask for 10, the agent returns 7 valid, the next batch asks for what is missing."""
    target, size = 10, DEFAULT_BATCH_SIZE
    ready, asked = 0, []
    for returned in (7, 3):
        [want] = batch_targets(gap(target, ready), size)
        asked.append(want)
        ready += min(returned, want)
    assert asked == [10, 3]
    assert gap(target, ready) == 0 and batch_targets(gap(target, ready), size) == []


def test_short_batches_over_a_longer_run():
    target, size, ready, asked = 25, 10, 0, []
    for returned in (7, 10, 4, 8):
        [want] = batch_targets(gap(target, ready), size)
        asked.append(want)
        ready += min(returned, want)
    assert asked == [10, 10, 8, 4] and ready == 25


@pytest.mark.parametrize("count", [*range(2, 9), MAX_PARALLEL])
def test_parallel_batches_search_distinct_places_that_cover_the_state(count):
    """Parallel batches split the state by place (not by initial letter: a search cannot)."""
    state_regions = regions("TX", region_count(25, count))
    parts = partitions(state_regions, count)
    assert len(parts) == count and None not in parts
    assert len({p.key for p in parts}) == count
    places = [place for p in parts for place in p.places]
    assert len(places) == len(set(places))  # no place in two batches
    covered = {place for r in state_regions for place in r.places}
    assert covered == {c.name for c in state_cities("TX")}  # every known place in some region
    assert all(sum(p.contains(place) for p in state_regions) == 1 for place in covered)


def test_one_sequential_batch_of_a_small_run_searches_the_whole_state():
    assert region_count(25, 1) == 1 and regions("TX", 1) == ()
    assert partitions((), 1) == [None]
    assert partitions((), 4) == [None]  # no regions: one whole-state batch, not four overlapping ones
    assert partitions((), 0) == []


def test_partition_labels_and_places():
    houston = next(r for r in regions("TX", 5) if r.key == "tx-houston")
    assert houston.label.startswith("Houston area") and houston.places[0] == "Houston"
    assert houston.contains("houston") and houston.contains(" Pasadena ") and not houston.contains("Dallas")
    assert houston.describe(2).startswith(f"{houston.label}: Houston, ")


def stop(**kw):
    args = dict(target=25, companies_ready=10, loops_done=1, max_loops=8, loops_without_progress=0, stall_loops=2)
    return should_stop(**{**args, **kw})


@pytest.mark.parametrize(
    "kw,status",
    [
        (dict(companies_ready=25), "completed"),
        (dict(companies_ready=30), "completed"),
        (dict(companies_ready=25, loops_without_progress=5, loops_done=8), "completed"),  # met target wins
        (dict(companies_ready=25, loops_done=99), "completed"),
        (dict(loops_without_progress=2), "stalled"),
        (dict(loops_without_progress=3, loops_done=8), "stalled"),  # stall beats max_loops
        (dict(loops_done=8), "partial"),
        (dict(loops_done=9, loops_without_progress=1), "partial"),
        (dict(), None),
        (dict(loops_done=7, loops_without_progress=1), None),
        (dict(companies_ready=24, loops_done=7), None),
        # transient failures cost loops, not the run: only max_failed_loops of them in a row fail it
        (dict(failed_loops=1), None),
        (dict(failed_loops=2), None),
        (dict(failed_loops=3), "failed"),
        (dict(failed_loops=3, loops_without_progress=5, loops_done=9), "failed"),  # before stall and max_loops
        (dict(failed_loops=1, max_failed_loops=1), "failed"),
        (dict(fatal_error="401 bad key"), "failed"),  # no retry fixes it: at once
        (dict(failed_loops=3, companies_ready=25), "completed"),
    ],
)
def test_should_stop(kw, status):
    decision = stop(**kw)
    assert (decision.status if decision else None) == status


def test_a_run_fails_on_transient_errors_only_after_loops_in_a_row_all_failed():
    reason = stop(failed_loops=3, last_error="agent call failed: HTTP 503").reason
    assert reason == "discovery failed: every batch of 3 loop(s) in a row failed; the last: agent call failed: HTTP 503"


def test_stop_reasons_are_readable():
    assert stop(companies_ready=25).reason == "target met: 25/25 companies"
    assert stop(loops_without_progress=2).reason.startswith("2 consecutive loop(s) added no new company (10/25)")
    assert stop(loops_done=8).reason == "max_loops=8 reached with 10/25 companies"


def test_progress_line_is_the_seed_text():
    assert progress_line(10, 25, "Buildium", "TX") == "Lead discovery: 10/25 companies (PMS=Buildium, State=TX)"
    c = LeadCriteria.parse("rentmanager", "new york", 3)
    assert progress_line(0, c.quantity, c.pms, c.state) == "Lead discovery: 0/3 companies (PMS=Rent Manager, State=NY)"


@pytest.mark.parametrize(
    "quantity,size,parallel,expected",
    [
        (25, 10, 1, 8),  # 3 ideal loops -> 2*3+2
        (25, 10, 3, 4),  # 1 ideal loop
        (10, 10, 1, 4),
        (1, 10, 1, 4),
        (100, 10, 2, 12),
        (10_000, 100, 16, 16),
    ],
)
def test_default_max_loops(quantity, size, parallel, expected):
    assert default_max_loops(quantity, size, parallel) == expected


@pytest.mark.parametrize(
    "current,base,accepted,returned,expected",
    [
        (10, 10, 10, 10, 15),  # clean batch: grow by half
        (15, 10, 15, 15, 23),
        (23, 10, 23, 23, 30),  # capped at 3x the configured size
        (10, 10, 4, 10, 5),  # mostly junk: halve
        (5, 10, 1, 5, 3),  # never below 3
        (10, 10, 7, 10, 10),  # in between: keep
        (10, 10, 0, 0, 10),  # an empty answer says nothing about quality
        (2, 2, 2, 2, 3),
    ],
)
def test_adaptive_batch_size(current, base, accepted, returned, expected):
    from leadflow.domain.planning import adapt_batch_size

    assert adapt_batch_size(current, base, accepted, returned) == expected


def test_low_quality_needs_enough_candidates():
    from leadflow.domain.planning import low_quality

    assert low_quality(1, 4) and not low_quality(2, 4) and not low_quality(0, 2)
