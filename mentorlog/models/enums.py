"""The closed vocabularies of the domain, stored as their string values."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    MENTOR = "mentor"
    STUDENT = "student"
    COORDINATOR = "coordinator"
    ADMINISTRATOR = "administrator"


class PlacementPhase(enum.StrEnum):
    INDUCTION = "induction"
    EARLY = "early"
    MIDPOINT = "midpoint"
    FINAL = "final"


class PlacementStatus(enum.StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    INTERRUPTED = "interrupted"  # ended early, to be resumed or repeated later


# A placement in one of these has ended: the dashboard hides it unless asked, the
# placements panel shows it as over, the placement editor ends one with them.
ENDED_STATUSES = (PlacementStatus.COMPLETED, PlacementStatus.INTERRUPTED, PlacementStatus.WITHDRAWN)


class Shift(enum.StrEnum):
    EARLY = "early"
    LATE = "late"
    NIGHT = "night"
    DAY = "day"


class Visibility(enum.StrEnum):
    SHARED = "shared"  # shared with the student
    PRIVATE = "private"  # the mentor's private note


class EntryStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"


class ReflectionTemplate(enum.StrEnum):
    FREE_TEXT = "free_text"
    GIBBS = "gibbs"
    SOCRATIC = "socratic"


class GoalStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class ReviewKind(enum.StrEnum):
    MIDPOINT = "midpoint"
    FINAL = "final"


class OverallProgress(enum.StrEnum):
    ON_TRACK = "on_track"
    NEEDS_SUPPORT = "needs_support"
    AT_RISK = "at_risk"
    PASSED = "passed"
    NOT_PASSED = "not_passed"


class ConcernStatus(enum.StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    RESOLVED = "resolved"
    ESCALATED = "escalated"


class SignOffKind(enum.StrEnum):
    SIGNED = "signed"  # a party signs a record (mentor, student, coordinator)
    ACKNOWLEDGED = "acknowledged"  # the student has read it
    DISAGREED = "disagreed"  # the student has read it and records disagreement


class FrameworkStatus(enum.StrEnum):
    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"
