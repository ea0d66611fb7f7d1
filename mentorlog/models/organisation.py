"""Academies, training prisons and their units, cohorts of students."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record


class Academy(Record, Base):
    __tablename__ = "academy"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    # Default retention of placement records in months (GDPR duties).
    retention_months: Mapped[int] = mapped_column(default=60)

    cohorts: Mapped[list[Cohort]] = relationship(back_populates="academy")


class Prison(Record, Base):
    """A training prison: the site where placements happen."""

    __tablename__ = "prison"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    academy_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("academy.id", ondelete="SET NULL"), index=True
    )

    units: Mapped[list[Unit]] = relationship(back_populates="prison", order_by="Unit.name")


class Unit(Record, Base):
    """A wing, unit or department of a prison."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("prison_id", "name", name="uq_unit_prison_name"),)

    prison_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prison.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    security_level: Mapped[str] = mapped_column(String(60), default="")

    prison: Mapped[Prison] = relationship(back_populates="units")


class Cohort(Record, Base):
    """Students who started at the academy together."""

    __tablename__ = "cohort"
    __table_args__ = (UniqueConstraint("academy_id", "name", name="uq_cohort_academy_name"),)

    academy_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("academy.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)

    academy: Mapped[Academy] = relationship(back_populates="cohorts")
