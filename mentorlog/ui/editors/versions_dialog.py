"""Every version of an observation: who wrote each and when, why it was amended, which one is
current, and the chosen version's content to read (never to change)."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import signoff_state
from mentorlog.services.observations import ObservationView
from mentorlog.services.signoff import VersionView
from mentorlog.ui import formats, labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.dates import moment_text
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.rows_model import RowsModel
from mentorlog.ui.wording import fill, translate

VERSION, WRITTEN_BY, WRITTEN_AT, REASON, CURRENT = range(5)


class VersionsModel(RowsModel[VersionView]):
    def headers(self) -> list[str]:
        return [
            translate("VersionsModel", "Version"),
            translate("VersionsModel", "Written by"),
            translate("VersionsModel", "When"),
            translate("VersionsModel", "Reason"),
            translate("VersionsModel", "Current"),
        ]

    def cell(self, row: VersionView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                VERSION: str(row.version),
                WRITTEN_BY: row.written_by,
                WRITTEN_AT: moment_text(row.written_at),
                REASON: row.amendment_reason
                or (translate("VersionsModel", "First version") if row.version == 1 else ""),
                CURRENT: translate("VersionsModel", "Current") if row.is_current else "",
            }.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == REASON:
            return row.amendment_reason or None
        if role == Qt.ItemDataRole.FontRole and row.is_current:
            font = QFont()
            font.setBold(True)
            return font
        return None


def content_html(view: ObservationView, version: VersionView | None) -> str:
    """One version, as it was written, for reading."""
    esc = html.escape
    if version is not None and version.is_current:
        title = translate("VersionsModel", "Version %1 · current")
    else:
        title = translate("VersionsModel", "Version %1")
    title = fill(title, version.version if version else "")
    when = [labels.short_date(view.observed_on), labels.shift(view.shift)]
    if view.duration_minutes:
        when.append(formats.hours_and_minutes(view.duration_minutes))
    when.extend(v for v in (view.setting, view.situation_type) if v)
    parts = [
        f"<h3>{esc(title)}</h3>",
        f"<p><b>{esc(' · '.join(when))}</b> — {esc(view.author_name)}</p>",
        "<p style='white-space: pre-wrap'>" + esc(view.narrative) + "</p>",
    ]
    if view.ratings:
        items = []
        for r in view.ratings:
            line = f"{esc(r.competency_key)} {esc(r.competency_name)}: <b>{esc(r.level_code)}</b>"
            line += f" {esc(r.level_label)}"
            if r.not_responding_to_training:
                line += " · " + esc(translate("VersionsModel", "not responding to training"))
            if r.comment:
                line += f" — <i>{esc(r.comment)}</i>"
            items.append(f"<li>{line}</li>")
        ratings = translate("VersionsModel", "Ratings")
        parts.append(f"<p><b>{esc(ratings)}</b></p><ul>{''.join(items)}</ul>")
    return "".join(parts)


class VersionsDialog(QDialog):
    """Opens on the current version; choosing a row shows that version's content."""

    def __init__(
        self, ctx: AppContext, observation_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._actor = ctx.actor
        self._request = 0
        self.setObjectName("versionsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Versions of the observation"))
        self.resize(900, 560)

        intro = QLabel(
            self.tr(
                "A signed observation is corrected by amending it: each amendment is a new "
                "version, and earlier versions stay as they were signed."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = VersionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("versionsTable")
        self.table.setAccessibleName(self.tr("Versions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.content = QTextBrowser(self)
        self.content.setObjectName("versionContent")
        self.content.setAccessibleName(self.tr("Content of the chosen version"))
        self.content.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.content)
        split.setSizes([170, 390])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        actor = self._actor
        Op(self, lambda s: signoff_state.observation_versions(s, actor, observation_id)).success(
            self._listed
        ).failure(self._failed).run(ctx)

    def _listed(self, versions: list[VersionView]) -> None:
        self.model.set_rows(versions)
        for column in (VERSION, WRITTEN_BY, WRITTEN_AT, CURRENT):
            self.table.resizeColumnToContents(column)
        current = next((i for i, v in enumerate(versions) if v.is_current), len(versions) - 1)
        if current >= 0:
            self.table.selectRow(current)
        self.table.setFocus()

    def _chosen(self, *_: Any) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        version = self.model.row_at(index.row())
        self._request += 1
        request, actor = self._request, self._actor

        def show(view: ObservationView) -> None:
            if request == self._request:
                self.content.setHtml(content_html(view, version))

        Op(self, lambda s: signoff_state.version_content(s, actor, version.id)).success(
            show
        ).failure(self._failed).run(self.ctx)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def shown_text(self) -> str:
        return self.content.toPlainText()


def open_versions(
    ctx: AppContext, parent: QWidget | None, observation_id: uuid.UUID
) -> VersionsDialog:
    dialog = VersionsDialog(ctx, observation_id, parent)
    dialog.show()
    return dialog
