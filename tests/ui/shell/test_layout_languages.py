"""Layout that survives translation: each main window and dialog, opened at 1366 x 768 in
English, in a pseudo-translation 40 % longer than English (Finnish and Dutch run about
that long) and in every real catalogue far enough translated to tell, shows no clipped
button, check box, label or tab (each is at least as large as its own size hint).

The pseudo-translation stretches every word of every catalogue message and keeps what a
translator keeps: placeholders (%1, %n), markup, entities and the & accelerator.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabBar,
    QWidget,
)

from mentorlog.paths import resources_dir
from mentorlog.ui import language
from tests.ui.shell.conftest import screen_of

SIZE = "1366x768"
STRETCH = 0.4
TRANSLATIONS = resources_dir() / "translations"
KEEP = re.compile(r"(%\d{1,2}|%n|<[^>]*>|&[a-zA-Z]+;|&#\d+;|&)")
WORD = re.compile(r"[^\W\d_]+")


def stretch(text: str) -> str:
    """Each word 40 % longer, with a letter Finnish and Estonian have ("Save" -> "Saveää")."""

    def longer(match: re.Match[str]) -> str:
        word = match[0]
        return word + "ä" * max(1, round(len(word) * STRETCH))

    return "".join(
        part if KEEP.fullmatch(part) else WORD.sub(longer, part) for part in KEEP.split(text)
    )


def _pseudo_catalogue(folder: Path) -> Path:
    root = ET.parse(TRANSLATIONS / "mentorlog_fi.ts").getroot()
    root.set("language", "fi")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = list(translation.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = stretch(source)
        else:
            translation.text = stretch(source)
    ts = folder / "pseudo.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease is not None
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / "pseudo.qm")], check=True)
    return folder / "pseudo.qm"


def _translated_share(lang: str) -> float:
    root = ET.parse(TRANSLATIONS / f"mentorlog_{lang}.ts").getroot()
    translations = [m.find("translation") for m in root.iter("message")]
    done = [t for t in translations if t is not None and t.get("type") != "unfinished"]
    return len(done) / max(len(translations), 1)


# English, the pseudo-translation, and each real catalogue at least half translated.
LANGUAGES = ["en", "pseudo"] + [
    lang for lang in ("nb", "fi", "et", "fr", "nl") if _translated_share(lang) >= 0.5
]


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def speak(request: pytest.FixtureRequest, pseudo_qm: Path) -> Iterator[str]:
    lang = request.param
    extra: list[QTranslator] = []
    if lang == "pseudo":
        language.apply_language("fi")  # Finnish dates and numbers, stretched words
        translator = QTranslator()
        assert translator.load(str(pseudo_qm))
        QCoreApplication.installTranslator(translator)
        extra.append(translator)
    else:
        language.apply_language(lang)
    yield lang
    for translator in extra:
        QCoreApplication.removeTranslator(translator)
    language.apply_language("en")


def clipped(top: QWidget) -> list[str]:
    """What on ``top`` shows less than its whole text: "class 'text' width < hint"."""
    # A widget just shown (a button a permission check revealed) is laid out by a posted
    # LayoutRequest: let every pending one run first.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.width() <= 0:
            continue
        if isinstance(widget, QPushButton | QCheckBox | QRadioButton):
            if widget.text() and widget.width() < widget.sizeHint().width():
                found.append(_say(widget, widget.text(), widget.width(), widget.sizeHint().width()))
        elif isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height():
                    found.append(_say(widget, widget.text(), widget.height(), needed, "high"))
            elif widget.width() < widget.sizeHint().width():
                found.append(_say(widget, widget.text(), widget.width(), widget.sizeHint().width()))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                text = widget.tabText(i)
                if text and widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    found.append(_say(widget, text, widget.tabRect(i).width(), 0))
    return found


def _say(widget: QWidget, text: str, have: int, want: int, what: str = "wide") -> str:
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:50]!r}: {have} px {what}, needs {want}"


def _shown(name: str) -> QWidget | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.objectName() == name),
        None,
    )


def _open(qtbot, trigger: Callable[[], None], name: str) -> QWidget:  # type: ignore[no-untyped-def]
    trigger()
    qtbot.waitUntil(lambda: _shown(name) is not None)
    dialog = _shown(name)
    assert dialog is not None
    qtbot.waitUntil(dialog.isEnabled)
    return dialog


@pytest.mark.parametrize("speak", LANGUAGES, indirect=True)
def test_no_window_clips_a_button_label_or_tab(opened, qtbot, speak: str) -> None:  # type: ignore[no-untyped-def]
    screen = screen_of(SIZE)
    problems: dict[str, list[str]] = {}
    mentor = opened("mentor", SIZE)
    assert mentor.screen() == screen
    problems["main window (mentor)"] = clipped(mentor)
    # The students' names keep their room beside long headings: each is shown whole.
    names, model = mentor.panel.view, mentor.panel.view.model()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            name = str(model.index(row, 0, parent).data())
            need = names.fontMetrics().horizontalAdvance(name) + names.indentation() + 8
            if names.columnWidth(0) < need:
                problems.setdefault("placements panel", []).append(
                    f"{name!r} needs {need} px, the Student column is {names.columnWidth(0)} px"
                )
    for tab in ("goals", "reviews", "concerns"):
        mentor.dossier.show_tab(tab)
        page = mentor.dossier.extra_tabs[tab]
        qtbot.waitUntil(
            lambda page=page: page.tab.placement_id is not None and page.tab.new_button.isVisible()
        )
        problems[f"{tab} tab"] = clipped(page)
    qtbot.waitUntil(mentor.new_observation.isEnabled)
    editor = _open(qtbot, mentor.new_observation.trigger, "observationEditor")
    qtbot.waitUntil(lambda: not editor._loading)  # type: ignore[attr-defined]
    problems["observation editor"] = clipped(editor)
    editor.close()
    reflection = _open(qtbot, mentor.new_reflection.trigger, "reflectionEditor")
    qtbot.waitUntil(lambda: not reflection._loading)  # type: ignore[attr-defined]
    problems["reflection editor"] = clipped(reflection)
    reflection.close()
    language_dialog = _open(qtbot, mentor.language.trigger, "languageDialog")
    qtbot.waitUntil(language_dialog.buttons.isEnabled)  # type: ignore[attr-defined]
    problems["language dialog"] = clipped(language_dialog)
    language_dialog.close()

    coordinator = opened("coordinator", SIZE)
    views = coordinator.views
    for view in (views.dashboard, views.calibration):
        assert view is not None
        with qtbot.waitSignal(view.loaded, timeout=10_000):
            views.show_view(view)
            views.refresh()
        problems[view.objectName() or type(view).__name__] = clipped(view)
    views.show_view(views.splitter)
    for action, name in (
        (coordinator.people, "peopleDialog"),
        (coordinator.audit, "auditView"),
        (coordinator.export_reports, "exportDialog"),
        (coordinator.keyboard_help, "helpDialog"),
    ):
        dialog = _open(qtbot, action.trigger, name)
        problems[name] = clipped(dialog)
        dialog.close()
    admin = opened("admin", SIZE)
    settings = _open(qtbot, admin.site_settings.trigger, "siteSettingsDialog")
    problems["site settings"] = clipped(settings)
    settings.close()

    found = {where: what for where, what in problems.items() if what}
    assert not found, f"clipped in {speak}: {found}"
    assert all(isinstance(b, QAbstractButton) for b in mentor.findChildren(QPushButton))
