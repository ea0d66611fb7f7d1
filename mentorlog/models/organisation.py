"""Academies, training prisons and their units, cohorts of students."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime


class Academy(RowVersioned, Record, Base):
    __tablename__ = "academy"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    # An IANA zone such as "Europe/Tallinn": the academy's calendar days.
    time_zone: Mapped[str] = mapped_column(String(60), default="")
    # Default retention of placement records in months (GDPR duties).
    retention_months: Mapped[int] = mapped_column(default=60)
    # The framework new cohorts and placements use unless they choose another.
    default_framework_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("framework.id", ondelete="SET NULL")
    )

    cohorts: Mapped[list[Cohort]] = relationship(back_populates="academy")


class Prison(RowVersioned, Record, Base):
    """A training prison: the site where placements happen."""

    __tablename__ = "prison"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    academy_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("academy.id", ondelete="SET NULL"), index=True
    )
    # Retired prisons and units take no new placements; records pointing to them stay.
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    units: Mapped[list[Unit]] = relationship(back_populates="prison", order_by="Unit.name")


class Unit(RowVersioned, Record, Base):
    """A wing, unit or department of a prison."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("prison_id", "name", name="uq_unit_prison_name"),)

    prison_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prison.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    security_level: Mapped[str] = mapped_column(String(60), default="")
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    prison: Mapped[Prison] = relationship(back_populates="units")


class Cohort(RowVersioned, Record, Base):
    """Students who started at the academy together."""

    __tablename__ = "cohort"
    __table_args__ = (UniqueConstraint("academy_id", "name", name="uq_cohort_academy_name"),)

    academy_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("academy.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    # The framework version its placements rate against (None: the academy's default).
    framework_version_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("framework_version.id", ondelete="RESTRICT")
    )

    academy: Mapped[Academy] = relationship(back_populates="cohorts")
