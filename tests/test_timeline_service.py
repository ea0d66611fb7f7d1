"""A placement's timeline: order, filters, search and who sees what."""

from __future__ import annotations

from datetime import date

import pytest

from mentorlog.models import EntryStatus, ReviewKind, Role, Visibility
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.timeline import EntryKind, TimelineFilter, list_timeline
from tests.factories import Factory
from tests.factories import as_actor as actor


@pytest.fixture
def world(db):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        ola = f.person("Ola", "Nordmann", Role.MENTOR)
        student = f.person("Jüri", "Õun", Role.STUDENT)
        outsider = f.person("Kari", "Berg", Role.MENTOR)
        p = f.placement(student, [liis, ola])
        f.observation(
            p, liis, date(2025, 3, 1), "Calm talk in the yard.", ratings={"COM-1": 4, "RSK-2": 2}
        )
        f.observation(p, liis, date(2025, 3, 3), "Searched a cell with care.", ratings={"COM-1": 5})
        f.observation(
            p, ola, date(2025, 3, 4), "Ola's private worry.", visibility=Visibility.PRIVATE
        )
        f.observation(p, ola, date(2025, 3, 5), "Ola's unfinished draft.", status=EntryStatus.DRAFT)
        f.reflection(p, student, date(2025, 3, 2), "Reflecting on the yard talk.", title="Yard")
        f.reflection(p, student, date(2025, 3, 6), "Only for me.", visibility=Visibility.PRIVATE)
        f.review(p, liis, date(2025, 3, 7), kind=ReviewKind.MIDPOINT)
        f.review(p, liis, date(2025, 3, 8), kind=ReviewKind.FINAL, status=EntryStatus.DRAFT)
        f.concern(p, liis, date(2025, 3, 9))
        return {
            "placement": p.id,
            "liis": actor(liis, Role.MENTOR),
            "ola": actor(ola, Role.MENTOR),
            "student": actor(student, Role.STUDENT),
            "outsider": actor(outsider, Role.MENTOR),
        }


def _days(db, who, world, flt=None) -> list[int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [e.on.day for e in list_timeline(s, world[who], world["placement"], flt).entries]


def test_everything_in_date_order_as_each_person_may_see_it(db, world) -> None:  # type: ignore[no-untyped-def]
    # Liis: not Ola's private note or draft, not the student's private reflection.
    assert _days(db, "liis", world) == [9, 8, 7, 3, 2, 1]
    assert _days(db, "ola", world) == [9, 8, 7, 5, 4, 3, 2, 1]
    # The student: only published, shared entries; their own private reflection.
    assert _days(db, "student", world) == [9, 7, 6, 3, 2, 1]
    with pytest.raises(PermissionDeniedError):
        _days(db, "outsider", world)


def test_observation_entries_carry_their_ratings(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        entries = list_timeline(s, world["liis"], world["placement"]).entries
    first = next(e for e in entries if e.on == date(2025, 3, 1))
    assert (first.kind, first.ratings, first.lowest) == (EntryKind.OBSERVATION, 2, 2)
    assert first.author == "Liis Tamm"
    assert first.summary == "Calm talk in the yard."


def test_filters(db, world) -> None:  # type: ignore[no-untyped-def]
    def days(**kw) -> list[int]:  # type: ignore[no-untyped-def]
        return _days(db, "ola", world, TimelineFilter(**kw))

    assert days(kinds=frozenset({EntryKind.REFLECTION, EntryKind.CONCERN})) == [9, 2]
    assert days(competency_key="COM-1") == [3, 1]
    assert days(competency_key="RSK-2", level_value=2) == [1]
    assert days(competency_key="RSK-2", level_value=5) == []
    assert days(level_value=5) == [3]
    assert days(date_from=date(2025, 3, 3), date_to=date(2025, 3, 7)) == [7, 5, 4, 3]
    assert days(visibility=Visibility.PRIVATE) == [4]
    assert days(visibility=Visibility.SHARED) == [9, 8, 7, 5, 3, 2, 1]


def test_search_keeps_matching_observations_and_reflections(db, world) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        timeline = list_timeline(s, world["liis"], world["placement"], TimelineFilter(text="yard"))
    assert timeline.searched
    assert [e.on.day for e in timeline.entries] == [2, 1]
    assert all("\x02" in e.snippet for e in timeline.entries)
    # Another person's private note never comes back through search either.
    assert _days(db, "liis", world, TimelineFilter(text="worry")) == []
    assert _days(db, "ola", world, TimelineFilter(text="worry")) == [4]


def test_narrowing_a_read_timeline_answers_as_a_search_would(db, world) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from mentorlog.services.timeline import search_timeline

    for who in ("ola", "liis", "student"):
        me, pid = world[who], world["placement"]
        for flt in (TimelineFilter(), TimelineFilter(visibility=Visibility.SHARED)):
            for text in ("yard", "o", "worry", "zzz", "talk yard"):
                with db.session() as s:
                    searched = list_timeline(s, me, pid, replace(flt, text=text))
                    base = list_timeline(s, me, pid, flt)
                    assert search_timeline(s, me, pid, base, text) == searched
