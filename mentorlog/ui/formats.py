"""Dates, times, numbers and sizes as the reader's language writes them: every one the UI
shows goes through here.

The locale is Qt's default one, which ui/language.py sets with the language
(``locale_for``): "14.03.2025 09:30" in Norwegian, "14/03/2025" in French, "1 234" for a
thousand and more in Finnish. Where the locale is plain C (no locale at all, as on a
build server or in the tests) dates stay ISO 8601 and numbers use Python's own forms,
which read well in English and never oddly ("4 03 2025").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from mentorlog.ui.wording import fill, translate

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The locale to write ``language`` in: the system's own when it is that language (a
    Belgian system keeps fr_BE or nl_BE); English on a system without a locale (C) stays
    C; otherwise the language's main country ("en": Great Britain, as the academies'
    English is)."""
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.C and language == "en":
        return system
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Territory.UnitedKingdom)
    return wanted


def _plain(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def _short_pattern(locale: QLocale) -> str:
    """The locale's short date pattern with the year in full: records outlive a century's
    two digits, and Estonian's and Belgian French's "yy" would read 14.03.25."""
    pattern = locale.dateFormat(SHORT)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def short_date(day: date | None) -> str:
    """A date, short: 14/03/2025, 14.03.2025 (ISO 8601 in the C locale); "" for None."""
    if day is None:
        return ""
    locale, qdate = QLocale(), QDate(day.year, day.month, day.day)
    return (
        qdate.toString("yyyy-MM-dd")
        if _plain(locale)
        else locale.toString(qdate, _short_pattern(locale))
    )


def long_date(day: date | None) -> str:
    """A date in words: 14 March 2025, 14. mars 2025; "" for None."""
    if day is None:
        return ""
    locale, qdate = QLocale(), QDate(day.year, day.month, day.day)
    return qdate.toString("d MMMM yyyy") if _plain(locale) else locale.toString(qdate, LONG)


def date_format() -> str:
    """The short date pattern (for date fields, so they read as the dates beside them)."""
    locale = QLocale()
    return "yyyy-MM-dd" if _plain(locale) else _short_pattern(locale)


def _time_format(locale: QLocale, seconds: bool) -> str:
    if _plain(locale):
        return "HH:mm:ss" if seconds else "HH:mm"
    if not seconds:
        return locale.timeFormat(SHORT)
    # The long form without its time zone ("HH:mm:ss tttt"): the moment is local anyway.
    return locale.timeFormat(LONG).replace("tttt", "").replace("t", "").strip()


def time_of_day(moment: datetime, *, seconds: bool = False) -> str:
    """The local time of a stored (UTC) moment: 09:30, 9.30, 09:30:15."""
    local = moment.astimezone()
    locale = QLocale()
    qtime = QTime(local.hour, local.minute, local.second)
    return locale.toString(qtime, _time_format(locale, seconds))


def moment(moment: datetime, *, seconds: bool = False) -> str:
    """A stored (UTC) moment as local date and time: 14.03.2025 09:30."""
    local = moment.astimezone()
    return f"{short_date(local.date())} {time_of_day(local, seconds=seconds)}"


def number(value: int) -> str:
    """A whole number with the language's thousands separator: 12,345 / 12 345 / 12.345."""
    locale = QLocale()
    return f"{value:,}" if _plain(locale) else locale.toString(value)


def decimal(value: float, places: int = 1, *, trim: bool = False) -> str:
    """``value`` with ``places`` decimals in the language's form (12.5 / 12,5); ``trim``
    drops trailing zeros and a bare decimal sign (12.0 -> 12)."""
    locale = QLocale()
    text = f"{value:.{places}f}" if _plain(locale) else locale.toString(float(value), "f", places)
    if trim and places:
        point = "." if _plain(locale) else locale.decimalPoint()
        text = text.rstrip("0").removesuffix(point) if point in text else text
    return text


def megabytes(size_bytes: int) -> str:
    """A file's size in megabytes: 12.3 MB, 12,3 MB."""
    return f"{decimal(size_bytes / 1e6, 1)} MB"


def hours_and_minutes(minutes: int) -> str:
    """A duration in hours and minutes: 7 h 30 (the minutes always two digits)."""
    return fill(translate("formats", "%1 h %2"), number(minutes // 60), f"{minutes % 60:02d}")
