"""Each competency's latest rating, self-assessment, count, staleness and trend."""

from __future__ import annotations

from datetime import date

from mentorlog.models import Role, Visibility
from mentorlog.services.competencies import competency_overview, competency_trend
from tests.factories import Factory
from tests.factories import as_actor as actor


def test_latest_rating_self_assessment_and_staleness(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        keys = f.competency_keys()
        a, b = keys[0], keys[1]
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        ola = f.person("Ola", "Nordmann", Role.MENTOR)
        student = f.person("Jüri", "Õun", Role.STUDENT)
        p = f.placement(student, [liis, ola], ends_on=date(2025, 12, 31))
        f.observation(p, liis, date(2025, 3, 1), ratings={a: 2, b: 3})
        f.observation(p, liis, date(2025, 3, 20), ratings={a: 4, b: 0})  # b not observed
        f.observation(p, ola, date(2025, 3, 25), ratings={a: 1}, visibility=Visibility.PRIVATE)
        f.self_assessment(p, student, a, 5, date(2025, 3, 10))
        f.self_assessment(p, student, a, 3, date(2025, 3, 21))
        pid, me = p.id, actor(liis, Role.MENTOR)
    with db.session() as s:
        overview = competency_overview(s, me, pid, today=date(2025, 3, 30))
    assert len(overview.rows) == len(keys)
    row_a = next(r for r in overview.rows if r.key == a)
    row_b = next(r for r in overview.rows if r.key == b)
    # Ola's private rating of 25 March is not Liis's to see.
    assert (row_a.latest.value, row_a.latest.on) == (4, date(2025, 3, 20))
    assert row_a.times_observed == 2
    assert (row_a.self_assessed.value, row_a.self_assessed.on) == (3, date(2025, 3, 21))
    assert (row_a.days_since_observed, row_a.stale) == (10, False)
    # "Not observed" on 20 March neither counts nor replaces the latest level.
    assert (row_b.latest.value, row_b.times_observed) == (3, 1)
    assert (row_b.days_since_observed, row_b.stale) == (29, True)
    never = next(r for r in overview.rows if r.key == keys[2])
    assert (never.latest, never.times_observed, never.stale) == (None, 0, True)
    assert row_a.latest.label and overview.levels[0].is_not_observed


def test_trend_over_time(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        key = f.competency_keys()[0]
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        student = f.person("Jüri", "Õun", Role.STUDENT)
        p = f.placement(student, [liis])
        for day, value in [(3, 3), (1, 2), (9, 0), (7, 4)]:
            f.observation(p, liis, date(2025, 3, day), ratings={key: value})
        f.self_assessment(p, student, key, 4, date(2025, 3, 5))
        pid = p.id
        students_view = actor(student, Role.STUDENT)
    with db.session() as s:
        trend = competency_trend(s, students_view, pid, key)
    assert [(t.on.day, t.value) for t in trend.mentor] == [(1, 2), (3, 3), (7, 4)]
    assert [(t.on.day, t.value) for t in trend.self_assessed] == [(5, 4)]
