"""The student's development: self-assessments, reflections and goals with action plans."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Date, ForeignKey, String, Table, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime, str_enum
from mentorlog.models.enums import GoalStatus, ReflectionTemplate, Visibility


class SelfAssessment(Record, Base):
    """The student's own rating of a competency: shown beside, never averaged into, the
    mentor's rating."""

    __tablename__ = "self_assessment"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="RESTRICT"))
    competency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("competency.id", ondelete="RESTRICT"), index=True
    )
    level_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("scale_level.id", ondelete="RESTRICT")
    )
    assessed_on: Mapped[date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")


class Reflection(RowVersioned, Record, Base):
    """A written reflection; ``sections`` holds the template's parts, e.g. for Gibbs:
    description, feelings, evaluation, analysis, conclusion, action_plan."""

    __tablename__ = "reflection"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="RESTRICT"))
    observation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("observation.id", ondelete="SET NULL")
    )
    written_on: Mapped[date] = mapped_column(Date)
    template: Mapped[ReflectionTemplate] = mapped_column(str_enum(ReflectionTemplate))
    title: Mapped[str] = mapped_column(String(200), default="")
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The student's reflections are shared with their mentor unless kept private.
    visibility: Mapped[Visibility] = mapped_column(str_enum(Visibility))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


goal_competency = Table(
    "goal_competency",
    Base.metadata,
    Column("goal_id", Uuid, ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "competency_id", Uuid, ForeignKey("competency.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class Goal(RowVersioned, Record, Base):
    """A goal with its action plan, linked to the competencies it develops."""

    __tablename__ = "goal"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    action_plan: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(str_enum(GoalStatus))
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    review_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("review.id", ondelete="SET NULL")
    )

    competencies = relationship("Competency", secondary=goal_competency)
    progress_notes: Mapped[list[GoalProgressNote]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalProgressNote.created_at"
    )


class GoalProgressNote(Record, Base):
    __tablename__ = "goal_progress_note"

    goal_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("goal.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("person.id", ondelete="RESTRICT"))
    note: Mapped[str] = mapped_column(Text)

    goal: Mapped[Goal] = relationship(back_populates="progress_notes")
