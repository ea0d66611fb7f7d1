"""``mentorlog report``: files written whole, and every failure one clear line with a
non-zero exit and nothing left behind."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from mentorlog.cli import main
from mentorlog.models import (
    AuditEvent,
    Concern,
    ConcernStatus,
    Placement,
    PlacementPhase,
    PlacementStatus,
)


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
    csv_file = tmp_path / "kevad.csv"
    assert _run(db_path, "cohort", "kevad 2025", "--out", str(folder), "--csv", str(csv_file)) == 0
    names = _leftovers(folder)
    dates = "2025-02-03–2025-05-04"
    today = date.today().isoformat()
    assert names == sorted(
        [
            f"Jüri Õunapuu-Kask {dates} progress report.pdf",
            f"Zoë Brønnum {dates} progress report.pdf",
            f"Алексей Иванов {dates} progress report.pdf",
            f"Kevad 2025 – Jõgeva cohort summary {today}.pdf",
        ]
    )
    for name in names:
        assert len(PdfReader(folder / name).pages) >= 1
    captured = capsys.readouterr()
    assert "[1/4]" in captured.err and "4 PDFs" in captured.out
    assert f"{csv_file}: 3 placements" in captured.out
    with csv_file.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["student"] == "Jüri Õunapuu-Kask"
    assert rows[0]["attention"] == "Act now" and rows[0]["lead_mentor"] == "Øystein Ærø"
    # Exported again into the same folder: nothing is overwritten.
    assert _run(db_path, "cohort", "kevad 2025", "--out", str(folder)) == 0
    again = set(_leftovers(folder)) - set(names)
    assert f"Zoë Brønnum {dates} progress report (2).pdf" in again and len(again) == 4
    assert _run(db_path, "cohort", "Talv 1999", "--out", str(folder)) == 1
    assert 'No cohort called "Talv 1999"' in capsys.readouterr().err


def test_a_students_report_covers_all_their_placements_or_the_one_chosen(  # type: ignore[no-untyped-def]
    db, db_path, world, tmp_path, capsys
) -> None:
    with db.transaction() as session:
        first = session.get(Placement, world.placement_id)
        earlier = Placement(
            student_id=first.student_id,
            prison_id=first.prison_id,
            cohort_id=first.cohort_id,
            framework_version_id=first.framework_version_id,
            starts_on=date(2024, 9, 2),
            ends_on=date(2024, 12, 13),
            phase=PlacementPhase.FINAL,
            status=PlacementStatus.COMPLETED,
            target_hours=300,
        )
        session.add(earlier)
        session.flush()
        session.add(
            Concern(
                placement_id=earlier.id,
                raised_by_id=first.student_id,
                raised_on=date(2024, 10, 1),
                description="Froze during the first alarm; talked it through.",
                status=ConcernStatus.RESOLVED,
                outcome="Handled the next two alarms calmly.",
            )
        )
        earlier_id = earlier.id
    out = tmp_path / "all.pdf"
    assert _run(db_path, "student", "Jüri Õunapuu-Kask", "--out", str(out)) == 0
    pages = [p.extract_text() for p in PdfReader(out).pages]
    everything = "\n".join(pages)
    assert "all 2 placements, newest first" in pages[0]
    assert "Causes for concern, all placements" in everything
    # The earlier placement's resolved concern is carried into the report.
    assert "Froze during the first alarm" in everything and "Late for two shifts" in everything
    assert everything.index("Placement 1 of 2") < everything.index("Placement 2 of 2")
    one = tmp_path / "one.pdf"
    code = _run(
        db_path, "student", "Jüri Õunapuu-Kask", "--placement", str(earlier_id), "--out", str(one)
    )
    assert code == 0
    alone = "\n".join(p.extract_text() for p in PdfReader(one).pages)
    assert "Froze during the first alarm" in alone and "Late for two shifts" not in alone
    assert _run(db_path, "student", "Jüri", "--placement", "nope", "--out", str(one)) == 1
    assert "has no placement nope" in capsys.readouterr().err
