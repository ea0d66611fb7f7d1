"""Competency frameworks: domains, competencies, the rating scale and its behavioural anchors.

Wording is versioned. A framework has numbered versions; a changed guideline is a new
version (copied rows), never an edit, so a rating keeps the wording it was given under.
``Competency.key`` is stable across versions so progress can be followed through them.

A version's wording may come in several languages (mentorlog.i18n.LANGUAGES). Each text
column holds the wording in the version's own ``language``; ``translations`` beside it
holds the others, ``{field: {language: text}}`` (None: the own language only). The name of
the framework, kept on ``Framework``, is translated on each version, so that a later
version's translations never change an earlier one's. Which wording a reader gets is one
rule: services/framework_wording.py.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, UTCDateTime, str_enum
from mentorlog.models.enums import FrameworkStatus, PlacementPhase


class Framework(Record, Base):
    __tablename__ = "framework"

    key: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))

    versions: Mapped[list[FrameworkVersion]] = relationship(
        back_populates="framework", order_by="FrameworkVersion.number"
    )


class FrameworkVersion(Record, Base):
    __tablename__ = "framework_version"
    __table_args__ = (UniqueConstraint("framework_id", "number", name="uq_framework_version"),)

    framework_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("framework.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    status: Mapped[FrameworkStatus] = mapped_column(str_enum(FrameworkStatus))
    description: Mapped[str] = mapped_column(Text, default="")
    change_note: Mapped[str] = mapped_column(Text, default="")
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The language of the text columns here and in the version's rows (below).
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    # {"name" (the framework's), "description", "change_note": {language: text}}
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    framework: Mapped[Framework] = relationship(back_populates="versions")
    domains: Mapped[list[Domain]] = relationship(
        back_populates="framework_version", order_by="Domain.position"
    )
    levels: Mapped[list[ScaleLevel]] = relationship(
        back_populates="framework_version", order_by="ScaleLevel.position"
    )


class Domain(Record, Base):
    __tablename__ = "domain"
    __table_args__ = (UniqueConstraint("framework_version_id", "key", name="uq_domain_key"),)

    framework_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("framework_version.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    framework_version: Mapped[FrameworkVersion] = relationship(back_populates="domains")
    competencies: Mapped[list[Competency]] = relationship(
        back_populates="domain", order_by="Competency.position"
    )


class Competency(Record, Base):
    __tablename__ = "competency"
    __table_args__ = (UniqueConstraint("domain_id", "key", name="uq_competency_key"),)

    domain_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("domain.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    domain: Mapped[Domain] = relationship(back_populates="competencies")
    anchors: Mapped[list[CompetencyAnchor]] = relationship(
        back_populates="competency", order_by="CompetencyAnchor.level_value"
    )


class ScaleLevel(Record, Base):
    """One level of the rating scale, with its generic behavioural anchor.

    "Not observed" is a level too (``is_not_observed``, value 0) so every rating row
    points at a level and carries its wording.
    """

    __tablename__ = "scale_level"
    __table_args__ = (UniqueConstraint("framework_version_id", "value", name="uq_scale_value"),)

    framework_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("framework_version.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[int]
    code: Mapped[str] = mapped_column(String(8))  # "1".."5", "N.O."
    label: Mapped[str] = mapped_column(String(120))
    anchor: Mapped[str] = mapped_column(Text)
    requires_comment: Mapped[bool] = mapped_column(default=False)
    is_not_observed: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    framework_version: Mapped[FrameworkVersion] = relationship(back_populates="levels")


class CompetencyAnchor(Record, Base):
    """What a given level looks like for one competency (the evaluation guideline)."""

    __tablename__ = "competency_anchor"
    __table_args__ = (UniqueConstraint("competency_id", "level_value", name="uq_anchor_level"),)

    competency_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("competency.id", ondelete="CASCADE"), index=True
    )
    level_value: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))

    competency: Mapped[Competency] = relationship(back_populates="anchors")


class PhaseExpectation(Record, Base):
    """The level a student is expected to reach by the end of a placement phase."""

    __tablename__ = "phase_expectation"
    __table_args__ = (
        UniqueConstraint("framework_version_id", "phase", name="uq_phase_expectation"),
    )

    framework_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("framework_version.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[PlacementPhase] = mapped_column(str_enum(PlacementPhase))
    expected_value: Mapped[int]
