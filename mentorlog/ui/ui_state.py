"""Window geometry and view state remembered between runs: the one place QSettings is used.

The state lives in an INI file in mentorlog's data folder (not the platform registry), so
it travels with the data folder and tests that point MENTORLOG_DATA_DIR elsewhere never
touch the user's real settings. Only layout is kept here, never records or passwords.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

from mentorlog.paths import data_dir

FILE_NAME = "ui-state.ini"


class UiState:
    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            path = data_dir() / FILE_NAME
            settings = QSettings(str(path), QSettings.Format.IniFormat)
        self._settings = settings

    def _bytes(self, key: str) -> QByteArray | None:
        # A default, so a missing key never comes back as None (PySide6 6.12 would hand
        # it over without its reference: a PySide6 6.12 defect, see the pin in pyproject.toml).
        value = self._settings.value(key, QByteArray())
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        data = self._bytes(f"geometry/{key}")
        return bool(data is not None and widget.restoreGeometry(data))

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self._settings.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        data = self._bytes(f"splitter/{key}")
        return bool(data is not None and splitter.restoreState(data))

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self._settings.setValue(f"splitter/{key}", splitter.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        data = self._bytes(f"header/{key}")
        return bool(data is not None and header.restoreState(data))

    def save_header(self, key: str, header: QHeaderView) -> None:
        self._settings.setValue(f"header/{key}", header.saveState())

    def value(self, key: str, default: str = "") -> str:
        value: Any = self._settings.value(f"values/{key}", default)
        return str(value) if value is not None else default

    def set_value(self, key: str, value: str) -> None:
        self._settings.setValue(f"values/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
