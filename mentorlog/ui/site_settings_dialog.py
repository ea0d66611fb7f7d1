"""Administration > Site settings: what an administrator chooses for every workstation of
the site: how long an untouched window waits before it locks, and what the privacy
check looks for (prison number formats, the words a name or a number follows, names to
watch for, words that are never names here), with a sentence to try the rules on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import word
from mentorlog.services import sensitive_text, site_settings
from mentorlog.services.errors import StaleEditError, ValidationError
from mentorlog.services.sensitive_rules import SensitiveRules
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.editors.sensitive_check import describe
from mentorlog.ui.errors import show_error
from mentorlog.ui.ops import Op
from mentorlog.ui.stale_edit import Choice, Version, ask_stale

LISTS = ("number_formats", "number_cues", "name_cues", "watched_names", "not_names")


@dataclass(frozen=True)
class Loaded:
    lock: site_settings.IdleLockSetting
    rules: SensitiveRules
    rules_version: int  # the row versions a save is made from (0: never saved)


def _load(session: Any) -> Loaded:
    return Loaded(
        site_settings.idle_lock_setting(session),
        sensitive_text.load_rules(session),
        sensitive_text.rules_version(session),
    )


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    make_secondary(label)
    return label


class SiteSettingsDialog(QDialog):
    """Loads the settings on the worker, saves them through the services (which refuse
    anyone but an administrator and audit the change), and closes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rules = SensitiveRules()
        self._versions = (0, 0)  # the idle lock's and the rules' row versions shown
        self.setObjectName("siteSettingsDialog")
        self.setWindowTitle(self.tr("Site settings"))
        self.general_problem = ProblemLabel(self)
        self.problems = Problems(self.general_problem)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._lock_page(), self.tr("&Locking"))
        self.tabs.addTab(self._privacy_page(), self.tr("&Privacy check"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_problem)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        self.setEnabled(False)
        Op(self, _load).success(self._loaded).run(ctx)

    # -- pages ------------------------------------------------------------------------

    def _lock_page(self) -> QWidget:
        page = QWidget(self)
        self.idle_minutes = QSpinBox(page)
        self.idle_minutes.setObjectName("idleLockMinutes")
        self.idle_minutes.setRange(site_settings.IDLE_LOCK_MIN, site_settings.IDLE_LOCK_MAX)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setMaximumWidth(110)
        self.idle_minutes.setAccessibleName(self.tr("Lock an untouched window after, minutes"))
        self.problem = ProblemLabel(page)
        self.problems.add(site_settings.IDLE_LOCK_KEY, self.problem, self.idle_minutes)
        form = QFormLayout()
        form.addRow(self.tr("Lock an &untouched window after"), self.idle_minutes)
        form.addRow("", self.problem)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                self.tr(
                    "On every workstation of this site, a window nobody has typed in or moved "
                    "the mouse over for this long locks itself; its user unlocks it with their "
                    "password. Anyone can lock at once with Ctrl+Shift+L."
                ),
                page,
            )
        )
        layout.addStretch(1)
        return page

    def _privacy_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(
            _note(
                self.tr(
                    "Before a record is published, saved or signed, mentorlog shows back what "
                    "seems to name a prisoner or give a prison number and offers a neutral "
                    "reference. The names of this site's own people, prisons, units and cohorts "
                    "are never flagged. One entry a line."
                ),
                page,
            )
        )
        self.lists: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label, hint in (
            (
                "number_formats",
                self.tr("Prison &number formats"),
                self.tr("9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a "
                        "regular expression."),
            ),
            (
                "number_cues",
                self.tr("&Before a number"),
                self.tr("Replaced with the number after them: prison no., fangenummer"),
            ),
            (
                "name_cues",
                self.tr("Before a &name"),
                self.tr("A capitalised name after these is flagged: prisoner, Mr, innsatt. "
                        "Written with a capital (Mr), a word is a title and goes with the name."),
            ),
            ("watched_names", self.tr("&Watch for"), self.tr("Names flagged wherever they are")),
            (
                "not_names",
                self.tr("Ne&ver names"),
                self.tr("Capitalised words of this site that are not names: Gardenia, Bergen"),
            ),
        ):
            edit = QPlainTextEdit(page)
            edit.setObjectName(name)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(label.replace("&", ""))
            edit.setAccessibleDescription(hint)
            edit.setPlaceholderText(hint)
            edit.setToolTip(hint)
            edit.setFixedHeight(58)
            edit.textChanged.connect(self._try)
            problem = ProblemLabel(page)
            self.problems.add(name, problem, edit)
            form.addRow(label, edit)
            if name in ("number_formats", "name_cues"):  # the rules a list is read by
                form.addRow("", _note(hint, page))
            form.addRow("", problem)
            self.lists[name] = edit
        layout.addLayout(form)
        self.sample = QLineEdit(page)
        self.sample.setObjectName("privacySample")
        self.sample.setPlaceholderText(self.tr("Type a sentence to see what would be flagged"))
        self.sample.setAccessibleName(self.tr("Try the rules on a sentence"))
        self.sample.textChanged.connect(self._try)
        self.sample_result = QLabel(page)
        self.sample_result.setObjectName("privacySampleResult")
        self.sample_result.setWordWrap(True)
        self.sample_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        try_form = QFormLayout()
        try_form.addRow(self.tr("&Try"), self.sample)
        try_form.addRow("", self.sample_result)
        layout.addLayout(try_form)
        layout.addStretch(1)
        return page

    # -- loading and trying -------------------------------------------------------------

    def _loaded(self, loaded: Loaded) -> None:
        self._rules = loaded.rules
        self._versions = (loaded.lock.row_version, loaded.rules_version)
        self.idle_minutes.setValue(loaded.lock.minutes)
        for name, edit in self.lists.items():
            edit.setPlainText("\n".join(getattr(loaded.rules, name)))
        self.setEnabled(True)
        self.idle_minutes.setFocus()
        self.idle_minutes.selectAll()

    def chosen_rules(self) -> SensitiveRules:
        """The rules as edited, with what the database knows (for trying them)."""
        lists = {
            name: tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())
            for name, edit in self.lists.items()
        }
        rules = self._rules
        return SensitiveRules(
            **lists,
            known_words=rules.known_words,
            known_names=rules.known_names,
            place_words=rules.place_words,
        )

    def _try(self) -> None:
        text = self.sample.text()
        if not text.strip():
            self.sample_result.setText("")
            return
        rules = self.chosen_rules()
        if problems := sensitive_text.problems_of(rules):
            self.sample_result.setText("\n".join(word(p) for p in problems.values()))
            return
        found = sensitive_text.find_sensitive(text, rules)
        self.sample_result.setText(
            "\n".join(describe(f) for f in found) if found else self.tr("Nothing is flagged.")
        )

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        actor, minutes, rules = self.ctx.actor, self.idle_minutes.value(), self.chosen_rules()
        lock_version, rules_version = self._versions
        self.problems.clear()
        self.setEnabled(False)

        def work(session: Any) -> None:
            site_settings.set_idle_lock_minutes(
                session, actor, minutes, expected_version=lock_version
            )
            sensitive_text.save_rules(session, actor, rules, expected_version=rules_version)

        Op(self, work).success(lambda _: self.accept()).failure(self._refused).run(self.ctx)

    def _refused(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, ValidationError):
            if set(exc.problems) & set(LISTS):
                self.tabs.setCurrentIndex(1)
            self.problems.show(exc.problems)
        elif isinstance(exc, StaleEditError):
            mine = (self.idle_minutes.value(), self.chosen_rules())
            Op(self, _load).success(lambda theirs: self._compare(exc, mine, theirs)).run(self.ctx)
        else:
            show_error(self, exc)

    def _compare(
        self, exc: StaleEditError, mine: tuple[int, SensitiveRules], theirs: Loaded
    ) -> None:
        """Someone saved the settings meanwhile: what they chose beside what is typed here;
        save these over theirs, or take theirs into the form."""
        minutes = self.tr("%1 min")
        fields = [
            Version(
                "minutes",
                self.tr("Lock an untouched window after"),
                minutes.replace("%1", str(mine[0])),
                minutes.replace("%1", str(theirs.lock.minutes)),
                multiline=False,
                editable=False,
            )
        ]
        for name, edit in self.lists.items():
            ours, others = getattr(mine[1], name), getattr(theirs.rules, name)
            if ours != others:
                label = edit.accessibleName()
                fields.append(
                    Version(name, label, "\n".join(ours), "\n".join(others), editable=False)
                )

        def resolved(choice: Choice, _merged: dict[str, str]) -> None:
            self._versions = (theirs.lock.row_version, theirs.rules_version)
            if choice == Choice.MINE:
                self.save()
            elif choice == Choice.THEIRS:
                self._loaded(theirs)

        ask_stale(self, exc, fields, resolved)


def open_site_settings(ctx: AppContext, parent: QWidget | None = None) -> SiteSettingsDialog:
    dialog = SiteSettingsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
