"""Engines for the lead store: SQLite by default, anything SQLAlchemy speaks by URL.

The schema is created or upgraded (alembic) the first time a process opens a store; processes
opening a fresh store at once take turns (a lock per database), so every one of them succeeds.
"""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from leadflow import settings
from leadflow.domain.errors import InvalidInput, StoreUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

_MIGRATIONS = Path(__file__).parent / "migrations"
_FIELD = "LEADFLOW_DATABASE_URL"
_AFTER_PASSWORD = re.compile(r"[\w+]+://[^:/]*:[^@]*@(?P<rest>.*)", re.S)  # as sqlalchemy.engine.url reads it
_MIGRATION_LOCK_KEY = 0x6C65_6164_666C_6F77  # b"leadflow": Postgres advisory lock key of migrations
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def safe_url(url: str) -> str:
    """The URL with any password masked, for messages and logs, also when it does not parse
    or its password holds an '@' (then everything up to the last '@' is masked)."""
    try:
        parsed = None if _at_after_password(url) else make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        parsed = None
    if parsed is not None:
        return parsed.render_as_string(hide_password=True)
    return _mask_credentials(url)


def _at_after_password(url: str) -> bool:
    """SQLAlchemy ends a password at its first '@': another '@' after it means part of the
    password would be read as the host, port or database (and shown in every message)."""
    after = _AFTER_PASSWORD.match(url)
    return after is not None and "@" in after["rest"]


def _mask_credentials(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or not re.fullmatch(r"[\w+.-]+", scheme):
        return "<unparseable URL>"
    userinfo, at, host = rest.rpartition("@")
    if not at or ":" not in userinfo:
        return url
    return f"{scheme}://{userinfo.split(':', 1)[0]}:***@{host}"


def _without_secret(message: str, url: str) -> str:
    """A driver's message with the password cut out, whatever the driver chose to quote."""
    secrets = {_raw_password(url)}
    try:
        secrets.add(make_url(url).password or "")
    except (ArgumentError, ValueError):
        pass
    for secret in sorted(secrets - {""}, key=len, reverse=True):
        # Only where it stands as a token of its own: a one-letter password must not turn
        # "accepting" into "acce***ting", and a password quoted or inside a URL is still cut.
        message = re.sub(rf"(?<![A-Za-z0-9]){re.escape(secret)}(?![A-Za-z0-9])", "***", message)
    return message


def _raw_password(url: str) -> str:
    userinfo = url.partition("://")[2].rpartition("@")[0]
    return userinfo.split(":", 1)[1] if ":" in userinfo else ""


def _parse(url: str) -> URL:
    """The URL as SQLAlchemy reads it, or InvalidInput with the password masked."""
    if _at_after_password(url):
        raise InvalidInput(_FIELD, f"the password contains '@' (or another '@' follows it); write '@' as %40 in {safe_url(url)}")
    try:
        return make_url(url)
    except ArgumentError:
        raise InvalidInput(_FIELD, f"not a SQLAlchemy database URL: {safe_url(url)}") from None
    except ValueError:  # make_url's int(port)
        raise InvalidInput(_FIELD, f"the port is not a number in {safe_url(url)}") from None


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers (progress bar, status) never block writers
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    if settings.load().failpoint == "sqlite-full":  # tests: the disk is full from here on
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {int(pages)}")
    cur.close()


def _create(url: str) -> Engine:
    parsed = _parse(url)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("psycopg2", "postgresql", ""):
        parsed = parsed.set(drivername="postgresql+psycopg")  # the driver we install
    kwargs: dict = {"pool_pre_ping": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise InvalidInput(_FIELD, f"cannot create the folder {folder} of the SQLite store: {exc.strerror}") from None
        kwargs["connect_args"] = {"timeout": 30, "check_same_thread": False}
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, NoSuchModuleError, TypeError, ValueError) as exc:
        message = _without_secret(str(exc), url)
        raise InvalidInput(_FIELD, f"unsupported database URL {safe_url(url)}: {message}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config() -> Config:
    from alembic.config import Config  # alembic loads only where the store's schema is checked

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return cfg


def _at_head(conn: Connection, cfg: Config) -> bool:
    """Whether the store is already migrated (the usual case: no lock is needed then)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    current = set(MigrationContext.configure(conn).get_current_heads())
    return current == set(ScriptDirectory.from_config(cfg).get_heads())


def _lock_migrations(conn: Connection) -> None:
    """Make this transaction the only one migrating the store; the others wait here and then
    find the schema at head. Released when the transaction ends."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # the database's write lock; waits busy_timeout


SQLITE_LOCKED_RETRIES = 6  # SQLite can say "locked" without waiting (a fresh file turning to WAL mode)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (idempotent, safe from many processes at once).
    On SQLite, a "database is locked" while other processes create the same fresh file is tried
    again after a short pause: SQLite returns it at once, busy timeout or not, while another
    connection switches the new file to WAL mode."""
    for attempt in range(SQLITE_LOCKED_RETRIES + 1):
        try:
            return _migrate(engine)
        except StoreUnavailable as exc:
            if engine.dialect.name != "sqlite" or "database is locked" not in str(exc) or attempt == SQLITE_LOCKED_RETRIES:
                raise
            time.sleep(0.05 * 2**attempt)


def newest_revision() -> str:
    """The newest migration's revision, from the file names alone: a revision is its file's
    number (`0013_outside_failures.py` is "0013"; tests/test_migrations.py holds every file to
    it), so a store at head is recognised without loading alembic (a tenth of a second per command)."""
    return max(p.name.split("_", 1)[0] for p in (_MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def _known_at_head(conn: Connection) -> bool:
    """The fast answer: the store's one recorded revision is the newest. Anything else (a new
    store, an older one, a store alembic must look at) goes to alembic."""
    try:
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        conn.rollback()  # PostgreSQL: the failed statement ended the transaction
        return False
    return versions == [newest_revision()]


def _migrate(engine: Engine) -> None:
    try:
        conn = engine.connect()
    except DBAPIError as exc:  # any driver complaint while connecting: host, auth, options
        raise _unavailable(engine, exc) from None
    try:
        with conn:
            if _known_at_head(conn):
                return
            cfg = _alembic_config()
            if _at_head(conn, cfg):
                return
            conn.rollback()  # end the check's read transaction: the lock starts a new one
            with conn.begin():
                _lock_migrations(conn)
                cfg.attributes["connection"] = conn
                from alembic import command

                command.upgrade(cfg, "head")
    except OperationalError as exc:  # lost connection, lock timeout, read-only file
        raise _unavailable(engine, exc) from None


def _unavailable(engine: Engine, exc: DBAPIError) -> StoreUnavailable:
    url = engine.url.render_as_string(hide_password=False)
    return StoreUnavailable(f"cannot open the lead store at {safe_url(url)}: {_without_secret(str(exc.orig), url)}")


def get_engine(url: str) -> Engine:
    """One migrated engine per URL per process."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _create(url)
            migrate(engine)
            _engines[url] = engine
        return engine


def dispose_all() -> None:
    with _lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()
