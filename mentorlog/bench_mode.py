"""How bench/run.py asks the desktop app to time its own start (environment variables).

- ``MENTORLOG_BENCH_EXIT_WHEN_READY=1``: print ``MENTORLOG_READY <seconds since the process
  started>`` once the first window is shown and takes input (the sign-in screen), and quit.
  With ``MENTORLOG_BENCH_SIGN_IN_AFTER_MS=N`` it instead types the credentials into that
  window N ms after it shows, presses Sign in, prints ``MENTORLOG_SIGNED_IN <seconds from
  the press to the first data>``, and quits: a person who takes N ms to type.
- ``MENTORLOG_BENCH_EXIT_WHEN_SHOWN=1``: sign in at once, without the sign-in window, print
  ``MENTORLOG_SHOWN <seconds>`` once the main window shows its first data, and quit.

Both sign in as ``MENTORLOG_BENCH_SIGN_IN`` ("user:password", default the demo mentor),
through the real sign-in service. The app's side of it is ui/bench_hooks.py, attached at
start-up only when one of these is set: the one seam between the app and the bench.
"""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.perf_counter()

EXIT_WHEN_READY = "MENTORLOG_BENCH_EXIT_WHEN_READY"
SIGN_IN_AFTER_MS = "MENTORLOG_BENCH_SIGN_IN_AFTER_MS"
EXIT_WHEN_SHOWN = "MENTORLOG_BENCH_EXIT_WHEN_SHOWN"
SIGN_IN = "MENTORLOG_BENCH_SIGN_IN"


def signs_in_at_once() -> bool:
    return os.environ.get(EXIT_WHEN_SHOWN) == "1"


def reports_ready() -> bool:
    return os.environ.get(EXIT_WHEN_READY) == "1"


def active() -> bool:
    return signs_in_at_once() or reports_ready()


def sign_in_after_ms() -> int | None:
    value = os.environ.get(SIGN_IN_AFTER_MS)
    return int(value) if value else None


def credentials() -> tuple[str, str]:
    username, _, password = os.environ.get(SIGN_IN, "mentor:demo").partition(":")
    return username, password


def seconds_since_process_start() -> float:
    """Wall time since this process started (Linux /proc), else since this module loaded."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            # The command name (field 2) may hold spaces; the fields after ")" are fixed.
            fields = f.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])  # field 22: start time in clock ticks after boot
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - started_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED_AT
