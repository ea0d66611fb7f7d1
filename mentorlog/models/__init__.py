"""mentorlog's data model: SQLAlchemy 2 declarative classes, no Qt."""

from mentorlog.models.assessment import Concern, Review, ReviewDomainSummary
from mentorlog.models.base import Base, Record, UTCDateTime, utcnow
from mentorlog.models.dashboard import DashboardFigures
from mentorlog.models.development import (
    Goal,
    GoalProgressNote,
    Reflection,
    SelfAssessment,
    goal_competency,
)
from mentorlog.models.enums import (
    ENDED_STATUSES,
    ConcernStatus,
    EntryStatus,
    FrameworkStatus,
    GoalStatus,
    OverallProgress,
    PlacementPhase,
    PlacementStatus,
    ReflectionTemplate,
    ReviewKind,
    Role,
    Shift,
    SignOffKind,
    Visibility,
)
from mentorlog.models.framework import (
    Competency,
    CompetencyAnchor,
    Domain,
    Framework,
    FrameworkVersion,
    PhaseExpectation,
    ScaleLevel,
)
from mentorlog.models.locking import SignedRecordError  # registers the signed-record guard
from mentorlog.models.logbook import (
    Observation,
    Rating,
    rated_not_responding,
)
from mentorlog.models.organisation import Academy, Cohort, Prison, Unit
from mentorlog.models.people import Person, RoleAssignment
from mentorlog.models.placement import Placement, PlacementMentor, ShiftLog
from mentorlog.models.signing import KeyKind, SigningKey, SiteKeyWrap, key_fingerprint
from mentorlog.models.trust import (
    AuditEvent,
    Draft,
    SignOff,
    SiteSetting,
    disagreement,
    student_response,
)

__all__ = [
    "ENDED_STATUSES",
    "Academy",
    "AuditEvent",
    "Base",
    "Cohort",
    "Competency",
    "CompetencyAnchor",
    "Concern",
    "ConcernStatus",
    "DashboardFigures",
    "Domain",
    "Draft",
    "EntryStatus",
    "Framework",
    "FrameworkStatus",
    "FrameworkVersion",
    "Goal",
    "GoalProgressNote",
    "GoalStatus",
    "KeyKind",
    "Observation",
    "OverallProgress",
    "Person",
    "PhaseExpectation",
    "Placement",
    "PlacementMentor",
    "PlacementPhase",
    "PlacementStatus",
    "Prison",
    "Rating",
    "Record",
    "Reflection",
    "ReflectionTemplate",
    "Review",
    "ReviewDomainSummary",
    "ReviewKind",
    "Role",
    "RoleAssignment",
    "ScaleLevel",
    "SelfAssessment",
    "Shift",
    "ShiftLog",
    "SignOff",
    "SignOffKind",
    "SignedRecordError",
    "SigningKey",
    "SiteKeyWrap",
    "SiteSetting",
    "UTCDateTime",
    "Unit",
    "Visibility",
    "disagreement",
    "goal_competency",
    "key_fingerprint",
    "rated_not_responding",
    "student_response",
    "utcnow",
]
