"""The package as users get it: a wheel built from this checkout, installed into a fresh
virtual environment (no system site-packages, so a file missing from the wheel cannot be
found elsewhere), run from another folder. Takes a minute or two: it installs PySide6."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(command: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, (
        f"{command} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    )
    return result.stdout


def test_built_wheel_installs_into_a_fresh_venv_and_runs(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.pop("MENTORLOG_DB", None)
    env["MENTORLOG_DATA_DIR"] = str(tmp_path / "data")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO], elsewhere, env)
    (wheel,) = dist.glob("mentorlog-*.whl")

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", venv], elsewhere, env)
    python, mentorlog = venv / "bin" / "python", venv / "bin" / "mentorlog"
    _run([python, "-m", "pip", "install", "--quiet", wheel], elsewhere, env)

    where = _run(
        [python, "-c", "import mentorlog, mentorlog.paths as p; "
         "print(mentorlog.__file__); print(p.migrations_dir()); print(p.resources_dir())"],
        elsewhere,
        env,
    ).split()  # fmt: skip
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    for path in where:
        assert Path(path).is_relative_to(site_packages), f"{path} is not the installed package"
        assert not Path(path).is_relative_to(REPO)

    assert _run([mentorlog, "--version"], elsewhere, env).startswith("mentorlog ")
    # The Qt-free catalogues travel in the wheel, compiled: no babel compile on start.
    catalogues = _run(
        [python, "-c", "from mentorlog.i18n import LANGUAGES; "
         "from mentorlog.i18n.messages import catalogue_paths; "
         "print(*(catalogue_paths(c)[1].is_file() for c in LANGUAGES[1:]))"],
        elsewhere,
        env,
    )  # fmt: skip
    assert catalogues.split() == ["True"] * 5
    db = tmp_path / "wheel.db"
    out = _run(
        [mentorlog, "--db", db, "demo", "--students", "3", "--observations", "30"], elsewhere, env
    )
    assert "30 observations" in out
    # The demo database is encrypted: commands open it as a person.
    env = {**env, "MENTORLOG_PASSWORD": "demo"}
    check = _run([mentorlog, "--db", db, "--user", "admin", "check"], elsewhere, env)
    assert "integrity: ok" in check and "up to date" in check
    students = _run([mentorlog, "--db", db, "--user", "coordinator", "list", "students"],
                    elsewhere, env)  # fmt: skip
    assert len(students.splitlines()) == 3
