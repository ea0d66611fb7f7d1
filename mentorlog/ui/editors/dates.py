"""Dates in the editors: converting to and from QDate, and date fields that show dates the
way the rest of the app does (the user's locale; ISO 8601 where the locale is plain C)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from mentorlog.ui import formats


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_format() -> str:
    """The date fields' pattern: the dates beside them read the same (ui/formats.py)."""
    return formats.date_format()


def date_edit(parent: QWidget, name: str, day: date | None = None) -> QDateEdit:
    """A date field with a calendar, showing ``day`` (today by default)."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())
    edit.setDate(to_qdate(day or date.today()))
    return edit


def moment_text(moment: datetime) -> str:
    """A stored UTC moment as the user reads it: their date format and local time."""
    return formats.moment(moment)
