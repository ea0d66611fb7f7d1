"""mentorlog's log file: a rotating file in the data folder, for the app and the command
line alike. What a person is told stays short and in their terms; what the database
driver said (SQL included) is written here (storage/faults.py)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from mentorlog.paths import data_dir

log = logging.getLogger(__name__)
# What a database driver said (SQL, perhaps record text): to the file only, never to the
# console, whatever its level (storage/faults.log_detail).
DETAIL_LOGGER = "mentorlog.detail"
_file_handler: logging.Handler | None = None


def log_to_file() -> Path | None:
    """Send INFO and above to ``<data folder>/logs/mentorlog.log``; console handlers keep
    the level they were given. Returns the file, or None when it cannot be written (a
    read-only data folder must not stop mentorlog)."""
    global _file_handler
    root = logging.getLogger()
    console_level = root.getEffectiveLevel()
    for existing in root.handlers:
        if existing.level == logging.NOTSET:
            existing.setLevel(console_level)
    root.setLevel(min(console_level, logging.INFO))
    try:
        folder = data_dir() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "mentorlog.log"
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("cannot write the log file: %s", exc)
        return None
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    detail = logging.getLogger(DETAIL_LOGGER)
    detail.propagate = False
    if _file_handler is not None:  # started again in this process (tests): one log file
        root.removeHandler(_file_handler)
        detail.removeHandler(_file_handler)
        _file_handler.close()
    root.addHandler(handler)
    detail.addHandler(handler)
    _file_handler = handler
    return path
