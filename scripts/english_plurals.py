"""mentorlog's English plural forms (resources/translations/mentorlog_en.ts).

Qt's way with counts is ``tr("%n page(s)", "", n)``; the English translation file then
gives the real singular and plural, so the app says "1 page" and "3 pages". After adding
or changing such a string, add its forms below and run

    .venv/bin/python scripts/update_translations.py

(it fails, naming the string, when a counted string has no English forms here).
"""

from __future__ import annotations

import sys
from xml.sax.saxutils import escape

DEMO_TEXT = (
    "Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, "
    "%n students and their observations, reflections, goals, reviews and concerns. "
    "Afterwards sign in as admin, coordinator, mentor or student, each with the password demo."
)
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
        "%Ln rating(s); %1": ("%Ln rating; %1", "%Ln ratings; %1"),
    },
    "RatersModel": {
        "%1: %n rating(s) (%2 from the lowest level up)": (
            "%1: %n rating (%2 from the lowest level up)",
            "%1: %n ratings (%2 from the lowest level up)",
        ),
    },
    "DashboardView": {
        "%n placement(s): %1 to act on now, %2 needing attention": (
            "%n placement: %1 to act on now, %2 needing attention",
            "%n placements: %1 to act on now, %2 needing attention",
        ),
        "Saved %n row(s) to %1": ("Saved %n row to %1", "Saved %n rows to %1"),
    },
    "DashboardModel": {
        "%n d": ("%n d", "%n d"),
        "%n in the last four weeks": ("%n in the last four weeks", "%n in the last four weeks"),
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
        "Wrote %n PDF(s), %1 in all.": ("Wrote %n PDF, %1 in all.", "Wrote %n PDFs, %1 in all."),
        "%n page(s)": ("%n page", "%n pages"),
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
        "%n d": ("%n d", "%n d"),
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
        "%n competencies\nlowest level %1": (
            "%n competency\nlevel %1",
            "%n competencies\nlowest level %1",
        ),
        "%n competencies rated; lowest level %1": (
            "%n competency rated; level %1",
            "%n competencies rated; lowest level %1",
        ),
    },
    "VerifyRecordsDialog": {
        "%n problem(s) found. %1": ("%n problem found. %1", "%n problems found. %1"),
    },
    "Labels": {"%n days ago": ("%n day ago", "%n days ago")},
    "CompetenciesTab": {
        "%1 and %n more": ("%1 and %n more", "%1 and %n more"),
        "Every competency was observed in the last %n day(s).": (
            "Every competency was observed in the last %n day.",
            "Every competency was observed in the last %n days.",
        ),
        "%n of %1 competencies were not observed in the last %2 days (highlighted): "
        "%3. Look out for them on the next shifts.": (
            "%n of %1 competencies was not observed in the last %2 days (highlighted): "
            "%3. Look out for it on the next shifts.",
            "%n of %1 competencies were not observed in the last %2 days (highlighted): "
            "%3. Look out for them on the next shifts.",
        ),
    },
    "CompetenciesModel": {
        "Not observed in the last %n day(s): look out for it on the next shift": (
            "Not observed in the last %n day: look out for it on the next shift",
            "Not observed in the last %n days: look out for it on the next shift",
        ),
    },
    "TimelineTab": {
        "%n matching “%1”": ("%n matching “%1”", "%n matching “%1”"),
        "%n entries": ("%n entry", "%n entries"),
        "%n entries match the filters": (
            "%n entry matches the filters",
            "%n entries match the filters",
        ),
    },
    "GoalsTab": {
        "%n open": ("%n open", "%n open"),
        "%n open · %1 overdue": ("%n open · %1 overdue", "%n open · %1 overdue"),
    },
    "FirstRunDialog": {
        DEMO_TEXT: (
            DEMO_TEXT.replace("%n students", "%n student"),
            DEMO_TEXT,
        ),
    },
}


Forms = dict[str, dict[str, tuple[str, str]]]


def ts_text(forms: Forms | None = None) -> str:
    """The English catalogue: the singular and plural of each counted string in ``forms``
    (context -> source -> forms; all of PLURALS when not given)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append('<TS version="2.1" language="en" sourcelanguage="en">')
    for context, messages in (PLURALS if forms is None else forms).items():
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


if __name__ == "__main__":
    sys.exit("run scripts/update_translations.py: it writes the English file from PLURALS")
