"""A coordinator's own competency framework: imported from the JSON format of
``resources/frameworks/`` or from an XLSX workbook (one row a competency), listed, and
exported again in either format.

The workbook's first sheet has the columns domain, code, title, description (optional)
and one column per rated level, headed by its value (``1`` … ``7``), holding that level's
behavioural anchor for the competency. An optional sheet ``Scale`` (value, code, label,
anchor, requires_comment, not_observed) names the levels, and an optional sheet
``Framework`` (rows of name and value: key, name, version, description, change_note,
expected_induction … expected_final) the framework; without them the levels are
"Level n", a "not observed" level is added, and the version follows the latest one.

Everything is checked before anything is written (every level of the scale has an anchor
for every competency, codes are unique, phase expectations lie inside the scale); the
message names the competency and level at fault. A new version retires the old one; old
ratings keep the wording they were given under.

Texts in several languages: framework_texts.py (JSON), framework_xlsx.py (``title [nb]``
columns); which one a reader gets: framework_wording.py.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.models import (
    Competency,
    Domain,
    Framework,
    FrameworkStatus,
    FrameworkVersion,
    PhaseExpectation,
    Role,
)
from mentorlog.services import audit, signing
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import NotFoundError, ServiceError
from mentorlog.services.framework_checks import PHASES, validate_framework
from mentorlog.services.framework_texts import joined
from mentorlog.services.framework_wording import languages_of, worded
from mentorlog.services.frameworks import FrameworkFileError, load_framework

IMPORTED = "framework.import"  # the audit action of an import (signed by a person)


@dataclass(frozen=True)
class FrameworkRow:
    key: str
    name: str
    version: int
    status: FrameworkStatus
    version_id: uuid.UUID
    competencies: int
    scale: str  # "1–5", "1–7"
    languages: tuple[str, ...] = ("en",)  # its wording's, its own first


def read_framework(path: Path, session: Session | None = None) -> dict[str, Any]:
    """The framework in a JSON or XLSX file, validated."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise FrameworkFileError(
            msg("Cannot read {file}: {reason}.", file=path.name, reason=str(exc.strerror or exc))
        ) from exc
    if raw[:4] == b"PK\x03\x04":
        from mentorlog.services.framework_xlsx import read_xlsx_framework

        data = read_xlsx_framework(path, raw, _next_version(session, path))
    else:
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise FrameworkFileError(
                msg(
                    "{file} is neither a framework in JSON nor an XLSX workbook ({reason}).",
                    file=path.name,
                    reason=str(exc),
                )
            ) from exc
    validate_framework(data, path.name)
    return data


def _next_version(session: Session | None, path: Path):
    def next_for(key: str) -> int:
        if session is None:
            return 1
        latest = session.scalar(
            select(func.max(FrameworkVersion.number))
            .join(Framework, Framework.id == FrameworkVersion.framework_id)
            .where(Framework.key == key)
        )
        return int(latest or 0) + 1

    return next_for


def import_framework(session: Session, actor: Actor, path: Path) -> FrameworkRow:
    """Add the framework in ``path`` as a new version (coordinators); the version in force
    before is retired. The person who imports it signs the new version's content (its
    wording, services/framework_content.py); the system account, which signs nothing,
    leaves a plain audit event."""
    require_role(actor, Role.COORDINATOR)
    data = read_framework(path, session)
    version_id = load_framework(session, data)
    if version_id is None:
        raise ServiceError(
            msg(
                "Version {version} of {key} (or a later one) is in mentorlog already; give the "
                "file a higher 'version' to replace it.",
                version=str(data["version"]),
                key=data["key"],
            )
        )
    number = int(data["version"])
    detail = {"framework": data["key"], "version": number, "file": path.name}
    if actor.person_id is None:
        audit.record(
            session,
            actor,
            IMPORTED,
            entity_type="framework_version",
            entity_id=version_id,
            detail=detail,
        )
    else:  # the sign-off's version is the framework's: "version 2" means version 2
        signing.sign_and_record(
            session,
            actor,
            IMPORTED,
            "framework_version",
            version_id,
            role=Role.COORDINATOR,
            detail=detail,
            version=number,
        )
    return next(r for r in list_frameworks(session) if r.version_id == version_id)


def list_frameworks(session: Session) -> list[FrameworkRow]:
    """Every version of every framework, the one in force first, named in the reader's
    language."""
    counts = dict(
        session.execute(
            select(Domain.framework_version_id, func.count(Competency.id))
            .join(Competency, Competency.domain_id == Domain.id)
            .group_by(Domain.framework_version_id)
        ).all()
    )
    rows = []
    for version, framework, name in session.execute(
        select(FrameworkVersion, Framework, worded(Framework.name))
        .join(Framework, Framework.id == FrameworkVersion.framework_id)
        .order_by(Framework.name, FrameworkVersion.number.desc())
    ):
        rated = [lv.value for lv in version.levels if not lv.is_not_observed]
        scale = f"{min(rated)}–{max(rated)}" if rated else ""
        rows.append(
            FrameworkRow(
                framework.key,
                name,
                version.number,
                version.status,
                version.id,
                int(counts.get(version.id, 0)),
                scale,
                languages_of(version.language, (lv.translations for lv in version.levels)),
            )
        )
    rows.sort(key=lambda r: r.status != FrameworkStatus.ACTIVE)
    return rows


def version_of(session: Session, key: str, number: int | None = None) -> uuid.UUID:
    """The id of version ``number`` of framework ``key`` (default: the one in force, else
    its latest)."""
    framework = session.scalar(select(Framework).where(Framework.key == key))
    if framework is None or not framework.versions:
        known = ", ".join(sorted({r.key for r in list_frameworks(session)}))
        if not known:
            raise NotFoundError(msg("There is no framework {key} (known: none yet).", key=key))
        raise NotFoundError(
            msg("There is no framework {key} (known: {known}).", key=key, known=known)
        )
    if number is not None:
        version = next((v for v in framework.versions if v.number == number), None)
        if version is None:
            numbers = ", ".join(str(v.number) for v in framework.versions)
            raise NotFoundError(
                msg(
                    "The framework {key} has no version {number} (it has {numbers}).",
                    key=key,
                    number=str(number),
                    numbers=numbers,
                )
            )
        return version.id
    active = [v for v in framework.versions if v.status == FrameworkStatus.ACTIVE]
    return (active or framework.versions)[-1].id


def framework_data(session: Session, key: str) -> dict[str, Any]:
    """The version in force of framework ``key`` (else its latest) in the JSON format,
    every text in every language the version has (framework_texts.py)."""
    version = session.get_one(FrameworkVersion, version_of(session, key))
    framework = version.framework
    own = version.language
    languages = languages_of(own, (lv.translations for lv in version.levels))

    def text(row: Any, field: str) -> str | dict[str, str]:
        return joined(getattr(row, field), (row.translations or {}).get(field), own)

    # The framework's name is kept on the framework, translated (or renamed) on the version.
    names = (version.translations or {}).get("name") or {}
    name = {lang: names.get(lang, framework.name) for lang in languages}
    data: dict[str, Any] = {
        "key": framework.key,
        "language": own,
        **({"languages": list(languages)} if len(languages) > 1 else {}),
        "name": joined(name.pop(own), name, own),
        "version": version.number,
        "description": text(version, "description"),
        "change_note": text(version, "change_note"),
        "scale": [
            {
                "value": lv.value,
                "code": lv.code,
                "label": text(lv, "label"),
                "anchor": text(lv, "anchor"),
                "requires_comment": lv.requires_comment,
                "is_not_observed": lv.is_not_observed,
            }
            for lv in version.levels
        ],
    }
    expectations = {
        str(e.phase): e.expected_value
        for e in session.scalars(
            select(PhaseExpectation).where(PhaseExpectation.framework_version_id == version.id)
        )
    }
    data["phase_expectations"] = {p: expectations[p] for p in PHASES if p in expectations}
    data["domains"] = [
        {
            "key": d.key,
            "name": text(d, "name"),
            "description": text(d, "description"),
            "competencies": [
                {
                    "key": c.key,
                    "name": text(c, "name"),
                    "description": text(c, "description"),
                    "anchors": {str(a.level_value): text(a, "text") for a in c.anchors},
                }
                for c in d.competencies
            ],
        }
        for d in version.domains
        if d.competencies
    ]
    return data


def export_framework(session: Session, actor: Actor, key: str, out: Path) -> Path:
    """Write framework ``key`` to ``out``: XLSX for ``.xlsx``, JSON otherwise."""
    from mentorlog.storage.atomic import write_atomically

    data = framework_data(session, key)
    if out.suffix.lower() == ".xlsx":
        from mentorlog.services.framework_xlsx import xlsx_bytes

        payload = xlsx_bytes(data)
    else:
        payload = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, payload)
    except OSError as exc:
        raise ServiceError(
            msg("Cannot write {file}: {reason}.", file=str(out), reason=str(exc.strerror or exc))
        ) from exc
    audit.record(
        session,
        actor,
        "framework.export",
        entity_type="framework",
        detail={"framework": key, "version": data["version"], "file": out.name},
    )
    return out


def framework_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(framework id, name) of every framework, for the academy's default."""
    names: dict[uuid.UUID, str] = {}
    for fid, name in session.execute(
        select(Framework.id, worded(Framework.name))
        .join(FrameworkVersion, FrameworkVersion.framework_id == Framework.id)
        .order_by(FrameworkVersion.number)
    ):
        names[fid] = name  # named as its latest version names it
    return sorted(names.items(), key=lambda item: item[1].casefold())


def version_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    """(version id, "name (version n)") of the versions in force, for cohorts and
    placements to choose from."""
    return [
        (r.version_id, f"{r.name} (version {r.version})")
        for r in list_frameworks(session)
        if r.status == FrameworkStatus.ACTIVE
    ]
