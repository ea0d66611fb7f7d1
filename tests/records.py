"""Small hand-made sites for tests that need a few precise records (not demo data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorlog.models import (
    Academy,
    Cohort,
    EntryStatus,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Role,
    RoleAssignment,
    Shift,
    SignOff,
    SignOffKind,
    Visibility,
)

MARKER = "Zqxwvmarker kept too long"


def _person(session, given: str, family: str, role: Role) -> Person:  # type: ignore[no-untyped-def]
    p = Person(given_name=given, family_name=family)
    session.add(p)
    session.flush()
    session.add(RoleAssignment(person_id=p.id, role=role))
    return p


def _placement(session, student, mentor, prison, cohort, ends: date, narrative: str):  # type: ignore[no-untyped-def]
    pl = Placement(
        student_id=student.id,
        prison_id=prison.id,
        cohort_id=cohort.id,
        starts_on=date(ends.year, 1, 1),
        ends_on=ends,
        phase=PlacementPhase.FINAL,
        status=PlacementStatus.COMPLETED,
        target_hours=300,
    )
    session.add(pl)
    session.flush()
    session.add(PlacementMentor(placement_id=pl.id, mentor_id=mentor.id))
    obs = Observation(
        placement_id=pl.id,
        author_id=mentor.id,
        observed_on=ends,
        shift=Shift.EARLY,
        narrative=narrative,
        visibility=Visibility.SHARED,
        status=EntryStatus.PUBLISHED,
    )
    session.add(obs)
    session.flush()
    session.add(
        SignOff(
            record_type="observation",
            record_id=obs.id,
            person_id=student.id,
            role=Role.STUDENT,
            kind=SignOffKind.ACKNOWLEDGED,
        )
    )
    return pl


@dataclass(frozen=True)
class SmallSite:
    """Ids of a prison with one mentor, a student whose placement ended in 2020 (and whose
    observation narrative is MARKER) and a student placed in 2026."""

    mentor_id: object
    old_student_id: object
    current_student_id: object
    old_placement_id: object
    current_placement_id: object


def small_site(db) -> SmallSite:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        academy = Academy(name="Academy", retention_months=24)
        s.add(academy)
        s.flush()
        prison = Prison(name="Tartu Vangla", country="EE", academy_id=academy.id)
        cohort = Cohort(name="2019 spring", academy_id=academy.id)
        s.add_all([prison, cohort])
        s.flush()
        mentor = _person(s, "Mari", "Tamm", Role.MENTOR)
        old = _person(s, "Jüri", "Õunapuu", Role.STUDENT)
        current = _person(s, "Ольга", "Иванова", Role.STUDENT)
        pl = _placement(s, old, mentor, prison, cohort, date(2020, 6, 30), MARKER)
        now = _placement(s, current, mentor, prison, cohort, date(2026, 6, 30), "A recent shift.")
        return SmallSite(mentor.id, old.id, current.id, pl.id, now.id)
