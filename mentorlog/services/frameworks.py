"""Competency frameworks: loading the shipped default, and reading the one in force."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Uuid, func, literal, select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    CompetencyAnchor,
    Domain,
    Framework,
    FrameworkStatus,
    FrameworkVersion,
    PhaseExpectation,
    PlacementPhase,
    ScaleLevel,
    utcnow,
)
from mentorlog.paths import resource

DEFAULT_FRAMEWORK_FILE = ("frameworks", "dynamic-security.json")


class FrameworkFileError(ValueError):
    """A framework file that cannot be loaded; the message names what is wrong."""


def read_framework_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FrameworkFileError(f"Cannot read the framework file {path.name}: {exc}") from exc
    _validate(data, path.name)
    return data


def _validate(data: Any, name: str) -> None:
    def fail(msg: str) -> None:
        raise FrameworkFileError(f"The framework file {name} is not valid: {msg}")

    if not isinstance(data, dict):
        fail("it must hold one JSON object")
    for key in ("key", "name", "version", "scale", "domains"):
        if key not in data:
            fail(f"'{key}' is missing")
    values = [level.get("value") for level in data["scale"]]
    if len(set(values)) != len(values) or not all(isinstance(v, int) for v in values):
        fail("scale levels need distinct whole-number values")
    if sum(1 for level in data["scale"] if level.get("is_not_observed")) != 1:
        fail("the scale needs exactly one 'not observed' level")
    seen: set[str] = set()
    for domain in data["domains"]:
        for comp in domain.get("competencies", []):
            if comp["key"] in seen:
                fail(f"competency key {comp['key']} appears twice")
            seen.add(comp["key"])
    if not seen:
        fail("it has no competencies")


def load_framework(session: Session, data: dict[str, Any]) -> uuid.UUID | None:
    """Add the framework in ``data`` unless this version (or a later one) is present.

    A newer version retires the active one; old rows stay, so old ratings keep their
    wording. Returns the new version's id, or None when nothing was added.
    """
    framework = session.scalar(select(Framework).where(Framework.key == data["key"]))
    if framework is None:
        framework = Framework(key=data["key"], name=data["name"])
        session.add(framework)
        session.flush()
    existing = session.scalars(
        select(FrameworkVersion).where(FrameworkVersion.framework_id == framework.id)
    ).all()
    if any(v.number >= int(data["version"]) for v in existing):
        return None
    now = utcnow()
    for old in existing:
        if old.status == FrameworkStatus.ACTIVE:
            old.status = FrameworkStatus.RETIRED
            old.retired_at = now
    version = FrameworkVersion(
        framework_id=framework.id,
        number=int(data["version"]),
        status=FrameworkStatus.ACTIVE,
        description=data.get("description", ""),
        change_note=data.get("change_note", ""),
        activated_at=now,
    )
    session.add(version)
    session.flush()
    for pos, level in enumerate(data["scale"]):
        session.add(
            ScaleLevel(
                framework_version_id=version.id,
                value=level["value"],
                code=level["code"],
                label=level["label"],
                anchor=level["anchor"],
                requires_comment=bool(level.get("requires_comment")),
                is_not_observed=bool(level.get("is_not_observed")),
                position=pos,
            )
        )
    for phase, expected in data.get("phase_expectations", {}).items():
        session.add(
            PhaseExpectation(
                framework_version_id=version.id,
                phase=PlacementPhase(phase),
                expected_value=int(expected),
            )
        )
    for dpos, d in enumerate(data["domains"]):
        domain = Domain(
            framework_version_id=version.id,
            key=d["key"],
            name=d["name"],
            description=d.get("description", ""),
            position=dpos,
        )
        session.add(domain)
        session.flush()
        for cpos, c in enumerate(d.get("competencies", [])):
            comp = Competency(
                domain_id=domain.id,
                key=c["key"],
                name=c["name"],
                description=c.get("description", ""),
                position=cpos,
            )
            session.add(comp)
            session.flush()
            for level_value, text in sorted(c.get("anchors", {}).items()):
                session.add(
                    CompetencyAnchor(competency_id=comp.id, level_value=int(level_value), text=text)
                )
    session.flush()
    return version.id


def ensure_default_framework(session: Session) -> bool:
    """Load the shipped default framework if no framework exists yet."""
    if session.scalar(select(FrameworkVersion.id).limit(1)) is not None:
        return False
    load_framework(session, read_framework_file(resource(*DEFAULT_FRAMEWORK_FILE)))
    return True


def active_version_id(session: Session) -> uuid.UUID | None:
    return session.scalar(
        select(FrameworkVersion.id)
        .where(FrameworkVersion.status == FrameworkStatus.ACTIVE)
        .order_by(FrameworkVersion.activated_at.desc())
        .limit(1)
    )


def applicable_version_id(session: Session, own: uuid.UUID | None) -> uuid.UUID | None:
    """The framework version a placement rates against: the one it names (``own``, its
    ``framework_version_id``), else the active one. The one home of that rule."""
    return own if own is not None else active_version_id(session)


def applicable_version_sql(own: Any, active_id: uuid.UUID | None) -> ColumnElement[uuid.UUID]:
    """``applicable_version_id`` in SQL, over a placement's ``framework_version_id``
    column (``own``), given the active version's id (``active_version_id``)."""
    return func.coalesce(own, literal(active_id, Uuid))


@dataclass(frozen=True)
class LevelInfo:
    id: uuid.UUID
    value: int
    code: str
    label: str
    anchor: str
    requires_comment: bool
    is_not_observed: bool


@dataclass(frozen=True)
class CompetencyInfo:
    id: uuid.UUID
    key: str
    name: str
    description: str
    domain_key: str
    domain_name: str
    anchors: dict[int, str]


@dataclass(frozen=True)
class FrameworkInfo:
    version_id: uuid.UUID
    name: str
    number: int
    levels: tuple[LevelInfo, ...]
    competencies: tuple[CompetencyInfo, ...]
    phase_expectations: dict[str, int]

    def level(self, value: int) -> LevelInfo:
        return next(lv for lv in self.levels if lv.value == value)


def framework_info(session: Session, version_id: uuid.UUID) -> FrameworkInfo:
    """The whole framework version as plain data, for editors, views and reports."""
    version = session.get(FrameworkVersion, version_id)
    if version is None:
        raise LookupError(f"framework version {version_id} does not exist")
    levels = tuple(
        LevelInfo(
            lv.id, lv.value, lv.code, lv.label, lv.anchor, lv.requires_comment, lv.is_not_observed
        )
        for lv in version.levels
    )
    comps = []
    for domain in version.domains:
        for c in domain.competencies:
            comps.append(
                CompetencyInfo(
                    c.id,
                    c.key,
                    c.name,
                    c.description,
                    domain.key,
                    domain.name,
                    {a.level_value: a.text for a in c.anchors},
                )
            )
    expectations = {
        str(p.phase): p.expected_value
        for p in session.scalars(
            select(PhaseExpectation).where(PhaseExpectation.framework_version_id == version_id)
        )
    }
    return FrameworkInfo(
        version.id, version.framework.name, version.number, levels, tuple(comps), expectations
    )
