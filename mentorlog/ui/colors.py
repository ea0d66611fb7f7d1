"""The few colours mentorlog adds to the system palette, in a light and a dark variant.

Everything else comes from the palette, so the app follows the system's light or dark
appearance; these pick the variant that contrasts with the current window colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget


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


def secondary_text(palette: QPalette | None = None) -> QColor:
    """Quieter than body text yet easy to read (explanations, "saved at" notes): two
    thirds of the way from the window colour to the text colour. A disabled widget's
    grey is for what cannot be used, and too pale to read."""
    palette = palette or QApplication.palette()
    text, window = (
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    mix = 0.68
    return QColor(
        round(window.red() + (text.red() - window.red()) * mix),
        round(window.green() + (text.green() - window.green()) * mix),
        round(window.blue() + (text.blue() - window.blue()) * mix),
    )


def make_secondary(widget: QWidget) -> None:
    """Draw ``widget``'s text (a label) in the secondary colour."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, secondary_text(palette))
    widget.setPalette(palette)
