"""The academy's time zone: what reports print times in, with the zone named.

``academy_zone(session)`` is the only reader: the zone the site's academy is set up with
(``Academy.time_zone``, an IANA name chosen in the site set-up), else, before that is
set, the workstation's zone: the ``TZ`` variable, else the zone /etc/localtime names,
else the local offset as the clock gives it.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from mentorlog.services.site import get_academy

LOCALTIME = Path("/etc/localtime")


def academy_zone(session: Session) -> tzinfo:
    """The time zone report times are printed in (see the module docstring)."""
    academy = get_academy(session)
    if academy is not None and academy.time_zone:
        try:
            return ZoneInfo(academy.time_zone)
        except (ZoneInfoNotFoundError, ValueError):  # saved before it was checked
            pass
    return local_zone()


def local_zone() -> tzinfo:
    """This workstation's zone, by name where the system gives one (so summer and winter
    time are each right for their date)."""
    for name in (os.environ.get("TZ", "").lstrip(":"), _localtime_name()):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _localtime_name() -> str:
    try:
        target = LOCALTIME.resolve(strict=True)
    except OSError:
        return ""
    parts = target.parts
    if "zoneinfo" in parts:
        return "/".join(parts[parts.index("zoneinfo") + 1 :])
    return ""
