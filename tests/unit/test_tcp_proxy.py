"""The suite's TCP proxy (tests/fake_tcp.py) behaves as a network does: what one side closes,
the other sees closed. A client left holding a connection its server had closed waited out its
read timeout (60 s in Prefect's client), which once failed an outage test at random."""

from __future__ import annotations

import socket
import threading

from fake_tcp import TcpProxy


def test_a_connection_the_server_closes_is_closed_for_the_client_too():
    server = socket.create_server(("127.0.0.1", 0))

    def close_the_connection():  # as uvicorn does to a keep-alive connection left idle
        conn, _ = server.accept()
        conn.close()

    threading.Thread(target=close_the_connection, daemon=True).start()
    with TcpProxy(server.getsockname()[:2]) as proxy, socket.create_connection(("127.0.0.1", proxy.port)) as client:
        client.settimeout(3)
        assert client.recv(1) == b""  # EOF, not a timeout
    server.close()


def test_a_cut_closes_open_connections_and_refuses_new_ones():
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(server.accept()[0]), daemon=True).start()
    with TcpProxy(server.getsockname()[:2]) as proxy:
        with socket.create_connection(("127.0.0.1", proxy.port)) as before:
            before.settimeout(3)
            before.sendall(b"x")
            for _ in range(300):  # until the proxy has relayed the connection
                if held:
                    break
                threading.Event().wait(0.01)
            proxy.cut()
            assert before.recv(1) == b""
        with socket.create_connection(("127.0.0.1", proxy.port)) as after:
            after.settimeout(3)
            assert after.recv(1) == b""
    assert proxy.cuts >= 2
    for conn in held:
        conn.close()
    server.close()
