"""The language the desktop app speaks, and switching it while the app runs.

``apply_language(code)`` makes ``code`` the language of everything from then on: the
process's (mentorlog.i18n, for what the services and reports word), Qt's translators
(mentorlog_<code>.qm over the English plural forms, and Qt's own qtbase_<code> for its
standard buttons and dialogs), and the default QLocale (dates, times and numbers,
ui/formats.py). Widgets already built keep the text they were built with: the sign-in
screen and the main window are built again (ui/sign_in_flow.py), so a change of language
takes effect at once.

Which language applies (``starting_language``): ``--language`` on the command line, else
the signed-in person's own choice, else the site's default, else the system's language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QComboBox

from mentorlog import i18n
from mentorlog.i18n.choice import choose, known
from mentorlog.paths import APP_NAME, resources_dir
from mentorlog.ui.formats import locale_for

log = logging.getLogger(__name__)

# The translators apply_language installed, removed again by the next change.
_installed: list[QTranslator] = []
# Set by --language: it outranks the person's and the site's choice for this run.
_command_line: str | None = None


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str | None:
    """The system's language, when it is one of mentorlog's (None for C, or another)."""
    return known(QLocale.system().name())


def set_command_line_language(code: str | None) -> None:
    """``--language``: this run speaks ``code``, whoever signs in."""
    global _command_line
    _command_line = i18n.normalise(code) if code else None


def starting_language(person: str | None = None, site: str | None = None) -> str:
    """The language to speak (see the module docstring): ``person``'s own choice, the
    ``site``'s default (None: not chosen), and the system's, below ``--language``."""
    return choose(_command_line, person, site, system_language())


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load mentorlog's and Qt's own translations for ``language`` (those that exist),
    instead of any loaded before.

    mentorlog's English file is always loaded first: it holds the English singular and
    plural of counted strings ("1 page", "3 pages"); a translation for the language,
    installed after it, takes precedence (Qt asks the last installed first)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    ours = translations_dir()
    files = [(ours, f"{APP_NAME}_en")]
    if language != i18n.SOURCE_LANGUAGE:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files += [(qt_dir, f"qtbase_{language}"), (ours, f"{APP_NAME}_{language}")]
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif name.startswith(APP_NAME):
            log.warning("no translation %s in %s", name, folder)
    return list(_installed)


def apply_language(code: str | None) -> str:
    """Speak ``code`` (normalised) from now on; returns the language set."""
    language = i18n.set_language(code)
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, language)
    QLocale.setDefault(locale_for(language))
    return language


def language_names() -> list[tuple[str, str]]:
    """Each language by its own name ("Suomi", "Nederlands"): a reader finds their own
    language however the screen is worded."""
    return [(code, i18n.NAMES[code]) for code in i18n.LANGUAGES]


def fill_languages(box: QComboBox, selected: str) -> None:
    for code, name in language_names():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(selected), 0))
