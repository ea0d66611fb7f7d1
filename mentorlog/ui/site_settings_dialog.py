"""Administration > Site settings: what an administrator chooses for every workstation of
the site (for now, how long an untouched window waits before it locks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorlog.services import site_settings
from mentorlog.services.errors import StaleEditError, ValidationError
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.stale_edit import Choice, Version, ask_stale


class SiteSettingsDialog(QDialog):
    """Loads the settings on the worker, saves them through the service (which refuses
    anyone but an administrator and audits the change), and closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("siteSettingsDialog")
        self.setWindowTitle(self.tr("Site settings"))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(site_settings.IDLE_LOCK_MIN, site_settings.IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMaximumWidth(110)
        self.idle_minutes.setAccessibleName(self.tr("Lock an untouched window after, minutes"))
        self.problem = ProblemLabel()
        note = QLabel(
            self.tr(
                "On every workstation of this site, a window nobody has typed in or moved the "
                "mouse over for this long locks itself; its user unlocks it with their "
                "password. Anyone can lock at once with Ctrl+Shift+L."
            )
        )
        note.setWordWrap(True)
        make_secondary(note)
        form = QFormLayout()
        form.addRow(self.tr("&Lock an untouched window after"), self.idle_minutes)
        form.addRow("", self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.setEnabled(False)
        self._version = 0  # the setting's row version the dialog shows
        Op(self, site_settings.idle_lock_setting).success(self._loaded).run(ctx)

    def _loaded(self, setting: site_settings.IdleLockSetting) -> None:
        self._version = setting.row_version
        self.idle_minutes.setValue(setting.minutes)
        self.setEnabled(True)
        self.idle_minutes.setFocus()
        self.idle_minutes.selectAll()

    def save(self) -> None:
        actor, minutes, version = self.ctx.actor, self.idle_minutes.value(), self._version
        self.problem.show_problem("")
        self.setEnabled(False)
        Op(
            self,
            lambda s: site_settings.set_idle_lock_minutes(
                s, actor, minutes, expected_version=version
            ),
        ).success(lambda _: self.accept()).failure(self._refused).run(self.ctx)

    def _refused(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.problem.show_problem("\n".join(exc.problems.values()))
            self.idle_minutes.setFocus()
        elif isinstance(exc, StaleEditError):
            mine = self.idle_minutes.value()
            Op(self, site_settings.idle_lock_setting).success(
                lambda theirs: self._compare(exc, mine, theirs)
            ).run(self.ctx)
        else:
            show_error(self, exc)

    def _compare(
        self, exc: StaleEditError, mine: int, theirs: site_settings.IdleLockSetting
    ) -> None:
        minutes = self.tr("%1 min")
        field = Version(
            "minutes",
            self.tr("Lock an untouched window after"),
            minutes.replace("%1", str(mine)),
            minutes.replace("%1", str(theirs.minutes)),
            multiline=False,
            editable=False,
        )

        def resolved(choice: Choice, _merged: dict[str, str]) -> None:
            self._version = theirs.row_version
            if choice == Choice.MINE:
                self.save()
            elif choice == Choice.THEIRS:
                self.idle_minutes.setValue(theirs.minutes)

        ask_stale(self, exc, [field], resolved)


def open_site_settings(ctx: AppContext, parent: QWidget | None = None) -> SiteSettingsDialog:
    dialog = SiteSettingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
