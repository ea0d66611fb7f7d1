"""``mentorlog init --admin USERNAME --name "Given Family" [--coordinator]``: a new site.

Makes a new encrypted database with its first administrator (the password from
$MENTORLOG_PASSWORD, or asked for twice) and prints the recovery key once. With
``--coordinator`` that person is the academy's coordinator too (a small academy's
one-person office), so they can go on to import people and placements and make reports.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from mentorlog.cli.common import PASSWORD_VARIABLE, REFUSED, CommandError
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="set up a new site with its first administrator")
    p.add_argument("--admin", required=True, metavar="USERNAME", help="their username")
    p.add_argument(
        "--name",
        required=True,
        metavar='"GIVEN FAMILY"',
        help='their name: "Given Family" (the first word is the given name) or "Family, Given"',
    )
    p.add_argument(
        "--coordinator", action="store_true", help="make them the academy's coordinator too"
    )
    p.add_argument("--academy", metavar="NAME", help="the academy's name (else set it later)")
    p.add_argument("--country", default="", metavar="CC", help="the academy's country, e.g. EE")
    p.add_argument("--time-zone", default="", metavar="ZONE", help="e.g. Europe/Tallinn")
    p.set_defaults(func=run)


def split_name(name: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return given, family
    given, _, family = name.partition(" ")
    return given, family


def _new_password(username: str) -> str:
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CommandError(
            msg(
                "Give {username}'s password in {PASSWORD_VARIABLE}, or run in a terminal.",
                username=username,
                PASSWORD_VARIABLE=PASSWORD_VARIABLE,
            ),
            REFUSED,
        )
    password = getpass.getpass(f"Choose a password for {username}: ")
    if getpass.getpass("The same again: ") != password:
        raise CommandError(msg("The two passwords differ; nothing was made."))
    return password


def run(args: argparse.Namespace) -> int:
    from mentorlog.models import Role
    from mentorlog.services import people
    from mentorlog.services.errors import ServiceError
    from mentorlog.services.opening import DatabaseKind, create_site, database_kind
    from mentorlog.services.site import save_academy

    given, family = split_name(args.name)
    if not given or not family:
        raise CommandError(msg('--name needs a given and a family name: "Given Family".'))
    if database_kind(args.db) != DatabaseKind.NEW:
        raise CommandError(
            msg(
                "There is a mentorlog database here already; choose another with --db, "
                "or sign in to this one."
            )
        )
    password = _new_password(args.admin)
    try:
        site = create_site(args.db, given, family, args.admin, password)
    except ServiceError as exc:
        raise CommandError(exc) from exc
    try:
        with site.db.transaction() as session:
            if args.coordinator:
                people.grant_role(session, site.actor, site.actor.person_id, Role.COORDINATOR)
            if args.academy:
                save_academy(
                    session,
                    site.actor,
                    name=args.academy,
                    country=args.country,
                    time_zone=args.time_zone,
                )
        where = site.db.describe()
    except ServiceError as exc:
        raise CommandError(msg("The site was made, but: {reason}", reason=exc)) from exc
    finally:
        site.db.close()
    roles = "administrator and coordinator" if args.coordinator else "administrator"
    print(f"A new mentorlog site is ready at {where}.")
    print(f"{given} {family} ({args.admin}) is its {roles}.")
    if site.recovery_key:
        print()
        print("Recovery key (shown this once; print it and keep it in a safe):")
        print(f"    {site.recovery_key}")
        print("Without it, and without anyone's password, the database cannot be opened.")
    print()
    print("Next: mentorlog --user", args.admin, "import people FILE --sheet SHEET.pdf")
    return 0
