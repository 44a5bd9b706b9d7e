"""Errors the user can act on. The CLI turns them into one line and exit code 2."""


class LeadflowError(Exception):
    """Base class for errors with a message meant for the user."""


class InvalidInput(LeadflowError, ValueError):
    """Bad user input: criteria, options, files. Nothing has been written."""

    def __init__(self, field: str, message: str):
        self.field = field
        super().__init__(f"{field}: {message}")


class RunNotFound(LeadflowError, LookupError):
    def __init__(self, run_id: str):
        self.run_id = run_id
        super().__init__(f"run_id: no run with id {run_id!r} in the lead store")
