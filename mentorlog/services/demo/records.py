"""What the writers of one demo placement's records share: the framework's ids, the
seeded generator, the bulk writer, and signing."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mentorlog.models import Role, SignOff, SignOffKind
from mentorlog.services.demo.bulk import BulkWriter, Ids, record
from mentorlog.services.demo.plan import DemoPerson, PlacementPlan


@dataclass(frozen=True)
class Scale:
    """The framework version's ids the demo rates against."""

    framework_version_id: uuid.UUID
    level_ids: dict[int, uuid.UUID]  # by value; 0 is "not observed"
    requires_comment: frozenset[int]
    competency_ids: dict[str, uuid.UUID]  # by competency key
    domains: tuple[tuple[uuid.UUID, tuple[str, ...]], ...]  # (domain id, competency keys)

    def level(self, quality: float) -> int:
        return min(5, max(1, round(quality)))


class RecordWriter:
    def __init__(
        self,
        rng: random.Random,
        ids: Ids,
        out: BulkWriter,
        scale: Scale,
        today: date,
        coordinator: DemoPerson,
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.out = out
        self.scale = scale
        self.today = today
        self.coordinator = coordinator

    def days_in(self, p: PlacementPlan, count: int) -> list[date]:
        return sorted(
            p.starts_on + timedelta(days=self.rng.randrange(p.elapsed_days)) for _ in range(count)
        )

    def sign(
        self,
        person: DemoPerson,
        role: Role,
        kind: SignOffKind,
        record_type: str,
        record_id: uuid.UUID,
        when: datetime,
        comment: str = "",
    ) -> None:
        self.out.add(
            SignOff.__table__,
            record(
                self.ids(),
                person.id,
                when,
                record_type=record_type,
                record_id=record_id,
                record_version=1,
                person_id=person.id,
                role=role,
                kind=kind,
                comment=comment,
                signed_at=when,
            ),
        )
