"""Exporting reports to files, for the command line and the app alike: gather, render,
write each PDF whole (temporary file, fsync, rename) and put the export on the audit trail.

A report that fails, or an export that is cancelled, never leaves a half-written file:
only complete PDFs ever carry their final name.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorlog.i18n import msg
from mentorlog.i18n.messages import speaking
from mentorlog.models import Placement
from mentorlog.reports.content import ALL_SECTIONS, CohortSummary
from mentorlog.services import audit
from mentorlog.services.access import Actor
from mentorlog.services.cohort_data import cohort_placements, cohort_summary
from mentorlog.services.errors import ServiceError
from mentorlog.services.site_time import academy_zone
from mentorlog.storage import atomic as storage_atomic

ProgressFn = Callable[[int, int, str], None]


class ExportCancelled(Exception):
    """Raised by a progress callback to stop an export; files written so far are kept
    (each one whole) and reported, and their audit events are kept too."""


@dataclass(frozen=True)
class ExportOptions:
    date_from: date | None = None
    date_to: date | None = None
    sections: tuple[str, ...] = ALL_SECTIONS
    # The date printed on every page; fixed by tests and benchmarks, else now.
    generated_at: datetime | None = None
    # The reader's language (mentorlog.i18n.LANGUAGES); None: the current language.
    language: str | None = None

    def stamp(self, zone: tzinfo | None = None) -> datetime:
        """When the report is made, in ``zone`` (the academy's) where given."""
        moment = self.generated_at or datetime.now(UTC)
        return moment.astimezone(zone) if zone is not None else moment.astimezone()


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    pages: int
    title: str


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...] = ()
    skipped: tuple[str, ...] = field(default_factory=tuple)  # why a student had no report
    cancelled: bool = False

    @property
    def folder(self) -> Path | None:
        return self.files[0].path.parent if self.files else None


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that it is either complete or absent."""
    require_folder(path.parent)
    try:
        storage_atomic.write_atomically(path, data)
    except OSError as exc:
        raise ServiceError(
            msg("Cannot write {path}: {reason}.", path=path, reason=exc.strerror or exc)
        ) from exc


def require_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ServiceError(msg("The folder {folder} does not exist.", folder=folder))


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def safe_filename(title: str) -> str:
    """A file name from a person's or cohort's name: letters of any script kept, only what
    Windows, macOS or Linux forbid replaced."""
    cleaned = _UNSAFE.sub("-", " ".join(title.split())).strip(" .-")
    return cleaned[:120] or "report"


def student_filename(student: str, options: ExportOptions) -> str:
    period = ""
    if options.date_from or options.date_to:
        period = f" {options.date_from or ''}–{options.date_to or ''}"
    return safe_filename(f"{student} progress report{period}") + ".pdf"


def placement_filename(student: str, starts_on: date, ends_on: date, options: ExportOptions) -> str:
    """One placement's report among several: the student's name and the placement's dates
    (a student's two placements, or two students of one name, are told apart)."""
    period = ""
    if options.date_from or options.date_to:
        period = f", {options.date_from or ''}–{options.date_to or ''}"
    return safe_filename(f"{student} {starts_on}–{ends_on} progress report{period}") + ".pdf"


def unique_path(folder: Path, name: str, used: set[str] | None = None) -> Path:
    """``folder / name``, or with " (2)", " (3)"... when this export has used the name or
    a file of that name is there already: an export never overwrites a file."""
    used = used if used is not None else set()
    stem, suffix = name.rsplit(".", 1) if "." in name else (name, "")
    dot = f".{suffix}" if suffix else ""
    candidate, n = name, 1
    while candidate in used or (folder / candidate).exists():
        n += 1
        candidate = f"{stem} ({n}){dot}"
    used.add(candidate)
    return folder / candidate


def _audit(
    session: Session,
    actor: Actor,
    entity_type: str,
    entity_id: uuid.UUID,
    subject: uuid.UUID | None,
    detail: dict[str, object],
) -> None:
    # A report is a long read: run in a reading session, its event is a short write of
    # its own, so nobody waited for the report to be made.
    audit.record_after_reading(
        session,
        actor,
        "report.export",
        entity_type=entity_type,
        entity_id=entity_id,
        subject_person_id=subject,
        detail=detail,
    )
    # The head printed in the report is a checkpoint: this workstation witnesses it.
    from mentorlog.services import checkpoints

    checkpoints.witness_after_commit(session, "report")


def render_student(
    session: Session, actor: Actor, placement_id: uuid.UUID, options: ExportOptions
) -> tuple[bytes, int, str]:
    """One student's report as PDF bytes (for a preview or a file): pdf, pages, student."""
    return render_placements(session, actor, [placement_id], options)


def render_placements(
    session: Session, actor: Actor, placement_ids: list[uuid.UUID], options: ExportOptions
) -> tuple[bytes, int, str]:
    """A report over placements of one student (newest first; one reads as its own
    report), as of the day it is made: pdf, pages, student."""
    from mentorlog.reports.student_placements import render_student_reports
    from mentorlog.services.report_data import student_reports

    stamp = options.stamp(academy_zone(session))
    with speaking(options.language):  # the data's words too (reasons, labels)
        reports = student_reports(
            session,
            actor,
            placement_ids,
            date_from=options.date_from,
            date_to=options.date_to,
            today=stamp.date(),
        )
        pdf, pages = render_student_reports(reports, generated_at=stamp, sections=options.sections)
    return pdf, pages, reports[0].student


def export_student(
    session: Session, actor: Actor, placement_id: uuid.UUID, out: Path, options: ExportOptions
) -> ExportedFile:
    """Write one student's report to ``out`` (a file path)."""
    require_folder(out.parent)  # before the seconds of rendering
    pdf, pages, student = render_student(session, actor, placement_id, options)
    write_atomically(out, pdf)
    student_id = session.scalar(select(Placement.student_id).where(Placement.id == placement_id))
    _audit(
        session,
        actor,
        "placement",
        placement_id,
        student_id,
        {
            "file": out.name,
            "pages": pages,
            "from": str(options.date_from or ""),
            "to": str(options.date_to or ""),
        },
    )
    return ExportedFile(out, pages, student)


def export_student_placements(
    session: Session,
    actor: Actor,
    placement_ids: list[uuid.UUID],
    out: Path,
    options: ExportOptions,
) -> ExportedFile:
    """Write one report over several placements of a student (newest first) to ``out``."""
    pdf, pages, student = render_placements(session, actor, placement_ids, options)
    write_atomically(out, pdf)
    student_id = session.scalars(
        select(Placement.student_id).where(Placement.id == placement_ids[0])
    ).one()
    _audit(
        session,
        actor,
        "person",
        student_id,
        student_id,
        {"file": out.name, "pages": pages, "placements": len(placement_ids)},
    )
    return ExportedFile(out, pages, student)


def export_students(
    session: Session,
    actor: Actor,
    placement_ids: Iterable[uuid.UUID],
    folder: Path,
    options: ExportOptions,
    progress: ProgressFn | None = None,
    *,
    extra_steps: int = 0,
) -> ExportResult:
    """One PDF per placement into ``folder``. A student with nothing in the period is
    skipped (and named), not a failure of the whole export. ``progress`` may raise to
    cancel; files already written stay whole."""

    ids = list(placement_ids)
    total = len(ids) + extra_steps
    files: list[ExportedFile] = []
    skipped: list[str] = []
    used: set[str] = set()
    try:
        for done, placement_id in enumerate(ids):
            if progress:
                progress(done, total, "")
            exported = export_one(session, actor, placement_id, folder, options, used)
            if isinstance(exported, str):
                skipped.append(exported)
            else:
                files.append(exported)
                if progress:
                    progress(done, total, exported.title)
        if progress:
            progress(len(ids), total, "")
    except ExportCancelled:
        return ExportResult(tuple(files), tuple(skipped), cancelled=True)
    return ExportResult(tuple(files), tuple(skipped))


def export_one(
    session: Session,
    actor: Actor,
    placement_id: uuid.UUID,
    folder: Path,
    options: ExportOptions,
    used: set[str],
) -> ExportedFile | str:
    """One placement's report into ``folder``, as one of several: its file name kept apart
    from those in ``used`` (which gets it). Returns the file written, or why the student
    was left out (nothing in the period)."""
    from mentorlog.services.report_data import EmptyReportError

    try:
        pdf, pages, student = render_student(session, actor, placement_id, options)
    except EmptyReportError as exc:
        return str(exc)
    starts_on, ends_on = session.execute(
        select(Placement.starts_on, Placement.ends_on).where(Placement.id == placement_id)
    ).one()
    path = unique_path(folder, placement_filename(student, starts_on, ends_on, options), used)
    name = path.name
    write_atomically(path, pdf)
    student_id = session.scalar(select(Placement.student_id).where(Placement.id == placement_id))
    _audit(session, actor, "placement", placement_id, student_id, {"file": name, "pages": pages})
    return ExportedFile(path, pages, student)


def export_cohort(
    session: Session,
    actor: Actor,
    cohort_id: uuid.UUID,
    folder: Path,
    options: ExportOptions,
    progress: ProgressFn | None = None,
) -> ExportResult:
    """Every student's report in the cohort, then the cohort summary, into ``folder``."""

    with speaking(options.language):  # the summary's reasons are worded as it is made
        summary = cohort_summary(
            session,
            actor,
            cohort_id,
            date_from=options.date_from,
            date_to=options.date_to,
            today=options.stamp(academy_zone(session)).date(),
        )
    placements = cohort_placements(session, actor, cohort_id)
    result = export_students(
        session,
        actor,
        [p.placement_id for p in placements],
        folder,
        options,
        progress,
        extra_steps=1,
    )
    if result.cancelled:
        return result
    steps = len(placements) + 1
    try:
        if progress:
            progress(len(placements), steps, "cohort summary")
    except ExportCancelled:
        return ExportResult(result.files, result.skipped, cancelled=True)
    written = write_cohort_summary(session, actor, cohort_id, summary, folder, options)
    if progress:
        with contextlib.suppress(ExportCancelled):  # too late to stop: it is all written
            progress(steps, steps, "")
    return ExportResult((*result.files, written), result.skipped)


def write_cohort_summary(
    session: Session,
    actor: Actor,
    cohort_id: uuid.UUID,
    summary: CohortSummary,
    folder: Path,
    options: ExportOptions,
) -> ExportedFile:
    """The cohort summary's PDF into ``folder`` (``summary`` from ``cohort_summary``)."""
    from mentorlog.reports.cohort_summary import render_cohort_summary

    stamp = options.stamp(academy_zone(session))
    with speaking(options.language):
        pdf, pages = render_cohort_summary(summary, generated_at=stamp)
    name = safe_filename(f"{summary.cohort} cohort summary {stamp:%Y-%m-%d}") + ".pdf"
    path = unique_path(folder, name)
    write_atomically(path, pdf)
    _audit(session, actor, "cohort", cohort_id, None, {"file": path.name, "pages": pages})
    return ExportedFile(path, pages, summary.cohort)


def render_cohort(
    session: Session, actor: Actor, cohort_id: uuid.UUID, options: ExportOptions
) -> tuple[bytes, int, str]:
    """The cohort summary as PDF bytes (for a preview): pdf, pages, cohort name."""
    from mentorlog.reports.cohort_summary import render_cohort_summary

    with speaking(options.language):
        summary = cohort_summary(
            session,
            actor,
            cohort_id,
            date_from=options.date_from,
            date_to=options.date_to,
            today=options.stamp(academy_zone(session)).date(),
        )
        pdf, pages = render_cohort_summary(
            summary, generated_at=options.stamp(academy_zone(session))
        )
    return pdf, pages, summary.cohort


def prepare_folder(folder: Path) -> None:
    """Create the output folder for a multi-file export, or say why it cannot be."""
    if folder.exists() and not folder.is_dir():
        raise ServiceError(
            msg("{folder} is a file; choose a folder for several reports.", folder=folder)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(
            msg(
                "Cannot create the folder {folder}: {reason}.",
                folder=folder,
                reason=exc.strerror or exc,
            )
        ) from exc


def warm_up() -> None:
    """Import the renderers and register the fonts now, on the calling (GUI) thread.

    PySide's import hook is not safe to run on a worker thread while the GUI thread is
    busy, and the first report would otherwise pay for ReportLab's import as well.
    """
    from mentorlog.reports import cohort_summary, student_report
    from mentorlog.reports.styles import styles

    del cohort_summary, student_report
    styles()
