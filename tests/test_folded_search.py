"""Names and full-text search match without regard to case or accents, and ø, æ, ß as
o, ae, ss, as Nordic users type them: on SQLite (encrypted too) and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from mentorlog.models import Role
from mentorlog.services.access import SYSTEM
from mentorlog.services.people import list_people
from mentorlog.services.placements import list_placements
from mentorlog.services.search import MARK_END, MARK_START, index_matches, search_entries
from mentorlog.storage.folding import FOLDED_LETTERS, fold, fold_letters
from tests.factories import Factory
from tests.factories import as_actor as actor


@pytest.fixture
def folded_db(search_db):  # type: ignore[no-untyped-def]
    return search_db  # SQLite and PostgreSQL (tests/conftest.py)


def _fill(database):  # type: ignore[no-untyped-def]
    with database.transaction() as s:
        f = Factory(s)
        mentor = f.person("Ingrid", "Sæther", Role.MENTOR)
        students = {
            "hakon": f.person("Håkon", "Løvås", Role.STUDENT),
            "eirik": f.person("Eirik", "Sørlie", Role.STUDENT),
            "aino": f.person("Aino", "Jääskeläinen", Role.STUDENT),
            "ivan": f.person("Иван", "Пётров", Role.STUDENT),
        }
        placements = {key: f.placement(person, [mentor]) for key, person in students.items()}
        p = placements["eirik"]
        f.observation(p, mentor, date(2025, 3, 1), "Sørlie talked Håkon's neighbour down.")
        f.observation(p, mentor, date(2025, 3, 2), "Ingrid Sæther watched the Große count.")
        f.observation(p, mentor, date(2025, 3, 3), "Aino Jääskeläinen led the roll check.")
        f.observation(p, mentor, date(2025, 3, 4), "Nothing to do with anyone named here.")
        return {
            "mentor": actor(mentor, Role.MENTOR),
            "placement": p.id,
            "placements": {key: pl.id for key, pl in placements.items()},
        }


def _student_names(session, typed: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(row.student_name for row in list_placements(session, SYSTEM, typed))


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("hakon", ["Håkon Løvås"]),
        ("HÅK", ["Håkon Løvås"]),
        ("lovas", ["Håkon Løvås"]),
        ("sorlie", ["Eirik Sørlie"]),
        ("SØRLIE", ["Eirik Sørlie"]),
        ("jaaskelainen", ["Aino Jääskeläinen"]),
        ("Jääsk", ["Aino Jääskeläinen"]),
        ("иван", ["Иван Пётров"]),
        ("петров", ["Иван Пётров"]),
        ("eirik sorl", ["Eirik Sørlie"]),
        ("sorlie hakon", []),
    ],
)
def test_student_filter_folds_case_and_accents(folded_db, typed: str, found: list[str]) -> None:  # type: ignore[no-untyped-def]
    _fill(folded_db)
    with folded_db.session() as s:
        assert _student_names(s, typed) == found


def test_people_list_folds_case_and_accents(folded_db) -> None:  # type: ignore[no-untyped-def]
    _fill(folded_db)
    with folded_db.session() as s:
        names = [p.full_name for p in list_people(s, SYSTEM, text="saether")]
        assert names == ["Ingrid Sæther"]
        assert [p.full_name for p in list_people(s, SYSTEM, text="LOVAS")] == ["Håkon Løvås"]


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        ("sorlie", "Sørlie"),
        ("sorl", "Sørlie"),
        ("hakon", "Håkon"),
        ("saether", "Sæther"),
        ("sæth", "Sæther"),
        ("jaaskelainen", "Jääskeläinen"),
        ("grosse", "Große"),
    ],
)
def test_full_text_search_folds_and_highlights_the_words_as_written(  # type: ignore[no-untyped-def]
    folded_db, typed: str, marked: str
) -> None:
    ids = _fill(folded_db)
    with folded_db.session() as s:
        hits = search_entries(s, ids["mentor"], typed)
        assert len(hits) == 1
        assert f"{MARK_START}{marked}" in hits[0].snippet
        in_placement = index_matches(s, typed, ids["placement"])
        assert len(in_placement) == 1
        assert f"{MARK_START}{marked}" in next(iter(in_placement.values()))


def test_every_folded_letter_is_found_by_its_spelling(db) -> None:  # type: ignore[no-untyped-def]
    """The migration's map (written out in 0009) and the code's are the same letters."""
    ids = _fill(db)
    words = [f"x{letter}y" for letter, _ in FOLDED_LETTERS]
    with db.transaction() as s:
        s.execute(
            text("UPDATE observation SET narrative = :n WHERE narrative LIKE 'Nothing%'"),
            {"n": " ".join(words)},
        )
    with db.session() as s:
        for (letter, spelled), word in zip(FOLDED_LETTERS, words, strict=True):
            typed = f"x{spelled}y "
            hits = search_entries(s, ids["mentor"], typed)
            assert len(hits) == 1, (letter, typed)
            assert f"{MARK_START}{word}{MARK_END}" in hits[0].snippet, (letter, typed)


def test_folding() -> None:
    assert fold("Håkon Løvås") == "hakon lovas"
    assert fold("JÄÄSKELÄINEN") == "jaaskelainen"
    assert fold("Sæther Große Łukasz") == "saether grosse lukasz"
    assert fold("Пётров") == "петров"
    assert fold_letters("Sørlie Æsop") == "Sorlie AEsop"


def test_folded_search_on_an_encrypted_file(tmp_path: Path) -> None:
    """A new site's encrypted file gets the same folding (the function is registered on
    SQLCipher connections too)."""
    from mentorlog.services.opening import create_site

    site = create_site(tmp_path / "site.db", "Kadri", "Õunapuu", "kadri", "a long pass phrase")
    database = site.db
    try:
        ids = _fill(database)
        with database.session() as s:
            assert _student_names(s, "sorlie") == ["Eirik Sørlie"]
            assert len(search_entries(s, ids["mentor"], "saether")) == 1
    finally:
        database.close()
