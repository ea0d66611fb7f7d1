"""Before a text is published, saved or signed: what seems to name a prisoner or give a
prison number is shown back, with neutral references offered in its place.

    check_texts(parent, ctx, {"narrative": text}, go, action=PUBLISH)

reads the site's rules on the worker, finds what each text holds, and calls ``go`` with
the texts to keep (replaced, or as written) unless the user cancels. The question opens
without blocking; its default is the safe choice (replace, or for signing, not to sign).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from mentorlog.services import sensitive_text
from mentorlog.services.sensitive_text import Finding, SensitiveRules
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import translate


class Choice(Enum):
    REPLACE = "replace"
    KEEP = "keep"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Action:
    """The words of one question: what would happen with the text as written."""

    replace: str  # "" when nothing can be replaced here (signing what is published)
    keep: str
    cancel: str = ""


def publish_action() -> Action:
    return Action(
        translate("sensitive_check", "&Replace and publish"),
        translate("sensitive_check", "Publish &as written"),
    )


def save_action() -> Action:
    return Action(
        translate("sensitive_check", "&Replace and save"),
        translate("sensitive_check", "Save &as written"),
    )


def sign_action() -> Action:
    return Action(
        "",
        translate("sensitive_check", "Sign &as written"),
        translate("sensitive_check", "&Correct it first"),
    )


_A_NAME = QT_TRANSLATE_NOOP("sensitive_check", "a name")
_WHY = {
    sensitive_text.AFTER_CUE: QT_TRANSLATE_NOOP("sensitive_check", "a name after “%1”"),
    sensitive_text.ON_LIST: QT_TRANSLATE_NOOP("sensitive_check", "a name on the site's list"),
    sensitive_text.FULL_NAME: QT_TRANSLATE_NOOP("sensitive_check", "a name nobody here has"),
    sensitive_text.GIVEN_NAME: QT_TRANSLATE_NOOP("sensitive_check", "a first name nobody here has"),
    sensitive_text.AGAIN: QT_TRANSLATE_NOOP("sensitive_check", "the same name again"),
    sensitive_text.NUMBER_FORMAT: QT_TRANSLATE_NOOP("sensitive_check", "a prison number"),
    sensitive_text.AFTER_NUMBER_CUE: QT_TRANSLATE_NOOP("sensitive_check", "a prison number"),
}


def describe(finding: Finding) -> str:
    """“prisoner Jonas Berg” → “prisoner A” (a name after “prisoner”)."""
    why = translate("sensitive_check", _WHY.get(finding.rule, _A_NAME)).replace("%1", finding.cue)
    found, replacement = finding.text, finding.replacement
    if finding.cue and len(replacement) == 1:  # the cue stays: "prisoner A"
        found, replacement = f"{finding.cue} {found}", f"{finding.cue} {replacement}"
    return (
        translate("sensitive_check", "“%1” → “%2” (%3)")
        .replace("%1", found)
        .replace("%2", replacement)
        .replace("%3", why)
    )


def ask(
    parent: QWidget | None,
    findings: dict[str, list[Finding]],
    action: Action,
    answer: Callable[[Choice], None],
    field_names: dict[str, str] | None = None,
) -> QMessageBox:
    """Open the question about ``findings`` (by field); ``answer`` gets the choice."""
    box = QMessageBox(parent)
    box.setObjectName("sensitiveTextQuestion")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("sensitive_check", "Names or numbers in the text"))
    box.setText(
        translate(
            "sensitive_check",
            "This seems to name a prisoner or give a prison number. Records are about the "
            "student; a neutral reference keeps the prisoner's privacy.",
        )
    )
    lines = []
    names = field_names or {}
    for field_name, found in findings.items():
        for f in found:
            label = names.get(field_name, "")
            lines.append(f"{label}: {describe(f)}" if label and len(findings) > 1 else describe(f))
    box.setInformativeText("\n".join(lines))
    buttons: dict[QPushButton, Choice] = {}
    if action.replace:
        replace = box.addButton(action.replace, QMessageBox.ButtonRole.AcceptRole)
        replace.setObjectName("replaceFindings")
        buttons[replace] = Choice.REPLACE
    keep = box.addButton(action.keep, QMessageBox.ButtonRole.DestructiveRole)
    keep.setObjectName("keepAsWritten")
    buttons[keep] = Choice.KEEP
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    if action.cancel:
        cancel.setText(action.cancel)
    # The safe choice is the default: Enter never publishes or signs a name.
    safe = next((b for b, c in buttons.items() if c == Choice.REPLACE), cancel)
    box.setDefaultButton(safe)
    box.setEscapeButton(cancel)

    def finished(_result: int) -> None:
        clicked = box.clickedButton()
        chosen = buttons.get(clicked) if isinstance(clicked, QPushButton) else None
        answer(chosen or Choice.CANCEL)

    box.finished.connect(finished)
    box.open()
    return box


def check_texts(
    parent: QWidget,
    ctx: AppContext,
    texts: dict[str, str] | Callable[[Any], dict[str, str]],
    go: Callable[[dict[str, str]], None],
    *,
    action: Action,
    field_names: dict[str, str] | None = None,
    cancelled: Callable[[], None] | None = None,
) -> None:
    """Check ``texts`` (by field; or what ``texts(session)`` reads, for a record not on
    screen) against the site's rules; ``go(texts)`` with what to keep, replaced or as
    written, unless the user cancels (then ``cancelled()``)."""

    def load(session: Any) -> tuple[SensitiveRules, dict[str, str]]:
        return sensitive_text.load_rules(session), texts(session) if callable(texts) else texts

    def checked(loaded: tuple[SensitiveRules, dict[str, str]]) -> None:
        rules, texts_now = loaded
        findings = sensitive_text.find_in_texts(texts_now, rules)
        if not findings:
            go(dict(texts_now))
            return

        def answered(choice: Choice) -> None:
            if choice == Choice.CANCEL:
                if cancelled is not None:
                    # After the question has given the focus back, not before.
                    QTimer.singleShot(0, parent, cancelled)
                return
            if choice == Choice.KEEP:
                go(dict(texts_now))
                return
            go(
                {
                    name: sensitive_text.replace_findings(text, findings.get(name, []))
                    for name, text in texts_now.items()
                }
            )

        ask(parent, findings, action, answered, field_names)

    Op(parent, load).success(checked).run(ctx)
