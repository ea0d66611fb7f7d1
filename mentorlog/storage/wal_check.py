"""Finding saved changes in a write-ahead log that SQLite would silently drop.

SQLite's ``-wal`` file holds the most recent commits until they are copied into the
database. Opening a database whose log was left behind (a crash, a copy) replays the log
up to its first frame whose checksum is wrong, and forgets the rest: if a frame in the
middle is damaged, every commit after it is lost without a word, and the integrity check
then passes. So the log is read here, before SQLite touches it: frames after the point
where SQLite would stop that still carry this log's salts and check out against the frame
before them are saved changes that would be lost.

The format (https://www.sqlite.org/fileformat.html#the_write_ahead_log): a 32-byte header
(magic, version, page size, checkpoint number, two salts, a checksum), then frames of a
24-byte header (page, database size after a commit or 0, the salts, a running checksum)
and one page. SQLCipher encrypts the pages, not these headers.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

HEADER = 32
FRAME_HEADER = 24
MAGIC = {0x377F0682: "<", 0x377F0683: ">"}  # checksums of little / big-endian words


@dataclass(frozen=True)
class LostFrames:
    """Saved changes in the log beyond the point where SQLite would stop reading it."""

    wal: Path
    stops_at: int  # the first frame SQLite would not replay (1-based)
    frames: int  # frames after it that belong to this log and are sound
    commits: int  # how many of those end a transaction

    def describe(self) -> str:
        saves = "1 save" if self.commits == 1 else f"{self.commits} saves"
        return (
            f"the log of its latest changes ({self.wal.name}) is damaged at part "
            f"{self.stops_at}: opening it would silently drop {saves} recorded after that "
            "point"
            if self.stops_at
            else f"the log of its latest changes ({self.wal.name}) has a damaged header: "
            f"opening it would silently drop the {saves} it holds"
        )


def _checksum(data: bytes, order: str, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{order}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_frames_lost(db_path: Path) -> LostFrames | None:
    """The committed frames SQLite would drop from ``db_path``'s log, or None when it
    would replay everything (or there is no log, or it changed while being read)."""
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        before = wal.stat()
        if before.st_size <= HEADER:
            return None
        with open(wal, "rb") as fh:
            data = fh.read()
        after = wal.stat()
    except OSError:
        return None
    if (before.st_mtime_ns, before.st_size) != (after.st_mtime_ns, after.st_size):
        return None  # another program is writing it: its own copy of the index is right
    return _lost_frames(wal, data)


def _lost_frames(wal: Path, data: bytes) -> LostFrames | None:
    magic, page_size, salt1, salt2, c1, c2 = struct.unpack(">I4xI4x4I", data[:HEADER])
    order = MAGIC.get(magic)
    header_ok = order is not None and _checksum(data[:24], order, 0, 0) == (c1, c2)
    if header_ok:
        assert order is not None
        lost = _Log(data, order, page_size, (salt1, salt2), (c1, c2)).lost(True)
        return None if lost is None else LostFrames(wal, *lost)
    # A damaged header: SQLite then ignores the whole log. Whichever of the header's
    # fields was hit, try what its frames would need; if they check out, every commit
    # in the log would be lost.
    first_salts = struct.unpack(">2I", data[HEADER + 8 : HEADER + 16])
    for byte_order in ("<", ">"):
        for size in _page_sizes(page_size):
            for salts in {(salt1, salt2), first_salts}:
                for start in {(c1, c2), _checksum(data[:24], byte_order, 0, 0)}:
                    lost = _Log(data, byte_order, size, salts, start).lost(False)
                    if lost is not None:
                        return LostFrames(wal, *lost)
    return None


def _page_sizes(claimed: int) -> list[int]:
    valid = [1 << n for n in range(9, 17)]
    return [claimed] if claimed in valid else valid


class _Log:
    """The frames of one log, and which would be replayed."""

    def __init__(
        self, data: bytes, order: str, page: int, salts: tuple[int, int], start: tuple[int, int]
    ) -> None:
        self.data, self.order, self.salts, self.start = data, order, salts, start
        self.size = FRAME_HEADER + page
        self.count = (len(data) - HEADER) // self.size

    def _frame(self, n: int) -> tuple[tuple[int, ...], bytes]:
        at = HEADER + n * self.size
        return struct.unpack(">6I", self.data[at : at + FRAME_HEADER]), self.data[
            at : at + self.size
        ]

    def _sum(self, n: int, s0: int, s1: int) -> tuple[int, int]:
        _fields, raw = self._frame(n)
        head, page = raw[:8], raw[FRAME_HEADER:]
        return _checksum(page, self.order, *_checksum(head, self.order, s0, s1))

    def _sound(self, n: int, before: set[tuple[int, int]]) -> tuple[int, int] | None:
        """Frame ``n``'s checksum when it checks out after one of ``before``, else None."""
        fields, _raw = self._frame(n)
        if tuple(fields[2:4]) != self.salts:
            return None
        for prev in before:
            got = self._sum(n, *prev)
            if got == tuple(fields[4:6]):
                return got
        return None

    def lost(self, header_ok: bool) -> tuple[int, int, int] | None:
        """(first frame not replayed, 1-based, or 0 for the header; sound frames after
        it; commits among them)."""
        running = self.start
        stop = 0
        if header_ok:
            stop = self.count
            for n in range(self.count):
                got = self._sound(n, {running})
                if got is None:
                    stop = n
                    break
                running = got
            if stop >= self.count:
                return None
            # After the damaged frame, the next is tried against both what the damaged
            # one stores and what it should have stored: a flip in a stored checksum then
            # hides nothing after it.
            fields, _raw = self._frame(stop)
            before = {(fields[4], fields[5]), self._sum(stop, *running)}
            first = stop + 1
        else:
            before, first = {running}, 0
        frames = commits = 0
        for n in range(first, self.count):
            fields, _raw = self._frame(n)
            got = self._sound(n, before)
            if got is not None:
                frames += 1
                commits += fields[1] != 0
                before = {got}
            elif tuple(fields[2:4]) == self.salts:
                before = {(fields[4], fields[5]), *(self._sum(n, *p) for p in list(before)[:1])}
            else:
                before = {(fields[4], fields[5])}  # an older log's frame: only what it stores
        if not commits:
            return None  # a torn last write, or an older log's frames: nothing was saved
        return (stop + 1 if header_ok else 0), frames, commits
