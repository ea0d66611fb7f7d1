"""Loading what signing in and the first screen need, ahead of need.

SQLAlchemy, the models and the services take about a second to import and configure on a
modest workstation. The desktop app shows its sign-in screen without them and loads them
here, on its worker thread, while the person types their password (ui/sign_in_flow.py);
when a command or a test opens the database first, the GUI's start imports them before
PySide6 instead (cli/gui.py), which reads the source of every module imported after it.
Nothing here touches a database.
"""

from __future__ import annotations

import importlib

# Qt-free, and enough for sign-in (unlocking, migrating, the sign-in service) and for the
# first screen's reads (the placements panel and a dossier's timeline and competencies).
MODULES = (
    "logging.handlers",
    "sqlalchemy.dialects.sqlite",
    "mentorlog.services.opening",
    "mentorlog.services.placements",
    "mentorlog.services.timeline",
    "mentorlog.services.competencies",
    "mentorlog.services.site_settings",
)
# Only when a key is unwrapped or an encrypted file opened: not worth loading otherwise.
ENCRYPTION_MODULES = (
    "argon2.low_level",
    "cryptography.hazmat.primitives.ciphers.aead",
    "sqlcipher3",
)


def import_modules(*, encryption: bool = False) -> None:
    for name in MODULES + (ENCRYPTION_MODULES if encryption else ()):
        importlib.import_module(name)


def warm_up(*, encryption: bool = False) -> None:
    """Import the modules and configure the ORM's mappers (done otherwise by the first
    query), so the first sign-in and the first screen find them ready."""
    import_modules(encryption=encryption)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
