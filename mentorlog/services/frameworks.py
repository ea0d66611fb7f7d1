"""Competency frameworks: loading the shipped default, and reading the one in force."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Uuid, func, literal, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
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
from mentorlog.services.framework_checks import FrameworkFileError as FrameworkFileError
from mentorlog.services.framework_checks import validate_framework
from mentorlog.services.framework_texts import file_language, split
from mentorlog.services.framework_wording import languages_of, reader_language, worded

DEFAULT_FRAMEWORK_FILE = ("frameworks", "dynamic-security.json")


def read_framework_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FrameworkFileError(
            msg("Cannot read the framework file {file}: {reason}", file=path.name, reason=str(exc))
        ) from exc
    validate_framework(data, path.name)
    return data


def load_framework(session: Session, data: dict[str, Any]) -> uuid.UUID | None:
    """Add the framework in ``data`` unless this version (or a later one) is present.

    A newer version retires the active one; old rows stay, so old ratings keep their
    wording. Returns the new version's id, or None when nothing was added.
    """
    own = file_language(data)
    head = _texts(
        own,
        name=data["name"],
        description=data.get("description"),
        change_note=data.get("change_note"),
    )
    framework = session.scalar(select(Framework).where(Framework.key == data["key"]))
    if framework is None:
        framework = Framework(key=data["key"], name=head["name"])
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
        description=head["description"],
        change_note=head["change_note"],
        language=own,
        translations=_version_translations(data["name"], own, framework.name, head["translations"]),
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
                requires_comment=bool(level.get("requires_comment")),
                is_not_observed=bool(level.get("is_not_observed")),
                position=pos,
                **_texts(own, label=level["label"], anchor=level["anchor"]),
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
            position=dpos,
            **_texts(own, name=d["name"], description=d.get("description")),
        )
        session.add(domain)
        session.flush()
        for cpos, c in enumerate(d.get("competencies", [])):
            comp = Competency(
                domain_id=domain.id,
                key=c["key"],
                position=cpos,
                **_texts(own, name=c["name"], description=c.get("description")),
            )
            session.add(comp)
            session.flush()
            for level_value, text in sorted(c.get("anchors", {}).items()):
                session.add(
                    CompetencyAnchor(
                        competency_id=comp.id,
                        level_value=int(level_value),
                        **_texts(own, text=text),
                    )
                )
    session.flush()
    return version.id


def _texts(own: str, **values: Any) -> dict[str, Any]:
    """A row's text columns in the framework's own language, and ``translations``: the
    other languages of each (None: it has none)."""
    row: dict[str, Any] = {}
    translations: dict[str, dict[str, str]] = {}
    for column, value in values.items():
        row[column], others = split(value, own)
        if others:
            translations[column] = others
    row["translations"] = translations or None
    return row


def _version_translations(
    name: Any, own: str, stored_name: str, translations: dict[str, Any] | None
) -> dict[str, Any] | None:
    """A version's translations, with its framework's name in each language the file gives
    it where that differs from the name the framework is stored under (so a later version
    may rename it, or be in another language, and keep an earlier version's name)."""
    names = name if isinstance(name, dict) else {own: name}
    differ = {lang: t.strip() for lang, t in names.items() if t.strip() != stored_name}
    out = {k: v for k, v in (translations or {}).items() if k != "name"}
    if differ:
        out["name"] = differ
    return out or None


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
    language: str = "en"  # the version's own language
    languages: tuple[str, ...] = ("en",)  # the languages its wording is in

    def level(self, value: int) -> LevelInfo:
        return next(lv for lv in self.levels if lv.value == value)


def framework_info(
    session: Session, version_id: uuid.UUID, language: str | None = None
) -> FrameworkInfo:
    """The whole framework version as plain data, for editors, views and reports, worded
    in ``language`` (default: the reader's, mentorlog.i18n.current_language()) where the
    version has it, else in its own (services/framework_wording.py)."""
    lang = reader_language(language)
    head = session.execute(
        select(FrameworkVersion.number, FrameworkVersion.language, worded(Framework.name, lang))
        .join(Framework, Framework.id == FrameworkVersion.framework_id)
        .where(FrameworkVersion.id == version_id)
    ).first()
    if head is None:
        raise LookupError(f"framework version {version_id} does not exist")
    level_rows = session.execute(
        select(
            ScaleLevel.id,
            ScaleLevel.value,
            ScaleLevel.code,
            worded(ScaleLevel.label, lang),
            worded(ScaleLevel.anchor, lang),
            ScaleLevel.requires_comment,
            ScaleLevel.is_not_observed,
            ScaleLevel.translations,
        )
        .where(ScaleLevel.framework_version_id == version_id)
        .order_by(ScaleLevel.position)
    ).all()
    anchors: dict[uuid.UUID, dict[int, str]] = defaultdict(dict)
    for cid, value, text in session.execute(
        select(
            CompetencyAnchor.competency_id,
            CompetencyAnchor.level_value,
            worded(CompetencyAnchor.text, lang),
        )
        .join(Competency, Competency.id == CompetencyAnchor.competency_id)
        .join(Domain, Domain.id == Competency.domain_id)
        .where(Domain.framework_version_id == version_id)
        .order_by(CompetencyAnchor.level_value)
    ):
        anchors[cid][value] = text
    comps = tuple(
        CompetencyInfo(cid, key, name, description, dkey, dname, anchors[cid])
        for cid, key, name, description, dkey, dname in session.execute(
            select(
                Competency.id,
                Competency.key,
                worded(Competency.name, lang),
                worded(Competency.description, lang),
                Domain.key,
                worded(Domain.name, lang),
            )
            .join(Domain, Domain.id == Competency.domain_id)
            .where(Domain.framework_version_id == version_id)
            .order_by(Domain.position, Competency.position)
        )
    )
    expectations = {
        str(p.phase): p.expected_value
        for p in session.scalars(
            select(PhaseExpectation).where(PhaseExpectation.framework_version_id == version_id)
        )
    }
    return FrameworkInfo(
        version_id,
        head.name,
        head.number,
        tuple(LevelInfo(*r[:-1]) for r in level_rows),
        comps,
        expectations,
        head.language,
        languages_of(head.language, (r.translations for r in level_rows)),
    )
