"""A report's footer carries the audit trail's head; ``mentorlog verify-report`` checks
that it belongs to the database's trail (and that the trail is sound)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorlog.cli import main
from mentorlog.services.report_heads import read_report_head
from mentorlog.services.startup import prepare_database
from tests.signed_site import build_signed_site
from tests.trust_cast import PASSWORD


@pytest.fixture
def report(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    db = prepare_database(db_path)
    build_signed_site(db)
    db.close()
    out = tmp_path / "jüri.pdf"
    args = ["--db", str(db_path), "--user", "coordinator", "report", "student", "Jüri"]
    assert main([*args, "--out", str(out)]) == 0
    return out


def verify_report(db_path: Path, pdf: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--db", str(db_path), "--user", "coordinator", "verify-report", str(pdf)])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_every_page_prints_the_head_the_keywords_keep(report: Path) -> None:
    head = read_report_head(report)
    assert head is not None and head.events == head.seq > 20
    for page in PdfReader(report).pages:
        text = page.extract_text()
        assert f"Audit trail when generated: {head.events:,} events" in text
        assert head.hash in text.replace("\n", "")


def test_a_report_of_this_trail_verifies(db_path: Path, report: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out = verify_report(db_path, report, capsys)
    assert code == 0, out
    assert "exported at event" in out and "by Mette Kjær" in out


def test_a_trail_cut_short_after_the_report_fails_it(
    db_path: Path, report: Path, tmp_path: Path, capsys  # type: ignore[no-untyped-def]
) -> None:
    head = read_report_head(report)
    assert head is not None
    # Another workstation's copy (no witness of its own): only the report remembers.
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(elsewhere)
    conn.execute("DROP TRIGGER audit_event_no_delete")
    conn.execute(f"DELETE FROM audit_event WHERE seq >= {head.seq}")
    conn.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"
    )
    conn.commit()
    conn.close()
    code, out = verify_report(elsewhere, report, capsys)
    assert code == 1 and f"[truncated] event {head.seq}: the report jüri.pdf" in out


def test_a_pdf_without_a_head_is_refused(db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other.pdf"
    other.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, out = verify_report(db_path, other, capsys)
    assert code == 1 and "carries no audit trail head" in out
