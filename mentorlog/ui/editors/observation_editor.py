"""Recording a shift: the observation editor.

Typed text is autosaved to a Draft row while the mentor types, and offered back after a
crash. "Save draft" (Ctrl+S) keeps an unpublished observation; "Publish" (Ctrl+Return)
validates and shows each problem beside its field; Close (Ctrl+W, Esc) asks only when
there are unsaved changes.

A published observation shows its sign-off state above the form: its author signs it
(then it is locked and opens read-only); a signed one is corrected by amending it, in an
editor opened with ``amend=True`` that asks why and saves version n+1.
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import EntryStatus, Visibility
from mentorlog.services import drafts, observations, signoff
from mentorlog.services import observation_editing as editing
from mentorlog.services.observations import ObservationInput, ObservationView
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors import observation_actions
from mentorlog.ui.editors.dates import moment_text
from mentorlog.ui.editors.editor_dialog import EditorDialog
from mentorlog.ui.editors.focus_watch import FocusOutWatcher
from mentorlog.ui.editors.narrative_frame import NarrativeFrame
from mentorlog.ui.editors.ratings_panel import RatingsPanel
from mentorlog.ui.editors.record_versions import ObservationVersions
from mentorlog.ui.editors.shift_fields import ShiftFields
from mentorlog.ui.editors.sign_bar import ReasonField, SignBar
from mentorlog.ui.editors.signed_elsewhere import SignedElsewhere
from mentorlog.ui.keys import chain_tabs, set_if_changed


class ObservationEditor(ObservationVersions, EditorDialog):
    published = Signal(object)  # ObservationView

    draft_kind = editing.DRAFT_KIND

    def __init__(
        self,
        ctx: AppContext,
        placement_id: uuid.UUID,
        observation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
        *,
        amend: bool = False,
    ) -> None:
        super().__init__(ctx, placement_id, observation_id, parent)
        # Amending: correcting a signed observation as a new version (asks for a reason).
        self.amending = amend and observation_id is not None
        if self.amending:  # autosaved apart, so recovery reopens it as an amendment
            self.draft_kind = editing.AMENDMENT_KIND
        self.status: EntryStatus | None = None
        self.data: editing.EditorData | None = None
        self.setObjectName("observationEditor")
        self.setWindowTitle(self.tr("Observation"))
        self.resize(1100, 820)
        self._build()
        actor = self._actor
        amending = self.amending
        self.load(
            lambda s: editing.editor_data(s, actor, placement_id, observation_id, amend=amending)
        )

    @property
    def observation_id(self) -> uuid.UUID | None:
        return self.record_id

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.restored = QLabel(self)
        self.restored.setObjectName("restoredNotice")
        self.restored.setWordWrap(True)
        self.restored.hide()
        self.sign_bar = SignBar(self)
        self.sign_bar.sign_button.clicked.connect(self.sign)
        self.sign_bar.amend_button.clicked.connect(self.amend)
        self.sign_bar.versions_button.clicked.connect(self.show_versions)
        self.fields = ShiftFields(self)

        self.narrative_frame = NarrativeFrame(self)
        self.visibility_banner = self.narrative_frame.visibility_banner
        self.narrative = self.narrative_frame.narrative
        self.narrative_problem = self.narrative_frame.problem

        self.fields.register(self.problems)
        self.problems.add("narrative", self.narrative_problem, self.narrative)
        self.ratings = RatingsPanel(self.problems, self)
        self.problems.reveal = self.ratings.reveal

        self.discussed = QCheckBox(self.tr("Dis&cussed with the student"), self)
        self.discussed.setObjectName("discussed")
        self.shared = QRadioButton(self.tr("Sh&ared with the student"), self)
        self.shared.setObjectName("shared")
        self.private = QRadioButton(self.tr("Pri&vate mentor note (only you)"), self)
        self.private.setObjectName("private")
        self.shared.setChecked(True)
        options = QHBoxLayout()
        options.addWidget(self.discussed)
        options.addStretch(1)
        options.addWidget(self.shared)
        options.addWidget(self.private)
        self.reason = ReasonField(self.problems, self)  # shown while amending

        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.hide()
        self.close_button = QPushButton(self.tr("Close"), self)
        self.draft_button = QPushButton(self.tr("&Save draft"), self)
        self.draft_button.setObjectName("saveDraftButton")
        self.draft_button.setToolTip(self.tr("Keep it unpublished (Ctrl+S)"))
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setToolTip(self.tr("Check and publish (Ctrl+Enter)"))
        self.publish_button.setDefault(False)
        self.publish_button.setAutoDefault(False)
        self.draft_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.autosave_state)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.publish_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.sign_bar)
        layout.addWidget(self.restored)
        layout.addWidget(self.fields)
        # The mentor decides how much room the text and the ratings get.
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.narrative_frame)
        self.split.addWidget(self.ratings)
        self.split.setSizes([260, 440])
        layout.addWidget(self.split, 1)
        layout.addLayout(options)
        layout.addWidget(self.reason)
        layout.addWidget(self.general)
        layout.addLayout(buttons)

        self.close_button.clicked.connect(self.close)
        self.draft_button.clicked.connect(self.save_draft)
        self.publish_button.clicked.connect(self.publish)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_draft)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self, self.publish)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self, self.publish)

        for signal in (
            self.fields.changed,
            self.narrative.textChanged,
            self.ratings.changed,
            self.discussed.toggled,
            self.shared.toggled,
            self.reason.edit.textChanged,
        ):
            signal.connect(self.touched)
        self.shared.toggled.connect(self._show_visibility)
        # Leaving a field saves at once: the mentor may be called away mid-sentence.
        self._focus_watch = FocusOutWatcher(self, self.autosaver.flush)
        self._focus_watch.watch(self.narrative)
        self._focus_watch.watch(self.reason.edit)
        # Signed from the timeline while open here: reload locked, keep unsaved changes.
        self.sign_watch = SignedElsewhere(self)
        self._show_visibility()
        self.ratings.rows_changed.connect(self._chain_tabs)
        self._chain_tabs()

    def _chain_tabs(self) -> None:
        """Tab in reading order: rating rows are made as they are ticked, and would
        otherwise come after Publish."""
        chain_tabs(
            [
                *self.sign_bar.focus_chain(),
                *self.fields.focus_chain(),
                self.narrative,
                *self.ratings.focus_chain(),
                self.discussed,
                self.shared,
                self.private,
                self.reason.edit,
                self.delete_button,
                self.close_button,
                self.draft_button,
                self.publish_button,
            ]
        )

    # -- loading ----------------------------------------------------------------------

    def _fill(self, data: editing.EditorData) -> None:
        self.data = data
        self.fields.set_range(data.starts_on, data.ends_on)
        self.fields.set_suggestions(data.settings, data.situations)
        self.ratings.set_framework(data.framework)
        if data.observation is not None:
            self._show_record(data.observation)
        if data.draft is not None:
            self._apply(editing.from_payload(data.draft.payload))
            # Typed from the version it was based on: a save compares with what came since.
            based_on = data.draft.payload.get("row_version")
            if isinstance(based_on, int) and data.observation is not None:
                self.base_version = based_on
            self.reason.edit.setText(str(data.draft.payload.get("reason") or ""))
            when = moment_text(data.draft.updated_at)
            text = (
                self.tr(
                    "Restored the amendment you were typing (autosaved %1). Save the "
                    "amendment to keep it; close and discard to leave the signed version as "
                    "it is."
                )
                if self.amending
                else self.tr(
                    "Restored the text you were typing (autosaved %1). Save or publish to "
                    "keep it; close and discard to go back to the saved version."
                )
            )
            self.restored.setText(text.replace("%1", when))
            self.restored.show()
        self._dirty = data.draft is not None
        state = data.sign_state
        if state is not None and data.observation is not None:
            self.sign_bar.show_state(state, data.observation.visibility == Visibility.SHARED)
        self.amending = self.amending and state is not None and state.may_amend
        self._update_heading()
        if self.amending:
            self._amend_mode()
        elif data.read_only_reason:
            self._read_only(data.read_only_reason)
            if data.kept_for_amendment:
                kept = self.tr("Changes you typed for it are kept: Amend… to carry on with them.")
                self.restored.setText(f"{data.read_only_reason} {kept}")
        self.narrative.setFocus()

    def _read_only(self, reason: str) -> None:
        """To read, not change: someone else's observation, or a signed one."""
        self.autosaver.stop()
        self.restored.setText(reason)
        self.restored.show()
        self.fields.setEnabled(False)
        self.narrative.setReadOnly(True)
        self.ratings.set_read_only()
        for widget in (self.discussed, self.shared, self.private):
            widget.setEnabled(False)
        for button in (self.draft_button, self.publish_button, self.delete_button):
            button.hide()

    def _amend_mode(self) -> None:
        """The signed version's content, editable, to be saved as the next version."""
        self.sign_bar.hide_actions()
        self.delete_button.hide()
        # An amendment corrects what was recorded; who may read it stays as signed.
        for widget in (self.shared, self.private):
            widget.setEnabled(False)
        self.reason.show()
        self.publish_button.setText(self.tr("Save a&mendment"))
        self.publish_button.setToolTip(
            self.tr("Save the correction as a new, signed version (Ctrl+Enter)")
        )

    def _show_record(self, view: ObservationView) -> None:
        self.record_id = view.id
        self.base_version = view.row_version
        self.status = view.status
        self._apply(view.as_input())
        self.delete_button.setVisible(view.locked_at is None)

    def _apply(self, data: ObservationInput) -> None:
        self.fields.set_values(
            data.observed_on, data.shift, data.duration_minutes, data.setting, data.situation_type
        )
        self.narrative.setPlainText(data.narrative)
        self.ratings.set_ratings(data.ratings)
        self.discussed.setChecked(data.discussed_with_student)
        (self.private if data.visibility == Visibility.PRIVATE else self.shared).setChecked(True)

    def _update_heading(self) -> None:
        name = self.data.student_name if self.data else ""
        state = self.data.sign_state if self.data else None
        status = {
            None: self.tr("New observation"),
            EntryStatus.DRAFT: self.tr("Draft observation"),
            EntryStatus.PUBLISHED: self.tr("Published observation"),
        }[self.status]
        if self.amending and state is not None:
            status = self.tr("Amending signed observation (version %1)").replace(
                "%1", str(state.version)
            )
        elif state is not None and state.locked_at is not None:
            status = self.tr("Signed observation")
        self.setWindowTitle(f"{status} – {name}")
        self.heading.setText(f"<h2>{escape(status)}: {escape(name)}</h2>")
        published = self.status == EntryStatus.PUBLISHED
        private = self.private.isChecked() and not self.amending
        # A published observation stays published: changes are saved by publishing them.
        # A private note is the mentor's alone: it is simply saved, ratings or not.
        self.draft_button.setVisible(not published and not private)
        if private:
            self.publish_button.setText(self.tr("Save &note"))
            self.publish_button.setToolTip(
                self.tr("Save the private note; only you will read it (Ctrl+Enter)")
            )
        elif not self.amending:
            self.publish_button.setText(
                self.tr("&Publish changes") if published else self.tr("&Publish")
            )
            self.publish_button.setToolTip(self.tr("Check and publish (Ctrl+Enter)"))

    def _show_visibility(self) -> None:
        self.narrative_frame.show_visibility(self.private.isChecked())
        if self.data is not None:
            self._update_heading()

    # -- reading the form ---------------------------------------------------------------

    def form_input(self) -> ObservationInput:
        return ObservationInput(
            observed_on=self.fields.observed_on,
            shift=self.fields.shift_value,
            narrative=self.narrative.toPlainText(),
            duration_minutes=self.fields.minutes,
            setting=self.fields.setting.currentText(),
            situation_type=self.fields.situation.currentText(),
            visibility=Visibility.PRIVATE if self.private.isChecked() else Visibility.SHARED,
            discussed_with_student=self.discussed.isChecked(),
            ratings=self.ratings.ratings(),
        )

    def draft_payload(self) -> dict[str, Any]:
        if self.amending:
            return editing.amendment_payload(
                self.form_input(), self.observation_id, self.reason.text()
            )
        return editing.to_payload(self.form_input(), self.observation_id, self.base_version)

    # -- saving -----------------------------------------------------------------------

    def save_draft(self) -> None:
        if self.status == EntryStatus.PUBLISHED or self.private.isChecked():
            self.publish()  # what Ctrl+S means for these: save it as it is shown
            return
        self._save(observations.save_draft, self.tr("Draft saved"))

    def publish(self) -> None:
        """Check the narrative and comments for prisoners' names and numbers, then
        publish (or save the amendment)."""
        if self._loading:
            return
        from mentorlog.ui.editors import sensitive_check

        texts = {"narrative": self.narrative.toPlainText(), **self.ratings.comment_texts()}
        names = {"narrative": self.tr("Narrative"), **self.ratings.comment_names()}
        sensitive_check.check_texts(
            self,
            self.ctx,
            texts,
            self._publish_checked,
            action=sensitive_check.publish_action(),
            field_names=names,
            cancelled=self.narrative.setFocus,
        )

    def _publish_checked(self, texts: dict[str, str]) -> None:
        set_if_changed(self.narrative, texts.pop("narrative"))
        self.ratings.set_comment_texts(texts)
        if self.amending:
            self._save_amendment()
        else:
            done = self.tr("Note saved") if self.private.isChecked() else self.tr("Published")
            self._save(observations.publish, done)

    def _save(self, service: Any, done_text: str, then_close: bool = False) -> None:
        if self._loading:
            return
        data, actor, pid, oid = (
            self.form_input(),
            self._actor,
            self.placement_id,
            self.observation_id,
        )
        kind, version = self.draft_kind, self.base_version

        def work(session: Any) -> ObservationView:
            view = service(session, actor, pid, data, oid, expected_version=version)
            # The autosaved copies go: of a new entry (no id yet) and of the record itself.
            for target in {oid, view.id}:
                drafts.discard_drafts_for(session, actor, kind, pid, target)
            return view

        def saved(view: ObservationView) -> None:
            self.record_id = view.id
            self.base_version = view.row_version
            self.status = view.status
            self.restored.hide()
            self.delete_button.show()
            self.state.setText(done_text)
            self._update_heading()
            if view.is_published:
                self.published.emit(view)
                self._may_close = True
                self.close()

        self.run_save(
            work,
            saved,
            then_close=then_close,
            again=lambda: self._save(service, done_text, then_close),
        )

    def save_label(self) -> str | None:
        if self.amending:
            return self.tr("Save amendment")
        if self.private.isChecked():
            return self.tr("Save note")
        return self.tr("Publish changes") if self.status == EntryStatus.PUBLISHED else None

    def saves_for_good(self) -> bool:
        # Publishing changes (the student reads them) or amending cannot be taken back.
        return self.amending or (
            self.status == EntryStatus.PUBLISHED and not self.private.isChecked()
        )

    def _save_and_close(self) -> None:
        if self.amending:
            self._save_amendment(then_close=True)
        elif self.status == EntryStatus.PUBLISHED or self.private.isChecked():
            self._save(observations.publish, self.tr("Published"), then_close=True)
        else:
            self._save(observations.save_draft, self.tr("Draft saved"), then_close=True)

    # -- signing and amending ----------------------------------------------------------------

    def _save_amendment(self, then_close: bool = False) -> None:
        if self._loading or self.observation_id is None:
            return
        data, actor, oid = self.form_input(), self._actor, self.observation_id
        reason = self.reason.text()
        forget = self.forget_drafts()

        def work(session: Any) -> ObservationView:
            new_id = signoff.amend_observation(session, actor, oid, data, reason)
            forget(session)  # the amendment typed so far is saved now
            return observations.get_observation(session, actor, new_id)

        def saved(view: ObservationView) -> None:
            self.record_id = view.id
            self.state.setText(self.tr("Amendment saved"))
            self.published.emit(view)
            self._may_close = True
            self.close()

        self.run_save(work, saved, then_close=then_close)

    def sign(self) -> None:
        """Ask, then sign what is published; the editor then shows it locked."""
        observation_actions.sign(self)

    def reload(self) -> None:
        """Read the observation and its sign-off state again (after signing)."""
        actor, pid, oid = self._actor, self.placement_id, self.observation_id
        self.load(lambda s: editing.editor_data(s, actor, pid, oid))

    def amend(self) -> ObservationEditor | None:
        """Open the signed observation to correct it as a new version; this one closes."""
        return observation_actions.amend(self)

    def show_versions(self) -> None:
        observation_actions.show_versions(self)

    def delete(self) -> None:
        observation_actions.delete(self)
