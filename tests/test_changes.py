"""The change feed: each write service's audit event notes the kind of record it changed
and the record's placement; reads note nothing; a demo load is everything."""

from __future__ import annotations

import uuid
from datetime import date

from mentorlog.models import Role, Shift, ShiftLog
from mentorlog.services import audit, observations, site_settings
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.changes import EVERYTHING, ChangeKind, ChangeSet, collected, note
from tests.factories import Factory, as_actor


def one_observation(db) -> tuple[uuid.UUID, Actor, uuid.UUID]:  # type: ignore[no-untyped-def]
    """A placement, its mentor (as an Actor) and one observation of theirs."""
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        placement = f.placement(f.person("Ülle", "Kask", Role.STUDENT), [mentor])
        oid = f.observation(placement, mentor, date(2025, 3, 1), "Calm in the yard.").id
        return placement.id, as_actor(mentor, Role.MENTOR), oid


def test_a_write_notes_its_record_and_placement(db) -> None:  # type: ignore[no-untyped-def]
    pid, author, oid = one_observation(db)
    with db.transaction() as s:
        observations.delete_observation(s, author, oid)
    changes = collected(s)
    assert changes.ids(ChangeKind.OBSERVATION) == {oid}
    assert changes.touches(ChangeKind.OBSERVATION, placement_id=pid)
    assert changes.kinds == {ChangeKind.OBSERVATION, ChangeKind.AUDIT_EVENT}
    assert collected(s) == ChangeSet()  # read once


def test_a_new_kind_of_write_joins_the_feed_through_its_audit_event(db) -> None:  # type: ignore[no-untyped-def]
    """A service that audits a shift log (entity_type "shift_log") is in the feed, with the
    log's placement, without a word about the feed itself."""
    with db.transaction() as s:
        f = Factory(s)
        placement = f.placement(f.person("Jānis", "Bērziņš", Role.STUDENT))
        log = ShiftLog(
            placement_id=placement.id, worked_on=date(2025, 3, 1), shift=Shift.DAY, hours=8
        )
        s.add(log)
        s.flush()
        audit.record(s, SYSTEM, "shift_log.create", "shift_log", log.id)
    changes = collected(s)
    assert changes.ids(ChangeKind.SHIFT_LOG) == {log.id}
    assert changes.touches(ChangeKind.SHIFT_LOG, placement_id=placement.id)


def test_reads_and_exports_change_no_record(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        site_settings.idle_lock_minutes(s)
        audit.record(s, SYSTEM, "report.export", "placement")
    changes = collected(s)
    assert changes.kinds == {ChangeKind.AUDIT_EVENT}
    assert not changes.touches(ChangeKind.PLACEMENT)


def test_a_demo_load_and_an_explicit_note(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.demo import build_demo

    with db.transaction() as s:
        build_demo(s, students=3, observations=20, seed=1)
    assert collected(s) == EVERYTHING
    assert EVERYTHING.touches(ChangeKind.PERSON, placement_id=None)
    with db.transaction() as s:
        note(s, ChangeKind.FRAMEWORK)
    assert collected(s).touches(ChangeKind.FRAMEWORK)


def test_an_audit_event_naming_no_kind_of_record_is_an_error_in_tests(db) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from mentorlog.services.changes import UnknownRecordKind

    with db.transaction() as s, pytest.raises(UnknownRecordKind, match="shiftlog"):
        audit.record(s, SYSTEM, "shiftlog.create", "shiftlog")  # a typo of "shift_log"
