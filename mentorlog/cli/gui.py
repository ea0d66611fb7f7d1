"""Starting the desktop app from the command line (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    from mentorlog.ui.app import run

    return run(db_target=args.db)
