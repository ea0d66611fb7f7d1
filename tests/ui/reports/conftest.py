"""The report-test cohort, for the export dialog's tests."""

from __future__ import annotations

from tests.reports.conftest import world  # noqa: F401 (a fixture, used by name)
