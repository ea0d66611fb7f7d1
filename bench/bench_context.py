"""What bench/run.py hands to every figure module: the open demo database and helpers.

A figure module writes ``def figures(ctx: BenchContext) -> Iterator[tuple[str, float,
str]]``. ``ctx`` *is* the open demo ``Database`` (``ctx.session()``, ``ctx.transaction()``,
``ctx.engine``, and ``AppContext(ctx)`` works), so modules written against a plain
Database keep working; it adds ``db_path`` and the look-ups several benchmarks need.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from mentorlog.models import Observation, Person, Placement, PlacementMentor
from mentorlog.services.access import Actor
from mentorlog.storage.database import Database, open_database
from mentorlog.storage.keyring import Keyring


@dataclass(frozen=True)
class BusiestPlacement:
    """The placement with the most observations: the worst case for a student's views."""

    placement_id: uuid.UUID
    student_id: uuid.UUID
    mentor_id: uuid.UUID  # its primary mentor
    observations: int


@dataclass(frozen=True)
class EncryptedCopy:
    """An SQLCipher copy of the benchmark database, as a site has it by default."""

    path: Path
    keyring: Keyring
    seconds: float  # how long converting it took (the encrypt_100k_s figure)

    @property
    def key(self) -> bytes:
        return self.keyring.key


@dataclass
class BenchContext(Database):
    @classmethod
    def open(cls, path: Path) -> BenchContext:
        db = open_database(path)
        return cls(db.engine, db.migration)

    @property
    def db(self) -> Database:
        return self

    @property
    def db_path(self) -> Path:
        assert self.path is not None, "benchmarks run on an SQLite file"
        return self.path

    def encrypted_copy(self) -> EncryptedCopy:
        """The database copied and converted to an encrypted one, made once per run (the
        mentor's and coordinator's slots open it, password demo)."""
        cached: EncryptedCopy | None = getattr(self, "_encrypted", None)
        if cached is not None:
            return cached
        import tempfile
        import time

        from mentorlog.storage.backup import create_backup
        from mentorlog.storage.encrypt import encrypt_existing

        copy = Path(tempfile.mkdtemp(prefix="mentorlog-bench-enc-")) / "encrypted.db"
        create_backup(self.db_path, "bench", dest=copy)
        started = time.perf_counter()
        keys = encrypt_existing(copy, {"mentor": "demo", "coordinator": "demo"})
        made = EncryptedCopy(copy, Keyring(keys.keyfile, keys.key), time.perf_counter() - started)
        self._encrypted = made
        return made

    def close(self) -> None:
        """Close the database, and remove the encrypted copy if one was made (some 500 MB
        with its backups)."""
        super().close()
        made: EncryptedCopy | None = getattr(self, "_encrypted", None)
        if made is not None:
            import shutil

            shutil.rmtree(made.path.parent, ignore_errors=True)

    def busiest_placement(self) -> BusiestPlacement:
        count = func.count(Observation.id)
        with self.session() as session:
            row = session.execute(
                select(Placement.id, Placement.student_id, count)
                .join(Observation, Observation.placement_id == Placement.id)
                .group_by(Placement.id, Placement.student_id)
                .order_by(count.desc(), Placement.id)
                .limit(1)
            ).one()
            mentor_id = session.scalar(
                select(PlacementMentor.mentor_id)
                .where(PlacementMentor.placement_id == row[0])
                .order_by(PlacementMentor.is_primary.desc())
                .limit(1)
            )
        assert mentor_id is not None
        return BusiestPlacement(row[0], row[1], mentor_id, row[2])

    def actor(self, person_id: uuid.UUID) -> Actor:
        """The person as they would be signed in, with the roles they hold."""
        from mentorlog.services.auth import actor_for

        with self.session() as session:
            return actor_for(session, person_id)

    def account(self, username: str) -> Actor:
        """A demo account (admin, coordinator, mentor, student) as signed in."""
        with self.session() as session:
            person_id = session.scalar(select(Person.id).where(Person.username == username))
        if person_id is None:
            raise LookupError(f"no account {username!r} in the benchmark database")
        return self.actor(person_id)
