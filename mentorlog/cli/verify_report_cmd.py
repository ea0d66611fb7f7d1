"""``mentorlog verify-report FILE.pdf``: does a report's audit head belong to this
database's trail? Exit 0 only when the trail holds the head the report printed (that
event, that hash, at least that many events) and the trail itself checks out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import msg


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "verify-report",
        help="check that a PDF report's audit trail head belongs to this database's trail",
    )
    p.add_argument("file", type=Path, metavar="FILE.pdf", help="a report made by mentorlog")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mentorlog.cli.audit_cmd import print_check
    from mentorlog.services import report_heads, trail_check
    from mentorlog.services.trail_anchors import Anchor

    try:
        head = report_heads.read_report_head(args.file)
    except OSError as exc:
        raise CommandError(
            msg("Cannot read {file}: {reason}.", file=args.file, reason=exc.strerror or exc)
        ) from exc
    if head is None:
        raise CommandError(
            msg(
                "{name} carries no audit trail head: it was not made by mentorlog, or by one from "
                "before reports kept it.",
                name=args.file.name,
            )
        )
    print(f"{args.file.name}: made at event {head.seq:,} of {head.events:,} ({head.hash})")
    anchor = Anchor(head.seq, head.hash, f"the report {args.file.name}", events=head.events)
    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
            result = trail_check.check_trail(session, actor, heads=[anchor])
            export = report_heads.export_event(session, head, args.file.name)
            session.commit()
    finally:
        db.close()
    if export is not None:
        when = export.occurred_at.strftime("%Y-%m-%d %H:%M UTC")  # type: ignore[attr-defined]
        print(f"exported at event {export.seq:,} by {export.actor_name} on {when}")
    else:
        print("note: no export of a file by this name follows it on the trail (renamed?)")
    return print_check(result)
