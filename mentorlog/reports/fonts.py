"""The report typeface: DejaVu Sans, shipped under resources/fonts and embedded in every PDF.

ReportLab's built-in Helvetica has no Cyrillic and draws it as black boxes, and system
fonts differ between machines, so reports use only the TTFs mentorlog ships.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mentorlog.paths import resource

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
OBLIQUE = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    OBLIQUE: "DejaVuSans-Oblique.ttf",
}


@cache
def register_fonts() -> str:
    """Register the report fonts with ReportLab once per process; returns the family name.

    Parsing a TTF costs tens of milliseconds, so a cohort export must not repeat it.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # <b> and <i> in paragraphs pick the right face; bold italic falls back to bold.
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, OBLIQUE)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY
