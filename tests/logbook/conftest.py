"""Fixtures for the logbook services: one placement and the people around it."""

from __future__ import annotations

import pytest

from tests.logbook_cast import Cast, make_cast


@pytest.fixture
def cast(db) -> Cast:  # type: ignore[no-untyped-def]
    return make_cast(db)
