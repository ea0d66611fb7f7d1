"""How long a real academy waits for its rosters: importing 1,000 people and then 1,000
placements into a new encrypted site (made as ``mentorlog init`` makes one), each in one
transaction through the same service the command line and the app call.

Figures: ``import_people_1000_s`` (a ';'-separated CSV with a BOM: 1,000 accounts with
their one-time passwords, key slots and the sign-in sheet as CSV) and
``import_placements_1000_s`` (an XLSX workbook naming 4 prisons, 8 units and 2 cohorts that
do not exist yet, 1,000 placements with a lead and a co-mentor). Both are timed from
reading the file until the commit (key file written) returns. Also runs on its own:
``.venv/bin/python bench/site_import.py``.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NAMES = ("import_people_1000_s", "import_placements_1000_s")
ROWS = 1000


def _people_csv(path: Path) -> list[str]:
    rows = [["given_name", "family_name", "username", "roles", "email"]]
    mentors = [f"mentor{n:03d}" for n in range(40)]
    for n, username in enumerate(mentors):
        rows.append(["Øystein", f"Ærø {n}", username, "mentor", f"{username}@example.org"])
    students = [f"student{n:04d}" for n in range(ROWS - len(mentors))]
    for n, username in enumerate(students):
        rows.append(["Jüri", f"Õunapuu-Кузнецов {n}", username, "student", ""])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return mentors + students


def _placements_xlsx(path: Path, usernames: list[str]) -> None:
    from openpyxl import Workbook

    mentors = [u for u in usernames if u.startswith("mentor")]
    students = [u for u in usernames if u.startswith("student")]
    book = Workbook()
    sheet = book.active
    sheet.append(["student", "cohort", "prison", "unit", "mentor", "start", "end", "target_hours"])
    for n in range(ROWS):
        student = students[n % len(students)]
        second = n >= len(students)  # some students go on to a second placement
        sheet.append(
            [
                student,
                f"Intake {2027 + n % 2}",
                f"Prison {n % 4}",
                f"Unit {n % 2}",
                f"{mentors[n % len(mentors)]};{mentors[(n + 1) % len(mentors)]}",
                "2027-05-03" if second else "2027-01-04",
                "2027-07-30" if second else "31.03.2027",
                "400",
            ]
        )
    book.save(path)


def measure(work: Path) -> Iterator[tuple[str, float, str]]:
    from mentorlog.services.imports.people import import_people
    from mentorlog.services.imports.placements import import_placements
    from mentorlog.services.opening import create_site
    from mentorlog.services.people import grant_role

    site = create_site(work / "site.db", "Helena", "Ääremaa", "hele", "a-long-password")
    try:
        from mentorlog.models import Role

        with site.db.transaction() as session:
            grant_role(session, site.actor, site.actor.person_id, Role.COORDINATOR)
        from mentorlog.services.auth import actor_for

        with site.db.session() as session:
            actor = actor_for(session, site.actor.person_id)
        people_file, placements_file = work / "people.csv", work / "placements.xlsx"
        usernames = _people_csv(people_file)
        _placements_xlsx(placements_file, usernames)
        start = time.perf_counter()
        with site.db.transaction() as session:
            outcome = import_people(session, actor, people_file, sheet=work / "sheet.csv")
        yield "import_people_1000_s", time.perf_counter() - start, "s"
        assert len(outcome.made) == ROWS, outcome.summary()
        start = time.perf_counter()
        with site.db.transaction() as session:
            outcome = import_placements(session, actor, placements_file)
        yield "import_placements_1000_s", time.perf_counter() - start, "s"
        assert len(outcome.made) == ROWS, outcome.summary()
    finally:
        site.db.close()


def figures(ctx: Any) -> Iterator[tuple[str, float, str]]:
    with tempfile.TemporaryDirectory(prefix="mentorlog-import-") as tmp:
        yield from measure(Path(tmp))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="mentorlog-import-") as tmp:
        for name, value, unit in measure(Path(tmp)):
            print(f"{name}: {value:.2f} {unit}")
    sys.exit(0)
