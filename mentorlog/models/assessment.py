"""Formal assessment points: mid-point and final reviews, and causes for concern."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime, str_enum
from mentorlog.models.enums import ConcernStatus, EntryStatus, OverallProgress, ReviewKind
from mentorlog.models.logbook import Versioned


class Review(RowVersioned, Versioned, Record, Base):
    __tablename__ = "review"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="RESTRICT"))
    kind: Mapped[ReviewKind] = mapped_column(str_enum(ReviewKind))
    held_on: Mapped[date] = mapped_column(Date)
    overall_progress: Mapped[OverallProgress] = mapped_column(str_enum(OverallProgress))
    summary: Mapped[str] = mapped_column(Text, default="")
    agreed_actions: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[EntryStatus] = mapped_column(str_enum(EntryStatus))

    domain_summaries: Mapped[list[ReviewDomainSummary]] = relationship(
        back_populates="review", cascade="all, delete-orphan"
    )


class ReviewDomainSummary(Record, Base):
    __tablename__ = "review_domain_summary"
    __table_args__ = (UniqueConstraint("review_id", "domain_id", name="uq_review_domain"),)

    review_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("review.id", ondelete="CASCADE"), index=True
    )
    domain_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("domain.id", ondelete="RESTRICT"))
    level_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("scale_level.id", ondelete="RESTRICT")
    )
    summary: Mapped[str] = mapped_column(Text, default="")

    review: Mapped[Review] = relationship(back_populates="domain_summaries")


class Concern(RowVersioned, Record, Base):
    """A cause for concern: a student not progressing, with an action plan and follow-up."""

    __tablename__ = "concern"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    raised_by_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="RESTRICT")
    )
    raised_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    action_plan: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ConcernStatus] = mapped_column(str_enum(ConcernStatus))
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The student's own answer to the concern (they read it; the process is done with them).
    student_response: Mapped[str] = mapped_column(Text, default="")
    student_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
