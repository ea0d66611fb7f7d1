"""``mentorlog audit verify`` and ``mentorlog audit list``: checking and reading the trail.

``verify`` checks the whole trail and every signed record (services/trail_check.py) and
exits 0 only when it finds nothing wrong; otherwise it names every problem, one per line,
and exits 1. ``--full`` verifies every signature (on every core), not one per run of
events by one signer. With ``--head`` it also checks that a chain head printed on a report
is still in the trail, and that every event after it carries its actor's good signature.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from mentorlog.cli.common import CommandError, actor_for_command, open_for_command
from mentorlog.i18n import nmsg


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
        help="check the trail and every signed record; exit 0 only when nothing is wrong",
    )
    v.add_argument(
        "--head",
        metavar="HASH",
        help="a chain head printed on a report: check the trail still holds it, and that "
        "every event after it is signed by its actor",
    )
    v.add_argument(
        "--full",
        action="store_true",
        help="verify every signature, not one per run of events by one signer (slower)",
    )
    v.set_defaults(func=run_verify)
    ls = commands.add_parser("list", help="events, newest first, one tab-separated line each")
    ls.add_argument("--action", help="only this action, e.g. sign_in.failed")
    ls.add_argument("--since", type=_day, metavar="DATE", help="from this day on (UTC)")
    ls.add_argument("--until", type=_day, metavar="DATE", help="up to and including this day")
    ls.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N (50)")
    ls.set_defaults(func=run_list)


def run_verify(args: argparse.Namespace) -> int:
    from mentorlog.services import trail_check

    db = open_for_command(args)
    try:
        with db.session() as session:
            actor = actor_for_command(args, session)
            result = trail_check.check_trail(
                session,
                actor,
                full=args.full,
                after_hash=args.head.strip().lower() if args.head else None,
                progress=_terminal_progress(),
            )
            session.commit()  # the witness of a sound head (nothing else is written)
    finally:
        db.close()
    return print_check(result, args.head)


def _terminal_progress() -> Any:
    """Progress on stderr when it is a terminal (a long full check takes a while)."""
    import sys

    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int, total: int, what: str) -> None:
        percent = int(done * 100 / total) if total else 100
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if done >= total else ""
            print(f"\r{what}: {percent}%\033[K", end=end, file=sys.stderr, flush=True)

    return show


def print_check(result: Any, head: str | None = None) -> int:
    """Print what ``check_trail`` found (``head``: the one given with --head); 0 when
    nothing is wrong, else CommandError (exit 1)."""
    kind = "every signature" if result.full else "routine"
    print(
        f"audit trail: {result.events:,} events, head {result.head_seq} {result.head}; "
        f"{result.signed_records:,} signed records; {result.signatures_checked:,} of "
        f"{result.signatures_total:,} signatures verified ({kind})"
    )
    for note in result.notes:
        print(f"note: {note}")
    if result.given_head_seq is not None:
        print(f"head {head} is event {result.given_head_seq} of the trail")
    if result.ok:
        print("audit trail and signed records intact")
        return 0
    for finding in result.sorted_findings():
        print(f"PROBLEM [{finding.kind}] {finding.line()}")
    count = len(result.findings)
    raise CommandError(
        nmsg("{n} problem found in the audit trail", "{n} problems found in the audit trail", count)
    )


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
