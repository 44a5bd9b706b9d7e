"""Host-name lookups that a fetch can give up on: getaddrinfo cannot be interrupted, so each
runs on a thread of its own and the fetch waits for it with what is left of its deadline."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future

Resolver = Callable[[str, int], list[tuple[str, int]]]


class Lookups:
    """At most `most` lookups at once; the rest wait their turn. Daemon threads, unlike a thread
    pool's: the interpreter joins a pool's threads at exit, so a lookup the resolver never
    answered held up the end of the process (a run's command, a test worker: about 2 s each)
    long after its fetch had given up on it."""

    def __init__(self, most: int) -> None:
        self._slots = threading.BoundedSemaphore(most)

    def submit(self, resolve: Resolver, host: str, port: int) -> Future[list[tuple[str, int]]]:
        future: Future[list[tuple[str, int]]] = Future()

        def run() -> None:
            with self._slots:
                if not future.set_running_or_notify_cancel():  # given up on while it waited
                    return
                try:
                    future.set_result(list(resolve(host, port)))
                except BaseException as exc:  # noqa: BLE001 - handed to the waiting fetch as it came
                    future.set_exception(exc)

        threading.Thread(target=run, name="leadflow-dns", daemon=True).start()
        return future
