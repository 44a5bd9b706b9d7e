"""Parallel batches by place: regions of a state, their rotation and retirement, exclusions
kept to a region, asking a little more when some will be rejected, and cached tokens. No
Prefect: the service layer on a real SQLite store, with in-process discoverers."""

from __future__ import annotations

import math

import pytest

from leadflow.app import batches as batch_service
from leadflow.app import loop as loop_service
from leadflow.app import reading
from leadflow.app import runs as run_service
from leadflow.discovery.directory import DirectoryDiscoverer, sample_directory
from leadflow.discovery.openai_agent import _reported_usage
from leadflow.discovery.prompt import PROMPT_PLACES, batch_prompt, read_request
from leadflow.discovery.regions import SPLIT_ABOVE, regions, state_cities, subregions
from leadflow.domain.models import (
    BatchOutcome,
    BatchRequest,
    Candidate,
    DiscoveryResult,
    RunRequest,
    RunSummary,
    Usage,
    place_key,
)
from leadflow.domain.options import MAX_BATCH_SIZE
from leadflow.domain.planning import (
    MAX_REGION_EXCLUSIONS,
    acceptance_rate,
    counts_as_quiet,
    over_ask,
    partitions,
    places_in_play,
    region_count,
    region_exclusions,
    retired_regions,
)
from leadflow.domain.records import BatchRecord
from leadflow.store import UnitOfWork

# --- regions of a state -------------------------------------------------------------------------


@pytest.mark.parametrize("state,count", [("TX", 2), ("TX", 5), ("TX", 13), ("CA", 7), ("FL", 4), ("NY", 16), ("WY", 5)])
def test_regions_cover_the_state_once_and_are_the_same_every_time(state, count):
    parts = regions(state, count)
    assert 2 <= len(parts) <= count and [p.index for p in parts] == list(range(len(parts)))
    assert all(p.count == len(parts) for p in parts)
    places = [place for p in parts for place in p.places]
    assert sorted(places) == sorted(c.name for c in state_cities(state))  # every place, once
    assert len({p.key for p in parts}) == len(parts) and all(p.key.startswith(f"{state.lower()}-") for p in parts)
    assert all(len(p.label) <= 40 for p in parts)
    assert [p.population for p in parts] == sorted((p.population for p in parts), reverse=True)
    regions.cache_clear()
    assert regions(state, count) == parts  # recomputed, not only cached: a resume sees the same keys


@pytest.mark.parametrize("state,count", [("TX", 5), ("TX", 13), ("CA", 5), ("CA", 16), ("FL", 6)])
def test_regions_are_balanced_by_population(state, count):
    parts = regions(state, count)
    share = sum(p.population for p in parts) / len(parts)
    for p in parts:  # only a single place (a big city) may hold more than its share allows
        assert len(p.places) == 1 or p.population <= SPLIT_ABOVE * share, (p.label, p.population / share)


def test_metro_areas_stay_together_and_big_cities_stand_alone_when_the_run_is_large():
    five = {p.key: p for p in regions("TX", 5)}
    houston = five["tx-houston"]
    assert {"Houston", "Pasadena", "Pearland", "Sugar Land"} <= set(houston.places)
    assert houston.label.startswith("Houston area")
    fort_worth = next(p for p in five.values() if p.contains("Fort Worth"))
    assert fort_worth.contains("Arlington")
    thirteen = regions("TX", 13)
    assert next(p for p in thirteen if p.contains("Houston")).places == ("Houston",)
    assert any(p.label.startswith("Houston suburbs") for p in thirteen)


def test_no_regions_for_one_batch_an_unknown_state_or_a_single_place():
    assert regions("TX", 1) == () and regions("TX", 0) == ()
    assert regions("ZZ", 5) == ()
    assert len(regions("VT", 8)) == len(state_cities("VT")) < 8  # never more regions than places


@pytest.mark.parametrize(
    "a,b",
    [
        ("Fort Worth", "Ft. Worth"),
        ("Saint Petersburg", "St Petersburg"),
        ("  houston ", "HOUSTON"),
        ("Mount Pleasant", "Mt. Pleasant"),
        ("San José", "San Jose"),
        ("Winston-Salem", "winston salem"),
    ],
)
def test_place_names_compare_as_people_write_them(a, b):
    assert place_key(a) == place_key(b)


def test_region_count_grows_with_the_run_so_each_region_stays_small():
    assert region_count(25, 1) == 1 and region_count(40, 1) == 1  # the whole state
    assert region_count(50, 1) == 2 and region_count(500, 1) == 13
    assert region_count(25, 5) == 5 and region_count(500, 16) == 16


# --- rotation and retirement ----------------------------------------------------------------------


def batch(region: str | None, accepted: int = 5, returned: int = 10, error: str | None = None, **kw) -> BatchRecord:
    kw = {"loop": 1, "number": 1, "requested": 10, **kw}
    return BatchRecord(run_id="r", region=region, accepted=accepted, returned=returned, error=error, **kw)


def test_regions_rotate_least_asked_first_and_retire_when_they_bring_nothing_new():
    parts = regions("TX", 5)
    keys = [p.key for p in parts]
    assert [p.key for p in partitions(parts, 5)] == keys  # parallel: five places at once
    assert [p.key for p in partitions(parts, 1)] == keys[:1]
    history = [batch(keys[0]), batch(keys[1])]
    assert [p.key for p in partitions(parts, 2, history)] == keys[2:4]  # sequential runs rotate
    history += [batch(keys[2], accepted=0), batch(keys[3], accepted=0, error="HTTP 500")]
    assert retired_regions(history) == {keys[2]}  # an error says nothing about the region
    assert [p.key for p in partitions(parts, 5, history)] == [keys[4], keys[0], keys[1], keys[3]]
    history += [batch(k, accepted=0) for k in keys]
    assert partitions(parts, 5, history) == [None]  # every region dry: the whole state, once


def test_after_a_loop_of_dry_regions_the_whole_state_is_tried_before_the_run_stalls():
    parts = regions("TX", 5)
    keys = [p.key for p in parts]
    history = [batch(keys[0], loop=1), batch(keys[1], loop=2, accepted=0)]
    assert partitions(parts, 1, history) == [None]
    assert partitions(parts, 3, history) == [None, parts[2], parts[3]]
    history.append(batch(None, loop=3, accepted=4))  # the whole state still had some: rotate again
    assert [p.key for p in partitions(parts, 1, history)] == [keys[2]]
    history.append(batch(keys[2], loop=4, error="HTTP 500", accepted=0))  # a failure is not a dry region
    assert [p.key for p in partitions(parts, 1, history)] == [keys[3]]


def test_exclusions_are_the_regions_own_first_seen_first_and_capped():
    houston = next(p for p in regions("TX", 5) if p.key == "tx-houston")
    seen = [
        ("a.test", "Houston", None),
        ("b.test", "Dallas", None),
        ("c.test", "City3", "tx-houston"),
        ("a.test", "Houston", "tx-dallas"),
        ("d.test", "pasadena", "tx-dallas"),
        ("e.test", None, None),
    ]
    assert region_exclusions(seen, houston) == ["a.test", "c.test", "d.test"]
    many = [(f"x{i}.test", "Houston", None) for i in range(MAX_REGION_EXCLUSIONS + 40)]
    assert region_exclusions(many, houston) == [f"x{i}.test" for i in range(MAX_REGION_EXCLUSIONS)]


def test_a_region_past_its_exclusion_cap_gives_way_to_its_halves_then_its_places():
    fort_worth = next(p for p in regions("TX", 13) if p.key == "tx-fort-worth")
    halves = subregions("TX", fort_worth)
    assert len(halves) == 2 and all(h.key.startswith("tx-fort-worth/") for h in halves)
    assert sorted(p for h in halves for p in h.places) == sorted(fort_worth.places)  # a partition, no place lost
    assert halves[0].population >= halves[1].population and subregions("TX", halves[0]) == subregions("TX", halves[0])
    assert subregions("TX", next(p for p in regions("TX", 13) if p.key == "tx-houston")) == ()  # one place

    def seen_in(region, n, key=None):
        return [(f"{region.key}-{i}.test", region.places[i % len(region.places)], key) for i in range(n)]

    split = lambda r: subregions("TX", r)  # noqa: E731
    assert places_in_play([fort_worth], seen_in(fort_worth, MAX_REGION_EXCLUSIONS), split) == [fort_worth]
    crowded = places_in_play([fort_worth], seen_in(fort_worth, MAX_REGION_EXCLUSIONS + 1), split)
    assert fort_worth not in crowded and crowded and all(p.key.startswith("tx-fort-worth/") for p in crowded)
    assert all(p.index == fort_worth.index for p in crowded)  # its place in the rotation
    houston = next(p for p in regions("TX", 13) if p.key == "tx-houston")
    assert places_in_play([houston], seen_in(houston, MAX_REGION_EXCLUSIONS + 1), split) == []  # then the whole state


@pytest.mark.parametrize(
    "loop,quiet",
    [
        ([(None, 0, None)], True),  # the whole state, nothing new
        ([("tx-houston", 0, None)], False),  # a dry region retires: others are asked next
        ([("tx-houston", 0, None), (None, 0, None)], True),
        ([("tx-houston", 0, None), (None, 0, "HTTP 500")], False),
        ([(None, 0, "HTTP 500")], False),  # an outage is not a dry source
        ([(None, 1, None)], False),
        ([("tx-houston", 1, None), ("tx-dallas", 0, None)], False),
    ],
)
def test_only_a_dry_whole_state_counts_toward_the_stall_limit(loop, quiet):
    outcomes = [
        BatchOutcome(batch_number=n, requested=10, returned=10, accepted=accepted, error=error)
        for n, (_, accepted, error) in enumerate(loop, 1)
    ]
    region_of = {n: region for n, (region, _, _) in enumerate(loop, 1)}
    assert counts_as_quiet(outcomes, region_of) is quiet
    assert counts_as_quiet(outcomes, {}) is (not any(a for _, a, _ in loop) and any(e is None for _, _, e in loop))


# --- asking a little more when some will be rejected --------------------------------------------------


def test_the_rejection_rate_leaves_out_over_target_short_answers_and_extras_and_needs_a_few_candidates():
    assert acceptance_rate([]) is None
    assert acceptance_rate([batch("r", accepted=2, returned=4, requested=4)]) is None  # too few to say
    failed = batch("r", accepted=0, returned=0, error="x", requested=10)
    assert acceptance_rate([batch("r", accepted=8, returned=10, requested=10), failed]) == 0.8
    filled = batch("r", accepted=5, returned=10, requested=10, rejected_by_reason={"over_target": 5})
    assert acceptance_rate([filled]) == 1.0  # the list was full: nothing said about quality
    assert acceptance_rate([batch("r", accepted=7, returned=7, requested=10)]) == 1.0  # short, not rejected
    assert acceptance_rate([batch("r", accepted=10, returned=14, requested=10)]) == 1.0  # 4 extra junk: nothing lost
    assert acceptance_rate([batch("r", accepted=9, returned=14, requested=10)]) == 0.9


@pytest.mark.parametrize(
    "sizes,gap,rate,expected",
    [
        ([10], 10, 0.8, [13]),  # one call for the last 10, not 10 then a tail call for 2
        ([10, 10, 5], 25, 0.8, [12, 13, 7]),  # ceil(25 / 0.8) = 32 in all
        ([10], 40, 0.8, [10]),  # the loop cannot close the gap: full batches as configured
        ([10], 10, None, [10]),
        ([10], 10, 1.0, [10]),  # nothing rejected (yet): the gap
        ([10], 10, 0.1, [20]),  # at most twice the gap
        ([90], 90, 0.5, [MAX_BATCH_SIZE]),
        ([], 0, 0.8, []),
    ],
)
def test_over_ask(sizes, gap, rate, expected):
    assert over_ask(sizes, gap, rate) == expected
    if rate and rate < 1 and sum(sizes) == gap and gap:
        assert sum(expected) <= math.ceil(gap / max(rate, 0.5))


# --- the loop through the service layer -------------------------------------------------------------


@pytest.fixture
def uow_factory(migrated_sqlite_url, monkeypatch):
    from leadflow.store.engine import dispose_all

    url = migrated_sqlite_url
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield lambda: UnitOfWork(url)
    dispose_all()


FIRST = [
    "Amber",
    "Birch",
    "Cedar",
    "Delta",
    "Ember",
    "Fjord",
    "Garnet",
    "Harbor",
    "Indigo",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Marble",
    "Nimbus",
    "Onyx",
    "Pioneer",
    "Quarry",
    "Raven",
    "Sable",
    "Tundra",
]
SECOND = ["Homes", "Rentals", "Leasing", "Realty", "Housing", "Residential", "Estates", "Properties"]


class AreaAgent:
    """Like a real agent: a fixed universe of companies per city, the most prominent of the
    asked area first (or of the state), honouring the exclusions and places in the prompt's
    request block; every `junk_every`-th row has no PMS evidence (rejected)."""

    def __init__(self, state: str = "TX", per_city: int = 40, junk_every: int = 0, cached: int = 0):
        self.calls: list = []
        self.junk_every, self.cached = junk_every, cached
        cities = state_cities(state)
        self.universe = [  # prominence: the big cities' big names first, interleaved
            (f"{place_key(c.name).replace(' ', '')}-{i}.test", c.name, state) for i in range(per_city) for c in cities
        ]

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        prompt = batch_prompt(request)
        req = read_request(prompt)
        self.calls.append((req, len(prompt)))
        excluded, places = set(req.exclude_domains), {place_key(p) for p in req.places}
        rows = []
        for domain, city, state in self.universe:
            if len(rows) >= req.find:
                break
            if domain in excluded or (places and place_key(city) not in places):
                continue
            junk = self.junk_every and (len(rows) + 1) % self.junk_every == 0
            n = int(domain.split("-")[-1].split(".")[0])
            rows.append(
                Candidate(
                    name=f"{FIRST[n % 20]} {SECOND[n // 20 % 8]} {city}",
                    domain=domain,
                    city=city,
                    state=state,
                    pms=req.pms,
                    evidence_url=None if junk else f"https://{domain.split('.')[0]}.managebuilding.com/",
                )
            )
        return DiscoveryResult(
            candidates=rows,
            usage=Usage(llm_calls=1, prompt_tokens=len(prompt) // 4, completion_tokens=40 * len(rows), cached_tokens=self.cached),
        )


def drive(uow_factory, discoverer, **request) -> RunSummary:
    """The flow's loop without Prefect: plan, discover, record, close, until the run ends."""
    with uow_factory() as uow:
        opened = run_service.open_run(uow, RunRequest.parse(source="sample", **request))
    summary = opened.summary
    while not summary.is_final:
        with uow_factory() as uow:
            plan = loop_service.plan_loop(uow, summary.run_id).requests
        outcomes = []
        for req in plan:
            result = discoverer.discover(req)
            with uow_factory() as uow:
                outcomes.append(batch_service.record_batch(uow, req, result))
        with uow_factory() as uow:
            summary = loop_service.step(uow, summary.run_id, closing=[outcomes], in_flight=[], loops=[]).progress
    return summary


def test_parallel_batches_search_distinct_regions_with_their_own_exclusions(uow_factory):
    agent = AreaAgent()
    s = drive(uow_factory, agent, pms="Buildium", state="TX", quantity=50, options={"parallel": 5, "verify": False})
    assert (s.status, s.companies_ready, s.llm_calls) == ("completed", 50, 5)  # one loop, no overlap
    first = [req for req, _ in agent.calls[:5]]
    assert len({r.region for r in first}) == 5 and all(r.places for r in first)
    assert all(len(r.places) <= PROMPT_PLACES for r in first)


def test_a_sequential_run_rotates_regions_and_keeps_every_prompt_short(uow_factory):
    agent = AreaAgent()
    s = drive(uow_factory, agent, pms="Buildium", state="TX", quantity=200, options={"verify": False})
    assert (s.status, s.companies_ready, s.llm_calls) == ("completed", 200, 20)
    asked = [req for req, _ in agent.calls]
    assert len({r.region for r in asked}) == region_count(200, 1) == 5  # each region in turn
    assert max(len(r.exclude_domains) for r in asked) <= 40  # a region's finds, not the run's 190
    with uow_factory() as uow:
        rows = uow.repo.batch_rows(s.run_id)
    assert all(b.region and b.partition for b in rows)


def test_a_region_that_runs_dry_is_retired_and_the_whole_state_is_tried_last(uow_factory):
    agent = AreaAgent(per_city=1)  # one company per place: the regions run dry fast
    total = len(state_cities("TX"))
    s = drive(
        uow_factory,
        agent,
        pms="Buildium",
        state="TX",
        quantity=total + 50,
        options={"parallel": 4, "verify": False, "max_loops": 100},
    )
    assert s.status == "stalled" and s.companies_ready == total
    with uow_factory() as uow:
        rows = uow.repo.batch_rows(s.run_id)
    dry = {b.region for b in rows if b.region and not b.accepted}
    assert dry == {b.region for b in rows if b.region}  # every region asked until it brought nothing
    assert all(sum(1 for b in rows if b.region == key and not b.accepted) == 1 for key in dry)  # once
    assert rows[-1].region is None  # then the whole state


def test_over_asking_saves_the_tail_call_and_never_stores_over_the_target(uow_factory):
    agent = AreaAgent(junk_every=5)  # 20% of every answer is rejected
    s = drive(uow_factory, agent, pms="Buildium", state="TX", quantity=50, options={"parallel": 5, "verify": False})
    assert (s.status, s.companies_ready) == ("completed", 50)
    assert [req.find for req, _ in agent.calls] == [10] * 5 + [13]  # 40 accepted, then 10 / 0.8
    assert s.llm_calls == 6 and s.rejected.get("no_pms_evidence") and s.rejected.get("over_target", 0) <= 3
    with uow_factory() as uow:
        assert len(uow.repo.export_rows(s.run_id)) == 50


def test_cached_tokens_and_the_cost_of_over_asking_are_summed_in_status(uow_factory):
    agent = AreaAgent(cached=64)
    s = drive(uow_factory, agent, pms="Buildium", state="TX", quantity=12, options={"verify": False, "batch_size": 10})
    assert s.cached_tokens == 64 * s.llm_calls
    with uow_factory() as uow:
        row = uow.repo.batch_rows(s.run_id)[0]
    assert row.cached_tokens == 64
    # an answer over the gap: over_target rejections and their share of the completion tokens
    over = DiscoveryResult(
        candidates=[
            Candidate(
                name=f"Extra {i} Homes",
                domain=f"extra{i}.test",
                city="Austin",
                state="TX",
                pms="Buildium",
                evidence_url=f"https://extra{i}.managebuilding.com/",
            )
            for i in range(4)
        ],
        usage=Usage(llm_calls=1, prompt_tokens=100, completion_tokens=400),
    )
    with uow_factory() as uow:
        opened = run_service.open_run(
            uow, RunRequest.parse(source="sample", pms="Buildium", state="TX", quantity=1, options={"verify": False})
        )
    with uow_factory() as uow:
        [plan] = loop_service.plan_loop(uow, opened.run_id).requests
    with uow_factory() as uow:
        batch_service.record_batch(uow, plan, over)
    with uow_factory() as uow:
        after = reading.summary(uow, opened.run_id)
    assert after.rejected == {"over_target": 3} and after.over_target_tokens == 300


def test_the_sample_directory_filters_a_regions_batch_by_city_and_the_quickstart_still_completes(uow_factory):
    directory = DirectoryDiscoverer(sample_directory())
    s = drive(uow_factory, directory, pms="Buildium", state="TX", quantity=25)
    assert (s.status, s.companies_ready, s.batches) == ("completed", 25, 3)  # the quickstart: 10, 10, 5
    parallel = drive(uow_factory, directory, pms="Buildium", state="TX", quantity=40, options={"parallel": 3})
    assert (parallel.status, parallel.companies_ready) == ("completed", 40)
    with uow_factory() as uow:
        rows = uow.repo.export_rows(parallel.run_id)
        batches = {b.number: b for b in uow.repo.batch_rows(parallel.run_id)}
    parts = {p.key: p for p in regions("TX", region_count(40, 3))}
    for row in rows:  # a region's batch returned only companies of its places
        key = batches[row["batch_number"]].region
        assert key is None or parts[key].contains(row["city"])


def test_a_region_batch_of_the_directory_keeps_to_its_places():
    part = next(p for p in regions("TX", 5) if p.contains("Fort Worth"))
    req = BatchRequest(
        run_id="r",
        batch_number=1,
        loop=1,
        criteria=RunRequest.parse(pms="Buildium", state="TX", quantity=60).criteria(),
        companies_ready=0,
        remaining=60,
        batch_target=60,
        partition=part,
    )
    found = DirectoryDiscoverer(sample_directory()).discover(req).candidates
    assert found and all(part.contains(c.city) for c in found)
    assert len(found) < 60  # the state's other places are other batches' work


# --- cached tokens as the servers report them ---------------------------------------------------------


class _Raw:
    def __init__(self, body):
        self.body = body

    def json(self):
        return self.body


@pytest.mark.parametrize(
    "usage,expected",
    [
        (
            {"prompt_tokens": 1500, "completion_tokens": 90, "prompt_tokens_details": {"cached_tokens": 1280}},
            Usage(llm_calls=1, prompt_tokens=1500, completion_tokens=90, cached_tokens=1280),
        ),  # Chat Completions
        (
            {"input_tokens": 1500, "output_tokens": 90, "input_tokens_details": {"cached_tokens": 1024}},
            Usage(llm_calls=1, prompt_tokens=1500, completion_tokens=90, cached_tokens=1024),
        ),  # Responses
        ({"prompt_tokens": 10, "completion_tokens": 2}, Usage(llm_calls=1, prompt_tokens=10, completion_tokens=2)),
        ({"prompt_tokens": 10, "prompt_tokens_details": None}, Usage(llm_calls=1, prompt_tokens=10)),
        ({"prompt_tokens": 10, "prompt_tokens_details": {"cached_tokens": "9"}}, Usage(llm_calls=1, prompt_tokens=10)),
    ],
)
def test_cached_tokens_are_read_from_chat_and_responses_usage(usage, expected):
    assert _reported_usage(_Raw({"usage": usage})) == expected


def test_usage_adds_cached_tokens():
    assert (Usage(cached_tokens=3) + Usage(cached_tokens=4)).cached_tokens == 7


class ProminentAgent(AreaAgent):
    """A real agent's habit on a state's whole market: about one company per 10,000 people in
    each place, the best known first (a place's population over the company's rank in it),
    within the places asked about or, asked about the whole state, the state's best known."""

    def __init__(self, state: str = "TX"):
        super().__init__(state, per_city=0)
        rows = [
            (c.population / (i + 1), f"{place_key(c.name).replace(' ', '')}-{i}.test", c.name)
            for c in state_cities(state)
            for i in range(max(1, round(c.population / 10_000)))
        ]
        self.universe = [(domain, city, state) for _, domain, city in sorted(rows, key=lambda r: -r[0])]

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        """An answer is never short: past the area's companies it names the state's best known
        (outside the places asked about) that the prompt does not exclude."""
        result = super().discover(request)
        req, _ = self.calls[-1]
        named = set(req.exclude_domains) | {c.domain for c in result.candidates}
        extra = [d for d, _, _ in self.universe if d not in named][: max(0, req.find - len(result.candidates))]
        others = {d: (c, st) for d, c, st in self.universe}
        result.candidates.extend(
            Candidate(
                name=f"{FIRST[len(d) % 20]} {SECOND[len(d) % 8]} {others[d][0]}",
                domain=d,
                city=others[d][0],
                state=others[d][1],
                pms=req.pms,
                evidence_url=f"https://{d.split('.')[0]}.managebuilding.com/",
            )
            for d in extra
        )
        return result


def test_a_long_list_asks_every_place_left_before_it_calls_itself_stalled(uow_factory):
    """500 of Arizona's ~650 companies: a few dry regions and a dry whole-state batch on the way
    once stalled the run at 327 (two quiet loops) with Phoenix barely asked."""
    agent = ProminentAgent("AZ")
    assert 600 < len(agent.universe) < 700
    s = drive(uow_factory, agent, pms="Buildium", state="AZ", quantity=500, options={"verify": False})
    assert (s.status, s.companies_ready) == ("completed", 500)
    assert s.llm_calls <= 65  # 50 at ten a call, a few dry places and answers padded with known names
    assert max(len(req.exclude_domains) for req, _ in agent.calls) <= 300
