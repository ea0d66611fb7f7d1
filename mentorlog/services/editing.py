"""What the services that edit site records share: refusing a stale edit, checking one-line
text, and naming who changed a record last."""

from __future__ import annotations

from typing import Any

from mentorlog.services.errors import StaleEditError, ValidationError


def check_version(record: Any, expected: int | None, what: str) -> None:
    """Refuse an edit made from a copy read before someone else saved ``record``.
    ``expected`` None means the caller read it in this same transaction."""
    if expected is None or record.row_version == expected:
        return
    raise StaleEditError(
        f"{what} was changed by someone else since you opened it; "
        "look at it again and make your change once more.",
        changed_at=record.updated_at,
    )


def one_line(
    problems: dict[str, str], field: str, value: str, label: str, limit: int, *, required=True
) -> str:
    """``value`` stripped; a problem under ``field`` when it is empty (and required), too
    long, or more than one line."""
    value = (value or "").strip()
    if required and not value:
        problems[field] = f"Enter the {label}."
    elif len(value) > limit:
        problems[field] = f"Keep the {label} under {limit} characters."
    elif any(ch in value for ch in "\r\n\t"):
        problems[field] = f"The {label} is one line of text."
    return value


def raise_problems(problems: dict[str, str]) -> None:
    if problems:
        raise ValidationError(problems)


def flush_edit(session: Any, what: str) -> None:
    """Flush an edit; one that lost a race with another save is refused (the row's
    version moved on between reading and writing)."""
    from sqlalchemy.orm.exc import StaleDataError

    try:
        session.flush()
    except StaleDataError as exc:
        raise StaleEditError(
            f"{what} was changed by someone else while you were saving; "
            "look at it again and make your change once more."
        ) from exc


def require_free_name(
    session: Any,
    name_column: Any,
    name: str,
    own_id: Any,
    problem: tuple[str, str],
    *where: Any,
) -> None:
    """Refuse ``name`` when another row has it already, in any case (``where`` narrows
    the rows compared, e.g. one prison's units). ``problem`` is (field, message)."""
    from sqlalchemy import func, select

    id_column = name_column.class_.id
    taken = session.scalar(select(id_column).where(func.lower(name_column) == name.lower(), *where))
    if taken is not None and taken != own_id:
        raise ValidationError(dict([problem]))
