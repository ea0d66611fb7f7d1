"""Alembic environment. mentorlog runs migrations itself (mentorlog/storage/migrate.py),
handing over a connection already inside a transaction; the ``alembic`` command line
(for writing new revisions) builds one from MENTORLOG_DB instead."""

from __future__ import annotations

from alembic import context

from mentorlog.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    # Revisions must not import model code that later changes: write the plain column type.
    if type_ == "type" and type(obj).__name__ == "UTCDateTime":
        return "sa.DateTime(timezone=True)"
    return False


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        render_item=_render_item,
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transactional_ddl=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        # The caller's transaction spans the whole upgrade; this one nests inside it.
        with context.begin_transaction():
            context.run_migrations()
        return
    from mentorlog.storage.engine import make_engine, resolve_url

    engine = make_engine(resolve_url())
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("mentorlog's migrations run online only")
run_migrations_online()
