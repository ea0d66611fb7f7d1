"""A demo placement's logbook: shifts worked, observations with their ratings, and the
student's acknowledgements of what was shared with them."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from mentorlog.models import (
    EntryStatus,
    Observation,
    PlacementStatus,
    Rating,
    Role,
    Shift,
    ShiftLog,
    SignOffKind,
    Visibility,
)
from mentorlog.services.demo import observation_text as ot
from mentorlog.services.demo.bulk import first_version, record
from mentorlog.services.demo.plan import DemoPerson, PlacementPlan, at
from mentorlog.services.demo.records import RecordWriter

SHIFT_HOURS = {
    Shift.EARLY: (7, 8.0),
    Shift.DAY: (8, 7.5),
    Shift.LATE: (14, 8.0),
    Shift.NIGHT: (22, 10.0),
}
SHIFT_WEIGHTS = {Shift.EARLY: 35, Shift.LATE: 35, Shift.DAY: 18, Shift.NIGHT: 12}
OBSERVED_MINUTES = (60, 90, 120, 180, 240, 300, 480)
# Enum members read once: on Python 3.11 each ``Visibility.SHARED`` is a descriptor call,
# and the loops below read them for every one of 100,000 entries.
ACTIVE = PlacementStatus.ACTIVE
PRIVATE, SHARED = Visibility.PRIVATE, Visibility.SHARED
DRAFT, PUBLISHED = EntryStatus.DRAFT, EntryStatus.PUBLISHED
ACKNOWLEDGED, DISAGREED = SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED
SIGNED = SignOffKind.SIGNED
MENTOR, STUDENT = Role.MENTOR, Role.STUDENT
RATING = Rating.__table__


class LogbookWriter(RecordWriter):
    """Writes shifts, observations, ratings and acknowledgements."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.acknowledgements = 0
        self._all_keys = tuple(self.scale.competency_ids)
        self._situations = {
            shift: [s for s in ot.SITUATIONS if shift.value in s.shifts] for shift in Shift
        }

    def write(self, p: PlacementPlan, observations: int) -> list[tuple[date, uuid.UUID]]:
        """Write the logbook; return the published shared observations as (day, id)."""
        return self._observations(p, self._shifts(p), observations)

    def _shifts(self, p: PlacementPlan) -> list[tuple[date, Shift]]:
        rng, student = self.rng, p.student.person
        shifts, weights = list(SHIFT_WEIGHTS), list(SHIFT_WEIGHTS.values())
        worked = []
        for offset in range(p.elapsed_days):
            day = p.starts_on + timedelta(days=offset)
            if offset and rng.random() > 0.7:
                continue
            shift = rng.choices(shifts, weights)[0]
            worked.append((day, shift))
            start, hours = SHIFT_HOURS[shift]
            remedial = rng.choice((0, 0, 30, 60)) if p.student.struggling and p.latest else 0
            self.out.add(
                ShiftLog.__table__,
                record(
                    self.ids(),
                    student.id,
                    at(day, start) + timedelta(hours=hours),
                    placement_id=p.id,
                    worked_on=day,
                    shift=shift,
                    hours=hours,
                    activity=rng.choice(ot.SHIFT_ACTIVITIES),
                    remedial_minutes=remedial,
                ),
            )
        return worked

    def _observations(
        self, p: PlacementPlan, worked: list[tuple[date, Shift]], count: int
    ) -> list[tuple[date, uuid.UUID]]:
        """Write ``count`` observations on worked shifts; return the published shared ones
        as (day, id, situation) for reflections to refer to."""
        rng = self.rng
        picks = rng.sample(worked, count) if count <= len(worked) else rng.choices(worked, k=count)
        picks.sort()
        demo = p.student.showcase == "demo"
        shared: list[tuple[date, uuid.UUID]] = []
        for i, (day, shift) in enumerate(picks):
            forced_private = demo and i == count - 3
            forced_draft = demo and p.status == ACTIVE and i == count - 1
            private = forced_private or (not forced_draft and rng.random() < 0.04)
            recent = p.status == ACTIVE and (self.today - day).days <= 6
            draft = forced_draft or (recent and not private and rng.random() < 0.35)
            obs_id, published_at = self._observation(p, day, shift, private, draft)
            if private or draft or published_at is None:
                continue
            shared.append((day, obs_id))
            self._acknowledge(
                p, obs_id, published_at, forced=_forced_ack(demo, len(shared)), diligent=demo
            )
        return shared

    def _observation(
        self, p: PlacementPlan, day: date, shift: Shift, private: bool, draft: bool
    ) -> tuple[uuid.UUID, datetime | None]:
        rng = self.rng
        author = p.mentors[0] if len(p.mentors) == 1 or rng.random() < 0.85 else p.mentors[1]
        situation = rng.choice(self._situations[shift])
        quality = p.quality(day)
        good = rng.random() < min(0.95, max(0.1, (quality - 1.2) / 2.5))
        words = {
            "name": p.student.person.given,
            "wing": p.wing,
            "language": p.student.prison.language,
        }
        text = (
            ot.fill(rng, ot.PRIVATE_NOTES, **words)
            if private
            else ot.narrative(rng, situation, good, **words)
        )
        setting = ot.fill(rng, situation.settings, **words)
        minutes = rng.choice(OBSERVED_MINUTES)
        start, _hours = SHIFT_HOURS[shift]
        written = at(day, start) + timedelta(minutes=minutes + rng.randint(10, 60))
        published = None if draft else written + timedelta(hours=rng.randint(0, 30))
        if published is not None and (self.today - day).days < 2:
            published = written
        remedial = rng.choice((15, 30, 45)) if p.student.struggling and p.latest and not good else 0
        # Most feedback older than a few days has been signed by its mentor (and so locked).
        signed = None
        old_enough = published is not None and not private and (self.today - day).days >= 3
        if old_enough and published is not None and rng.random() < 0.85:
            signed = published + timedelta(hours=rng.randint(1, 20))
        obs_id = self.ids()
        self.out.add(
            Observation.__table__,
            record(
                obs_id,
                author.id,
                written,
                updated_at=published or written,
                **first_version(obs_id, locked_at=signed),
                placement_id=p.id,
                author_id=author.id,
                observed_on=day,
                shift=shift,
                duration_minutes=minutes,
                setting=setting[0].upper() + setting[1:],
                situation_type=situation.label,
                narrative=text,
                visibility=PRIVATE if private else SHARED,
                status=DRAFT if draft else PUBLISHED,
                discussed_with_student=not (private or draft) and rng.random() < 0.85,
                remedial_minutes=remedial,
                published_at=published,
            ),
        )
        if not private:
            self._ratings(p, obs_id, author, written, day, situation, good, words)
        if signed is not None:
            self.sign(author, MENTOR, SIGNED, "observation", obs_id, signed)
        return obs_id, published

    def _ratings(
        self,
        p: PlacementPlan,
        obs_id: uuid.UUID,
        author: DemoPerson,
        written: datetime,
        day: date,
        situation: ot.Situation,
        good: bool,
        words: dict[str, str],
    ) -> None:
        rng, scale = self.rng, self.scale
        count = rng.randint(3, 6)
        keys = rng.sample(situation.competencies, min(count, len(situation.competencies)))
        while len(keys) < count:
            key = self._all_keys[int(rng.random() * len(self._all_keys))]
            if key not in keys:
                keys.append(key)
        # The ratings agree with the narrative: a shift that went well rates higher, and
        # never "Not acceptable" (a 1 says "I had to step in"); one that went badly is
        # never "Exceptional". A lenient mentor sees more than is there.
        quality = p.quality(day) + (0.3 if good else -0.3) + author.leniency
        lowest, highest = (2, 5) if good else (1, 4)
        # Looked up once: this loop runs for some 450,000 ratings.
        offsets, random, add, table = p.student.offsets, rng.random, self.out.add, RATING
        at_risk = p.student.struggling and p.latest
        for key in keys:
            value = scale.level(quality + offsets[key] + rng.gauss(0, 0.45))
            value = min(highest, max(lowest, value))
            if random() < 0.05:
                value = 0
            if value in scale.requires_comment:
                comment = ot.fill(
                    rng, ot.EXTREME_COMMENTS.get(value, ot.ORDINARY_COMMENTS), **words
                )
            elif value and random() < 0.12:
                comment = rng.choice(ot.ORDINARY_COMMENTS)
            else:
                comment = ""
            nrt = at_risk and value in (1, 2) and random() < 0.3
            add(
                table,
                record(
                    self.ids(),
                    author.id,
                    written,
                    observation_id=obs_id,
                    competency_id=scale.competency_ids[key],
                    level_id=scale.level_ids[value],
                    comment=comment,
                    not_responding_to_training=nrt,
                ),
            )

    def _acknowledge(
        self,
        p: PlacementPlan,
        obs_id: uuid.UUID,
        published: datetime,
        forced: SignOffKind | None,
        diligent: bool = False,
    ) -> None:
        """The student answers about nine in ten entries (a struggling one fewer); a
        ``diligent`` one (the demo student, whose view a newcomer opens) answers all but
        the last ten days' few."""
        rng = self.rng
        signed = published + timedelta(hours=rng.randint(6, 72))
        if signed.date() >= self.today:
            return
        kind = forced
        if kind is None:
            # A struggling student, disengaged, leaves more unanswered.
            answers = 0.6 if p.student.struggling and p.latest else 0.9
            roll = rng.random()
            if diligent and (self.today - signed.date()).days > 10:
                roll *= answers  # always answered
            kind = DISAGREED if roll < 0.015 else ACKNOWLEDGED if roll < answers else None
        if kind is None:
            return
        self.acknowledgements += 1
        bank = ot.DISAGREEMENTS if kind == DISAGREED else ot.ACKNOWLEDGEMENT_COMMENTS
        self.sign(p.student.person, STUDENT, kind, "observation", obs_id, signed, rng.choice(bank))


def _forced_ack(demo: bool, nth_shared: int) -> SignOffKind | None:
    """The demo student's first shared entry is disputed and the second acknowledged, so
    both states are always there to see."""
    if not demo:
        return None
    return {1: DISAGREED, 2: ACKNOWLEDGED}.get(nth_shared)
