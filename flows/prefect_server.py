"""The Prefect server leadflow runs as a service on: the names of what it installs there, and
how to reach it (the configured API, its auth string, a client).

Orchestration code, like the CLI: Prefect is imported inside the functions, so importing this
module costs nothing and keeps commands that never talk to Prefect (`leadflow status`) fast.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import SecretStr

from leadflow.domain.errors import LeadflowError

if TYPE_CHECKING:
    from prefect.client.orchestration import SyncPrefectClient

POOL = "leadflow"
LEAD_LIST_FLOW, LEAD_LIST_DEPLOYMENT = "lead-list", "lead-list"
REFILL_FLOW, REFILL_DEPLOYMENT = "lead-refill", "nightly-refill"
REFILL = f"{REFILL_FLOW}/{REFILL_DEPLOYMENT}"
HEARTBEAT_SECONDS = 30  # Prefect's minimum
CRASH_AFTER_SECONDS = 90  # no flow-run event for this long after a heartbeat -> Crashed
SERVICE_TAG = "leadflow-service"  # runs that beat every HEARTBEAT_SECONDS: the zombie automation watches only them

NO_SERVER = (
    "leadflow setup needs a persistent Prefect server (an ephemeral one forgets everything when the "
    "command ends): start one with `prefect server start` and `export PREFECT_API_URL="
    "http://127.0.0.1:4200/api`"
)


class ServiceError(LeadflowError):
    """The Prefect server is missing, unreachable, or refuses what setup needs (CLI exit 2)."""


@dataclass
class Step:
    """One thing setup looked at: what, its name, and what happened (or, with --check, what would)."""

    kind: str
    name: str
    status: str  # found | created | updated | removed | missing | differs | warning | error
    detail: str = ""

    @property
    def problem(self) -> bool:
        return self.status in ("missing", "differs", "error")


def configured() -> bool:
    """Whether a Prefect server is configured (the environment or the Prefect profile). Whoever
    asks is about to use Prefect: its quiet defaults are applied first (before Prefect is
    imported, which reads them)."""
    from leadflow import settings
    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults(console_level="WARNING")
    if settings.load().prefect_api_url:
        return True
    try:
        from prefect.settings import PREFECT_API_URL

        return bool(PREFECT_API_URL.value())
    except Exception:  # noqa: BLE001 - an unreadable profile is no server
        return False


def api_url() -> str:
    """The configured Prefect API (environment or Prefect profile), reachable; else ServiceError."""
    import httpx
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    if not url:
        raise ServiceError(NO_SERVER)
    try:
        check_health(url)
        # /health answers everyone: ask something that needs the server's auth string, if it has one
        version = httpx.get(f"{url.rstrip('/')}/admin/version", timeout=10, headers=auth_headers())
    except httpx.HTTPError as exc:
        raise ServiceError(
            f"cannot reach the Prefect server at {url} ({type(exc).__name__}); is `prefect server start` running?"
        ) from None
    if version.status_code == 401:
        raise ServiceError(
            f"the Prefect server at {url} refused leadflow (HTTP 401): set PREFECT_API_AUTH_STRING "
            "to the server's PREFECT_SERVER_API_AUTH_STRING"
        )
    return url


def check_health(url: str) -> None:
    """The Prefect API at `url` answers its /health (at once, even when busy); else httpx.HTTPError
    (no answer within 10 s, refused, or not OK)."""
    import httpx

    httpx.get(f"{url.rstrip('/')}/health", timeout=10).raise_for_status()


def auth_headers() -> dict[str, str]:
    """What Prefect's own client sends when PREFECT_API_AUTH_STRING is set."""
    from prefect.settings import PREFECT_API_AUTH_STRING

    from leadflow import settings

    secret = settings.load().prefect_api_auth_string or PREFECT_API_AUTH_STRING.value()  # environment, else profile
    text = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    return {"Authorization": "Basic " + base64.b64encode(str(text).encode()).decode()} if text else {}


def exposure_warning(url: str) -> Step | None:
    """A server reachable beyond this machine without an auth string: anyone who reaches it can
    read the DiscoverySettings block, and the API key in it."""
    host = (urlsplit(url).hostname or "").lower()
    if host in ("localhost", "127.0.0.1", "::1") or host.startswith("127.") or auth_headers():
        return None
    return Step(
        "server",
        url,
        "warning",
        "not on this machine and no PREFECT_API_AUTH_STRING: anyone who reaches it "
        "can read blocks (the agent's API key); set PREFECT_SERVER_API_AUTH_STRING "
        "on the server and PREFECT_API_AUTH_STRING on every client",
    )


def client() -> SyncPrefectClient:
    """A synchronous client of the configured server (a context manager)."""
    from prefect import get_client

    return get_client(sync_client=True)


# What `prefect.toml` sets for commands run from a checkout, written to the Prefect profile that
# `leadflow setup` uses, so a server or worker started later from anywhere (no checkout) has it too.
PROFILE_SETTINGS = ("PREFECT_SERVER_ANALYTICS_ENABLED", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS")


def quiet_profile(check: bool) -> Step:
    """Telemetry off (and a patient ephemeral start) in the active Prefect profile."""
    from prefect.context import get_settings_context
    from prefect.settings import load_profiles, update_current_profile
    from prefect.settings.legacy import Setting

    from leadflow.runtime_env import PREFECT_DEFAULTS

    name = get_settings_context().profile.name
    stored = load_profiles()[name].settings if name in load_profiles() else {}
    have = {setting.name: str(value).lower() for setting, value in stored.items()}
    want = {key: PREFECT_DEFAULTS[key] for key in PROFILE_SETTINGS}
    missing = {key: value for key, value in want.items() if have.get(key) != value}
    detail = ", ".join(f"{key}={value}" for key, value in want.items())
    if not missing:
        return Step("profile", name, "found", detail)
    if check:
        return Step("profile", name, "differs", detail)
    changes: dict[str | Setting, object] = {key: value for key, value in missing.items()}
    update_current_profile(changes)
    return Step("profile", name, "updated", detail)
