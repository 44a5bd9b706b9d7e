"""The thread a loopback fake server runs in."""

from __future__ import annotations

import socketserver
import threading

# `shutdown()` returns once `serve_forever` next looks at its flag: Python's default poll of
# 0.5 s made every stop of a fake wait up to that long (the suite stops hundreds). 10 ms costs
# about 0.1% of a core per idle server.
POLL_SECONDS = 0.01


def serving(server: socketserver.BaseServer) -> threading.Thread:
    """A daemon thread (not started) that serves `server` until its `shutdown()`."""
    return threading.Thread(target=server.serve_forever, kwargs={"poll_interval": POLL_SECONDS}, daemon=True)
