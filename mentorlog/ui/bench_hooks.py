"""The app's side of bench/run.py's timings (mentorlog/bench_mode.py says what each
environment variable asks): attached at start-up only when one is set."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mentorlog import bench_mode
from mentorlog.ui.sign_in_flow import AppController


def attach(controller: AppController, *, signs_in_at_once: bool) -> None:
    if signs_in_at_once:
        controller.first_data_shown.connect(_report_shown_and_quit)
    elif bench_mode.reports_ready():
        _time_sign_in_screen(controller)


def _report_shown_and_quit() -> None:
    print(f"MENTORLOG_SHOWN {bench_mode.seconds_since_process_start():.3f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)


def _time_sign_in_screen(controller: AppController) -> None:
    """Report when the sign-in screen is shown and takes input, then quit; or, given a
    typing time, type the credentials, press Sign in and report how long the data took
    from that press."""
    typing_ms = bench_mode.sign_in_after_ms()
    pressed: list[float] = []

    def shown(dialog: QDialog) -> None:
        print(f"MENTORLOG_READY {bench_mode.seconds_since_process_start():.3f}", flush=True)
        if typing_ms is None:
            QTimer.singleShot(0, QApplication.quit)
            return
        from mentorlog.ui.sign_in_dialog import SignInDialog

        assert isinstance(dialog, SignInDialog)

        def press_sign_in() -> None:
            username, password = bench_mode.credentials()
            dialog.username.setText(username)
            dialog.password.setText(password)
            pressed.append(time.perf_counter())
            dialog.submit()

        QTimer.singleShot(typing_ms, press_sign_in)

    def data_shown() -> None:
        if pressed:
            print(f"MENTORLOG_SIGNED_IN {time.perf_counter() - pressed[0]:.3f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

    controller.sign_in_shown.connect(shown)
    controller.first_data_shown.connect(data_shown)
