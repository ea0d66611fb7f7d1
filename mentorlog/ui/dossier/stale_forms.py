"""What the stale-save comparison (ui/stale_edit.py) shows of a review, a goal or a
cause for concern: the form as the person has it beside the version saved since, and
how the merged text goes back into the form."""

from __future__ import annotations

import uuid
from typing import Any

from mentorlog.services.concerns import ConcernInput, ConcernView
from mentorlog.services.goals import GoalInput, GoalView
from mentorlog.services.reviews import ReviewInput, ReviewView
from mentorlog.ui import labels
from mentorlog.ui.dossier.goals_model import goal_status
from mentorlog.ui.stale_edit import Version
from mentorlog.ui.wording import fill, translate


def review_versions(
    mine: ReviewInput, theirs: ReviewView, domain_names: dict[uuid.UUID, str]
) -> list[Version]:
    saved = {d.domain_id: d.summary for d in theirs.domains}
    fields = [
        Version(
            "outcome",
            translate("stale_forms", "Held on, progress"),
            f"{labels.short_date(mine.held_on)}, {labels.overall_progress(mine.overall_progress)}",
            f"{labels.short_date(theirs.held_on)}, "
            f"{labels.overall_progress(theirs.overall_progress)}",
            multiline=False,
            editable=False,
        ),
        Version("summary", translate("stale_forms", "Summary"), mine.summary, theirs.summary),
        Version(
            "agreed_actions",
            translate("stale_forms", "Agreed actions"),
            mine.agreed_actions,
            theirs.agreed_actions,
        ),
    ]
    for d in mine.domains:
        name = domain_names.get(d.domain_id, "")
        fields.append(Version(f"domain:{d.domain_id}", name, d.summary, saved.get(d.domain_id, "")))
    return fields


def take_review(form: Any, merged: dict[str, str]) -> None:
    form.summary.setPlainText(merged["summary"])
    form.actions.setPlainText(merged["agreed_actions"])
    for domain_id, (_level, text) in form.domain_rows.items():
        key = f"domain:{domain_id}"
        if key in merged:
            text.setPlainText(merged[key])


def goal_versions(mine: GoalInput, theirs: GoalView) -> list[Version]:
    def plan(status: Any, due: Any) -> str:
        when = labels.short_date(due) if due else translate("stale_forms", "no date")
        return fill(translate("stale_forms", "%1, due %2"), goal_status(status), when)

    return [
        Version(
            "title", translate("stale_forms", "Goal"), mine.title, theirs.title, multiline=False
        ),
        Version(
            "action_plan",
            translate("stale_forms", "Action plan"),
            mine.action_plan,
            theirs.action_plan,
        ),
        Version(
            "status",
            translate("stale_forms", "Status"),
            plan(mine.status, mine.due_on),
            plan(theirs.status, theirs.due_on),
            multiline=False,
            editable=False,
        ),
    ]


def take_goal(form: Any, merged: dict[str, str]) -> None:
    form.title.setText(merged["title"])
    form.action_plan.setPlainText(merged["action_plan"])


def concern_versions(mine: ConcernInput, theirs: ConcernView) -> list[Version]:
    def dates(raised: Any, review: Any) -> str:
        return f"{labels.short_date(raised)} → {labels.short_date(review) if review else '–'}"

    return [
        Version(
            "description",
            translate("stale_forms", "What was seen"),
            mine.description,
            theirs.description,
        ),
        Version(
            "action_plan",
            translate("stale_forms", "Action plan"),
            mine.action_plan,
            theirs.action_plan,
        ),
        Version(
            "dates",
            translate("stale_forms", "Raised, review on"),
            dates(mine.raised_on, mine.review_on),
            dates(theirs.raised_on, theirs.review_on),
            multiline=False,
            editable=False,
        ),
    ]


def take_concern(form: Any, merged: dict[str, str]) -> None:
    form.description.setPlainText(merged["description"])
    form.action_plan.setPlainText(merged["action_plan"])
