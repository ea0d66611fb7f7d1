"""mentorlog's benchmarks: one line per figure on stdout, ``name: value unit``.

    .venv/bin/python bench/run.py [--db PATH] [--only NAME ...]

It builds a demo database of 100,000 observations once (1,000 students, the demo's usual
density of about 100 observations each) in a temporary folder, or at ``--db PATH``, where
a database that already holds data is reused as it is. Then it measures:

- ``machine_load_1m``: the load average as the run starts: other work slows every figure.
- ``demo_100k_s``: building that database, commit included (only when this run built it);
  ``demo_100k_cpu_s`` the CPU time that took, which other work on the machine affects less.
- ``qt_floor_startup_s``: a bare PySide6 QMainWindow, from process start until it is shown:
  what no Qt app on this machine can beat. The median of 3 runs.
- ``startup_s``: ``python -m mentorlog --db <that database>`` from process start until its
  first window is shown and takes input: the sign-in screen, since the database opens only
  when someone signs in (the app prints ``MENTORLOG_READY`` and quits when
  ``MENTORLOG_BENCH_EXIT_WHEN_READY=1``); the median of 3. ``startup_over_qt_floor`` is
  their ratio (the goal: at most 3).
- ``startup_to_data_s``: the same start for someone who signs in the instant it begins
  (no typing time: the app signs in without the dialog, through the real sign-in service),
  until the main window shows its first data (``MENTORLOG_BENCH_EXIT_WHEN_SHOWN=1``); the
  median of 3. The wait a person sees after pressing Sign in, having typed for a few
  seconds, is ``sign_in_to_data_encrypted_s`` (bench/encryption.py).

Each is timed from outside, from starting the process until the line that says it is
shown, so interpreter start-up and imports count. Windows use Qt's offscreen platform
unless ``QT_QPA_PLATFORM`` says otherwise.

Adding figures
--------------
Write ``bench/<topic>.py`` with

    def figures(ctx: BenchContext) -> Iterator[tuple[str, float, str]]:
        yield "search_ms", 12.5, "ms"

and add ``"<topic>"`` to FIGURE_MODULES below. ``ctx`` (bench/bench_context.py) is the
open demo database, a ``mentorlog.storage.database.Database`` (``ctx.session()``,
``ctx.transaction()``, ``AppContext(ctx)``), with ``ctx.db_path``,
``ctx.busiest_placement()`` (the placement with the most observations, its student and
mentor) and ``ctx.account("mentor")`` (a demo account as an Actor). A module may set
``NAMES = ("search_ms", ...)`` so that ``--only search_ms`` runs it and no other.

``--only NAME`` (repeatable; shell-style patterns such as ``'search_*'``) prints only the
figures named, and runs only what they need. Speed targets are reported here, never
asserted in tests: a slow figure does not fail the run, a figure module that crashes does
(exit code 1, after the other figures).
"""

from __future__ import annotations

import argparse
import fnmatch
import importlib.util
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from bench_context import BenchContext  # noqa: E402

FIGURE_MODULES = (
    "logbook",
    "editors",
    "reports",
    "trust",
    "dashboard",
    "signatures",
    "encryption",
    "site_import",
    "many_hands",
)
BENCH_STUDENTS = 1000
BENCH_OBSERVATIONS = 100_000
RUNS = 3
SHOWN_TIMEOUT_S = 180

# Shown once the event loop has handled the show (as the app reports its first data).
QT_FLOOR_SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, lambda: (print("SHOWN", flush=True), app.quit()))
app.exec()
"""
BUILTIN = (
    "machine_load_1m",
    "demo_100k_s",
    "demo_100k_cpu_s",
    "qt_floor_startup_s",
    "startup_s",
    "startup_over_qt_floor",
    "startup_to_data_s",
)

Figure = tuple[str, float, str]


class Selection:
    def __init__(self, patterns: list[str]) -> None:
        self.patterns = patterns

    def wants(self, name: str) -> bool:
        return not self.patterns or any(fnmatch.fnmatchcase(name, p) for p in self.patterns)

    def wants_module(self, topic: str, module: ModuleType) -> bool:
        if not self.patterns or self.wants(topic):
            return True
        names: tuple[str, ...] | None = getattr(module, "NAMES", None)
        if names is None:  # it does not say what it measures: run it and filter
            return any(not any(fnmatch.fnmatchcase(b, p) for b in BUILTIN) for p in self.patterns)
        return any(self.wants(name) for name in names)


def emit(figure: Figure, selection: Selection) -> None:
    name, value, unit = figure
    if selection.wants(name):
        print(f"{name}: {_number(value)} {unit}", flush=True)


def _number(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    digits = max(0, 2 - math.floor(math.log10(abs(value)))) if value else 0
    return f"{value:.{digits}f}"


def unavailable(name: str, why: str, selection: Selection) -> None:
    if selection.wants(name):
        print(f"{name}: unavailable ({why})", flush=True)


# -- the demo database ------------------------------------------------------------------------
def prepare(path: Path) -> tuple[float, float] | None:
    """Build the benchmark database at ``path`` unless it already holds data; the wall and
    CPU seconds the build took, or None when an existing one is reused."""
    from mentorlog.services.demo import build_demo, has_people
    from mentorlog.services.startup import prepare_database

    db = prepare_database(path)
    try:
        with db.session() as session:
            if has_people(session):
                print(f"reusing the database at {path}", file=sys.stderr)
                return None
        print(f"building {BENCH_OBSERVATIONS:,} observations at {path}", file=sys.stderr)
        start, cpu = time.perf_counter(), time.process_time()
        with db.transaction() as session:
            build_demo(
                session,
                students=BENCH_STUDENTS,
                observations=BENCH_OBSERVATIONS,
                progress=lambda done, total, message: print(message, file=sys.stderr),
            )
        return time.perf_counter() - start, time.process_time() - cpu
    finally:
        db.close()


# -- start-up -------------------------------------------------------------------------------
def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["MENTORLOG_DATA_DIR"] = str(data_dir)  # the app's log goes here, not to the user's
    env.pop("MENTORLOG_DB", None)
    return env


def seconds_until(
    command: list[str], marker: str, env: dict[str, str], *, reported: bool = False
) -> float | str:
    """Wall time from starting ``command`` until it prints a line starting with ``marker``,
    or why that did not happen. With ``reported``, the seconds the line itself gives
    instead (a time measured inside the app, such as the wait after pressing Sign in)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    watchdog = threading.Timer(SHOWN_TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(marker):
                elapsed = time.perf_counter() - start
                proc.communicate()
                return float(line.split()[1]) if reported else elapsed
        _out, err = proc.communicate()
    finally:
        watchdog.cancel()
    last = err.strip().splitlines()[-1:] if err else []
    return f"exit code {proc.returncode}, no {marker} line" + (f": {last[0]}" if last else "")


def median_of_runs(measure: Callable[[], float | str]) -> float | str:
    results = [measure() for _ in range(RUNS)]
    failures = [r for r in results if isinstance(r, str)]
    if failures:
        return failures[0]
    return statistics.median(r for r in results if isinstance(r, float))


def startup_figures(db_path: Path, work: Path, selection: Selection) -> None:
    env = child_env(work / "data")
    floor = startup = None
    if selection.wants("qt_floor_startup_s") or selection.wants("startup_over_qt_floor"):
        floor = median_of_runs(
            lambda: seconds_until([sys.executable, "-c", QT_FLOOR_SCRIPT], "SHOWN", env)
        )
        _report("qt_floor_startup_s", floor, selection)
    command = [sys.executable, "-m", "mentorlog", "--db", str(db_path)]
    if selection.wants("startup_s") or selection.wants("startup_over_qt_floor"):
        ready_env = {**env, "MENTORLOG_BENCH_EXIT_WHEN_READY": "1"}
        startup = median_of_runs(lambda: seconds_until(command, "MENTORLOG_READY", ready_env))
        _report("startup_s", startup, selection)
    if isinstance(floor, float) and isinstance(startup, float):
        emit(("startup_over_qt_floor", startup / floor, "x"), selection)
    if selection.wants("startup_to_data_s"):
        data_env = {**env, "MENTORLOG_BENCH_EXIT_WHEN_SHOWN": "1"}
        to_data = median_of_runs(lambda: seconds_until(command, "MENTORLOG_SHOWN", data_env))
        _report("startup_to_data_s", to_data, selection)


def _report(name: str, result: float | str | None, selection: Selection) -> None:
    if isinstance(result, float):
        emit((name, result, "s"), selection)
    elif result is not None:
        unavailable(name, result, selection)


# -- figure modules -----------------------------------------------------------------------
def load(topic: str) -> ModuleType | None:
    path = BENCH_DIR / f"{topic}.py"
    if not path.exists():
        print(f"bench/{topic}.py is listed in FIGURE_MODULES but missing", file=sys.stderr)
        return None
    spec = importlib.util.spec_from_file_location(f"bench_{topic}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def module_figures(ctx: BenchContext, selection: Selection) -> bool:
    """Run every selected figure module; False when one of them failed."""
    ok = True
    for topic in FIGURE_MODULES:
        try:
            module = load(topic)
            if module is None or not selection.wants_module(topic, module):
                continue
            figures: Callable[[BenchContext], Iterator[Figure]] = module.figures
            for figure in figures(ctx):
                emit(figure, selection)
        except Exception:
            ok = False
            print(f"bench/{topic}.py failed:\n{traceback.format_exc()}", file=sys.stderr)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="build (or reuse) the demo database here")
    parser.add_argument("--only", action="append", default=[], metavar="NAME")
    args = parser.parse_args(argv)
    selection = Selection(args.only)
    # Other work on the machine slows every figure; say how busy it was.
    emit(("machine_load_1m", os.getloadavg()[0], "runnable processes"), selection)
    with tempfile.TemporaryDirectory(prefix="mentorlog-bench-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("MENTORLOG_DATA_DIR", str(work / "data"))
        db_path = (args.db or work / "bench.db").resolve()
        built = prepare(db_path)
        if built is not None:
            emit(("demo_100k_s", built[0], "s"), selection)
            emit(("demo_100k_cpu_s", built[1], "s"), selection)
        startup_figures(db_path, work, selection)
        ctx = BenchContext.open(db_path)
        try:
            ok = module_figures(ctx, selection)
        finally:
            ctx.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
