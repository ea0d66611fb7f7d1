"""Full-text search over narratives and reflections: safe input, any script, visibility."""

from __future__ import annotations

from datetime import date

import pytest

from mentorlog.models import Observation, Reflection, ReflectionTemplate, Role, Visibility
from mentorlog.services.access import Actor
from mentorlog.services.search import fts5_query, search_entries, tsquery
from mentorlog.storage.database import open_database
from tests.factories import Factory
from tests.factories import as_actor as actor


@pytest.fixture
def people(search_db):  # type: ignore[no-untyped-def]
    return _fill(search_db)


@pytest.fixture
def sqlite_people(db):  # type: ignore[no-untyped-def]
    return _fill(db)


def _fill(database):  # type: ignore[no-untyped-def]
    """Two mentors and a student sharing one placement, and entries with known words."""
    with database.transaction() as s:
        f = Factory(s)
        liis = f.person("Liis", "Tamm", Role.MENTOR)
        ola = f.person("Ola", "Nordmann", Role.MENTOR)
        student = f.person("Jüri", "Õun", Role.STUDENT)
        p = f.placement(student, [liis, ola])
        other = f.placement(f.person("Kari", "Berg", Role.STUDENT), [ola])
        f.observation(p, liis, date(2025, 3, 1), "Calm de-escalation in the dining hall.")
        f.observation(p, liis, date(2025, 3, 2), "Разговор с заключённым прошёл спокойно.")
        f.observation(p, liis, date(2025, 3, 3), "Jääskeläinen's cell search: thorough.")
        f.observation(
            p,
            ola,
            date(2025, 3, 4),
            "Private: worried about escalation.",
            visibility=Visibility.PRIVATE,
        )
        f.observation(other, ola, date(2025, 3, 5), "Escalation on another unit.")
        f.reflection(
            p,
            student,
            date(2025, 3, 6),
            title="After the search",
            template=ReflectionTemplate.GIBBS,
            sections={"description": "The escalation scared me", "feelings": "nervous"},
        )
        f.reflection(
            p,
            student,
            date(2025, 3, 7),
            "my private escalation diary",
            visibility=Visibility.PRIVATE,
        )
        ids = {"placement": p.id, "other": other.id}
        return {
            "liis": actor(liis, Role.MENTOR),
            "ola": actor(ola, Role.MENTOR),
            "student": actor(student, Role.STUDENT),
            **ids,
        }


def _dates(db, who: Actor, typed: str, placement=None) -> list[date]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return [h.on for h in search_entries(s, who, typed, placement)]


def test_prefix_matching_while_typing_and_visibility(search_db, people) -> None:  # type: ignore[no-untyped-def]
    liis, ola, student = people["liis"], people["ola"], people["student"]
    # "escal" is a prefix of escalation; Liis sees no private note of Ola's, nor the
    # student's private diary, nor the placement she does not mentor.
    assert _dates(search_db, liis, "escal") == [date(2025, 3, 6), date(2025, 3, 1)]
    assert _dates(search_db, ola, "ESCAL") == [
        date(2025, 3, 6),
        date(2025, 3, 5),
        date(2025, 3, 4),
        date(2025, 3, 1),
    ]
    assert _dates(search_db, student, "escalation") == [
        date(2025, 3, 7),
        date(2025, 3, 6),
        date(2025, 3, 1),
    ]
    assert _dates(search_db, ola, "escalation", people["other"]) == [date(2025, 3, 5)]


def test_cyrillic_matches_in_any_case(search_db, people) -> None:  # type: ignore[no-untyped-def]
    assert _dates(search_db, people["liis"], "РАЗГОВОР") == [date(2025, 3, 2)]
    assert _dates(search_db, people["liis"], "заключ") == [date(2025, 3, 2)]


def test_quotes_and_operators_are_plain_text(search_db, people) -> None:  # type: ignore[no-untyped-def]
    liis = people["liis"]
    for typed in ['"', "AND", "NOT calm", 'calm" OR "x', "(calm", "calm*:", "-", "NEAR(", "&|!"]:
        _dates(search_db, liis, typed)  # never a syntax error
    assert _dates(search_db, liis, 'calm" dining') == [date(2025, 3, 1)]
    assert _dates(search_db, liis, "calm NOT") == []  # NOT is a word to find, not an operator
    assert _dates(search_db, liis, "   ") == []


def test_snippet_marks_the_match(search_db, people) -> None:  # type: ignore[no-untyped-def]
    with search_db.session() as s:
        hit = search_entries(s, people["liis"], "dining")[0]
    assert "\x02dining\x03" in hit.snippet


def test_sqlite_folds_diacritics(db, sqlite_people) -> None:  # type: ignore[no-untyped-def]
    # (PostgreSQL's 'simple' configuration without the unaccent extension does not.)
    assert _dates(db, sqlite_people["liis"], "jaaskelainen") == [date(2025, 3, 3)]


def test_index_follows_edits_and_deletes(db, sqlite_people) -> None:  # type: ignore[no-untyped-def]
    liis = sqlite_people["liis"]
    with db.transaction() as s:
        obs = s.query(Observation).filter(Observation.observed_on == date(2025, 3, 1)).one()
        obs.narrative = "Quiet shift in the library."
        refl = s.query(Reflection).filter(Reflection.title == "After the search").one()
        refl.sections = {"description": "library visit"}
    assert _dates(db, liis, "dining") == []
    assert _dates(db, liis, "library") == [date(2025, 3, 6), date(2025, 3, 1)]
    with db.transaction() as s:
        s.delete(s.query(Observation).filter(Observation.observed_on == date(2025, 3, 1)).one())
    assert _dates(db, liis, "library") == [date(2025, 3, 6)]


def test_existing_entries_are_indexed_by_the_migration(tmp_path, db_path) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.migrate import downgrade, upgrade

    database = open_database(db_path)
    # The rows are written with today's models, then the schema goes back to before
    # full-text search (the rows stay) and forward again, indexing them on the way.
    with database.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        p = f.placement(f.person("Mari", "Kask", Role.STUDENT), [mentor])
        f.observation(p, mentor, date(2025, 3, 1), "Before full-text search existed.")
        me = actor(mentor, Role.MENTOR)
    downgrade(database.engine, "0001")
    upgrade(database.engine)
    assert _dates(database, me, "existed") == [date(2025, 3, 1)]
    database.close()


def test_query_builders() -> None:
    assert fts5_query('say "hi') == '"say" "hi"*'
    assert fts5_query("done ") == '"done"'
    assert fts5_query("***") is None
    assert tsquery("Иван Пет") == "иван & пет:*"
