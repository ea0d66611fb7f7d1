"""The cyclic garbage collector during start-up.

Start-up allocates some half a million objects (SQLAlchemy and the models, Qt's enums, the
first window) that live as long as the app, and almost no garbage: with the collector on
it ran ~230 times for nothing (~0.1 s here). It is off until the first screen shows (or a
command starts), then on again with what start-up made set aside (gc.freeze), so neither
that moment nor any later collection scans those objects again; the little garbage among
them (~1,000 objects, measured) is kept.
"""

from __future__ import annotations

import gc


def pause() -> None:
    gc.disable()


def resume() -> None:
    """Back on after ``pause``; does nothing when the collector was not paused (tests)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
