"""A fact that may exist once is unique in the database itself (migration 0006), on SQLite
and PostgreSQL: a role's signature of a record version, a person's answer to a version,
an editor's draft of a record. Duplicates made before the migration are folded into the
first one recorded."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, MetaData, Table, insert, select, text
from sqlalchemy.exc import IntegrityError

from mentorlog.storage.engine import make_engine, resolve_url
from mentorlog.storage.migrate import upgrade

T0 = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)


def _id(engine: Engine, value: uuid.UUID) -> object:
    return value.hex if engine.dialect.name == "sqlite" else value


def _when(engine: Engine, moment: datetime) -> datetime:
    return moment.replace(tzinfo=None) if engine.dialect.name == "sqlite" else moment


def _rows(engine: Engine) -> dict[str, Table]:
    meta = MetaData()
    return {
        name: Table(name, meta, autoload_with=engine) for name in ("person", "sign_off", "draft")
    }


def _person(engine: Engine, tables: dict[str, Table]) -> uuid.UUID:
    pid = uuid.uuid4()
    with engine.begin() as conn:
        conn.execute(
            insert(tables["person"]).values(
                id=_id(engine, pid),
                given_name="Ольга",
                family_name="Иванова",
                email="",
                failed_sign_ins=0,
                active=True,
                created_at=_when(engine, T0),
                updated_at=_when(engine, T0),
            )
        )
    return pid


def _sign_off(engine: Engine, tables: dict[str, Table], **values: object) -> uuid.UUID:
    sid = uuid.uuid4()
    moment = values.pop("at")
    assert isinstance(moment, datetime)
    row = {
        "id": _id(engine, sid),
        "record_type": "observation",
        "record_version": 1,
        "comment": "",
        "signed_at": _when(engine, moment),
        "created_at": _when(engine, moment),
        "updated_at": _when(engine, moment),
        **values,
    }
    with engine.begin() as conn:
        conn.execute(insert(tables["sign_off"]).values(**row))
    return sid


def _draft(
    engine: Engine, tables: dict[str, Table], owner: uuid.UUID, at: datetime, n: int
) -> None:
    with engine.begin() as conn:
        conn.execute(
            insert(tables["draft"]).values(
                id=_id(engine, uuid.uuid4()),
                owner_id=_id(engine, owner),
                kind="observation",
                payload=json.dumps({"n": n}) if engine.dialect.name == "sqlite" else {"n": n},
                created_at=_when(engine, at),
                updated_at=_when(engine, at),
            )
        )


def test_duplicates_from_before_are_folded_and_new_ones_refused(any_db_url: str) -> None:
    engine = make_engine(resolve_url(any_db_url))
    upgrade(engine, "0004")
    tables = _rows(engine)
    mentor, student = _person(engine, tables), _person(engine, tables)
    record = uuid.uuid4()
    signed = {"record_id": _id(engine, record), "role": "mentor", "kind": "signed"}
    first = _sign_off(engine, tables, person_id=_id(engine, mentor), at=T0, **signed)
    _sign_off(engine, tables, person_id=_id(engine, mentor), at=T0 + timedelta(seconds=1), **signed)
    answer = {
        "record_id": _id(engine, record),
        "role": "student",
        "person_id": _id(engine, student),
    }
    acked = _sign_off(engine, tables, kind="acknowledged", at=T0, **answer)
    _sign_off(engine, tables, kind="disagreed", at=T0 + timedelta(seconds=2), **answer)
    for n in range(3):
        _draft(engine, tables, mentor, T0 + timedelta(minutes=n), n)

    upgrade(engine)
    tables = _rows(engine)
    with engine.connect() as conn:
        kept = {row[0] for row in conn.execute(select(tables["sign_off"].c.id))}
        payloads = [row[0] for row in conn.execute(select(tables["draft"].c.payload))]
    assert kept == {_id(engine, first), _id(engine, acked)}
    assert [p if isinstance(p, dict) else json.loads(p) for p in payloads] == [{"n": 2}]

    # Now the database itself refuses a second signature, answer or draft of a record.
    for again in (
        lambda: _sign_off(engine, tables, person_id=_id(engine, student), at=T0, **signed),
        lambda: _sign_off(engine, tables, kind="disagreed", at=T0, **answer),
        lambda: _draft(engine, tables, mentor, T0, 9),
    ):
        with pytest.raises(IntegrityError):
            again()
    # Another version, another role, another person's answer: all fine.
    _sign_off(engine, tables, person_id=_id(engine, mentor), at=T0, record_version=2, **signed)
    _sign_off(
        engine, tables, kind="acknowledged", at=T0, **{**answer, "person_id": _id(engine, mentor)}
    )
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM sign_off")) == 4
    engine.dispose()
