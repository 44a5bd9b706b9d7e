"""A directory file (`--source PATH.csv`, the quickstart's bundled sample) is read by the csv
module as pandas read it before (`dtype=str, keep_default_na=False`), without loading pandas:
half a CPU-second of every quickstart run and of every worker's flow run (issue 21)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from leadflow.discovery.directory import COLUMNS, DirectoryDiscoverer, load_directory, sample_directory
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import BatchRequest

HEADER = ",".join(COLUMNS)
ROW = "Acme PM,acme.test,Austin,TX,Buildium,https://acme.managebuilding.com/Resident/portal/login"


def rows_of(tmp_path, text: str) -> list[tuple[str, ...]]:
    path = tmp_path / "directory.csv"
    path.write_bytes(text.encode("utf-8"))
    return [tuple(row)[: len(COLUMNS)] for row in load_directory(path)]


def test_values_stay_text_as_written(tmp_path):
    """No type guessing, no NA values ('NA', 'nan', 'null' are names), spaces kept, quotes undone."""
    text = f'{HEADER}\nNA,nan.test,null,TX,Buildium,\n"  Oak, ""The"" Homes ",oak.test, Dallas ,Texas,buildium,\n'
    assert rows_of(tmp_path, text) == [
        ("NA", "nan.test", "null", "TX", "Buildium", ""),
        ('  Oak, "The" Homes ', "oak.test", " Dallas ", "Texas", "buildium", ""),
    ]


def test_the_header_is_matched_trimmed_and_in_any_case_and_order(tmp_path):
    text = "\ufeff Evidence_URL ,PMS,State,City,Domain,Name,notes\nu,Buildium,TX,Austin,a.test,Acme,x\n"
    (row,) = load_directory(write(tmp_path, text))
    assert tuple(row)[: len(COLUMNS)] == ("Acme", "a.test", "Austin", "TX", "Buildium", "u")
    assert (row.norm_state, row.norm_pms, row.norm_domain) == ("TX", "Buildium", "a.test")


def test_blank_lines_are_skipped_and_short_records_filled_with_empty_fields(tmp_path):
    text = f"{HEADER}\r\n\r\n   \r\n\t\r\nAcme PM,acme.test\r\n{ROW}\r\n\r\n"
    assert rows_of(tmp_path, text) == [("Acme PM", "acme.test", "", "", "", ""), tuple(ROW.split(","))]


def test_a_quoted_line_break_or_blank_line_is_data(tmp_path):
    text = f'{HEADER}\n"Two\n\nlines",two.test,Austin,TX,Buildium,\n'
    assert rows_of(tmp_path, text) == [("Two\n\nlines", "two.test", "Austin", "TX", "Buildium", "")]


@pytest.mark.parametrize(
    "text, says",
    [
        ("", "No columns to parse from file"),
        ("# only a comment\n\n", "No columns to parse from file"),
        (f"{HEADER}\n{ROW},extra\n", "record 2 has 7 fields, the header 6"),
        (f'{HEADER}\n{ROW}\n"Open quote,x.test,Austin,TX,Buildium,\n', "a quoted field runs to the end of the file"),
        ("name,domain,city\nAcme,a.test,Austin\n", "lacks column(s) state, pms, evidence_url"),
    ],
)
def test_a_file_it_cannot_read_is_invalid_input(tmp_path, text, says):
    with pytest.raises(InvalidInput) as raised:
        load_directory(write(tmp_path, text))
    assert raised.value.field == "source" and says in str(raised.value)


def test_a_file_that_is_not_utf8_is_invalid_input(tmp_path):
    path = tmp_path / "directory.csv"
    path.write_bytes(f"{HEADER}\n".encode() + "Café,c.test,Austin,TX,Buildium,\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="cannot read directory CSV"):
        load_directory(path)


def test_the_sample_answers_a_batch_in_file_order_with_exclusions(tmp_path):
    sample = load_directory(sample_directory())
    tx = [row for row in sample if row.norm_state == "TX" and row.norm_pms == "Buildium"]
    assert len(tx) >= 25
    request = BatchRequest(
        run_id="r1",
        batch_number=1,
        loop=1,
        criteria=LeadCriteria.parse("Buildium", "TX", 5),
        companies_ready=0,
        remaining=5,
        batch_target=5,
        exclude_domains=[tx[0].norm_domain],
    )
    found = DirectoryDiscoverer(sample_directory()).discover(request).candidates
    assert [c.domain for c in found] == [row.domain for row in tx[1:6]]


def test_reading_a_directory_loads_no_pandas():
    """The quickstart reads the sample directory: pandas (and numpy, pyarrow) stay unloaded."""
    probe = (
        "import sys\n"
        "from leadflow.discovery.directory import load_directory, sample_directory\n"
        "assert len(load_directory(sample_directory())) > 100\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pandas', 'numpy', 'pyarrow'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout


def write(tmp_path, text: str):
    path = tmp_path / "directory.csv"
    path.write_text(text, encoding="utf-8", newline="")
    return path
