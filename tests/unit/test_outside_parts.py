"""What leadflow does when the parts around it misbehave (issue 18): numeric IP forms behind a
resolving proxy, a local lease holder that is gone, credentials in server URLs. The cases that
need Prefect itself are in tests/test_outside_prefect.py."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest
from fake_web import FakeProxy, FakeWeb, fetcher_for, page

from leadflow.web import guard

LOOPBACK_AND_METADATA = [
    "127.1",
    "127.0.1",
    "0x7f.0.0.1",
    "0x7f.1",
    "0177.0.0.1",
    "0177.1",
    "2130706433",
    "0x7f000001",
    "017700000001",
    "169.254.169.254",
    "0251.0376.0251.0376",
    "0xa9.0xfe.0xa9.0xfe",
    "0xa9fea9fe",
    "2852039166",
    "169.254.43518",
    "[::ffff:127.0.0.1]",
    "[::ffff:a9fe:a9fe]",
    "0",
    "0x0",
    "10.1",
    "0x0a.0.0.1",
    "192.168.1",
]


@pytest.mark.parametrize("host", LOOPBACK_AND_METADATA)
def test_every_numeric_form_of_a_private_address_is_an_ip_literal(host):
    ip = guard.parse_ip(host)
    assert ip is not None and guard.refuse_address(ip) is not None, (host, ip)


@pytest.mark.parametrize(
    "host", ["example.com", "123.example.com", "0x7f.example.com", "1.2.3.4.5", "256.1.1.1", "08.1.1.1", "acme-pm.test"]
)
def test_names_stay_names(host):
    assert guard.parse_ip(host) is None


def test_behind_a_resolving_proxy_no_numeric_form_reaches_loopback_or_metadata():
    """A proxy resolves what it is given (inet_aton rules): the fetcher must refuse first."""
    with FakeWeb({"acme-pm.test": {"/": page("hello")}}) as web, FakeProxy(web) as proxy:
        fetcher = fetcher_for(web, env=web.env(HTTPS_PROXY=proxy.url, HTTP_PROXY=proxy.url), allow_private=False)
        with fetcher:
            pages = [fetcher.get(f"http://{host}:{web.http_port}/latest/meta-data/") for host in LOOPBACK_AND_METADATA]
            redirect_hop = fetcher.get("https://acme-pm.test/")  # a public name still goes through the proxy
    refused = [
        p
        for p in pages
        if p.status is None
        and (  # httpx itself refuses octal with four parts
            (p.error or "").startswith("blocked: private address") or p.error == "invalid url"
        )
    ]
    assert len(refused) == len(pages), [(p.url, p.error) for p in pages if p not in refused]
    assert not [r for r in proxy.requests if not r[1].startswith("acme-pm.test")]
    assert redirect_hop.status == 200


def test_a_local_lease_holder_that_is_gone_frees_the_run_at_once():
    import socket

    from leadflow.app.lease import holder_gone
    from leadflow.domain.records import RunRecord

    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])

    def run(**holder: object) -> RunRecord:
        return RunRecord(
            run_id="r",
            status="running",
            pms="Buildium",
            state="TX",
            target_quantity=5,
            companies_ready=0,
            batches=0,
            loops=0,
            llm_calls=0,
            prompt_tokens=0,
            completion_tokens=0,
            batch_size=10,
            parallel=1,
            max_loops=3,
            stall_loops=2,
            **holder,
        )

    here = run(lease_host=socket.gethostname(), lease_pid=child.pid)
    assert not holder_gone(here)  # alive
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert holder_gone(here)
    assert not holder_gone(here.model_copy(update={"lease_host": "another-host"}))  # elsewhere: its lease must lapse
    assert not holder_gone(run(lease_host=None, lease_pid=None))  # an older leadflow recorded no holder


def test_credentials_in_a_server_url_are_never_stored():
    from leadflow.discovery.sources import with_credentials, without_credentials

    url = "https://user:s3cret@llm.example.com:8443/v1"
    stored = without_credentials(url)
    assert stored == "https://llm.example.com:8443/v1" and "s3cret" not in stored
    assert with_credentials(stored, url) == url  # used again, from the environment, when it is the same server
    assert with_credentials(stored, "https://other.example.com/v1") == stored
    assert without_credentials("http://127.0.0.1:11434/v1") == "http://127.0.0.1:11434/v1"
