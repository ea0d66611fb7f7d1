"""A report in its reader's language: ``mentorlog report … --language nb`` words the
report's fixed text from the catalogue, dates and numbers the language's way, and tags the
PDF with the language (/Lang) for screen readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.dates import format_date
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from pypdf import PdfReader

from mentorlog.cli import main
from mentorlog.i18n import current_language, messages, set_language
from mentorlog.i18n.messages import speaking
from tests.reports.conftest import START

# The test's own wording (the real catalogue is the translators'): enough to see each path.
NB = {
    "Placement progress report": "Praksisrapport",
    "Summary": "Sammendrag",
    "Page {number} of {total}": "Side {number} av {total}",
    "Competencies": "Kompetanser",
}


@pytest.fixture
def nb_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Catalog(locale="nb", domain="mentorlog")
    for msgid, string in NB.items():
        catalog.add(msgid, string)
    po_path = tmp_path / "locale" / "nb" / "LC_MESSAGES" / "mentorlog.po"
    po_path.parent.mkdir(parents=True)
    with po_path.open("wb") as handle:
        write_po(handle, catalog)
    monkeypatch.setattr(messages, "locale_dir", lambda: tmp_path / "locale")
    messages.reload()
    yield
    messages.reload()
    set_language("en")


def _first_page(path: Path) -> tuple[str, str]:
    reader = PdfReader(path)
    return reader.pages[0].extract_text(), str(reader.trailer["/Root"]["/Lang"])


def test_a_student_report_in_norwegian(db_path, world, tmp_path, nb_catalogue) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "nb.pdf"
    assert main(["--db", str(db_path), "report", "student", "Jüri", "--out", str(out),
                 "--language", "nb"]) == 0  # fmt: skip
    page, lang = _first_page(out)
    assert lang == "nb-NO"
    assert "Praksisrapport" in page and "Sammendrag" in page and "Side 1 av" in page
    # The placement's first day as Norwegian writes it ("3. feb. 2025"), not ISO.
    assert format_date(START, "medium", locale="nb") in page
    assert START.isoformat() not in page
    assert "Placement progress report" not in page


def test_the_same_report_in_english_by_default(db_path, world, tmp_path, nb_catalogue) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "en.pdf"
    assert main(["--db", str(db_path), "report", "student", "Jüri", "--out", str(out)]) == 0
    page, lang = _first_page(out)
    assert lang == "en-GB"
    assert "Placement progress report" in page and "Summary" in page and "Page 1 of" in page
    assert START.isoformat() in page


def test_speaking_words_one_thread_only_and_restores_it(nb_catalogue) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.i18n.messages import gettext

    set_language("en")
    with speaking("nb_NO") as lang:
        assert lang == "nb" and current_language() == "nb"
        assert gettext("Summary") == "Sammendrag"
        with speaking("fi"):
            assert current_language() == "fi"
        assert current_language() == "nb"
    assert current_language() == "en" and gettext("Summary") == "Summary"


@pytest.mark.parametrize(
    ("lang", "tag"),
    [("en", "en-GB"), ("nb", "nb-NO"), ("fi", "fi-FI"), ("et", "et-EE"), ("fr", "fr-BE"),
     ("nl", "nl-BE")],
)  # fmt: skip
def test_a_report_renders_in_each_language(db_path, world, tmp_path, lang, tag) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"{lang}.pdf"
    try:
        assert main(["--db", str(db_path), "--language", lang, "report", "student", "Jüri",
                     "--out", str(out)]) == 0  # fmt: skip
    finally:
        set_language("en")
    page, found = _first_page(out)
    assert found == tag
    assert "Jüri Õunapuu-Kask" in page
    expected = START.isoformat() if lang == "en" else format_date(START, "medium", locale=lang)
    assert expected in page


def test_a_long_heading_word_is_shrunk_to_its_column_not_broken() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    from mentorlog.reports.fonts import register_fonts
    from mentorlog.reports.styles import fit_header, styles

    register_fonts()
    s = styles()
    row = [Paragraph("Havaintomerkinnät yhteensä", s.head_cell), Paragraph("Due", s.head_cell)]
    fitted = fit_header(row, [70, 70])  # 64 points inside the cell's padding
    style = fitted[0].style
    assert style.fontSize < s.head_cell.fontSize
    assert stringWidth("Havaintomerkinnät", style.fontName, style.fontSize) <= 64
    assert fitted[1] is row[1]  # what fits is left as it is
