"""This workstation's witness of each database's audit trail: a small file that only grows.

At each checkpoint (a sign-out, a backup, a report, a verification) the trail's head (the
newest event's number and hash, which its actor's signature covers) is appended to
``<data dir>/witness/<digest of the database's location>.jsonl``. Lines are only ever
appended, and only for a head further on than the last one noted, so the file grows as
the trail does. A trail that no longer holds a head noted here was cut short or rewritten
after it (``audit verify`` says so). A restore of a backup appends a line marked
``restored``: the trail legitimately goes back to the backup's head there.

It guards against someone who changes the database file elsewhere, or without also
editing this workstation's file; it lives in the user's data folder, not beside the
database, for that reason.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mentorlog.paths import data_dir


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    at: datetime | None
    why: str
    restored: bool = False


def location_of(url: Any) -> str:
    """A database's location as witnessed: an SQLite file's resolved path, or a server's
    URL without its password."""
    from mentorlog.storage.engine import sqlite_path

    path = sqlite_path(url)
    if path is not None:
        text = str(path)
        if text.startswith("file:"):  # the read-only URI form
            text = text.removeprefix("file:").split("?", 1)[0]
        return str(Path(text).resolve())
    return url.render_as_string(hide_password=True)


def witness_path(location: str) -> Path:
    name = hashlib.sha256(location.encode("utf-8")).hexdigest()[:24]
    return data_dir() / "witness" / f"{name}.jsonl"


def heads(location: str) -> list[Head]:
    """Every head noted for ``location``, oldest first (lines that do not parse skipped)."""
    path = witness_path(location)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    found = []
    for line in lines:
        try:
            data = json.loads(line)
            if data.get("db") != location:
                continue
            at = datetime.fromisoformat(data["at"]) if data.get("at") else None
            found.append(
                Head(
                    int(data["seq"]),
                    str(data["hash"]),
                    at,
                    str(data.get("why", "")),
                    bool(data.get("restored")),
                )
            )
        except (ValueError, KeyError, TypeError):
            continue
    return found


def note(location: str, seq: int, head_hash: str, why: str, *, restored: bool = False) -> bool:
    """Append the head if it is further on than the last one noted (or marks a restore);
    True when a line was written. Failing to write is not fatal to the caller's work."""
    if seq <= 0:
        return False
    known = heads(location)
    if known and not restored and seq <= known[-1].seq:
        return False
    line = {
        "db": location,
        "seq": seq,
        "hash": head_hash,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "why": why,
    }
    if restored:
        line["restored"] = True
    path = witness_path(location)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        fh.flush()
        os.fsync(fh.fileno())
    return True
