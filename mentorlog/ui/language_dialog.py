"""File > Language: the language mentorlog speaks to the signed-in person, and (for an
administrator) the site's default, the language of everyone who chose none and of the
sign-in screen.

A change takes effect at once: the dialog saves it, then ``language_changed(code)`` asks
the app (ui/sign_in_flow.py) to speak that language and build the main window again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorlog import i18n
from mentorlog.models import Role
from mentorlog.services import languages
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.errors import show_error
from mentorlog.ui.language import fill_languages
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import fill

SITE_DEFAULT = ""  # the person's choice "the site's default" (stored as None)


@dataclass(frozen=True)
class Loaded:
    person: languages.PersonLanguage
    site: languages.SiteLanguage


@dataclass(frozen=True)
class Saved:
    language: str  # what the person works in now


class LanguageDialog(QDialog):
    language_changed = Signal(str)  # the language the signed-in person works in now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded: Loaded | None = None
        self.setObjectName("languageDialog")
        self.setWindowTitle(self.tr("Language"))
        self.own = QComboBox(self)
        self.own.setObjectName("ownLanguage")
        self.site = QComboBox(self)
        self.site.setObjectName("siteLanguage")
        self.setMinimumWidth(480)
        own_label = QLabel(self.tr("&Your language"), self)
        own_label.setBuddy(self.own)
        own_note = QLabel(
            self.tr(
                "mentorlog speaks this language to you on every workstation. The change "
                "takes effect at once: the main window is built again in it. An editor you "
                "have open stays as it is, with what you typed, until you close it."
            ),
            self,
        )
        self.site_label = QLabel(self.tr("&Site default"), self)
        self.site_label.setBuddy(self.site)
        self.site_note = QLabel(
            self.tr(
                "Everyone who has not chosen a language works in the site's default, and "
                "the sign-in screen shows in it."
            ),
            self,
        )
        for note in (own_note, self.site_note):
            note.setWordWrap(True)
            make_secondary(note)
        self.is_admin = ctx.actor.has(Role.ADMINISTRATOR)
        for widget in (self.site_label, self.site, self.site_note):
            widget.setVisible(self.is_admin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # until the current choice is loaded
        # Label above its box and note below: a wrapped note in a form row is given one
        # line's height (QFormLayout), and long words of some languages need the width.
        layout = QVBoxLayout(self)
        for label, box, note in (
            (own_label, self.own, own_note),
            (self.site_label, self.site, self.site_note),
        ):
            layout.addWidget(label)
            layout.addWidget(box)
            layout.addWidget(note)
            layout.addSpacing(8)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        actor = ctx.actor
        Op(self, lambda s: _load(s, actor)).success(self._show).failure(self._failed).reading().run(
            ctx
        )

    def _show(self, loaded: Loaded) -> None:
        self._loaded = loaded
        site_name = i18n.NAMES[loaded.site.language]
        self.own.addItem(fill(self.tr("The site's default (%1)"), site_name), SITE_DEFAULT)
        fill_languages(self.own, loaded.person.own or SITE_DEFAULT)
        fill_languages(self.site, loaded.site.language)
        self.buttons.setEnabled(True)
        self.own.setFocus()
        self.adjustSize()  # the boxes now hold their longest names

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def save(self) -> None:
        loaded = self._loaded
        if loaded is None:
            return
        own = self.own.currentData() or None
        site = self.site.currentData() if self.is_admin else None
        actor = self.ctx.actor
        self.buttons.setEnabled(False)

        def write(session: Any) -> Saved:
            if site is not None and (not loaded.site.chosen or site != loaded.site.language):
                languages.set_site_language(
                    session, actor, site, expected_version=loaded.site.row_version or None
                )
            person = languages.set_person_language(
                session,
                actor,
                actor.person_id,
                own,
                expected_version=loaded.person.row_version,
            )
            return Saved(person.language)

        Op(self, write).success(self._saved).failure(self._save_failed).run(self.ctx)

    def _saved(self, saved: Saved) -> None:
        self.accept()
        self.language_changed.emit(saved.language)

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)


def _load(session: Any, actor: Any) -> Loaded:
    return Loaded(
        languages.person_language(session, actor.person_id),
        languages.site_language_setting(session),
    )
