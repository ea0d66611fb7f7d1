"""A dossier tab that is imported and built the first time it is used.

The goals, reviews and concerns tabs bring their forms, editors and a few dozen Qt
classes with them (~0.1 s of start-up here), while the dossier opens on the timeline.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mentorlog.ui.context import AppContext


class LazyTab(QWidget):
    """The page of the tab ``build(ctx)`` makes (a function that imports the tab's module
    inside it, so the layer contracts see the import), with ``set_placement``. The tab is
    made inside the page when it is first opened or when anything of it is asked for;
    what the page itself does not have is the tab's, so callers can use the page as the
    tab."""

    def __init__(
        self,
        ctx: AppContext,
        build: Callable[[AppContext], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._build = build
        self._tab: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._tab is not None

    @property
    def tab(self) -> QWidget:
        if self._tab is None:
            tab = self._build(self._ctx)
            self.layout().addWidget(tab)
            self.setFocusProxy(tab)
            self._tab = tab
        return self._tab

    def set_placement(self, placement_id: uuid.UUID | None) -> None:
        self.tab.set_placement(placement_id)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the page lacks; private ones are never the tab's.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.tab, name)
