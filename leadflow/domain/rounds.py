"""Loops when batches are pipelined: which loop a new batch belongs to, and when a loop is over.

A run keeps `parallel` batches in flight; a batch starts as soon as a slot frees up (and the
plan still has a gap to fill), not when the slowest batch of a loop is done. A **loop** is a
round of that slot pool: the next `parallel` batches *started* (fewer when the plan needed
fewer). So `max_loops` still bounds the batches a run may start (`max_loops x parallel`), and
`stall_loops` still counts rounds in a row that added nothing, as they did when every loop
waited for its slowest batch.

A loop is **closed** (counted in the store, and the stop rules asked) once every batch started
in it has been stored and the loops before it are closed. A loop that is not full yet closes
only when nothing is in flight any more (the pool drained): otherwise the next batch joins it.
Pure bookkeeping: the flow owns one `Rounds` per flow run; everything it decides from is in
the store, so a resumed run starts a fresh one at the run's next loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leadflow.domain.models import BatchOutcome, BatchRequest


@dataclass
class Round:
    """One loop's batches in the order they started, and their outcomes as they were stored."""

    loop: int
    requests: list[BatchRequest] = field(default_factory=list)
    outcomes: dict[int, BatchOutcome] = field(default_factory=dict)  # by batch number

    @property
    def pending(self) -> int:
        return len(self.requests) - len(self.outcomes)

    def stored(self) -> list[BatchOutcome]:
        """The outcomes in start order (a closed loop's, all of them)."""
        return [self.outcomes[r.batch_number] for r in self.requests if r.batch_number in self.outcomes]


@dataclass
class Rounds:
    """The loops of one flow run, from `first` on."""

    parallel: int
    first: int
    open: list[Round] = field(default_factory=list)  # started, not closed; in loop order

    def next_loops(self, free: int) -> list[int]:
        """The loop of each of the next `free` batches, in the order they would start."""
        loops: list[int] = []
        loop, started = self._current()
        for _ in range(max(0, free)):
            if started >= self.parallel:
                loop, started = loop + 1, 0
            loops.append(loop)
            started += 1
        return loops

    def _current(self) -> tuple[int, int]:
        """(the loop a new batch joins, batches already started in it)."""
        if not self.open:
            return self.first, 0
        last = self.open[-1]
        return last.loop, len(last.requests)

    def start(self, request: BatchRequest) -> None:
        """A batch started (its `loop` from `next_loops`)."""
        if not self.open or self.open[-1].loop != request.loop:
            self.open.append(Round(request.loop))
        self.open[-1].requests.append(request)

    @property
    def in_flight(self) -> list[BatchRequest]:
        return [r for rnd in self.open for r in rnd.requests if r.batch_number not in rnd.outcomes]

    def stored(self, request: BatchRequest, outcome: BatchOutcome) -> list[Round]:
        """A batch's outcome is stored; the loops that close with it, oldest first (see the module
        docstring). Later batches start in the loop after the last one closed."""
        for rnd in self.open:
            if rnd.loop == request.loop:
                rnd.outcomes[request.batch_number] = outcome
        closed: list[Round] = []
        drained = not self.in_flight
        while self.open and self.open[0].pending == 0 and (len(self.open[0].requests) >= self.parallel or drained):
            closed.append(self.open.pop(0))
        if closed and not self.open:
            self.first = closed[-1].loop + 1
        return closed
