"""Password hashing with Argon2id at the one cost every password-protected key uses
(storage/kdf.py: above OWASP's strongest profile), and one-time passwords for imported
accounts.

A one-time password is 16 characters drawn at random from 32 (80 bits), shown once on the
sign-in sheet and replaced at the first sign-in. Stretching guards passwords people choose,
which are guessable; 80 random bits are not, so these are hashed at kdf.RANDOM_SECRET's
light cost (1 MiB, 1 pass: ~0.5 ms instead of ~90 ms), which lets 1,000 accounts be made
in seconds. The hash records its parameters, and ``needs_rehash`` is true for it, so the
password a person chooses at first sign-in gets the full cost.
"""

from __future__ import annotations

import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from mentorlog.storage.kdf import KdfCost, current_cost, random_secret_cost

ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read off paper


@cache
def _hasher(cost: KdfCost) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
    )


def new_one_time_password() -> str:
    """Four groups of four, e.g. ``K7QM-X3PA-9RTE-HW4N`` (80 random bits)."""
    chars = "".join(secrets.choice(ONE_TIME_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def hash_one_time_password(password: str) -> str:
    return _hasher(random_secret_cost()).hash(password)


def hash_password(password: str) -> str:
    return _hasher(current_cost()).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    # The parameters are read from the hash itself: a one-time password's light hash
    # verifies as well as a full one.
    try:
        return _hasher(current_cost()).verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher(current_cost()).check_needs_rehash(stored_hash)
