"""Keep a run's lease alive while a flow run works on it (the original system's heartbeat).

A background thread renews the lease every `every` seconds. If another flow run has taken the
run over (our lease had expired), `lost` is set; the store refuses our writes anyway (see
`services._fence`), so this is only the early warning.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class LeaseKeeper:
    def __init__(self, renew: Callable[[], bool], every: float):
        self._renew, self._every = renew, every
        self._stop = threading.Event()
        self.lost = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="leadflow-lease", daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                held = self._renew()
            except Exception:  # noqa: BLE001 - a store hiccup: try again next time; fencing protects writes
                continue
            if not held:
                self.lost.set()
                return
