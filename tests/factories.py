"""Small, explicit test records (ORM adds), for tests that need exactly these rows.

    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR, username="liis", password="secret-pw")
        p = f.placement(f.person("Ülle", "Kask", Role.STUDENT), mentors=[mentor])
        f.observation(p, mentor, date(2025, 3, 1), "Talked with the prisoner", ratings={"c1": 4})

Passwords are hashed with Argon2 (slow on purpose): give one only to people who sign in.
For bulk data use the demo builder instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Academy,
    Cohort,
    Competency,
    Concern,
    ConcernStatus,
    Domain,
    EntryStatus,
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
    ReviewKind,
    Role,
    RoleAssignment,
    ScaleLevel,
    SelfAssessment,
    Shift,
    ShiftLog,
    SignOff,
    SignOffKind,
    SiteSetting,
    Unit,
    Visibility,
)
from mentorlog.services.access import Actor
from mentorlog.services.frameworks import active_version_id


def as_actor(person: Person, *roles: Role) -> Actor:
    """The Actor for a factory-made person acting in ``roles``."""
    return Actor(person.id, person.full_name, frozenset(roles))


class Factory:
    def __init__(self, session: Session) -> None:
        self.s = session
        version_id = active_version_id(session)
        assert version_id is not None, "the template database has the default framework"
        self.version_id = version_id
        self._n = 0

    def _next(self) -> int:
        self._n += 1
        return self._n

    # --- the framework in force ---------------------------------------------------------

    def competency(self, key: str) -> Competency:
        comp = self.s.scalar(
            select(Competency)
            .join(Domain, Domain.id == Competency.domain_id)
            .where(Domain.framework_version_id == self.version_id, Competency.key == key)
        )
        assert comp is not None, f"no competency {key}"
        return comp

    def competency_keys(self) -> list[str]:
        return list(
            self.s.scalars(
                select(Competency.key)
                .join(Domain, Domain.id == Competency.domain_id)
                .where(Domain.framework_version_id == self.version_id)
                .order_by(Domain.position, Competency.position)
            )
        )

    def level(self, value: int) -> ScaleLevel:
        level = self.s.scalar(
            select(ScaleLevel).where(
                ScaleLevel.framework_version_id == self.version_id, ScaleLevel.value == value
            )
        )
        assert level is not None, f"no level {value}"
        return level

    # --- people and places ---------------------------------------------------------------

    def person(
        self,
        given: str,
        family: str,
        *roles: Role,
        username: str | None = None,
        password: str | None = None,
    ) -> Person:
        from mentorlog.services.passwords import hash_password

        person = Person(
            given_name=given,
            family_name=family,
            username=username,
            password_hash=hash_password(password) if password else None,
        )
        person.roles = [RoleAssignment(role=r) for r in roles]
        self.s.add(person)
        self.s.flush()
        return person

    def prison(self, name: str | None = None, country: str = "EE") -> Prison:
        prison = Prison(name=name or f"Prison {self._next()}", country=country)
        self.s.add(prison)
        self.s.flush()
        return prison

    def unit(self, prison: Prison, name: str = "Unit A") -> Unit:
        unit = Unit(prison_id=prison.id, name=name)
        self.s.add(unit)
        self.s.flush()
        return unit

    def cohort(self, name: str | None = None) -> Cohort:
        academy = self.s.scalar(select(Academy).limit(1))
        if academy is None:
            academy = Academy(name="Test Academy", country="EE")
            self.s.add(academy)
            self.s.flush()
        cohort = Cohort(academy_id=academy.id, name=name or f"Cohort {self._next()}")
        self.s.add(cohort)
        self.s.flush()
        return cohort

    def placement(
        self,
        student: Person,
        mentors: Iterable[Person] = (),
        *,
        prison: Prison | None = None,
        unit: Unit | None = None,
        cohort: Cohort | None = None,
        starts_on: date = date(2025, 1, 6),
        ends_on: date = date(2025, 6, 27),
        phase: PlacementPhase = PlacementPhase.MIDPOINT,
        status: PlacementStatus = PlacementStatus.ACTIVE,
        target_hours: int = 400,
    ) -> Placement:
        placement = Placement(
            student_id=student.id,
            prison_id=(prison or self.prison()).id,
            unit_id=unit.id if unit else None,
            cohort_id=cohort.id if cohort else None,
            framework_version_id=self.version_id,
            starts_on=starts_on,
            ends_on=ends_on,
            phase=phase,
            status=status,
            target_hours=target_hours,
        )
        self.s.add(placement)
        self.s.flush()
        for i, mentor in enumerate(mentors):
            self.s.add(
                PlacementMentor(placement_id=placement.id, mentor_id=mentor.id, is_primary=i == 0)
            )
        self.s.flush()
        return placement

    def demo_flag(self) -> None:
        self.s.add(SiteSetting(key="demo_database", value=True))
        self.s.flush()

    # --- entries ------------------------------------------------------------------------

    def observation(
        self,
        placement: Placement,
        author: Person,
        observed_on: date,
        narrative: str = "",
        *,
        visibility: Visibility = Visibility.SHARED,
        status: EntryStatus = EntryStatus.PUBLISHED,
        ratings: dict[str, int] | None = None,
        shift: Shift = Shift.DAY,
        minutes: int = 480,
    ) -> Observation:
        obs = Observation(
            placement_id=placement.id,
            author_id=author.id,
            created_by_id=author.id,
            observed_on=observed_on,
            shift=shift,
            duration_minutes=minutes,
            narrative=narrative,
            visibility=visibility,
            status=status,
            published_at=datetime.now(UTC) if status == EntryStatus.PUBLISHED else None,
        )
        self.s.add(obs)
        self.s.flush()
        for key, value in (ratings or {}).items():
            self.s.add(
                Rating(
                    observation_id=obs.id,
                    competency_id=self.competency(key).id,
                    level_id=self.level(value).id,
                    comment="a comment" if value in (1, 5) else "",
                )
            )
        self.s.flush()
        return obs

    def reflection(
        self,
        placement: Placement,
        author: Person,
        written_on: date,
        text: str = "",
        *,
        title: str = "",
        template: ReflectionTemplate = ReflectionTemplate.FREE_TEXT,
        sections: dict[str, Any] | None = None,
        visibility: Visibility = Visibility.SHARED,
        observation: Observation | None = None,
    ) -> Reflection:
        reflection = Reflection(
            placement_id=placement.id,
            author_id=author.id,
            created_by_id=author.id,
            written_on=written_on,
            template=template,
            title=title,
            sections=sections if sections is not None else {"text": text},
            visibility=visibility,
            observation_id=observation.id if observation else None,
        )
        self.s.add(reflection)
        self.s.flush()
        return reflection

    def review(
        self,
        placement: Placement,
        author: Person,
        held_on: date,
        *,
        kind: ReviewKind = ReviewKind.MIDPOINT,
        summary: str = "Progressing well.",
        status: EntryStatus = EntryStatus.PUBLISHED,
    ) -> Review:
        review = Review(
            placement_id=placement.id,
            author_id=author.id,
            kind=kind,
            held_on=held_on,
            overall_progress=OverallProgress.ON_TRACK,
            summary=summary,
            status=status,
        )
        self.s.add(review)
        self.s.flush()
        return review

    def concern(
        self,
        placement: Placement,
        raised_by: Person,
        raised_on: date,
        description: str = "Does not speak with prisoners.",
        *,
        status: ConcernStatus = ConcernStatus.OPEN,
    ) -> Concern:
        concern = Concern(
            placement_id=placement.id,
            raised_by_id=raised_by.id,
            raised_on=raised_on,
            description=description,
            review_on=raised_on + timedelta(days=14),
            status=status,
        )
        self.s.add(concern)
        self.s.flush()
        return concern

    def self_assessment(
        self, placement: Placement, student: Person, key: str, value: int, on: date
    ) -> SelfAssessment:
        sa = SelfAssessment(
            placement_id=placement.id,
            author_id=student.id,
            competency_id=self.competency(key).id,
            level_id=self.level(value).id,
            assessed_on=on,
        )
        self.s.add(sa)
        self.s.flush()
        return sa

    def hours(self, placement: Placement, worked_on: date, hours: float) -> ShiftLog:
        log = ShiftLog(placement_id=placement.id, worked_on=worked_on, shift=Shift.DAY, hours=hours)
        self.s.add(log)
        self.s.flush()
        return log

    def acknowledge(
        self,
        observation: Observation,
        student: Person,
        kind: SignOffKind = SignOffKind.ACKNOWLEDGED,
    ) -> SignOff:
        sign_off = SignOff(
            record_type="observation",
            record_id=observation.id,
            record_version=observation.version,
            person_id=student.id,
            role=Role.STUDENT,
            kind=kind,
        )
        self.s.add(sign_off)
        self.s.flush()
        return sign_off
