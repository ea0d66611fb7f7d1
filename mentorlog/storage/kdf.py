"""Keys from passwords: one Argon2id cost for everything a password protects, and sealing
a secret under a password (AES-256-GCM under the Argon2id-derived key).

A person's password protects three things, and an offline guesser goes for the weakest:
their slot of the database key (storage/keys.py, in the ``.keys`` file beside the file),
their private signing key (services/signing_keys.py, in the database) and their password
hash (services/passwords.py). All three use ``current_cost()``.

The cost is above OWASP's strongest Argon2id profile (46 MiB, 1 pass, 1 lane): 64 MiB,
1 pass, 1 lane, ~80-90 ms a derivation here. A sign-in from a closed encrypted file
derives three keys, two of them at once (auth.sign_in): measured on a busy machine
(bench ``sign_in_encrypted_ms``) about a quarter of a second.

``MENTORLOG_KDF_PROFILE=test-only-weak`` lowers it to a few hundred KiB for the test suite,
which makes hundreds of slots (tests/conftest.py sets it; a test checks that the default
is the strong cost). Never set it anywhere else: keys made with it are easy to guess.
Anything made with a weaker cost than today's is wrapped again with today's on the next
sign-in (``is_weaker``), so such keys do not last.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
from dataclasses import dataclass
from typing import Any

# The test-only cost is said in the log file, never on a command's console output.
_detail_log = logging.getLogger("mentorlog.detail")

PROFILE_VARIABLE = "MENTORLOG_KDF_PROFILE"
TEST_ONLY_PROFILE = "test-only-weak"
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfCost:
    memory_kib: int
    time_cost: int
    parallelism: int

    def at_least(self, other: KdfCost) -> bool:
        return (
            self.memory_kib >= other.memory_kib
            and self.time_cost >= other.time_cost
            and self.memory_kib * self.time_cost >= other.memory_kib * other.time_cost
        )


# OWASP's strongest listed profile, the floor the strong cost must stay at or above.
OWASP_STRONGEST = KdfCost(memory_kib=46 * 1024, time_cost=1, parallelism=1)
STRONG = KdfCost(memory_kib=64 * 1024, time_cost=1, parallelism=1)
TEST_ONLY_WEAK = KdfCost(memory_kib=256, time_cost=1, parallelism=1)

# A secret of 80+ random bits (an imported person's one-time password) resists guessing
# without stretching: 1 MiB, 1 pass (~0.5 ms), so 1,000 accounts are made in seconds. The
# password the person chooses at their first sign-in gets today's cost.
RANDOM_SECRET = KdfCost(memory_kib=1024, time_cost=1, parallelism=1)

_warned = False


def current_cost() -> KdfCost:
    """The cost new keys and hashes are made with (see the module docstring)."""
    global _warned
    if os.environ.get(PROFILE_VARIABLE) == TEST_ONLY_PROFILE:
        if not _warned:
            _warned = True
            _detail_log.warning(
                "%s=%s: password keys are weak (tests only)", PROFILE_VARIABLE, TEST_ONLY_PROFILE
            )
        return TEST_ONLY_WEAK
    return STRONG


def random_secret_cost() -> KdfCost:
    """The cost for a random secret (see RANDOM_SECRET); never above today's."""
    today = current_cost()
    return RANDOM_SECRET if today.at_least(RANDOM_SECRET) else today


def is_weaker(cost: KdfCost) -> bool:
    """True when ``cost`` is below today's, so what it protects should be wrapped again."""
    return not cost.at_least(current_cost())


def derive(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    """A 256-bit key from ``secret`` (Argon2id)."""
    # argon2 loads only when a key is derived: the sign-in screen shows without it.
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        cost.time_cost,
        cost.memory_kib,
        cost.parallelism,
        KEY_BYTES,
        Type.ID,
    )


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


class WrongSecretError(Exception):
    """The password (or recovery key) does not open what was sealed under it."""


def cost_of(sealed: dict[str, Any]) -> KdfCost:
    return KdfCost(int(sealed["memory_kib"]), int(sealed["time_cost"]), int(sealed["parallelism"]))


def seal(
    secret: str, plaintext: bytes, aad: bytes, cost: KdfCost | None = None
) -> dict[str, Any]:
    """``plaintext`` encrypted under a key derived from ``secret`` with ``cost`` (today's
    unless given); a JSON-ready dict (the key slot format of storage/keys.py)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cost = cost or current_cost()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(derive(secret, salt, cost)).encrypt(nonce, plaintext, aad)
    return {
        "kdf": "argon2id",
        "memory_kib": cost.memory_kib,
        "time_cost": cost.time_cost,
        "parallelism": cost.parallelism,
        "salt": b64(salt),
        "nonce": b64(nonce),
        "wrapped": b64(wrapped),
    }


def open_sealed(sealed: dict[str, Any], secret: str, aad: bytes) -> bytes:
    """What ``seal`` sealed; WrongSecretError for another secret (or other ``aad``),
    KeyError/ValueError for a damaged entry."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if sealed.get("kdf") != "argon2id":
        raise ValueError(f"unknown key derivation {sealed.get('kdf')!r}")
    kek = derive(secret, unb64(sealed["salt"]), cost_of(sealed))
    try:
        return AESGCM(kek).decrypt(unb64(sealed["nonce"]), unb64(sealed["wrapped"]), aad)
    except InvalidTag as exc:
        raise WrongSecretError from exc


def spend_like_a_real_attempt(secret: str) -> None:
    """The cost of one derivation, for an attempt on a name that has nothing sealed (so
    timing does not tell which names exist)."""
    derive(secret, b"\0" * 16, current_cost())
