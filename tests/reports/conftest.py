"""A small, realistic cohort for report tests: names in several European spellings and in
Cyrillic, shared entries beside private notes, drafts and deleted ones that must never
appear in a PDF."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from mentorlog.models import (
    Academy,
    Cohort,
    Competency,
    Concern,
    ConcernStatus,
    Domain,
    EntryStatus,
    Goal,
    GoalProgressNote,
    GoalStatus,
    Observation,
    OverallProgress,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Rating,
    Reflection,
    ReflectionTemplate,
    Review,
    ReviewDomainSummary,
    ReviewKind,
    Role,
    RoleAssignment,
    ScaleLevel,
    SelfAssessment,
    Shift,
    ShiftLog,
    SignOff,
    SignOffKind,
    Unit,
    Visibility,
)
from mentorlog.services.access import Actor
from mentorlog.services.frameworks import active_version_id

SECRETS = ("PRIVATE-NOTE-SECRET", "DRAFT-SECRET", "DELETED-SECRET", "PRIVATE-REFLECTION")
START = date(2025, 2, 3)


@dataclass(frozen=True)
class World:
    placement_id: uuid.UUID
    cyrillic_placement_id: uuid.UUID
    empty_placement_id: uuid.UUID
    cohort_id: uuid.UUID
    student: Actor
    mentor: Actor
    coordinator: Actor
    outsider: Actor


def _person(session, given: str, family: str, role: Role) -> Person:  # type: ignore[no-untyped-def]
    person = Person(given_name=given, family_name=family, username=f"{given}{family}".lower())
    session.add(person)
    session.flush()
    session.add(RoleAssignment(person_id=person.id, role=role))
    return person


def _actor(person: Person, role: Role) -> Actor:
    return Actor(person.id, person.full_name, frozenset({role}))


def build_world(session, observations: int = 6) -> World:  # type: ignore[no-untyped-def]
    version_id = active_version_id(session)
    comps = {
        c.key: c
        for c in session.scalars(
            select(Competency).join(Domain).where(Domain.framework_version_id == version_id)
        )
    }
    levels = {
        lv.value: lv
        for lv in session.scalars(
            select(ScaleLevel).where(ScaleLevel.framework_version_id == version_id)
        )
    }
    academy = Academy(name="Sisekaitseakadeemia Õppekeskus", country="EE")
    session.add(academy)
    session.flush()
    cohort = Cohort(academy_id=academy.id, name="Kevad 2025 – Jõgeva")
    tartu = Prison(name="Tartu Vangla", country="EE", city="Tartu", academy_id=academy.id)
    halden = Prison(name="Halden fengsel", country="NO", city="Halden")
    session.add_all([cohort, tartu, halden])
    session.flush()
    unit = Unit(prison_id=tartu.id, name="Üksus B – kõrge turvalisus")
    session.add(unit)
    student = _person(session, "Jüri", "Õunapuu-Kask", Role.STUDENT)
    cyr = _person(session, "Алексей", "Иванов", Role.STUDENT)
    quiet = _person(session, "Zoë", "Brønnum", Role.STUDENT)
    mentor = _person(session, "Øystein", "Ærø", Role.MENTOR)
    coordinator = _person(session, "Élise", "Dupré", Role.COORDINATOR)
    outsider = _person(session, "Nobody", "Else", Role.MENTOR)
    session.flush()

    def placement(person: Person, prison: Prison, phase: PlacementPhase) -> Placement:
        p = Placement(
            student_id=person.id,
            prison_id=prison.id,
            unit_id=unit.id if prison is tartu else None,
            cohort_id=cohort.id,
            framework_version_id=version_id,
            starts_on=START,
            ends_on=START + timedelta(days=90),
            phase=phase,
            status=PlacementStatus.ACTIVE,
            target_hours=400,
            learning_contract="Meet wing routines; build rapport with prisoners.",
        )
        session.add(p)
        session.flush()
        session.add(PlacementMentor(placement_id=p.id, mentor_id=mentor.id, is_primary=True))
        return p

    main = placement(student, tartu, PlacementPhase.MIDPOINT)
    other = placement(cyr, halden, PlacementPhase.EARLY)
    empty = placement(quiet, halden, PlacementPhase.INDUCTION)

    def observe(p: Placement, day: int, narrative: str, **kw) -> Observation:  # type: ignore[no-untyped-def]
        obs = Observation(
            placement_id=p.id,
            author_id=mentor.id,
            observed_on=START + timedelta(days=day),
            shift=Shift.DAY,
            duration_minutes=480,
            setting="Landing B2",
            situation_type="Unlock and breakfast",
            narrative=narrative,
            visibility=kw.get("visibility", Visibility.SHARED),
            status=kw.get("status", EntryStatus.PUBLISHED),
            deleted_at=kw.get("deleted_at"),
        )
        session.add(obs)
        session.flush()
        for key, value in kw.get("ratings", {}).items():
            session.add(
                Rating(
                    observation_id=obs.id,
                    competency_id=comps[key].id,
                    level_id=levels[value].id,
                    comment="Заметка наставника" if value in (1, 5) else "",
                )
            )
        return obs

    shared = []
    for i in range(observations):
        shared.append(
            observe(
                main,
                2 + i * 3,
                f"Shared observation {i + 1}: Jüri spoke calmly with Пётр on the landing.",
                ratings={"COM-1": 2 + min(i, 3) // 2, "COM-2": 3, "COM-3": 0},
            )
        )
    observe(
        main,
        4,
        "PRIVATE-NOTE-SECRET about a prisoner",
        visibility=Visibility.PRIVATE,
        ratings={"COM-1": 1},
    )
    observe(
        main, 5, "DRAFT-SECRET not yet published", status=EntryStatus.DRAFT, ratings={"COM-1": 5}
    )
    observe(
        main, 6, "DELETED-SECRET removed entry", deleted_at=datetime.now(UTC), ratings={"COM-2": 1}
    )
    observe(other, 3, "Алексей провёл обход блока спокойно и уверенно.", ratings={"COM-1": 1})
    session.add_all(
        [
            SignOff(
                record_type="observation",
                record_id=shared[0].id,
                person_id=student.id,
                role=Role.STUDENT,
                kind=SignOffKind.ACKNOWLEDGED,
            ),
            SignOff(
                record_type="observation",
                record_id=shared[1].lineage_id,
                person_id=student.id,
                role=Role.STUDENT,
                kind=SignOffKind.DISAGREED,
                comment="I did call for help in time.",
            ),
        ]
    )
    for day in range(0, 30, 2):
        session.add(
            ShiftLog(
                placement_id=main.id,
                worked_on=START + timedelta(days=day),
                shift=Shift.DAY,
                hours=8.0,
                activity="Wing duty",
            )
        )
    session.add(
        SelfAssessment(
            placement_id=main.id,
            author_id=student.id,
            competency_id=comps["COM-1"].id,
            level_id=levels[4].id,
            assessed_on=START + timedelta(days=10),
        )
    )
    session.add(
        Reflection(
            placement_id=main.id,
            author_id=student.id,
            written_on=START + timedelta(days=8),
            template=ReflectionTemplate.GIBBS,
            title="Första samtalet på avdelningen",
            sections={
                "description": "Ich habe mit einem Gefangenen gesprochen.",
                "feelings": "Nervous, then calmer.",
            },
            visibility=Visibility.SHARED,
        )
    )
    session.add(
        Reflection(
            placement_id=main.id,
            author_id=student.id,
            written_on=START + timedelta(days=9),
            template=ReflectionTemplate.FREE_TEXT,
            title="PRIVATE-REFLECTION",
            sections={"text": "PRIVATE-REFLECTION"},
            visibility=Visibility.PRIVATE,
        )
    )
    goal = Goal(
        placement_id=main.id,
        author_id=mentor.id,
        title="Lead an unlock on my own",
        action_plan="Shadow three unlocks, then lead one with the mentor watching.",
        due_on=START + timedelta(days=40),
        status=GoalStatus.IN_PROGRESS,
    )
    goal.competencies = [comps["COM-1"]]
    session.add(goal)
    session.flush()
    session.add(GoalProgressNote(goal_id=goal.id, author_id=student.id, note="Shadowed two."))
    first_version = uuid.uuid4()  # a first version's lineage is itself, as the services do it
    review = Review(
        id=first_version,
        lineage_id=first_version,
        placement_id=main.id,
        author_id=mentor.id,
        kind=ReviewKind.MIDPOINT,
        held_on=START + timedelta(days=45),
        overall_progress=OverallProgress.ON_TRACK,
        summary="Steady progress; confident on the landing.",
        agreed_actions="Practise handovers.",
        status=EntryStatus.PUBLISHED,
    )
    session.add(review)
    session.flush()
    session.add(
        ReviewDomainSummary(
            review_id=review.id,
            domain_id=comps["COM-1"].domain_id,
            level_id=levels[3].id,
            summary="Good contact.",
        )
    )
    session.add(
        SignOff(
            record_type="review",
            record_id=review.id,
            person_id=mentor.id,
            role=Role.MENTOR,
            kind=SignOffKind.SIGNED,
        )
    )
    session.add(
        SignOff(
            record_type="placement",
            record_id=main.id,
            person_id=mentor.id,
            role=Role.MENTOR,
            kind=SignOffKind.SIGNED,
        )
    )
    session.add(
        Concern(
            placement_id=main.id,
            raised_by_id=mentor.id,
            raised_on=START + timedelta(days=20),
            description="Late for two shifts in a row.",
            action_plan="Agree a travel plan; review in two weeks.",
            status=ConcernStatus.MONITORING,
        )
    )
    session.flush()
    return World(
        main.id,
        other.id,
        empty.id,
        cohort.id,
        _actor(student, Role.STUDENT),
        _actor(mentor, Role.MENTOR),
        _actor(coordinator, Role.COORDINATOR),
        _actor(outsider, Role.MENTOR),
    )


@pytest.fixture
def world(db) -> World:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return build_world(session)
