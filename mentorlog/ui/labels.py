"""The words the user sees for the domain's closed vocabularies (phase, shift, status...).

Services hand the UI untranslated codes; every view words them here, once, through Qt's
translation mechanism (context "labels").
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def phase(code: str) -> str:
    return {
        "induction": _t("Induction"),
        "early": _t("Early"),
        "midpoint": _t("Mid-point"),
        "final": _t("Final"),
    }.get(code, code)


def placement_status(code: str) -> str:
    return {
        "planned": _t("Planned"),
        "active": _t("Active"),
        "completed": _t("Completed"),
        "withdrawn": _t("Withdrawn"),
        "interrupted": _t("Interrupted"),
    }.get(code, code)


def shift(code: str) -> str:
    return {
        "early": _t("Early shift"),
        "late": _t("Late shift"),
        "night": _t("Night shift"),
        "day": _t("Day shift"),
    }.get(code, code)


def entry_kind(code: str) -> str:
    return {
        "observation": _t("Observation"),
        "reflection": _t("Reflection"),
        "review": _t("Review"),
        "concern": _t("Concern"),
    }.get(code, code)


def entry_kinds(code: str) -> str:
    """The plural, for "show only ..." choices."""
    return {
        "observation": _t("Observations"),
        "reflection": _t("Reflections"),
        "review": _t("Reviews"),
        "concern": _t("Concerns"),
    }.get(code, code)


def review_kind(code: str) -> str:
    return {"midpoint": _t("Mid-point review"), "final": _t("Final review")}.get(code, code)


def overall_progress(code: str) -> str:
    return {
        "on_track": _t("On track"),
        "needs_support": _t("Needs support"),
        "at_risk": _t("At risk"),
        "passed": _t("Passed"),
        "not_passed": _t("Not passed"),
    }.get(code, code)


def concern_status(code: str) -> str:
    return {
        "open": _t("Open"),
        "monitoring": _t("Monitoring"),
        "resolved": _t("Resolved"),
        "escalated": _t("Escalated"),
    }.get(code, code)


def reflection_template(code: str) -> str:
    return {
        "free_text": _t("Reflection"),
        "gibbs": _t("Gibbs cycle"),
        "socratic": _t("Socratic dialogue"),
    }.get(code, code)


def _format(day: date, form: QLocale.FormatType, iso: str) -> str:
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    # The C locale's formats read oddly ("4 03 2025"); fall back to ISO 8601 there.
    if locale.language() == QLocale.Language.C:
        return qdate.toString(iso)
    return locale.toString(qdate, form)


def short_date(day: date | None) -> str:
    """A date in the user's locale, short form (e.g. 14/03/2025 or 14.03.2025)."""
    return "" if day is None else _format(day, QLocale.FormatType.ShortFormat, "yyyy-MM-dd")


def long_date(day: date | None) -> str:
    return "" if day is None else _format(day, QLocale.FormatType.LongFormat, "d MMMM yyyy")


def days_ago(days: int | None) -> str:
    if days is None:
        return _t("never")
    if days <= 0:
        return _t("today")
    if days == 1:
        return _t("yesterday")
    return QCoreApplication.translate("labels", "%n days ago", "", days)
