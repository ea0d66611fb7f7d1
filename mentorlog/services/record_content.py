"""What a signature signs: the canonical content digest of each kind of signed record.

A record's content is the fields a reader relies on: text, ratings and their comments,
dates, author, version, and the framework wording version it was rated against. It is
written as canonical JSON (keys sorted, UTF-8, no whitespace) and hashed with SHA-256:

    digest = sha256(json.dumps(content, sort_keys=True, separators=(",", ":"),
                               ensure_ascii=False).encode("utf-8")).hexdigest()

Ids are 32 lowercase hex digits, dates ISO 8601, times UTC with microseconds. Signing
(services/signing.py) and checking (services/trail_check.py) both read content here, in
bulk and with Core queries, so the two can never disagree on what a record says.

Signed kinds: ``observation`` (one version), ``review`` (one version), ``concern`` (its
closure or escalation), ``goal`` (its completion), ``framework_version`` (an imported
framework) and ``placement`` (its final sign-off).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    CompetencyAnchor,
    Concern,
    Domain,
    Framework,
    FrameworkVersion,
    Goal,
    Observation,
    PhaseExpectation,
    Placement,
    Rating,
    Review,
    ReviewDomainSummary,
    ScaleLevel,
    SignOff,
    goal_competency,
)

SIGNED_KINDS = ("observation", "review", "concern", "goal", "framework_version", "placement")
# Kinds whose record stays editable after signing (a concern can be reopened, a goal or a
# placement edited): a later audited change of the record supersedes the signed state.
SUPERSEDABLE = frozenset({"concern", "goal", "placement"})
_CHUNK = 500


def canonical_json(content: Any) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def digest(content: Any) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


def _id(value: Any) -> str | None:
    if value is None:
        return None
    return value.hex if isinstance(value, uuid.UUID) else uuid.UUID(str(value)).hex


def _day(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# -- which records ---------------------------------------------------------------------


def _where_ids(
    stmt: Select[Any],
    column: Any,
    kind: str,
    ids: Sequence[uuid.UUID] | None,
) -> Iterator[Select[Any]]:
    """``stmt`` for the given ids (in chunks), or for every record of ``kind`` signed."""
    if ids is None:
        signed = select(SignOff.record_id).where(SignOff.record_type == kind)
        yield stmt.where(column.in_(signed))
        return
    for start in range(0, len(ids), _CHUNK):
        yield stmt.where(column.in_(list(ids[start : start + _CHUNK])))


def _rows(
    session: Session, stmt: Select[Any], column: Any, kind: str, ids: Sequence[uuid.UUID] | None
) -> Iterator[Any]:
    for part in _where_ids(stmt, column, kind, ids):
        yield from session.execute(part.execution_options(yield_per=5000))


# -- framework lookups (small tables, read whole) --------------------------------------


class _Framework:
    """Competency, domain and level keys by id, with their framework version's name."""

    def __init__(self, session: Session) -> None:
        versions = {
            vid: f"{key}/v{number}"
            for vid, key, number in session.execute(
                select(FrameworkVersion.id, Framework.key, FrameworkVersion.number).join(
                    Framework, Framework.id == FrameworkVersion.framework_id
                )
            )
        }
        self.domains: dict[uuid.UUID, tuple[str, str]] = {
            did: (key, versions.get(vid, ""))
            for did, key, vid in session.execute(
                select(Domain.id, Domain.key, Domain.framework_version_id)
            )
        }
        self.competencies: dict[uuid.UUID, tuple[str, str]] = {
            cid: (key, self.domains.get(did, ("", ""))[1])
            for cid, key, did in session.execute(
                select(Competency.id, Competency.key, Competency.domain_id)
            )
        }
        self.levels: dict[uuid.UUID, tuple[int, str]] = {
            lid: (int(value), code)
            for lid, value, code in session.execute(
                select(ScaleLevel.id, ScaleLevel.value, ScaleLevel.code)
            )
        }
        self.versions = versions


# -- observations ----------------------------------------------------------------------


def _observations(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    fw = _Framework(session)
    o = Observation
    stmt = select(
        o.id,
        o.lineage_id,
        o.version,
        o.placement_id,
        o.author_id,
        o.observed_on,
        o.shift,
        o.duration_minutes,
        o.setting,
        o.situation_type,
        o.narrative,
        o.visibility,
        o.status,
        o.discussed_with_student,
        o.remedial_minutes,
        o.amendment_reason,
    )
    out: dict[uuid.UUID, Any] = {}
    for r in _rows(session, stmt, o.id, "observation", ids):
        out[r.id] = {
            "kind": "observation",
            "id": _id(r.id),
            "lineage": _id(r.lineage_id),
            "version": int(r.version),
            "placement": _id(r.placement_id),
            "author": _id(r.author_id),
            "observed_on": _day(r.observed_on),
            "shift": _text(r.shift),
            "duration_minutes": int(r.duration_minutes or 0),
            "setting": _text(r.setting),
            "situation_type": _text(r.situation_type),
            "narrative": _text(r.narrative),
            "visibility": _text(r.visibility),
            "status": _text(r.status),
            "discussed_with_student": bool(r.discussed_with_student),
            "remedial_minutes": int(r.remedial_minutes or 0),
            "amendment_reason": _text(r.amendment_reason),
            "ratings": [],
        }
    rt = Rating
    stmt = select(
        rt.observation_id, rt.competency_id, rt.level_id, rt.comment, rt.not_responding_to_training
    )
    for r in _rows(session, stmt, rt.observation_id, "observation", ids):
        content = out.get(r.observation_id)
        if content is None:
            continue
        competency, version = fw.competencies.get(r.competency_id, ("?", ""))
        value, code = fw.levels.get(r.level_id, (-1, "?"))
        content["ratings"].append(
            {
                "competency": competency,
                "framework": version,
                "level": value,
                "level_code": code,
                "comment": _text(r.comment),
                "not_responding_to_training": bool(r.not_responding_to_training),
            }
        )
    for content in out.values():
        content["ratings"].sort(key=lambda x: (x["framework"], x["competency"]))
    return out


# -- reviews ---------------------------------------------------------------------------


def _reviews(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    fw = _Framework(session)
    rv = Review
    stmt = select(
        rv.id,
        rv.lineage_id,
        rv.version,
        rv.placement_id,
        rv.author_id,
        rv.kind,
        rv.held_on,
        rv.overall_progress,
        rv.summary,
        rv.agreed_actions,
        rv.status,
        rv.amendment_reason,
    )
    out: dict[uuid.UUID, Any] = {}
    for r in _rows(session, stmt, rv.id, "review", ids):
        out[r.id] = {
            "kind": "review",
            "id": _id(r.id),
            "lineage": _id(r.lineage_id),
            "version": int(r.version),
            "placement": _id(r.placement_id),
            "author": _id(r.author_id),
            "review_kind": _text(r.kind),
            "held_on": _day(r.held_on),
            "overall_progress": _text(r.overall_progress),
            "summary": _text(r.summary),
            "agreed_actions": _text(r.agreed_actions),
            "status": _text(r.status),
            "amendment_reason": _text(r.amendment_reason),
            "domains": [],
        }
    ds = ReviewDomainSummary
    stmt = select(ds.review_id, ds.domain_id, ds.level_id, ds.summary)
    for r in _rows(session, stmt, ds.review_id, "review", ids):
        content = out.get(r.review_id)
        if content is None:
            continue
        domain, version = fw.domains.get(r.domain_id, ("?", ""))
        level = fw.levels.get(r.level_id) if r.level_id is not None else None
        content["domains"].append(
            {
                "domain": domain,
                "framework": version,
                "level": level[0] if level else None,
                "summary": _text(r.summary),
            }
        )
    for content in out.values():
        content["domains"].sort(key=lambda x: (x["framework"], x["domain"]))
    return out


# -- concerns, goals, placements -------------------------------------------------------


def _concerns(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    c = Concern
    stmt = select(
        c.id,
        c.placement_id,
        c.raised_by_id,
        c.raised_on,
        c.description,
        c.action_plan,
        c.review_on,
        c.status,
        c.outcome,
        c.closed_at,
    )
    return {
        r.id: {
            "kind": "concern",
            "id": _id(r.id),
            "placement": _id(r.placement_id),
            "raised_by": _id(r.raised_by_id),
            "raised_on": _day(r.raised_on),
            "description": _text(r.description),
            "action_plan": _text(r.action_plan),
            "review_on": _day(r.review_on),
            "status": _text(r.status),
            "outcome": _text(r.outcome),
            "closed_at": _moment(r.closed_at),
        }
        for r in _rows(session, stmt, c.id, "concern", ids)
    }


def _goals(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    fw = _Framework(session)
    g = Goal
    stmt = select(
        g.id, g.placement_id, g.author_id, g.title, g.action_plan, g.due_on, g.status, g.review_id
    )
    out = {
        r.id: {
            "kind": "goal",
            "id": _id(r.id),
            "placement": _id(r.placement_id),
            "author": _id(r.author_id),
            "title": _text(r.title),
            "action_plan": _text(r.action_plan),
            "due_on": _day(r.due_on),
            "status": _text(r.status),
            "review": _id(r.review_id),
            "competencies": [],
        }
        for r in _rows(session, stmt, g.id, "goal", ids)
    }
    gc = goal_competency.c
    for r in _rows(session, select(gc.goal_id, gc.competency_id), gc.goal_id, "goal", ids):
        if r.goal_id in out:
            out[r.goal_id]["competencies"].append(
                "/".join(reversed(fw.competencies.get(r.competency_id, ("?", ""))))
            )
    for content in out.values():
        content["competencies"].sort()
    return out


def _placements(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    fw = _Framework(session)
    p = Placement
    stmt = select(
        p.id,
        p.student_id,
        p.prison_id,
        p.unit_id,
        p.cohort_id,
        p.framework_version_id,
        p.starts_on,
        p.ends_on,
        p.phase,
        p.status,
        p.target_hours,
        p.learning_contract,
    )
    return {
        r.id: {
            "kind": "placement",
            "id": _id(r.id),
            "student": _id(r.student_id),
            "prison": _id(r.prison_id),
            "unit": _id(r.unit_id),
            "cohort": _id(r.cohort_id),
            "framework": fw.versions.get(r.framework_version_id, ""),
            "starts_on": _day(r.starts_on),
            "ends_on": _day(r.ends_on),
            "phase": _text(r.phase),
            "status": _text(r.status),
            "target_hours": int(r.target_hours or 0),
            "learning_contract": _text(r.learning_contract),
        }
        for r in _rows(session, stmt, p.id, "placement", ids)
    }


def _framework_versions(session: Session, ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, Any]:
    v = FrameworkVersion
    stmt = select(v.id, Framework.key, Framework.name, v.number, v.description, v.change_note).join(
        Framework, Framework.id == v.framework_id
    )
    out: dict[uuid.UUID, Any] = {}
    for r in _rows(session, stmt, v.id, "framework_version", ids):
        out[r.id] = {
            "kind": "framework_version",
            "id": _id(r.id),
            "framework": r.key,
            "name": _text(r.name),
            "number": int(r.number),
            "description": _text(r.description),
            "change_note": _text(r.change_note),
            "levels": [],
            "domains": {},
            "expectations": [],
        }
    lv = ScaleLevel
    stmt = select(
        lv.framework_version_id,
        lv.value,
        lv.code,
        lv.label,
        lv.anchor,
        lv.requires_comment,
        lv.is_not_observed,
        lv.position,
    )
    for r in _rows(session, stmt, lv.framework_version_id, "framework_version", ids):
        out[r.framework_version_id]["levels"].append(
            [
                int(r.value),
                r.code,
                r.label,
                r.anchor,
                bool(r.requires_comment),
                bool(r.is_not_observed),
                int(r.position),
            ]
        )
    d = Domain
    stmt = select(d.id, d.framework_version_id, d.key, d.name, d.description, d.position)
    domains: dict[uuid.UUID, dict[str, Any]] = {}
    for r in _rows(session, stmt, d.framework_version_id, "framework_version", ids):
        domains[r.id] = out[r.framework_version_id]["domains"][r.key] = {
            "name": r.name,
            "description": _text(r.description),
            "position": int(r.position),
            "competencies": {},
        }
    comps: dict[uuid.UUID, dict[str, Any]] = {}
    if domains:
        c = Competency
        stmt = select(c.id, c.domain_id, c.key, c.name, c.description, c.position)
        for r in _rows(session, stmt, c.domain_id, "", list(domains)):
            comps[r.id] = domains[r.domain_id]["competencies"][r.key] = {
                "name": r.name,
                "description": _text(r.description),
                "position": int(r.position),
                "anchors": [],
            }
    if comps:
        a = CompetencyAnchor
        stmt = select(a.competency_id, a.level_value, a.text)
        for r in _rows(session, stmt, a.competency_id, "", list(comps)):
            comps[r.competency_id]["anchors"].append([int(r.level_value), r.text])
    e = PhaseExpectation
    stmt = select(e.framework_version_id, e.phase, e.expected_value)
    for r in _rows(session, stmt, e.framework_version_id, "framework_version", ids):
        out[r.framework_version_id]["expectations"].append([_text(r.phase), int(r.expected_value)])
    for content in out.values():
        content["levels"].sort()
        content["expectations"].sort()
        for domain in content["domains"].values():
            for comp in domain["competencies"].values():
                comp["anchors"].sort()
    return out


_LOADERS: dict[str, Callable[[Session, Sequence[uuid.UUID] | None], dict[uuid.UUID, Any]]] = {
    "observation": _observations,
    "review": _reviews,
    "concern": _concerns,
    "goal": _goals,
    "placement": _placements,
    "framework_version": _framework_versions,
}


def contents(
    session: Session, kind: str, ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, Any]:
    """The content of each record of ``kind`` by id (``ids`` None: every record of that
    kind that has a sign-off). Records that no longer exist are left out."""
    loader = _LOADERS.get(kind)
    if loader is None:
        raise ValueError(f"records of type {kind!r} are not signed")
    return loader(session, None if ids is None else list(dict.fromkeys(ids)))


def digests(
    session: Session, kind: str, ids: Iterable[uuid.UUID] | None = None
) -> dict[uuid.UUID, str]:
    """``digest`` of each record's content (see ``contents``)."""
    return {rid: digest(content) for rid, content in contents(session, kind, ids).items()}


def digest_of(session: Session, kind: str, record_id: uuid.UUID) -> str | None:
    """The digest of one record as it is in the database now (after a flush), or None."""
    return digests(session, kind, [record_id]).get(record_id)


def grouped(rows: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    """Items by kind of record, from ``(kind, item)`` pairs."""
    by_kind: dict[str, list[Any]] = defaultdict(list)
    for kind, rid in rows:
        by_kind[kind].append(rid)
    return by_kind
