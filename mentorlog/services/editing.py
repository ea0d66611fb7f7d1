"""What the services that edit site records share: refusing a stale edit, checking one-line
text, and naming who changed a record last."""

from __future__ import annotations

from typing import Any

from mentorlog.i18n import Message, msg
from mentorlog.services.errors import StaleEditError, ValidationError


def check_version(record: Any, expected: int | None, what: Message) -> None:
    """Refuse an edit made from a copy read before someone else saved ``record``, saying
    who changed it and when (services/stale.py, the one rule for every editable record).
    ``expected`` None means the caller read it in this same transaction; ``what`` names
    the record, e.g. msg("prison")."""
    from sqlalchemy.orm import object_session

    from mentorlog.services.stale import require_fresh

    session = object_session(record)
    assert session is not None, "a record being edited belongs to the session editing it"
    require_fresh(session, record, expected, what)


def one_line(
    problems: dict[str, Message],
    field: str,
    value: str,
    label: Message,
    limit: int,
    *,
    required: bool = True,
) -> str:
    """``value`` stripped; a problem under ``field`` when it is empty (and required), too
    long, or more than one line."""
    from mentorlog.services.text_rules import line_problem

    value = (value or "").strip()
    if required and not value:
        # TRANSLATORS: {label} names the field, e.g. "prison's name".
        problems[field] = msg("Enter the {label}.", label=label)
    elif len(value) > limit:
        problems[field] = msg(
            "Keep the {label} under {limit} characters.", label=label, limit=limit
        )
    elif problem := line_problem(value, limit):  # control, bidi and broken characters
        problems[field] = problem
    return value


def raise_problems(problems: dict[str, Message]) -> None:
    if problems:
        raise ValidationError(problems)


def flush_edit(session: Any, what: Message) -> None:
    """Flush an edit; one that lost a race with another save is refused (the row's
    version moved on between reading and writing)."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(
            # TRANSLATORS: {what} names the record, e.g. "This placement".
            msg(
                "{what} was changed by someone else while you were saving; "
                "look at it again and make your change once more.",
                what=what,
            )
        ) from exc


def require_free_name(
    session: Any,
    name_column: Any,
    name: str,
    own_id: Any,
    problem: tuple[str, Message],
    *where: Any,
) -> None:
    """Refuse ``name`` when another row has it already, in any case (``where`` narrows
    the rows compared, e.g. one prison's units). ``problem`` is (field, message)."""
    from sqlalchemy import func, select

    id_column = name_column.class_.id
    taken = session.scalar(select(id_column).where(func.lower(name_column) == name.lower(), *where))
    if taken is not None and taken != own_id:
        raise ValidationError(dict([problem]))
