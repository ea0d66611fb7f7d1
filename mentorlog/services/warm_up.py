"""Loading what signing in and the first screen need, ahead of need.

SQLAlchemy, the models and the services take about a second to import and configure on a
modest workstation. The desktop app shows its sign-in screen without them and loads them
here, on its worker thread, while the person types their password (ui/sign_in_flow.py);
when a command or a test opens the database first, the GUI's start imports them before
PySide6 instead (cli/gui.py), which reads the source of every module imported after it.
Nothing here touches a database.
"""

from __future__ import annotations


def import_modules(*, encryption: bool = False) -> None:
    """Import, Qt-free, what sign-in (unlocking, migrating, the sign-in service) and the
    first screen's reads (the placements panel, a dossier's timeline and competencies)
    need; with ``encryption`` also what unwrapping a key and an encrypted file need."""
    import logging.handlers  # noqa: F401

    import sqlalchemy.dialects.sqlite  # noqa: F401

    from mentorlog.services import (  # noqa: F401
        competencies,
        opening,
        placements,
        site_settings,
        timeline,
    )

    if encryption:
        import argon2.low_level  # noqa: F401
        import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
        import sqlcipher3  # noqa: F401


def warm_up(*, encryption: bool = False) -> None:
    """Import the modules and configure the ORM's mappers (done otherwise by the first
    query), so the first sign-in and the first screen find them ready."""
    import_modules(encryption=encryption)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
