"""Finding a student by typing in the side panel's filter: accents and case do not
matter, and filtering never closes the dossier that is open."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.editors.driving import type_text


def _names(panel) -> list[str]:  # type: ignore[no-untyped-def]
    model, names = panel.model, []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        names += [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]
    return names


def test_the_filter_folds_accents_and_keeps_the_open_dossier(opened, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = opened("coordinator", "1024x768")
    panel, dossier = window.panel, window.dossier
    # A coordinator opens on the attention dashboard, where Ctrl+L finds in its rows: go to
    # the students' list and its dossier first.
    window.views.show_view(window.splitter)
    assert window.views.on_placements
    qtbot.waitUntil(lambda: dossier.placement_id is not None and bool(dossier.header.name.text()))
    shown = dossier.placement_id
    heading = dossier.header.name.text()
    everyone = _names(panel)
    nordic = next(n for n in everyone if any(ch in n for ch in "øæå"))
    typed = nordic.split()[-1].lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")
    qtbot.keyClick(panel.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panel.filter.hasFocus)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        type_text(qtbot, panel.filter, typed)
    assert nordic in _names(panel), (typed, _names(panel))
    assert all(
        typed in n.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")
        for n in _names(panel)
    )
    assert dossier.placement_id == shown and dossier.header.name.text() == heading
    # A filter that matches nobody says so, and still leaves the dossier open.
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        type_text(qtbot, panel.filter, "zzz")
    assert _names(panel) == [] and panel.empty.isVisible()
    assert dossier.placement_id == shown and dossier.stack.currentWidget() is not dossier.empty
    # Down from the filter goes to the list; Enter there opens the student.
    panel.filter.clear()
    qtbot.waitUntil(lambda: len(_names(panel)) == len(everyone), timeout=5000)
    assert dossier.placement_id == shown
