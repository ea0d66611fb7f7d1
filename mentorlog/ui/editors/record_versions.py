"""What the stale-save comparison (ui/stale_edit.py) shows of an observation or a
reflection: the person's form beside the newer saved version, field by field."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from mentorlog.services.access import Actor
from mentorlog.services.observations import ObservationInput, ObservationView
from mentorlog.services.reflections import TEMPLATE_SECTIONS, ReflectionInput, ReflectionView
from mentorlog.ui import labels
from mentorlog.ui.stale_edit import Version
from mentorlog.ui.wording import translate


def _ratings(data: ObservationInput, names: dict[object, str]) -> str:
    return "\n".join(
        f"{names.get(r.competency_id, '?')}: {r.level_value if r.level_value is not None else '–'}"
        + (f" ({r.comment})" if r.comment else "")
        for r in data.ratings
    )


def _shift(data: ObservationInput) -> str:
    day = labels.short_date(data.observed_on) if data.observed_on else ""
    shift = labels.shift(data.shift) if data.shift else ""
    return f"{day}, {shift}, {data.duration_minutes} min"


def observation_versions(
    mine: ObservationInput, theirs: ObservationView, names: dict[object, str]
) -> list[Version]:
    """The narrative and one-line fields to merge; the shift and ratings to compare (the
    person's are what "Save mine" keeps)."""
    saved = theirs.as_input()
    return [
        Version(
            "narrative",
            translate("record_versions", "What you observed"),
            mine.narrative,
            saved.narrative,
        ),
        Version(
            "setting",
            translate("record_versions", "Setting"),
            mine.setting,
            saved.setting,
            multiline=False,
        ),
        Version(
            "situation_type",
            translate("record_versions", "Situation"),
            mine.situation_type,
            saved.situation_type,
            multiline=False,
        ),
        Version(
            "shift",
            translate("record_versions", "Shift"),
            _shift(mine),
            _shift(saved),
            multiline=False,
            editable=False,
        ),
        Version(
            "ratings",
            translate("record_versions", "Ratings"),
            _ratings(mine, names),
            _ratings(saved, names),
            editable=False,
        ),
    ]


def merged_observation(mine: ObservationInput, merged: dict[str, str]) -> ObservationInput:
    return dataclasses.replace(
        mine,
        narrative=merged["narrative"],
        setting=merged["setting"],
        situation_type=merged["situation_type"],
    )


def reflection_versions(
    mine: ReflectionInput, theirs: ReflectionView, section_labels: dict[str, str]
) -> list[Version]:
    fields = [
        Version(
            "title",
            translate("record_versions", "Title"),
            mine.title,
            theirs.title,
            multiline=False,
        )
    ]
    names = dict.fromkeys(TEMPLATE_SECTIONS[mine.template]) | dict.fromkeys(
        TEMPLATE_SECTIONS[theirs.template]
    )
    for name in names:
        fields.append(
            Version(
                f"section:{name}",
                section_labels.get(name, name),
                str(mine.sections.get(name, "")),
                str(theirs.sections.get(name, "")),
            )
        )
    return fields


def merged_reflection(mine: ReflectionInput, merged: dict[str, str]) -> ReflectionInput:
    sections = dict(mine.sections)
    for key, text in merged.items():
        if key.startswith("section:") and key[8:] in TEMPLATE_SECTIONS[mine.template]:
            sections[key[8:]] = text
    return dataclasses.replace(mine, title=merged["title"], sections=sections)


class ObservationVersions:
    """The observation editor's side of a stale save (see EditorDialog)."""

    observation_id: uuid.UUID | None
    data: Any
    _actor: Actor

    def load_current(self, session: Any) -> ObservationView:
        from mentorlog.services.observations import get_observation

        assert self.observation_id is not None
        return get_observation(session, self._actor, self.observation_id)

    def versions(self, theirs: ObservationView) -> list[Version]:
        names = {c.id: f"{c.key} {c.name}" for c in self.data.framework.competencies}
        return observation_versions(self.form_input(), theirs, names)  # type: ignore[attr-defined]

    def take_merged(self, merged: dict[str, str]) -> None:
        self._apply(merged_observation(self.form_input(), merged))  # type: ignore[attr-defined]

    def take_theirs(self, theirs: ObservationView) -> None:
        self._show_record(theirs)  # type: ignore[attr-defined]


class ReflectionVersions:
    """The reflection editor's side of a stale save (see EditorDialog)."""

    reflection_id: uuid.UUID | None
    _actor: Actor

    def load_current(self, session: Any) -> ReflectionView:
        from mentorlog.services.reflections import get_reflection

        assert self.reflection_id is not None
        return get_reflection(session, self._actor, self.reflection_id)

    def versions(self, theirs: ReflectionView) -> list[Version]:
        from mentorlog.ui.editors.reflection_sections import section_texts

        headings = {name: texts[0] for name, texts in section_texts().items()}
        return reflection_versions(self.form_input(), theirs, headings)  # type: ignore[attr-defined]

    def take_merged(self, merged: dict[str, str]) -> None:
        self._apply(merged_reflection(self.form_input(), merged))  # type: ignore[attr-defined]

    def take_theirs(self, theirs: ReflectionView) -> None:
        self._show_record(theirs)  # type: ignore[attr-defined]
