"""Alembic environment for the lead store.

Two ways in:

* leadflow itself: ``leadflow.store.engine.migrate`` hands in an open connection as
  ``config.attributes["connection"]`` and upgrades every store it opens to head. This file
  uses that connection as it is (and its transaction) and reads no alembic.ini.
* the alembic command line, from the repository root (``alembic.ini``): no connection is
  handed in, so one is opened to the lead store leadflow would use, ``sqlalchemy.url`` if a
  caller set it on the Config, else ``leadflow.settings.database_url()``
  (LEADFLOW_DATABASE_URL, else the SQLite file in LEADFLOW_HOME). ``alembic check`` and
  ``alembic revision --autogenerate`` compare ``leadflow.store.schema.metadata`` with that
  store, so it must be at head first (``alembic upgrade head``). ``--sql`` (offline) works too.

What autogenerate compares: tables, columns, types (``compare_type``), server defaults
(``compare_server_default``; no false positives on SQLite or Postgres for this schema),
nullability, indexes, unique constraints and foreign keys. It does not compare the WHERE
clause of a partial index (``uq_candidates_run_validated_domain``'s
``status = 'validated'``): changing only the predicate goes unnoticed here, and
``tests/test_migrations.py`` checks it separately on both databases.

New revisions are numbered like the existing ones (0001, 0002, ...; see
``_number_the_revision``) unless ``--rev-id`` is given, and rendered by script.py.mako.
"""

from __future__ import annotations

import re
from logging.config import fileConfig
from typing import Any

from alembic import context, util
from sqlalchemy.exc import OperationalError

from leadflow.domain.errors import LeadflowError
from leadflow.store.schema import metadata

config = context.config


def _number_the_revision(migration_context, revision, directives) -> None:
    """Give a new revision the next four-digit number instead of alembic's random hex id.

    Left alone: an id the user chose (``--rev-id``, or a caller's non-random ``rev_id``), and
    a script directory whose ids are not all numbers.
    """
    if not directives:
        return
    script = directives[0]
    if getattr(config.cmd_opts, "rev_id", None) or not re.fullmatch(r"[0-9a-f]{12}", script.rev_id or ""):
        return
    existing = [rev.revision for rev in context.script.walk_revisions()]
    if not all(rev.isdigit() for rev in existing):
        return
    script.rev_id = f"{max((int(rev) for rev in existing), default=0) + 1:04d}"


OPTIONS: dict[str, Any] = {
    "target_metadata": metadata,
    "render_as_batch": True,  # SQLite alters tables by copying them
    "compare_type": True,
    "compare_server_default": True,
    "process_revision_directives": _number_the_revision,
}


def _run(connection) -> None:
    context.configure(connection=connection, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def _url() -> str:
    from leadflow.settings import database_url

    return config.get_main_option("sqlalchemy.url") or database_url()


def _run_online_from_the_command_line() -> None:
    # leadflow's engine (its driver choice, SQLite pragmas), but not get_engine: that would
    # run leadflow's own migrate, i.e. this file again, before the command asked for.
    from leadflow.store.engine import _create, safe_url

    url = _url()
    try:
        engine = _create(url)
    except LeadflowError as exc:
        raise util.CommandError(str(exc)) from None
    try:
        try:
            connection = engine.connect()
        except OperationalError as exc:
            raise util.CommandError(f"cannot open the lead store at {safe_url(url)}: {exc.orig}") from None
        with connection:
            _run(connection)
    finally:
        engine.dispose()


def _run_offline() -> None:
    context.configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"}, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


handed_in = config.attributes.get("connection")
if handed_in is not None:
    _run(handed_in)
else:
    if config.config_file_name is not None:
        fileConfig(config.config_file_name, disable_existing_loggers=False)
    if context.is_offline_mode():
        _run_offline()
    else:
        _run_online_from_the_command_line()
