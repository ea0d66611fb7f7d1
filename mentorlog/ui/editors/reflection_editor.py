"""Writing a reflection, free or guided by a template (its sections change with it),
optionally about one observation, shared or kept private. Autosaved like every editor;
Save (Ctrl+S) checks and keeps it, Close (Ctrl+W, Esc) asks only if something is unsaved.
"""

from __future__ import annotations

import uuid
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.models import ReflectionTemplate, Visibility
from mentorlog.services import drafts, reflections
from mentorlog.services import reflection_editing as editing
from mentorlog.services.reflections import ReflectionInput, ReflectionView
from mentorlog.ui import labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.editors.dates import date_edit, from_qdate, moment_text, to_qdate
from mentorlog.ui.editors.editor_dialog import EditorDialog
from mentorlog.ui.editors.focus_watch import FocusOutWatcher
from mentorlog.ui.editors.problems import ProblemLabel
from mentorlog.ui.editors.record_versions import ReflectionVersions
from mentorlog.ui.editors.reflection_sections import (
    SectionsForm,
    section_texts,
    template_names,
)
from mentorlog.ui.keys import publish_keys, set_if_changed

# Who took part in a Socratic dialogue: colleagues' names, not prisoners'.
UNCHECKED_SECTIONS = frozenset({"participants"})


class ReflectionEditor(ReflectionVersions, EditorDialog):
    draft_kind = editing.DRAFT_KIND
    template_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        placement_id: uuid.UUID,
        reflection_id: uuid.UUID | None = None,
        observation_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, placement_id, reflection_id, parent)
        self._link_to = observation_id
        self.data: editing.ReflectionEditorData | None = None
        self.setObjectName("reflectionEditor")
        self.setWindowTitle(self.tr("Reflection"))
        self.resize(860, 760)
        self._build()
        actor = self._actor
        self.load(lambda s: editing.editor_data(s, actor, placement_id, reflection_id))

    @property
    def reflection_id(self) -> uuid.UUID | None:
        return self.record_id

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.restored = QLabel(self)
        self.restored.setObjectName("restoredNotice")
        self.restored.setWordWrap(True)
        self.restored.hide()

        self.template = QComboBox(self)
        self.template.setObjectName("template")
        for value, name in template_names().items():
            self.template.addItem(name, value)
        self.written_on = date_edit(self, "writtenOn")
        self.written_on.setMaximumDate(to_qdate(date.today()))
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("A few words to find it again (optional)"))
        self.observation = QComboBox(self)
        self.observation.setObjectName("observation")
        # Never None as item data: a PySide6 6.12 defect, see the pin in pyproject.toml.
        self.observation.addItem(self.tr("— not about one observation —"), "")

        grid = QGridLayout()
        rows = (
            ("template", self.tr("&Template"), self.template),
            ("written_on", self.tr("&Date"), self.written_on),
            ("title", self.tr("T&itle"), self.title),
            ("observation_id", self.tr("&About"), self.observation),
        )
        for row, (name, text, widget) in enumerate(rows):
            label = QLabel(text, self)
            label.setBuddy(widget)
            # Never narrower than its words (the grid cut the last letter of "Template").
            label.setMinimumWidth(label.sizeHint().width() + 2)
            widget.setAccessibleName(text.replace("&", ""))
            problem = ProblemLabel(self)
            grid.addWidget(label, row * 2, 0)
            grid.addWidget(widget, row * 2, 1)
            grid.addWidget(problem, row * 2 + 1, 1)
            self.problems.add(name, problem, widget)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(10)

        self.sections = SectionsForm(self.problems, self)
        self.problems.reveal = self.sections.ensureWidgetVisible

        self.shared = QRadioButton(self)
        self.shared.setObjectName("shared")
        self.private = QRadioButton(self.tr("Pri&vate (only you)"), self)
        self.private.setObjectName("private")
        self.shared.setChecked(True)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.hide()
        self.delete_button.setObjectName("deleteButton")
        close = QPushButton(self.tr("Close"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the reflection (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        options = QHBoxLayout()
        options.addWidget(self.shared)
        options.addWidget(self.private)
        options.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.autosave_state)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.restored)
        layout.addLayout(grid)
        layout.addWidget(self.sections, 1)
        layout.addLayout(options)
        layout.addWidget(self.general)
        layout.addLayout(buttons)

        close.clicked.connect(self.close)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for keys in publish_keys():  # as in the observation editor: a reflection is saved
            QShortcut(keys, self, self.save)
        self.template.currentIndexChanged.connect(self._template_chosen)
        for signal in (
            self.written_on.dateChanged,
            self.title.textChanged,
            self.observation.currentIndexChanged,
            self.sections.changed,
            self.shared.toggled,
        ):
            signal.connect(self.touched)
        self._focus_watch = FocusOutWatcher(self, self.autosaver.flush)

    # -- loading --------------------------------------------------------------------------

    def _fill(self, data: editing.ReflectionEditorData) -> None:
        self.data = data
        for choice in data.observations:
            label = f"{labels.short_date(choice.observed_on)} – {choice.summary}"
            # Item data as text: a UUID object does not compare equal inside a QVariant.
            self.observation.addItem(label, str(choice.id))
        self.shared.setText(
            self.tr("Sh&ared with my mentors")
            if data.author_is_student
            else self.tr("Sh&ared with the student")
        )
        if data.reflection is not None:
            self._show_record(data.reflection)
            self.delete_button.show()
        elif self._link_to is not None:
            self.observation.setCurrentIndex(max(0, self.observation.findData(str(self._link_to))))
        if data.draft is not None:
            self._apply(editing.from_payload(data.draft.payload))
            based_on = data.draft.payload.get("row_version")
            if isinstance(based_on, int) and data.reflection is not None:
                self.base_version = based_on  # a save compares with what came since
            when = moment_text(data.draft.updated_at)
            self.restored.setText(
                self.tr("Restored the text you were typing (autosaved %1).").replace("%1", when)
            )
            self.restored.show()
        self._dirty = data.draft is not None
        self._update_heading()
        if data.read_only_reason:
            self._read_only(data.read_only_reason)
        first = next(iter(self.sections.editors.values()))
        first.setFocus()

    def _read_only(self, reason: str) -> None:
        """To read, not change: someone else's reflection."""
        self.autosaver.stop()
        self.restored.setText(reason)
        self.restored.show()
        for widget in (self.template, self.written_on, self.observation, self.shared, self.private):
            widget.setEnabled(False)
        self.title.setReadOnly(True)
        for editor in self.sections.editors.values():
            editor.setReadOnly(True)
        self.save_button.hide()
        self.delete_button.hide()

    def _show_record(self, view: ReflectionView) -> None:
        self.base_version = view.row_version
        self._apply(self._as_input(view))

    @staticmethod
    def _as_input(view: ReflectionView) -> ReflectionInput:
        return ReflectionInput(
            view.written_on,
            view.template,
            view.sections,
            view.title,
            view.observation_id,
            view.visibility,
        )

    def _apply(self, data: ReflectionInput) -> None:
        self.template.setCurrentIndex(self.template.findData(data.template))
        self.sections.set_template(data.template)
        self.sections.set_sections(dict(data.sections))
        self.written_on.setDate(to_qdate(data.written_on))
        self.title.setText(data.title)
        index = self.observation.findData(str(data.observation_id)) if data.observation_id else 0
        self.observation.setCurrentIndex(max(0, index))
        (self.private if data.visibility == Visibility.PRIVATE else self.shared).setChecked(True)

    def _update_heading(self) -> None:
        name = self.data.student_name if self.data else ""
        what = self.tr("Reflection") if self.record_id else self.tr("New reflection")
        self.setWindowTitle(f"{what} – {name}")
        self.heading.setText(f"<h2>{escape(what)}: {escape(name)}</h2>")

    def _template_chosen(self) -> None:
        template = ReflectionTemplate(self.template.currentData())
        if template != self.sections.template:
            self.sections.set_template(template)
            for editor in self.sections.editors.values():
                self._focus_watch.watch(editor)
            self.template_changed.emit(template)
            self.touched()

    # -- reading and saving ---------------------------------------------------------------

    def form_input(self) -> ReflectionInput:
        return ReflectionInput(
            written_on=from_qdate(self.written_on.date()),
            template=self.sections.template,
            sections=self.sections.sections(),
            title=self.title.text(),
            observation_id=drafts.uuid_or_none(self.observation.currentData()),
            visibility=Visibility.PRIVATE if self.private.isChecked() else Visibility.SHARED,
        )

    def draft_payload(self) -> dict[str, Any]:
        return editing.to_payload(self.form_input(), self.reflection_id, self.base_version)

    def save(self, then_close: bool = False) -> None:
        """Check the text for prisoners' names and numbers, then save."""
        if self._loading:
            return
        from mentorlog.ui.editors import sensitive_check

        texts = {"title": self.title.text()}
        names = {"title": self.tr("Title")}
        section_names = section_texts()
        for name, editor in self.sections.editors.items():
            if name not in UNCHECKED_SECTIONS:
                texts[name] = editor.toPlainText()
                names[name] = section_names[name][0]
        sensitive_check.check_texts(
            self,
            self.ctx,
            texts,
            lambda checked: self._save_checked(checked, then_close),
            action=sensitive_check.save_action(),
            field_names=names,
        )

    def _save_checked(self, texts: dict[str, str], then_close: bool) -> None:
        set_if_changed(self.title, texts.pop("title"))
        for name, text in texts.items():
            set_if_changed(self.sections.editors[name], text)
        data, actor, pid, rid = self.form_input(), self._actor, self.placement_id, self.record_id
        kind, version = self.draft_kind, self.base_version

        def work(session: Any) -> ReflectionView:
            if rid is None:
                view = reflections.create_reflection(session, actor, pid, data)
            else:
                view = reflections.update_reflection(
                    session, actor, rid, data, expected_version=version
                )
            for target in {rid, view.id}:
                drafts.discard_drafts_for(session, actor, kind, pid, target)
            return view

        def saved(view: ReflectionView) -> None:
            self.record_id = view.id
            self.base_version = view.row_version
            self.restored.hide()
            self.delete_button.show()
            self.state.setText(self.tr("Saved"))
            self._update_heading()

        self.run_save(work, saved, then_close=then_close, again=lambda: self.save(then_close))

    def _save_and_close(self) -> None:
        self.save(then_close=True)

    def save_label(self) -> str | None:
        return self.tr("Save")

    def delete(self) -> None:
        if self.record_id is None:
            return
        from mentorlog.ui.editors.undo_delete import confirm_and_delete

        parent = self.parentWidget()
        confirm_and_delete(
            self.ctx,
            self,
            record_id=self.record_id,
            question=self.tr("Delete this reflection?"),
            done_text=self.tr("Reflection deleted"),
            delete=reflections.delete_reflection,
            restore=reflections.restore_reflection,
            on_deleted=self.close_after_delete,
            toast_window=parent.window() if parent is not None else None,
        )
