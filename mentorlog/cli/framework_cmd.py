"""``mentorlog framework import FILE``, ``framework list``, ``framework show KEY
[--version N]``, ``framework export KEY --out FILE``: competency frameworks as JSON (the
format of resources/frameworks/) or XLSX. ``list`` and ``show`` word the frameworks in the
reader's language (mentorlog.i18n.current_language()) where they have it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentorlog.cli.common import CommandError, run_as_actor


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("framework", help="import, list or export competency frameworks")
    actions = p.add_subparsers(dest="framework_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="add a framework, or a new version of one")
    imp.add_argument("file", type=Path, help="a .json or .xlsx file")
    imp.set_defaults(func=run_import)
    actions.add_parser("list", help="every framework version").set_defaults(func=run_list)
    show = actions.add_parser("show", help="a framework's scale, competencies and anchors")
    show.add_argument("key")
    show.add_argument("--version", type=int, help="its version number (default: in force)")
    show.set_defaults(func=run_show)
    exp = actions.add_parser("export", help="write a framework to JSON or XLSX")
    exp.add_argument("key")
    exp.add_argument("--out", required=True, type=Path, help=".json or .xlsx")
    exp.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    from mentorlog.services.framework_files import import_framework
    from mentorlog.services.frameworks import FrameworkFileError

    try:
        row = run_as_actor(args, lambda s, a: import_framework(s, a, args.file))
    except FrameworkFileError as exc:
        raise CommandError(exc) from exc
    print(f"{row.key}\tversion {row.version}\t{row.competencies} competencies\t{row.scale}")  # type: ignore[attr-defined]
    return 0


def run_list(args: argparse.Namespace) -> int:
    from mentorlog.services.framework_files import list_frameworks

    for r in run_as_actor(args, lambda s, a: list_frameworks(s), write=False):  # type: ignore[attr-defined]
        columns = [r.key, r.name, str(r.version), str(r.status), r.scale, str(r.competencies)]
        print("\t".join([*columns, ",".join(r.languages)]))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from mentorlog.services.framework_files import version_of
    from mentorlog.services.frameworks import FrameworkInfo, framework_info

    def read(session: Any, actor: Any) -> FrameworkInfo:
        return framework_info(session, version_of(session, args.key, args.version))

    info: FrameworkInfo = run_as_actor(args, read, write=False)  # type: ignore[assignment]
    print(f"{info.name} v{info.number}")
    print()
    for level in info.levels:
        print(f"{level.code}\t{level.label}: {level.anchor}")
    domain = None
    for comp in info.competencies:
        if comp.domain_name != domain:
            domain = comp.domain_name
            print(f"\n{domain}")
        print(f"\n  {comp.key}\t{comp.name}")
        for value, anchor in sorted(comp.anchors.items()):
            print(f"    {info.level(value).code}\t{anchor}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from mentorlog.services.framework_files import export_framework

    out = run_as_actor(args, lambda s, a: export_framework(s, a, args.key, args.out))
    print(out)
    return 0
