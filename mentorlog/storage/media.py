"""Whether a database file sits where nothing can be written: a read-only drive, a
write-protected stick or CD, or a file and folder the person may only read.

Such a database still opens, to read (storage/database.py): reports and exports work,
saving does not, and the app says so in a banner.
"""

from __future__ import annotations

import os
from pathlib import Path


def on_read_only_media(path: Path) -> bool:
    """True when SQLite could not write ``path`` or the files it keeps beside it."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False  # no folder yet: it will be made, or opening says why not
    if not path.exists():
        return False
    if not os.access(path, os.W_OK):
        return True
    if os.access(folder, os.W_OK):
        return False
    # The folder is read-only: only a log and index SQLite may already write will do.
    beside = [path.with_name(path.name + side) for side in ("-wal", "-shm")]
    return not all(p.exists() and os.access(p, os.W_OK) for p in beside)
