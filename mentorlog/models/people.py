"""People, their roles, and their credentials for signing in on a shared workstation."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorlog.models.base import Base, Record, RowVersioned, UTCDateTime, str_enum
from mentorlog.models.enums import Role


class Person(RowVersioned, Record, Base):
    __tablename__ = "person"

    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), default="")
    # Sign-in; a person without a username cannot sign in (e.g. imported records).
    username: Mapped[str | None] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    failed_sign_ins: Mapped[int] = mapped_column(default=0)
    last_failed_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(default=True)
    # A one-time password (an imported account's) must be replaced at the first sign-in.
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # The language they work in (one of mentorlog.i18n.LANGUAGES); None: the site's default.
    language: Mapped[str | None] = mapped_column(String(8))

    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        foreign_keys="RoleAssignment.person_id",
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class RoleAssignment(Record, Base):
    """One role a person holds, optionally scoped to an academy or a prison."""

    __tablename__ = "role_assignment"
    __table_args__ = (
        UniqueConstraint("person_id", "role", "academy_id", "prison_id", name="uq_role_scope"),
    )

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role))
    academy_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("academy.id", ondelete="CASCADE")
    )
    prison_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("prison.id", ondelete="CASCADE")
    )

    person: Mapped[Person] = relationship(back_populates="roles", foreign_keys=[person_id])
