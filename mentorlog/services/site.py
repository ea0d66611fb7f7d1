"""The site an administrator sets up: the academy (name, country, time zone, retention,
default framework) and its training prisons with their units. Prisons and units are
renamed and retired, never deleted: placements and records point to them.

Administrators manage all of it; everyone signed in may read it (pickers need it).
Every change is audited; an edit made from a stale copy is refused (StaleEditError).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, msg
from mentorlog.models import Academy, Framework, Placement, Prison, Role, Unit, utcnow
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.editing import (
    check_version,
    flush_edit,
    one_line,
    raise_problems,
    require_free_name,
)
from mentorlog.services.errors import NotFoundError

MAX_NAME = 200
MAX_UNIT = 120
RETENTION_MONTHS = (1, 600)


@dataclass(frozen=True)
class AcademyRow:
    id: uuid.UUID
    name: str
    country: str
    time_zone: str
    retention_months: int
    default_framework_id: uuid.UUID | None
    row_version: int


@dataclass(frozen=True)
class UnitRow:
    id: uuid.UUID
    prison_id: uuid.UUID
    name: str
    security_level: str
    retired: bool
    row_version: int


@dataclass(frozen=True)
class PrisonRow:
    id: uuid.UUID
    name: str
    country: str
    city: str
    retired: bool
    units: tuple[UnitRow, ...]
    placements: int
    row_version: int


def _academy_row(a: Academy) -> AcademyRow:
    return AcademyRow(
        a.id,
        a.name,
        a.country,
        a.time_zone,
        a.retention_months,
        a.default_framework_id,
        a.row_version,
    )


def _unit_row(u: Unit) -> UnitRow:
    return UnitRow(
        u.id, u.prison_id, u.name, u.security_level, u.retired_at is not None, u.row_version
    )


def get_academy(session: Session) -> AcademyRow | None:
    """The site's academy, or None before it is set up."""
    academy = session.scalar(select(Academy).order_by(Academy.created_at).limit(1))
    return _academy_row(academy) if academy is not None else None


def _country(problems: dict[str, Message], value: str) -> str:
    value = (value or "").strip().upper()
    if value and (len(value) != 2 or not value.isalpha() or not value.isascii()):
        problems["country"] = msg("Give the country as its two-letter code, e.g. EE, NO or FI.")
    return value


def _time_zone(problems: dict[str, Message], value: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            problems["time_zone"] = msg(
                "{value} is not a time zone; give one such as Europe/Tallinn.", value=value
            )
    return value


def save_academy(
    session: Session,
    actor: Actor,
    *,
    name: str,
    country: str = "",
    time_zone: str = "",
    retention_months: int = 60,
    default_framework_id: uuid.UUID | None = None,
    expected_version: int | None = None,
) -> AcademyRow:
    """Set up the academy, or change it (administrators)."""
    require_role(actor, Role.ADMINISTRATOR)
    problems: dict[str, Message] = {}
    name = one_line(problems, "name", name, msg("academy's name"), MAX_NAME)
    country = _country(problems, country)
    time_zone = _time_zone(problems, time_zone)
    low, high = RETENTION_MONTHS
    if not low <= retention_months <= high:
        problems["retention_months"] = msg(
            "Keep records between {low} and {high} months.", low=low, high=high
        )
    if default_framework_id is not None and session.get(Framework, default_framework_id) is None:
        problems["default_framework_id"] = msg("That framework is no longer in mentorlog.")
    raise_problems(problems)
    academy = session.scalar(select(Academy).order_by(Academy.created_at).limit(1))
    require_free_name(
        session,
        Academy.name,
        name,
        academy.id if academy else None,
        ("name", msg("An academy called {name} exists already.", name=name)),
    )
    values = {
        "name": name,
        "country": country,
        "time_zone": time_zone,
        "retention_months": retention_months,
        "default_framework_id": default_framework_id,
    }
    detail: dict[str, Any]
    if academy is None:
        academy = Academy(**values, created_by_id=actor.person_id)
        session.add(academy)
        session.flush()
        action, detail = "academy.create", {"name": name}
    else:
        check_version(academy, expected_version, msg("academy"))
        before = {k: getattr(academy, k) for k in values}
        for key, value in values.items():
            setattr(academy, key, value)
        flush_edit(session, msg("The academy"))
        changed = {k: [str(before[k]), str(v)] for k, v in values.items() if before[k] != v}
        action, detail = "academy.update", {"changed": changed}
    audit.record(session, actor, action, entity_type="academy", entity_id=academy.id, detail=detail)
    return _academy_row(academy)


def list_prisons(
    session: Session, actor: Actor, *, include_retired: bool = True
) -> list[PrisonRow]:
    """The training prisons with their units, by name."""
    query = select(Prison).order_by(Prison.name)
    if not include_retired:
        query = query.where(Prison.retired_at.is_(None))
    prisons = session.scalars(query).all()
    counts = dict(
        session.execute(
            select(Placement.prison_id, func.count()).group_by(Placement.prison_id)
        ).all()
    )
    units: dict[uuid.UUID, list[UnitRow]] = {}
    for unit in session.scalars(select(Unit).order_by(Unit.name)):
        if include_retired or unit.retired_at is None:
            units.setdefault(unit.prison_id, []).append(_unit_row(unit))
    return [
        PrisonRow(
            p.id,
            p.name,
            p.country,
            p.city,
            p.retired_at is not None,
            tuple(units.get(p.id, ())),
            int(counts.get(p.id, 0)),
            p.row_version,
        )
        for p in prisons
    ]


def _prison(session: Session, prison_id: uuid.UUID) -> Prison:
    prison = session.get(Prison, prison_id)
    if prison is None:
        raise NotFoundError(msg("That prison is no longer in mentorlog."))
    return prison


def _prison_name_free(session: Session, name: str, own: uuid.UUID | None) -> None:
    require_free_name(
        session,
        Prison.name,
        name,
        own,
        ("name", msg("A prison called {name} exists already.", name=name)),
    )


def add_prison(
    session: Session,
    actor: Actor,
    name: str,
    *,
    country: str = "",
    city: str = "",
    units: tuple[str, ...] = (),
) -> PrisonRow:
    """Add a training prison (administrators), with the units given."""
    require_role(actor, Role.ADMINISTRATOR)
    prison = make_prison(session, actor, name, country=country, city=city)
    for unit in units:
        make_unit(session, actor, prison.id, unit)
    return prison_row(session, prison.id)


def make_prison(
    session: Session, actor: Actor, name: str, *, country: str = "", city: str = ""
) -> Prison:
    """The write behind add_prison, also used by an import a coordinator runs (which
    may make the prisons its file names): validated and audited, not permission-checked."""
    problems: dict[str, Message] = {}
    name = one_line(problems, "name", name, msg("prison's name"), MAX_NAME)
    country = _country(problems, country)
    city = one_line(problems, "city", city, msg("city"), 120, required=False)
    raise_problems(problems)
    _prison_name_free(session, name, None)
    academy = get_academy(session)
    prison = Prison(
        name=name,
        country=country,
        city=city,
        created_by_id=actor.person_id,
        academy_id=academy.id if academy else None,
    )
    session.add(prison)
    session.flush()
    audit.record(
        session,
        actor,
        "prison.create",
        entity_type="prison",
        entity_id=prison.id,
        detail={"name": name},
    )
    return prison


def prison_row(session: Session, prison_id: uuid.UUID) -> PrisonRow:
    row = next((p for p in list_prisons(session, _READER) if p.id == prison_id), None)
    if row is None:
        raise NotFoundError(msg("That prison is no longer in mentorlog."))
    return row


_READER = Actor(None, "reader")


def edit_prison(
    session: Session,
    actor: Actor,
    prison_id: uuid.UUID,
    *,
    name: str,
    country: str = "",
    city: str = "",
    expected_version: int | None = None,
) -> PrisonRow:
    """Rename a prison or correct its country and city (administrators)."""
    require_role(actor, Role.ADMINISTRATOR)
    prison = _prison(session, prison_id)
    check_version(prison, expected_version, msg("prison"))
    problems: dict[str, Message] = {}
    name = one_line(problems, "name", name, msg("prison's name"), MAX_NAME)
    country = _country(problems, country)
    city = one_line(problems, "city", city, msg("city"), 120, required=False)
    raise_problems(problems)
    _prison_name_free(session, name, prison.id)
    before = (prison.name, prison.country, prison.city)
    prison.name, prison.country, prison.city = name, country, city
    flush_edit(session, msg("The prison {name}", name=name))
    audit.record(
        session,
        actor,
        "prison.update",
        entity_type="prison",
        entity_id=prison.id,
        detail={"from": list(before), "to": [name, country, city]},
    )
    return prison_row(session, prison.id)


def _set_retired(
    session: Session,
    actor: Actor,
    record: Prison | Unit,
    kind: str,
    retired: bool,
    expected_version: int | None,
) -> None:
    """Retire a prison or unit (it takes no new placements; its records stay) or bring
    it back; ``kind`` is "prison" or "unit"."""
    what = (
        msg("The prison {name}", name=record.name)
        if kind == "prison"
        else msg("The unit {name}", name=record.name)
    )
    check_version(record, expected_version, msg("prison") if kind == "prison" else msg("unit"))
    if (record.retired_at is not None) != retired:
        record.retired_at = utcnow() if retired else None
        flush_edit(session, what)
        audit.record(
            session,
            actor,
            f"{kind}.retire" if retired else f"{kind}.reinstate",
            entity_type=kind,
            entity_id=record.id,
            detail={"name": record.name},
        )


def set_prison_retired(
    session: Session,
    actor: Actor,
    prison_id: uuid.UUID,
    retired: bool,
    *,
    expected_version: int | None = None,
) -> PrisonRow:
    """Retire a prison (administrators) or bring it back."""
    require_role(actor, Role.ADMINISTRATOR)
    _set_retired(session, actor, _prison(session, prison_id), "prison", retired, expected_version)
    return prison_row(session, prison_id)


def _unit(session: Session, unit_id: uuid.UUID) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFoundError(msg("That unit is no longer in mentorlog."))
    return unit


def _unit_name_free(
    session: Session, prison_id: uuid.UUID, name: str, own: uuid.UUID | None
) -> None:
    require_free_name(
        session,
        Unit.name,
        name,
        own,
        ("unit", msg("This prison has a unit called {name} already.", name=name)),
        Unit.prison_id == prison_id,
    )


def add_unit(
    session: Session, actor: Actor, prison_id: uuid.UUID, name: str, security_level: str = ""
) -> UnitRow:
    """Add a wing, unit or department to a prison (administrators)."""
    require_role(actor, Role.ADMINISTRATOR)
    return _unit_row(make_unit(session, actor, prison_id, name, security_level))


def make_unit(
    session: Session, actor: Actor, prison_id: uuid.UUID, name: str, security_level: str = ""
) -> Unit:
    """The write behind add_unit (validated and audited), also used by imports."""
    prison = _prison(session, prison_id)
    problems: dict[str, Message] = {}
    name = one_line(problems, "unit", name, msg("unit's name"), MAX_UNIT)
    security_level = one_line(
        problems, "security_level", security_level, msg("security level"), 60, required=False
    )
    raise_problems(problems)
    _unit_name_free(session, prison.id, name, None)
    unit = Unit(
        prison_id=prison.id, name=name, security_level=security_level, created_by_id=actor.person_id
    )
    session.add(unit)
    session.flush()
    audit.record(
        session,
        actor,
        "unit.create",
        entity_type="unit",
        entity_id=unit.id,
        detail={"prison": prison.name, "name": name},
    )
    return unit


def edit_unit(
    session: Session,
    actor: Actor,
    unit_id: uuid.UUID,
    *,
    name: str,
    security_level: str = "",
    expected_version: int | None = None,
) -> UnitRow:
    require_role(actor, Role.ADMINISTRATOR)
    unit = _unit(session, unit_id)
    check_version(unit, expected_version, msg("unit"))
    problems: dict[str, Message] = {}
    name = one_line(problems, "unit", name, msg("unit's name"), MAX_UNIT)
    security_level = one_line(
        problems, "security_level", security_level, msg("security level"), 60, required=False
    )
    raise_problems(problems)
    _unit_name_free(session, unit.prison_id, name, unit.id)
    before = unit.name
    unit.name, unit.security_level = name, security_level
    flush_edit(session, msg("The unit {name}", name=name))
    audit.record(
        session,
        actor,
        "unit.update",
        entity_type="unit",
        entity_id=unit.id,
        detail={"from": before, "to": name},
    )
    return _unit_row(unit)


def set_unit_retired(
    session: Session,
    actor: Actor,
    unit_id: uuid.UUID,
    retired: bool,
    *,
    expected_version: int | None = None,
) -> UnitRow:
    """Retire a unit (administrators) or bring it back."""
    require_role(actor, Role.ADMINISTRATOR)
    unit = _unit(session, unit_id)
    _set_retired(session, actor, unit, "unit", retired, expected_version)
    return _unit_row(unit)


@dataclass(frozen=True)
class SetupProgress:
    """How far a new site is set up, for the guided set-up: what is there already."""

    academy: str  # its name, "" until set up
    prisons: int
    people: int  # besides the signed-in person
    placements: int


def setup_progress(session: Session, actor: Actor) -> SetupProgress:
    from mentorlog.models import Person

    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    academy = get_academy(session)
    return SetupProgress(
        academy.name if academy else "",
        count(Prison),
        max(0, count(Person) - 1),
        count(Placement),
    )
