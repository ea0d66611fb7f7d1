"""Importing people and placements: CSV as Excel writes it and XLSX, dry runs, re-imports,
bad rows named by row and column, and nothing written when anything is wrong."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from mentorlog.models import Person, Placement, PlacementMentor, Prison, Role, Unit
from mentorlog.services.access import Actor
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.imports.outcome import ImportRefused
from mentorlog.services.imports.people import import_people
from mentorlog.services.imports.placements import import_placements
from mentorlog.services.imports.table import ImportFileError
from mentorlog.storage.keys import KeyFile
from mentorlog.storage.sqlite_files import keyfile_path
from tests.site.conftest import NewSite, example, placements_around

HEADER = ["given_name", "family_name", "username", "roles", "email"]


def _csv(path: Path, rows: list[list[str]], delimiter: str = ";", bom: bool = True) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _count(site: NewSite, model: type) -> int:
    with site.db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def _people(site: NewSite, path: Path, **kw) -> object:  # type: ignore[no-untyped-def]
    with site.db.transaction() as s:
        return import_people(s, site.coordinator, path, **kw)


def test_people_from_a_semicolon_csv_with_bom_then_xlsx_changes_nothing(
    new_site: NewSite, tmp_path: Path
) -> None:
    dry = _people(new_site, example("people.csv"), dry_run=True)
    assert len(dry.made) == 30 and dry.dry_run  # type: ignore[attr-defined]
    assert _count(new_site, Person) == 1
    done = _people(new_site, example("people.csv"), sheet=tmp_path / "sheet.csv")
    assert len(done.made) == 30 and len(done.credentials) == 30  # type: ignore[attr-defined]
    again = _people(new_site, example("people.xlsx"))
    assert (again.made, again.changed, len(again.unchanged)) == ((), (), 30)  # type: ignore[attr-defined]
    with new_site.db.session() as s:
        helene = s.scalar(select(Person).where(Person.username == "helene.dubois"))
        assert helene is not None and helene.full_name == "Hélène Dubois"
        assert {r.role for r in helene.roles} == {Role.MENTOR, Role.COORDINATOR}
        assert helene.must_change_password
        cyrillic = s.scalar(select(Person).where(Person.family_name == "Кузнецов"))
        assert cyrillic is not None and cyrillic.given_name == "Сергей"
    sheet = list(csv.reader(io.StringIO((tmp_path / "sheet.csv").read_text("utf-8-sig"))))
    assert sheet[0] == ["name", "username", "one_time_password"] and len(sheet) == 31
    # Each new account opens the encrypted database with its one-time password.
    keys = KeyFile.load(keyfile_path(new_site.path))
    _name, username, password = sheet[1]
    assert keys.unlock(username, password)
    # The passwords are nowhere in the database file or its log.
    blob = b"".join(p.read_bytes() for p in new_site.path.parent.glob("site.db*"))
    assert password.encode() not in blob


def test_a_changed_row_is_changed_and_roles_only_added(new_site: NewSite, tmp_path: Path) -> None:
    rows = [HEADER, ["Liis", "Kask", "liis", "student", ""]]
    _people(new_site, _csv(tmp_path / "a.csv", rows), sheet=tmp_path / "s1.csv")
    rows[1] = ["Liis", "Kask-Tamm", "LIIS", "student;mentor", "liis@example.org"]
    outcome = _people(new_site, _csv(tmp_path / "b.csv", rows, delimiter=",", bom=False))
    assert len(outcome.changed) == 1 and "adds role mentor" in outcome.changed[0]  # type: ignore[attr-defined]
    with new_site.db.session() as s:
        liis = s.scalar(select(Person).where(Person.username == "liis"))
        assert liis is not None and liis.family_name == "Kask-Tamm"
        assert {r.role for r in liis.roles} == {Role.STUDENT, Role.MENTOR}


BAD_PEOPLE = [
    (["Mari", "Maasikas", "mari", "warden", ""], "row 2, column roles", "'warden' is no role"),
    (["", "Maasikas", "mari", "student", ""], "row 2, column given_name", "empty"),
    (["Mari", "Maasikas", "mari maas", "student", ""], "row 2, column username", "without spaces"),
    (["Mari", "Maasikas", "mari", "student", "not-an-address"], "row 2, column email", "e-mail"),
]


@pytest.mark.parametrize(("row", "where", "what"), BAD_PEOPLE)
def test_a_bad_person_row_is_named_and_nothing_is_written(
    new_site: NewSite, tmp_path: Path, row: list[str], where: str, what: str
) -> None:
    path = _csv(tmp_path / "bad.csv", [HEADER, ["Ok", "Person", "ok", "student", ""], row])
    path.write_bytes(path.read_bytes())  # the bad row is row 3 of the file
    with pytest.raises(ImportRefused) as refused:
        _people(new_site, path, sheet=tmp_path / "sheet.csv")
    assert where.replace("row 2", "row 3") in str(refused.value) and what in str(refused.value)
    assert _count(new_site, Person) == 1
    assert not (tmp_path / "sheet.csv").exists()


def test_a_duplicate_username_names_both_rows_with_xlsx_column_letters(
    new_site: NewSite, tmp_path: Path
) -> None:
    path = _xlsx(
        tmp_path / "dup.xlsx",
        [HEADER, ["Ann", "A", "ann", "student", ""], ["Anne", "B", "ANN", "student", ""]],
    )
    with pytest.raises(ImportRefused) as refused:
        _people(new_site, path, dry_run=True)
    assert "row 3, column username (C): ANN is named twice (also on row 2)" in str(refused.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"given_name;family_name;username;roles\n", "no entries"),
        (b"%PDF-1.4\n\x00\x01\x02\xff\xfe binary", "neither a CSV file"),
        (b"name,age\nx,1\n", "has no column given_name"),
        (b"PK\x03\x04 not really a workbook", "not an XLSX workbook"),
    ],
)
def test_files_that_are_no_table_are_refused(
    new_site: NewSite, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        _people(new_site, path, dry_run=True)


def test_only_coordinators_and_administrators_import(new_site: NewSite) -> None:
    mentor = Actor(new_site.coordinator.person_id, "A mentor", frozenset({Role.MENTOR}))
    with new_site.db.transaction() as s, pytest.raises(PermissionDeniedError):
        import_people(s, mentor, example("people.csv"), dry_run=True)
    with new_site.db.transaction() as s, pytest.raises(PermissionDeniedError):
        import_placements(s, mentor, example("placements.csv"), dry_run=True)


def test_placements_make_their_prisons_units_and_cohorts_once(
    new_site: NewSite, tmp_path: Path
) -> None:
    _people(new_site, example("people.csv"), sheet=tmp_path / "sheet.pdf")
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    today = date.today()
    path = placements_around(today, tmp_path, "placements.xlsx")
    with new_site.db.transaction() as s:
        dry = import_placements(s, new_site.coordinator, path, dry_run=True)
    assert len(dry.made) == 30 and "prison Tartu Vangla (row 2)" in dry.new_places
    assert _count(new_site, Prison) == 0 and _count(new_site, Placement) == 0
    with new_site.db.transaction() as s:
        done = import_placements(s, new_site.coordinator, path)
    assert len(done.made) == 30
    assert (_count(new_site, Prison), _count(new_site, Unit), _count(new_site, Placement)) == (
        4,
        5,
        30,
    )
    with new_site.db.transaction() as s:
        again = import_placements(s, new_site.coordinator, placements_around(today, tmp_path))
    assert (again.made, again.changed, len(again.unchanged), again.new_places) == ((), (), 30, ())
    with new_site.db.session() as s:
        juri = s.scalar(
            select(Placement)
            .join(Person, Person.id == Placement.student_id)
            .where(Person.username == "juri.tamm")
            .order_by(Placement.starts_on)
        )
        assert juri is not None and str(juri.status) == "active"
        leads = s.execute(
            select(Person.username, PlacementMentor.is_primary)
            .join(PlacementMentor, PlacementMentor.mentor_id == Person.id)
            .where(PlacementMentor.placement_id == juri.id)
            .order_by(PlacementMentor.is_primary.desc())
        ).all()
        assert leads == [("kadri.ounapuu", True), ("bjorn.lovas", False)]


PLACEMENT_HEADER = ["student", "cohort", "prison", "unit", "mentor", "start", "end", "target_hours"]
GOOD = [
    "juri.tamm",
    "Intake",
    "Tartu Vangla",
    "A",
    "kadri.ounapuu",
    "2027-01-04",
    "2027-03-31",
    "400",
]
BAD_PLACEMENTS = [
    ({4: "nobody.here"}, "row 3, column mentor", "unknown mentor"),
    ({6: "2026-12-01"}, "row 3, column end", "before the start"),
    ({5: "31/01/2027"}, "row 3, column start", "is no date"),
    ({0: "kadri.ounapuu"}, "row 3, column student", "is not a student"),
    ({7: "many"}, "row 3, column target_hours", "not a whole number"),
    ({4: "juri.tamm"}, "row 3, column mentor", "is not a mentor"),
]


@pytest.mark.parametrize(("change", "where", "what"), BAD_PLACEMENTS)
def test_a_bad_placement_row_is_named_and_nothing_is_written(
    new_site: NewSite, tmp_path: Path, change: dict[int, str], where: str, what: str
) -> None:
    _people(new_site, example("people.csv"), sheet=tmp_path / "sheet.csv")
    bad = list(GOOD)
    bad[0] = "liis.kask"
    for index, value in change.items():
        bad[index] = value
    path = _csv(tmp_path / "p.csv", [PLACEMENT_HEADER, GOOD, bad])
    with new_site.db.transaction() as s, pytest.raises(ImportRefused) as refused:
        import_placements(s, new_site.coordinator, path)
    assert where in str(refused.value) and what in str(refused.value)
    assert _count(new_site, Placement) == 0 and _count(new_site, Prison) == 0


def test_a_refused_file_leaves_the_encrypted_database_byte_for_byte(
    new_site: NewSite, tmp_path: Path
) -> None:
    from mentorlog.services.opening import unlock_keyring
    from mentorlog.services.startup import prepare_database
    from tests.site.conftest import ADMIN, ADMIN_PASSWORD

    _people(new_site, example("people.csv"), sheet=tmp_path / "sheet.csv")
    new_site.db.close()
    before = new_site.path.read_bytes()
    bad_files = [
        (
            import_people,
            _csv(
                tmp_path / "r.csv",
                [HEADER, ["A", "B", "dup", "student", ""], ["C", "D", "dup", "mentor", ""]],
            ),
        ),
        (import_people, _csv(tmp_path / "e.csv", [])),
        (
            import_placements,
            _csv(tmp_path / "p.csv", [PLACEMENT_HEADER, [*GOOD[:4], "nobody", *GOOD[5:]]]),
        ),
    ]
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 \x00\xff")
    bad_files.append((import_people, tmp_path / "x.pdf"))
    for run, path in bad_files:
        ring = unlock_keyring(
            new_site.path, ADMIN, ADMIN_PASSWORD, __import__("mentorlog.models").models.utcnow()
        )
        db = prepare_database(new_site.path, keyring=ring)
        try:
            with db.transaction() as s, pytest.raises((ImportRefused, ImportFileError)):
                run(s, new_site.coordinator, path)
        finally:
            db.close()
        assert new_site.path.read_bytes() == before, path.name
    new_site.db = prepare_database(new_site.path, keyring=ring)


def test_a_dry_run_lists_its_rows_in_the_readers_language(new_site: NewSite) -> None:
    from mentorlog.i18n import set_language

    english = _people(new_site, example("people.csv"), dry_run=True)
    assert english.made[0].startswith("row 2: ")  # type: ignore[attr-defined]
    try:
        set_language("fi")
        dry = _people(new_site, example("people.csv"), dry_run=True)
        made = dry.made  # type: ignore[attr-defined]
        assert made[0] == "rivi 2: Øystein Ærø (oystein.aero; ohjaaja)"  # a mentor
        set_language("fr")
        places = _placements_dry(new_site)
        assert any(line.startswith("prison ") and "(ligne " in line for line in places)
    finally:
        set_language("en")


def _placements_dry(site: NewSite) -> tuple[str, ...]:
    _people(site, example("people.csv"), sheet=site.path.parent / "sheet.csv")
    with site.db.transaction() as s:
        outcome = import_placements(s, site.coordinator, example("placements.csv"), dry_run=True)
    return outcome.new_places
