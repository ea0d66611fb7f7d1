"""A report shown inside the app before it is saved (QtPdf renders the PDF bytes)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class ReportPreview(QDialog):
    """Pages of one PDF, scrolled continuously at the window's width."""

    def __init__(self, pdf: bytes, title: str, pages: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 980)
        # The document reads from the buffer for as long as it is shown, so both are
        # children of the dialog and live exactly as long as it does.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("previewPages")
        self.view.setAccessibleName(self.tr("Report pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        info = QLabel(self.tr("%n page(s). Nothing is saved until you export.", "", pages), self)
        info.setObjectName("previewInfo")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(info)
        layout.addWidget(buttons)
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1.25),
            (QKeySequence.StandardKey.ZoomOut, 0.8),
        ):
            QShortcut(keys, self, activated=lambda s=step: self._zoom(s))
        self.view.setFocus()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()
