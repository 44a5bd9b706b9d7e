"""The README stays a front door and the docs stay navigable and true to the code: every relative
link (and its #anchor) resolves, the README stays short and carries the CI's test command
verbatim, and the reference pages name every environment variable, run option and rejection
reason the code has."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leadflow.domain.options import RunOptions
from leadflow.domain.reasons import REASONS
from leadflow.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", ROOT / "ARCHITECTURE.md", *sorted((ROOT / "docs").glob("*.md"))]
README_MAX_WORDS = 1300
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def anchors(page: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    found = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *$", FENCE.sub("", page.read_text()), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        found.add(slug)
    return found


def relative_links(page: Path) -> list[str]:
    text = FENCE.sub("", page.read_text())
    return [t for t in LINK.findall(text) if not re.match(r"[a-z]+:", t)]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_to_existing_files_and_headings(page):
    broken = []
    for target in relative_links(page):
        path, _, anchor = target.partition("#")
        dest = (page.parent / path).resolve() if path else page
        if not dest.exists():
            broken.append(f"{target}: no such file")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(f"{target}: no heading #{anchor} in {dest.relative_to(ROOT)}")
    assert not broken, broken


def test_every_docs_page_is_linked_from_the_docs_index():
    index = set(relative_links(ROOT / "docs" / "README.md"))
    pages = {p.name for p in (ROOT / "docs").glob("*.md")} - {"README.md"}
    assert pages <= index, f"not in docs/README.md: {sorted(pages - index)}"


def test_readme_stays_a_front_door():
    words = len((ROOT / "README.md").read_text().split())  # what `wc -w` counts, code blocks included
    assert words <= README_MAX_WORDS, f"README.md has {words} words; move detail into docs/"


def test_readme_gives_the_ci_test_command_verbatim():
    """.ci/run runs "the README's test command, verbatim": the two must not drift apart."""
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    command = ci[ci.index("# The README's test command, verbatim:") + 1]
    assert command.startswith("python3 -m venv .venv")
    assert f"\n{command}\n" in (ROOT / "README.md").read_text()


def test_configuration_page_names_every_environment_variable():
    page = (ROOT / "docs" / "configuration.md").read_text()
    names = {field.alias for field in Settings.model_fields.values() if field.alias}
    assert names, "Settings has no aliases: the test reads the wrong thing"
    missing = sorted(name for name in names if f"`{name}`" not in page)
    assert not missing, f"docs/configuration.md does not name {missing}"


def test_configuration_page_names_every_run_option_flag():
    page = (ROOT / "docs" / "configuration.md").read_text()
    flags = ["--" + name.replace("_", "-") for name in RunOptions.model_fields]
    missing = [flag for flag in flags if f"`{flag}" not in page]
    assert not missing, f"docs/configuration.md does not name {missing}"


def test_live_checks_page_explains_every_rejection_reason():
    page = (ROOT / "docs" / "live-checks.md").read_text()
    missing = [reason for reason in REASONS if f"| `{reason}` |" not in page]
    assert not missing, f"docs/live-checks.md has no row for {missing}"
