"""The shell's item models on their own, without a view."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QModelIndex, Qt

from mentorlog.models import Visibility
from mentorlog.services.competencies import CompetencyOverview, CompetencyStatus, LevelSeen
from mentorlog.services.placements import PlacementRow
from mentorlog.services.search import MARK_END, MARK_START
from mentorlog.services.timeline import EntryKind, TimelineEntry
from mentorlog.ui import colors
from mentorlog.ui.dossier.competencies_model import MENTOR, SELF, TIMES, CompetenciesModel
from mentorlog.ui.dossier.entry_delegate import elide_parts, split_marked
from mentorlog.ui.dossier.timeline_model import (
    ENTRY,
    RATINGS,
    STATUS,
    DetailRole,
    HeadlineRole,
    TimelineModel,
)
from mentorlog.ui.placements_model import (
    CONCERNS,
    LAST_SEEN,
    PHASE,
    STUDENT,
    IsGroupRole,
    PlacementIdRole,
    PlacementsModel,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def placement(name: str, prison: str, cohort: str, **kw) -> PlacementRow:  # type: ignore[no-untyped-def]
    values = dict(
        placement_id=uuid.uuid4(),
        student_name=name,
        prison=prison,
        unit="",
        cohort=cohort,
        phase="midpoint",
        status="active",
        starts_on=date(2025, 1, 1),
        ends_on=date(2025, 6, 30),
        last_observed_on=date(2025, 3, 1),
        days_since_observed=3,
        open_concerns=0,
        unacknowledged=0,
    )
    values.update(kw)
    return PlacementRow(**values)  # type: ignore[arg-type]


def test_placements_are_grouped_under_prison_and_cohort(qapp) -> None:  # type: ignore[no-untyped-def]
    rows = [
        placement("Ingrid Sæther", "Oslo fengsel", "2025"),
        placement("Ola Berg", "Oslo fengsel", "2025", open_concerns=2, days_since_observed=40),
        placement(
            "Иван Петров", "Tallinna Vangla", "", days_since_observed=None, last_observed_on=None
        ),
    ]
    model = PlacementsModel()
    model.set_rows(rows)
    assert model.rowCount() == 2
    oslo, tallinn = model.index(0, 0), model.index(1, 0)
    assert oslo.data() == "Oslo fengsel · 2025 (2)"
    assert tallinn.data() == "Tallinna Vangla (1)"
    assert oslo.data(IsGroupRole) is True
    assert not (model.flags(oslo) & Qt.ItemFlag.ItemIsSelectable)
    assert model.rowCount(oslo) == 2 and model.rowCount(tallinn) == 1
    ola = model.index(1, 0, oslo)
    assert model.parent(ola) == oslo
    assert ola.data() == "Ola Berg"
    assert ola.data(PlacementIdRole) == rows[1].placement_id
    assert ola.siblingAtColumn(PHASE).data() == "Mid-point"
    assert ola.siblingAtColumn(CONCERNS).data() == "2"
    assert ola.siblingAtColumn(CONCERNS).data(Qt.ItemDataRole.ForegroundRole) == (
        colors.attention_text()
    )
    assert ola.siblingAtColumn(LAST_SEEN).data() == "40 d"
    assert ola.data(Qt.ItemDataRole.ToolTipRole) == (
        "Ola Berg, mid-point phase: Oslo fengsel, 2025-01-01 – 2025-06-30"
    )
    # A finished placement says so, not "0 d" for an observation on its last day.
    done = PlacementsModel()
    done.set_rows(
        [placement("Ola Berg", "Oslo fengsel", "2024", status="completed", days_since_observed=0)]
    )
    ended = done.index(0, 0, done.index(0, 0)).siblingAtColumn(LAST_SEEN)
    assert ended.data() == "ended"
    # Observed today: said in words, not "0 d".
    today = PlacementsModel()
    today.set_rows([placement("Ola Berg", "Oslo fengsel", "2024", days_since_observed=0)])
    assert today.index(0, 0, today.index(0, 0)).siblingAtColumn(LAST_SEEN).data() == "today"
    assert ended.data(Qt.ItemDataRole.ToolTipRole) == (
        "Placement ended 30 June 2025; last observation 1 March 2025"
    )
    ivan = model.index(0, 0, tallinn)
    assert ivan.siblingAtColumn(LAST_SEEN).data() == "—"
    assert ivan.siblingAtColumn(LAST_SEEN).data(Qt.ItemDataRole.ToolTipRole) == ("Not observed yet")
    assert ivan.siblingAtColumn(CONCERNS).data() == ""
    assert model.index_of(rows[2].placement_id) == ivan
    assert model.first_placement().data(PlacementIdRole) == rows[0].placement_id
    assert ivan.data(Qt.ItemDataRole.AccessibleTextRole) == "Иван Петров, Mid-point phase"
    model.set_rows([])
    assert model.rowCount() == 0 and not model.first_placement().isValid()
    assert model.index(0, STUDENT, QModelIndex()).isValid() is False


def entry(kind: EntryKind, **kw) -> TimelineEntry:  # type: ignore[no-untyped-def]
    values = dict(
        kind=kind,
        entry_id=uuid.uuid4(),
        on=date(2025, 3, 14),
        title="",
        summary="Talked with a prisoner.",
        author="Liis Tamm",
        visibility=Visibility.SHARED,
        status="published",
    )
    values.update(kw)
    return TimelineEntry(**values)  # type: ignore[arg-type]


def test_timeline_rows_word_each_kind(qapp) -> None:  # type: ignore[no-untyped-def]
    model = TimelineModel()
    model.set_rows(
        [
            entry(
                EntryKind.OBSERVATION,
                shift="late",
                setting="A-wing",
                ratings=5,
                lowest=2,
                discussed=True,
            ),
            entry(EntryKind.OBSERVATION, visibility=Visibility.PRIVATE, status="draft"),
            entry(
                EntryKind.REFLECTION,
                title="After the alarm",
                snippet=f"the {MARK_START}alarm{MARK_END} rang",
            ),
            entry(EntryKind.REVIEW, title="midpoint", outcome="on_track"),
            entry(EntryKind.CONCERN, status="monitoring"),
        ]
    )

    def cell(row: int, column: int, role: int = DISPLAY):  # type: ignore[no-untyped-def]
        return model.index(row, column).data(role)

    assert model.rowCount() == 5
    assert cell(0, ENTRY, HeadlineRole) == "Late shift · A-wing"
    assert cell(0, RATINGS) == "5 competencies\nlowest level 2"  # in words, two lines
    assert cell(0, RATINGS, Qt.ItemDataRole.ToolTipRole) == "5 competencies rated; lowest level 2"
    assert cell(0, STATUS) == "Discussed"
    assert cell(1, STATUS) == "Private note\nDraft"  # a mark a line
    assert cell(1, STATUS, Qt.ItemDataRole.ToolTipRole) == "Private note, Draft"
    assert cell(1, RATINGS) == ""
    assert cell(2, ENTRY, HeadlineRole) == "After the alarm"
    assert cell(2, ENTRY, DetailRole) == f"the {MARK_START}alarm{MARK_END} rang"
    assert cell(2, ENTRY, Qt.ItemDataRole.ToolTipRole) == "After the alarm\nthe alarm rang"
    assert cell(3, ENTRY, HeadlineRole) == "Mid-point review · On track"
    assert cell(4, ENTRY, HeadlineRole) == "Cause for concern · Monitoring"
    assert cell(0, 0) == "2025-03-14"
    assert model.row_of(model.entry(3).entry_id) == 3


def test_snippet_runs_and_elision(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    parts = split_marked(f"a {MARK_START}knife{MARK_END} in the {MARK_START}cell{MARK_END}")
    assert parts == [("a ", False), ("knife", True), (" in the ", False), ("cell", True)]
    metrics = QFontMetrics(QFont())
    assert elide_parts(parts, metrics, 10_000) == parts
    short = elide_parts(parts, metrics, metrics.horizontalAdvance("a knife i…"))
    assert short[-1] == ("…", False)
    assert ("knife", True) in short
    assert "".join(t for t, _ in short).startswith("a knife")


def test_competency_rows_keep_mentor_and_student_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    def seen(value: int, on: date) -> LevelSeen:
        return LevelSeen(value, str(value), f"Level {value}", on)

    rows = (
        CompetencyStatus(
            "COM-1",
            "Talks with prisoners",
            "",
            "Communication",
            seen(2, date(2025, 3, 1)),
            seen(5, date(2025, 3, 2)),
            7,
            3,
            False,
            below_expected=True,
        ),
        CompetencyStatus(
            "SUR-1", "Watches the wing", "", "Surveillance", None, None, 0, None, True
        ),
    )
    overview = CompetencyOverview(rows, (), 2.6, date(2025, 3, 4), 21)
    model = CompetenciesModel()
    model.set_rows(overview)
    assert model.index(0, MENTOR).data() == "2 – Level 2"
    assert model.index(0, SELF).data() == "5 – Level 5"
    assert "2025" in model.index(0, SELF).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, TIMES).data() == "7"
    # Recent ratings below the level expected by now (the service says which): marked,
    # with the reason.
    assert model.index(0, MENTOR).data(Qt.ItemDataRole.ForegroundRole) == colors.attention_text()
    assert "below 2.6, the level expected by now" in model.index(0, MENTOR).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(1, MENTOR).data() == "not rated yet"
    assert model.index(1, SELF).data() == "—"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == colors.attention_background()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.row_of("SUR-1") == 1
