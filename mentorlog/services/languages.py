"""The language each person works in, and the site's default for everyone who chose none.

A person's own choice (``Person.language``, None: the site's default) is theirs to make,
or a coordinator's or administrator's in People and accounts (a coordinator not for an
administrator, as with every account change). The site's default (SiteSetting
"default_language"; absent: English) is an administrator's. Both changes are audited and
refused when made from a copy someone has changed since (StaleEditError).

The sign-in screen of an encrypted file shows before the database can be read, so the
site's default is also written into the key file beside it when it changes (after the
commit; storage/keys.py), where that screen reads it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, msg
from mentorlog.models import Person, Role, RoleAssignment, SiteSetting, utcnow
from mentorlog.services import audit
from mentorlog.services.access import Actor, require_role
from mentorlog.services.errors import NotFoundError, PermissionDeniedError, ValidationError
from mentorlog.services.stale import require_fresh
from mentorlog.storage.keyring import INFO_KEY

log = logging.getLogger(__name__)

SITE_LANGUAGE_KEY = "default_language"
LANGUAGE_FIELD = "language"  # the field a refused choice is reported against


@dataclass(frozen=True)
class SiteLanguage:
    language: str  # the site's default (English until an administrator chooses one)
    chosen: bool  # whether an administrator chose it (else the system's language may lead)
    row_version: int  # the setting's row version (0: never set); a change names it


@dataclass(frozen=True)
class PersonLanguage:
    person_id: uuid.UUID
    own: str | None  # their own choice, or None: the site's default
    language: str  # what they work in: their own choice, else the site's default
    row_version: int  # the person's row version; a change made from this names it


def _setting(session: Session) -> SiteSetting | None:
    return session.scalar(select(SiteSetting).where(SiteSetting.key == SITE_LANGUAGE_KEY))


def _known(code: object) -> bool:
    return isinstance(code, str) and code in LANGUAGES


def site_language_setting(session: Session) -> SiteLanguage:
    """The site's default language, whether it was chosen, and its row version."""
    row = _setting(session)
    if row is None or not _known(row.value):
        return SiteLanguage(SOURCE_LANGUAGE, False, row.row_version if row else 0)
    return SiteLanguage(row.value, True, row.row_version)


def site_language(session: Session) -> str:
    """The language of everyone who chose none (English until an administrator chooses)."""
    return site_language_setting(session).language


def person_language(session: Session, person_id: uuid.UUID) -> PersonLanguage:
    """``person_id``'s own choice and the language they work in."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(msg("That person is no longer in mentorlog."))
    own = person.language if _known(person.language) else None
    return PersonLanguage(person.id, own, own or site_language(session), person.row_version)


def language_of(session: Session, person_id: uuid.UUID | None) -> str:
    """The language ``person_id`` works in (the site's default for the system account)."""
    if person_id is None:
        return site_language(session)
    return person_language(session, person_id).language


def language_choice(session: Session, person_id: uuid.UUID | None) -> tuple[str | None, str | None]:
    """What was chosen, for working out the language to speak (mentorlog.i18n.choice):
    ``person_id``'s own choice and the site's default, each None where none was made
    (the system's language may then lead). ``person_id`` None: only the site's."""
    site = site_language_setting(session)
    own = None
    if person_id is not None:
        person = session.get(Person, person_id)
        own = person.language if person is not None and _known(person.language) else None
    return own, site.language if site.chosen else None


def _refuse_unknown(code: str | None, *, allow_default: bool) -> None:
    if code is None and allow_default:
        return
    if not _known(code):
        raise ValidationError(
            {
                LANGUAGE_FIELD: msg(
                    "Choose one of mentorlog's languages: {codes}.", codes=", ".join(LANGUAGES)
                )
            }
        )


def _require_may_choose_for(session: Session, actor: Actor, person: Person) -> None:
    """Anyone for themself; a coordinator or administrator for others (only an
    administrator for an administrator)."""
    if actor.person_id == person.id:
        return
    require_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR)
    if actor.has(Role.ADMINISTRATOR):
        return
    holds_admin = session.scalar(
        select(RoleAssignment.id).where(
            RoleAssignment.person_id == person.id, RoleAssignment.role == Role.ADMINISTRATOR
        )
    )
    if holds_admin is not None:
        raise PermissionDeniedError(
            msg(
                "Only an administrator may change an administrator's account; {name} is not one.",
                name=actor.name,
            )
        )


def set_person_language(
    session: Session,
    actor: Actor,
    person_id: uuid.UUID,
    code: str | None,
    *,
    expected_version: int | None = None,
) -> PersonLanguage:
    """Choose the language ``person_id`` works in (None: the site's default).

    Refused with PermissionDeniedError for someone else's account unless ``actor`` manages
    accounts, with ValidationError (field ``language``) for a code mentorlog does not
    speak, and with StaleEditError when the account changed since ``expected_version``.
    """
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(msg("That person is no longer in mentorlog."))
    _require_may_choose_for(session, actor, person)
    require_fresh(session, person, expected_version, msg("account"))
    _refuse_unknown(code, allow_default=True)
    before = person.language
    if code != before:
        person.language = code
        person.updated_at = utcnow()
        session.flush()
        audit.record(
            session,
            actor,
            "person.language",
            entity_type="person",
            entity_id=person.id,
            subject_person_id=person.id,
            detail={"from": before, "to": code},
        )
    return person_language(session, person.id)


def set_site_language(
    session: Session, actor: Actor, code: str, *, expected_version: int | None = None
) -> SiteLanguage:
    """Choose the site's default language (administrators only): the language of everyone
    who chose none, and of the sign-in screen. Refused with ValidationError (field
    ``language``) for a code mentorlog does not speak, and with StaleEditError when
    someone changed it since ``expected_version``."""
    require_role(actor, Role.ADMINISTRATOR)
    row = _setting(session)
    if row is not None:
        require_fresh(session, row, expected_version, msg("setting"))
    _refuse_unknown(code, allow_default=False)
    before = site_language_setting(session)
    if before.chosen and code == before.language:
        return before
    if row is None:
        row = SiteSetting(key=SITE_LANGUAGE_KEY, value=code)
        session.add(row)
    else:
        row.value = code
        row.updated_at = utcnow()
    session.flush()
    audit.record(
        session,
        actor,
        "setting.change",
        entity_type="site_setting",
        entity_id=row.id,
        detail={
            "key": SITE_LANGUAGE_KEY,
            "from": before.language if before.chosen else None,
            "to": code,
        },
    )
    _write_to_key_file_after_commit(session, code)
    return site_language_setting(session)


def _write_to_key_file_after_commit(session: Session, code: str) -> None:
    """An encrypted file's sign-in screen reads the site's language from its key file."""
    ring = session.info.get(INFO_KEY)
    if ring is None:
        return
    path = ring.keyfile.path

    def write(_session: Session) -> None:
        from mentorlog.storage.keys import write_site_language

        try:
            write_site_language(path, code)
        except OSError as exc:  # read-only media: the sign-in screen keeps the old one
            log.warning("the site's language was not written to %s: %s", path.name, exc)

    event.listen(session, "after_commit", write, once=True)
