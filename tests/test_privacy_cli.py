"""The data-protection commands: access export and retention purge."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mentorlog.cli import main
from tests.records import MARKER, small_site


def test_export_person_writes_json_and_pdf(db, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    small_site(db)
    path = str(db.path)
    db.close()
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--db", path, "export-person", "Õunapuu", "--out", str(out)]) == 0
    written = sorted(p.name for p in out.iterdir())
    assert written == ["Jüri Õunapuu - personal data.json", "Jüri Õunapuu - personal data.pdf"]
    data = json.loads((out / written[0]).read_text(encoding="utf-8"))
    narratives = [
        o["narrative"] for o in data["sections"]["Observations (including private mentor notes)"]
    ]
    assert narratives == [MARKER]
    assert main(["--db", path, "export-person", "Nobody Here", "--out", str(out)]) == 1
    assert "No student called" in capsys.readouterr().err
    assert len(list(out.iterdir())) == 2  # nothing half-written


def test_retention_shows_then_purges(db, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    small_site(db)
    path = str(db.path)
    db.close()
    args = ["--db", path, "retention", "--today", "2026-11-26"]
    assert main(args) == 0
    shown = capsys.readouterr().out
    assert "Jüri Õunapuu" in shown and "Nothing was removed" in shown
    assert main([*args, "--purge"]) == 1  # no terminal, no --yes: refuses
    assert "--yes" in capsys.readouterr().err
    assert main([*args, "--purge", "--yes"]) == 0
    assert "Removed 1 placements" in capsys.readouterr().out
    assert main(args) == 0
    assert "Nothing is past its retention date" in capsys.readouterr().out
