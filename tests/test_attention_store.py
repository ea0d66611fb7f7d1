"""The dashboard's kept figures (services/attention_store.py): stored when the dashboard is
read, the same as working them out, dropped by the writes that change them, worked out
again on a new day (those of placements long ended kept), and still right on a database
that can only be read or for a reader that began before they were stored."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, text

from mentorlog.models import DashboardFigures, Placement, Shift
from mentorlog.services import concerns, shift_logs
from mentorlog.services.attention import DashboardFilter, dashboard_rows
from mentorlog.services.attention_row import AttentionRow
from mentorlog.services.attention_store import forget_all
from mentorlog.storage.database import Database
from mentorlog.storage.engine import checkpoint, make_engine, read_only_url
from tests.attention_world import TODAY, World, world

__all__ = ["world"]  # the fixture, over SQLite and PostgreSQL
EVERY = DashboardFilter(include_ended=True)


def _read(world: World, *, keep: bool, day: date = TODAY, db: Database | None = None):  # type: ignore[no-untyped-def]
    with (db or world.db).session() as s:  # type: ignore[attr-defined]
        return dashboard_rows(s, world.coordinator, EVERY, today=day, keep=keep)


def _kept(world: World) -> dict:  # type: ignore[type-arg]
    with world.db.session() as s:  # type: ignore[attr-defined]
        return {r.placement_id: r.as_of for r in s.scalars(select(DashboardFigures))}


def _by_id(rows: list[AttentionRow]) -> dict:  # type: ignore[type-arg]
    return {r.placement_id: r for r in rows}


def test_kept_figures_are_the_figures_worked_out(world: World) -> None:
    worked_out = _read(world, keep=False)
    assert _kept(world) == {}
    first = _read(world, keep=True)  # stores them first
    assert set(_kept(world)) == {r.placement_id for r in worked_out}
    for a, b in zip(first, worked_out, strict=True):
        assert {k: v for k, v in vars(a).items() if v != vars(b)[k]} == {}
    assert first == worked_out
    assert _read(world, keep=True) == worked_out  # now read from the kept rows


def test_a_write_drops_only_its_placements_figures_and_the_next_read_counts_it(
    world: World,
) -> None:
    _read(world, keep=True)
    before = _kept(world)
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        concerns.raise_concern(
            s,
            world.coordinator,
            world.steady.id,
            concerns.ConcernInput(TODAY, "Late twice.", "Talk it through.", TODAY + timedelta(7)),
        )
    assert set(_kept(world)) == set(before) - {world.steady.id}
    steady = _by_id(_read(world, keep=True))[world.steady.id]
    assert steady.open_concerns == 1 and "open_concerns" in steady.reasons
    assert _read(world, keep=True) == _read(world, keep=False)
    # A shift logged: the hours are counted at once.
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        shift_logs.log_shift(
            s,
            world.mentor,
            world.steady.id,
            worked_on=TODAY - timedelta(days=3),
            shift=Shift.EARLY,
            hours=7.5,
            today=TODAY,
        )
    assert world.steady.id not in _kept(world)
    assert (
        _by_id(_read(world, keep=True))[world.steady.id].hours_logged == steady.hours_logged + 7.5
    )


def test_a_new_day_works_out_running_placements_again_and_keeps_long_ended_ones(
    world: World,
) -> None:
    _read(world, keep=True)
    tomorrow = TODAY + timedelta(days=1)
    rows = _read(world, keep=True, day=tomorrow)
    kept = _kept(world)
    assert kept[world.ended.id] == TODAY  # ended long ago: its figures no longer move
    assert {kept[pid] for pid in kept if pid != world.ended.id} == {tomorrow}
    # The figures the date does not move were taken from yesterday's rows: the same as
    # working every one out afresh.
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        forget_all(s)
    assert rows == _read(world, keep=False, day=tomorrow)


def test_a_database_that_can_only_be_read_still_shows_the_figures(world: World, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if world.db.path is None:  # type: ignore[attr-defined]
        return  # PostgreSQL: read-only media are a file's matter
    expected = _read(world, keep=False)
    checkpoint(world.db.engine)  # type: ignore[attr-defined]
    reading = Database(make_engine(read_only_url(world.db.path), read_only=True), None)  # type: ignore[attr-defined]
    try:
        assert _read(world, keep=True, db=reading) == expected
    finally:
        reading.close()
    assert _kept(world) == {}  # nothing could be stored


def test_a_reader_that_began_before_the_figures_were_stored_works_them_out(
    world: World,
) -> None:
    expected = _read(world, keep=False)
    with world.db.session() as s:  # type: ignore[attr-defined]
        s.execute(text("SELECT 1 FROM placement LIMIT 1")).all()  # its snapshot begins
        s.scalar(select(func.count()).select_from(Placement))
        rows = dashboard_rows(s, world.coordinator, EVERY, today=TODAY, keep=True)
    assert rows == expected
    assert len(_kept(world)) == len(expected)


def test_every_row_goes_when_the_framework_changes(world: World) -> None:
    from mentorlog.services.attention_store import forget
    from mentorlog.services.changes import ChangeKind

    _read(world, keep=True)
    with world.db.transaction() as s:  # type: ignore[attr-defined]
        forget(s, ChangeKind.FRAMEWORK, None, None)
    assert _kept(world) == {}
