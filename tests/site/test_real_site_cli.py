"""A real academy from nothing, from the command line: ``init``, 30 people from a
';'-separated CSV with a BOM and 30 placements from XLSX; a mentor's first sign-in
replaces their one-time password, they publish a 7.5 h observation, the student
acknowledges it, and the coordinator's report shows the observation and the hours."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentorlog.cli import main
from mentorlog.models import Shift
from mentorlog.services import observations, signoff
from mentorlog.services.frameworks import active_version_id, framework_info
from mentorlog.services.observation_rules import ObservationInput, RatingInput
from mentorlog.services.opening import sign_in_and_open
from mentorlog.services.placements import list_placements
from tests.site.conftest import example, placements_around

COORD_PASSWORD = "helena-pass-1"


def _run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def _sheet(path: Path) -> dict[str, str]:
    rows = csv.reader(io.StringIO(path.read_text("utf-8-sig")))
    return {username: password for _name, username, password in list(rows)[1:]}


def test_a_real_site_from_nothing_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "academy.db"
    monkeypatch.setenv("MENTORLOG_PASSWORD", COORD_PASSWORD)
    assert _run(db, "init", "--admin", "hele", "--name", "Helena Ääremaa", "--coordinator") == 0
    out = capsys.readouterr().out
    assert "Recovery key (shown this once" in out
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted from the first byte

    user = ("--user", "hele")
    assert _run(db, *user, "import", "people", str(example("people.csv")), "--dry-run") == 0
    assert "would make 30" in capsys.readouterr().out
    sheet = tmp_path / "sheet.csv"
    assert (
        _run(db, *user, "import", "people", str(example("people.csv")), "--sheet", str(sheet)) == 0
    )
    assert "made 30" in capsys.readouterr().out
    placements = placements_around(date.today(), tmp_path, "placements.xlsx")
    assert _run(db, *user, "import", "placements", str(placements), "--dry-run") == 0
    dry = capsys.readouterr().out
    assert "prison Tartu Vangla (row 2)" in dry and "Dry run: nothing was written." in dry
    assert _run(db, *user, "import", "placements", str(placements)) == 0
    assert "made 30" in capsys.readouterr().out
    # The same files again change nothing.
    assert _run(db, *user, "import", "people", str(example("people.xlsx"))) == 0
    assert "made 0, changed 0, left 30 alone" in capsys.readouterr().out
    assert _run(db, *user, "import", "placements", str(placements)) == 0
    assert "made 0, changed 0, left 30 alone" in capsys.readouterr().out
    # A bad file: the row and column named, exit status 1, nothing written.
    bad = tmp_path / "bad.csv"
    bad.write_text("student;prison;mentor;start;end\njuri.tamm;X;nobody;2027-01-04;x\n", "utf-8")
    assert _run(db, *user, "import", "placements", str(bad)) == 1
    err = capsys.readouterr().err
    assert "row 2, column mentor: nobody has the username nobody" in err
    assert "row 2, column end: x is no date" in err
    assert _run(db, *user, "placement", "list") == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 30 and any("Jüri Tamm\tTartu Vangla" in line for line in listed)

    # The mentor's first sign-in: the one-time password must be replaced.
    passwords = _sheet(sheet)
    monkeypatch.setenv("MENTORLOG_PASSWORD", passwords["kadri.ounapuu"])
    assert _run(db, "--user", "kadri.ounapuu", "list", "students") == 3
    assert "must choose their own first" in capsys.readouterr().err
    monkeypatch.setenv("MENTORLOG_NEW_PASSWORD", "kadri-own-password")
    assert _run(db, "--user", "kadri.ounapuu", "list", "students") == 0
    assert "Jüri Tamm" in capsys.readouterr().out
    monkeypatch.delenv("MENTORLOG_NEW_PASSWORD")

    mentor = sign_in_and_open(db, "kadri.ounapuu", "kadri-own-password")
    try:
        with mentor.db.transaction() as s:
            placement = next(
                row.placement_id
                for row in list_placements(s, mentor.actor)
                if row.student_name == "Jüri Tamm" and row.status == "active"
            )
            comp = framework_info(s, active_version_id(s)).competencies[0]
            obs = observations.publish(
                s,
                mentor.actor,
                placement,
                ObservationInput(
                    observed_on=date.today() - timedelta(days=1),
                    shift=Shift.DAY,
                    narrative="Jüri led the morning unlock on Üksus A calmly.",
                    duration_minutes=450,
                    ratings=(RatingInput(comp.id, 4),),
                ),
            )
    finally:
        mentor.db.close()
    monkeypatch.setenv("MENTORLOG_NEW_PASSWORD", "juri-own-password")
    student = sign_in_and_open(db, "juri.tamm", passwords["juri.tamm"])
    try:
        from mentorlog.services.people import change_own_password

        with student.db.transaction() as s:
            change_own_password(s, student.actor, passwords["juri.tamm"], "juri-own-password")
        with student.db.transaction() as s:
            signoff.acknowledge(s, student.actor, obs.id, agree=True)
    finally:
        student.db.close()

    monkeypatch.setenv("MENTORLOG_PASSWORD", COORD_PASSWORD)
    report = tmp_path / "juri.pdf"
    assert _run(db, *user, "report", "student", "Jüri Tamm", "--out", str(report)) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(report).pages)
    assert "7.5 of 400" in text
    assert "Jüri led the morning unlock" in text
    assert "Acknowledged" in text or "acknowledged" in text
