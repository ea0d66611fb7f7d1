"""How bench/run.py asks the desktop app to time its own start (environment variables).

- ``MENTORLOG_BENCH_EXIT_WHEN_READY=1``: print ``MENTORLOG_READY <seconds since the process
  started>`` once the first window is shown and takes input (the sign-in screen), and quit.
  With ``MENTORLOG_BENCH_SIGN_IN_AFTER_MS=N`` it instead types the credentials into that
  window N ms after it shows, presses Sign in, prints ``MENTORLOG_SIGNED_IN <seconds from
  the press to the first data>``, and quits: a person who takes N ms to type.
- ``MENTORLOG_BENCH_EXIT_WHEN_SHOWN=1``: sign in at once, without the sign-in window, print
  ``MENTORLOG_SHOWN <seconds>`` once the main window shows its first data, and quit.

Both sign in as ``MENTORLOG_BENCH_SIGN_IN`` ("user:password", default the demo mentor),
through the real sign-in service.
"""

from __future__ import annotations

import os

EXIT_WHEN_READY = "MENTORLOG_BENCH_EXIT_WHEN_READY"
SIGN_IN_AFTER_MS = "MENTORLOG_BENCH_SIGN_IN_AFTER_MS"
EXIT_WHEN_SHOWN = "MENTORLOG_BENCH_EXIT_WHEN_SHOWN"
SIGN_IN = "MENTORLOG_BENCH_SIGN_IN"


def signs_in_at_once() -> bool:
    return os.environ.get(EXIT_WHEN_SHOWN) == "1"


def reports_ready() -> bool:
    return os.environ.get(EXIT_WHEN_READY) == "1"


def sign_in_after_ms() -> int | None:
    value = os.environ.get(SIGN_IN_AFTER_MS)
    return int(value) if value else None


def credentials() -> tuple[str, str]:
    username, _, password = os.environ.get(SIGN_IN, "mentor:demo").partition(":")
    return username, password
