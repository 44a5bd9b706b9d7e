"""What `--help` tells a newcomer: flags shown as flags, numbers as numbers, what a new run
needs, the defaults, the exit codes, and the version."""

from __future__ import annotations

import re

from typer.testing import CliRunner

import leadflow
from leadflow.cli.main import app


def _help(*command: str) -> str:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert result.exit_code == 0, result.output
    return re.sub(r"\s+", " ", result.output)


def test_run_help_shows_flags_as_flags_numbers_as_numbers_and_what_a_new_run_needs():
    text = _help("run")
    assert "<bool>" not in text  # an on/off flag takes no value
    assert "--verify / --no-verify" in text and "--json " in text
    assert "--quantity <int>" in text and "--batch-size <int>" in text
    assert text.count("required for a new run") == 3  # pms, state, quantity
    assert "[default: LEAD_LIST_BATCH_SIZE or 10]" in text  # defaults in brackets are kept, not eaten as markup


def test_root_help_lists_the_exit_codes_and_version_prints_it():
    text = _help()
    for code in ("0 target met", "1 run ended short", "2 bad input", "130", "143"):
        assert code in text
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"leadflow {leadflow.__version__}"


def test_lists_add_marks_its_required_options():
    text = _help("lists", "add")
    for option in ("--pms", "--state", "--quantity"):
        assert re.search(rf"{option} <\w+> .*?\[required\]", text), option
