"""The sign-in sheet of an import: each new account's name, username and one-time
password, written once to the PDF or CSV file the coordinator chose, readable only by its
owner, and never kept anywhere else."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from mentorlog.i18n import msg
from mentorlog.services.errors import ServiceError
from mentorlog.services.imports.outcome import Credential


def write_sign_in_sheet(path: Path, credentials: list[Credential], title: str = "") -> None:
    """``.pdf`` gives a printable sheet, anything else CSV. An existing file is never
    overwritten (it may hold the passwords of an earlier import)."""
    if path.exists():
        raise ServiceError(
            msg("{path} exists already; choose a new file for the sign-in sheet.", path=path)
        )
    if path.suffix.lower() == ".pdf":
        from mentorlog.reports.sign_in_sheet import render_sign_in_sheet

        data = render_sign_in_sheet([(c.name, c.username, c.password) for c in credentials], title)
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(["name", "username", "one_time_password"])
        writer.writerows([c.name, c.username, c.password] for c in credentials)
        data = buffer.getvalue().encode("utf-8-sig")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        raise ServiceError(
            msg(
                "The sign-in sheet could not be written to {path}: {reason}. Nothing was imported.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from exc
