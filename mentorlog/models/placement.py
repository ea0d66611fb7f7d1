"""Placements of students in training prisons, their mentors and logged hours."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Numeric, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, str_enum
from mentorlog.models.enums import PlacementPhase, PlacementStatus, Shift
from mentorlog.models.people import Person


class Placement(RowVersioned, Record, Base):
    __tablename__ = "placement"

    student_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    prison_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prison.id", ondelete="RESTRICT"), index=True
    )
    unit_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("unit.id", ondelete="SET NULL")
    )
    cohort_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("cohort.id", ondelete="SET NULL"), index=True
    )
    # The framework version new ratings in this placement use.
    framework_version_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("framework_version.id", ondelete="RESTRICT")
    )
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    phase: Mapped[PlacementPhase] = mapped_column(str_enum(PlacementPhase))
    # The day each later phase begins, ISO dates by phase ("early", "midpoint", "final");
    # induction begins with the placement. Empty: the phase is set by hand.
    phase_starts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[PlacementStatus] = mapped_column(str_enum(PlacementStatus))
    target_hours: Mapped[int] = mapped_column(default=0)
    learning_contract: Mapped[str] = mapped_column(Text, default="")
    # After this date the placement's records are due for purging (GDPR retention).
    retain_until: Mapped[date | None] = mapped_column(Date)

    student: Mapped[Person] = relationship(foreign_keys=[student_id])
    mentors: Mapped[list[PlacementMentor]] = relationship(
        back_populates="placement", cascade="all, delete-orphan"
    )


class PlacementMentor(Record, Base):
    __tablename__ = "placement_mentor"
    __table_args__ = (UniqueConstraint("placement_id", "mentor_id", name="uq_placement_mentor"),)

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    mentor_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT"), index=True
    )
    is_primary: Mapped[bool] = mapped_column(default=True)
    # Who mentored when: a mentor replaced mid-placement keeps their row, with its end.
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    placement: Mapped[Placement] = relationship(back_populates="mentors")
    mentor: Mapped[Person] = relationship(foreign_keys=[mentor_id])


class ShiftLog(Record, Base):
    """Hours a student worked on a shift, counted against the placement's target."""

    __tablename__ = "shift_log"
    # A placement's shifts by day: the hours rule asks, for each observed shift, whether
    # that day's shift was logged (services/hours.py).
    __table_args__ = (Index("ix_shift_log_day", "placement_id", "worked_on", "shift"),)

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE")
    )
    worked_on: Mapped[date] = mapped_column(Date)
    shift: Mapped[Shift] = mapped_column(str_enum(Shift))
    hours: Mapped[float] = mapped_column(Numeric(5, 2, asdecimal=False))
    activity: Mapped[str] = mapped_column(String(200), default="")
    remedial_minutes: Mapped[int] = mapped_column(default=0)
