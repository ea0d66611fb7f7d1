"""The fast text flowable: every word laid out once, lines within the width, page splits
that keep at least two lines together, and the same PDF text as the words given."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.colors import black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate

from mentorlog.reports.fonts import BOLD, REGULAR, register_fonts
from mentorlog.reports.textblock import Para, Run, TextBlock

WORDS = "Jüri spoke calmly with Пётр on the landing and explained the rule twice. " * 12


def _block() -> TextBlock:
    register_fonts()
    return TextBlock(
        [
            Para(
                (
                    Run("2025-02-05 · Day shift", BOLD, 8, black),
                    Run(" · Øystein Ærø", REGULAR, 8, black),
                ),
                leading=11,
            ),
            Para((Run(WORDS, REGULAR, 9, black),), leading=12, space_before=2),
            Para(
                (
                    Run("COM-1 Approaching:", REGULAR, 7, black),
                    Run(" 3", BOLD, 7, black),
                    Run(", glued", REGULAR, 7, black),
                    Run(" and ", REGULAR, 7, black),
                    Run("spaced", BOLD, 7, black),
                ),
                leading=9,
            ),
        ]
    )


def test_lines_fit_the_width_and_keep_every_word() -> None:
    block = _block()
    width, height = block.wrap(200, 10_000)
    lines = block._lines or []
    assert len(lines) > 8 and height == sum(a + lead for a, lead, _ in lines)
    words = []
    for _above, _lead, pieces in lines:
        for x, run in pieces:
            assert x + stringWidth(run.text, run.font, run.size) <= width + 0.01
            words.extend(run.text.split())
    expected = (
        "2025-02-05 · Day shift · Øystein Ærø " + WORDS + " COM-1 Approaching: 3 , glued and spaced"
    ).split()
    assert words == expected


def test_split_keeps_two_lines_on_each_side() -> None:
    block = _block()
    block.wrap(200, 10_000)
    total = len(block._lines or [])
    assert block.split(200, 12) == []  # one line would be left alone: move it whole
    first, rest = block.split(200, 60)
    first.wrap(200, 60)
    rest.wrap(200, 10_000)
    assert first.height <= 60
    assert len(first._lines) + len(rest._lines) == total  # type: ignore[arg-type]


def test_pdf_text_reads_back() -> None:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([_block()])
    text = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "Øystein Ærø" in text and "Пётр" in text and "Approaching: 3, glued and spaced" in text


def test_a_word_wider_than_the_line_is_cut_not_overflowing() -> None:
    register_fonts()
    link = "https://example.org/" + "x" * 200
    block = TextBlock([Para((Run(f"See {link} now", REGULAR, 9, black),), leading=12)])
    width, _ = block.wrap(150, 10_000)
    pieces = [run for _a, _l, line in block._lines or [] for _x, run in line]
    assert all(stringWidth(run.text, run.font, run.size) <= width for run in pieces)
    assert "".join(run.text.replace(" ", "") for run in pieces) == f"See{link}now"
