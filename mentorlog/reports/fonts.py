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


class _FastTTFont(TTFont):
    """TTFont with a C-speed path for text whose characters already have their place in
    the document's first font subset (almost all text after the first page).

    ReportLab maps every character of every string to its subset code in a Python loop;
    in a 50-page report that loop was a third of the drawing time. Here a string whose
    characters are all known is mapped with ``str.translate``. The bytes are the same as
    ReportLab's own (the invariance test compares whole PDFs); anything else, including a
    character seen for the first time, goes through ReportLab's code.
    """

    def splitString(self, text, doc, encoding="utf-8"):  # type: ignore[no-untyped-def]
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            assignments = state.assignments
            fast = getattr(state, "_mentorlog_fast", None)
            if fast is None or fast[0] != len(assignments):
                table = {code: n for code, n in assignments.items() if n < 256}
                fast = (len(assignments), table, frozenset(map(chr, table)))
                state._mentorlog_fast = fast
            table, known = fast[1], fast[2]
            text = text.replace("\xa0", " ")  # ReportLab draws a no-break space as a space
            if known.issuperset(text):
                return [(0, text.translate(table).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)


@cache
def register_fonts() -> str:
    """Register the report fonts with ReportLab once per process; returns the family name.

    Parsing a TTF costs tens of milliseconds, so a cohort export must not repeat it.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_FastTTFont(name, str(resource("fonts", filename))))
    # <b> and <i> in paragraphs pick the right face; bold italic falls back to bold.
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, OBLIQUE)
    addMapping(FAMILY, 1, 1, BOLD)
    return FAMILY
