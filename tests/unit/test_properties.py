"""Properties over arbitrary input (hypothesis): whatever an agent, a file or a user hands in,
the core answers with data or with its own error (InvalidDomain, InvalidInput), never a
traceback. Example counts are modest: the whole file runs in seconds."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import domains, urls
from typer.testing import CliRunner

from leadflow.cli import main as cli
from leadflow.discovery.directory import COLUMNS, DirectoryRow, load_directory
from leadflow.domain.blocklist import parse_domains, read_lines
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.domains import InvalidDomain, normalise_domain
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import Candidate, RunRequest
from leadflow.domain.options import RunOptions
from leadflow.domain.validation import RunContext, validate_batch

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
FEW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text where the trouble is: separators, quotes, comments, dots, scripts that look Latin,
# full-width and combining forms, control characters, surrogate-free unicode at large.
TRICKY = "abcé.-_:/@#?%[]\"',;\t\r\n \x00\x1b\u0430\u0435\u03b1\uff21\u3002\u0301\u200d中ー한"
tricky_text = st.one_of(st.text(alphabet=TRICKY, max_size=60), st.text(max_size=60))
domain_like = st.one_of(
    domains(),
    urls(),
    tricky_text,
    st.builds(
        lambda a, b: f"{a}.{b}",
        st.text(alphabet=TRICKY, min_size=1, max_size=20),
        st.sampled_from(["com", "co.uk", "test", "example", "рф", "xn--p1ai", "github.io", "", "."]),
    ),
)
_files = itertools.count()


def a_file(tmp_path, content: str | bytes, suffix: str = ".csv"):
    """A new file per example: the directory loader caches by path and modification time."""
    path = tmp_path / f"f{next(_files)}{suffix}"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
    return path


# --- domains ------------------------------------------------------------------------------


@FAST
@given(domain_like)
def test_normalise_domain_raises_only_invalid_domain_and_is_idempotent_ascii(raw):
    try:
        domain = normalise_domain(raw)
    except InvalidDomain:
        return
    assert domain.isascii() and domain == domain.lower() and domain.strip() == domain
    assert normalise_domain(domain) == domain


@FAST
@given(
    st.one_of(
        domains(),
        st.text(alphabet="abcXYZ019-.", max_size=80),
        st.lists(st.text(alphabet="aZ0-", min_size=0, max_size=70), min_size=1, max_size=6).map(".".join),
    )
)
def test_the_plain_ascii_shortcut_gives_what_idna_gives(host):
    """normalise_domain skips IDNA's tables for plain letters-digits-hyphens hosts: whenever it
    does, IDNA would have given the same name and raised nothing."""
    import idna

    from leadflow.domain.domains import _plain_ascii

    quick = _plain_ascii(host)
    if quick is not None:
        assert quick == idna.encode(host, uts46=True).decode("ascii")


# --- database URLs ---------------------------------------------------------------------------


@FAST
@given(
    password=st.text(alphabet="abcXYZ0123@:/?#%&=+ ", min_size=4, max_size=20),
    port=st.sampled_from(["", ":5432", ":abc", ":5432@x"]),
)
def test_a_database_password_never_shows_in_a_message(password, port):
    from leadflow.store.engine import _create, safe_url

    url = f"postgresql://u:{password}@db.test{port}/leads"
    assume(password not in f"postgresql://u:***@db.test{port}/leads")
    assert password not in safe_url(url)
    try:
        _create(url).dispose()
    except InvalidInput as exc:
        assert password not in str(exc)


# --- blocklist files ------------------------------------------------------------------------


@FAST
@given(
    content=st.one_of(
        st.text(alphabet=TRICKY, max_size=300),
        st.lists(domain_like, max_size=20).map("\n".join),
        st.lists(st.lists(domain_like, max_size=4).map(",".join), max_size=10).map(
            lambda rows: "name,domain\n" + "\n".join(rows)
        ),
        st.binary(max_size=200),
    )
)
def test_blocklist_files_give_values_or_invalid_input(tmp_path, content):
    try:
        values = read_lines(a_file(tmp_path, content, ".txt"))
    except InvalidInput as exc:
        assert exc.field == "FILE"
        return
    assert all(isinstance(v, str) for v in values)
    parsed = parse_domains(values)
    assert len(parsed.domains) + parsed.repeated + len(parsed.invalid) == len(values)
    assert len(set(parsed.domains)) == len(parsed.domains)
    assert all(normalise_domain(d) == d for d in parsed.domains)


# --- CSV directory files ----------------------------------------------------------------------

HEADER = ",".join(COLUMNS) + "\n"


@FEW
@given(
    content=st.one_of(
        st.text(alphabet=TRICKY, max_size=300),
        st.text(alphabet=TRICKY, max_size=300).map(lambda body: HEADER + body),  # past the header: the rows
        st.lists(
            st.lists(tricky_text, min_size=6, max_size=6).map(lambda r: ",".join(f'"{c.replace(chr(34), "")}"' for c in r)),
            max_size=5,
        ).map(lambda rows: HEADER + "\n".join(rows)),
        st.binary(max_size=200),
    )
)
def test_directory_files_give_rows_or_invalid_input(tmp_path, content):
    try:
        rows = load_directory(a_file(tmp_path, content))
    except InvalidInput as exc:
        assert exc.field == "source"
        return
    assert all(isinstance(row, DirectoryRow) for row in rows)
    assert all(isinstance(getattr(row, column), str) for row in rows for column in COLUMNS)


# --- agent output ------------------------------------------------------------------------------

GOOD_DOMAINS = [f"company-{n}.test" for n in range(4)] + ["www.company-1.test", "https://Company-2.test/x"]
PORTALS = [f"https://c{n}.managebuilding.com/Resident/portal/login" for n in range(3)]
NAMES = ["Acme PM", "Oak Homes", "Oak Homes LLC", "1st Realty"]
field_text = st.one_of(st.none(), tricky_text)
plausible = st.builds(  # mostly acceptable, often the same company twice
    Candidate,
    name=st.sampled_from(NAMES),
    domain=st.sampled_from(GOOD_DOMAINS),
    city=st.sampled_from(["Austin", "Dallas"]),
    state=st.sampled_from(["TX", "Texas"]),
    pms=st.just("Buildium"),
    evidence_url=st.sampled_from(PORTALS),
)
arbitrary = st.builds(
    Candidate,
    name=st.one_of(st.sampled_from(NAMES), field_text),
    domain=st.one_of(st.sampled_from(GOOD_DOMAINS), domain_like, st.none()),
    city=st.one_of(st.sampled_from(["Austin", "austin ", "Dallas"]), field_text),
    state=st.one_of(st.sampled_from(["TX", "Texas", "tx", "CA"]), field_text),
    pms=st.one_of(st.just("Buildium"), field_text),
    evidence_url=st.one_of(st.sampled_from(PORTALS), domain_like, st.none()),
)
candidates = st.one_of(plausible, arbitrary)


@FAST
@given(batch=st.lists(candidates, max_size=12), remaining=st.integers(0, 6), allow_unverified=st.booleans())
def test_validate_batch_never_raises_and_accepts_within_the_rules(batch, remaining, allow_unverified):
    ctx = RunContext(
        criteria=LeadCriteria(pms="Buildium", state="TX", quantity=10), remaining=remaining, allow_unverified=allow_unverified
    )
    results = validate_batch(batch, ctx)
    assert len(results) == len(batch)
    accepted = [verdict for _, verdict in results if verdict.accepted]
    assert all(v.domain is not None and normalise_domain(v.domain) == v.domain for v in accepted)
    assert len({v.domain for v in accepted}) == len(accepted)
    assert len(accepted) <= remaining
    assert all(v.reason for _, v in results if not v.accepted)


# --- CLI arguments ------------------------------------------------------------------------------


def _fails_before_the_flow(pms: str, state: str, quantity: str, batch_size: str) -> bool:
    """What `leadflow run` itself checks before any store or flow: click's int, then the request."""
    try:
        options = RunOptions.parse(batch_size=int(batch_size))
        RunRequest.parse(pms=pms, state=state, quantity=quantity, run_id="prop", options=options)
    except (ValueError, InvalidInput):  # int() or our own error (an InvalidInput is a ValueError)
        return True
    return False


cli_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@FEW
@given(
    pms=st.one_of(cli_text, st.sampled_from(["Buildium", "app folio", "[/]"])),
    state=st.one_of(cli_text, st.sampled_from(["TX", "texas", "[bold]TX"])),
    quantity=st.one_of(cli_text, st.integers(-5, 20_000).map(str)),
    batch_size=st.one_of(cli_text, st.integers(-5, 1_000).map(str)),
)
def test_run_with_bad_arguments_exits_2_without_a_traceback(tmp_path, pms, state, quantity, batch_size):
    assume(_fails_before_the_flow(pms, state, quantity, batch_size))  # keep it Prefect-free
    result = CliRunner().invoke(
        cli.app,
        ["run", f"--pms={pms}", f"--state={state}", f"--quantity={quantity}", f"--batch-size={batch_size}"],
        env={"LEADFLOW_DATABASE_URL": f"sqlite:///{tmp_path / 'leads.db'}"},
    )
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit | None) and "Traceback" not in result.output


@pytest.fixture(autouse=True)
def _fresh_engines():
    from leadflow.store.engine import dispose_all

    yield
    dispose_all()


LINK_VALUES = st.one_of(
    tricky_text,
    urls(),
    st.builds(lambda v: f"https://www.google.com/url?q={v}&sa=D", tricky_text),
    st.builds(lambda v: f"https://www.google.com/url?q=http://{v}", tricky_text),
    st.builds(lambda v: f"https://l.facebook.com/l.php?u={v}", tricky_text),
    st.builds(lambda v: f"https://x.safelinks.protection.outlook.com/?url={v}", tricky_text),
    st.builds(lambda v: f"https://web.archive.org/web/2021id_/{v}", tricky_text),
    st.builds(lambda v: f"https://archive.ph/o/Ab12x/{v}", tricky_text),
    st.builds(lambda v: f"https://webcache.googleusercontent.com/search?q=cache:{v}", tricky_text),
    st.builds(lambda v: f"https://{v}.translate.goog/{v}?_x_tr_sl=en", tricky_text),
)


@FAST
@given(
    tags=st.lists(
        st.tuples(st.sampled_from(["a", "option", "meta", "base", "img", "iframe", "button", "title"]), LINK_VALUES),
        max_size=6,
    ),
    page_url=st.one_of(urls(), st.just("https://co.test/")),
)
def test_any_page_parses_to_absolute_http_links_without_raising(tags, page_url):
    """Whatever a company's page holds (broken wrappers, odd option values, refreshes, bases),
    reading it gives absolute http(s) links with a host, never a traceback."""
    from urllib.parse import urlsplit

    from leadflow.web.markup import parse

    attribute = {"option": "value", "meta": "content", "img": "src", "iframe": "src", "button": "onclick"}
    html = "".join(
        f"<title>{value}</title>"
        if tag == "title"
        else f"<meta http-equiv='refresh' content='0; url={value}'>"
        if tag == "meta"
        else f"<{tag} {attribute.get(tag, 'href')}=\"{value}\" alt='logo'>x</{tag}>"
        for tag, value in tags
    )
    markup = parse(html, page_url)
    for link in [*markup.links, *markup.assets]:
        assert urlsplit(link).scheme in ("http", "https"), link
