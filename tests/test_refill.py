"""The nightly refill: one run per night, reruns resume it, later nights bring new companies."""

from __future__ import annotations

from loopback import serving

from leadflow.delivery.nights import check_destination
from leadflow.flows.lead_refill import lead_refill, refill_run_id
from leadflow.store import UnitOfWork


def domains(store_url: str, run_id: str) -> set[str]:
    with UnitOfWork(store_url) as uow:
        return {r["domain"] for r in uow.repo.export_rows(run_id)}


def test_nightly_refill_resumes_the_same_night_and_excludes_earlier_nights(sqlite_url):
    monday = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-23", source="sample")
    assert monday.run_id == refill_run_id("rent manager", "nc", "2026-11-23")
    assert (monday.status, monday.companies_ready, monday.batches) == ("completed", 5, 1)

    rerun = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-23", source="sample")
    assert rerun.run_id == monday.run_id and rerun.batches == 1  # resumed, nothing new paid for

    tuesday = lead_refill(pms="Rent Manager", state="NC", quantity=5, night="2026-11-24", source="sample")
    assert tuesday.status == "completed" and tuesday.companies_ready == 5
    assert domains(sqlite_url, tuesday.run_id).isdisjoint(domains(sqlite_url, monday.run_id))
    assert tuesday.rejected.get("previously_delivered", 0) == 5  # the sample lists them first


class _Receiver:
    """A webhook receiver on 127.0.0.1 that can be down (503) and keeps what it accepted."""

    def __init__(self):
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.down, self.accepted, self.refused = True, [], 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
                if receiver.down:
                    receiver.refused += 1
                    self.send_response(503)
                else:
                    key = self.headers.get("Idempotency-Key")
                    if key not in {k for k, _ in receiver.accepted}:  # a receiver keeps one copy per key
                        receiver.accepted.append((key, body))
                    self.send_response(204)
                self.send_header("content-length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        serving(self.server).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def test_a_night_whose_webhook_was_down_is_delivered_when_it_is_back_exactly_once(sqlite_url, monkeypatch):
    import leadflow.flows.lead_refill as refill
    from leadflow.app import lists as list_services
    from leadflow.domain.lists import StandingList

    monkeypatch.setattr(refill, "deliver_night", refill.deliver_night.with_options(retry_delay_seconds=0))
    receiver = _Receiver()
    try:
        lst = StandingList.parse(name="nc-rm", pms="Rent Manager", state="NC", quantity=3, deliver=receiver.url, source="sample")
        with UnitOfWork(sqlite_url) as uow:
            list_services.save_list(uow, lst)
        first = refill.lead_refill(list_name="nc-rm", night="2026-11-23", return_state=True)
        assert first.is_failed() and "HTTP 503" in str(first.message) and receiver.refused == 3  # 1 + 2 retries
        with UnitOfWork(sqlite_url) as uow:
            assert list_services.undelivered_nights(uow, "nc-rm") == [("2026-11-23", lst.run_id("2026-11-23"))]

        receiver.down = False
        second = refill.lead_refill(list_name="nc-rm", night="2026-11-24")
        assert second.status == "completed"
        keys = [k for k, _ in receiver.accepted]
        assert keys == [lst.run_id("2026-11-23"), lst.run_id("2026-11-24")]  # the owed night first, once each
        monday, tuesday = (body for _, body in receiver.accepted)
        assert monday["night"] == "2026-11-23" and monday["count"] == 3 and tuesday["count"] == 3
        assert {c["domain"] for c in monday["companies"]}.isdisjoint({c["domain"] for c in tuesday["companies"]})
        with UnitOfWork(sqlite_url) as uow:
            assert list_services.undelivered_nights(uow, "nc-rm") == []
            nights = {n.night: n for n in list_services.night_history(uow, "nc-rm")}
        assert (nights["2026-11-23"].status, nights["2026-11-23"].attempts) == ("delivered", 4)
        assert (nights["2026-11-24"].status, nights["2026-11-24"].attempts) == ("delivered", 1)

        again = refill.lead_refill(list_name="nc-rm", night="2026-11-24")  # a rerun of the night: nothing new
        assert again.batches == second.batches and len(receiver.accepted) == 2
    finally:
        receiver.close()


def test_lists_add_refuses_a_file_destination_it_cannot_write(tmp_path):
    import pytest

    from leadflow.domain.errors import InvalidInput

    (tmp_path / "notes.txt").write_text("a file, not a folder")
    with pytest.raises(InvalidInput, match="cannot write files in"):
        check_destination(str(tmp_path / "notes.txt" / "leads.csv"))
    check_destination(str(tmp_path / "new" / "deeper" / "leads.csv"))  # created on the first night
    check_destination("https://hooks.example/leads")
