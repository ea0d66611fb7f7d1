"""The access-request PDF: readable, complete, every script drawn."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from pypdf import PdfReader

from mentorlog.reports.subject_access import render_subject_access


def test_pdf_lists_every_section_and_non_latin_text() -> None:
    sections = {
        "Person": [{"given_name": "Ольга", "family_name": "Иванова", "email": ""}],
        "Observations (including private mentor notes)": [
            {
                "narrative": "Ольга kept calm on B-wing; Jüri Õunapuu watched.",
                "kind_of_note": "private mentor note",
                "sections": {"feelings": "nervous"},
            }
        ],
        "Goals": [],
    }
    pdf, pages = render_subject_access(
        "Ольга Иванова", datetime(2026, 11, 26, tzinfo=UTC), sections, academy="EPTA"
    )
    assert pages >= 1
    reader = PdfReader(io.BytesIO(pdf))
    body = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Ольга Иванова",
        "Jüri Õunapuu",
        "private mentor note",
        "None held",
        "Goals (0)",
        "nervous",
        "Page 1 of",
    ):
        assert expected in body, expected
