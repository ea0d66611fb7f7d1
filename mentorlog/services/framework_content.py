"""The signed content of an imported framework version: its levels with their wording,
domains, competencies with their behavioural anchors, and phase expectations (one of the
kinds of record_content.py, kept apart for its length).

Every language is signed: a version in another language than English carries its
``language``, and a row with translations its ``translations`` (canonical JSON, like the
rest), so a changed translation is a changed content; a version with neither reads
exactly as it did before languages came, and its signature still holds."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    CompetencyAnchor,
    Domain,
    Framework,
    FrameworkVersion,
    PhaseExpectation,
    ScaleLevel,
)
from mentorlog.services.raw_rows import hexid as _id
from mentorlog.services.raw_rows import hexkey as _key
from mentorlog.services.signed_rows import Ids, select_raw, signed_rows, text


def _translated(content: Any, stored: Any) -> Any:
    """``content`` with the row's translations (as stored, JSON text or a dict) added, if
    it has any: to a dict as its ``translations``, to a list as its last item."""
    value = json.loads(stored) if isinstance(stored, str) else stored
    if not value:
        return content
    if isinstance(content, list):
        return [*content, value]
    return {**content, "translations": value}


def framework_versions(session: Session, ids: Ids) -> dict[str, Any]:
    """The content of each framework version (a ``record_content`` loader)."""
    v = FrameworkVersion
    stmt = select_raw(
        session,
        v.id,
        Framework.key,
        Framework.name,
        v.number,
        v.description,
        v.change_note,
        v.language,
        v.translations,
    ).join(Framework, Framework.id == v.framework_id)
    out: dict[str, Any] = {}
    for r in signed_rows(session, stmt, v.id, "framework_version", ids):
        content = {
            "kind": "framework_version",
            "id": _id(r.id),
            "framework": r.key,
            "name": text(r.name),
            "number": int(r.number),
            "description": text(r.description),
            "change_note": text(r.change_note),
            "levels": [],
            "domains": {},
            "expectations": [],
        }
        if r.language != "en":
            content["language"] = r.language
        out[_key(r.id)] = _translated(content, r.translations)
    lv = ScaleLevel
    stmt = select_raw(
        session,
        lv.framework_version_id,
        lv.value,
        lv.code,
        lv.label,
        lv.anchor,
        lv.requires_comment,
        lv.is_not_observed,
        lv.position,
        lv.translations,
    )
    for r in signed_rows(session, stmt, lv.framework_version_id, "framework_version", ids):
        level = [
            int(r.value),
            r.code,
            r.label,
            r.anchor,
            bool(r.requires_comment),
            bool(r.is_not_observed),
            int(r.position),
        ]
        out[_key(r.framework_version_id)]["levels"].append(_translated(level, r.translations))
    d = Domain
    stmt = select_raw(
        session,
        d.id,
        d.framework_version_id,
        d.key,
        d.name,
        d.description,
        d.position,
        d.translations,
    )
    domains: dict[str, dict[str, Any]] = {}
    for r in signed_rows(session, stmt, d.framework_version_id, "framework_version", ids):
        domain = {
            "name": r.name,
            "description": text(r.description),
            "position": int(r.position),
            "competencies": {},
        }
        domains[_key(r.id)] = out[_key(r.framework_version_id)]["domains"][r.key] = _translated(
            domain, r.translations
        )
    comps: dict[str, dict[str, Any]] = {}
    if domains:
        c = Competency
        stmt = select_raw(
            session, c.id, c.domain_id, c.key, c.name, c.description, c.position, c.translations
        )
        for r in signed_rows(session, stmt, c.domain_id, "", [uuid.UUID(d) for d in domains]):
            comp = {
                "name": r.name,
                "description": text(r.description),
                "position": int(r.position),
                "anchors": [],
            }
            comps[_key(r.id)] = domains[_key(r.domain_id)]["competencies"][r.key] = _translated(
                comp, r.translations
            )
    if comps:
        a = CompetencyAnchor
        stmt = select_raw(session, a.competency_id, a.level_value, a.text, a.translations)
        for r in signed_rows(session, stmt, a.competency_id, "", [uuid.UUID(c) for c in comps]):
            anchor = [int(r.level_value), r.text]
            comps[_key(r.competency_id)]["anchors"].append(_translated(anchor, r.translations))
    e = PhaseExpectation
    stmt = select_raw(session, e.framework_version_id, e.phase, e.expected_value)
    for r in signed_rows(session, stmt, e.framework_version_id, "framework_version", ids):
        out[_key(r.framework_version_id)]["expectations"].append(
            [text(r.phase), int(r.expected_value)]
        )
    for content in out.values():
        content["levels"].sort()
        content["expectations"].sort()
        for domain in content["domains"].values():
            for comp in domain["competencies"].values():
                comp["anchors"].sort()
    return out
