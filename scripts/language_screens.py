"""Screens of mentorlog in each of its languages, offscreen at 1366 x 768, into
docs/screenshots/languages/<lang>-<screen>.png:

    .venv/bin/python scripts/language_screens.py [--languages nb fi] [--pseudo]

For every language: the sign-in screen (in the language, its Language box showing), the
main window of a mentor who chose that language in File > Language (the timeline, with
its dates as the language writes them), the observation editor, File > Language itself,
and a coordinator's attention dashboard and calibration view. ``--pseudo`` adds "pseudo":
every word of every message 40 % longer (tests/ui/shell/test_layout_languages.py), to look
for room before translations land.
A small demo database (6 students) is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
WIDTH, HEIGHT = 1366, 768

import screenshots  # noqa: E402  (sets up the offscreen screens first)
from screenshots import Shooter, copy_database  # noqa: E402


def _demo(folder: Path) -> Path:
    from mentorlog.services.demo import build_demo
    from mentorlog.services.startup import prepare_database

    path = folder / "template.db"
    db = prepare_database(path)
    with db.transaction() as session:
        build_demo(session, students=6, observations=300, seed=1)
    db.close()
    return path


def _choose(shot: Shooter, window: Any, code: str) -> Any:
    """File > Language, choose ``code``, save: the window is built again in it."""
    from mentorlog.ui.language_dialog import LanguageDialog

    window.open_language()
    dialog = shot.wait(lambda: window.findChild(LanguageDialog))
    shot.wait(dialog.buttons.isEnabled)
    dialog.own.setCurrentIndex(dialog.own.findData(code))
    dialog.save()
    return dialog


def screens_in(shot: Shooter, template: Path, folder: Path, lang: str) -> None:
    from mentorlog.ui.language import apply_language
    from mentorlog.ui.sign_in_dialog import SignInDialog

    work = folder / lang
    work.mkdir()
    db_path = copy_database(template, work)
    code = "fi" if lang == "pseudo" else lang  # the pseudo-language stands in for Finnish
    controller = screenshots.start(db_path, work / "data")
    dialog = shot.wait(lambda: isinstance(controller.dialog, SignInDialog) and controller.dialog)
    apply_language(code)
    dialog.username.setText("mentor")
    shot.save(dialog, f"{lang}-sign-in")
    window = _signed_in_speaking(shot, controller, dialog, code)
    shot.wait(lambda: window.dossier.timeline.model.rowCount() > 0)
    shot.save(window, f"{lang}-main-window")
    shot.wait(window.new_observation.isEnabled)
    window.new_observation.trigger()
    from PySide6.QtWidgets import QApplication

    editor = shot.wait(
        lambda: next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "observationEditor"),
            None,
        )
    )
    shot.wait(lambda: not editor._loading)
    shot.save(editor, f"{lang}-observation-editor")
    editor.close()
    window.open_language()
    from mentorlog.ui.language_dialog import LanguageDialog

    language_dialog = shot.wait(
        lambda: next((d for d in window.findChildren(LanguageDialog) if d.isVisible()), None)
    )
    shot.wait(language_dialog.buttons.isEnabled)
    shot.save(language_dialog, f"{lang}-language-dialog")
    language_dialog.close()
    _coordinator_screens(shot, controller, lang, code)
    controller.window.close()
    controller.shutdown()
    apply_language("en")


def _signed_in_speaking(shot: Shooter, controller: Any, dialog: Any, code: str) -> Any:
    """Sign in (the name is typed, the password is demo), choose ``code`` in File >
    Language: the main window built again in it, at the screenshots' size."""
    from mentorlog.ui.main_window import MainWindow

    dialog.password.setText("demo")
    dialog.submit()
    old = shot.wait(lambda: isinstance(controller.window, MainWindow) and controller.window)
    _choose(shot, old, code)
    try:
        window = shot.wait(lambda: controller.window is not old and controller.window, 8000)
    except TimeoutError:  # already speaking it (English): nothing is built again
        window = old
    window.resize(WIDTH, HEIGHT - 40)
    return window


def _coordinator_screens(shot: Shooter, controller: Any, lang: str, code: str) -> None:
    """Sign out, sign in as the coordinator, choose the language: the attention
    dashboard (their first view) and the calibration view."""
    from mentorlog.ui.sign_in_dialog import SignInDialog

    controller.sign_out()
    dialog = shot.wait(lambda: isinstance(controller.dialog, SignInDialog) and controller.dialog)
    dialog.username.setText("coordinator")
    window = _signed_in_speaking(shot, controller, dialog, code)
    views = window.views
    shot.wait(lambda: views.dashboard.model.rowCount() > 0)
    shot.save(window, f"{lang}-dashboard")
    views.show_view(views.calibration)
    shot.wait(lambda: views.calibration.mentors_model.rowCount() > 0)
    shot.save(window, f"{lang}-calibration")


def main() -> int:
    from mentorlog.i18n import LANGUAGES

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    parser.add_argument("--pseudo", action="store_true", help="also the stretched pseudo-language")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "languages")
    args = parser.parse_args()
    shot = Shooter(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["MENTORLOG_DATA_DIR"] = str(folder / "data")
        template = _demo(folder)
        for lang in args.languages:
            screens_in(shot, template, folder, lang)
        if args.pseudo:
            from mentorlog.ui import language
            from tests.ui.shell.test_layout_languages import _pseudo_catalogue

            # The pseudo-language as the Finnish catalogue (Finnish dates and numbers).
            pseudo = folder / "pseudo-translations"
            pseudo.mkdir()
            shutil.copy(language.translations_dir() / "mentorlog_en.qm", pseudo)
            shutil.copy(_pseudo_catalogue(folder), pseudo / "mentorlog_fi.qm")
            language.translations_dir = lambda: pseudo
            screens_in(shot, template, folder, "pseudo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
