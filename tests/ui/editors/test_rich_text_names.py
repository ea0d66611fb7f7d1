"""Names and framework wording shown in bold or as headings are text, never markup: an
ampersand or angle brackets in them appear as typed."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel

from mentorlog.services.frameworks import CompetencyInfo, LevelInfo
from mentorlog.ui.editors.rating_row import RatingRow


def test_a_rating_row_shows_markup_characters_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    competency = CompetencyInfo(
        id=uuid.uuid4(),
        key="S&C.1",
        name="Search <cells> & rooms",
        description="",
        domain_key="S&C",
        domain_name="Safety & custody",
        anchors={1: "Misses <b>obvious</b> hiding places & items"},
    )
    level = LevelInfo(
        id=uuid.uuid4(),
        value=1,
        code="1",
        label="Below <expected>",
        anchor="",
        requires_comment=True,
        is_not_observed=False,
    )
    row = RatingRow(competency, (level,), None)
    qtbot.addWidget(row)
    row.choose(1)
    shown = [label.text() for label in row.findChildren(QLabel)]
    title = next(t for t in shown if "S&amp;C.1" in t)
    assert "Search &lt;cells&gt; &amp; rooms" in title
    assert "Below &lt;expected&gt;" in row.anchor.text()
    assert "Misses &lt;b&gt;obvious&lt;/b&gt; hiding places &amp; items" in row.anchor.text()
    # As the user reads it: the plain text of the rendered label keeps every character.
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(row.anchor.text())
    assert "Misses <b>obvious</b> hiding places & items" in document.toPlainText()


def test_a_read_only_rating_does_not_tell_the_reader_to_write_a_comment(qtbot) -> None:  # type: ignore[no-untyped-def]
    competency = CompetencyInfo(uuid.uuid4(), "COM-1", "Talking", "", "COM", "Communication", {})
    extreme = LevelInfo(uuid.uuid4(), 1, "1", "Not acceptable", "", True, False)
    row = RatingRow(competency, (extreme,), None)
    qtbot.addWidget(row)
    row.show()
    row.choose(1)
    assert row.comment_label.isVisible()  # the writer is told
    row.set_read_only()
    assert not row.comment_label.isVisible()
