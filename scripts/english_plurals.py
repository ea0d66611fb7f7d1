"""Write and compile mentorlog's English plural forms (resources/translations/mentorlog_en).

Qt's way with counts is ``tr("%n page(s)", "", n)``; the English translation file then
gives the real singular and plural, so the app says "1 page" and "3 pages". Run this after
adding or changing such a string (and add its forms below):

    .venv/bin/python scripts/english_plurals.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "translations" / "mentorlog_en.ts"

# context -> source -> (singular, plural)
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "AttentionLabels": {
        "%n concern(s) escalated to the academy": (
            "%n concern escalated to the academy",
            "%n concerns escalated to the academy",
        ),
        "%n open cause(s) for concern": ("%n open cause for concern", "%n open causes for concern"),
        "final review not held, %n day(s) left": (
            "final review not held, %n day left",
            "final review not held, %n days left",
        ),
        "not responding to training (%n rating(s) in 4 weeks)": (
            "not responding to training (%n rating in 4 weeks)",
            "not responding to training (%n ratings in 4 weeks)",
        ),
        "%n competencies below the level expected by now": (
            "%n competency below the level expected by now",
            "%n competencies below the level expected by now",
        ),
        "no observation for %n day(s)": ("no observation for %n day", "no observation for %n days"),
        "disagreed with %n entries in 4 weeks": (
            "disagreed with %n entry in 4 weeks",
            "disagreed with %n entries in 4 weeks",
        ),
    },
    "CalibrationView": {
        "%n mentor(s) rating apart from peers": (
            "%n mentor rating apart from peers",
            "%n mentors rating apart from peers",
        ),
    },
    "DashboardView": {
        "%n placement(s)": ("%n placement", "%n placements"),
        "Saved %n row(s) to {file}": ("Saved %n row to {file}", "Saved %n rows to {file}"),
    },
    "SetupGuide": {
        "%n prison(s)": ("%n prison", "%n prisons"),
        "%n person(s) besides you": ("%n person besides you", "%n people besides you"),
        "%n placement(s)": ("%n placement", "%n placements"),
    },
    "ConcernsTab": {
        "%n open concern(s)": ("%n open concern", "%n open concerns"),
        "%n escalated concern(s)": ("%n escalated concern", "%n escalated concerns"),
    },
    "ExportDialog": {
        "%1 (%2, %n placement(s))": ("%1 (%2, %n placement)", "%1 (%2, %n placements)"),
        "Export cancelled: %n report(s) were written whole before it stopped; nothing "
        "half-written was left.": (
            "Export cancelled: %n report was written whole before it stopped; nothing "
            "half-written was left.",
            "Export cancelled: %n reports were written whole before it stopped; nothing "
            "half-written was left.",
        ),
        "Wrote %n PDF(s)": ("Wrote %n PDF", "Wrote %n PDFs"),
        ", %n page(s) in all.": (", %n page in all.", ", %n pages in all."),
    },
    "FeedbackTab": {
        "%n new": ("%n new", "%n new"),
        "%n review(s) waiting for your signature": (
            "%n review waiting for your signature",
            "%n reviews waiting for your signature",
        ),
    },
    "ReportPreview": {
        "%n page(s). Nothing is saved until you export.": (
            "%n page. Nothing is saved until you export.",
            "%n pages. Nothing is saved until you export.",
        ),
    },
    "PlacementsModel": {
        "%n cause(s) for concern open or escalated": (
            "%n cause for concern open or escalated",
            "%n causes for concern open or escalated",
        ),
        "%n shared observation(s) not yet acknowledged": (
            "%n shared observation not yet acknowledged",
            "%n shared observations not yet acknowledged",
        ),
    },
    "TimelineModel": {
        "%n competencies": ("%n competency", "%n competencies"),
        "%n competencies rated; lowest level %1": (
            "%n competency rated; level %1",
            "%n competencies rated; lowest level %1",
        ),
    },
    "VerifyRecordsDialog": {
        "%n problem(s) found. %1": ("%n problem found. %1", "%n problems found. %1"),
    },
    "labels": {"%n days ago": ("%n day ago", "%n days ago")},
}


def ts_text() -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append('<TS version="2.1" language="en">')
    for context, messages in PLURALS.items():
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, (one, many) in messages.items():
            lines += [
                '    <message numerus="yes">',
                f"        <source>{escape(source)}</source>",
                "        <translation>",
                f"            <numerusform>{escape(one)}</numerusform>",
                f"            <numerusform>{escape(many)}</numerusform>",
                "        </translation>",
                "    </message>",
            ]
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def main() -> int:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(ts_text(), encoding="utf-8")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        print("pyside6-lrelease not found beside this Python", file=sys.stderr)
        return 1
    subprocess.run([lrelease, "-silent", str(OUT)], check=True)
    print(f"wrote {OUT} and {OUT.with_suffix('.qm')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
