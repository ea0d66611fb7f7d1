"""What a mentor records: observations of shifts and the competency ratings they carry."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    and_,
    literal_column,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime, str_enum
from mentorlog.models.enums import EntryStatus, Shift, Visibility


class Versioned:
    """Signed records are locked; a correction is a new version of the same lineage."""

    lineage_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(default=1)
    is_current: Mapped[bool] = mapped_column(default=True)
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Observation(RowVersioned, Versioned, Record, Base):
    """A mentor's record of one shift (a daily observation report)."""

    __tablename__ = "observation"
    __table_args__ = (Index("ix_observation_placement_date", "placement_id", "observed_on"),)

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    author_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    observed_on: Mapped[date] = mapped_column(Date)
    shift: Mapped[Shift] = mapped_column(str_enum(Shift))
    duration_minutes: Mapped[int] = mapped_column(default=0)
    setting: Mapped[str] = mapped_column(String(120), default="")
    situation_type: Mapped[str] = mapped_column(String(120), default="")
    narrative: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[Visibility] = mapped_column(str_enum(Visibility))
    status: Mapped[EntryStatus] = mapped_column(str_enum(EntryStatus))
    discussed_with_student: Mapped[bool] = mapped_column(default=False)
    remedial_minutes: Mapped[int] = mapped_column(default=0)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    ratings: Mapped[list[Rating]] = relationship(
        back_populates="observation", cascade="all, delete-orphan"
    )


class Rating(Record, Base):
    """A competency rated on one observation. The level row carries the wording in force."""

    __tablename__ = "rating"
    __table_args__ = (
        UniqueConstraint("observation_id", "competency_id", name="uq_rating_competency"),
    )

    observation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("observation.id", ondelete="CASCADE"), index=True
    )
    competency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("competency.id", ondelete="RESTRICT"), index=True
    )
    level_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("scale_level.id", ondelete="RESTRICT")
    )
    comment: Mapped[str] = mapped_column(Text, default="")
    # San Jose "NRT": the student is not responding to training in this competency.
    not_responding_to_training: Mapped[bool] = mapped_column(default=False)

    observation: Mapped[Observation] = relationship(back_populates="ratings")


def _shared_current(obs: Any) -> ColumnElement[bool]:
    """The partial index's condition: services.access.shared_current_observation, which
    every query that should use the index writes the same way (constants inline)."""
    return and_(
        obs.visibility == literal_column("'shared'"),
        obs.status == literal_column("'published'"),
        obs.is_current == true(),
        obs.deleted_at.is_(None),
    )


def rated_not_responding(rating: Any = Rating) -> ColumnElement[bool]:
    """A rating marked "not responding to training" (few: indexed on their own)."""
    return rating.not_responding_to_training == true()


# The dashboard counts, per placement, shared entries and those the mentor has not signed
# (locked_at), and reads a placement's recent ones by date, from this index alone.
Index(
    "ix_observation_shared",
    Observation.placement_id,
    Observation.observed_on,
    Observation.id,
    Observation.locked_at,
    sqlite_where=_shared_current(Observation.__table__.c),
    postgresql_where=_shared_current(Observation.__table__.c),
)
Index(
    "ix_rating_nrt",
    Rating.observation_id,
    sqlite_where=rated_not_responding(Rating.__table__.c),
    postgresql_where=rated_not_responding(Rating.__table__.c),
)
