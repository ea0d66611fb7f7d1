"""What signing costs, for bench/run.py: ``name: value unit`` lines.

- ``sign_ms``: a mentor signing one published observation (its content digest read, the
  sign-off and its audit event signed, commit included) on the 100k database; the median
  of 20.
- ``sign_in_encrypted_ms``: signing in on an encrypted site from its closed file, as the
  sign-in screen does: the key slot opened, the password hash checked and the signing key
  unsealed (three Argon2id derivations at the strong cost, storage/kdf.py), the database
  opened; the median of 5. The goal: well under 500 ms.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

NAMES = ("sign_ms", "sign_in_encrypted_ms")
SIGNINGS = 20


def _sign_ms(ctx: Any) -> float:
    from sqlalchemy import select

    from mentorlog.models import Competency, Placement
    from mentorlog.services import auth, observations, signoff
    from mentorlog.services.observations import ObservationInput, RatingInput

    busiest = ctx.busiest_placement()
    with ctx.transaction() as session:
        mentor = auth.actor_for(session, busiest.mentor_id)
        comps = session.scalars(select(Competency.id).order_by(Competency.key).limit(3)).all()
        day = session.scalar(
            select(Placement.starts_on).where(Placement.id == busiest.placement_id)
        )
    from mentorlog.services.signing_keys import issue_person_key

    with ctx.transaction() as session:  # the busiest placement's mentor, signed in here
        issue_person_key(session, mentor, busiest.mentor_id, None, "bench", hold=True)
    ids = []
    with ctx.transaction() as session:
        for n in range(SIGNINGS):
            data = ObservationInput(
                observed_on=day,
                shift="early",
                narrative=f"Bench observation {n}: spoke calmly with Ørjan on the landing.",
                duration_minutes=480,
                visibility="shared",
                ratings=tuple(RatingInput(c, 3 + i % 2, "Calm.") for i, c in enumerate(comps)),
            )
            ids.append(observations.publish(session, mentor, busiest.placement_id, data).id)
    times = []
    for obs_id in ids:
        start = time.perf_counter()
        with ctx.transaction() as session:
            signoff.sign_observation(session, mentor, obs_id)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _sign_in_encrypted_ms() -> float:
    from mentorlog.services.opening import create_site, sign_in_and_open

    path = Path(tempfile.mkdtemp(prefix="mentorlog-bench-sign-in-")) / "site.db"
    create_site(path, "Kadri", "Õispuu", "kadri", "a long enough secret").db.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        site = sign_in_and_open(path, "kadri", "a long enough secret")
        times.append((time.perf_counter() - start) * 1000)
        site.db.close()
    return statistics.median(times)


def figures(ctx: Any) -> Iterator[tuple[str, float, str]]:
    yield "sign_in_encrypted_ms", round(_sign_in_encrypted_ms(), 1), "ms"
    yield "sign_ms", round(_sign_ms(ctx), 2), "ms"
