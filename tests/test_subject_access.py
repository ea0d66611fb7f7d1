"""A student's access request gathers everything held about them, and nothing secret."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from mentorlog.models import Observation, Person, Role, Visibility
from mentorlog.services import audit
from mentorlog.services.access import SYSTEM, Actor
from mentorlog.services.errors import PermissionDeniedError
from mentorlog.services.subject_access import export_subject
from tests.records import MARKER, small_site

NOW = datetime(2026, 11, 26, 12, tzinfo=UTC)


def test_export_has_everything_including_private_notes_and_no_credentials(db) -> None:  # type: ignore[no-untyped-def]
    site = small_site(db)
    with db.transaction() as s:
        s.execute(
            update(Person)
            .where(Person.id == site.old_student_id)
            .values(username="jyri", password_hash="$argon2id$secret")
        )
        s.execute(update(Observation).values(visibility=Visibility.PRIVATE))
        audit.record(s, SYSTEM, "observation.create", subject_person_id=site.old_student_id)
    with db.transaction() as s:
        export = export_subject(s, SYSTEM, site.old_student_id, NOW)
    data = json.loads(export.to_json())
    assert data["subject"] == "Jüri Õunapuu"
    sections = data["sections"]
    obs = sections["Observations (including private mentor notes)"]
    assert [o["narrative"] for o in obs] == [MARKER]
    assert obs[0]["kind_of_note"] == "private mentor note" and obs[0]["author"] == "Mari Tamm"
    assert sections["Placements"][0]["prison"] == "Tartu Vangla"
    assert len(sections["Sign-offs and acknowledgements"]) == 1
    assert any(e["action"] == "observation.create" for e in sections["Audit events"])
    text = export.to_json()
    assert "$argon2id$secret" not in text and "password_hash" not in text
    assert "Иванова" not in text  # another student's records stay out


def test_only_coordinators_and_administrators_export(db) -> None:  # type: ignore[no-untyped-def]
    site = small_site(db)
    mentor = Actor(site.mentor_id, "Mari Tamm", frozenset({Role.MENTOR}))
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        export_subject(s, mentor, site.old_student_id, NOW)


def test_unknown_person_is_a_clear_error(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.services.errors import NotFoundError

    with db.transaction() as s, pytest.raises(NotFoundError, match="no longer exists"):
        export_subject(s, SYSTEM, uuid.uuid4(), NOW)
