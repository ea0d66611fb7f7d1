"""The academy's time zone: what reports print times in, with the zone named.

One small function, ``academy_zone(session)``, is the only reader. Until the academy's
own setting exists (site settings for the academy: a ``timezone`` column), it answers the
workstation's zone: the ``TZ`` variable, else the zone /etc/localtime names, else the
local offset as the clock gives it. When the academy has a zone of its own, this is the
one place to read it from.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

LOCALTIME = Path("/etc/localtime")


def academy_zone(session: Session) -> tzinfo:
    """The time zone report times are printed in (see the module docstring)."""
    del session  # read once the academy keeps its zone (issue 11's site settings)
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
