"""A new encrypted site made as ``mentorlog init --coordinator`` makes one, and the
example import files with placement dates around today."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from mentorlog.models import Role
from mentorlog.paths import resource
from mentorlog.services.access import Actor
from mentorlog.storage.database import Database

ADMIN, ADMIN_PASSWORD = "hele", "helena-pass-1"


@dataclass
class NewSite:
    path: Path
    db: Database
    coordinator: Actor  # the first administrator, coordinator too


@pytest.fixture
def new_site(tmp_path: Path) -> Iterator[NewSite]:
    from mentorlog.services import people
    from mentorlog.services.auth import actor_for
    from mentorlog.services.opening import create_site

    path = tmp_path / "site.db"
    site = create_site(path, "Helena", "Ääremaa", ADMIN, ADMIN_PASSWORD)
    with site.db.transaction() as session:
        people.grant_role(session, site.actor, site.actor.person_id, Role.COORDINATOR)
    with site.db.session() as session:
        actor = actor_for(session, site.actor.person_id)
    yield NewSite(path, site.db, actor)
    site.db.close()


def example(name: str) -> Path:
    return resource("examples", name)


def placements_around(today: date, folder: Path, name: str = "placements.csv") -> Path:
    """The example placements, the first ones running now and the second ones later."""
    rows = list(
        csv.reader(io.StringIO(example("placements.csv").read_text("utf-8-sig")), delimiter=";")
    )
    first, second = rows[1][5], rows[-1][5]
    for row in rows[1:]:
        later = row[5] == second
        start = today + timedelta(days=40) if later else today - timedelta(days=20)
        end = start + timedelta(days=60)
        row[5] = start.isoformat()
        row[6] = end.strftime("%d.%m.%Y")
    assert first != second
    out = folder / name
    if name.endswith(".xlsx"):
        from openpyxl import Workbook

        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(out)
    else:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";").writerows(rows)
        out.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return out
