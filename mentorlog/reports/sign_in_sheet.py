"""The sign-in sheet of an import: one row per new account with its one-time password,
the password in bold so it is read off paper and typed easily."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from mentorlog.i18n.messages import gettext, ngettext
from mentorlog.reports.page import PageFrame, build_pdf, content_width
from mentorlog.reports.styles import LIST_TABLE, styles, text


def render_sign_in_sheet(rows: Sequence[tuple[str, str, str]], academy: str = "") -> bytes:
    """The PDF for (name, username, one-time password) rows."""
    frame = PageFrame(
        academy=academy,
        title=gettext("Sign-in sheet"),
        subject=ngettext("{n} new account", "{n} new accounts", len(rows)),
        place="",
        period="",
        generated_at=datetime.now(UTC),
        confidentiality="Confidential: one-time passwords. Hand each person their line, "
        "then destroy this sheet.",
    )
    st = styles()
    width = content_width(frame)
    story: list[Flowable] = [
        Paragraph(text("Sign-in sheet"), st.title),
        Paragraph(
            text(
                "Each person signs in with their username and the one-time password beside "
                "it, and chooses their own password at once; the one-time password then "
                "stops working. mentorlog keeps no copy of this sheet."
            ),
            st.note,
        ),
    ]
    data = [
        [
            Paragraph(text(h), st.head_cell)
            for h in (gettext("Name"), gettext("Username"), gettext("One-time password"))
        ]
    ]
    data += [
        [Paragraph(text(n), st.cell), Paragraph(text(u), st.cell), Paragraph(text(p), st.cell_bold)]
        for n, u, p in rows
    ]
    table = Table(
        data, colWidths=[width * 0.42, width * 0.26, width * 0.32], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle([*LIST_TABLE, ("TOPPADDING", (0, 1), (-1, -1), 3 * mm)]))
    story.append(table)
    pdf, _pages = build_pdf(story, frame, subject="Sign-in sheet")
    return pdf
