"""``people`` import: columns given_name, family_name, username, roles, email (headers in
any case; roles a list such as ``student`` or ``mentor;coordinator``).

A person is matched by username (in any case): one not there yet is made, with a one-time
password they must change at their first sign-in; one whose names, e-mail or roles differ
is changed (roles are added, never taken away here); the rest are left alone, so the same
file imported twice changes nothing. Coordinators and administrators import; only an
administrator may give the administrator role.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from mentorlog.i18n import Message, listed, msg, word
from mentorlog.models import Person, Role, RoleAssignment, utcnow
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role, role_word
from mentorlog.services.imports.outcome import Credential, ImportOutcome, ImportRefused
from mentorlog.services.imports.sheet import write_sign_in_sheet
from mentorlog.services.imports.table import Problem, Table, read_table, text
from mentorlog.services.passwords import hash_one_time_password, new_one_time_password
from mentorlog.storage.keyring import stage_password

REQUIRED = ("given_name", "family_name", "username", "roles")
OPTIONAL = ("email",)
MAX_NAME = 120
_ROLE_SPLIT = re.compile(r"[;,/|]")


@dataclass(frozen=True)
class _Row:
    row: int
    given_name: str
    family_name: str
    username: str
    email: str
    roles: tuple[Role, ...]

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


def _parse(table: Table, actor: Actor) -> tuple[list[_Row], list[Problem]]:
    rows: list[_Row] = []
    problems: list[Problem] = []
    first_row: dict[str, int] = {}
    for number, values in table.rows:
        bad = len(problems)

        def problem(column: str, message: Message, number: int = number) -> None:
            problems.append(table.problem(number, column, message))

        names = {}
        for column in ("given_name", "family_name"):
            value = text(values, column)
            if not value:
                problem(column, msg("empty; every person needs a given and a family name"))
            elif len(value) > MAX_NAME or any(c in value for c in "\r\n\t"):
                problem(column, msg("one line of at most {limit} characters", limit=MAX_NAME))
            names[column] = value
        username = text(values, "username")
        if not username:
            problem("username", msg("empty; every person needs a username to sign in"))
        elif len(username) > 80 or any(ch.isspace() for ch in username):
            problem("username", msg("one word of at most 80 characters, without spaces"))
        elif (seen := first_row.get(username.casefold())) is not None:
            problem(
                "username",
                msg("{username} is named twice (also on row {seen})", username=username, seen=seen),
            )
        else:
            first_row[username.casefold()] = number
        roles: list[Role] = []
        raw_roles = [r.strip().lower() for r in _ROLE_SPLIT.split(text(values, "roles"))]
        for raw in filter(None, raw_roles):
            try:
                role = Role(raw)
            except ValueError:
                known = ", ".join(r.value for r in Role)
                problem("roles", msg("{role} is no role; use {known}", role=repr(raw), known=known))
                continue
            if role == Role.ADMINISTRATOR and not actor.has(Role.ADMINISTRATOR):
                problem("roles", msg("only an administrator may make someone an administrator"))
            if role not in roles:
                roles.append(role)
        if not raw_roles or not any(raw_roles):
            problem("roles", msg("empty; give student, mentor, coordinator or administrator"))
        email = text(values, "email")
        if email and ("@" not in email or len(email) > 254 or " " in email):
            problem("email", msg("{email} is not an e-mail address", email=repr(email)))
        if len(problems) == bad:
            rows.append(
                _Row(
                    number, names["given_name"], names["family_name"], username, email, tuple(roles)
                )
            )
    return rows, problems


def import_people(
    session: Session,
    actor: Actor,
    path: Path,
    *,
    dry_run: bool = False,
    sheet: Path | None = None,
) -> ImportOutcome:
    """Import the people in ``path``. A dry run writes nothing; a real run making new
    accounts needs ``sheet``, the PDF or CSV file their one-time passwords go to (written
    once, before the transaction commits; never stored or logged)."""
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    table = read_table(path, REQUIRED, OPTIONAL)
    rows, problems = _parse(table, actor)
    if problems:
        raise ImportRefused(table.name, problems)
    existing = {
        p.username.casefold(): p
        for p in session.scalars(
            select(Person).where(
                func.lower(Person.username).in_([r.username.lower() for r in rows])
            )
        )
        if p.username
    }
    held: dict[uuid.UUID, set[Role]] = {}
    if existing:
        for pid, role in session.execute(
            select(RoleAssignment.person_id, RoleAssignment.role).where(
                RoleAssignment.person_id.in_([p.id for p in existing.values()])
            )
        ):
            held.setdefault(pid, set()).add(role)
    new: list[_Row] = []
    changed: list[tuple[_Row, Person, list[Message]]] = []
    unchanged: list[tuple[_Row, Person, list[Message]]] = []
    for r in rows:
        person = existing.get(r.username.casefold())
        if person is None:
            new.append(r)
            continue
        if Role.ADMINISTRATOR in held.get(person.id, set()) and not actor.has(Role.ADMINISTRATOR):
            problems.append(
                table.problem(
                    r.row,
                    "username",
                    msg("an administrator's account; only an administrator may change it"),
                )
            )
            continue
        what = _differences(person, r, held.get(person.id, set()))
        (changed if what else unchanged).append((r, person, what))
    if problems:
        raise ImportRefused(table.name, problems)
    outcome = ImportOutcome(
        table.name,
        dry_run,
        made=tuple(
            word(
                msg(
                    "row {row}: {name} ({username}; {roles})",
                    row=str(r.row),
                    name=r.name,
                    username=r.username,
                    roles=listed([role_word(Role(role)) for role in r.roles]),
                )
            )
            for r in new
        ),
        changed=tuple(
            word(
                msg(
                    "row {row}: {username}: {what}",
                    row=str(r.row),
                    username=r.username,
                    what=listed(w),
                )
            )
            for r, _, w in changed
        ),
        unchanged=tuple(
            word(msg("row {row}: {username}", row=str(r.row), username=r.username))
            for r, _, _ in unchanged
        ),
    )
    if dry_run or outcome.nothing_to_do:
        return outcome
    if new and sheet is None:
        raise ImportRefused(
            table.name,
            [
                Problem(
                    0,
                    "",
                    msg(
                        "name the file for the sign-in sheet (the new accounts' one-time passwords)"
                    ),
                )
            ],
        )
    credentials = _make(session, actor, new)
    for r, person, _ in changed:
        _change(session, actor, person, r, held.get(person.id, set()))
    audit.record(
        session,
        actor,
        "import.people",
        entity_type="person",
        detail={
            "file": table.name,
            "made": [r.username for r in new],
            "changed": [r.username for r, _, _ in changed],
            "unchanged": len(unchanged),
        },
    )
    written = ""
    if credentials:
        assert sheet is not None
        write_sign_in_sheet(sheet, credentials)
        written = str(sheet)
    return ImportOutcome(
        outcome.file,
        False,
        outcome.made,
        outcome.changed,
        outcome.unchanged,
        credentials=tuple(credentials),
        sheet=written,
    )


def _differences(person: Person, r: _Row, roles: set[Role]) -> list[Message]:
    what = []
    if (person.given_name, person.family_name) != (r.given_name, r.family_name):
        what.append(msg("name {old} → {new}", old=person.full_name, new=r.name))
    if r.email and person.email != r.email:
        what.append(msg("e-mail → {email}", email=r.email))
    missing = [role for role in r.roles if role not in roles]
    if missing:
        what.append(
            msg("adds role {roles}", roles=listed([role_word(Role(role)) for role in missing]))
        )
    return what


def _make(session: Session, actor: Actor, new: list[_Row]) -> list[Credential]:
    """Bulk inserts: the people, their roles, and their key slots when committed."""
    now = utcnow()
    people: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    credentials: list[Credential] = []
    for r in new:
        password = new_one_time_password()
        pid = uuid.uuid4()
        people.append(
            {
                "id": pid,
                "given_name": r.given_name,
                "family_name": r.family_name,
                "email": r.email,
                "username": r.username,
                "password_hash": hash_one_time_password(password),
                "must_change_password": True,
                "failed_sign_ins": 0,
                "active": True,
                "created_at": now,
                "updated_at": now,
                "created_by_id": actor.person_id,
            }
        )
        roles.extend(
            {
                "id": uuid.uuid4(),
                "person_id": pid,
                "role": role,
                "created_at": now,
                "updated_at": now,
                "created_by_id": actor.person_id,
            }
            for role in r.roles
        )
        stage_password(session, r.username, password, one_time=True)
        credentials.append(Credential(r.name, r.username, password))
    if people:
        session.execute(insert(Person), people)
        session.execute(insert(RoleAssignment), roles)
    return credentials


def _change(session: Session, actor: Actor, person: Person, r: _Row, roles: set[Role]) -> None:
    person.given_name, person.family_name = r.given_name, r.family_name
    if r.email:
        person.email = r.email
    for role in r.roles:
        if role not in roles:
            session.add(
                RoleAssignment(person_id=person.id, role=role, created_by_id=actor.person_id)
            )
    session.flush()
