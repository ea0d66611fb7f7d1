"""The dossier's Reviews tab: mid-point and final reviews, written by the placement's
mentors (or a coordinator) as drafts and published to the student, who reads them; a
published review is signed by its mentor, then its student, then a coordinator."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QWidget

from mentorlog.models import EntryStatus, ReviewKind
from mentorlog.services import reviews, signoff_state
from mentorlog.services.access import Actor
from mentorlog.services.changes import ChangeKind
from mentorlog.services.reviews import ReviewInput, ReviewScale, ReviewView
from mentorlog.services.signoff_state import ReviewSignState
from mentorlog.ui.context import AppContext
from mentorlog.ui.dossier.list_detail import ListDetailTab
from mentorlog.ui.dossier.review_form import ReviewForm
from mentorlog.ui.dossier.reviews_model import AUTHOR, ReviewsModel
from mentorlog.ui.dossier.stale_forms import review_versions, take_review
from mentorlog.ui.editors import sensitive_check, signing
from mentorlog.ui.editors.undo_delete import confirm_and_delete
from mentorlog.ui.keys import click_if_shown, form_shortcuts
from mentorlog.ui.stale_edit import Version

# What a load reads: the scale, the reviews, and the published ones' signatures.
Loaded = tuple[ReviewScale, list[ReviewView], dict[uuid.UUID, ReviewSignState]]


class ReviewsTab(ListDetailTab[ReviewView]):
    kind = ChangeKind.REVIEW
    stretch_column = AUTHOR

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.review_form = ReviewForm()
        self.reviews_model = ReviewsModel()
        super().__init__(ctx, self.reviews_model, self.review_form, parent)
        self.setObjectName("reviewsTab")
        self.new_button.setText(self.tr("&New review"))
        self._scale: ReviewScale | None = None
        self._sign_states: dict[uuid.UUID, ReviewSignState] = {}
        self.review_form.save_requested.connect(self._save)
        self.review_form.sign_requested.connect(self.sign_current)
        form = self.review_form
        form_shortcuts(
            form,
            lambda: click_if_shown(form.draft_button),
            lambda: click_if_shown(form.publish_button),
        )

    def load(self, session: Any, actor: Actor, placement_id: uuid.UUID) -> Loaded:
        rows = reviews.list_reviews(session, actor, placement_id)
        return (
            reviews.review_scale(session, actor, placement_id),
            rows,
            signoff_state.review_states(session, actor, rows),
        )

    def rows_of(self, loaded: Loaded) -> list[ReviewView]:
        return loaded[1]

    def loaded_data(self, loaded: Loaded) -> None:
        self._sign_states = loaded[2]
        self.reviews_model.set_sign_states(self._sign_states)
        scale = loaded[0]
        if scale != self._scale:
            self._scale = scale
            self.review_form.set_scale(scale)

    def empty_text(self) -> str:
        if not self.can_write(self.ctx.actor):
            return self.tr("No reviews have been published yet.")
        return self.tr(
            "No reviews yet. Press “New review” at the mid-point of the placement to sum up "
            "progress per domain with the student and agree the next steps."
        )

    def show_record(self, row: ReviewView | None) -> None:
        self.review_form.show_review(row, self.can_write(self.ctx.actor))
        # A signed review is kept: the service would refuse to delete it.
        self.delete_button.setEnabled(row is not None and row.locked_at is None)
        state = self._sign_states.get(row.id) if row is not None else None
        self.review_form.show_signatures(state, row is not None and row.is_published)

    def sign_current(self) -> None:
        """Sign the chosen review in the turn it waits for (asked first)."""
        row = self.current_row()
        state = self._sign_states.get(row.id) if row is not None else None
        if row is None or state is None or state.waiting_for is None or not state.may_sign:
            return
        self._select_after = row.id
        signing.sign_review(self.ctx, self, row.id, state.waiting_for)

    def new_record(self) -> None:
        held = {r.kind for r in self.model.rows()}
        kind = ReviewKind.FINAL if ReviewKind.MIDPOINT in held else ReviewKind.MIDPOINT
        self.show_blank_form()
        self.review_form.show_review(None, True, kind)
        self.review_form.summary.setFocus()

    def _save(self, data: ReviewInput, status: EntryStatus, expected: int | None = None) -> None:
        actor, pid = self.ctx.actor, self.placement_id
        current = self.current_row()
        rid = current.id if current is not None else None
        version = expected if expected is not None else getattr(current, "row_version", None)
        if pid is None:
            return
        service = (
            reviews.publish_review if status == EntryStatus.PUBLISHED else reviews.save_review_draft
        )
        form = self.review_form

        def checked(texts: dict[str, str]) -> None:
            checked_data = form.with_texts(data, texts)
            self.write(
                lambda s: service(s, actor, pid, checked_data, rid, expected_version=version),
                form.problems,
                again=lambda newer: self._save(form.value(), status, newer),
            )

        publishing = status == EntryStatus.PUBLISHED
        action = sensitive_check.publish_action() if publishing else sensitive_check.save_action()
        sensitive_check.check_texts(
            self,
            self.ctx,
            form.texts(data),
            checked,
            action=action,
            field_names=form.text_names(),
        )

    def fetch_current(self, session: Any, actor: Actor, record_id: uuid.UUID) -> ReviewView:
        return reviews.get_review(session, actor, record_id)

    def versions(self, mine: ReviewInput, theirs: ReviewView) -> list[Version]:
        names = {d.id: d.name for d in self._scale.domains} if self._scale else {}
        return review_versions(mine, theirs, names)

    def take_merged(self, merged: dict[str, str]) -> None:
        take_review(self.review_form, merged)

    def delete_record(self, row: ReviewView) -> None:
        confirm_and_delete(
            self.ctx,
            self,
            record_id=row.id,
            question=self.tr("Delete this review?"),
            done_text=self.tr("Review deleted"),
            delete=reviews.delete_review,
            restore=reviews.restore_review,
        )
