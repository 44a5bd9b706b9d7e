"""Standing lists: a named lead list refilled every night with companies it never delivered.

Prefect-free. What a list is and what makes it valid, which lead run a night of a list is,
and where that night's companies go (a file, or a JSON webhook). The store queries are in
`leadflow.app.lists`; the schedule and the nightly flow are Prefect's
(`leadflow.flows.list_schedules`, `flows/lead_refill.py`).

A night's lead run id is derived from the list's name and the night (`night_run_id`):
`ls-NAME-YYYYMMDD`. A retried or picked-up night therefore resumes the same run and pays for
nothing twice, and "what this list delivered before" is "the validated companies of the runs
`ls-NAME-????????`" (`list_run_pattern`): the exclusion is per list. A list's history belongs
to its name: removing a list and adding one with the same name keeps excluding what it
delivered.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, ValidationError

from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.errors import InvalidInput, invalid_input
from leadflow.domain.exports import export_format
from leadflow.domain.options import RunOptions

MAX_NAME = 20  # "ls-" + name + "-YYYYMMDD" fits a run id (32 characters)
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,19}$")
RUN_PREFIX = "ls-"
NIGHT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEFAULT_TIMEZONE = "UTC"
NIGHT_PLACEHOLDER = "{night}"
CRON_MACROS = ("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly")
_CRON_FIELD = re.compile(r"^[0-9A-Za-z*/,?#-]+$")
# Run options a list may carry (exclude_previous is always on: it is what a standing list is).
LIST_OPTIONS = (
    "batch_size",
    "parallel",
    "max_loops",
    "stall_loops",
    "allow_unverified",
    "verify",
    "adaptive",
    "max_calls",
    "max_cost",
)


def check_name(value: object) -> str:
    """A list name: 1-20 lower-case letters, digits and '-', starting with a letter or digit
    (it becomes part of run ids, file names and the Prefect schedule's slug)."""
    name = str(value or "").strip().lower()
    if not NAME_RE.match(name):
        raise InvalidInput(
            "name",
            f"{str(value)[:40]!r} is not a list name; use 1-{MAX_NAME} letters, digits or '-', "
            "starting with a letter or digit (e.g. tx-buildium)",
        )
    return name


def check_night(value: object) -> str:
    """A night: YYYY-MM-DD, a real date."""
    text = str(value or "").strip()
    try:
        if not NIGHT_RE.match(text):
            raise ValueError
        date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("night", f"{text[:40]!r} is not a night; use YYYY-MM-DD, e.g. 2026-11-29") from None
    return text


def check_timezone(value: object) -> str:
    tz = str(value or DEFAULT_TIMEZONE).strip()
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(
            "timezone", f"unknown time zone {tz[:60]!r}; use an IANA name such as America/Chicago or UTC"
        ) from None
    return tz


def check_cron(value: object) -> str:
    """The shape of a cron expression (5 fields, or a macro such as @daily). Prefect checks
    the rest when the schedule is created."""
    cron = " ".join(str(value or "").split())
    if cron.lower() in CRON_MACROS:
        return cron.lower()
    fields = cron.split(" ")
    if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
        raise InvalidInput(
            "schedule",
            f"{cron[:60]!r} is not a cron expression; use 5 fields (minute hour day month weekday), e.g. '0 2 * * *', or @daily",
        )
    return cron


def check_delivery(value: object, *, base: Path | None = None) -> str:
    """Where a night's companies go: an http(s) URL (POSTed as JSON), or a file whose suffix
    is an export format (.csv, .xlsx, .parquet, .json), made absolute (workers run flows in
    a temporary folder). The file's name gets the night (`delivery_path`)."""
    text = str(value or "").strip()
    if re.match(r"^https?://", text, re.IGNORECASE):
        if not re.match(r"^https?://[^/\s?#]+", text) or any(c.isspace() for c in text):
            raise InvalidInput("deliver", f"{mask_url(text)!r} is not a valid URL")
        return text
    if "://" in text:
        raise InvalidInput("deliver", f"unsupported scheme in {mask_url(text)!r}; use a file path or an http(s):// URL")
    if not text:
        raise InvalidInput("deliver", "empty; use a file path (.csv, .xlsx, .parquet, .json) or an http(s):// URL")
    path = Path(text).expanduser()
    export_format(path, field="deliver")
    if not path.is_absolute():
        path = (base or Path.cwd()) / path
    return str(path)


def is_webhook(deliver: str | None) -> bool:
    return bool(deliver) and bool(re.match(r"^https?://", deliver or "", re.IGNORECASE))


def mask_url(url: str) -> str:
    """A URL as shown and logged: no password, no query (tokens often live there)."""
    url = re.sub(r"//[^/@\s]*@", "//***@", url)
    return re.sub(r"\?.*$", "?***", url)


def shown_delivery(deliver: str | None) -> str:
    if not deliver:
        return ""
    return mask_url(deliver) if is_webhook(deliver) else deliver


class StandingList(BaseModel):
    """A standing list as stored (`standing_lists`) and shown by `lists show --json`."""

    model_config = ConfigDict(frozen=True)

    name: str
    pms: str
    state: str
    quantity: int
    schedule: str | None = None  # cron; None: run by hand (`lists run`)
    timezone: str = DEFAULT_TIMEZONE
    deliver: str | None = None  # a file path (night added to the name) or an http(s) URL
    source: str | None = None  # as `leadflow run --source`; None: the worker's default
    options: dict[str, Any] = {}  # run options (LIST_OPTIONS) given for the list's nights
    last_night: str | None = None
    last_run_id: str | None = None
    last_status: str | None = None
    last_delivered: int | None = None
    last_delivery: str | None = None
    last_delivered_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @classmethod
    def parse(
        cls,
        *,
        name: object,
        pms: object,
        state: object,
        quantity: object,
        schedule: object = None,
        timezone: object = None,
        deliver: object = None,
        source: object = None,
        options: RunOptions | None = None,
        base: Path | None = None,
    ) -> StandingList:
        """Check user input; the first bad field raises InvalidInput naming it."""
        list_name = check_name(name)
        try:
            criteria = LeadCriteria(pms=pms, state=state, quantity=quantity)
        except ValidationError as exc:
            raise invalid_input(exc, LeadCriteria) from None
        given = (options or RunOptions()).given()
        extra = sorted(set(given) - set(LIST_OPTIONS))
        if extra:
            raise InvalidInput(
                extra[0], f"a standing list always skips what it delivered before; {extra[0]} cannot be set on a list"
            )
        src = str(source).strip() if source not in (None, "") else None
        if src and src not in ("openai", "sample") and "://" not in src:
            path = Path(src).expanduser()
            src = str(path if path.is_absolute() else (base or Path.cwd()) / path)
        return cls(
            name=list_name,
            pms=criteria.pms,
            state=criteria.state,
            quantity=criteria.quantity,
            schedule=check_cron(schedule) if schedule not in (None, "") else None,
            timezone=check_timezone(timezone),
            deliver=check_delivery(deliver, base=base) if deliver else None,
            source=src,
            options=given,
        )

    def run_options(self) -> RunOptions:
        """The options of the list's nightly runs: its own, and always exclude_previous
        (scoped to this list's nights, see the module docstring)."""
        return RunOptions.parse(**{**self.options, "exclude_previous": True})

    def run_id(self, night: str) -> str:
        return night_run_id(self.name, night)

    def night_at(self, moment: datetime) -> str:
        """The night a run scheduled at `moment` belongs to: its date in the list's time zone."""
        return night_of(moment, self.timezone)

    def schedule_parameters(self) -> dict[str, Any]:
        """What the list's Prefect schedule passes to the nightly refill: the name only; the
        flow reads the rest from the store, so the store stays the one truth about a list."""
        return {"list_name": self.name}


def night_of(moment: datetime, timezone: str = DEFAULT_TIMEZONE) -> str:
    if moment.tzinfo is None:
        raise ValueError("a night needs an aware datetime")
    return moment.astimezone(ZoneInfo(timezone)).date().isoformat()


def night_run_id(name: str, night: str) -> str:
    """'tx-buildium', '2026-11-29' -> 'ls-tx-buildium-20261129'."""
    return f"{RUN_PREFIX}{check_name(name)}-{check_night(night).replace('-', '')}"


def list_run_pattern(run_id: str) -> str | None:
    """The SQL LIKE pattern matching every night of the list `run_id` is a night of (the night
    as eight single-character wildcards, so list 'a' never matches list 'a-2026's nights), or
    None when `run_id` is not a list's night."""
    m = re.match(rf"^{RUN_PREFIX}([a-z0-9][a-z0-9-]{{0,19}})-(\d{{8}})$", run_id or "")
    return f"{RUN_PREFIX}{m.group(1)}-" + "_" * 8 if m else None


def list_of_run(run_id: str) -> str | None:
    """The name of the list `run_id` is a night of, else None."""
    pattern = list_run_pattern(run_id)
    return pattern[len(RUN_PREFIX) : -9] if pattern else None


def delivery_path(deliver: str, night: str) -> Path:
    """The file of one night: '{night}' in the path is replaced by it, else the night joins the
    file's stem: /data/leads.csv -> /data/leads-2026-11-29.csv."""
    night = check_night(night)
    if NIGHT_PLACEHOLDER in deliver:
        return Path(deliver.replace(NIGHT_PLACEHOLDER, night))
    path = Path(deliver)
    return path.with_name(f"{path.stem}-{night}{path.suffix}")


def webhook_payload(
    lst: StandingList,
    night: str,
    run_id: str,
    summary: dict[str, Any],
    rows: list[dict[str, Any]],
) -> dict[str, Any]:
    """What a webhook receives for one night: the list, the night, the run's summary and the
    night's new companies. `run_id` doubles as an idempotency key (a retried night posts the
    same run again)."""
    return {
        "list": lst.name,
        "night": night,
        "run_id": run_id,
        "criteria": {"pms": lst.pms, "state": lst.state, "quantity": lst.quantity},
        "summary": summary,
        "count": len(rows),
        "companies": rows,
    }


class Delivery(BaseModel):
    """Where one night went."""

    list_name: str
    night: str
    run_id: str
    count: int
    where: str | None  # the file written, or the webhook (masked); None: kept in the store only
    attempts: int = 1  # deliveries of this night so far (more than one: redelivered)
