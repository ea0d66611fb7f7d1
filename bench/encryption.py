"""What encryption at rest costs: the same figures on an SQLCipher copy of the database.

Figures: ``encrypt_100k_s`` (converting the 100k database: a verified encrypted copy),
``save_observation_encrypted_ms`` and ``open_dossier_encrypted_ms`` (bench/editors.py and
bench/logbook.py run on the encrypted copy), ``startup_encrypted_s`` (as ``startup_s``:
until the sign-in screen takes input), ``startup_to_data_encrypted_s`` (as
``startup_to_data_s``: signing in at once, which unwraps the key, until the first data), and
``sign_in_to_data_encrypted_s``: someone who takes 3 s to type their name and password,
from pressing Sign in until the main window shows its data (the wait they see), and
``sign_in_at_once_to_data_encrypted_s`` the same for a Sign in pressed the moment the
screen shows (a password manager), while the models are still loading behind it.
``sign_in_to_dashboard_s`` is the first for the demo coordinator, whose first data is the
attention dashboard over every current placement, its figures kept for the day (someone
opened it earlier that day); ``sign_in_to_dashboard_new_day_s`` the same as the day's
first sign-in, when every running placement's figures are worked out and stored again.
Compare with the plain figures printed in the same run.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NAMES = (
    "encrypt_100k_s",
    "save_observation_encrypted_ms",
    "open_dossier_encrypted_ms",
    "startup_encrypted_s",
    "startup_to_data_encrypted_s",
    "sign_in_to_data_encrypted_s",
    "sign_in_at_once_to_data_encrypted_s",
    "sign_in_to_dashboard_s",
    "sign_in_to_dashboard_new_day_s",
)
TYPING_MS = 3000
_REUSED = {"save_observation_ms": "editors", "open_dossier_ms": "logbook"}
_HERE = Path(__file__).resolve().parent


def _module(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", _HERE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(ctx: Any) -> Iterator[tuple[str, float, str]]:
    from bench_context import BenchContext

    from mentorlog.storage.database import open_database

    made = ctx.encrypted_copy()
    copy, work = made.path, made.path.parent
    yield "encrypt_100k_s", made.seconds, "s"

    db = open_database(copy, keyring=made.keyring)
    encrypted = BenchContext(db.engine, db.migration, key=db.key, keyring=db.keyring)
    try:
        for figure, topic in _REUSED.items():
            for name, value, unit in _module(topic).figures(encrypted):
                if name == figure:
                    yield name.replace("_ms", "_encrypted_ms"), value, unit
    finally:
        encrypted.close()

    sys.path.insert(0, str(_HERE))
    from run import child_env, median_of_runs, seconds_until

    env = child_env(work / "data")
    command = [sys.executable, "-m", "mentorlog", "--db", str(copy)]
    ready = {**env, "MENTORLOG_BENCH_EXIT_WHEN_READY": "1"}
    typed = {**ready, "MENTORLOG_BENCH_SIGN_IN_AFTER_MS": str(TYPING_MS)}
    untyped = {**ready, "MENTORLOG_BENCH_SIGN_IN_AFTER_MS": "0"}
    at_once = {**env, "MENTORLOG_BENCH_EXIT_WHEN_SHOWN": "1"}
    coordinator = {**typed, "MENTORLOG_BENCH_SIGN_IN": "coordinator:demo"}
    # From outside (process start to the line), except the wait after pressing Sign in,
    # which the app times itself.
    _dashboard_figures(copy, made.keyring, new_day=False)  # kept for today, as by a look
    for name, reported, marker, run_env, before in (
        ("startup_encrypted_s", False, "MENTORLOG_READY", ready, None),
        ("startup_to_data_encrypted_s", False, "MENTORLOG_SHOWN", at_once, None),
        ("sign_in_to_data_encrypted_s", True, "MENTORLOG_SIGNED_IN", typed, None),
        ("sign_in_at_once_to_data_encrypted_s", True, "MENTORLOG_SIGNED_IN", untyped, None),
        ("sign_in_to_dashboard_s", True, "MENTORLOG_SIGNED_IN", coordinator, None),
        (
            "sign_in_to_dashboard_new_day_s",
            True,
            "MENTORLOG_SIGNED_IN",
            coordinator,
            lambda: _dashboard_figures(copy, made.keyring, new_day=True),
        ),
    ):

        def once(r: bool = reported, m: str = marker, e: dict = run_env, b: Any = before) -> Any:
            if b is not None:
                b()
            return seconds_until(command, m, e, reported=r)

        result = median_of_runs(once)
        if isinstance(result, float):
            yield name, result, "s"
        else:
            print(f"{name}: unavailable ({result})", file=sys.stderr)


def _dashboard_figures(path: Path, keyring: Any, *, new_day: bool) -> None:
    """The dashboard's kept figures on the encrypted copy: stored for today (as after the
    day's first look), or, with ``new_day``, left from yesterday for every running
    placement (as at the day's first sign-in)."""
    from datetime import date, timedelta

    from sqlalchemy import select, update

    from mentorlog.models import DashboardFigures, Person
    from mentorlog.services.attention import dashboard_rows
    from mentorlog.services.auth import actor_for
    from mentorlog.storage.database import open_database

    db = open_database(path, keyring=keyring)
    try:
        with db.session() as session:
            coordinator = session.scalar(select(Person.id).where(Person.username == "coordinator"))
            dashboard_rows(session, actor_for(session, coordinator))
        if new_day:
            today, yesterday = date.today(), date.today() - timedelta(days=1)
            with db.transaction() as session:
                session.execute(
                    update(DashboardFigures)
                    .where(DashboardFigures.valid_until == today)
                    .values(as_of=yesterday, valid_until=yesterday)
                )
    finally:
        db.close()
