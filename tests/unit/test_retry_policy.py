"""The request budget and retry policy (`domain/retry.py`) as tables: every branch of the
decision, without Prefect, a store or a server. The same rules through real flows and a real
SDK: tests/test_retry_budget.py."""

from __future__ import annotations

import pytest

from leadflow.domain.models import Usage
from leadflow.domain.retry import (
    Budget,
    Decision,
    Failure,
    Kind,
    Spent,
    Why,
    batch_target,
    history,
    kind_of,
    next_attempt,
    requests_made,
    retries_for,
    wait_before,
)

R, T, D = Kind.REJECTED, Kind.TRANSIENT, Kind.DETERMINISTIC
NOW = 1000.0  # the monotonic clock at the failure


@pytest.mark.parametrize(
    ("transient", "deterministic", "kind"),
    [
        (False, False, R),
        (False, True, R),  # deterministic means nothing without transient: refused is refused
        (True, False, T),
        (True, True, D),
    ],
)
def test_the_kind_of_a_failure(transient, deterministic, kind):
    assert kind_of(transient=transient, deterministic=deterministic) is kind


@pytest.mark.parametrize(
    ("per_batch", "attempts", "allowed"),
    [
        (4, 4, 4),  # the default: LEADFLOW_MAX_REQUESTS_PER_BATCH and with_backoff's retries agree
        (2, 4, 2),  # the setting lowered after the task was decorated
        (10, 4, 4),  # the task's own retries are less than the setting
        (4, 1, 1),  # outside a task run (a bare call): one request
    ],
)
def test_the_budget_is_the_smaller_of_the_setting_and_the_task_runs_attempts(per_batch, attempts, allowed):
    assert Budget(per_batch, attempts).allowed == allowed


@pytest.mark.parametrize(("made", "spent"), [(0, False), (3, False), (4, True), (5, True)])
def test_a_budget_is_spent_by_as_many_requests_as_it_allows(made, spent):
    assert Budget(4, 4).spent_by(made) is spent


@pytest.mark.parametrize(("per_batch", "retries"), [(4, 3), (1, 0), (10, 9)])
def test_the_orchestrators_retries_are_every_request_but_the_first(per_batch, retries):
    assert retries_for(per_batch) == retries


@pytest.mark.parametrize(
    ("spent", "requested", "asked"),
    [
        (Spent(), 10, 10),
        (Spent(attempts=2), 10, 10),  # transient failures keep the size
        (Spent(attempts=1, shrunk_to=5), 10, 5),  # a smaller size, once chosen, sticks
    ],
)
def test_what_the_next_request_asks_for(spent, requested, asked):
    assert batch_target(spent, requested) == asked


@pytest.mark.parametrize(
    ("not_before", "wait"),
    [
        (0.0, 0.0),  # the server said nothing
        (NOW + 2.5, 2.5),  # the server's Retry-After outlasts the backoff
        (NOW - 1.0, 0.0),  # the backoff already waited longer
    ],
)
def test_what_is_left_to_wait_of_a_retry_after(not_before, wait):
    assert wait_before(Spent(not_before=not_before), NOW) == wait


@pytest.mark.parametrize(
    ("in_process", "booked_before", "sent", "made"),
    [
        (0, None, True, 1),  # no ledger: this process's count
        (2, None, True, 3),
        (2, None, False, 2),
        (0, 3, True, 4),  # the ledger counts every machine's requests: it wins
        (5, 1, True, 2),
        (2, 0, True, 1),  # even when it says none were made before
        (0, 4, False, 4),  # refused by the ledger: a dead worker spent the budget, nothing sent here
    ],
)
def test_requests_made_once_an_attempt_is_over(in_process, booked_before, sent, made):
    assert requests_made(Spent(attempts=in_process), booked_before, sent) == made


# --- next_attempt: retry, stop, wait; and why ------------------------------------------

BUDGET = Budget(4, 4)


@pytest.mark.parametrize(
    ("failure", "shrunk_to", "asked", "made", "budget", "why", "next_size"),
    [
        # rejected: never, whatever else holds
        pytest.param(Failure(R), None, 10, 1, BUDGET, Why.REJECTED, None, id="rejected"),
        pytest.param(Failure(R), None, 10, 4, BUDGET, Why.REJECTED, None, id="rejected-at-the-budget"),
        pytest.param(Failure(R, retry_after=5.0), None, 10, 1, BUDGET, Why.REJECTED, None, id="rejected-with-retry-after"),
        pytest.param(Failure(R), 5, 5, 2, BUDGET, Why.REJECTED, None, id="rejected-after-shrinking"),
        # transient: the same request again until the budget is spent
        pytest.param(Failure(T), None, 10, 1, BUDGET, Why.AGAIN, 10, id="transient-first"),
        pytest.param(Failure(T), None, 10, 3, BUDGET, Why.AGAIN, 10, id="transient-last-request-left"),
        pytest.param(Failure(T), None, 10, 4, BUDGET, Why.BUDGET_SPENT, None, id="transient-budget-spent"),
        pytest.param(Failure(T), None, 10, 6, BUDGET, Why.BUDGET_SPENT, None, id="transient-over-the-budget"),
        pytest.param(Failure(T), 5, 5, 2, BUDGET, Why.AGAIN, 5, id="transient-keeps-the-smaller-size"),
        pytest.param(Failure(T), None, 10, 1, Budget(4, 1), Why.BUDGET_SPENT, None, id="transient-outside-a-task-run"),
        pytest.param(Failure(T), None, 10, 2, Budget(2, 4), Why.BUDGET_SPENT, None, id="transient-setting-of-2"),
        pytest.param(Failure(T), None, 10, 2, Budget(4, 2), Why.BUDGET_SPENT, None, id="transient-task-retries-of-1"),
        pytest.param(Failure(T), None, 10, 4, Budget(10, 10), Why.AGAIN, 10, id="transient-setting-of-10"),
        # deterministic: once more with half the batch, then stop
        pytest.param(Failure(D), None, 10, 1, BUDGET, Why.SMALLER, 5, id="deterministic-halves"),
        pytest.param(Failure(D), None, 5, 1, BUDGET, Why.SMALLER, 2, id="deterministic-halves-rounding-down"),
        pytest.param(Failure(D), None, 3, 1, BUDGET, Why.SMALLER, 1, id="deterministic-3-to-1"),
        pytest.param(Failure(D), None, 1, 1, BUDGET, Why.SMALLER, 1, id="deterministic-at-least-one"),
        pytest.param(Failure(D), None, 10, 3, BUDGET, Why.SMALLER, 5, id="deterministic-after-transients"),
        pytest.param(Failure(D), 5, 5, 2, BUDGET, Why.FAILED_SMALLER, None, id="deterministic-twice"),
        pytest.param(Failure(D), 1, 1, 2, BUDGET, Why.FAILED_SMALLER, None, id="deterministic-twice-at-one"),
        pytest.param(Failure(D), None, 10, 4, BUDGET, Why.BUDGET_SPENT, None, id="deterministic-budget-first"),
        pytest.param(Failure(D), 5, 5, 4, BUDGET, Why.BUDGET_SPENT, None, id="deterministic-twice-budget-first"),
    ],
)
def test_what_a_failed_request_leads_to(failure, shrunk_to, asked, made, budget, why, next_size):
    decision = next_attempt(
        failure,
        spent=Spent(attempts=made - 1, shrunk_to=shrunk_to),
        asked=asked,
        made=made,
        budget=budget,
        usage=Usage(),
        now=NOW,
    )
    assert decision.why is why
    assert decision.retry is (next_size is not None)
    if next_size is None:
        assert decision == Decision(why)
    else:
        assert decision.next is not None and batch_target(decision.next, asked) == next_size
        assert decision.next.attempts == made


@pytest.mark.parametrize(
    ("kind", "retry_after", "not_before"),
    [
        (T, 2.0, NOW + 2.0),  # the server's Retry-After: not before then
        (T, 120.0, NOW + 120.0),
        (T, None, 0.0),  # it said nothing: the backoff alone
        (T, 0.0, 0.0),  # "0": no wait either
        (D, 3.0, NOW + 3.0),  # a smaller retry waits as asked too
    ],
)
def test_a_retry_starts_no_sooner_than_the_server_asked(kind, retry_after, not_before):
    decision = next_attempt(Failure(kind, retry_after), spent=Spent(), asked=10, made=1, budget=BUDGET, usage=Usage(), now=NOW)
    assert decision.next is not None and decision.next.not_before == not_before
    assert wait_before(decision.next, NOW) == max(0.0, not_before - NOW)


def test_the_next_attempt_carries_what_every_attempt_cost():
    paid = Usage(llm_calls=3, prompt_tokens=300, completion_tokens=40)
    decision = next_attempt(
        Failure(T),
        spent=Spent(attempts=2, usage=Usage(llm_calls=2, prompt_tokens=200)),
        asked=10,
        made=3,
        budget=BUDGET,
        usage=paid,
        now=NOW,
    )
    assert decision.next == Spent(attempts=3, usage=paid, shrunk_to=None, not_before=0.0)


# --- history: how a batch that stops got there ------------------------------------------


@pytest.mark.parametrize(
    ("kind", "made", "asked", "requested", "per_batch", "said"),
    [
        (R, 1, 10, 10, 4, "not retried; 1 request"),
        (R, 3, 10, 10, 4, "not retried; 3 requests"),  # rejected after transient failures
        (R, 2, 5, 10, 4, "not retried; 2 requests"),  # rejected: the smaller size is not the story
        (T, 4, 10, 10, 4, "4 requests, the budget of 4 per batch"),
        (T, 2, 10, 10, 2, "2 requests, the budget of 2 per batch"),
        (T, 1, 10, 10, 4, "1 request"),  # stopped by the task's own attempts (a bare call), not the setting
        (T, 4, 10, 10, 2, "4 requests, the budget of 2 per batch"),  # the ledger counts what an earlier setting allowed
        (D, 2, 5, 10, 4, "2 requests; retried with 5 companies instead of 10"),
        (D, 4, 5, 10, 4, "4 requests; retried with 5 companies instead of 10, the budget of 4 per batch"),
        (D, 2, 1, 1, 4, "2 requests"),  # one company: half of it is the same size
    ],
)
def test_the_history_of_a_batch_that_stops(kind, made, asked, requested, per_batch, said):
    assert history(kind, made=made, asked=asked, requested=requested, per_batch=per_batch) == said


# --- whole batches: the policy run to its end, as the task runs it -------------------------


def run_batch(kinds: list[Kind | None], requested: int, budget: Budget = BUDGET) -> tuple[list[int], str | None]:
    """One batch whose requests fail as `kinds` says in turn (None: answered): the sizes asked
    for, and the history of a batch that stops (None: it got an answer)."""
    spent, sizes = Spent(), []
    for kind in kinds:
        asked = batch_target(spent, requested)
        sizes.append(asked)
        made = requests_made(spent, None, True)
        if kind is None:
            return sizes, None
        decision = next_attempt(Failure(kind), spent=spent, asked=asked, made=made, budget=budget, usage=Usage(), now=NOW)
        if decision.next is None:
            return sizes, history(kind, made=made, asked=asked, requested=requested, per_batch=budget.per_batch)
        spent = decision.next
    raise AssertionError(f"the batch went on past its script: {sizes}")


@pytest.mark.parametrize(
    ("kinds", "requested", "budget", "sizes", "said"),
    [
        pytest.param([T] * 5, 5, BUDGET, [5, 5, 5, 5], "4 requests, the budget of 4 per batch", id="always-500"),
        pytest.param([T] * 5, 5, Budget(2, 4), [5, 5], "2 requests, the budget of 2 per batch", id="budget-setting-2"),
        pytest.param([T], 5, Budget(1, 4), [5], "1 request, the budget of 1 per batch", id="budget-setting-1"),
        pytest.param([R], 5, BUDGET, [5], "not retried; 1 request", id="bad-key"),
        pytest.param([T, R], 5, BUDGET, [5, 5], "not retried; 2 requests", id="quota-runs-out-after-a-500"),
        pytest.param([D, D, D], 10, BUDGET, [10, 5], "2 requests; retried with 5 companies instead of 10", id="truncated"),
        pytest.param([D, D], 5, BUDGET, [5, 2], "2 requests; retried with 2 companies instead of 5", id="refused-of-5"),
        pytest.param([D, None], 10, BUDGET, [10, 5], None, id="smaller-batch-works"),
        pytest.param(
            [T, T, D, T, T],
            10,
            BUDGET,
            [10, 10, 10, 5],
            "4 requests; retried with 5 companies instead of 10, the budget of 4 per batch",
            id="every-kind",
        ),
        pytest.param([T, D, T, None], 10, BUDGET, [10, 10, 5, 5], None, id="flaky-then-answered"),
        pytest.param(
            [D, T, D],
            8,
            BUDGET,
            [8, 4, 4],
            "3 requests; retried with 4 companies instead of 8",
            id="deterministic-again-after-a-transient",
        ),
    ],
)
def test_a_whole_batch(kinds, requested, budget, sizes, said):
    assert run_batch(kinds, requested, budget) == (sizes, said)
