"""Pipelined batches without Prefect: what a loop is (`domain/rounds.py`), the planner's view of
the batches in flight (busy regions, the gap net of what they should bring), and the flow's
step loop driven on a real SQLite store with the batches finishing in a chosen order."""

from __future__ import annotations

import pytest
from test_regions import AreaAgent, uow_factory  # noqa: F401 - the fixture is used by name

from leadflow.app import batches as batch_service
from leadflow.app import ledger, reading
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.discovery.regions import regions
from leadflow.domain.models import BatchOutcome, BatchRequest, RunRequest, RunSummary
from leadflow.domain.planning import in_flight_yield, partitions
from leadflow.domain.rounds import Rounds


def request(number: int, loop: int) -> BatchRequest:
    from leadflow.domain.criteria import LeadCriteria

    criteria = LeadCriteria(pms="Buildium", state="TX", quantity=50)
    return BatchRequest(
        run_id="r", batch_number=number, loop=loop, criteria=criteria, companies_ready=0, remaining=50, batch_target=10
    )


def done(number: int, accepted: int = 10) -> BatchOutcome:
    return BatchOutcome(batch_number=number, requested=10, returned=accepted, accepted=accepted)


# --- what a loop is ---------------------------------------------------------------------------


def test_a_loop_is_parallel_batches_started_and_closes_when_they_are_all_stored():
    rounds = Rounds(parallel=2, first=1)
    assert rounds.next_loops(2) == [1, 1]
    a, b = request(1, 1), request(2, 1)
    rounds.start(a)
    rounds.start(b)
    assert rounds.next_loops(1) == [2]  # loop 1 is full: the next batch starts loop 2
    assert rounds.stored(b, done(2)) == []  # batch 1 still in flight: loop 1 stays open
    c = request(3, 2)
    rounds.start(c)  # the freed slot is refilled at once, in loop 2
    assert [r.batch_number for r in rounds.in_flight] == [1, 3]
    assert rounds.stored(c, done(3)) == []  # loop 2 cannot close before loop 1
    assert rounds.next_loops(2) == [2, 3]
    closed = rounds.stored(a, done(1))
    # loop 1 closes; loop 2 (one batch, nothing in flight any more) closes with it
    assert [(r.loop, [o.batch_number for o in r.stored()]) for r in closed] == [(1, [1, 2]), (2, [3])]
    assert rounds.next_loops(1) == [3] and rounds.in_flight == []


def test_a_loop_that_is_not_full_takes_the_next_batch_while_one_of_its_own_is_in_flight():
    rounds = Rounds(parallel=3, first=4)  # a resumed run: 3 loops done
    first = request(10, 4)
    rounds.start(first)
    assert rounds.next_loops(2) == [4, 4]
    second = request(11, 4)
    rounds.start(second)
    assert rounds.stored(second, done(11)) == []  # not full, batch 10 in flight: open
    assert rounds.next_loops(1) == [4]
    assert [r.loop for r in rounds.stored(first, done(10))] == [4]  # drained: closes short


@pytest.mark.parametrize(
    "asked,acceptance,expected",
    [
        ([], None, 0),
        ([10, 10], None, 20),  # no rate yet: what they asked for
        ([10, 10, 10, 10], 0.8, 32),
        ([13], 0.8, 10),  # an over-asked batch is expected to bring what it was raised for
        ([10], 1.5, 10),
    ],
)
def test_what_the_batches_in_flight_are_expected_to_bring(asked, acceptance, expected):
    assert in_flight_yield(asked, acceptance) == expected


def test_a_freed_slot_gets_a_region_not_in_flight():
    tx = regions("TX", 5)
    busy = {tx[0].key, tx[2].key}
    picked = partitions(tx, 3, [], busy)
    assert len(picked) == 3 and not {p.key for p in picked if p} & busy
    assert partitions(tx, 2, [], {r.key for r in tx}) == []  # every region busy: wait for one
    assert partitions([], 1, [], {None}) == []  # a whole-state batch in flight: not a second one
    assert partitions([], 1, [], set()) == [None]


# --- the step loop, as the flow drives it -----------------------------------------------------


def pipelined(uow_factory, agent, finish_order, **values) -> tuple[RunSummary, list[str]]:  # noqa: F811
    """The flow's pipeline without Prefect: `parallel` batches in flight, the next to finish
    chosen by `finish_order(in_flight)`; after each stored batch one `loop.step`. Returns the
    summary and the events in order ("start N" / "store N")."""
    with uow_factory() as uow:
        opened = run_service.open_run(uow, RunRequest.parse(source="sample", **values))
    s, events = opened.summary, []
    rounds = Rounds(parallel=s.parallel, first=s.loops + 1)
    answers = {}
    plan = opened.plan
    stopping = False
    while not s.is_final:
        for req in plan.requests if plan else []:
            rounds.start(req)
            answers[req.batch_number] = plan.paid.get(req.batch_number) or agent.discover(req)
            events.append(f"start {req.batch_number}")
        closed = []
        if rounds.in_flight:
            req = finish_order(rounds.in_flight)
            with uow_factory() as uow:
                outcome = batch_service.record_batch(uow, req, answers[req.batch_number])
            events.append(f"store {req.batch_number}")
            closed = rounds.stored(req, outcome)
        in_flight = rounds.in_flight
        stopping = stopping and bool(in_flight)
        loops = [] if stopping else rounds.next_loops(s.parallel - len(in_flight))
        with uow_factory() as uow:
            step = loop_service.step(uow, s.run_id, closing=[r.stored() for r in closed], in_flight=in_flight, loops=loops)
        s, plan, stopping = step.progress, step.plan, stopping or step.stopping
    return s, events


def first_started(in_flight):
    return in_flight[0]


def slow_first_batch(in_flight):
    """Batch 1 answers last of all: every other batch that is in flight finishes before it."""
    later = [r for r in in_flight if r.batch_number != 1]
    return later[0] if later else in_flight[0]


@pytest.mark.parametrize("order", [first_started, slow_first_batch])
def test_50_at_parallel_5_take_5_calls_and_6_when_a_fifth_is_rejected(uow_factory, order):  # noqa: F811
    s, _ = pipelined(uow_factory, AreaAgent(), order, pms="Buildium", state="TX", quantity=50, options={"parallel": 5})
    assert (s.status, s.companies_ready, s.llm_calls, s.loops) == ("completed", 50, 5, 1)
    junk = AreaAgent(state="FL", junk_every=5)
    s, _ = pipelined(uow_factory, junk, order, pms="Buildium", state="FL", quantity=50, options={"parallel": 5})
    assert (s.status, s.companies_ready) == ("completed", 50)
    assert s.llm_calls <= 6, [req.find for req, _ in junk.calls]


def test_a_slot_freed_by_a_fast_batch_is_refilled_while_the_slow_one_is_in_flight(uow_factory):  # noqa: F811
    agent = AreaAgent(junk_every=2)  # half rejected: the run needs more than one loop
    s, events = pipelined(uow_factory, agent, slow_first_batch, pms="Buildium", state="TX", quantity=30, options={"parallel": 3})
    assert (s.status, s.companies_ready) == ("completed", 30)
    refill = next(e for e in events if e.startswith("start ") and int(e.split()[1]) > 3)
    assert events.index(refill) < events.index("store 1")  # started while batch 1 was still in flight
    with uow_factory() as uow:
        rows = reading.batch_table(uow, s.run_id)
    by_number = {b.number: b for b in rows}
    started_with_1 = [int(e.split()[1]) for e in events[: events.index("store 1")] if e.startswith("start ")]
    assert by_number[1].loop == 1 and {by_number[n].loop for n in started_with_1 if n > 3} == {2}
    # no two batches in flight at once searched the same region
    flying: set[str | None] = set()
    for e in events:
        kind, n = e.split()
        region = by_number[int(n)].region
        if kind == "start":
            assert region not in flying, (e, flying)
            flying.add(region)
        else:
            flying.discard(region)
    # the refill's exclusions hold what was stored before it started, in its region
    req, _ = agent.calls[int(refill.split()[1]) - 1]
    stored_before = {int(e.split()[1]) for e in events[: events.index(refill)] if e.startswith("store ")}
    assert stored_before and req.exclude_domains is not None


def test_a_stop_waits_for_the_batches_in_flight_and_loops_keep_counting_rounds(uow_factory):  # noqa: F811
    # an agent that finds nothing new: two quiet loops of 2 end the run stalled, each loop's
    # batches all stored (paid for) before the status is written
    class Dry:
        calls: list = []

        def discover(self, req):
            from leadflow.domain.models import DiscoveryResult

            self.calls.append(req)
            return DiscoveryResult(candidates=[])

    dry = Dry()
    s, events = pipelined(
        uow_factory, dry, slow_first_batch, pms="Buildium", state="TX", quantity=40, options={"parallel": 2, "stall_loops": 2}
    )
    # loop 2 closes quiet while a batch of loop 3 is in flight: it is stored, then loop 3 decides
    assert s.status == "stalled" and 2 <= s.loops <= 3 and "consecutive loop(s)" in (s.status_reason or "")
    assert all(f"store {r.batch_number}" in events for r in dry.calls)  # nothing paid was left unstored
    assert len(dry.calls) <= 2 * s.loops


def test_max_loops_bounds_the_batches_started(uow_factory):  # noqa: F811
    agent = AreaAgent(junk_every=1)  # nothing usable, but every answer is new: no stall
    s, _ = pipelined(
        uow_factory,
        agent,
        slow_first_batch,
        pms="Buildium",
        state="TX",
        quantity=40,
        options={"parallel": 2, "max_loops": 3, "stall_loops": 99},
    )
    assert (s.status, s.loops) == ("partial", 3) and len(agent.calls) <= 6


def test_max_calls_counts_the_batches_in_flight(uow_factory):  # noqa: F811
    agent = AreaAgent(junk_every=2)
    s, _ = pipelined(
        uow_factory, agent, slow_first_batch, pms="Buildium", state="TX", quantity=60, options={"parallel": 3, "max_calls": 4}
    )
    assert s.status == "partial" and s.status_reason.startswith("budget: max_calls=4")
    assert len(agent.calls) <= 4 and s.llm_calls == len(agent.calls)


def test_after_a_crash_mid_pipeline_a_paid_answer_is_replayed_and_the_gaps_are_not_repaid(uow_factory):  # noqa: F811
    """Batches 1-3 in flight; batch 3 stored, batch 2 answered (kept) but not stored, batch 1's
    call lost with the worker. The resume replays batch 2 and asks only for what is missing."""
    agent = AreaAgent()
    values = dict(pms="Buildium", state="TX", quantity=30, options={"parallel": 3, "verify": False})
    with uow_factory() as uow:
        opened = run_service.open_run(uow, RunRequest.parse(source="sample", **values))
    one, two, three = opened.plan.requests
    with uow_factory() as uow:
        ledger.request_started(uow, one, budget=4)  # sent; the worker died waiting
    with uow_factory() as uow:
        entry = ledger.request_started(uow, two, budget=4)
        ledger.answer_received(uow, entry.id, two, agent.discover(two))
    with uow_factory() as uow:
        batch_service.record_batch(uow, three, agent.discover(three))
    paid_before = len(agent.calls)
    with uow_factory() as uow:
        uow.repo.update_run(opened.run_id, lease_expires_at=None)
        uow.commit()
    s, events = pipelined(uow_factory, agent, first_started, run_id=opened.run_id)
    assert (s.status, s.companies_ready) == ("completed", 30)
    assert events[:2] == ["start 2", "store 2"], events  # the paid answer, replayed and stored before anything new
    assert len(agent.calls) - paid_before == 1, (
        events,
        [(r.region, r.find) for r, _ in agent.calls],
    )  # only batch 1's 10 companies asked again, as batch 4
    with uow_factory() as uow:
        assert [b.number for b in reading.batch_table(uow, s.run_id)] == [2, 3, 4]
