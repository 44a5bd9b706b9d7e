"""What leadflow does when the Prefect around it is unusual (issue 18): run ids Prefect would
refuse as artifact keys, an exposed Prefect server. Not in tests/unit: these import Prefect."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("run_id,key", [("Nightly_Run_1", "nightly-run-1"), ("abc-123", "abc-123")])
def test_run_ids_map_to_keys_prefect_accepts(run_id, key):
    from leadflow.flows.artifacts import artifact_key

    assert artifact_key(run_id) == key


@pytest.mark.parametrize(
    "url,auth,warned",
    [
        ("http://127.0.0.1:4200/api", None, False),
        ("http://localhost:4200/api", None, False),
        ("http://10.0.0.5:4200/api", None, True),
        ("https://prefect.example.com/api", None, True),
        ("https://prefect.example.com/api", "admin:pass", False),
    ],
)
def test_setup_warns_about_an_exposed_server_without_an_auth_string(monkeypatch, url, auth, warned):
    import prefect.context  # noqa: F401 - Prefect reads its settings once, at import: not with this test's auth string
    from prefect.settings import PREFECT_API_AUTH_STRING, temporary_settings

    from leadflow.flows.prefect_server import exposure_warning

    if auth:
        monkeypatch.setenv("PREFECT_API_AUTH_STRING", auth)
    else:
        monkeypatch.delenv("PREFECT_API_AUTH_STRING", raising=False)
    with temporary_settings(restore_defaults={PREFECT_API_AUTH_STRING}):  # no profile's string either
        step = exposure_warning(url)
    assert (step is not None) is warned
    if step:
        assert "PREFECT_SERVER_API_AUTH_STRING" in step.detail and "API key" in step.detail
