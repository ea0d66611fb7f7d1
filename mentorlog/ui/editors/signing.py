"""Signing observations and reviews from the app: the question asked first, the write on the
worker, and the words for who signed, which version, and how the student responded.

A question box opens without blocking (as deleting does); the signature is written only
when its Sign button is pressed.
"""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorlog.models import Role, SignOffKind
from mentorlog.services import signoff
from mentorlog.services.signoff import SignOffView
from mentorlog.services.signoff_state import ObservationSignState, ReviewSignState
from mentorlog.ui import labels, trust_labels
from mentorlog.ui.context import AppContext
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import fill, translate


def day(moment: Any) -> str:
    return labels.short_date(moment.astimezone().date()) if moment is not None else ""


def _q(text: str) -> str:
    return html.escape(text.strip())


# -- words ------------------------------------------------------------------------------------


def response_text(response: SignOffView) -> str:
    """ "Acknowledged by Jüri Õunapuu (version 2) on 2026-05-04." or a disagreement with
    its comment (HTML)."""
    values = {
        "%1": _q(response.person_name),
        "%2": str(response.record_version),
        "%3": day(response.signed_at),
        "%4": _q(response.comment),
    }
    if response.kind == SignOffKind.DISAGREED:
        text = translate("signing", "%1 disagreed with version %2 on %3: “%4”")
    else:
        text = translate("signing", "Acknowledged by %1 (version %2) on %3.")
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def observation_lines(state: ObservationSignState, shared: bool) -> list[str]:
    """What the observation's sign-off panel says, a line each (HTML)."""
    lines = []
    if state.locked_at is not None:
        who = state.signed_by or translate("signing", "its mentor")
        lines.append(
            "<b>"
            + translate("signing", "Signed by %1 on %2.")
            .replace("%1", _q(who))
            .replace("%2", day(state.signed_at))
            + "</b>"
        )
    elif state.published:
        lines.append(translate("signing", "Published, not signed yet."))
    if state.amended:
        lines.append(
            translate("signing", "Version %1, amended by %2 on %3: “%4”")
            .replace("%1", str(state.version))
            .replace("%2", _q(state.amended_by))
            .replace("%3", day(state.amended_at))
            .replace("%4", _q(state.amendment_reason))
        )
    if not state.is_current:
        lines.append(
            translate("signing", "This version has been amended since; the current one is newer.")
        )
    if not (shared and state.published):
        return lines
    answered = state.response_to_this_version()
    if answered is not None:
        lines.append(response_text(answered))
    else:
        lines.extend(response_text(r) for r in state.responses)
        lines.append(
            translate("signing", "Not yet acknowledged by the student (version %1).").replace(
                "%1", str(state.version)
            )
        )
    return lines


def review_lines(state: ReviewSignState | None, published: bool) -> list[str]:
    """Who has signed a review and whose signature it waits for (HTML)."""
    if not published or state is None:
        return [translate("signing", "A review is signed once it is published.")]
    lines = [
        fill(_signed_as(s.role), _q(s.person_name), day(s.signed_at)) for s in state.signatures
    ]
    if state.waiting_for is None:
        lines.append(
            "<b>" + translate("signing", "Signed by mentor, student and coordinator.") + "</b>"
        )
    else:
        lines.append(_waiting_for(state.waiting_for))
    return lines


def _signed_as(role: Role | str) -> str:
    # One sentence per role: a role's name is inflected differently in each language.
    return {
        Role.MENTOR: translate("signing", "Signed by %1 (mentor) on %2."),
        Role.STUDENT: translate("signing", "Signed by %1 (student) on %2."),
        Role.COORDINATOR: translate("signing", "Signed by %1 (coordinator) on %2."),
        Role.ADMINISTRATOR: translate("signing", "Signed by %1 (administrator) on %2."),
    }.get(role, translate("signing", "Signed by %1 on %2."))


def _waiting_for(role: Role) -> str:
    return {
        Role.MENTOR: translate("signing", "Waiting for the mentor’s signature."),
        Role.STUDENT: translate("signing", "Waiting for the student’s signature."),
        Role.COORDINATOR: translate("signing", "Waiting for the coordinator’s signature."),
    }.get(role, translate("signing", "Waiting for another signature."))


# -- asking, then signing -----------------------------------------------------------------------


def sign_observation(
    ctx: AppContext,
    parent: QWidget,
    observation_id: uuid.UUID,
    on_signed: Callable[[SignOffView], None] | None = None,
) -> None:
    """Check its text, ask, then sign the observation (which locks it)."""
    actor = ctx.actor

    def texts(session: Any) -> dict[str, str]:
        from mentorlog.services.observations import get_observation

        view = get_observation(session, actor, observation_id)
        found = {"narrative": view.narrative}
        found.update({str(r.competency_id): r.comment for r in view.ratings})
        return found

    _check_then_ask(
        ctx,
        parent,
        texts,
        lambda: _ask_then_sign(
            ctx,
            parent,
            (
                translate("signing", "Sign the observation?"),
                translate("signing", "Sign this observation as its mentor?"),
                translate(
                    "signing",
                    "Once signed, this observation is locked; corrections become amendments.",
                ),
            ),
            lambda s: signoff.sign_observation(s, actor, observation_id),
            on_signed,
        ),
    )


def _check_then_ask(
    ctx: AppContext,
    parent: QWidget,
    texts: Callable[[Any], dict[str, str]],
    ask: Callable[[], QMessageBox],
) -> None:
    """Before a signature locks a text: the privacy check on it first (read afresh), with
    "Correct it first" the default; then the signing question."""
    from mentorlog.ui.editors import sensitive_check

    sensitive_check.check_texts(
        parent, ctx, texts, lambda _texts: ask(), action=sensitive_check.sign_action()
    )


def sign_review(
    ctx: AppContext,
    parent: QWidget,
    review_id: uuid.UUID,
    role: Role,
    on_signed: Callable[[SignOffView], None] | None = None,
) -> QMessageBox | None:
    """Ask, then sign the review in ``role``'s turn (its mentor: after the privacy check
    on its text). Returns the question box when it is asked at once."""
    detail = (
        translate(
            "signing",
            "Once you sign, the review is locked; the student and a coordinator sign after you.",
        )
        if role == Role.MENTOR
        else translate("signing", "Your signature is recorded with your name and the time.")
    )
    if role == Role.STUDENT:  # with a comment of their own, if they want
        from mentorlog.ui.dossier.sign_review_dialog import ask_student_to_sign

        ask_student_to_sign(ctx, parent, review_id, "", on_signed)
        return None
    question = translate("signing", "Sign this review as %1?").replace(
        "%1", trust_labels.role(role).lower()
    )
    actor = ctx.actor

    def ask() -> QMessageBox:
        return _ask_then_sign(
            ctx,
            parent,
            (translate("signing", "Sign the review?"), question, detail),
            lambda s: signoff.sign_review(s, actor, review_id),
            on_signed,
        )

    if role != Role.MENTOR:
        return ask()  # the mentor's text, locked already: nothing to correct here

    def texts(session: Any) -> dict[str, str]:
        from mentorlog.services.reviews import get_review

        view = get_review(session, actor, review_id)
        found = {"summary": view.summary, "agreed_actions": view.agreed_actions}
        found.update({str(d.domain_id): d.summary for d in view.domains})
        return found

    _check_then_ask(ctx, parent, texts, ask)
    return None


def _ask_then_sign(
    ctx: AppContext,
    parent: QWidget,
    words: tuple[str, str, str],
    work: Callable[[Any], SignOffView],
    on_signed: Callable[[SignOffView], None] | None,
) -> QMessageBox:
    """Open the question (title, question, detail); run ``work`` only if Sign is pressed."""
    title, question, detail = words
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent
    )
    box.setObjectName("confirmSign")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText(detail)
    yes = box.addButton(translate("signing", "Sign"), QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("confirmSignButton")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def answered(_: int) -> None:
        if box.clickedButton() is yes:
            op = Op(parent, work)
            if on_signed is not None:
                op.success(on_signed)
            op.run(ctx)

    box.finished.connect(answered)
    box.open()
    return box


def publish_first(parent: QWidget) -> QMessageBox:
    """Said when Sign is pressed with changes not yet published."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("signing", "Publish first"),
        translate(
            "signing",
            "Publish your changes, or close and discard them, before signing: "
            "a signature is for what is published.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("publishBeforeSigning")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def signed_meanwhile(parent: QWidget, who: str, amend: Callable[[], object] | None) -> QMessageBox:
    """Said when the observation being edited was signed elsewhere: the changes were not
    saved to it; with ``amend`` they were kept, and Amend… opens them as a correction."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("signing", "Signed meanwhile"),
        translate(
            "signing",
            "%1 signed this observation while you were editing it, so your changes were not "
            "saved to it.",
        ).replace("%1", who),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setObjectName("signedMeanwhile")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if amend is None:
        box.setInformativeText(
            translate("signing", "A signed observation is corrected by amending it.")
        )
    else:
        box.setInformativeText(
            translate(
                "signing",
                "They are kept: Amend… opens them as a correction of the signed version, "
                "saved with a reason as its next version.",
            )
        )
        box.button(QMessageBox.StandardButton.Close).setText(translate("signing", "Not now"))
        button = box.addButton(translate("signing", "A&mend…"), QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("amendNowButton")
        box.setDefaultButton(button)
        box.finished.connect(lambda _: amend() if box.clickedButton() is button else None)
    box.open()
    return box
