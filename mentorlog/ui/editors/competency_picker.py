"""Choosing the competencies a shift showed: a search box over a checkable list grouped by
domain. Thirty items live in memory, so filtering hides tree items rather than asking SQL."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from mentorlog.services.frameworks import CompetencyInfo
from mentorlog.storage.folding import fold

ID_ROLE = Qt.ItemDataRole.UserRole


class CompetencyPicker(QWidget):
    """``toggled(id, chosen)`` when a box is ticked; ``rate_requested(id, level)`` when a
    digit is typed on a competency in the list (it rates it, ticking it first)."""

    toggled = Signal(object, bool)  # competency id, chosen
    rate_requested = Signal(object, int)  # competency id, level value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("competencySearch")
        self.search.setPlaceholderText(self.tr("Find a competency…"))
        self.search.setAccessibleName(self.tr("Find a competency"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        # Enter (or Down) in the search box goes to the first match, ready for Space.
        self.search.returnPressed.connect(self.focus_first_match)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("competencyList")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Competencies shown on this shift"))
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.installEventFilter(self)
        self.rating_keys = False  # digits rate (the observation editor), or search the list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self._items: dict[uuid.UUID, QTreeWidgetItem] = {}
        self._quiet = False

    def set_competencies(self, competencies: tuple[CompetencyInfo, ...]) -> None:
        self._quiet = True
        self.tree.clear()
        self._items.clear()
        domains: dict[str, QTreeWidgetItem] = {}
        for comp in competencies:
            parent = domains.get(comp.domain_key)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [comp.domain_name])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                # Never None as item data: a PySide6 6.12 defect, see the pin in pyproject.toml.
                parent.setData(0, ID_ROLE, "")
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                domains[comp.domain_key] = parent
            item = QTreeWidgetItem(parent, [f"{comp.key}  {comp.name}"])
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, ID_ROLE, comp.id)
            item.setToolTip(0, f"{comp.name}\n\n{comp.description}")
            self._items[comp.id] = item
        self.tree.expandAll()
        self._quiet = False

    def set_checked(self, competency_id: uuid.UUID, checked: bool) -> None:
        """Reflect a choice made elsewhere (a row removed, a draft restored) silently."""
        item = self._items.get(competency_id)
        if item is None:
            return
        self._quiet = True
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._quiet = False

    def focus_first_match(self) -> None:
        for item in self._items.values():
            if not item.isHidden() and not item.parent().isHidden():
                self.tree.setCurrentItem(item)
                self.tree.setFocus()
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # "Press 0 for not observed, 1-5 to rate" holds in the list too, after Space.
        if watched is self.tree and event.type() == QEvent.Type.KeyPress and self.rating_keys:
            assert isinstance(event, QKeyEvent)
            item = self.tree.currentItem()
            cid = item.data(0, ID_ROLE) if item is not None else None
            text = event.text()
            if cid and len(text) == 1 and text.isdigit() and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                self.rate_requested.emit(cid, int(text))
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The search box leaves Down unhandled, so it arrives here.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.focus_first_match()
            return
        super().keyPressEvent(event)

    def item_for(self, competency_id: uuid.UUID) -> QTreeWidgetItem | None:
        return self._items.get(competency_id)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._quiet:
            return
        cid = item.data(0, ID_ROLE)
        if cid:
            self.toggled.emit(cid, item.checkState(0) == Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        for i in range(self.tree.topLevelItemCount()):
            domain = self.tree.topLevelItem(i)
            domain_match = all(w in fold(domain.text(0)) for w in words)
            shown = 0
            for j in range(domain.childCount()):
                child = domain.child(j)
                hay = fold(f"{child.text(0)} {child.toolTip(0)}")
                visible = domain_match or all(w in hay for w in words)
                child.setHidden(not visible)
                shown += visible
            domain.setHidden(shown == 0)
