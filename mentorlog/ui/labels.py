"""The words the user sees for the domain's closed vocabularies (phase, shift, status...).

Services hand the UI untranslated codes; every view words them here, once, through Qt's
translation mechanism (context "labels").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from mentorlog.ui import formats
from mentorlog.ui.wording import translate


class Labels(QObject):
    """The context of counted labels: pyside6-lupdate reads a count only from a
    ``Class.tr(text, "", n)`` call, not from QCoreApplication.translate."""


def phase(code: str) -> str:
    return {
        "induction": translate("labels", "Induction"),
        "early": translate("labels", "Early"),
        "midpoint": translate("labels", "Mid-point"),
        "final": translate("labels", "Final"),
    }.get(code, code)


def placement_status(code: str) -> str:
    return {
        "planned": translate("labels", "Planned"),
        "active": translate("labels", "Active"),
        "completed": translate("labels", "Completed"),
        "withdrawn": translate("labels", "Withdrawn"),
        "interrupted": translate("labels", "Interrupted"),
    }.get(code, code)


def shift(code: str) -> str:
    return {
        "early": translate("labels", "Early shift"),
        "late": translate("labels", "Late shift"),
        "night": translate("labels", "Night shift"),
        "day": translate("labels", "Day shift"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "observation": translate("labels", "Observation"),
        "reflection": translate("labels", "Reflection"),
        "review": translate("labels", "Review"),
        "concern": translate("labels", "Concern"),
    }.get(code, code)


def entry_kinds(code: str) -> str:
    """The plural, for "show only ..." choices."""
    return {
        "observation": translate("labels", "Observations"),
        "reflection": translate("labels", "Reflections"),
        "review": translate("labels", "Reviews"),
        "concern": translate("labels", "Concerns"),
    }.get(code, code)


def review_kind(code: str) -> str:
    return {
        "midpoint": translate("labels", "Mid-point review"),
        "final": translate("labels", "Final review"),
    }.get(code, code)


def overall_progress(code: str) -> str:
    return {
        "on_track": translate("labels", "On track"),
        "needs_support": translate("labels", "Needs support"),
        "at_risk": translate("labels", "At risk"),
        "passed": translate("labels", "Passed"),
        "not_passed": translate("labels", "Not passed"),
    }.get(code, code)


def concern_status(code: str) -> str:
    return {
        "open": translate("labels", "Open"),
        "monitoring": translate("labels", "Monitoring"),
        "resolved": translate("labels", "Resolved"),
        "escalated": translate("labels", "Escalated"),
    }.get(code, code)


def reflection_template(code: str) -> str:
    return {
        "free_text": translate("labels", "Reflection"),
        "gibbs": translate("labels", "Gibbs cycle"),
        "socratic": translate("labels", "Socratic dialogue"),
    }.get(code, code)


def short_date(day: date | None) -> str:
    """A date in the reader's language, short (14/03/2025, 14.03.2025): ui/formats.py."""
    return formats.short_date(day)


def long_date(day: date | None) -> str:
    """A date in words in the reader's language (14 March 2025): ui/formats.py."""
    return formats.long_date(day)


def days_ago(days: int | None) -> str:
    if days is None:
        return translate("labels", "never")
    if days <= 0:
        return translate("labels", "today")
    if days == 1:
        return translate("labels", "yesterday")
    return Labels.tr("%n days ago", "", days)
