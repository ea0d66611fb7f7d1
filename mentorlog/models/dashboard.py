"""The attention dashboard's figures per placement, kept so the dashboard reads them
instead of working them out from every observation on each look.

A row holds what services/attention_figures.py worked out for its placement as of a
day (``as_of``); it stands until ``valid_until`` (the same day for a placement still
running; later for one ended long before, whose figures no longer move with the date).
Every write the change feed notes removes the rows of the placements it touched
(services/attention_store.py), so a row is never older than what it counts; a missing or
outdated row is worked out again when the dashboard next asks.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, Float, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from mentorlog.models.base import Base


class DashboardFigures(Base):
    __tablename__ = "dashboard_figures"

    placement_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("placement.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    last_observed_on: Mapped[date | None] = mapped_column(Date)
    open_concerns: Mapped[int]
    escalated_concerns: Mapped[int]
    concern_reviews_due: Mapped[int]
    latest_review_kind: Mapped[str | None] = mapped_column(String(20))
    latest_progress: Mapped[str | None] = mapped_column(String(30))
    final_progress: Mapped[str | None] = mapped_column(String(30))
    has_midpoint: Mapped[int]
    has_final: Mapped[int]
    awaiting_answer: Mapped[int]
    awaiting_signature: Mapped[int]
    hours_logged: Mapped[float] = mapped_column(Float)
    remedial_minutes: Mapped[int]
    nrt: Mapped[int]
    recent_nrt: Mapped[int]
    disagreements: Mapped[int]
    recent_disagreements: Mapped[int]
    below_expected: Mapped[int]
    # Judged from them and the day (services/attention_figures.JUDGED).
    expected: Mapped[float | None] = mapped_column(Float)
    hours_expected: Mapped[float] = mapped_column(Float)
    midpoint_day: Mapped[int]
    midpoint_overdue: Mapped[int]
    final_due: Mapped[int]
    score: Mapped[int]
    level: Mapped[int]
    rules: Mapped[int]
