"""``mentorlog audit verify`` and ``mentorlog audit list``: checking and reading the trail.

``verify`` exits 0 only for an intact chain; otherwise it names the first bad event and
exits 1. With ``--head`` it also checks that a chain head printed on a report is still in
the trail (a trail rewritten or cut short after the report no longer holds it).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-01") from exc


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number above 0")
    return int(text)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("audit", help="check or read the audit trail")
    commands = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = commands.add_parser(
        "verify",
        help="walk the hash chain; exit 0 only when no event was altered, removed or inserted",
    )
    v.add_argument(
        "--head",
        metavar="HASH",
        help="a chain head printed on a report: check the trail still holds it",
    )
    v.set_defaults(func=run_verify)
    ls = commands.add_parser("list", help="events, newest first, one tab-separated line each")
    ls.add_argument("--action", help="only this action, e.g. sign_in.failed")
    ls.add_argument("--since", type=_day, metavar="DATE", help="from this day on (UTC)")
    ls.add_argument("--until", type=_day, metavar="DATE", help="up to and including this day")
    ls.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N (50)")
    ls.set_defaults(func=run_list)


def run_verify(args: argparse.Namespace) -> int:
    from mentorlog.services import audit_trail

    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
            report = audit_trail.verify(session, actor)
            found = audit_trail.find_head(session, actor, args.head) if args.head else None
    finally:
        db.close()
    bad = report.first_bad
    if bad is not None:
        when = bad.occurred_at.strftime("%Y-%m-%d %H:%M:%S UTC") if bad.occurred_at else "?"
        raise CommandError(
            f"the audit trail is broken at event {bad.seq} ({when}, {bad.action}): "
            f"{bad.problem} — {bad.explanation}"
        )
    print(f"audit trail intact: {report.events_checked} events, head {report.head}")
    if args.head:
        if found is None:
            raise CommandError(
                f"the head {args.head} is not in the audit trail: the trail was rewritten "
                "or cut short after it was printed"
            )
        print(f"head {args.head} is event {found} of the trail")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.services.audit_trail import AuditFilter, list_events

    flt = AuditFilter(action=args.action, since=args.since, until=args.until)
    db = open_for_command(args)
    try:
        with db.session() as session:
            rows = list_events(session, actor_for_command(args, session), flt, limit=args.limit)
    finally:
        db.close()
    from mentorlog.services.text_rules import escape_for_line

    for row in rows:
        fields = [
            str(row.seq),
            row.occurred_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            row.actor_name,
            row.workstation,
            row.action,
            row.entity_type,
            str(row.entity_id or ""),
            json.dumps(row.detail, ensure_ascii=False, sort_keys=True) if row.detail else "",
        ]
        print("\t".join(escape_for_line(f) for f in fields))
    return 0
