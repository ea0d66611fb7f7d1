"""Buffered bulk inserts: rows are collected per table and written in chunks, one table at
a time, parents before children: on SQLite straight to the driver (sqlite_insert.py), on
other databases with one Core ``INSERT ... executemany`` per table.

``BulkWriter.write_while(generate)`` makes the rows on a helper thread while the calling
thread writes them: the database drivers let go of the GIL while the database works, so
on a machine with two cores making the next chunk and writing the last one overlap.
"""

from __future__ import annotations

import queue
import random
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Insert, Table, insert
from sqlalchemy.orm import Session

from mentorlog.models import Base
from mentorlog.services.demo.sqlite_insert import Memos, Row, SqliteInsert, execute

T = TypeVar("T")
# Per table, parents first: (table, rows, its rows or, on SQLite, statements with values).
Chunk = list[tuple[Table, int, Any]]
_DONE = object()  # handed over after the last chunk
HANDOFF_CHUNKS = 2  # made ahead of the writing at most


class _Stopped(Exception):
    """The writing thread gave up (an error, or progress asked to cancel)."""


class BulkWriter:
    """Collects rows and writes them ``chunk`` at a time.

    Every row of one table must carry the same keys: executemany compiles the statement
    from the first row, and a column left out would get its Python default (a random
    uuid4 or the clock), which would make the data set differ from run to run.
    """

    def __init__(
        self, session: Session, chunk: int = 20_000, on_flush: Callable[[], None] | None = None
    ) -> None:
        self._session = session
        self._chunk = chunk
        self._on_flush = on_flush
        self._rows: dict[Table, list[Row]] = {}
        self._pending = 0
        self._order = {table: i for i, table in enumerate(Base.metadata.sorted_tables)}
        self._dialect = session.get_bind().dialect
        self._sqlite: dict[Table, SqliteInsert] | None = (
            {} if self._dialect.name == "sqlite" else None
        )
        self._memos: Memos = {}
        self._handoff: queue.Queue[object] | None = None
        self._stopped = False
        self.counts: Counter[str] = Counter()

    def add(self, table: Table, row: Row) -> None:
        rows = self._rows.get(table)
        if rows is None:
            rows = self._rows[table] = []
        rows.append(row)
        self._pending += 1
        if self._pending >= self._chunk:
            self.flush()

    @staticmethod
    def _statement(table: Table) -> Insert:
        # Asking for the keys back makes SQLAlchemy send many rows per INSERT statement
        # ("insertmanyvalues") instead of one statement per row. On SQLite that matters
        # where triggers fire (the search index): each statement that fires one keeps
        # its own rollback journal, so row-by-row inserts were three to four times slower.
        return insert(table).returning(*table.primary_key.columns)

    def flush(self) -> None:
        """Write what was added; within ``write_while``, hand it to the writing thread."""
        chunk = self._prepare(self._rows)
        self._rows, self._pending = {}, 0
        if self._handoff is None:
            self._write(chunk)
            return
        if self._stopped:
            raise _Stopped
        self._handoff.put(chunk)

    def write_while(self, generate: Callable[[], T]) -> T:
        """Run ``generate``, which adds rows, on a helper thread, and write its chunks on
        this one in the order they were made (so the data is the same as without the
        thread); return what ``generate`` returns. An error on either side, or progress
        raising to cancel, stops both and is raised here."""
        handoff: queue.Queue[object] = queue.Queue(maxsize=HANDOFF_CHUNKS)
        made: list[T] = []

        def produce() -> None:
            try:
                made.append(generate())
                self.flush()
                handoff.put(_DONE)
            except BaseException as exc:  # raised again on the writing thread
                handoff.put(exc)

        self._handoff, self._stopped = handoff, False
        thread = threading.Thread(target=produce, name="demo-data", daemon=True)
        thread.start()
        ended = False  # the helper has handed over its last item
        try:
            while True:
                item = handoff.get()
                ended = item is _DONE or isinstance(item, BaseException)
                if item is _DONE:
                    break
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, list)
                self._write(item)
        finally:
            self._stopped = True  # its next hand-over raises _Stopped and ends it
            while not ended:
                item = handoff.get()
                ended = item is _DONE or isinstance(item, BaseException)
            thread.join()
            self._handoff = None
        return made[0]

    def _prepare(self, rows: dict[Table, list[Row]]) -> Chunk:
        """Each table's rows, parents first, as they go to the database: on SQLite already
        converted into statements (on the thread that made them; see write_while)."""
        chunk: Chunk = []
        for table in sorted(rows, key=self._order.__getitem__):
            made = rows[table]
            if self._sqlite is None:
                chunk.append((table, len(made), made))
                continue
            writer = self._sqlite.get(table)
            if writer is None:
                writer = self._sqlite[table] = SqliteInsert(table, made[0], self._dialect)
            chunk.append((table, len(made), writer.statements(made, self._memos)))
        self._memos.clear()
        return chunk

    def _write(self, chunk: Chunk) -> None:
        for table, count, payload in chunk:
            if self._sqlite is None:
                self._session.execute(self._statement(table), payload)
            else:
                execute(self._session, payload)
            self.counts[table.name] += count
        if self._on_flush is not None:
            self._on_flush()


_new_object = object.__new__
_set_slot = object.__setattr__  # UUID forbids setting attributes; its __init__ does this
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown  # an enum member: read once


class Ids:
    """Deterministic UUIDs that rise in the order they are made.

    Random keys make every insert land on a random page of each index that holds them
    (primary keys, foreign keys, the search index); on SQLite that made bulk loading
    several times slower. These are RFC 9562 version 7 UUIDs using its "dedicated counter"
    method: one millisecond timestamp (the data set's reference time), a 42-bit counter,
    then 32 bits from the seeded generator. Each table's rows are written in the order
    their ids were made, so its indexes are filled at the end, like appending.
    """

    def __init__(self, rng: random.Random, at: datetime) -> None:
        self._random_bits = rng.getrandbits
        # timestamp | version 7 | counter (42 bits around the variant bits) | random 32 bits
        self._prefix = (int(at.timestamp() * 1000) & (1 << 48) - 1) << 80 | 7 << 76 | 2 << 62
        self._counter = 0

    def __call__(self) -> uuid.UUID:
        self._counter += 1
        high, low = divmod(self._counter, 1 << 30)
        # What uuid.UUID(int=...) makes, without its checks of an argument that is in
        # range by construction: at 750,000 ids they were a second of the demo's time.
        made = _new_object(uuid.UUID)
        _set_slot(made, "int", self._prefix | high << 64 | low << 32 | self._random_bits(32))
        _set_slot(made, "is_safe", _UNKNOWN_SAFETY)
        return made


def record(
    record_id: uuid.UUID, created_by: uuid.UUID | None, at: datetime, /, **columns: Any
) -> Row:
    """A row with the columns every Record carries, created and last changed at ``at``
    (``updated_at`` among ``columns`` says otherwise)."""
    # Filled into the keyword dict (new on every call) rather than merged into another:
    # one dict fewer per row.
    columns["id"] = record_id
    columns["created_at"] = at
    columns["created_by_id"] = created_by
    if "updated_at" not in columns:
        columns["updated_at"] = at
    return columns


def first_version(record_id: uuid.UUID, locked_at: datetime | None = None) -> Row:
    """The columns of a Versioned record that has not been amended: the first version of
    its own lineage (named after it)."""
    return {
        "lineage_id": record_id,
        "version": 1,
        "is_current": True,
        "amendment_reason": "",
        "locked_at": locked_at,
        "deleted_at": None,
    }
