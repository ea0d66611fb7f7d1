"""Site › Frameworks names each framework in the reader's language and lists the
languages each version's wording is in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from mentorlog.i18n import set_language
from mentorlog.services.framework_files import list_frameworks
from mentorlog.ui.site_admin.frameworks_dialog import FrameworksModel


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


def test_the_frameworks_list_shows_names_and_languages(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    set_language("fr")
    with db.session() as s:
        rows = list_frameworks(s)
    model = FrameworksModel()
    model.set_rows(rows)
    name = model.index(0, FrameworksModel.NAME).data()
    assert name == "Référentiel de stage en sécurité dynamique (dynamic-security-placement)"
    languages = model.index(0, FrameworksModel.LANGUAGES).data()
    assert languages == "EN NB FI ET FR NL"
    tip = model.index(0, FrameworksModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == name  # the whole of it, where the column elides it
    assert model.headerData(FrameworksModel.LANGUAGES, Qt.Orientation.Horizontal) == "Languages"
