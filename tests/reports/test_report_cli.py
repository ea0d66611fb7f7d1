"""``mentorlog report``: files written whole, and every failure one clear line with a
non-zero exit and nothing left behind."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from mentorlog.cli import main
from mentorlog.models import AuditEvent


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "report", *args])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_student_report_by_name_part_in_any_case(db, db_path, world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out" / "jüri.pdf"
    out.parent.mkdir()
    assert _run(db_path, "student", "õUNAPUU", "--out", str(out)) == 0
    reader = PdfReader(out)
    assert "Jüri Õunapuu-Kask" in reader.pages[0].extract_text()
    assert _leftovers(out.parent) == ["jüri.pdf"]
    assert "Jüri Õunapuu-Kask" in capsys.readouterr().out
    with db.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "report.export")
        ).one()
    assert event.entity_id == world.placement_id and event.detail["file"] == "jüri.pdf"


def test_cyrillic_name_and_period(db_path, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "alexei.pdf"
    code = _run(
        db_path,
        "student",
        "алексей иванов",
        "--out",
        str(out),
        "--from",
        "2025-02-01",
        "--to",
        "2025-02-28",
    )
    assert code == 0
    assert "2025-02-01 – 2025-02-28" in PdfReader(out).pages[0].extract_text()


def test_unknown_and_ambiguous_students_are_refused(db_path, world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "x.pdf"
    assert _run(db_path, "student", "Nobody Here", "--out", str(out)) == 1
    assert 'No student called "Nobody Here"' in capsys.readouterr().err
    # A Latin "n" is in two students' names (Иванов has a Cyrillic "н").
    assert _run(db_path, "student", "N", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "matches 2 students" in err
    assert "Zoë Brønnum" in err and "Jüri Õunapuu-Kask" in err and "Traceback" not in err
    assert not out.exists()


def test_empty_period_bad_date_and_unwritable_path(db_path, world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "empty.pdf"
    assert (
        _run(
            db_path,
            "student",
            "Jüri Õunapuu-Kask",
            "--out",
            str(out),
            "--from",
            "2031-01-01",
            "--to",
            "2031-12-31",
        )
        == 1
    )
    assert "There are no entries for Jüri Õunapuu-Kask" in capsys.readouterr().err
    assert _leftovers(tmp_path) == [p.name for p in sorted(tmp_path.iterdir())]
    assert not out.exists() and not list(tmp_path.glob("*.part"))

    try:
        _run(db_path, "student", "Jüri", "--out", str(out), "--from", "31.12.2025")
    except SystemExit as exc:  # argparse's own refusal: usage and one line, exit 2
        assert exc.code == 2
    assert "is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err

    missing = tmp_path / "no-such-folder" / "r.pdf"
    assert _run(db_path, "student", "Jüri", "--out", str(missing)) == 1
    assert "does not exist" in capsys.readouterr().err
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert _run(db_path, "cohort", "Kevad", "--out", str(blocker)) == 1
    assert "is a file" in capsys.readouterr().err
    assert not out.exists()


def test_cohort_writes_a_report_per_student_and_a_summary(db_path, world, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cohort"
    assert _run(db_path, "cohort", "kevad 2025", "--out", str(folder)) == 0
    names = _leftovers(folder)
    assert names == sorted(
        [
            "Jüri Õunapuu-Kask progress report.pdf",
            "Zoë Brønnum progress report.pdf",
            "Алексей Иванов progress report.pdf",
            "Kevad 2025 – Jõgeva cohort summary.pdf",
        ]
    )
    for name in names:
        assert len(PdfReader(folder / name).pages) >= 1
    captured = capsys.readouterr()
    assert "[1/4]" in captured.err and "4 PDFs" in captured.out
    assert _run(db_path, "cohort", "Talv 1999", "--out", str(folder)) == 1
    assert 'No cohort called "Talv 1999"' in capsys.readouterr().err
