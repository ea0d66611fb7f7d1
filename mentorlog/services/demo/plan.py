"""Who and when: the academy, prisons, people and placements of the demo data set.

Dates are laid out backwards from ``today`` in three intakes: the oldest has finished two
placements, the middle one has finished one and is on its second, the newest is on its
first (or about to start). A few students have fixed parts (SHOWCASES): the demo student
(past mid-point, mentored by the demo mentor), a failing student (1s and NRT, an open
cause for concern, and no mid-point review though past it), a student whose concern was
resolved, one whose mid-point review is overdue, and a second student of the demo mentor,
so every signal the coordinator's dashboard looks for is there even in a small data set.
One mentor (LENIENT_MENTOR) rates a level or so higher than their peers, for the
calibration view to find. Nobody mentors a student of their own family name.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property

from mentorlog.models import (
    Academy,
    Cohort,
    Person,
    Placement,
    PlacementMentor,
    PlacementPhase,
    PlacementStatus,
    Prison,
    Role,
    RoleAssignment,
    Unit,
)
from mentorlog.services.demo.bulk import BulkWriter, Ids, record
from mentorlog.services.demo.development_text import LEARNING_CONTRACT
from mentorlog.services.demo.names import (
    ACADEMY_NAME,
    DEMO_PEOPLE,
    PRISONS,
    PrisonSpec,
    ascii_slug,
    pick_name,
)
from mentorlog.services.phases import phase_at

# Days before today each intake started (oldest first).
INTAKE_STARTS = (420, 270, 100)
RETENTION_YEARS = 5
# Students with a fixed part to play, by number: the demo student, one struggling with an
# open concern, one whose concern was resolved, and a second student of the demo mentor
# (the next one in the same prison), so that mentor always has two with records.
# Students go round the prisons in order, so number len(PRISONS) is the next student in the
# first prison, the demo mentor's.
SHOWCASES = {0: "demo", 1: "concern", 2: "resolved", 3: "overdue", len(PRISONS): "mentee"}
# Where a showcase's current placement stands (its share of the planned days gone): past
# the mid-point for those whose mid-point review is missing.
SHOWCASE_PROGRESS = {"concern": 0.62, "overdue": 0.62}
# (prison number, mentor number): the mentor who rates about LENIENCY higher than peers.
LENIENT_MENTOR = (2, 0)
LENIENCY = 1.2
LANGUAGES = {"NO": "Norwegian", "EE": "Estonian", "FI": "Finnish", "BE": "French"}


def at(day: date, hour: int = 17, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


@dataclass
class DemoPerson:
    id: uuid.UUID
    given: str
    family: str
    leniency: float = 0.0  # added to what this mentor sees (rater drift)

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"


@dataclass
class DemoPrison:
    id: uuid.UUID
    spec: PrisonSpec
    units: list[tuple[uuid.UUID, str]]
    mentors: list[DemoPerson] = field(default_factory=list)

    @property
    def language(self) -> str:
        return LANGUAGES[self.spec.country]


@dataclass
class StudentPlan:
    person: DemoPerson
    prison: DemoPrison
    intake: int  # 0 oldest .. 2 newest
    talent: float
    offsets: dict[str, float]  # per competency key: stronger or weaker than the student's mean
    struggling: bool
    showcase: str  # "" or one of SHOWCASES
    first_unit: int  # index of the unit of the first placement


@dataclass
class PlacementPlan:
    id: uuid.UUID
    student: StudentPlan
    unit_name: str
    mentors: list[DemoPerson]  # primary first
    starts_on: date
    planned_days: int
    last_day: date | None  # the last day with records; None when not started
    status: PlacementStatus
    phase: PlacementPhase
    level_from: float
    level_to: float
    latest: bool

    @property
    def elapsed_days(self) -> int:
        return 0 if self.last_day is None else (self.last_day - self.starts_on).days + 1

    def frac(self, day: date) -> float:
        return (day - self.starts_on).days / self.planned_days

    def quality(self, day: date) -> float:
        """Where the student stands on the 1-5 scale on ``day``: rising through the placement."""
        return self.level_from + (self.level_to - self.level_from) * min(1.0, self.frac(day))

    @cached_property  # read for every entry's text
    def wing(self) -> str:
        name = self.unit_name
        return name if name.endswith("-wing") else "the " + name[0].lower() + name[1:]


class Planner:
    def __init__(
        self,
        rng: random.Random,
        ids: Ids,
        out: BulkWriter,
        today: date,
        competency_keys: list[str],
        framework_version_id: uuid.UUID,
        password_hash: str,
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.out = out
        self.today = today
        self.epoch = today - timedelta(days=INTAKE_STARTS[0] + 30)
        self.competency_keys = competency_keys
        self.framework_version_id = framework_version_id
        self.password_hash = password_hash
        self.usernames: set[str] = set()
        self.names: set[str] = {f"{g} {f}" for g, f, _country in DEMO_PEOPLE.values()}
        self.accounts: dict[str, DemoPerson] = {}
        self.academy_id = self.ids()
        self.prisons: list[DemoPrison] = []
        self.cohort_ids: list[uuid.UUID] = []

    # -- organisation -------------------------------------------------------------------
    def organisation(self) -> None:
        created = at(self.epoch, 9)
        admin = self._account("admin", created)
        coordinator = self._account("coordinator", created)
        self._role(admin.id, Role.ADMINISTRATOR, created)
        self._role(coordinator.id, Role.COORDINATOR, created, academy=True)
        self.out.add(
            Academy.__table__,
            record(
                self.academy_id,
                admin.id,
                created,
                name=ACADEMY_NAME,
                country="",
                retention_months=RETENTION_YEARS * 12,
            ),
        )
        for spec in PRISONS:
            prison = DemoPrison(self.ids(), spec, [])
            self.out.add(
                Prison.__table__,
                record(
                    prison.id,
                    admin.id,
                    created,
                    name=spec.name,
                    country=spec.country,
                    city=spec.city,
                    academy_id=self.academy_id,
                ),
            )
            for unit_name, level in spec.units:
                unit_id = self.ids()
                prison.units.append((unit_id, unit_name))
                self.out.add(
                    Unit.__table__,
                    record(
                        unit_id,
                        admin.id,
                        created,
                        prison_id=prison.id,
                        name=unit_name,
                        security_level=level,
                    ),
                )
            self.prisons.append(prison)
        for days_ago in INTAKE_STARTS:
            start = self.today - timedelta(days=days_ago)
            cohort_id = self.ids()
            self.cohort_ids.append(cohort_id)
            self.out.add(
                Cohort.__table__,
                record(
                    cohort_id,
                    coordinator.id,
                    at(start - timedelta(days=60), 9),
                    academy_id=self.academy_id,
                    name=f"Intake {start:%B %Y}",
                    starts_on=start,
                    ends_on=start + timedelta(days=540),
                ),
            )

    # -- people -------------------------------------------------------------------------
    def _person(
        self, given: str, family: str, created: datetime, username: str | None = None
    ) -> DemoPerson:
        person = DemoPerson(self.ids(), given, family)
        password = self.password_hash if username else None
        if username is None:
            base = ascii_slug(person.name) or "user"
            username, n = base, 1
            while username in self.usernames:
                n += 1
                username = f"{base}{n}"
        self.usernames.add(username)
        admin = self.accounts.get("admin")
        self.out.add(
            Person.__table__,
            record(
                person.id,
                admin.id if admin else None,
                created,
                given_name=given,
                family_name=family,
                email="",
                username=username,
                password_hash=password,
                failed_sign_ins=0,
                last_failed_sign_in_at=None,
                locked_at=None,
                active=True,
            ),
        )
        return person

    def _account(self, username: str, created: datetime) -> DemoPerson:
        given, family, _country = DEMO_PEOPLE[username]
        person = self._person(given, family, created, username)
        self.accounts[username] = person
        return person

    def _role(
        self,
        person_id: uuid.UUID,
        role: Role,
        created: datetime,
        academy: bool = False,
        prison_id: uuid.UUID | None = None,
    ) -> None:
        self.out.add(
            RoleAssignment.__table__,
            record(
                self.ids(),
                self.accounts["admin"].id,
                created,
                person_id=person_id,
                role=role,
                academy_id=self.academy_id if academy else None,
                prison_id=prison_id,
            ),
        )

    def students(self, count: int) -> list[StudentPlan]:
        """``count`` students spread over prisons and intakes, and their prisons' mentors."""
        plans = []
        for i in range(count):
            prison = self.prisons[i % len(self.prisons)]
            intake = (1, 2, 0)[i % 3]
            showcase = SHOWCASES.get(i, "")
            created = at(self.today - timedelta(days=INTAKE_STARTS[intake] + 14), 10)
            if showcase == "demo":
                person = self._account("student", created)
            else:
                country = prison.spec.country
                cyrillic = country == "EE" and (i == 1 or self.rng.random() < 0.3)
                given, family = pick_name(self.rng, country, self.names, cyrillic=cyrillic)
                while showcase == "mentee" and family == DEMO_PEOPLE["mentor"][1]:
                    # The demo mentor's second student: not a relative of hers either.
                    given, family = pick_name(self.rng, country, self.names)
                person = self._person(given, family, created)
            self._role(person.id, Role.STUDENT, created, academy=True)
            struggling = showcase == "concern" or (not showcase and self.rng.random() < 0.06)
            talent = -0.7 - abs(self.rng.gauss(0, 0.2)) if struggling else self.rng.gauss(0, 0.3)
            offsets = {key: self.rng.gauss(0, 0.35) for key in self.competency_keys}
            first_unit = self.rng.randrange(len(prison.units))
            plans.append(
                StudentPlan(
                    person, prison, intake, talent, offsets, struggling, showcase, first_unit
                )
            )
        created = at(self.epoch, 9)
        for prison in self.prisons:
            enrolled = sum(1 for s in plans if s.prison is prison)
            if prison.spec.country == DEMO_PEOPLE["mentor"][2]:
                prison.mentors.append(self._account("mentor", created))
            while len(prison.mentors) < enrolled // 3 + 2:
                given, family = pick_name(self.rng, prison.spec.country, self.names)
                prison.mentors.append(self._person(given, family, created))
            for mentor in prison.mentors:
                self._role(mentor.id, Role.MENTOR, created, prison_id=prison.id)
        prison_no, mentor_no = LENIENT_MENTOR
        if len(self.prisons) > prison_no and len(self.prisons[prison_no].mentors) > mentor_no:
            self.prisons[prison_no].mentors[mentor_no].leniency = LENIENCY
        return plans

    # -- placements ---------------------------------------------------------------------
    def placements(self, students: list[StudentPlan]) -> list[PlacementPlan]:
        plans: list[PlacementPlan] = []
        for student in students:
            spans = self._spans(student)
            for n, (start, days, withdrawn_on) in enumerate(spans):
                plans.append(self._placement(student, n, start, days, withdrawn_on, spans))
        return plans

    def _spans(self, s: StudentPlan) -> list[tuple[date, int, date | None]]:
        """(start, planned length in days, withdrawal day) of each of ``s``'s placements."""
        rng, today = self.rng, self.today

        def length() -> int:
            return rng.randint(12, 16) * 7

        def ago(days: int) -> date:
            return today - timedelta(days=days)

        if s.intake == 2:
            days = length()
            if not s.showcase and rng.random() < 1 / 6:
                return [(today + timedelta(days=rng.randint(7, 35)), days, None)]
            frac = SHOWCASE_PROGRESS.get(s.showcase, 0.45) if s.showcase else rng.uniform(0.05, 0.6)
            return [(ago(round(frac * days)), days, None)]
        first = ago(364 - rng.randint(0, 14)) if s.intake == 0 else ago(240 - rng.randint(0, 14))
        first_days = length()
        if not s.showcase and rng.random() < 0.04:
            quit_after = round(first_days * rng.uniform(0.3, 0.7))
            return [(first, first_days, first + timedelta(days=quit_after))]
        days = length()
        if s.intake == 0:
            second = ago(200 - rng.randint(0, 14))
        else:
            share = SHOWCASE_PROGRESS.get(s.showcase, 0.62)
            second = ago(round((share if s.showcase else rng.uniform(0.3, 0.97)) * days))
        return [(first, first_days, None), (second, days, None)]

    def _placement(
        self,
        s: StudentPlan,
        n: int,
        start: date,
        days: int,
        withdrawn_on: date | None,
        spans: list[tuple[date, int, date | None]],
    ) -> PlacementPlan:
        today = self.today
        end = withdrawn_on or start + timedelta(days=days - 1)
        if start > today:
            status, last_day = PlacementStatus.PLANNED, None
            phase = PlacementPhase.INDUCTION
        elif withdrawn_on is not None:
            status, last_day = PlacementStatus.WITHDRAWN, end
            phase = phase_at((end - start).days / days)
        elif end < today:
            status, last_day, phase = PlacementStatus.COMPLETED, end, PlacementPhase.FINAL
        else:
            status, last_day = PlacementStatus.ACTIVE, max(start, today - timedelta(days=1))
            phase = phase_at((today - start).days / days)
        latest = n == len(spans) - 1
        # Above the framework's phase expectations (2 until the mid-point, then up to 4 by
        # the end) with room to spare, as most students are: from about 2.4 to 4.4 on a
        # first placement, 3.3 to 4.5 on a second. A struggling student barely rises.
        level_from = (2.4 if n == 0 else 3.3) + s.talent
        level_to = (
            level_from + 0.4 if s.struggling and latest else (4.4 if n == 0 else 4.5) + s.talent
        )
        # A second placement is on the next unit: another wing, other prisoners.
        unit_id, unit_name = s.prison.units[(s.first_unit + n) % len(s.prison.units)]
        mentors = self._mentors(s, n)
        plan = PlacementPlan(
            self.ids(),
            s,
            unit_name,
            mentors,
            start,
            days,
            last_day,
            status,
            phase,
            level_from,
            level_to,
            latest,
        )
        coordinator = self.accounts["coordinator"].id
        created = at(start - timedelta(days=14), 11)
        self.out.add(
            Placement.__table__,
            record(
                plan.id,
                coordinator,
                created,
                student_id=s.person.id,
                prison_id=s.prison.id,
                unit_id=unit_id,
                cohort_id=self.cohort_ids[s.intake],
                framework_version_id=self.framework_version_id,
                starts_on=start,
                ends_on=end,
                phase=phase,
                phase_starts={},  # the demo sets each placement's phase by hand
                status=status,
                target_hours=round(days * 0.7 * 8 / 10) * 10,
                learning_contract=LEARNING_CONTRACT.format(name=s.person.given, wing=plan.wing),
                retain_until=_years_after(end, RETENTION_YEARS),
            ),
        )
        for i, mentor in enumerate(mentors):
            self.out.add(
                PlacementMentor.__table__,
                record(
                    self.ids(),
                    coordinator,
                    created,
                    placement_id=plan.id,
                    mentor_id=mentor.id,
                    is_primary=i == 0,
                ),
            )
        return plan

    def _mentors(self, s: StudentPlan, n: int) -> list[DemoPerson]:
        demo_mentor = self.accounts.get("mentor")
        if demo_mentor is not None and (
            (s.showcase == "demo" and n == 1) or s.showcase == "mentee"
        ):
            return [demo_mentor]
        pool = [m for m in s.prison.mentors if s.showcase != "demo" or m is not demo_mentor]
        # Not a relative: nobody mentors a student who shares their family name.
        pool = [m for m in pool if m.family != s.person.family] or pool
        primary = self.rng.choice(pool)
        if len(pool) > 1 and self.rng.random() < 0.25:
            return [primary, self.rng.choice([m for m in pool if m is not primary])]
        return [primary]


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
