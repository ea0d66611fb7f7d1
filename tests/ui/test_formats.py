"""Dates, numbers and sizes as each language writes them (ui/formats.py), through the
language the app speaks (ui/language.apply_language sets QLocale's default)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale

from mentorlog.ui import formats
from mentorlog.ui.language import apply_language

DAY = date(2025, 3, 14)


@pytest.fixture
def speak() -> Iterator[None]:
    yield
    apply_language("en")


@pytest.mark.parametrize(
    ("lang", "short", "number", "decimal"),
    [
        ("nb", "14.03.2025", "12\xa0345", "7,5"),
        ("fi", "14.3.2025", "12\xa0345", "7,5"),
        ("et", "14.03.2025", "12\xa0345", "7,5"),  # Qt's "yy" written in full
        ("fr", "14/03/2025", "12\u202f345", "7,5"),
        ("nl", "14-03-2025", "12.345", "7,5"),
    ],
)
def test_each_language_writes_dates_and_numbers_its_own_way(
    speak: None, lang: str, short: str, number: str, decimal: str
) -> None:
    apply_language(lang)
    assert formats.short_date(DAY) == short
    assert "2025" in formats.date_format().replace("yyyy", "2025")
    assert formats.number(12345) == number
    assert formats.decimal(7.5) == decimal
    assert formats.decimal(7.0, trim=True) == "7"
    assert formats.megabytes(12_300_000) == f"{formats.decimal(12.3)} MB"
    assert "2025" in formats.long_date(DAY)


def test_the_c_locale_keeps_iso_dates_and_plain_numbers(speak: None) -> None:
    QLocale.setDefault(QLocale.c())
    assert formats.short_date(DAY) == "2025-03-14"
    assert formats.long_date(DAY) == "14 March 2025"
    assert formats.number(12345) == "12,345"
    assert formats.decimal(204.5, trim=True) == "204.5"
    moment = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
    assert formats.moment(moment).startswith(formats.short_date(moment.astimezone().date()))
    assert formats.hours_and_minutes(450) == "7 h 30"
