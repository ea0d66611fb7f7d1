"""The language a person works in, end to end: the sign-in screen's switch, File >
Language (taking effect at once: the main window is built again in it), the site's
default for an administrator, and the next sign-in.

The real catalogues may not be translated yet, so these tests install small ones of
their own (a few messages, compiled by pyside6-lrelease) and look at the words on screen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from mentorlog import i18n
from mentorlog.models import AuditEvent, Person
from mentorlog.paths import resources_dir
from mentorlog.ui import language
from mentorlog.ui.language_dialog import LanguageDialog
from mentorlog.ui.main_window import MainWindow
from mentorlog.ui.sign_in_dialog import SignInDialog
from tests.ui.shell.conftest import sign_in

WORDS = {
    "nb": {
        "SignInDialog": {"Sign in": "Logg inn", "&Username": "&Brukernavn"},
        "MainWindow": {"&File": "&Fil", "&Language…": "&Språk…"},
    },
    "fr": {
        "SignInDialog": {"Sign in": "Se connecter", "&Username": "&Nom d'utilisateur"},
        "MainWindow": {"&File": "&Fichier", "&Language…": "&Langue…"},
    },
}


def _ts(lang: str, contexts: dict[str, dict[str, str]]) -> str:
    from xml.sax.saxutils import escape

    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{lang}">']
    for name, messages in contexts.items():
        parts.append(f"<context><name>{name}</name>")
        for source, text in messages.items():
            parts.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(text)}</translation></message>"
            )
        parts.append("</context>")
    return "\n".join([*parts, "</TS>"])


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(resources_dir() / "translations" / "mentorlog_en.qm", folder)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    for lang, contexts in WORDS.items():
        ts = folder / f"mentorlog_{lang}.ts"
        ts.write_text(_ts(lang, contexts), encoding="utf-8")
        subprocess.run([lrelease, "-silent", str(ts)], check=True)
    monkeypatch.setattr(language, "translations_dir", lambda: folder)
    yield folder
    language.set_command_line_language(None)
    language.apply_language("en")


def _signed_in(qtbot, controller, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """Sign ``username`` in through the real dialog: their main window."""
    sign_in(qtbot, controller, username)
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    return controller.window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_sign_in_screen_switches_language_and_keeps_what_was_typed(
    catalogues, start_app, demo_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=10_000)
    dialog = controller.dialog
    assert dialog.heading.text() == "Sign in"
    qtbot.keyClicks(dialog.username, "mentor")
    box = dialog.language
    box.setCurrentIndex(box.findData("fr"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: dialog.heading.text() == "Se connecter")  # Qt's LanguageChange
    assert dialog.form_labels[0].text() == "&Nom d'utilisateur"
    assert dialog.username.text() == "mentor"
    assert i18n.current_language() == "fr"
    assert QLocale().language() == QLocale.Language.French
    # Signed in, the mentor (no choice of their own, none for the site) gets the system's.
    qtbot.keyClicks(dialog.password, "demo")
    dialog.submit()
    qtbot.waitUntil(lambda: isinstance(controller.window, MainWindow), timeout=10_000)
    assert _menu_titles(controller.window)[0] == "&File"
    assert i18n.current_language() == "en"


def test_a_person_s_choice_takes_effect_at_once_and_at_the_next_sign_in(
    catalogues, start_app, demo_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    _signed_in(qtbot, controller, "mentor")
    old = controller.window
    assert "&File" in _menu_titles(old)

    old.open_language()
    dialog = old.findChild(LanguageDialog)
    assert dialog is not None and not dialog.is_admin and not dialog.site.isVisible()
    qtbot.waitUntil(lambda: dialog.own.count() == len(i18n.LANGUAGES) + 1)
    assert dialog.own.itemText(1) == "English" and dialog.own.itemText(2) == "Norsk bokmål"
    dialog.own.setCurrentIndex(dialog.own.findData("nb"))
    dialog.save()
    qtbot.waitUntil(lambda: controller.window is not old, timeout=10_000)

    window = controller.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert _menu_titles(window)[0] == "&Fil"
    assert window.language.text() == "&Språk…"
    assert i18n.current_language() == "nb"
    assert QLocale().language() == QLocale.Language.NorwegianBokmal
    with controller.ctx.db.session() as s:
        assert s.scalar(select(Person.language).where(Person.username == "mentor")) == "nb"
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "person.language")).one()
        assert event.detail == {"from": None, "to": "nb"}

    # Signing out: the next person's screen is in the site's default (English).
    controller.sign_out()
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    assert controller.dialog.heading.text() == "Sign in"
    assert i18n.current_language() == "en"
    _signed_in(qtbot, controller, "mentor")
    assert _menu_titles(controller.window)[0] == "&Fil"


def test_an_administrator_sets_the_site_default_for_everyone_who_chose_none(
    catalogues, start_app, demo_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    _signed_in(qtbot, controller, "admin")
    window = controller.window
    window.open_language()
    dialog = window.findChild(LanguageDialog)
    assert dialog is not None and dialog.is_admin and dialog.site.isVisible()
    qtbot.waitUntil(lambda: dialog.site.count() == len(i18n.LANGUAGES))
    dialog.site.setCurrentIndex(dialog.site.findData("fr"))
    dialog.save()  # their own stays "the site's default": now French
    qtbot.waitUntil(lambda: controller.window is not window, timeout=10_000)
    assert _menu_titles(controller.window)[0] == "&Fichier"

    controller.sign_out()  # the sign-in screen follows the site's default
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog))
    assert controller.dialog.heading.text() == "Se connecter"
    _signed_in(qtbot, controller, "coordinator")
    assert _menu_titles(controller.window)[0] == "&Fichier"


def test_language_on_the_command_line_outranks_the_person_and_the_site(
    catalogues, start_app, demo_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    language.set_command_line_language("nb")
    controller = start_app(demo_path)
    qtbot.waitUntil(lambda: isinstance(controller.dialog, SignInDialog), timeout=10_000)
    assert controller.dialog.heading.text() == "Logg inn"
    _signed_in(qtbot, controller, "student")
    assert _menu_titles(controller.window)[0] == "&Fil"
    assert QApplication.instance() is not None


def test_the_command_line_refuses_a_language_it_does_not_speak(capsys) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.cli import build_parser

    assert build_parser().parse_args(["--language", "nb_NO"]).language == "nb"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--language", "klingon"])
    assert "not one of mentorlog's languages" in capsys.readouterr().err


def test_an_open_editor_keeps_what_was_typed_when_the_language_changes(
    catalogues, start_app, demo_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    controller = start_app(demo_path)
    _signed_in(qtbot, controller, "mentor")
    old = controller.window
    qtbot.waitUntil(old.new_observation.isEnabled)
    old.new_observation.trigger()
    editor = next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "observationEditor"
    )
    qtbot.waitUntil(lambda: not editor._loading)
    qtbot.keyClicks(editor.narrative, "Calm handover; Åse took the keys.")
    controller.change_language("fr")  # as File > Language does once the choice is saved
    window = controller.window
    assert window is not old and _menu_titles(window)[0] == "&Fichier"
    assert editor.isVisible() and editor.parent() is window
    assert editor.narrative.toPlainText() == "Calm handover; Åse took the keys."
    editor._may_close = True  # the test's own unsaved text: no question at the end
    editor.close()
