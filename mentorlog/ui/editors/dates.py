"""Dates in the editors: converting to and from QDate, and date fields that show dates the
way the rest of the app does (the user's locale; ISO 8601 where the locale is plain C)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from mentorlog.ui import labels


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_format() -> str:
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"  # as labels.short_date shows dates there
    return locale.dateFormat(QLocale.FormatType.ShortFormat)


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
    local = moment.astimezone()
    return f"{labels.short_date(local.date())} {local:%H:%M}"
