"""Errors the user can act on. The CLI turns them into one line and exit code 2."""

from __future__ import annotations

from pydantic import BaseModel, ValidationError


def in_chain(exc: BaseException, *kinds: type[BaseException]) -> BaseException | None:
    """The first exception of one of `kinds` in `exc`'s chain (itself, then what it was raised
    from or during), or None: libraries wrap the error that says what happened."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


class LeadflowError(Exception):
    """Base class for errors with a message meant for the user."""


class InvalidInput(LeadflowError, ValueError):
    """Bad user input: criteria, options, files, settings. Nothing has been written."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class RunNotFound(LeadflowError, LookupError):
    def __init__(self, run_id: str):
        self.run_id = run_id
        super().__init__(f"run_id: no run with id {run_id!r} in the lead store")


class RunLeased(LeadflowError):
    """Another flow run holds the run's lease: two workers must not pay for the same batches."""

    def __init__(self, run_id: str, holder: str | None, until: object):
        self.run_id, self.holder, self.until = run_id, holder, until
        super().__init__(
            f"run_id: run {run_id} is being worked on by flow run {holder} (lease until {until:%Y-%m-%d %H:%M:%S} "
            "UTC); wait for it (--wait), or resume it after that time"
        )


class StoreUnavailable(LeadflowError):
    """The lead store cannot be reached or opened (exit 1, not bad input). Raised by leadflow.store;
    kept here so that the CLI's error path knows it without loading SQLAlchemy."""


class LeaseLost(LeadflowError):
    """This flow run's lease expired and another one took the run over: stop writing."""


def _bounds(model: type[BaseModel] | None, field: str) -> str | None:
    fields = model.model_fields if model else {}
    info = fields.get(field) or next((f for f in fields.values() if f.alias == field), None)
    if info is None:
        return None
    lo = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
    hi = next((m.le for m in info.metadata if hasattr(m, "le")), None)
    return f"{lo}..{hi}" if lo is not None and hi is not None else None


def invalid_input(
    exc: ValidationError,
    model: type[BaseModel] | None = None,
    names: dict[str, str] | None = None,
) -> InvalidInput:
    """The first problem in a pydantic ValidationError as one InvalidInput that names the field
    as the user typed it (`names`: field -> e.g. its environment variable) and what is allowed."""
    error = exc.errors()[0]
    original = (error.get("ctx") or {}).get("error")
    if isinstance(original, InvalidInput):  # raised by one of our own validators
        return original
    field = ".".join(str(part) for part in error["loc"]) or "input"
    shown = (names or {}).get(field, field)
    value = error.get("input")
    bounds = _bounds(model, field)
    allowed = f"; allowed: {bounds}" if bounds else ""
    if error["type"] in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        allowed = allowed or "; allowed: " + error["msg"].lower().removeprefix("input should be ")
        return InvalidInput(shown, f"{value!r} is out of range{allowed}")
    kind = _KINDS.get(error["type"])
    if kind:
        return InvalidInput(shown, f"{value!r} is not {kind}{allowed}")
    return InvalidInput(shown, f"{value!r} is not valid: {error['msg']}")


_KINDS = {
    "int_parsing": "a whole number",
    "int_type": "a whole number",
    "int_from_float": "a whole number",
    "float_parsing": "a number",
    "float_type": "a number",
    "bool_parsing": "true or false",
    "bool_type": "true or false",
}


class DeliveryFailed(LeadflowError):
    """A night's companies could not be delivered (the webhook refused them, a disk error).
    The night's run is kept: a retry delivers again without paying again."""
