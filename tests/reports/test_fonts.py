"""The report fonts ship with mentorlog and cover the scripts students' names use."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from mentorlog.paths import resource
from mentorlog.reports.fonts import BOLD, OBLIQUE, REGULAR, register_fonts


def test_fonts_ship_with_their_licence() -> None:
    assert resource("fonts", "LICENSE").read_text(encoding="utf-8").startswith("DejaVu Sans")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource("fonts", name).stat().st_size > 100_000


def test_registered_faces_have_cyrillic_and_diacritics() -> None:
    assert register_fonts() == register_fonts() == "DejaVuSans"
    for name in (REGULAR, BOLD, OBLIQUE):
        face = pdfmetrics.getFont(name).face
        for ch in "õäøæéŽЖяЁ":
            assert ord(ch) in face.charWidths, (name, ch)
