"""The database key and its wrapped copies ("slots"), one per person who may open the file.

An encrypted database has a random 256-bit key. It is never stored in the clear: each
person's slot holds it encrypted (AES-256-GCM) under a key derived from their password
with Argon2id, and a recovery slot holds it under a recovery key shown once to the
administrator. The slots live in ``<database>.keys`` beside the database (the database
itself is unreadable without a key, so they cannot live inside it). A wrong password
unwraps nothing; changing one person's password re-wraps only their slot.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from mentorlog.i18n import msg
from mentorlog.storage import kdf
from mentorlog.storage.atomic import write_atomically
from mentorlog.storage.errors import StorageError
from mentorlog.storage.sqlite_files import keyfile_path

__all__ = [
    "KeyFile",
    "create_keyfile",
    "keyfile_path",
    "new_database_key",
    "write_site_language",
]

FORMAT = 1
KEY_BYTES = 32
RECOVERY_SLOT = "__recovery__"


class KeyFileError(StorageError):
    pass


class WrongPasswordError(StorageError):
    """The name or password does not open this database (deliberately not saying which)."""


def _slot_name(username: str) -> str:
    return username.strip().casefold()


@dataclass
class KeyFile:
    """The slots of one database; ``save()`` writes them atomically."""

    path: Path
    slots: dict[str, dict[str, Any]]
    # Failed unlock attempts per name: {"failures": n, "last_failed_at": ISO time}. They
    # are kept here because a wrong password cannot open the database to count them there;
    # the database keeps a copy once someone opens it (services/key_file_attempts.py), so
    # counts reset by editing this file are noticed and restored.
    attempts: dict[str, dict[str, Any]] = field(default_factory=dict)
    demo: bool = False  # made as a demo (known passwords): the sign-in screen says so
    # Every failure ever recorded in this file: it only grows (clearing a name does not
    # lower it), so a file with fewer than the database last saw was rolled back.
    attempt_counter: int = 0
    # The site's default language (services/languages.py writes it when an administrator
    # changes it): the sign-in screen shows in it before the database can be read.
    # None: never chosen (the system's language).
    language: str | None = None

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise KeyFileError(msg("{file} was written by a newer mentorlog.", file=path.name))
            return cls(
                path,
                dict(data["slots"]),
                dict(data.get("attempts", {})),
                bool(data.get("demo")),
                int(data.get("attempt_counter", 0)),
                data.get("language") if isinstance(data.get("language"), str) else None,
            )
        except FileNotFoundError as exc:
            raise KeyFileError(
                msg(
                    "The key file {file} beside the encrypted database is missing. Restore it from"
                    " where the database came from, or use the recovery key.",
                    file=path.name,
                )
            ) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileError(
                msg("The key file {file} is damaged ({detail}).", file=path.name, detail=str(exc))
            ) from exc

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {
                "format": FORMAT,
                "slots": self.slots,
                "attempts": self.attempts,
                "demo": self.demo,
                "attempt_counter": self.attempt_counter,
                **({"language": self.language} if self.language else {}),
            },
            indent=1,
            sort_keys=True,
        )
        write_atomically(self.path, payload.encode("utf-8"))

    def has(self, username: str) -> bool:
        return _slot_name(username) in self.slots

    def _wrap(self, name: str, secret: str, db_key: bytes, *, random_secret: bool = False) -> None:
        # A secret of 80+ random bits (a one-time password) needs no stretching to resist
        # guessing; a person's own password gets the full cost.
        cost = kdf.random_secret_cost() if random_secret else None
        self.slots[name] = kdf.seal(secret, db_key, name.encode("utf-8"), cost)

    def _unwrap(self, name: str, secret: str) -> bytes:
        slot = self.slots.get(name)
        if slot is None:
            kdf.spend_like_a_real_attempt(secret)
            raise WrongPasswordError(msg("That name and password do not open this database."))
        try:
            return kdf.open_sealed(slot, secret, name.encode("utf-8"))
        except kdf.WrongSecretError as exc:
            raise WrongPasswordError(
                msg("That name and password do not open this database.")
            ) from exc
        except (KeyError, ValueError, TypeError) as exc:
            raise KeyFileError(
                msg("The key slot for {name} is damaged ({detail}).", name=name, detail=str(exc))
            ) from exc

    def weaker_than_today(self, username: str) -> bool:
        """True when ``username``'s slot was made with a lower Argon2id cost than today's
        (then it is wrapped again once their password has opened it)."""
        slot = self.slots.get(_slot_name(username))
        try:
            return slot is not None and kdf.is_weaker(kdf.cost_of(slot))
        except (KeyError, ValueError, TypeError):
            return False

    def add_person(
        self, db_key: bytes, username: str, password: str, *, one_time: bool = False
    ) -> None:
        """Give ``username`` a slot (or re-wrap theirs after a password change or reset);
        ``one_time``: the password is a random one-time password (light derivation)."""
        self._wrap(_slot_name(username), password, db_key, random_secret=one_time)

    def remove_person(self, username: str) -> None:
        self.slots.pop(_slot_name(username), None)

    def failed_attempts(self, username: str) -> tuple[int, datetime | None]:
        entry = self.attempts.get(_slot_name(username), {})
        last = entry.get("last_failed_at")
        return int(entry.get("failures", 0)), datetime.fromisoformat(last) if last else None

    def record_failure(self, username: str, now: datetime) -> int:
        failures = self.failed_attempts(username)[0] + 1
        self.attempts[_slot_name(username)] = {
            "failures": failures,
            "last_failed_at": now.isoformat(),
        }
        self.attempt_counter += 1
        self.save()
        return failures

    def slot_name(self, username: str) -> str:
        return _slot_name(username)

    def clear_failures(self, username: str) -> None:
        if self.attempts.pop(_slot_name(username), None) is not None:
            self.save()

    def unlock(self, username: str, password: str) -> bytes:
        return self._unwrap(_slot_name(username), password)

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        return self._unwrap(RECOVERY_SLOT, normalise_recovery_key(recovery_key))


def write_site_language(path: Path, language: str | None) -> None:
    """Record the site's default language in the key file at ``path``, as that file is
    on disk now (other workstations write attempts and slots to it too)."""
    keyfile = KeyFile.load(path)
    if keyfile.language != (language or None):
        keyfile.language = language or None
        keyfile.save()


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """Eight groups of five characters from an unambiguous alphabet (~200 bits)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    chars = "".join(secrets.choice(alphabet) for _ in range(40))
    return "-".join(chars[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 5] for i in range(0, len(cleaned), 5))


def create_keyfile(db_path: Path, db_key: bytes) -> tuple[KeyFile, str]:
    """A new key file with a recovery slot; returns it and the recovery key to show once."""
    path = keyfile_path(db_path)
    if path.exists():
        raise KeyFileError(msg("{file} already exists; it is never overwritten.", file=path.name))
    keyfile = KeyFile(path, {})
    recovery = new_recovery_key()
    keyfile._wrap(RECOVERY_SLOT, recovery, db_key)
    return keyfile, recovery


def sqlcipher_key_literal(db_key: bytes) -> str:
    """The raw-key form SQLCipher's ``PRAGMA key`` takes (no passphrase derivation)."""
    return f"x'{db_key.hex()}'"
