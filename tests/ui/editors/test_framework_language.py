"""The framework's wording in the reader's language where a mentor rates and a student
reads: the rating editor's competency list and anchors, the competencies tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from mentorlog.i18n import set_language
from mentorlog.models import Role
from mentorlog.services.frameworks import framework_info
from mentorlog.ui.dossier.dossier_view import DossierView
from tests.factories import Factory, as_actor
from tests.logbook_cast import Cast
from tests.ui.editors.test_observation_editor import open_editor, rate, tick


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


def test_the_rating_editor_words_the_framework_in_norwegian(
    mentor_ctx,
    cast: Cast,
    db,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    set_language("nb")
    with db.session() as s:
        norwegian = framework_info(s, cast.framework.version_id)
    com3 = next(c for c in norwegian.competencies if c.key == "COM-3")
    assert com3.name == "Dempe spenninger gjennom dialog"
    editor = open_editor(mentor_ctx, cast, qtbot)
    item = editor.ratings.picker.item_for(com3.id)
    assert item is not None and item.text(0) == "COM-3  Dempe spenninger gjennom dialog"
    assert item.parent().text(0) == "Kommunikasjon og samhandling"
    tick(editor, qtbot, "dempe", com3.id)  # found by its Norwegian name
    rate(editor, qtbot, com3.id, "4")
    anchor = editor.ratings.rows[com3.id].anchor.text()
    assert "Kompetent, arbeider selvstendig" in anchor
    assert com3.anchors[4] in anchor and com3.anchors[4].startswith("Merker økende spenning")


def test_the_competencies_tab_words_levels_in_finnish(ctx, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.ui.dossier.competencies_model import MENTOR

    with db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Liis", "Tamm", Role.MENTOR)
        p = f.placement(f.person("Aino", "Virtanen", Role.STUDENT), [mentor])
        f.observation(p, mentor, date(2025, 3, 1), "Rauhallinen aamu.", ratings={"COM-1": 4})
        ctx.set_actor(as_actor(mentor, Role.MENTOR))
        placement_id = p.id
    set_language("fi")
    view = DossierView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    with qtbot.waitSignal(view.shown, timeout=10_000):
        view.set_placement(placement_id)
    tab = view.competencies
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        view.show_tab("competencies")
    model = tab.model
    row = model.row_of("COM-1")
    assert model.index(row, MENTOR).data() == "4 – Osaava, toimii itsenäisesti"
    shown = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(2)}
    assert "Vankien lähestyminen ja kohtaaminen" in " ".join(str(v) for v in shown)
