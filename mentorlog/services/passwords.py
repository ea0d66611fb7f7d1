"""Password hashing with Argon2id at or above OWASP's minimum (19 MiB, 2 passes, 1 lane),
and one-time passwords for imported accounts.

A one-time password is 16 characters drawn at random from 32 (80 bits), shown once on the
sign-in sheet and replaced at the first sign-in. Stretching guards passwords people choose,
which are guessable; 80 random bits are not, so these are hashed with a light Argon2id
(1 MiB, 1 pass: ~0.5 ms instead of ~30 ms), which lets 1,000 accounts be made in seconds.
The hash records its parameters, and ``needs_rehash`` is true for it, so the password a
person chooses at first sign-in gets the full cost.
"""

from __future__ import annotations

import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MEMORY_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1

_hasher = PasswordHasher(
    time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM, hash_len=32
)
ONE_TIME_MEMORY_KIB, ONE_TIME_TIME_COST = 1024, 1
_one_time_hasher = PasswordHasher(
    time_cost=ONE_TIME_TIME_COST, memory_cost=ONE_TIME_MEMORY_KIB, parallelism=1, hash_len=32
)
ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


def new_one_time_password() -> str:
    """Four groups of four, e.g. ``K7QM-X3PA-9RTE-HW4N`` (80 random bits)."""
    chars = "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def hash_one_time_password(password: str) -> str:
    return _one_time_hasher.hash(password)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(stored_hash)
