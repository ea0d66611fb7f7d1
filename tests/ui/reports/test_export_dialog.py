"""The export dialog driven as a person would: choose, preview, export, cancel."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mentorlog.ui.export_dialog import COHORT, SEVERAL, ExportDialog, open_export_dialog


def _dialog(ctx, qtbot, actor, placement_id=None) -> ExportDialog:  # type: ignore[no-untyped-def]
    ctx.set_actor(actor)
    dialog = open_export_dialog(ctx, None, placement_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled() or dialog.empty.isVisible())
    return dialog


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_one_student_export_and_open_buttons(ctx, qtbot, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.coordinator, world.placement_id)
    assert dialog.student_combo.count() == 3
    assert dialog.student_combo.currentText().startswith("Jüri Õunapuu-Kask")
    assert dialog.out_edit.text().endswith("Jüri Õunapuu-Kask progress report.pdf")
    out = tmp_path / "jyri.pdf"  # typed: QTest types only keys a keyboard has
    dialog.out_edit.clear()
    qtbot.keyClicks(dialog.out_edit, str(out))
    dialog.options.section_boxes["reflections"].setChecked(False)
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15_000)
    assert "Wrote 1 PDF" in dialog.status.text()
    assert dialog.open_file_button.isVisibleTo(dialog)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Jüri Õunapuu-Kask" in text and "Första samtalet" not in text


def test_preview_shows_the_pages_before_saving(ctx, qtbot, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.mentor, world.cyrillic_placement_id)
    assert dialog.student_combo.currentText().startswith("Алексей Иванов")
    assert not dialog.mode_cohort.isEnabled()  # the summary is for coordinators
    _click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=15_000)
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.page_count > 0)
    assert "Алексей Иванов" in preview.windowTitle()
    assert not list(tmp_path.glob("*.pdf"))
    preview.close()


def test_cohort_export_can_be_cancelled_and_leaves_only_whole_files(
    ctx, qtbot, world, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.coordinator)
    dialog.set_mode(COHORT)
    folder = tmp_path / "cohort"
    dialog.out_edit.setText(str(folder))
    seen: list[tuple[int, int]] = []
    report = dialog._progressed

    def progressed(done: int, total: int, what: str) -> None:
        report(done, total, what)
        seen.append((done, total))
        if len(seen) == 1:
            assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
            _click(qtbot, dialog.cancel_button)

    dialog._progressed = progressed  # type: ignore[method-assign]
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=20_000)
    result = dialog.last_result
    assert result.cancelled and "cancelled" in dialog.status.text()
    assert seen[0][1] == 4  # three students and the summary
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == len(result.files) < 4
    assert not [name for name in written if name.endswith(".part")]
    assert dialog.export_button.isEnabled()


def test_several_students_need_a_tick_and_export_all_ticked(ctx, qtbot, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.coordinator)
    dialog.set_mode(SEVERAL)
    dialog.out_edit.setText(str(tmp_path / "several"))
    _click(qtbot, dialog.export_button)
    assert dialog.status.text() == "Tick at least one student to export."
    for row in range(2):
        dialog.student_list.item(row).setCheckState(Qt.CheckState.Checked)
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15_000)
    assert len(dialog.last_result.files) == 2
    assert dialog.open_folder_button.isVisibleTo(dialog)


def test_nothing_to_report_says_what_next(ctx, qtbot, world) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.outsider)
    assert dialog.empty.isVisibleTo(dialog)
    assert "no placements you may report on" in dialog.empty.text()
    assert not dialog.export_button.isEnabled()


def test_other_work_runs_between_the_reports_of_a_cohort_export(
    ctx, qtbot, world, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from mentorlog.ui.ops import Op

    dialog = _dialog(ctx, qtbot, world.coordinator)
    dialog.set_mode(COHORT)
    dialog.out_edit.setText(str(tmp_path / "cohort"))
    order: list[str] = []
    report = dialog._progressed

    def progressed(done: int, total: int, what: str) -> None:
        report(done, total, what)
        if done == 0 and not what:  # the first report is under way: someone opens a dossier
            Op(None, lambda s: s.execute(text("SELECT 1")).scalar()).success(
                lambda _: order.append("a read")
            ).run(ctx)

    dialog._progressed = progressed  # type: ignore[method-assign]
    finished = dialog._finished

    def done(result) -> None:  # type: ignore[no-untyped-def]
        order.append("export finished")
        finished(result)

    dialog._finished = done  # type: ignore[method-assign]
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30_000)
    # The read did not wait for the whole cohort: it ran after the first report.
    assert order == ["a read", "export finished"]
    assert len(dialog.last_result.files) == 4 and not dialog.last_result.cancelled


def test_cohort_mode_offers_the_open_students_cohort_and_no_old_result(  # type: ignore[no-untyped-def]
    ctx, qtbot, world, db, tmp_path
) -> None:
    from mentorlog.models import Academy, Cohort, Role
    from tests.factories import Factory

    with db.transaction() as s:  # a second cohort, named first: not the open student's
        f = Factory(s)
        academy = s.query(Academy).first()
        other = Cohort(academy_id=academy.id, name="Autumn 2024 – Tallinn")
        s.add(other)
        s.flush()
        f.placement(f.person("Mari", "Mets", Role.STUDENT), cohort=other)
    dialog = _dialog(ctx, qtbot, world.coordinator, world.placement_id)
    assert dialog.cohort_combo.count() == 2
    dialog.out_edit.setText(str(tmp_path / "one.pdf"))
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: "Wrote 1 PDF" in dialog.status.text(), timeout=15_000)
    _click(qtbot, dialog.mode_cohort)
    assert dialog.mode() == COHORT
    assert dialog.status.text() == ""  # the last export's result is not this choice's
    assert dialog.cohort_combo.currentText().startswith("Kevad 2025 – Jõgeva")


def test_the_report_is_written_in_the_language_chosen(ctx, qtbot, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(ctx, qtbot, world.coordinator, world.placement_id)
    box = dialog.options.language
    assert box.currentData() == "en"  # the reader's own language first
    box.setCurrentIndex(box.findData("fi"))
    out = tmp_path / "fi.pdf"
    dialog.out_edit.setText(str(out))
    _click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15_000)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Harjoittelun edistymisraportti" in text and "Yhteenveto" in text
    assert "Placement progress report" not in text and "Jüri Õunapuu-Kask" in text
    assert PdfReader(out).trailer["/Root"]["/Lang"] == "fi-FI"
