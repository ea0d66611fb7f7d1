"""Exporting several reports one job at a time on the serial worker.

A cohort's reports take half a minute or more. Run as one job, they would hold the one
worker that every read and save goes through, and the rest of the app would wait for
them. Here each report is its own job (its own transaction, audited with its file):
whatever else the user does runs between two reports. Cancelling stops before the next
report; every file already written is whole.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from mentorlog.services import report_export as rx
from mentorlog.services.changes import NOTHING, ChangeSet
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op


class BatchExport(QObject):
    """``progressed(done, total, what)`` before and after each report; ``finished`` with
    the ExportResult (``cancelled`` when stopped), or ``failed`` with the exception."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        folder: Path,
        options: rx.ExportOptions,
        *,
        placement_ids: list[uuid.UUID] | None = None,
        cohort_id: uuid.UUID | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._folder, self._options = folder, options
        self._ids = list(placement_ids or [])
        self._cohort_id = cohort_id
        self._actor = ctx.actor
        self._files: list[rx.ExportedFile] = []
        self._changes = NOTHING
        self._skipped: list[str] = []
        self._used: set[str] = set()
        self._summary: Any = None
        self._cancelled = False
        self._done = 0

    @property
    def total(self) -> int:
        return len(self._ids) + (1 if self._cohort_id is not None else 0)

    def start(self) -> None:
        actor, folder, cohort_id, options = (
            self._actor,
            self._folder,
            self._cohort_id,
            self._options,
        )

        def prepare(session: Any) -> tuple[list[uuid.UUID], Any]:
            rx.prepare_folder(folder)
            if cohort_id is None:
                return [], None
            summary = rx.cohort_summary(
                session, actor, cohort_id, date_from=options.date_from, date_to=options.date_to
            )
            placements = rx.cohort_placements(session, actor, cohort_id)
            return [p.placement_id for p in placements], summary

        self._run(prepare, self._prepared)

    def cancel(self) -> None:
        """Stop before the next report."""
        self._cancelled = True

    def _prepared(self, found: tuple[list[uuid.UUID], Any]) -> None:
        ids, self._summary = found
        if self._cohort_id is not None:
            self._ids = ids
        self._next()

    def _next(self) -> None:
        if self._cancelled:
            self._finish(cancelled=True)
            return
        if self._done < len(self._ids):
            self.progressed.emit(self._done, self.total, "")
            placement_id = self._ids[self._done]
            actor, folder, options, used = self._actor, self._folder, self._options, self._used
            self._run(
                lambda s: rx.export_one(s, actor, placement_id, folder, options, used),
                self._one_done,
            )
        elif self._cohort_id is not None and self._summary is not None:
            self.progressed.emit(self._done, self.total, "")
            actor, cohort_id, summary = self._actor, self._cohort_id, self._summary
            folder, options = self._folder, self._options
            self._summary = None  # written once
            self._run(
                lambda s: rx.write_cohort_summary(s, actor, cohort_id, summary, folder, options),
                self._one_done,
            )
        else:
            self._finish(cancelled=False)

    def _one_done(self, exported: rx.ExportedFile | str) -> None:
        if isinstance(exported, str):
            self._skipped.append(exported)
        else:
            self._files.append(exported)
            self.progressed.emit(self._done, self.total, exported.title)
        self._done += 1
        self._next()

    def _finish(self, *, cancelled: bool) -> None:
        self._announce()
        self.finished.emit(
            rx.ExportResult(tuple(self._files), tuple(self._skipped), cancelled=cancelled)
        )

    def _failed(self, exc: BaseException) -> None:
        self._announce()
        self.failed.emit(exc)

    def _announce(self) -> None:
        """What the reports' jobs changed (their audit events), broadcast once, at the end."""
        changes, self._changes = self._changes, NOTHING
        if changes:
            self.ctx.changed.emit(changes)

    def _hold(self, changes: ChangeSet) -> None:
        self._changes |= changes

    def _run(self, work: Callable[[Any], Any], then: Callable[[Any], None]) -> None:
        # Parented to this batch: once it has gone (its dialog closed), results are dropped
        # and the chain stops after the report under way.
        # Reports are long reads: no write lock is held while one is made (its audit
        # event is a short transaction of its own).
        Op(self, work).reading().success(then).failure(self._failed).holding_changes(  # type: ignore[arg-type]
            self._hold
        ).run(self.ctx)
