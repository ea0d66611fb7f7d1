"""Password hashing with Argon2id at the one cost every password-protected key uses
(storage/kdf.py: above OWASP's strongest profile)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from mentorlog.storage.kdf import KdfCost, current_cost


@cache
def _hasher(cost: KdfCost) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=cost.parallelism,
        hash_len=32,
    )


def hash_password(password: str) -> str:
    return _hasher(current_cost()).hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher(current_cost()).verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher(current_cost()).check_needs_rehash(stored_hash)
