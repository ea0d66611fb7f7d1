"""``mentorlog placement add|end|list``: a coordinator's placements from the command line.

    mentorlog --user coord placement add --student liis --prison "Tartu Vangla" \\
        --mentor "mart;kadri" --start 2027-01-04 --end 31.03.2027 --target-hours 400
    mentorlog --user coord placement end liis --on 2027-02-15 --status interrupted
    mentorlog --user coord placement list [--cohort "Intake 2027"]
"""

from __future__ import annotations

import argparse
from typing import Any

from mentorlog.cli.common import CommandError, parse_date, run_as_actor
from mentorlog.i18n import msg

STATUSES = ("completed", "interrupted", "withdrawn")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("placement", help="add, end or list placements (coordinators)")
    actions = p.add_subparsers(dest="placement_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="place a student in a training prison")
    add.add_argument("--student", required=True, metavar="USERNAME")
    add.add_argument("--prison", required=True, metavar="NAME")
    add.add_argument("--unit", metavar="NAME")
    add.add_argument("--cohort", metavar="NAME")
    add.add_argument(
        "--mentor", required=True, metavar="USERNAMES", help="the lead first; co-mentors after ;"
    )
    add.add_argument("--start", required=True, type=parse_date, metavar="DATE")
    add.add_argument("--end", required=True, type=parse_date, metavar="DATE")
    add.add_argument("--target-hours", type=int, default=0, metavar="N")
    add.set_defaults(func=run_add)
    end = actions.add_parser("end", help="end a placement (early, or as completed)")
    end.add_argument("placement", help="the placement's id, or the student's username")
    end.add_argument("--on", required=True, type=parse_date, metavar="DATE", dest="on_day")
    end.add_argument("--status", required=True, choices=STATUSES)
    end.add_argument("--reason", default="")
    end.set_defaults(func=run_end)
    lst = actions.add_parser("list", help="one tab-separated line per placement")
    lst.add_argument("--cohort", metavar="NAME")
    lst.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    from mentorlog.models import Role
    from mentorlog.services import placement_lists as find
    from mentorlog.services.placement_admin import PlacementInput, add_placement

    def work(session: Any, actor: Any) -> Any:
        prison = find.prison_by_name(session, args.prison)
        data = PlacementInput(
            student_id=find.person_by_username(session, args.student, Role.STUDENT).id,
            prison_id=prison.id,
            unit_id=find.unit_by_name(session, prison, args.unit).id if args.unit else None,
            cohort_id=find.cohort_by_name(session, args.cohort).id if args.cohort else None,
            mentor_ids=tuple(
                find.person_by_username(session, m, Role.MENTOR).id
                for m in args.mentor.split(";")
                if m.strip()
            ),
            starts_on=args.start,
            ends_on=args.end,
            target_hours=args.target_hours,
        )
        return add_placement(session, actor, data)

    detail = run_as_actor(args, work)
    print(f"{detail.id}\t{detail.student}\t{detail.prison}\t{detail.status}")  # type: ignore[attr-defined]
    return 0


def run_end(args: argparse.Namespace) -> int:
    from mentorlog.models import PlacementStatus
    from mentorlog.services import placement_lists as find
    from mentorlog.services.placement_endings import end_placement

    def work(session: Any, actor: Any) -> Any:
        found = find.placements_of(session, args.placement)
        open_ones = [p for p in found if p.status in ("planned", "active")] or found
        if len(open_ones) != 1:
            ids = ", ".join(str(p.id) for p in open_ones) or "none"
            raise CommandError(msg("Name one placement by its id: {ids}.", ids=ids))
        return end_placement(
            session,
            actor,
            open_ones[0].id,
            args.on_day,
            PlacementStatus(args.status),
            reason=args.reason,
        )

    detail = run_as_actor(args, work)
    print(f"{detail.id}\t{detail.student}\t{detail.status}\t{detail.data.ends_on}")  # type: ignore[attr-defined]
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.services import placement_lists as find

    def work(session: Any, actor: Any) -> Any:
        cohort = find.cohort_by_name(session, args.cohort).id if args.cohort else None
        return find.list_all_placements(session, actor, cohort_id=cohort)

    for r in run_as_actor(args, work, write=False):  # type: ignore[attr-defined]
        print(
            "\t".join(
                [
                    str(r.id),
                    r.student,
                    r.prison,
                    r.unit,
                    r.cohort,
                    r.lead_mentor,
                    r.starts_on.isoformat(),
                    r.ends_on.isoformat(),
                    str(r.status),
                    f"{r.hours_logged:g}/{r.target_hours}",
                ]
            )
        )
    return 0
