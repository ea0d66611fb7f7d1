"""The dossier tabs' fixtures are the editors' own: a placement with its people."""

from tests.ui.editors.conftest import _close_windows, cast, mentor_ctx, student_ctx

__all__ = ["_close_windows", "cast", "mentor_ctx", "student_ctx"]
