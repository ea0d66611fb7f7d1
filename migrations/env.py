"""Alembic environment. mentorlog runs migrations itself (mentorlog/storage/migrate.py),
handing over a connection already inside a transaction; a tool may hand an Engine instead
(pytest-alembic does); the ``alembic`` command line (for writing new revisions) builds
one from MENTORLOG_DB.

The full-text search objects (FTS5 tables on SQLite, GIN indexes on PostgreSQL) are not
in the models: ``include_object`` keeps autogenerate from proposing to drop them."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from mentorlog.models import Base
from mentorlog.storage.search_schema import include_object

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Revisions must not import model code that later changes: write the plain column type.
    if type_ == "type" and type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection: Connection) -> None:
    context.configure(
        render_item=_render_item,
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        compare_type=True,
        include_object=include_object,
    )
    # Inside a caller's transaction this one nests in it: the whole upgrade is one.
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    bind = config.attributes.get("connection")
    if isinstance(bind, Connection):
        _run(bind)
        return
    engine: Engine
    if isinstance(bind, Engine):
        engine = bind
    else:
        from mentorlog.storage.engine import make_engine, resolve_url

        engine = make_engine(resolve_url())
    with engine.begin() as connection:
        _run(connection)


if context.is_offline_mode():
    raise SystemExit("mentorlog's migrations run online only")
run_migrations_online()
