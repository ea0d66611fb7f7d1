"""Autosaved drafts: one per record being edited, listed for their owner alone."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from mentorlog.models import Draft
from mentorlog.services import drafts
from mentorlog.services.errors import NotFoundError, PermissionDeniedError
from tests.logbook_cast import Cast


def test_saving_again_overwrites_the_same_draft(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        first = drafts.save_draft(
            s, cast.mentor, "observation", cast.placement_id, None, {"narrative": "Jü"}
        )
    with db.transaction() as s:
        second = drafts.save_draft(
            s, cast.mentor, "observation", cast.placement_id, None, {"narrative": "Jüri opened"}
        )
    assert second.id == first.id and second.updated_at >= first.updated_at
    with db.transaction() as s:
        assert s.scalar(select(func.count()).select_from(Draft)) == 1
        found = drafts.find_draft(s, cast.mentor, "observation", cast.placement_id, None)
    assert found is not None and found.payload == {"narrative": "Jüri opened"}


def test_drafts_are_kept_apart_by_target_and_owner(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    target = uuid.uuid4()
    with db.transaction() as s:
        drafts.save_draft(s, cast.mentor, "observation", cast.placement_id, None, {"n": 1})
        drafts.save_draft(s, cast.mentor, "observation", cast.placement_id, target, {"n": 2})
        drafts.save_draft(s, cast.co_mentor, "observation", cast.placement_id, None, {"n": 3})
    with db.transaction() as s:
        mine = drafts.list_drafts(s, cast.mentor)
        theirs = drafts.list_drafts(s, cast.co_mentor)
    assert sorted(d.payload["n"] for d in mine) == [1, 2]
    assert [d.payload["n"] for d in theirs] == [3]
    assert {d.student_name for d in mine} == {"Jüri Õunapuu"}
    new = next(d for d in mine if d.target_id is None)
    with db.transaction() as s, pytest.raises(NotFoundError):
        drafts.discard_draft(s, cast.co_mentor, new.id)
    with db.transaction() as s:
        drafts.discard_draft(s, cast.mentor, new.id)
        drafts.discard_drafts_for(s, cast.mentor, "observation", cast.placement_id, target)
        drafts.discard_drafts_for(s, cast.mentor, "observation", cast.placement_id, target)
    with db.transaction() as s:
        assert drafts.list_drafts(s, cast.mentor) == []


def test_no_draft_for_a_placement_one_may_not_see(db, cast: Cast) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        drafts.save_draft(s, cast.other_mentor, "observation", cast.placement_id, None, {})
