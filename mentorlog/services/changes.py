"""What a transaction changed: the change feed every view (and later sync and the CLI)
reads, written by the services that make the changes, not guessed by their callers.

Every write service puts an event on the audit trail (services/audit.py); ``audit.record``
notes beside it, in the session, which kind of record changed and its id (``note_audited``).
A service whose change the audit event does not name notes it itself (``note``), and a
restore or a reopened database is ``EVERYTHING``. After the commit, ``collected(session)``
is the ChangeSet: the desktop app's Op broadcasts it (ui/ops.py) and each view refreshes
what it shows when ``touches`` its kinds. Noting a change also drops, in the same
transaction, what is kept worked out from the changed records (the attention
dashboard's figures: services/attention_store.forget), so nothing kept outlives them.
"""

from __future__ import annotations

import enum
import uuid
import warnings
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the UI imports this module before SQLAlchemy has loaded (sign-in first)
    from sqlalchemy.orm import Session

_NOTES = "mentorlog.changes"


class ChangeKind(enum.StrEnum):
    """The kinds of record a change can touch; the values are the audit trail's
    ``entity_type`` names."""

    OBSERVATION = "observation"  # its ratings, signatures and the student's answer too
    REFLECTION = "reflection"
    REVIEW = "review"  # its signatures too
    CONCERN = "concern"
    GOAL = "goal"
    SELF_ASSESSMENT = "self_assessment"
    PLACEMENT = "placement"
    PERSON = "person"
    SITE_SETTING = "site_setting"
    ACADEMY = "academy"
    PRISON = "prison"
    UNIT = "unit"
    COHORT = "cohort"
    FRAMEWORK = "framework"
    SHIFT_LOG = "shift_log"
    AUDIT_EVENT = "audit_event"  # every audited act adds one
    DATABASE = "database"  # the database itself: now only read (damaged, read-only media)

    @classmethod
    def of(cls, entity_type: str) -> ChangeKind | None:
        """The kind an audit event's ``entity_type`` names, or None (not a record kind)."""
        try:
            return cls(entity_type)
        except ValueError:
            return None


@dataclass(frozen=True)
class Change:
    """One changed record: its kind, id, and the placement it belongs to (when known)."""

    kind: ChangeKind
    id: uuid.UUID | None = None
    placement_id: uuid.UUID | None = None


@dataclass(frozen=True)
class ChangeSet:
    """What one transaction changed, or ``everything`` (a restore, a reopened database)."""

    changes: frozenset[Change] = frozenset()
    everything: bool = False

    @property
    def kinds(self) -> frozenset[ChangeKind]:
        return frozenset(c.kind for c in self.changes)

    def __bool__(self) -> bool:
        return self.everything or bool(self.changes)

    def touches(self, *kinds: ChangeKind | str, placement_id: uuid.UUID | None = None) -> bool:
        """Whether a record of one of ``kinds`` changed (in ``placement_id``, if given: a
        change whose placement is unknown may be in any). A name that is no ChangeKind
        is an error, not a silent never."""
        if self.everything:
            return True
        wanted = {ChangeKind(k) for k in kinds}
        return any(
            c.kind in wanted and (placement_id is None or c.placement_id in (None, placement_id))
            for c in self.changes
        )

    def ids(self, kind: ChangeKind) -> frozenset[uuid.UUID]:
        return frozenset(c.id for c in self.changes if c.kind == kind and c.id is not None)

    def __or__(self, other: ChangeSet) -> ChangeSet:
        return ChangeSet(self.changes | other.changes, self.everything or other.everything)


EVERYTHING = ChangeSet(everything=True)
NOTHING = ChangeSet()
# The database's own state changed (it is only read from now on): banners say so.
DATABASE_STATE = ChangeSet(frozenset({Change(ChangeKind.DATABASE)}))

# Audited acts that only read: the trail grows, the record does not change (nor does a
# signed record's signed state give way to them: services/sign_off_check.py).
READS = frozenset({"report.export", "export.subject_access", "sign_in", "unlock"})
# Audit events about something that is no record a view shows: nothing but the trail
# (a person's signing key is shown nowhere but there).
_NOT_RECORDS = frozenset({"", "username", "signing_key"})
# Entity types that name a part of a record a view shows: a signed framework version is
# its framework's.
_PART_OF = {"framework_version": "framework"}


class UnknownRecordKind(UserWarning):
    """An audit event names an entity_type that is no ChangeKind: its change would reach
    no view. The tests turn this into an error (pyproject.toml); add the kind here."""


def _notes(session: Session) -> dict[tuple[ChangeKind, uuid.UUID | None], uuid.UUID | None]:
    return session.info.setdefault(_NOTES, {})


def note(
    session: Session,
    kind: ChangeKind,
    record_id: uuid.UUID | None = None,
    placement_id: uuid.UUID | None = None,
) -> None:
    """Note in ``session`` that a record of ``kind`` changed (a placement learnt later
    is kept: the same record noted twice is one change)."""
    notes = _notes(session)
    key = (kind, record_id)
    notes[key] = placement_id or notes.get(key)
    # What is kept worked out from the records (the dashboard's figures) goes with them,
    # in the same transaction.
    from mentorlog.services.attention_store import forget

    forget(session, kind, record_id, notes[key])


def note_everything(session: Session) -> None:
    """Everything may have changed (a demo load, a restore): every view reloads."""
    session.info[_NOTES + ".everything"] = True
    from mentorlog.services.attention_store import forget_all

    forget_all(session)


def note_audited(
    session: Session, action: str, entity_type: str, entity_id: uuid.UUID | None
) -> None:
    """Called by ``audit.record``: the audit trail grew, and (unless ``action`` only
    read) the record the event names changed. Its placement is read from the record if
    the session holds it (no query): views of one placement skip others' changes."""
    note(session, ChangeKind.AUDIT_EVENT)
    kind = ChangeKind.of(_PART_OF.get(entity_type, entity_type))
    if kind is None and entity_type not in _NOT_RECORDS:
        warnings.warn(
            f"audit event {action!r} names entity_type {entity_type!r}, which is no "
            "ChangeKind (services/changes.py): views will not refresh for it",
            UnknownRecordKind,
            stacklevel=3,
        )
    if kind is None or kind == ChangeKind.AUDIT_EVENT or action in READS:
        return
    note(session, kind, entity_id, _placement_of(session, kind, entity_id))


def _placement_of(
    session: Session, kind: ChangeKind, record_id: uuid.UUID | None
) -> uuid.UUID | None:
    from sqlalchemy.orm.util import identity_key

    if kind == ChangeKind.PLACEMENT or record_id is None:
        return record_id
    model = _models().get(kind.value)  # each kind is named for its table
    if model is None:
        return None
    record = session.identity_map.get(identity_key(model, record_id))
    placement_id = getattr(record, "placement_id", None)
    return placement_id if isinstance(placement_id, uuid.UUID) else None


@cache
def _models() -> dict[str, type]:
    from mentorlog.models import Base

    return {m.class_.__table__.name: m.class_ for m in Base.registry.mappers}


def collected(session: Session) -> ChangeSet:
    """What ``session`` noted (read it after the commit), and forget it."""
    notes = session.info.pop(_NOTES, {})
    if session.info.pop(_NOTES + ".everything", False):
        return EVERYTHING
    return ChangeSet(frozenset(Change(kind, rid, pid) for (kind, rid), pid in notes.items()))
