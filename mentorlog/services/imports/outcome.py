"""What an import plans or did, and its refusal: shared by the people and placements
imports, the command line and the app."""

from __future__ import annotations

from dataclasses import dataclass, field

from mentorlog.i18n import SOURCE_LANGUAGE, nmsg
from mentorlog.i18n.messages import gettext
from mentorlog.services.errors import ServiceError
from mentorlog.services.imports.table import Problem

SHOWN_PROBLEMS = 50


@dataclass(frozen=True)
class Credential:
    """One line of the sign-in sheet: never stored, never logged."""

    name: str
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class ImportOutcome:
    """Each list holds one line per row or record, in the person's words."""

    file: str
    dry_run: bool
    made: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    new_places: tuple[str, ...] = ()  # prisons, units and cohorts the file names first
    credentials: tuple[Credential, ...] = field(default=(), repr=False)
    sheet: str = ""  # where the sign-in sheet was written

    @property
    def nothing_to_do(self) -> bool:
        return not (self.made or self.changed or self.new_places)

    def summary(self) -> str:
        """What was (or would be) done, in the current language."""
        made, changed, unchanged = len(self.made), len(self.changed), len(self.unchanged)
        if self.dry_run:
            text = gettext(
                "{file}: would make {made}, would change {changed}, left {unchanged} alone",
                file=self.file,
                made=made,
                changed=changed,
                unchanged=unchanged,
            )
        else:
            text = gettext(
                "{file}: made {made}, changed {changed}, left {unchanged} alone",
                file=self.file,
                made=made,
                changed=changed,
                unchanged=unchanged,
            )
        if self.new_places:
            text += gettext("; {n} new prisons, units or cohorts", n=len(self.new_places))
        return text + "."


class ImportRefused(ServiceError):
    """Some rows are bad: nothing was written. ``problems`` names each by row and column."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = list(problems)
        super().__init__(self.worded(SOURCE_LANGUAGE))

    def worded(self, lang: str | None = None) -> str:
        shown = "\n".join(f"  {p.worded(lang)}" for p in self.problems[:SHOWN_PROBLEMS])
        more = len(self.problems) - SHOWN_PROBLEMS
        if more > 0:
            shown += "\n  " + nmsg("… and {n} more", "… and {n} more", more).word(lang)
        return nmsg(
            "{file} was not imported ({n} problem; nothing was written):\n{shown}",
            "{file} was not imported ({n} problems; nothing was written):\n{shown}",
            len(self.problems),
            file=self.file,
            shown=shown,
        ).word(lang)
