"""Scripts for tests/fake_openai.py that fail now and then, seeded: the same seed fails the same
requests whoever sends them (the real flow in tests/test_retry_budget.py, or the use cases
without Prefect in tests/unit/test_retry_sweeps.py), as long as the requests come in the same
order and ask for the same sizes."""

from __future__ import annotations

import random

from fake_openai import Reply, fresh

from leadflow.settings import DEFAULT_MAX_REQUESTS_PER_BATCH

BUDGET = DEFAULT_MAX_REQUESTS_PER_BATCH
TRUNCATED = '{"companies": [{"name": "Tru'

# The client's timeout in the flaky-server runs, and a hang past it. Wide enough that a normal
# answer never times out on a loaded 2-core machine (the fake answers from a thread of the test
# process, behind the flow's own threads): a late answer would be one more request than the
# faults explain (seen in CI with 0.5 s, and once in six sweeps at load 7.5 with 1.2 s).
CLIENT_TIMEOUT, HANG = 2.5, 2.8


def flaky(seed: int):
    """30% transient faults (500, 503, plain 429, timeouts) and 10% truncated answers to
    requests for more than two companies (a smaller batch fits), independently per request;
    a fault never strikes more than BUDGET - 1 requests in a row (a flaky server, not a dead one)."""
    rng, streak = random.Random(seed), 0
    seen = {"transient": 0, "truncated": 0}

    def script(call):
        nonlocal streak
        roll = rng.random()
        if streak < BUDGET - 1 and roll < 0.30:
            streak += 1
            seen["transient"] += 1
            raise rng.choice([Reply(500), Reply(503, headers={"retry-after-ms": "20"}), Reply(429), Reply(hang=HANG)])
        if streak < BUDGET - 1 and roll >= 0.90 and call.want > 2:
            streak += 1
            seen["truncated"] += 1
            raise Reply(content=TRUNCATED, finish_reason="length")
        streak = 0
        return fresh(call, call.want)

    return script, seen


def faulty(seed: int):
    """30% transient faults (500, 503, plain 429) and 10% truncated answers, independently per
    request and with no cap on streaks: now and then a batch spends its whole budget."""
    rng = random.Random(seed)
    seen = {"transient": 0, "truncated": 0}

    def script(call):
        roll = rng.random()
        if roll < 0.30:
            seen["transient"] += 1
            raise rng.choice([Reply(500), Reply(503, headers={"retry-after-ms": "20"}), Reply(429)])
        if roll >= 0.90 and call.want > 1:
            seen["truncated"] += 1
            raise Reply(content=TRUNCATED, finish_reason="length")
        return fresh(call, call.want)

    return script, seen
