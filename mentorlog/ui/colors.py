"""The few colours mentorlog adds to the system palette, in a light and a dark variant.

Everything else comes from the palette, so the app follows the system's light or dark
appearance; these pick the variant that contrasts with the current window colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def attention_text() -> QColor:
    """Text that needs attention (an open concern, a long-unobserved student)."""
    return QColor("#ffb4a9") if is_dark() else QColor("#b3261e")


def attention_background() -> QColor:
    """A soft band behind rows that ask for attention (a competency not observed lately)."""
    return QColor("#4d3a00") if is_dark() else QColor("#fff3cd")


def match_background() -> QColor:
    """Behind the words a search matched."""
    return QColor("#6b5800") if is_dark() else QColor("#ffe066")


def self_assessment() -> QColor:
    """The student's own ratings in the trend chart, apart from the mentor's."""
    return QColor("#8fd19e") if is_dark() else QColor("#1e7b34")
