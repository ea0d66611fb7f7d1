"""The side panel's list of placements and the dossier header, from the services."""

from __future__ import annotations

from datetime import date

from mentorlog.models import ConcernStatus, Role, SignOffKind, Visibility
from mentorlog.services.placements import list_placements, placement_summary
from tests.factories import Factory
from tests.factories import as_actor as actor


def test_a_mentor_lists_own_placements_with_their_figures(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        other = f.person("Ola", "Nordmann", Role.MENTOR)
        tallinn, oslo = f.prison("Tallinna Vangla", "EE"), f.prison("Oslo fengsel", "NO")
        cohort = f.cohort("2025 spring")
        juri = f.person("Jüri", "Õun", Role.STUDENT)
        ivan = f.person("Иван", "Петров", Role.STUDENT)
        p1 = f.placement(juri, [mentor], prison=tallinn, cohort=cohort)
        p2 = f.placement(ivan, [mentor, other], prison=oslo, cohort=cohort)
        f.placement(f.person("Kari", "Berg", Role.STUDENT), [other], prison=oslo)
        seen = f.observation(p1, mentor, date(2025, 3, 1), "talked")
        f.observation(p1, mentor, date(2025, 3, 10), "searched a cell")
        f.observation(p1, other, date(2025, 3, 20), "private", visibility=Visibility.PRIVATE)
        f.acknowledge(seen, juri)
        f.concern(p1, mentor, date(2025, 3, 2))
        f.concern(p1, mentor, date(2025, 3, 3), status=ConcernStatus.RESOLVED)
        f.concern(p2, other, date(2025, 3, 3), status=ConcernStatus.ESCALATED)
        me = actor(mentor, Role.MENTOR)

    with db.session() as s:
        rows = list_placements(s, me, today=date(2025, 3, 15))
    assert [r.student_name for r in rows] == ["Иван Петров", "Jüri Õun"]  # Oslo before Tallinn
    ivan_row, juri_row = rows
    assert juri_row.group == ("Tallinna Vangla", "2025 spring")
    # The other mentor's private note of 20 March is not "last observed" for this mentor.
    assert juri_row.last_observed_on == date(2025, 3, 10)
    assert juri_row.days_since_observed == 5
    assert juri_row.open_concerns == 1
    assert juri_row.unacknowledged == 1  # the 10 March one; 1 March was acknowledged
    assert ivan_row.days_since_observed is None
    assert ivan_row.open_concerns == 1


def test_disagreeing_also_answers_the_feedback(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        student = f.person("Mari", "Kask", Role.STUDENT)
        p = f.placement(student, [mentor])
        obs = f.observation(p, mentor, date(2025, 3, 1), "x")
        f.observation(p, mentor, date(2025, 3, 2), "draft", status="draft")  # type: ignore[arg-type]
        f.acknowledge(obs, student, SignOffKind.DISAGREED)
        me = actor(mentor, Role.MENTOR)
    with db.session() as s:
        assert list_placements(s, me)[0].unacknowledged == 0


def test_filter_text_matches_any_case_and_script(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        coordinator = f.person("Anne", "Coord", Role.COORDINATOR)
        for given, family in [("Иван", "Петров"), ("Søren", "Ærø"), ("Élodie", "Dubois")]:
            f.placement(f.person(given, family, Role.STUDENT), prison=f.prison(f"{family} site"))
        me = actor(coordinator, Role.COORDINATOR)
    with db.session() as s:

        def names(text: str) -> list[str]:
            return [r.student_name for r in list_placements(s, me, text)]

        assert names("иван") == ["Иван Петров"]
        assert names("ПЕТРОВ") == ["Иван Петров"]
        assert names("søren ærø") == ["Søren Ærø"]
        assert names("élodie") == ["Élodie Dubois"]
        assert names("dubois site") == ["Élodie Dubois"]
        assert names("100%") == []
        assert len(names("")) == 3


def test_a_student_sees_only_their_own_placement(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        me_person = f.person("Mari", "Kask", Role.STUDENT)
        f.placement(me_person, [mentor])
        f.placement(f.person("Other", "Student", Role.STUDENT), [mentor])
        me = actor(me_person, Role.STUDENT)
    with db.session() as s:
        assert [r.student_name for r in list_placements(s, me)] == ["Mari Kask"]


def test_summary_has_mentors_hours_and_target(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        primary = f.person("Liis", "Tamm", Role.MENTOR)
        second = f.person("Ola", "Nordmann", Role.MENTOR)
        prison = f.prison("Tallinna Vangla")
        p = f.placement(
            f.person("Jüri", "Õun", Role.STUDENT),
            [primary, second],
            prison=prison,
            unit=f.unit(prison, "Block B"),
            target_hours=320,
        )
        f.hours(p, date(2025, 2, 1), 7.5)
        f.hours(p, date(2025, 2, 2), 8)
        me = actor(second, Role.MENTOR)
        pid = p.id
    with db.session() as s:
        summary = placement_summary(s, me, pid)
    assert summary.student_name == "Jüri Õun"
    assert summary.mentors == ("Liis Tamm", "Ola Nordmann")
    assert (summary.prison, summary.unit) == ("Tallinna Vangla", "Block B")
    assert (summary.hours_logged, summary.target_hours) == (15.5, 320)


def test_a_mentors_own_private_note_or_draft_is_not_the_students_last_observation(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import EntryStatus

    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        p = f.placement(f.person("Jüri", "Õun", Role.STUDENT), [mentor])
        f.observation(p, mentor, date(2025, 3, 1), "shared and published")
        f.observation(p, mentor, date(2025, 3, 9), "mine only", visibility=Visibility.PRIVATE)
        f.observation(p, mentor, date(2025, 3, 12), "not yet", status=EntryStatus.DRAFT)
        me = actor(mentor, Role.MENTOR)
    with db.session() as s:
        (row,) = list_placements(s, me, today=date(2025, 3, 15))
    assert row.last_observed_on == date(2025, 3, 1) and row.days_since_observed == 14
