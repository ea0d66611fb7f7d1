"""What a signature signs: the canonical content digest of each kind of signed record.

A record's content is the fields a reader relies on: text, ratings and their comments,
dates, author, version, and the framework wording version it was rated against. It is
written as canonical JSON (keys sorted, UTF-8, no whitespace) and hashed with SHA-256:

    digest = sha256(json.dumps(content, sort_keys=True, separators=(",", ":"),
                               ensure_ascii=False).encode("utf-8")).hexdigest()

Ids are 32 lowercase hex digits, dates ISO 8601, times UTC with microseconds; a rating
is the list ``[framework version, competency key, level, level code, comment, not
responding to training]``, ratings sorted. Signing
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
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    Concern,
    Domain,
    Framework,
    FrameworkVersion,
    Goal,
    Observation,
    Placement,
    Rating,
    Review,
    ReviewDomainSummary,
    ScaleLevel,
    goal_competency,
)
from mentorlog.services.raw_rows import (
    hexid,
    hexkey,
    id_reader,
    iso_day,
    iso_moment,
    key_reader,
)
from mentorlog.services.signed_rows import Ids, Span, select_raw, signed_rows, text

SIGNED_KINDS = ("observation", "review", "concern", "goal", "framework_version", "placement")
# Kinds whose record stays editable after signing (a concern can be reopened, a goal or a
# placement edited): a later audited change of the record supersedes the signed state.
SUPERSEDABLE = frozenset({"concern", "goal", "placement"})


# What json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False) does,
# without building an encoder for each record.
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(content: Any) -> bytes:
    return _ENCODER.encode(content).encode("utf-8")


def digest(content: Any) -> str:
    return hashlib.sha256(canonical_json(content)).hexdigest()


_id = hexid
_key = hexkey  # a record's own id, keying the contents
_day = iso_day
_moment = iso_moment


# -- framework lookups (small tables, read whole) --------------------------------------


class _Framework:
    """Competency, domain and level keys by id, with their framework version's name."""

    def __init__(self, session: Session) -> None:
        run = session.connection().execute
        versions = {
            _id(vid): f"{key}/v{number}"
            for vid, key, number in run(
                select_raw(
                    session, FrameworkVersion.id, Framework.key, FrameworkVersion.number
                ).join(Framework, Framework.id == FrameworkVersion.framework_id)
            )
        }
        self.domains: dict[str | None, tuple[str, str]] = {
            _id(did): (key, versions.get(_id(vid), ""))
            for did, key, vid in run(
                select_raw(session, Domain.id, Domain.key, Domain.framework_version_id)
            )
        }
        self.competencies: dict[str | None, tuple[str, str]] = {
            _id(cid): (key, self.domains.get(_id(did), ("", ""))[1])
            for cid, key, did in run(
                select_raw(session, Competency.id, Competency.key, Competency.domain_id)
            )
        }
        self.levels: dict[str | None, tuple[int, str]] = {
            _id(lid): (int(value), code)
            for lid, value, code in run(
                select_raw(session, ScaleLevel.id, ScaleLevel.value, ScaleLevel.code)
            )
        }
        self.versions = versions


# -- observations ----------------------------------------------------------------------


def _observations(session: Session, ids: Ids) -> dict[str, Any]:
    fw = _Framework(session)
    o = Observation
    stmt = select_raw(
        session,
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
    out: dict[str, Any] = {}
    name = session.get_bind().dialect.name
    rid, key = id_reader(name), key_reader(name)
    for (
        obs_id,
        lineage,
        version,
        placement,
        author,
        observed_on,
        shift,
        minutes,
        setting,
        situation,
        narrative,
        visibility,
        status,
        discussed,
        remedial,
        reason,
    ) in signed_rows(session, stmt, o.id, "observation", ids, named=False):
        own = key(obs_id)
        out[own] = {
            "kind": "observation",
            "id": own,
            "lineage": rid(lineage),
            "version": version,
            "placement": rid(placement),
            "author": rid(author),
            "observed_on": _day(observed_on),
            "shift": shift or "",
            "duration_minutes": minutes or 0,
            "setting": setting or "",
            "situation_type": situation or "",
            "narrative": narrative or "",
            "visibility": visibility or "",
            "status": status or "",
            "discussed_with_student": bool(discussed),
            "remedial_minutes": remedial or 0,
            "amendment_reason": reason or "",
            "ratings": [],
        }
    rt = Rating
    stmt = select_raw(
        session,
        rt.observation_id,
        rt.competency_id,
        rt.level_id,
        rt.comment,
        rt.not_responding_to_training,
    )
    competencies, levels = fw.competencies, fw.levels
    unknown_competency, unknown_level = ("?", ""), (-1, "?")
    for obs_id, competency_id, level_id, comment, nrt in signed_rows(
        session, stmt, rt.observation_id, "observation", ids, every=True, named=False
    ):
        content = out.get(key(obs_id))
        if content is None:
            continue
        competency, framework = competencies.get(rid(competency_id), unknown_competency)
        value, code = levels.get(rid(level_id), unknown_level)
        # [framework version, competency, level, its code, comment, not responding]
        content["ratings"].append([framework, competency, value, code, comment or "", bool(nrt)])
    for content in out.values():
        content["ratings"].sort()
    return out


# -- reviews ---------------------------------------------------------------------------


def _reviews(session: Session, ids: Ids) -> dict[str, Any]:
    fw = _Framework(session)
    rv = Review
    stmt = select_raw(
        session,
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
    out: dict[str, Any] = {}
    for r in signed_rows(session, stmt, rv.id, "review", ids):
        out[_key(r.id)] = {
            "kind": "review",
            "id": _id(r.id),
            "lineage": _id(r.lineage_id),
            "version": int(r.version),
            "placement": _id(r.placement_id),
            "author": _id(r.author_id),
            "review_kind": text(r.kind),
            "held_on": _day(r.held_on),
            "overall_progress": text(r.overall_progress),
            "summary": text(r.summary),
            "agreed_actions": text(r.agreed_actions),
            "status": text(r.status),
            "amendment_reason": text(r.amendment_reason),
            "domains": [],
        }
    ds = ReviewDomainSummary
    stmt = select_raw(session, ds.review_id, ds.domain_id, ds.level_id, ds.summary)
    for r in signed_rows(session, stmt, ds.review_id, "review", ids):
        content = out.get(_key(r.review_id))
        if content is None:
            continue
        domain, version = fw.domains.get(_id(r.domain_id), ("?", ""))
        level = fw.levels.get(_id(r.level_id)) if r.level_id is not None else None
        content["domains"].append(
            {
                "domain": domain,
                "framework": version,
                "level": level[0] if level else None,
                "summary": text(r.summary),
            }
        )
    for content in out.values():
        content["domains"].sort(key=lambda x: (x["framework"], x["domain"]))
    return out


# -- concerns, goals, placements -------------------------------------------------------


def _concerns(session: Session, ids: Ids) -> dict[str, Any]:
    c = Concern
    stmt = select_raw(
        session,
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
        _key(r.id): {
            "kind": "concern",
            "id": _id(r.id),
            "placement": _id(r.placement_id),
            "raised_by": _id(r.raised_by_id),
            "raised_on": _day(r.raised_on),
            "description": text(r.description),
            "action_plan": text(r.action_plan),
            "review_on": _day(r.review_on),
            "status": text(r.status),
            "outcome": text(r.outcome),
            "closed_at": _moment(r.closed_at),
        }
        for r in signed_rows(session, stmt, c.id, "concern", ids)
    }


def _goals(session: Session, ids: Ids) -> dict[str, Any]:
    fw = _Framework(session)
    g = Goal
    stmt = select_raw(
        session,
        g.id,
        g.placement_id,
        g.author_id,
        g.title,
        g.action_plan,
        g.due_on,
        g.status,
        g.review_id,
    )
    out: dict[str, dict[str, Any]] = {
        _key(r.id): {
            "kind": "goal",
            "id": _id(r.id),
            "placement": _id(r.placement_id),
            "author": _id(r.author_id),
            "title": text(r.title),
            "action_plan": text(r.action_plan),
            "due_on": _day(r.due_on),
            "status": text(r.status),
            "review": _id(r.review_id),
            "competencies": [],
        }
        for r in signed_rows(session, stmt, g.id, "goal", ids)
    }
    gc = goal_competency.c
    for r in signed_rows(
        session, select_raw(session, gc.goal_id, gc.competency_id), gc.goal_id, "goal", ids
    ):
        goal = out.get(_key(r.goal_id))
        if goal is not None:
            goal["competencies"].append(
                "/".join(reversed(fw.competencies.get(_id(r.competency_id), ("?", ""))))
            )
    for content in out.values():
        content["competencies"].sort()
    return out


def _placements(session: Session, ids: Ids) -> dict[str, Any]:
    fw = _Framework(session)
    p = Placement
    stmt = select_raw(
        session,
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
        _key(r.id): {
            "kind": "placement",
            "id": _id(r.id),
            "student": _id(r.student_id),
            "prison": _id(r.prison_id),
            "unit": _id(r.unit_id),
            "cohort": _id(r.cohort_id),
            "framework": fw.versions.get(_id(r.framework_version_id), ""),
            "starts_on": _day(r.starts_on),
            "ends_on": _day(r.ends_on),
            "phase": text(r.phase),
            "status": text(r.status),
            "target_hours": int(r.target_hours or 0),
            "learning_contract": text(r.learning_contract),
        }
        for r in signed_rows(session, stmt, p.id, "placement", ids)
    }


def _framework_versions(session: Session, ids: Ids) -> dict[str, Any]:
    from mentorlog.services.framework_content import framework_versions

    return framework_versions(session, ids)


_LOADERS: dict[str, Callable[[Session, Ids], dict[str, Any]]] = {
    "observation": _observations,
    "review": _reviews,
    "concern": _concerns,
    "goal": _goals,
    "placement": _placements,
    "framework_version": _framework_versions,
}


def contents(
    session: Session, kind: str, ids: Iterable[uuid.UUID] | Span | None = None
) -> dict[str, Any]:
    """The content of each record of ``kind`` by id, as 32 hex digits (``ids`` None: every
    record of that kind that has a sign-off; a ``Span``: those within it). Records that no
    longer exist are left out."""
    loader = _LOADERS.get(kind)
    if loader is None:
        raise ValueError(f"records of type {kind!r} are not signed")
    if ids is None or isinstance(ids, Span):
        return loader(session, ids)
    return loader(session, list(dict.fromkeys(ids)))


def digests(
    session: Session, kind: str, ids: Iterable[uuid.UUID] | Span | None = None
) -> dict[str, str]:
    """``digest`` of each record's content (see ``contents``)."""
    return {rid: digest(content) for rid, content in contents(session, kind, ids).items()}


def digest_of(session: Session, kind: str, record_id: uuid.UUID) -> str | None:
    """The digest of one record as it is in the database now (after a flush), or None."""
    return digests(session, kind, [record_id]).get(record_id.hex)


def grouped(rows: Iterable[tuple[str, Any]]) -> dict[str, list[Any]]:
    """Items by kind of record, from ``(kind, item)`` pairs."""
    by_kind: dict[str, list[Any]] = defaultdict(list)
    for kind, rid in rows:
        by_kind[kind].append(rid)
    return by_kind
