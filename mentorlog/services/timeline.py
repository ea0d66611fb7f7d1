"""A placement's timeline: observations, reflections, reviews and concerns, newest first.

Filters run in SQL. What each person sees follows the access rules: private notes and
drafts are their author's alone, a student sees only what is published and shared, draft
reviews are for those who write reviews.
"""

from __future__ import annotations

import copy
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, exists, func, select, type_coerce
from sqlalchemy.orm import Session

from mentorlog.models import (
    Competency,
    Concern,
    EntryStatus,
    Observation,
    Person,
    Rating,
    Reflection,
    Review,
    ScaleLevel,
    SignOff,
    SignOffKind,
    Visibility,
)
from mentorlog.services.access import (
    Actor,
    concern_filter,
    observation_filter,
    reflection_filter,
    require_placement,
    review_filter,
)
from mentorlog.services.search import index_matches, search_entries, searchable

SUMMARY_CHARS = 240
# A placement has some hundreds of entries; this only bounds a pathological one.
MAX_PER_KIND = 5000
# Search matches beyond this many are kept in Python rather than sent as an IN list
# (binding a thousand ids costs more than reading the placement's rows once).
MAX_IDS_IN_SQL = 200


class EntryKind(enum.StrEnum):
    OBSERVATION = "observation"
    REFLECTION = "reflection"
    REVIEW = "review"
    CONCERN = "concern"


ALL_KINDS = frozenset(EntryKind)
SEARCHED_KINDS = frozenset({EntryKind.OBSERVATION, EntryKind.REFLECTION})  # full-text


@dataclass(frozen=True)
class TimelineFilter:
    """What to show. Competency and rating level select observations only; text selects
    observations and reflections (what full-text search covers)."""

    kinds: frozenset[EntryKind] = ALL_KINDS
    competency_key: str | None = None
    level_value: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    visibility: Visibility | None = None
    text: str = ""

    @property
    def is_default(self) -> bool:
        return self == TimelineFilter()


@dataclass(frozen=True)
class TimelineEntry:
    """One entry. Values of the domain's vocabularies (shift, review kind, progress,
    concern status) stay untranslated codes; the UI words them."""

    kind: EntryKind
    entry_id: uuid.UUID
    on: date
    title: str  # a reflection's title; a review's kind
    summary: str
    author: str
    visibility: Visibility
    status: str  # draft/published; a concern's own status
    ratings: int = 0  # competencies rated on an observation (not counting "not observed")
    lowest: int | None = None  # its lowest rating
    discussed: bool = False
    snippet: str = ""  # the search match, with search.MARK_START/MARK_END around words
    shift: str = ""
    setting: str = ""
    situation: str = ""
    outcome: str = ""  # a review's overall progress
    author_id: uuid.UUID | None = None
    version: int = 1  # an observation's or review's version (2 and on: amended)
    signed: bool = False  # signed, and so locked
    response: str = ""  # the student's answer to this version: acknowledged or disagreed


@dataclass(frozen=True)
class Timeline:
    entries: tuple[TimelineEntry, ...]
    truncated: bool = False
    searched: bool = False
    counts: dict[EntryKind, int] = field(default_factory=dict)


def _clip(text: str | None) -> str:
    if not text:
        return ""
    if "\n" in text or "  " in text or "\t" in text:
        text = " ".join(text.split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _in_dates(column: Any, flt: TimelineFilter) -> list[ColumnElement[bool]]:
    where = []
    if flt.date_from is not None:
        where.append(column >= flt.date_from)
    if flt.date_to is not None:
        where.append(column <= flt.date_to)
    return where


def _author() -> Any:
    return (Person.given_name + " " + Person.family_name).label("author")


def _rating_figures(
    session: Session, placement_id: uuid.UUID, ids: Sequence[Any]
) -> dict[Any, tuple[int, int]]:
    """(competencies rated, lowest level) per observation of the placement, in one grouped
    query (a correlated pair per row costs twice as much at a thousand rows)."""
    if not ids:
        return {}
    raw_id = type_coerce(Rating.observation_id, String)
    rows = session.execute(
        select(raw_id, func.count(Rating.id), func.min(ScaleLevel.value))
        .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
        .join(Observation, Observation.id == Rating.observation_id)
        .where(Observation.placement_id == placement_id, ScaleLevel.is_not_observed.is_(False))
        .group_by(Rating.observation_id)
    )
    return {r[0]: (int(r[1]), int(r[2])) for r in rows}


def _responses(session: Session, placement_id: uuid.UUID, ids: Sequence[Any]) -> dict[Any, str]:
    """The student's answer (acknowledged or disagreed) per current observation of the
    placement, in one query; an answer to an earlier version does not count."""
    if not ids:
        return {}
    raw_id = type_coerce(SignOff.record_id, String)
    # The placement's observations drive the lookup (IN a subquery, not a join): joined,
    # SQLite walks every sign-off of every observation (~0.2 s at 100k, on each dossier).
    current = select(Observation.id).where(
        Observation.placement_id == placement_id, Observation.is_current.is_(True)
    )
    rows = session.execute(
        select(raw_id, type_coerce(SignOff.kind, String)).where(
            SignOff.record_type == "observation",
            SignOff.record_id.in_(current),
            SignOff.kind.in_([SignOffKind.ACKNOWLEDGED, SignOffKind.DISAGREED]),
        )
    )
    return {r[0]: r[1] for r in rows}


def _observations(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    flt: TimelineFilter,
    only: dict[uuid.UUID, str] | None,
) -> list[TimelineEntry]:
    # Ids stay raw strings until needed: a thousand rows are read when a dossier opens.
    raw_id = type_coerce(Observation.id, String)
    query = (
        select(
            raw_id,
            Observation.observed_on,
            type_coerce(Observation.shift, String),
            Observation.setting,
            Observation.situation_type,
            func.substr(Observation.narrative, 1, SUMMARY_CHARS + 40),
            _author(),
            type_coerce(Observation.visibility, String),
            type_coerce(Observation.status, String),
            Observation.discussed_with_student,
            type_coerce(Observation.author_id, String),
            Observation.version,
            Observation.locked_at.is_not(None),
        )
        .join(Person, Person.id == Observation.author_id)
        .where(
            Observation.placement_id == placement_id,
            Observation.is_current.is_(True),
            Observation.deleted_at.is_(None),
            observation_filter(actor),
            *_in_dates(Observation.observed_on, flt),
        )
    )
    if flt.visibility is not None:
        query = query.where(Observation.visibility == flt.visibility)
    if flt.competency_key is not None or flt.level_value is not None:
        conditions = [Rating.observation_id == Observation.id]
        if flt.competency_key is not None:
            conditions.append(Competency.key == flt.competency_key)
        if flt.level_value is not None:
            conditions.append(ScaleLevel.value == flt.level_value)
        query = query.where(
            exists(
                select(Rating.id)
                .join(Competency, Competency.id == Rating.competency_id)
                .join(ScaleLevel, ScaleLevel.id == Rating.level_id)
                .where(*conditions)
            )
        )
    if only is not None and len(only) <= MAX_IDS_IN_SQL:
        query = query.where(Observation.id.in_(list(only)))
    query = query.order_by(Observation.observed_on.desc(), Observation.created_at.desc())
    rows = session.execute(query.limit(MAX_PER_KIND + 1)).all()
    figures = _rating_figures(session, placement_id, rows)
    responses = _responses(session, placement_id, rows)
    people: dict[str, uuid.UUID] = {}
    entries = []
    for r in rows:
        entry_id = _uuid(r[0])
        if only is not None and entry_id not in only:
            continue
        rated, lowest = figures.get(r[0], (0, None))
        author_id = people.get(r[10]) or people.setdefault(r[10], _uuid(r[10]))
        entries.append(
            TimelineEntry(
                kind=EntryKind.OBSERVATION,
                entry_id=entry_id,
                on=r[1],
                title="",
                shift=r[2] or "",
                setting=r[3] or "",
                situation=r[4] or "",
                summary=_clip(r[5]),
                author=r[6],
                visibility=Visibility(r[7]),
                status=r[8],
                discussed=bool(r[9]),
                ratings=rated,
                lowest=lowest,
                author_id=author_id,
                snippet=only.get(entry_id, "") if only else "",
                version=r[11],
                signed=bool(r[12]),
                response=responses.get(r[0], ""),
            )
        )
    return entries


def _uuid(raw: Any) -> uuid.UUID:
    # SQLite keeps UUIDs as 32 hex digits, PostgreSQL hands back uuid.UUID already.
    return raw if isinstance(raw, uuid.UUID) else uuid.UUID(hex=str(raw))


def _reflection_text(title: str, sections: Any) -> str:
    if isinstance(sections, dict):
        texts = [str(v) for v in sections.values() if isinstance(v, str | int | float) and v != ""]
    else:
        texts = [str(sections or "")]
    return " ".join(texts)


def _reflections(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    flt: TimelineFilter,
    only: dict[uuid.UUID, str] | None,
) -> list[TimelineEntry]:
    query = (
        select(
            Reflection.id,
            Reflection.written_on,
            Reflection.title,
            Reflection.template,
            Reflection.sections,
            _author(),
            Reflection.visibility,
        )
        .join(Person, Person.id == Reflection.author_id)
        .where(
            Reflection.placement_id == placement_id,
            Reflection.deleted_at.is_(None),
            *_in_dates(Reflection.written_on, flt),
        )
    )
    query = query.where(reflection_filter(actor))
    if flt.visibility is not None:
        query = query.where(Reflection.visibility == flt.visibility)
    if only is not None:
        query = query.where(Reflection.id.in_(list(only)))
    query = query.order_by(Reflection.written_on.desc(), Reflection.created_at.desc()).limit(
        MAX_PER_KIND + 1
    )
    return [
        TimelineEntry(
            kind=EntryKind.REFLECTION,
            entry_id=r[0],
            on=r[1],
            title=r[2] or "",
            summary=_clip(_reflection_text(r[2], r[4])),
            author=r[5],
            visibility=Visibility(r[6]),
            status=EntryStatus.PUBLISHED,
            snippet=only.get(r[0], "") if only else "",
        )
        for r in session.execute(query)
    ]


def _reviews(
    session: Session, actor: Actor, placement_id: uuid.UUID, flt: TimelineFilter
) -> list[TimelineEntry]:
    query = (
        select(
            Review.id,
            Review.held_on,
            Review.kind,
            Review.summary,
            _author(),
            Review.status,
            Review.overall_progress,
            Review.version,
            Review.locked_at.is_not(None),
        )
        .join(Person, Person.id == Review.author_id)
        .where(
            Review.placement_id == placement_id,
            Review.is_current.is_(True),
            Review.deleted_at.is_(None),
            *_in_dates(Review.held_on, flt),
        )
    )
    query = query.where(review_filter(actor))
    query = query.order_by(Review.held_on.desc(), Review.created_at.desc())
    query = query.limit(MAX_PER_KIND + 1)
    return [
        TimelineEntry(
            kind=EntryKind.REVIEW,
            entry_id=r[0],
            on=r[1],
            title=str(r[2]),
            summary=_clip(r[3]),
            author=r[4],
            visibility=Visibility.SHARED,
            status=str(r[5]),
            outcome=str(r[6]),
            version=r[7],
            signed=bool(r[8]),
        )
        for r in session.execute(query)
    ]


def _concerns(
    session: Session, actor: Actor, placement_id: uuid.UUID, flt: TimelineFilter
) -> list[TimelineEntry]:
    query = (
        select(
            Concern.id,
            Concern.raised_on,
            Concern.description,
            _author(),
            Concern.status,
        )
        .join(Person, Person.id == Concern.raised_by_id)
        .where(
            Concern.placement_id == placement_id,
            Concern.deleted_at.is_(None),
            concern_filter(actor),
            *_in_dates(Concern.raised_on, flt),
        )
        .order_by(Concern.raised_on.desc(), Concern.created_at.desc())
        .limit(MAX_PER_KIND + 1)
    )
    return [
        TimelineEntry(
            kind=EntryKind.CONCERN,
            entry_id=r[0],
            on=r[1],
            title="",
            summary=_clip(r[2]),
            author=r[3],
            visibility=Visibility.SHARED,
            status=str(r[4]),
        )
        for r in session.execute(query)
    ]


def list_timeline(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    flt: TimelineFilter | None = None,
) -> Timeline:
    """The placement's entries ``actor`` may see that pass ``flt``, newest first."""
    flt = flt or TimelineFilter()
    require_placement(session, actor, placement_id)
    kinds = set(flt.kinds)
    if flt.competency_key is not None or flt.level_value is not None:
        kinds &= {EntryKind.OBSERVATION}
    if flt.visibility == Visibility.PRIVATE:
        kinds -= {EntryKind.REVIEW, EntryKind.CONCERN}  # never private notes
    searched = searchable(flt.text)
    # Per kind, the entries the search matched (id -> snippet); None: no search.
    matched: dict[EntryKind, dict[uuid.UUID, str] | None] = {
        EntryKind.OBSERVATION: None,
        EntryKind.REFLECTION: None,
    }
    if searched:
        kinds &= SEARCHED_KINDS
        hits = search_entries(session, actor, flt.text, placement_id, limit=None)
        for kind in matched:
            matched[kind] = {h.entry_id: h.snippet for h in hits if h.kind == kind}
    groups: list[list[TimelineEntry]] = []
    if EntryKind.OBSERVATION in kinds:
        groups.append(
            _observations(session, actor, placement_id, flt, matched[EntryKind.OBSERVATION])
        )
    if EntryKind.REFLECTION in kinds:
        groups.append(
            _reflections(session, actor, placement_id, flt, matched[EntryKind.REFLECTION])
        )
    if EntryKind.REVIEW in kinds:
        groups.append(_reviews(session, actor, placement_id, flt))
    if EntryKind.CONCERN in kinds:
        groups.append(_concerns(session, actor, placement_id, flt))
    truncated = any(len(g) > MAX_PER_KIND for g in groups)
    entries = [e for g in groups for e in g[:MAX_PER_KIND]]
    # Each kind arrives newest first (by date, then time written); a stable sort by date
    # keeps that order within a day.
    entries.sort(key=lambda e: e.on, reverse=True)
    counts = {kind: 0 for kind in EntryKind}
    for entry in entries:
        counts[entry.kind] += 1
    return Timeline(tuple(entries), truncated, searched, counts)


def search_timeline(
    session: Session, actor: Actor, placement_id: uuid.UUID, timeline: Timeline, text: str
) -> Timeline:
    """``timeline`` (read for ``actor`` without a search) kept to the entries whose text
    matches ``text``, each with its snippet: what list_timeline would answer with ``text``
    added to the same filter, without reading a thousand entries again on every keystroke.
    Only entries already in ``timeline`` can come back, so the access rules it was read
    under still hold."""
    require_placement(session, actor, placement_id)
    if not searchable(text):
        return timeline
    matches = index_matches(session, text, placement_id)
    entries = []
    for entry in timeline.entries:
        snippet = matches.get(entry.entry_id.hex) if entry.kind in SEARCHED_KINDS else None
        if snippet is not None:
            found = copy.copy(entry)  # frozen: replace() is ten times slower at this size
            object.__setattr__(found, "snippet", snippet)
            entries.append(found)
    counts = {kind: 0 for kind in EntryKind}
    for entry in entries:
        counts[entry.kind] += 1
    return Timeline(tuple(entries), timeline.truncated, True, counts)
