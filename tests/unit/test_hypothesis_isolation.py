"""The suite's own harness: a websocket's keepalive pings in a background thread leave the global
`random` state alone once conftest gave websockets a generator of its own (Hypothesis warned
"Do not use the `random` module inside strategies" when a ping of Prefect's events client fell
inside a property test's draw)."""

from __future__ import annotations

import asyncio
import random
import threading
import time

import pytest
import websockets.asyncio.connection
from conftest import own_random_for_background_threads
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve


def _global_state_changes_while_pinging(seconds: float = 0.2) -> bool:
    """Whether the global random state changed while a loopback websocket pinged every 20 ms
    (ten pings in `seconds`) from another thread, as Prefect's events client does every 20 s.
    Told as soon as it changes."""
    ready, done = threading.Event(), threading.Event()

    async def pinging() -> None:
        async def echo(ws) -> None:
            async for message in ws:
                await ws.send(message)

        async with serve(echo, "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            async with connect(f"ws://127.0.0.1:{port}", ping_interval=0.02):
                ready.set()
                while not done.is_set():
                    await asyncio.sleep(0.01)

    thread = threading.Thread(target=asyncio.run, args=(pinging(),), daemon=True)
    thread.start()
    assert ready.wait(10), "the loopback websocket did not connect"
    before, deadline = random.getstate(), time.monotonic() + seconds
    changed = False
    while not changed and time.monotonic() < deadline:
        time.sleep(0.01)
        changed = random.getstate() != before
    done.set()
    thread.join(10)
    return changed


def test_websocket_pings_in_another_thread_leave_the_global_random_state_alone(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(websockets.asyncio.connection, "random", random)  # as websockets ships it
    assert _global_state_changes_while_pinging(), "the pings did not draw from the global random (the test shows nothing)"
    assert "websockets.asyncio.connection" in own_random_for_background_threads()
    assert not _global_state_changes_while_pinging()
