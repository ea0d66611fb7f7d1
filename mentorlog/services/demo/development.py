"""A demo placement's development records: the student's self-assessments and
reflections, goals with progress notes, mid-point and final reviews, causes for concern."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from mentorlog.models import (
    Concern,
    ConcernStatus,
    EntryStatus,
    Goal,
    GoalProgressNote,
    GoalStatus,
    OverallProgress,
    PlacementStatus,
    Reflection,
    ReflectionTemplate,
    Review,
    ReviewDomainSummary,
    ReviewKind,
    Role,
    SelfAssessment,
    SignOffKind,
    Visibility,
    goal_competency,
)
from mentorlog.services.demo import development_text as dt
from mentorlog.services.demo import observation_text as ot
from mentorlog.services.demo.bulk import first_version, record
from mentorlog.services.demo.plan import PlacementPlan, at
from mentorlog.services.demo.records import RecordWriter


class DevelopmentWriter(RecordWriter):
    """Writes what a placement adds up to beyond the logbook."""

    def write(self, p: PlacementPlan, shared: list[tuple[date, uuid.UUID]]) -> None:
        self._self_assessments(p)
        self._reflections(p, shared)
        reviews = self._reviews(p)
        self._goals(p, reviews.get(ReviewKind.MIDPOINT))
        self._concerns(p)

    def _self_assessments(self, p: PlacementPlan) -> None:
        rng, student = self.rng, p.student.person
        for frac in (0.25, 0.75):
            day = p.starts_on + timedelta(days=round(frac * p.planned_days))
            if p.last_day is None or day > p.last_day:
                break
            for key in rng.sample(list(self.scale.competency_ids), 8):
                value = self.scale.level(
                    p.quality(day) + p.student.offsets[key] + rng.gauss(0.3, 0.5)
                )
                self.out.add(
                    SelfAssessment.__table__,
                    record(
                        self.ids(),
                        student.id,
                        at(day, 20),
                        placement_id=p.id,
                        author_id=student.id,
                        competency_id=self.scale.competency_ids[key],
                        level_id=self.scale.level_ids[value],
                        assessed_on=day,
                        comment=rng.choice(
                            ("", "", "I feel more confident now.", "Still unsure here.")
                        ),
                    ),
                )

    def _reflections(self, p: PlacementPlan, shared: list[tuple[date, uuid.UUID]]) -> None:
        rng, student = self.rng, p.student.person
        templates = [
            ReflectionTemplate.FREE_TEXT,
            ReflectionTemplate.GIBBS,
            ReflectionTemplate.SOCRATIC,
        ]
        count = min(6, 1 + p.elapsed_days // 21)
        forced = []
        if p.student.showcase == "demo":
            forced, count = (
                [
                    ReflectionTemplate.GIBBS,
                    ReflectionTemplate.SOCRATIC,
                    ReflectionTemplate.FREE_TEXT,
                ],
                max(count, 3),
            )
        for i, day in enumerate(self.days_in(p, count)):
            template = forced[i] if i < len(forced) else rng.choices(templates, (40, 35, 25))[0]
            before = [s for s in shared if s[0] <= day]
            linked = rng.choice(before)[1] if before and rng.random() < 0.5 else None
            situation = rng.choice(ot.SITUATIONS).label.lower()
            words = {"wing": p.wing, "situation": situation}
            self.out.add(
                Reflection.__table__,
                record(
                    self.ids(),
                    student.id,
                    at(day, 21, rng.randint(0, 59)),
                    placement_id=p.id,
                    author_id=student.id,
                    observation_id=linked,
                    written_on=day,
                    template=template,
                    title=rng.choice(dt.TITLES[template.value]).format(**words),
                    sections=dt.reflection_sections(rng, template.value, **words),
                    visibility=Visibility.PRIVATE if rng.random() < 0.15 else Visibility.SHARED,
                    deleted_at=None,
                ),
            )

    # -- goals, reviews and concerns ----------------------------------------------------
    def _goals(self, p: PlacementPlan, midpoint: tuple[uuid.UUID, date] | None) -> None:
        rng = self.rng
        weakest = sorted(p.student.offsets, key=p.student.offsets.__getitem__)[:6]
        count = min(4, 1 + p.elapsed_days // 35)
        titled: set[str] = set()  # one goal per domain: no two goals with the same title
        for i, day in enumerate(self.days_in(p, count)):
            review_id = None
            if i == count - 1 and midpoint is not None:
                review_id, day = midpoint
            keys = rng.sample(weakest, rng.randint(1, 2))
            fresh = [k for k in (*keys, *weakest) if k.split("-")[0] not in titled]
            if not fresh:
                break  # every weak domain has its goal already
            if fresh[0] not in keys:
                keys = [fresh[0]]
            elif keys[0] != fresh[0]:
                keys = [fresh[0], *(k for k in keys if k != fresh[0])]
            titled.add(keys[0].split("-")[0])
            author = p.mentors[0] if rng.random() < 0.7 else p.student.person
            due = day + timedelta(days=rng.randint(21, 42))
            status = self._goal_status(due)
            goal_id = self.ids()
            words = {"wing": p.wing}
            self.out.add(
                Goal.__table__,
                record(
                    goal_id,
                    author.id,
                    at(day, 16),
                    placement_id=p.id,
                    author_id=author.id,
                    title=dt.GOAL_TITLES[keys[0].split("-")[0]],
                    action_plan=rng.choice(dt.GOAL_PLANS).format(**words),
                    due_on=due,
                    status=status,
                    deleted_at=None,
                    review_id=review_id,
                ),
            )
            for key in keys:
                self.out.add(
                    goal_competency,
                    {"goal_id": goal_id, "competency_id": self.scale.competency_ids[key]},
                )
            last = min(due, p.last_day or day)
            for n in range(rng.randint(0, 3) if last > day else 0):
                note_day = day + timedelta(days=rng.randint(1, (last - day).days))
                by_student = n % 2 == 0
                who = p.student.person if by_student else p.mentors[0]
                self.out.add(
                    GoalProgressNote.__table__,
                    record(
                        self.ids(),
                        who.id,
                        at(note_day, 18, n),
                        goal_id=goal_id,
                        author_id=who.id,
                        note=rng.choice(dt.GOAL_NOTES)[0 if by_student else 1],
                    ),
                )

    def _goal_status(self, due: date) -> GoalStatus:
        if due >= self.today:
            return self.rng.choice((GoalStatus.OPEN, GoalStatus.IN_PROGRESS))
        roll = self.rng.random()
        return (
            GoalStatus.ACHIEVED
            if roll < 0.7
            else GoalStatus.DROPPED
            if roll < 0.8
            else GoalStatus.IN_PROGRESS
        )

    def _reviews(self, p: PlacementPlan) -> dict[ReviewKind, tuple[uuid.UUID, date]]:
        done: dict[ReviewKind, tuple[uuid.UUID, date]] = {}
        if p.last_day is None or p.status == PlacementStatus.WITHDRAWN:
            return done
        middle = p.starts_on + timedelta(days=p.planned_days // 2 + self.rng.randint(0, 3))
        # The failing student's and the "overdue" student's mid-point reviews were never
        # held: the dashboard should say so.
        missed = p.latest and p.student.showcase in ("concern", "overdue")
        if middle <= p.last_day and not missed:
            done[ReviewKind.MIDPOINT] = (self._review(p, ReviewKind.MIDPOINT, middle), middle)
        if p.status == PlacementStatus.COMPLETED:
            held = p.last_day - timedelta(days=self.rng.randint(0, 2))
            done[ReviewKind.FINAL] = (self._review(p, ReviewKind.FINAL, held), held)
        return done

    def _review(self, p: PlacementPlan, kind: ReviewKind, held: date) -> uuid.UUID:
        rng, mentor, student = self.rng, p.mentors[0], p.student.person
        struggling = p.student.struggling and p.latest
        quality = p.quality(held)
        if kind == ReviewKind.FINAL:
            progress = OverallProgress.NOT_PASSED if struggling else OverallProgress.PASSED
        elif struggling:
            progress = OverallProgress.AT_RISK
        else:
            progress = OverallProgress.NEEDS_SUPPORT if quality < 2.4 else OverallProgress.ON_TRACK
        signed = [
            (mentor, Role.MENTOR, at(held, 15)),
            (student, Role.STUDENT, at(held + timedelta(days=1), 9)),
        ]
        if kind == ReviewKind.FINAL:
            signed.append((self.coordinator, Role.COORDINATOR, at(held + timedelta(days=5), 10)))
        elif p.student.showcase == "demo" and p.status == PlacementStatus.ACTIVE:
            signed = signed[:1]  # the demo student has a review waiting for their signature
        fresh = (self.today - held).days < 3
        review_id = self.ids()
        words = {"name": student.given, "wing": p.wing}
        self.out.add(
            Review.__table__,
            record(
                review_id,
                mentor.id,
                at(held, 14),
                updated_at=signed[-1][2] if not fresh else at(held, 14),
                **first_version(review_id, locked_at=None if fresh else signed[-1][2]),
                placement_id=p.id,
                author_id=mentor.id,
                kind=kind,
                held_on=held,
                overall_progress=progress,
                summary=dt.REVIEW_SUMMARIES[progress.value].format(**words),
                agreed_actions=rng.choice(dt.AGREED_ACTIONS).format(**words),
                status=EntryStatus.DRAFT if fresh else EntryStatus.PUBLISHED,
            ),
        )
        for domain_id, keys in self.scale.domains:
            mean = sum(p.student.offsets[k] for k in keys) / len(keys)
            value = self.scale.level(quality + mean + rng.gauss(0, 0.2))
            self.out.add(
                ReviewDomainSummary.__table__,
                record(
                    self.ids(),
                    mentor.id,
                    at(held, 14),
                    review_id=review_id,
                    domain_id=domain_id,
                    level_id=self.scale.level_ids[value],
                    summary=dt.DOMAIN_SUMMARIES[value],
                ),
            )
        if not fresh:
            for person, role, when in signed:
                self.sign(person, role, SignOffKind.SIGNED, "review", review_id, when)
        return review_id

    def _concerns(self, p: PlacementPlan) -> None:
        rng, student = self.rng, p.student
        if p.last_day is None or p.frac(p.last_day) < 0.3:
            return
        if student.struggling and p.latest:
            status = (
                ConcernStatus.OPEN
                if p.status == PlacementStatus.ACTIVE
                else ConcernStatus.ESCALATED
            )
        elif (student.showcase == "resolved" and not p.latest) or (
            not student.showcase and rng.random() < 0.03
        ):
            status = (
                ConcernStatus.RESOLVED
                if p.status != PlacementStatus.ACTIVE
                else ConcernStatus.MONITORING
            )
        else:
            return
        raised = p.starts_on + timedelta(days=round(0.3 * p.planned_days))
        mentor = p.mentors[0]
        description, plan = rng.choice(dt.CONCERNS)
        closed = p.last_day if status == ConcernStatus.RESOLVED else None
        # An escalated one was handed on when its review came round: still open.
        handed_on = min(raised + timedelta(days=21), p.last_day)
        changed = closed or (handed_on if status == ConcernStatus.ESCALATED else raised)
        self.out.add(
            Concern.__table__,
            record(
                self.ids(),
                mentor.id,
                at(raised, 16),
                updated_at=at(changed, 16),
                placement_id=p.id,
                raised_by_id=mentor.id,
                raised_on=raised,
                description=description.format(name=student.person.given),
                action_plan=plan,
                review_on=raised + timedelta(days=21),
                status=status,
                outcome=(
                    dt.ESCALATION_OUTCOME
                    if status == ConcernStatus.ESCALATED
                    else rng.choice(dt.CONCERN_OUTCOMES)
                    if closed
                    else ""
                ),
                closed_at=at(closed, 16) if closed else None,
                deleted_at=None,
            ),
        )
