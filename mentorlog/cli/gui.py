"""Starting the desktop app from the command line (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse
import importlib

from mentorlog import startup_gc

# The Qt-free modules the first screen needs, imported before PySide6: once PySide6 is
# loaded it reads the source of every module imported after it (to see whether that
# module uses its __feature__ switches), ~0.04 s of start-up for these. Only start-up
# speed depends on this list.
FIRST_SCREEN_MODULES = (
    "logging.handlers",
    "sqlalchemy.dialects.sqlite",
    "mentorlog.services.opening",
    "mentorlog.services.placements",
    "mentorlog.services.timeline",
    "mentorlog.services.competencies",
    "mentorlog.services.site_settings",
)


def run_gui(args: argparse.Namespace) -> int:
    startup_gc.pause()  # until the first screen shows (mentorlog.ui.app.run)
    for name in FIRST_SCREEN_MODULES:
        importlib.import_module(name)
    from mentorlog.ui.app import run

    return run(db_target=args.db)
