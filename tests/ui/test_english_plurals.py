"""Counted strings read as English: "1 review waiting", "3 reviews waiting"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mentorlog.ui.language import install_translators


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield


def test_counted_strings_have_an_english_singular_and_plural(translators: None) -> None:
    def say(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, "", n)

    waiting = "%n review(s) waiting for your signature"
    assert say("FeedbackTab", waiting, 1) == "1 review waiting for your signature"
    assert say("FeedbackTab", waiting, 3) == "3 reviews waiting for your signature"
    assert say("Labels", "%n days ago", 1) == "1 day ago"
    assert say("Labels", "%n days ago", 12) == "12 days ago"
    concerns = "%n cause(s) for concern open or escalated"
    assert say("PlacementsModel", concerns, 2) == "2 causes for concern open or escalated"


def test_every_counted_string_in_the_code_has_english_forms() -> None:
    """A new ``tr("%n thing(s)", "", n)`` needs its forms in scripts/english_plurals.py."""
    import ast
    import importlib.util
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("plurals", root / "scripts/english_plurals.py")
    assert spec is not None and spec.loader is not None
    plurals = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plurals)
    known = {source for messages in plurals.PLURALS.values() for source in messages}
    found = set()
    for path in (root / "mentorlog" / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found |= {  # a string handed to a call (tr, translate), not a docstring
            arg.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Call)
            for arg in node.args
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "%n" in arg.value
        }
    assert found and found <= known, sorted(found - known)
