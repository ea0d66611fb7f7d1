"""The demo data set: deterministic, complete, plausible; and the commands that use it."""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import threading
import uuid
from contextlib import closing, nullcontext
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Table, and_, func, insert, select, text
from sqlalchemy.orm import Session

from mentorlog.cli import main
from mentorlog.models import (
    AuditEvent,
    Base,
    Competency,
    Concern,
    Domain,
    Goal,
    GoalProgressNote,
    Observation,
    Person,
    Placement,
    PlacementMentor,
    PlacementStatus,
    Rating,
    Reflection,
    Review,
    ReviewDomainSummary,
    Role,
    RoleAssignment,
    ScaleLevel,
    SelfAssessment,
    ShiftLog,
    SignOff,
    SiteSetting,
    goal_competency,
)
from mentorlog.services.audit import verify_chain
from mentorlog.services.auth import is_demo_database
from mentorlog.services.demo import (
    DEMO_PASSWORD,
    DEMO_SETTING_KEY,
    build_demo,
    has_people,
)
from mentorlog.services.demo.development_text import GIBBS_KEYS, SOCRATIC_KEYS
from mentorlog.services.demo.sqlite_insert import SqliteInsert
from mentorlog.services.errors import ServiceError, ValidationError
from mentorlog.services.passwords import verify_password
from mentorlog.services.startup import prepare_database

TODAY = date(2026, 6, 1)
STUDENTS = 12
OBSERVATIONS = 600

# Tables whose every column the demo writes; compared whole between two builds.
DUMPED = (
    "academy", "prison", "unit", "cohort", "person", "role_assignment", "placement",
    "placement_mentor", "shift_log", "observation", "rating", "sign_off", "self_assessment",
    "reflection", "goal", "goal_competency", "goal_progress_note", "review",
    "review_domain_summary", "concern", "site_setting",
)  # fmt: skip
VOLATILE = {"password_hash"}  # salted: differs on every hash


def _build(path: Path, seed: int = 1, **sizes: int) -> None:
    db = prepare_database(path)
    try:
        with db.transaction() as session:
            build_demo(
                session,
                students=sizes.get("students", STUDENTS),
                observations=sizes.get("observations", OBSERVATIONS),
                seed=seed,
                today=TODAY,
            )
    finally:
        db.close()


def _copy_template(template_db: Path, dest: Path) -> Path:
    shutil.copyfile(template_db, dest)
    return dest


@pytest.fixture(scope="module")
def demo_path(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = _copy_template(template_db, tmp_path_factory.mktemp("demo") / "demo.db")
    _build(path)
    return path


@pytest.fixture
def session(demo_path: Path):  # type: ignore[no-untyped-def]
    db = prepare_database(demo_path)
    with db.session() as s:
        yield s
    db.close()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    db = prepare_database(path)
    try:
        with db.session() as s:
            out = {}
            for name in DUMPED:
                table: Table = Base.metadata.tables[name]
                cols = [c for c in table.c if c.name not in VOLATILE]
                out[name] = sorted(tuple(map(repr, row)) for row in s.execute(select(*cols)))
            return out
    finally:
        db.close()


# -- determinism -------------------------------------------------------------------------
def test_same_seed_and_day_give_identical_data(
    demo_path: Path, template_db: Path, tmp_path: Path
) -> None:
    again = _copy_template(template_db, tmp_path / "again.db")
    _build(again)
    first, second = _dump(demo_path), _dump(again)
    assert sum(len(rows) for rows in first.values()) > 5000
    for name in DUMPED:
        assert first[name] == second[name], f"{name} differs between two builds"


def test_another_seed_gives_other_data(demo_path: Path, template_db: Path, tmp_path: Path) -> None:
    other = _copy_template(template_db, tmp_path / "other.db")
    _build(other, seed=2)
    first, second = _dump(demo_path), _dump(other)
    assert first["observation"] != second["observation"]
    assert first["person"] != second["person"]


# Words whose matches the search index must give in the same order however it was built.
FTS_QUERIES = ("prisoner", "landing OR wing", "pri*", "unlock NOT count", "gibbs", "å*")


def _stored(path: Path) -> dict[str, list[object]]:
    """What SQLite holds, read through the driver so that no column type converts it: every
    value with its storage class, the search documents, and what the search index finds."""
    with closing(sqlite3.connect(path)) as conn:
        out: dict[str, list[object]] = {}
        for name in DUMPED:
            names = [c.name for c in Base.metadata.tables[name].c if c.name not in VOLATILE]
            columns = ", ".join(f'"{c}", typeof("{c}")' for c in names)
            out[name] = sorted(map(repr, conn.execute(f'SELECT {columns} FROM "{name}"')))
        out["search_doc"] = conn.execute("SELECT * FROM search_doc ORDER BY id").fetchall()
        (first,) = conn.execute("SELECT placement_id FROM search_doc ORDER BY id").fetchone()
        queries = {words: words for words in FTS_QUERIES}
        queries["one placement"] = f'place:"{first}" AND prisoner*'
        for name, words in queries.items():
            out[name] = conn.execute(
                "SELECT rowid, place FROM search_fts WHERE search_fts MATCH ? ORDER BY rank, rowid",
                (words,),
            ).fetchall()
        conn.execute("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")
    return out


def test_fast_sqlite_load_stores_what_core_and_the_triggers_would(
    demo_path: Path, template_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite the demo writes rows through the driver and fills the search index a chunk
    at a time; Core's executemany with the index kept by trigger stores exactly the same."""

    def core_statements(self: SqliteInsert, rows: list[dict], _memos: dict) -> list:
        return [(insert(self.table), rows)]

    def through_core(session: Session, statements: list) -> None:
        for statement, rows in statements:
            session.execute(statement, rows)

    monkeypatch.setattr(SqliteInsert, "statements", core_statements)
    monkeypatch.setattr("mentorlog.services.demo.bulk.execute", through_core)
    untuned = nullcontext(lambda: None)  # no index written by chunk: the trigger does it
    monkeypatch.setattr("mentorlog.services.demo.bulk_load", lambda _session: untuned)
    core = _copy_template(template_db, tmp_path / "core.db")
    _build(core)
    fast, slow = _stored(demo_path), _stored(core)
    assert all(fast[name] for name in (*FTS_QUERIES[:3], "one placement"))
    for name, rows in slow.items():
        assert fast[name] == rows, f"{name} differs"


# -- people -------------------------------------------------------------------------------
def _student_names(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Person.given_name + " " + Person.family_name)
            .join(RoleAssignment, RoleAssignment.person_id == Person.id)
            .where(RoleAssignment.role == Role.STUDENT)
        )
    )


def test_names_are_spelled_as_in_their_countries(session: Session) -> None:
    everyone = " ".join(
        f"{g} {f}" for g, f in session.execute(select(Person.given_name, Person.family_name))
    )
    for letter in "õäöøæéå":
        assert letter in everyone.lower(), f"no name with {letter}"
    students = _student_names(session)
    assert any(re.search("[\u0400-\u04ff]", name) for name in students)
    assert len(set(students)) == len(students) == STUDENTS


def test_demo_accounts_sign_in_with_demo_and_others_cannot(session: Session) -> None:
    accounts = {
        username: hashed
        for username, hashed in session.execute(
            select(Person.username, Person.password_hash).where(Person.password_hash.is_not(None))
        )
    }
    assert set(accounts) == {"admin", "coordinator", "mentor", "student"}
    assert all(verify_password(h, DEMO_PASSWORD) for h in accounts.values())
    assert session.scalar(select(func.count()).where(Person.username.is_(None))) == 0

    def roles(username: str) -> set[str]:
        return set(
            session.scalars(
                select(RoleAssignment.role)
                .join(Person, Person.id == RoleAssignment.person_id)
                .where(Person.username == username)
            )
        )

    assert roles("admin") == {Role.ADMINISTRATOR}
    assert roles("coordinator") == {Role.COORDINATOR}
    assert roles("mentor") == {Role.MENTOR}
    assert roles("student") == {Role.STUDENT}


def test_demo_mentor_and_student_share_an_active_placement_past_its_midpoint(
    session: Session,
) -> None:
    mentor_id = session.scalar(select(Person.id).where(Person.username == "mentor"))
    student_id = session.scalar(select(Person.id).where(Person.username == "student"))
    placement = session.scalars(
        select(Placement)
        .join(PlacementMentor, PlacementMentor.placement_id == Placement.id)
        .where(PlacementMentor.mentor_id == mentor_id, Placement.student_id == student_id)
    ).one()
    assert placement.status == PlacementStatus.ACTIVE
    kinds = set(session.scalars(select(Review.kind).where(Review.placement_id == placement.id)))
    assert kinds == {"midpoint"}
    own = select(func.count()).where(
        Observation.placement_id == placement.id, Observation.author_id == mentor_id
    )
    assert session.scalar(own.where(Observation.visibility == "private")) >= 1
    assert session.scalar(own.where(Observation.status == "draft")) >= 1
    templates = set(
        session.scalars(select(Reflection.template).where(Reflection.placement_id == placement.id))
    )
    assert templates == {"free_text", "gibbs", "socratic"}
    with_records = session.scalar(
        select(func.count(func.distinct(Observation.placement_id)))
        .join(PlacementMentor, PlacementMentor.placement_id == Observation.placement_id)
        .where(PlacementMentor.mentor_id == mentor_id)
    )
    assert with_records >= 2, "the demo mentor should have two students with records"


def test_site_is_marked_as_a_demo_database_and_the_load_audited(session: Session) -> None:
    value = session.scalar(select(SiteSetting.value).where(SiteSetting.key == DEMO_SETTING_KEY))
    assert value is True
    assert is_demo_database(session)
    actions = list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))
    # The demo people's keys are issued, then the load is recorded (sealing its sign-offs).
    assert actions[-1] == "database.demo_loaded"
    assert set(actions[:-1]) == {"signing_key.issued"}
    assert verify_chain(session).ok


# -- records ------------------------------------------------------------------------------
def _count(session: Session, *where: object, of: object = None) -> int:
    stmt = select(func.count()).select_from(of) if of is not None else select(func.count())
    return session.scalar(stmt.where(*where)) or 0


def test_every_kind_of_record_is_present(session: Session) -> None:
    assert _count(session, Concern.status == "open") >= 1
    assert _count(session, Concern.status == "resolved", Concern.closed_at.is_not(None)) >= 1
    assert _count(session, Review.kind == "midpoint") >= 1
    assert _count(session, Review.kind == "final") >= 1
    for template in ("free_text", "gibbs", "socratic"):
        assert _count(session, Reflection.template == template) >= 1, template
    assert _count(session, Observation.visibility == "private") >= 1
    assert _count(session, Observation.status == "draft") >= 1
    assert _count(session, SignOff.kind == "acknowledged", SignOff.record_type == "observation")
    assert _count(session, SignOff.kind == "disagreed", SignOff.comment != "") >= 1
    assert _count(session, of=SelfAssessment) > 0
    assert _count(session, of=ShiftLog) > OBSERVATIONS / 2
    assert _count(session, of=goal_competency) >= _count(session, of=Goal) > 0
    assert _count(session, of=GoalProgressNote) > 0
    assert _count(session, Observation.id.is_not(None)) == OBSERVATIONS
    statuses = set(session.scalars(select(Placement.status)))
    assert {"active", "completed"} <= statuses
    assert len(set(session.scalars(select(Placement.phase)))) >= 3


def test_reflection_sections_follow_their_templates(session: Session) -> None:
    for template, sections in session.execute(select(Reflection.template, Reflection.sections)):
        expected = {"gibbs": GIBBS_KEYS, "socratic": SOCRATIC_KEYS}.get(template, ("text",))
        assert tuple(sections) == expected
        assert all(text.strip() for text in sections.values())


def test_reviews_summarise_every_domain(session: Session) -> None:
    domains = _count(session, of=Domain)
    for review_id in session.scalars(select(Review.id).where(Review.kind == "midpoint")):
        assert _count(session, ReviewDomainSummary.review_id == review_id) == domains


def test_observations_have_three_to_six_ratings_except_private_notes(session: Session) -> None:
    per_observation = (
        select(Observation.visibility, func.count(Rating.id).label("n"))
        .outerjoin(Rating, Rating.observation_id == Observation.id)
        .group_by(Observation.id, Observation.visibility)
        .subquery()
    )
    n = per_observation.c.n
    rows = session.execute(
        select(per_observation.c.visibility, func.min(n), func.max(n)).group_by(
            per_observation.c.visibility
        )
    )
    assert {v: (lo, hi) for v, lo, hi in rows} == {"shared": (3, 6), "private": (0, 0)}


def test_ratings_use_levels_of_their_competencys_framework_version(session: Session) -> None:
    mismatched = (
        select(func.count())
        .select_from(Rating)
        .join(Competency, Competency.id == Rating.competency_id)
        .join(Domain, Domain.id == Competency.domain_id)
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .where(ScaleLevel.framework_version_id != Domain.framework_version_id)
    )
    assert session.scalar(mismatched) == 0
    assert _count(session, of=Rating) > 3 * OBSERVATIONS * 0.9


def test_extreme_levels_carry_a_comment_and_every_level_is_used(session: Session) -> None:
    rated = (
        select(func.count()).select_from(Rating).join(ScaleLevel, ScaleLevel.id == Rating.level_id)
    )
    assert session.scalar(rated.where(ScaleLevel.requires_comment, Rating.comment == "")) == 0
    assert session.scalar(rated.where(ScaleLevel.requires_comment)) > 0
    used = set(
        session.scalars(select(ScaleLevel.code).join(Rating, Rating.level_id == ScaleLevel.id))
    )
    assert used == {"N.O.", "1", "2", "3", "4", "5"}


def test_acknowledgements_are_by_the_placements_student_on_published_shared_entries(
    session: Session,
) -> None:
    wrong = (
        select(func.count())
        .select_from(SignOff)
        .join(Observation, Observation.id == SignOff.record_id)
        .join(Placement, Placement.id == Observation.placement_id)
        .where(
            SignOff.record_type == "observation",
            SignOff.kind != "signed",
            ~and_(
                SignOff.person_id == Placement.student_id,
                Observation.status == "published",
                Observation.visibility == "shared",
                SignOff.signed_at > Observation.published_at,
            ),
        )
    )
    assert session.scalar(wrong) == 0


def test_goal_progress_notes_read_as_written_by_their_author(session: Session) -> None:
    rows = session.execute(
        select(GoalProgressNote.note, GoalProgressNote.author_id == Placement.student_id)
        .join(Goal, Goal.id == GoalProgressNote.goal_id)
        .join(Placement, Placement.id == Goal.placement_id)
    ).all()
    assert rows and {by_student for _, by_student in rows} == {True, False}
    # A note saying "Mentor: ..." is the mentor's, never one the student wrote.
    for note, by_student in rows:
        assert note.startswith("Mentor:") != by_student, (note, by_student)


def test_a_placement_never_has_two_goals_with_the_same_title(session: Session) -> None:
    assert session.scalar(select(func.count()).select_from(Goal)) > 0
    repeated = (
        select(Goal.placement_id, Goal.title)
        .group_by(Goal.placement_id, Goal.title)
        .having(func.count() > 1)
    )
    assert session.execute(repeated).all() == []


def test_signed_feedback_is_signed_by_its_author_after_publishing_and_locked(
    session: Session,
) -> None:
    signed = (
        select(SignOff.person_id, SignOff.signed_at, Observation)
        .join(Observation, Observation.id == SignOff.record_id)
        .where(SignOff.record_type == "observation", SignOff.kind == "signed")
    )
    rows = session.execute(signed).all()
    assert rows  # the demo shows signed, locked feedback
    for person_id, signed_at, obs in rows:
        assert person_id == obs.author_id and obs.status == "published"
        assert obs.published_at < signed_at and obs.locked_at == signed_at
    locked = _count(session, Observation.locked_at.is_not(None), of=Observation)
    assert locked == len(rows)  # nothing locked without its signature


def test_dates_stay_inside_placements_and_before_today(session: Session) -> None:
    outside = (
        select(func.count())
        .select_from(Observation)
        .join(Placement, Placement.id == Observation.placement_id)
        .where((Observation.observed_on < Placement.starts_on) | (Observation.observed_on >= TODAY))
    )
    assert session.scalar(outside) == 0
    assert _count(session, Placement.status == "planned", Placement.starts_on <= TODAY) == 0
    assert _count(session, Placement.status == "completed", Placement.ends_on >= TODAY) == 0


# -- the service's guards ---------------------------------------------------------------
def test_refuses_a_database_with_people_and_sizes_too_small(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(ValidationError) as too_small:
        build_demo(s, students=2, observations=10)
    assert set(too_small.value.problems) == {"students", "observations"}
    with db.transaction() as s:
        build_demo(s, students=3, observations=30, today=TODAY)
    with db.transaction() as s, pytest.raises(ServiceError, match="already has people"):
        build_demo(s, students=3, observations=30, today=TODAY)
    with db.session() as s:
        assert _count(s, of=Observation) == 30


def test_reports_progress_until_done(db) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    with db.transaction() as s:
        build_demo(s, students=3, observations=30, progress=lambda d, t, _m: seen.append((d, t)))
    assert seen[0] == (0, 30) and seen[-1] == (30, 30)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_cancelling_from_progress_leaves_nothing_behind(db) -> None:  # type: ignore[no-untyped-def]
    class Cancelled(Exception):
        pass

    def cancel(done: int, _total: int, _message: str) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled), db.transaction() as s:
        build_demo(s, students=3, observations=30, today=TODAY, progress=cancel)
    assert not any(t.name == "demo-data" for t in threading.enumerate())
    with db.session() as s:
        assert not has_people(s)
        trigger = "SELECT count(*) FROM sqlite_master WHERE name = 'search_doc_ai'"
        assert s.execute(text(trigger)).scalar() == 1
    with db.transaction() as s:
        build_demo(s, students=3, observations=30, today=TODAY)


def test_builds_on_sqlite_and_postgresql_through_a_connection(any_db_url: str) -> None:
    db = prepare_database(any_db_url)
    try:
        with db.engine.begin() as conn:
            summary = build_demo(conn, students=4, observations=60, today=TODAY)
        assert summary.observations == 60
        with db.session() as s:
            assert has_people(s)
            assert _count(s, of=Observation) == 60
            assert _count(s, of=Rating) == summary.ratings > 0
            names = _student_names(s)
            assert any(re.search("[\u0400-\u04ff]", n) for n in names)
    finally:
        db.close()


# -- the command line -----------------------------------------------------------------------
def test_demo_command_fills_an_empty_database_and_refuses_a_full_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "cli.db")
    assert main(["--db", path, "demo", "--students", "3", "--observations", "30"]) == 0
    out = capsys.readouterr().out
    assert "30 observations" in out
    assert "password 'demo'" in out and "mentor" in out and "Håkon Løvås" in out

    assert main(["--db", path, "demo"]) == 1
    assert "already has people" in capsys.readouterr().err
    assert main(["--db", path, "demo", "--if-empty"]) == 0
    assert "left it alone" in capsys.readouterr().out


def test_list_students_prints_one_tab_separated_line_per_student(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "list", "students"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == STUDENTS
    prisons = set()
    for line in lines:
        person_id, name, prison, cohort, status = line.split("\t")
        uuid.UUID(person_id)
        assert name.strip() and cohort.startswith("Intake ")
        assert status in {s.value for s in PlacementStatus}
        prisons.add(prison)
    assert len(prisons) == 4
    assert any("Håkon Løvås" in line for line in lines)


def test_check_passes_a_sound_database_and_fails_a_damaged_copy(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_path), "check"]) == 0
    out = capsys.readouterr().out
    assert "integrity: ok" in out and "up to date" in out

    damaged = tmp_path / "damaged.db"
    shutil.copyfile(demo_path, damaged)
    size = damaged.stat().st_size
    with open(damaged, "r+b") as f:
        f.seek(size // 2)
        f.write(random.Random(7).randbytes(64 * 1024))
        f.flush()
        os.fsync(f.fileno())
    assert main(["--db", str(damaged), "check"]) == 1
    captured = capsys.readouterr()
    assert "integrity: ok" not in captured.out
