"""A TCP proxy on 127.0.0.1 in front of a real server (PostgreSQL), that an operator's network
can break: `cut()` drops every open connection and refuses new ones (accepts, then closes, as a
restarting server or a failing load balancer does) until `restore()`."""

from __future__ import annotations

import socket
import threading

from fake_web import _relay


class TcpProxy:
    def __init__(self, target: tuple[str, int] = ("127.0.0.1", 5432)):
        self.target = target
        self.down = threading.Event()
        self.stop = threading.Event()
        self.cuts = 0  # connections dropped or refused while down
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> TcpProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self._listener.close()
        self._drop()

    def cut(self) -> None:
        """The network goes away: open connections break, new ones are refused."""
        self.down.set()
        self._drop()

    def restore(self) -> None:
        self.down.clear()

    def _drop(self) -> None:
        with self._lock:
            dropped, self._open = self._open, []
            self.cuts += len(dropped) // 2
        for sock in dropped:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.down.is_set():
                self.cuts += 1
                client.close()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            threading.Thread(target=_relay, args=(client, upstream, self.stop), daemon=True).start()
