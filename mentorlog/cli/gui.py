"""Starting the desktop app from the command line (Qt is imported only here, lazily)."""

from __future__ import annotations

import argparse

from mentorlog import bench_mode, startup_gc


def run_gui(args: argparse.Namespace) -> int:
    startup_gc.pause()  # until the first screen shows (mentorlog.ui.app.run)
    from mentorlog.storage.locate import locate

    target = locate(args.db)  # resolved once, and handed down
    if bench_mode.signs_in_at_once() or not target.opens_at_sign_in():
        # The database opens before the first screen: its modules load now, before
        # PySide6, which reads the source of every module imported after it (~0.04 s).
        # The sign-in screen instead shows first and loads them while a password is typed.
        from mentorlog.services.warm_up import import_modules

        import_modules()
    from mentorlog.ui.app import run
    from mentorlog.ui.language import set_command_line_language

    set_command_line_language(getattr(args, "language", None))

    return run(target)
