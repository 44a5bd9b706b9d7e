"""The CLI's one error path (leadflow/cli/errors.py): whatever a command raises becomes one
line on standard error and the exit code DESIGN.md gives it, in one place; a bug keeps its
traceback."""

from __future__ import annotations

from types import SimpleNamespace

import httpx
import pytest
import typer
from sqlalchemy.exc import OperationalError
from typer.testing import CliRunner

from leadflow.cli import main as cli
from leadflow.cli.errors import CommandFailed, OneErrorPath, one_line
from leadflow.domain.errors import InvalidInput, LeadflowError, RunNotFound
from leadflow.flows.prefect_server import ServiceError
from leadflow.store import StoreUnavailable


class _Refused(Exception):
    """What Prefect's client raises for an HTTP error: the response on the exception."""

    def __init__(self, status: int):
        super().__init__(f"HTTP {status}")
        self.response = SimpleNamespace(status_code=status, request=SimpleNamespace(url=SimpleNamespace(host="pf.test")))


@pytest.mark.parametrize(
    "exc, code, said",
    [
        (InvalidInput("pms", "unknown PMS 'Foo'"), 2, "pms: unknown PMS 'Foo'"),
        (RunNotFound("nope"), 2, "no run with id 'nope'"),
        (ServiceError("cannot reach the Prefect server"), 2, "cannot reach the Prefect server"),
        (LeadflowError("another worker holds the run"), 2, "another worker holds the run"),
        (StoreUnavailable("lead store refused a write: disk is full"), 1, "disk is full"),
        (CommandFailed("the flow ended CRASHED before creating run r1"), 1, "before creating run r1"),
        (
            OperationalError("INSERT INTO runs ...", {}, Exception("attempt to write a readonly database\nmore")),
            1,
            "lead store unavailable: attempt to write a readonly database",
        ),
        (_Refused(401), 1, "the Prefect server at pf.test refused leadflow (HTTP 401)"),
    ],
)
def test_each_kind_of_error_has_its_line_and_exit_code(exc, code, said):
    line, got = one_line(exc)
    assert got == code and said in line
    assert "INSERT" not in line and "\n" not in line


def _reach_failure(url: str) -> RuntimeError:
    """What Prefect's client raises for a server that does not answer: its RuntimeError over httpx's."""
    try:
        try:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=httpx.Request("GET", url))
        except httpx.ConnectError as exc:
            raise RuntimeError(f"Failed to reach API at {url}") from exc
    except RuntimeError as exc:
        return exc


def test_a_server_that_does_not_answer_is_one_line_with_its_address_and_exit_1(monkeypatch):
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    line, code = one_line(_reach_failure("http://user:pw@127.0.0.1:4200/api/admin/version"))
    assert code == 1 and "pw" not in line
    assert line.startswith("cannot reach the Prefect server at http://127.0.0.1:4200 (PREFECT_API_URL) (ConnectError: ")
    assert "is `prefect server start` running?" in line
    # another server (an address that is not the configured Prefect API): its address, nothing more
    line, code = one_line(_reach_failure("https://search.example:8443/q"))
    assert (line, code) == ("cannot reach https://search.example:8443 (ConnectError: [Errno 111] Connection refused)", 1)
    assert one_line(RuntimeError("Failed to reach API")) is None  # no connection error under it: a bug


@pytest.mark.parametrize("exc", [RuntimeError("a bug"), KeyError("x"), _Refused(500)])
def test_a_bug_is_not_dressed_up_as_a_users_error(exc):
    assert one_line(exc) is None


def _app(exc: Exception) -> typer.Typer:
    app = typer.Typer(cls=OneErrorPath)
    sub = typer.Typer()
    app.add_typer(sub, name="sub")

    @app.command()
    def top() -> None:
        raise exc

    @sub.command()
    def deep() -> None:
        raise exc

    return app


@pytest.mark.parametrize("where", [["top"], ["sub", "deep"]])
def test_commands_raise_and_the_root_command_says_it_in_one_line(where):
    bad = _app(InvalidInput("quantity", "'lots' is not a whole number\n\x1b[31m[bold]x[/]"))
    result = CliRunner().invoke(bad, where)
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert result.output == "error: quantity: 'lots' is not a whole number \\x1b[31m[bold]x[/]\n"  # not markup

    down = CliRunner().invoke(_app(StoreUnavailable("cannot open the lead store")), where)
    assert down.exit_code == 1 and down.output == "error: cannot open the lead store\n"

    bug = CliRunner().invoke(_app(RuntimeError("a bug")), where)
    assert isinstance(bug.exception, RuntimeError) and "error:" not in bug.output


def test_a_store_that_cannot_be_opened_is_exit_1_for_every_command(tmp_path):
    """Not bad input: `status`, `lists ls`, `blocklist add`, `export` (2 before the CLI had one error path)."""
    env = {"LEADFLOW_DATABASE_URL": f"sqlite:///{tmp_path}"}  # a folder: SQLite cannot open it
    for args in (["status"], ["lists", "ls"], ["blocklist", "add", "a.test"], ["export", "r1", "-o", "x.csv"]):
        result = CliRunner().invoke(cli.app, args, env=env)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.startswith("error: cannot open the lead store") and result.output.count("\n") == 1
