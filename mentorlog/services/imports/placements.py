"""``placements`` import: columns student, cohort, prison, unit, mentor, start, end,
target_hours (student and mentor by username; ``mentor`` may list co-mentors separated by
``;``, the lead first; dates ``2027-01-31`` or ``31.01.2027``).

A placement is matched by student, prison and start: one not there yet is made, one whose
end, unit, cohort, target or mentors differ is changed, the rest are left alone. Prisons,
units and cohorts the file names that do not exist yet are listed first (a dry run shows
a typo before it is made) and made on the real run. Coordinators import.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, listed, msg, word
from mentorlog.models import (
    Cohort,
    Person,
    Placement,
    PlacementMentor,
    Prison,
    Role,
    RoleAssignment,
    Unit,
    utcnow,
)
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.cohorts import make_cohort
from mentorlog.services.frameworks import active_version_id
from mentorlog.services.imports.outcome import ImportOutcome, ImportRefused
from mentorlog.services.imports.table import Problem, Table, parse_day, read_table, text
from mentorlog.services.phases import default_phase_starts, phase_on
from mentorlog.services.placement_admin import MAX_TARGET_HOURS, status_on
from mentorlog.services.site import make_prison, make_unit

REQUIRED = ("student", "prison", "mentor", "start", "end")
OPTIONAL = ("cohort", "unit", "target_hours")


@dataclass(frozen=True)
class _Row:
    row: int
    student: uuid.UUID
    student_name: str
    prison: str
    unit: str
    cohort: str
    mentors: tuple[uuid.UUID, ...]
    starts_on: date
    ends_on: date
    target_hours: int

    @property
    def key(self) -> tuple[uuid.UUID, str, date]:
        return self.student, self.prison.casefold(), self.starts_on


def _people_by_role(session: Session, usernames: set[str]) -> dict[str, tuple[Person, set[Role]]]:
    found: dict[str, tuple[Person, set[Role]]] = {}
    if not usernames:
        return found
    people = session.scalars(
        select(Person).where(func.lower(Person.username).in_(sorted(usernames)))
    ).all()
    roles: dict[uuid.UUID, set[Role]] = {}
    for pid, role in session.execute(
        select(RoleAssignment.person_id, RoleAssignment.role).where(
            RoleAssignment.person_id.in_([p.id for p in people])
        )
    ):
        roles.setdefault(pid, set()).add(role)
    for p in people:
        assert p.username is not None
        found[p.username.lower()] = (p, roles.get(p.id, set()))
    return found


def _parse(session: Session, table: Table) -> tuple[list[_Row], list[Problem]]:
    usernames = set()
    for _, values in table.rows:
        usernames.add(text(values, "student").lower())
        usernames.update(m.strip().lower() for m in text(values, "mentor").split(";"))
    people = _people_by_role(session, usernames - {""})
    rows: list[_Row] = []
    problems: list[Problem] = []
    seen: dict[tuple, int] = {}
    for number, values in table.rows:
        bad = len(problems)

        def problem(column: str, message: Message, number: int = number) -> None:
            problems.append(table.problem(number, column, message))

        student_name = text(values, "student")
        student = people.get(student_name.lower())
        if not student_name:
            problem("student", msg("empty; give the student's username"))
        elif student is None:
            problem(
                "student",
                msg(
                    "nobody has the username {student_name}; import them first",
                    student_name=student_name,
                ),
            )
        elif Role.STUDENT not in student[1]:
            problem("student", msg("{student_name} is not a student", student_name=student_name))
        mentors: list[uuid.UUID] = []
        names = [m.strip() for m in text(values, "mentor").split(";") if m.strip()]
        if not names:
            problem("mentor", msg("empty; give the lead mentor's username"))
        for name in names:
            mentor = people.get(name.lower())
            if mentor is None:
                problem(
                    "mentor", msg("nobody has the username {name} (an unknown mentor)", name=name)
                )
            elif Role.MENTOR not in mentor[1]:
                problem("mentor", msg("{name} is not a mentor", name=name))
            elif mentor[0].id in mentors or (student and mentor[0].id == student[0].id):
                problem("mentor", msg("{name} cannot be named twice or mentor themself", name=name))
            else:
                mentors.append(mentor[0].id)
        prison = text(values, "prison")
        if not prison:
            problem("prison", msg("empty; give the training prison's name"))
        elif len(prison) > 200:
            problem("prison", msg("at most 200 characters"))
        unit, cohort = text(values, "unit"), text(values, "cohort")
        if len(unit) > 120 or len(cohort) > 120:
            problem("unit" if len(unit) > 120 else "cohort", msg("at most 120 characters"))
        days = {}
        for column in ("start", "end"):
            raw = values.get(column, "")
            day = parse_day(raw)
            if day is None:
                problem(
                    column,
                    msg(
                        "{value} is no date; write 2027-01-31 or 31.01.2027",
                        value=text(values, column) or msg("empty"),
                    ),
                )
            days[column] = day
        if days["start"] and days["end"] and days["end"] < days["start"]:
            problem(
                "end",
                msg(
                    "the end {end} is before the start {start}",
                    end=days["end"],
                    start=days["start"],
                ),
            )
        raw_target = text(values, "target_hours") or "0"
        target = int(raw_target) if raw_target.isdigit() else -1
        if not 0 <= target <= MAX_TARGET_HOURS:
            problem(
                "target_hours",
                msg(
                    "{raw_target} is not a whole number of hours (0 to {most})",
                    raw_target=raw_target,
                    most=MAX_TARGET_HOURS,
                ),
            )
        if len(problems) > bad:
            continue
        assert student is not None and days["start"] and days["end"]
        row = _Row(
            number,
            student[0].id,
            student_name,
            prison,
            unit,
            cohort,
            tuple(mentors),
            days["start"],
            days["end"],
            target,
        )
        if (first := seen.get(row.key)) is not None:
            problem(
                "start",
                msg("the same placement as row {first} (student, prison and start)", first=first),
            )
            continue
        seen[row.key] = number
        rows.append(row)
    return rows, problems


def import_placements(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportOutcome:
    """Import the placements in ``path`` (see the module's docstring)."""
    require_role(actor, Role.COORDINATOR)
    today = today or date.today()
    table = read_table(path, REQUIRED, OPTIONAL)
    rows, problems = _parse(session, table)
    if problems:
        raise ImportRefused(table.name, problems)
    prisons = {p.name.casefold(): p for p in session.scalars(select(Prison))}
    units = {(u.prison_id, u.name.casefold()): u for u in session.scalars(select(Unit))}
    cohorts = {c.name.casefold(): c for c in session.scalars(select(Cohort))}
    for r in rows:
        prison = prisons.get(r.prison.casefold())
        if prison is not None and prison.retired_at is not None:
            problems.append(
                table.problem(r.row, "prison", msg("{prison} is retired", prison=prison.name))
            )
    if problems:
        raise ImportRefused(table.name, problems)
    new_places = _new_places(rows, prisons, units, cohorts)
    existing = {
        (p.student_id, prison_name.casefold(), p.starts_on): p
        for p, prison_name in session.execute(
            select(Placement, Prison.name)
            .join(Prison, Prison.id == Placement.prison_id)
            .where(Placement.student_id.in_({r.student for r in rows}))
        )
    }
    mentors_of: dict[uuid.UUID, tuple[uuid.UUID, ...]] = {}
    for pm in session.scalars(
        select(PlacementMentor)
        .where(
            PlacementMentor.placement_id.in_([p.id for p in existing.values()]),
            PlacementMentor.ends_on.is_(None),
        )
        .order_by(PlacementMentor.is_primary.desc(), PlacementMentor.created_at)
    ):
        mentors_of[pm.placement_id] = (*mentors_of.get(pm.placement_id, ()), pm.mentor_id)
    new: list[_Row] = []
    changed: list[tuple[_Row, Placement, list[Message]]] = []
    unchanged: list[tuple[_Row, Placement, list[Message]]] = []
    for r in rows:
        placement = existing.get(r.key)
        if placement is None:
            new.append(r)
            continue
        what = _differences(placement, r, mentors_of.get(placement.id, ()), units, cohorts)
        (changed if what else unchanged).append((r, placement, what))

    def line(r: _Row) -> Message:
        return msg(
            "row {row}: {student} at {prison}, {start} to {end}",
            row=str(r.row),
            student=r.student_name,
            prison=r.prison,
            start=r.starts_on,
            end=r.ends_on,
        )

    outcome = ImportOutcome(
        table.name,
        dry_run,
        made=tuple(word(line(r)) for r in new),
        changed=tuple(
            word(msg("{line}: {what}", line=line(r), what=listed(w))) for r, _, w in changed
        ),
        unchanged=tuple(word(line(r)) for r, _, _ in unchanged),
        new_places=tuple(word(place) for place in new_places),
    )
    if dry_run or outcome.nothing_to_do:
        return outcome
    _make_places(session, actor, rows, prisons, units, cohorts)
    _insert(session, actor, new, prisons, units, cohorts, today)
    for r, placement, _ in changed:
        _change(session, actor, placement, r, prisons, units, cohorts)
    audit.record(
        session,
        actor,
        "import.placements",
        entity_type="placement",
        detail={
            "file": table.name,
            "made": len(new),
            "changed": len(changed),
            "unchanged": len(unchanged),
            "new_places": [str(place) for place in new_places],  # the trail keeps English
        },
    )
    return outcome


def _new_places(rows, prisons, units, cohorts) -> list[Message]:
    lines, seen = [], set()
    for r in rows:
        prison = prisons.get(r.prison.casefold())
        keys = [
            (
                "prison",
                r.prison.casefold(),
                msg("prison {prison} (row {row})", prison=r.prison, row=str(r.row)),
                prison is None,
            )
        ]
        if r.unit:
            known = prison is not None and (prison.id, r.unit.casefold()) in units
            keys.append(
                (
                    "unit",
                    (r.prison.casefold(), r.unit.casefold()),
                    msg(
                        "unit {unit} of {prison} (row {row})",
                        unit=r.unit,
                        prison=r.prison,
                        row=str(r.row),
                    ),
                    not known,
                )
            )
        if r.cohort:
            keys.append(
                (
                    "cohort",
                    r.cohort.casefold(),
                    msg("cohort {cohort} (row {row})", cohort=r.cohort, row=str(r.row)),
                    r.cohort.casefold() not in cohorts,
                )
            )
        for kind, key, label, missing in keys:
            if missing and (kind, key) not in seen:
                seen.add((kind, key))
                lines.append(label)
    return lines


def _make_places(session, actor, rows, prisons, units, cohorts) -> None:
    for r in rows:
        prison = prisons.get(r.prison.casefold())
        if prison is None:
            prison = prisons[r.prison.casefold()] = make_prison(session, actor, r.prison)
        if r.unit and (prison.id, r.unit.casefold()) not in units:
            units[(prison.id, r.unit.casefold())] = make_unit(session, actor, prison.id, r.unit)
        if r.cohort and r.cohort.casefold() not in cohorts:
            cohorts[r.cohort.casefold()] = make_cohort(
                session, actor, r.cohort, framework_version_id=active_version_id(session)
            )


def _places(r: _Row, prisons, units, cohorts) -> tuple[uuid.UUID, uuid.UUID | None, Cohort | None]:
    prison = prisons[r.prison.casefold()]
    unit = units.get((prison.id, r.unit.casefold())) if r.unit else None
    cohort = cohorts.get(r.cohort.casefold()) if r.cohort else None
    return prison.id, unit.id if unit else None, cohort


def _insert(session, actor, new, prisons, units, cohorts, today) -> None:
    """Bulk inserts of the new placements and their mentors."""
    now, default_version = utcnow(), active_version_id(session)
    placements: list[dict[str, Any]] = []
    mentors: list[dict[str, Any]] = []
    for r in new:
        prison_id, unit_id, cohort = _places(r, prisons, units, cohorts)
        starts = default_phase_starts(r.starts_on, r.ends_on)
        pid = uuid.uuid4()
        placements.append(
            {
                "id": pid,
                "student_id": r.student,
                "prison_id": prison_id,
                "unit_id": unit_id,
                "cohort_id": cohort.id if cohort else None,
                "framework_version_id": (cohort.framework_version_id if cohort else None)
                or default_version,
                "starts_on": r.starts_on,
                "ends_on": r.ends_on,
                "phase": phase_on(starts, today),
                "phase_starts": {str(k): v.isoformat() for k, v in starts.items()},
                "status": status_on(r.starts_on, r.ends_on, today),
                "target_hours": r.target_hours,
                "learning_contract": "",
                "created_at": now,
                "updated_at": now,
                "created_by_id": actor.person_id,
            }
        )
        mentors.extend(
            {
                "id": uuid.uuid4(),
                "placement_id": pid,
                "mentor_id": m,
                "is_primary": i == 0,
                "starts_on": r.starts_on,
                "created_at": now,
                "updated_at": now,
                "created_by_id": actor.person_id,
            }
            for i, m in enumerate(r.mentors)
        )
    if placements:
        session.execute(insert(Placement), placements)
        session.execute(insert(PlacementMentor), mentors)


def _differences(placement, r, mentors, units, cohorts) -> list[Message]:
    what = []
    if placement.ends_on != r.ends_on:
        what.append(msg("end {old} → {new}", old=placement.ends_on, new=r.ends_on))
    if placement.target_hours != r.target_hours:
        what.append(msg("target {old} → {new} h", old=placement.target_hours, new=r.target_hours))
    unit = units.get((placement.prison_id, r.unit.casefold())) if r.unit else None
    if r.unit and (unit is None or unit.id != placement.unit_id):
        what.append(msg("unit → {unit}", unit=r.unit))
    cohort = cohorts.get(r.cohort.casefold()) if r.cohort else None
    if r.cohort and (cohort is None or cohort.id != placement.cohort_id):
        what.append(msg("cohort → {cohort}", cohort=r.cohort))
    if tuple(mentors) != r.mentors:
        what.append(msg("mentors"))
    return what


def _change(session, actor, placement, r, prisons, units, cohorts) -> None:
    from mentorlog.services.placement_admin import set_mentors

    _prison_id, unit_id, cohort = _places(r, prisons, units, cohorts)
    placement.ends_on, placement.target_hours = r.ends_on, r.target_hours
    if r.unit:
        placement.unit_id = unit_id
    if cohort is not None:
        placement.cohort_id = cohort.id
    set_mentors(placement, r.mentors, max(date.today(), placement.starts_on), actor)
    session.flush()
    audit.record(
        session,
        actor,
        "placement.update",
        entity_type="placement",
        entity_id=placement.id,
        subject_person_id=placement.student_id,
        detail={"import": True, "row": r.row},
    )
