"""Help › Keyboard shortcuts and Help › Guide: one window, in the app and offline, with the
shortcuts on the first page and a short guide per role on the others (opening on the
signed-in person's own)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import Role
from mentorlog.services.access import Actor
from mentorlog.ui import keys, role_guides

SHORTCUTS = "shortcuts"
# A person with several roles is shown the guide of the one they most likely came for.
_ROLE_ORDER = (Role.STUDENT, Role.MENTOR, Role.COORDINATOR, Role.ADMINISTRATOR)


def shortcuts_html() -> str:
    parts = []
    for group, shortcuts in keys.shortcut_groups():
        rows = "".join(
            f"<tr><td style='padding-right:18px'><b>{escape(s.keys)}</b></td>"
            f"<td>{escape(s.what)}</td></tr>"
            for s in shortcuts
        )
        parts.append(f"<h3>{escape(group)}</h3><table cellspacing='3'>{rows}</table>")
    return "".join(parts)


def _page(name: str, html: str, parent: QWidget) -> QTextBrowser:
    page = QTextBrowser(parent)
    page.setObjectName(name)
    page.setOpenLinks(False)
    page.setHtml(html)
    return page


class HelpDialog(QDialog):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("mentorlog help"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("helpTabs")
        self.tabs.addTab(
            _page("shortcutsPage", shortcuts_html(), self), self.tr("&Keyboard shortcuts")
        )
        self.guides: dict[Role, QTextBrowser] = {}
        for role, title in role_guides.titles().items():
            page = _page(f"guide-{role.value}", role_guides.guide(role), self)
            self.guides[role] = page
            self.tabs.addTab(page, title)
        self._own = next((r for r in _ROLE_ORDER if actor.has(r)), Role.MENTOR)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def show_page(self, page: str) -> None:
        """``SHORTCUTS``, or "guide" for the person's own role's guide."""
        widget = self.tabs.widget(0) if page == SHORTCUTS else self.guides[self._own]
        self.tabs.setCurrentWidget(widget)
        widget.setFocus()


def open_help(actor: Actor, parent: QWidget | None, page: str) -> HelpDialog:
    dialog = HelpDialog(actor, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show_page(page)
    dialog.show()
    return dialog
