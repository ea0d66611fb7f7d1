"""The observation editor's narrative: the text box in a frame whose border and banner say
who will read it (a private note's is dashed amber, for its author's eyes alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from mentorlog.ui.editors.problems import ProblemLabel


class NarrativeFrame(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeFrame")
        self.visibility_banner = QLabel(self)
        self.visibility_banner.setObjectName("visibilityBanner")
        self.visibility_banner.setWordWrap(True)
        label = QLabel(self.tr("&What did you observe?"), self)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setObjectName("narrative")
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(
            self.tr(
                "What happened on the shift, what the student did and said, and how "
                "prisoners and colleagues responded."
            )
        )
        self.narrative.setAccessibleName(self.tr("Narrative"))
        label.setBuddy(self.narrative)
        self.problem = ProblemLabel(self)
        self.narrative.textChanged.connect(self._written)
        layout = QVBoxLayout(self)
        layout.addWidget(self.visibility_banner)
        layout.addWidget(label)
        layout.addWidget(self.narrative, 1)
        layout.addWidget(self.problem)

    def _written(self) -> None:
        # The only narrative problem is that it is empty: once it is not, the red line
        # under it would be wrong until the next save.
        if self.problem.isVisibleTo(self) and self.narrative.toPlainText().strip():
            self.problem.show_problem("")

    def show_visibility(self, private: bool) -> None:
        if private:
            text = self.tr(
                "Private mentor note: only you will see this. It is never shown to the "
                "student or other mentors, nor printed in reports."
            )
            self.visibility_banner.setText(f"<b>{text}</b>")
            style = "QFrame#narrativeFrame { border: 2px dashed #c77800; border-radius: 6px; }"
        else:
            self.visibility_banner.setText(
                self.tr("Shared: the student reads this once it is published.")
            )
            style = "QFrame#narrativeFrame { border: 1px solid palette(mid); border-radius: 6px; }"
        self.setStyleSheet(style)
        self.setProperty("private", private)
