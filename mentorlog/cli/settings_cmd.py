"""``mentorlog settings show`` and ``mentorlog settings set NAME VALUE``: the site settings
an administrator chooses (see services/site_settings.py).

    mentorlog --user admin settings set idle-lock-minutes 10
    mentorlog --user admin settings set language nb
"""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import msg

SETTINGS = ("idle-lock-minutes", "language")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("settings", help="show or change the site settings")
    commands = p.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    commands.add_parser("show", help="every site setting and its value").set_defaults(func=run_show)
    s = commands.add_parser("set", help="change a site setting (administrators only)")
    s.add_argument(
        "name",
        choices=SETTINGS,
        help="idle-lock-minutes: minutes without input before a window locks (1-60); "
        "language: the site's default language (en, nb, fi, et, fr, nl), of everyone who "
        "chose none and of the sign-in screen",
    )
    s.add_argument("value")
    s.set_defaults(func=run_set)


def run_show(args: argparse.Namespace) -> int:
    from mentorlog.services import languages, site_settings

    db = open_for_command(args)
    try:
        with db.session() as session:
            actor_for_command(args, session)
            minutes = site_settings.idle_lock_minutes(session)
            language = languages.site_language(session)
    finally:
        db.close()
    print(f"language\t{language}")
    print(f"idle-lock-minutes\t{minutes}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    from mentorlog.services import site_settings
    from mentorlog.services.errors import ValidationError

    if args.name == "language":
        return _set_language(args)
    if not args.value.isdigit():
        raise CommandError(
            msg(
                "{setting} takes a whole number of minutes, not {value}",
                setting=args.name,
                value=repr(args.value),
            )
        )
    db = open_for_command(args)
    try:
        with db.transaction() as session:
            actor = actor_for_command(args, session)
            minutes = site_settings.set_idle_lock_minutes(session, actor, int(args.value))
    except ValidationError as exc:
        raise CommandError(exc) from exc
    finally:
        db.close()
    print(f"idle-lock-minutes\t{minutes}")
    return 0


def _set_language(args: argparse.Namespace) -> int:
    from mentorlog.i18n.choice import known
    from mentorlog.services import languages

    code = known(args.value)
    if code is None:
        raise CommandError(f"language takes one of en, nb, fi, et, fr, nl, not {args.value!r}")
    db = open_for_command(args)
    try:
        with db.transaction() as session:
            actor = actor_for_command(args, session)
            setting = languages.set_site_language(session, actor, code)
    finally:
        db.close()
    print(f"language\t{setting.language}")
    return 0
