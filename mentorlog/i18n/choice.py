"""Which language to speak, when several say: Qt-free, and free of the database (the
sign-in screen decides before SQLAlchemy has loaded).

The first that names one of mentorlog's languages wins: ``--language`` on the command
line, the signed-in person's own choice, the site's default, the system's language;
English when none does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from mentorlog.i18n import LANGUAGES, SOURCE_LANGUAGE, normalise


def known(code: str | None) -> str | None:
    """``code`` as one of LANGUAGES ("nb_NO" -> "nb"), or None when it names none."""
    if not code:
        return None
    language = normalise(code)
    if language == SOURCE_LANGUAGE and not code.lower().startswith("en"):
        return None
    return language if language in LANGUAGES else None


def choose(*candidates: str | None) -> str:
    """The first of ``candidates`` (command line, person, site, system) that is known."""
    for candidate in candidates:
        if (language := known(candidate)) is not None:
            return language
    return SOURCE_LANGUAGE


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language the system's locale names (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as
    gettext reads them), when it is one of mentorlog's; None for C/POSIX or another."""
    env = os.environ if environ is None else environ
    names = [*env.get("LANGUAGE", "").split(":")]
    names += [env.get(var, "") for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for name in names:
        if name and name.split(".")[0] not in ("C", "POSIX") and known(name):
            return known(name)
    return None
