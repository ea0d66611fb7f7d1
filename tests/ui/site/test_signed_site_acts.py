"""Site windows whose act is a signature: a coordinator signed in imports a framework
version in Site › Frameworks, or completes a placement (told first that this signs it
off), and the record carries their signed sign-off."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from mentorlog.models import AuditEvent, SignOff
from mentorlog.ui.site_admin import site_menu
from tests.signed_site import sign_in
from tests.trust_cast import make_trust_cast


def test_a_framework_imported_in_the_window_is_signed_by_the_coordinator(
    qtbot, ctx, db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    make_trust_cast(db)
    coordinator = sign_in(db, "coordinator")  # their key is held from now on
    data = json.loads(Path("resources/frameworks/dynamic-security.json").read_text("utf-8"))
    data["version"] = 2
    path = tmp_path / "ds-2.json"
    path.write_text(json.dumps(data), "utf-8")
    ctx.set_actor(coordinator)
    dialog = site_menu.open_window("frameworks", ctx, None)
    dialog.import_file(path)
    qtbot.waitUntil(lambda: "version 2, is now in force" in dialog.status.text(), timeout=5000)
    with db.session() as s:
        (row,) = s.scalars(select(SignOff).where(SignOff.record_type == "framework_version"))
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "framework.import"))
    assert row.person_id == coordinator.person_id and row.signature and row.record_version == 2
    assert event is not None and event.detail["sign_off"] == str(row.id)
    dialog.close()


def test_completing_a_placement_in_the_window_says_it_signs_and_does(qtbot, ctx, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from mentorlog.services.placement_admin import placement_detail
    from mentorlog.ui.site_admin.placement_actions import EndDialog

    cast = make_trust_cast(db)
    coordinator = sign_in(db, "coordinator")
    ctx.set_actor(coordinator)
    with db.session() as s:
        detail = placement_detail(s, coordinator, cast.placement_id)
    dialog = EndDialog(ctx, None, detail)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.status_box
    assert box.currentText() == "Completed" and dialog.sign_note.isVisible()
    assert "signs it off" in dialog.sign_note.text()
    box.setCurrentIndex(box.findData("interrupted"))
    assert not dialog.sign_note.isVisible()  # an interruption is no sign-off
    box.setCurrentIndex(box.findData("completed"))
    assert dialog.sign_note.isVisible()
    with qtbot.waitSignal(ctx.changed, timeout=5000):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with db.session() as s:
        (row,) = s.scalars(select(SignOff).where(SignOff.record_type == "placement"))
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "placement.final_sign_off"))
    assert row.person_id == coordinator.person_id and row.signature
    assert event is not None and event.detail["sign_off"] == str(row.id)
