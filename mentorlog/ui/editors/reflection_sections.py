"""The written parts of a reflection, changing with its template, each with a prompt that
guides the writer (Gibbs' reflective cycle; the record of a Socratic dialogue; free text).

Text typed into a section is kept when the template changes, so switching back and forth
loses nothing; only the current template's sections are saved.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from mentorlog.models import ReflectionTemplate
from mentorlog.services.reflections import REQUIRED_SECTIONS, TEMPLATE_SECTIONS
from mentorlog.ui.editors.problems import ProblemLabel, Problems
from mentorlog.ui.wording import translate


def section_texts() -> dict[str, tuple[str, str]]:
    """Each section's heading and the prompt shown under it (translated when asked for)."""
    return {
        "text": (
            translate("reflection", "Reflection"),
            translate(
                "reflection",
                "Write freely about your practice: what happened, what you made of it, and "
                "what you take forward.",
            ),
        ),
        "description": (
            translate("reflection", "Description"),
            translate(
                "reflection",
                "What happened? Where and when, who was there, what did you and others do?",
            ),
        ),
        "feelings": (
            translate("reflection", "Feelings"),
            translate(
                "reflection", "What were you thinking and feeling at the time, and afterwards?"
            ),
        ),
        "evaluation": (
            translate("reflection", "Evaluation"),
            translate("reflection", "What went well, and what went less well?"),
        ),
        "analysis": (
            translate("reflection", "Analysis"),
            translate(
                "reflection",
                "Why did it go that way? What helps you make sense of it: training, rules and "
                "law, what you know of the prisoner, your own experience?",
            ),
        ),
        "conclusion": (
            translate("reflection", "Conclusion"),
            translate(
                "reflection",
                "What else could you have done? What have you learned about yourself and "
                "your role?",
            ),
        ),
        "action_plan": (
            translate("reflection", "Action plan"),
            translate(
                "reflection",
                "What will you do or practise next time, and how will you know it worked?",
            ),
        ),
        "question": (
            translate("reflection", "Question"),
            translate(
                "reflection",
                "The general question the group examined, e.g. “When is it right to make an "
                "exception to a rule for a prisoner?”",
            ),
        ),
        "experience": (
            translate("reflection", "Concrete experience"),
            translate(
                "reflection",
                "The one real situation the group examined, told by the person who lived it: "
                "what happened, step by step.",
            ),
        ),
        "agreed_answer": (
            translate("reflection", "Agreed answer"),
            translate(
                "reflection",
                "The answer the group reached together, in its own words, and the reasons "
                "everyone could accept.",
            ),
        ),
        "participants": (
            translate("reflection", "Participants"),
            translate("reflection", "Who took part: names or roles, one per line."),
        ),
    }


def template_names() -> dict[ReflectionTemplate, str]:
    return {
        ReflectionTemplate.FREE_TEXT: translate("reflection", "Free text"),
        ReflectionTemplate.GIBBS: translate("reflection", "Gibbs' reflective cycle"),
        ReflectionTemplate.SOCRATIC: translate("reflection", "Socratic dialogue"),
    }


class SectionsForm(QScrollArea):
    changed = Signal()

    def __init__(self, problems: Problems, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setObjectName("sections")
        self._problems = problems
        self._texts: dict[str, str] = {}
        self.editors: dict[str, QPlainTextEdit] = {}
        self.template = ReflectionTemplate.FREE_TEXT
        self.set_template(self.template)

    def set_template(self, template: ReflectionTemplate) -> None:
        self._remember()
        for name in self.editors:
            self._problems.remove(name)
        self.template = template
        self.editors = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        texts = section_texts()
        required = REQUIRED_SECTIONS[template]
        sections = TEMPLATE_SECTIONS[template]
        if len(sections) > 1:
            legend = QLabel(
                translate(
                    "reflection", "Parts marked * are needed to save; fill the rest when you can."
                )
            )
            legend.setWordWrap(True)
            layout.addWidget(legend)
        for name in sections:
            heading, prompt = texts[name]
            label = QLabel(f"<b>{heading}</b>" + (" *" if name in required else ""), body)
            guidance = QLabel(prompt, body)
            guidance.setWordWrap(True)
            guidance.setObjectName(f"guidance-{name}")
            guidance.setStyleSheet("font-style: italic")  # a prompt, not content
            editor = QPlainTextEdit(body)
            editor.setObjectName(f"section-{name}")
            editor.setTabChangesFocus(True)
            editor.setAccessibleName(heading)
            editor.setAccessibleDescription(prompt)
            editor.setPlainText(self._texts.get(name, ""))
            # One section fills the page; several share it and scroll.
            editor.setMinimumHeight(360 if len(sections) == 1 else 110)
            editor.textChanged.connect(self.changed)
            problem = ProblemLabel(body)
            label.setBuddy(editor)
            for widget in (label, guidance, editor, problem):
                layout.addWidget(widget)
            self._problems.add(name, problem, editor)
            self.editors[name] = editor
        layout.addStretch(1)
        self.setWidget(body)

    def set_sections(self, sections: dict[str, str]) -> None:
        self._texts = dict(sections)
        for name, editor in self.editors.items():
            editor.setPlainText(self._texts.get(name, ""))

    def sections(self) -> dict[str, str]:
        return {name: editor.toPlainText() for name, editor in self.editors.items()}

    def _remember(self) -> None:
        self._texts.update(self.sections())
