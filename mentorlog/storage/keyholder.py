"""The private signing keys this process holds for one open database, in memory only.

A person's key is unsealed with their password when they sign in (services/signing_keys.py)
and held here until they sign out; the site's key while an administrator is signed in.
``audit.record`` and the sign-off services sign with what is held for the acting person,
on the worker thread that does the database work: the keys are never written anywhere
unsealed, nor handed to the GUI.

Holders are found from a session's engine (any session on it, however it was made), so
every write service signs without being handed a key. ``Database`` passes its holder on
when it reopens the file (a restore, or the switch to read-only after damage).
"""

from __future__ import annotations

import base64
import threading
import uuid
import weakref
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


@dataclass(frozen=True)
class HeldKey:
    """One unsealed key pair: ``key_id`` is its ``signing_key`` row."""

    key_id: uuid.UUID
    private: Ed25519PrivateKey = field(repr=False)
    exchange: X25519PrivateKey | None = field(default=None, repr=False)

    def sign(self, message: bytes) -> str:
        """The Ed25519 signature of ``message``, base64."""
        return base64.b64encode(self.private.sign(message)).decode("ascii")


@dataclass
class KeyHolder:
    persons: dict[uuid.UUID, HeldKey] = field(default_factory=dict)
    site: HeldKey | None = None
    # Who is signed in at this workstation: what the app records by itself while they are
    # (and no site key is held) is signed with their key.
    present: uuid.UUID | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def hold(self, person_id: uuid.UUID, key: HeldKey, *, present: bool = True) -> None:
        with self._lock:
            self.persons[person_id] = key
            if present:
                self.present = person_id

    def hold_site(self, key: HeldKey | None) -> None:
        with self._lock:
            self.site = key

    def forget(self, person_id: uuid.UUID) -> None:
        """Drop a person's key (signing out); the site key goes with the person present."""
        with self._lock:
            self.persons.pop(person_id, None)
            if self.present == person_id:
                self.present = None
                self.site = None

    def forget_all(self) -> None:
        with self._lock:
            self.persons.clear()
            self.site = None
            self.present = None

    def for_person(self, person_id: uuid.UUID) -> HeldKey | None:
        return self.persons.get(person_id)

    def for_actor(self, person_id: uuid.UUID | None) -> HeldKey | None:
        """The key that signs what ``person_id`` did; None (the system, or nobody signed
        in) is signed by the site key, else by whoever is present, else not at all."""
        if person_id is not None:
            return self.persons.get(person_id)
        with self._lock:
            if self.site is not None:
                return self.site
            return self.persons.get(self.present) if self.present is not None else None


_HOLDERS: weakref.WeakKeyDictionary[Any, KeyHolder] = weakref.WeakKeyDictionary()
_REGISTRY_LOCK = threading.Lock()


def _engine_of(bind: Any) -> Any:
    # A Session's bind is an Engine, or a Connection (which knows its Engine). An engine
    # with execution options (storage/engine.reading and writing) proxies the one it was
    # made from: its sessions hold the same keys.
    engine = getattr(bind, "engine", bind)
    while (proxied := getattr(engine, "_proxied", None)) is not None:
        engine = proxied
    return engine


def holder_for(bind: Any) -> KeyHolder:
    """The holder of the database ``bind`` (an Engine, a Connection or a Session) is on."""
    if hasattr(bind, "get_bind"):
        bind = bind.get_bind()
    engine = _engine_of(bind)
    with _REGISTRY_LOCK:
        holder = _HOLDERS.get(engine)
        if holder is None:
            holder = _HOLDERS[engine] = KeyHolder()
        return holder


def attach(engine: Any, holder: KeyHolder) -> None:
    """Let sessions on ``engine`` use ``holder`` (a reopened database keeps its keys)."""
    with _REGISTRY_LOCK:
        _HOLDERS[_engine_of(engine)] = holder
