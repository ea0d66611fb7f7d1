"""The collector is paused for start-up and always comes back: for a command at once,
for the app once its first screen shows (mentorlog.ui.app.run)."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from mentorlog import startup_gc

# `python -m mentorlog check`, reporting whether the collector was on when it ran.
COMMAND = """
import gc, runpy, sys
import mentorlog.cli.check_cmd as check
def report(args):
    print("collector on:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 0)
    return 0
import mentorlog.cli
original = mentorlog.cli.build_parser
def build_parser():
    parser = original()
    for action in parser._subparsers._group_actions:
        action.choices["check"].set_defaults(func=report)
    return parser
mentorlog.cli.build_parser = build_parser
sys.argv = ["mentorlog", "--db", sys.argv[1], "check"]
runpy.run_module("mentorlog", run_name="__main__", alter_sys=True)
"""


def test_resume_does_nothing_unless_paused() -> None:
    frozen = gc.get_freeze_count()
    startup_gc.resume()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_command_runs_with_the_collector_on(db_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", COMMAND, str(db_path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "collector on: True frozen: True" in done.stdout
