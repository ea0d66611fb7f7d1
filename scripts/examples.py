"""Writes the example import files in resources/examples/ (run after changing them here):
30 people and 30 placements, as Excel writes them (CSV with a BOM and ';', and XLSX),
and a San Jose style framework on a 1–7 scale as an XLSX workbook.

    .venv/bin/python scripts/examples.py
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook

OUT = Path(__file__).resolve().parent.parent / "resources" / "examples"

MENTORS = [
    ("Øystein", "Ærø", "oystein.aero", "mentor"),
    ("Kadri", "Õunapuu", "kadri.ounapuu", "mentor"),
    ("Hélène", "Dubois", "helene.dubois", "mentor;coordinator"),
    ("Сергей", "Кузнецов", "sergei.kuznetsov", "mentor"),
    ("Aino", "Mäkelä", "aino.makela", "mentor"),
    ("Bjørn", "Løvås", "bjorn.lovas", "mentor"),
]
STUDENTS = [
    ("Jüri", "Tamm"),
    ("Liis", "Kask"),
    ("Ørjan", "Sæther"),
    ("Sølvi", "Håkonsen"),
    ("Élodie", "Lefèvre"),
    ("Anaïs", "Mercier"),
    ("Мария", "Иванова"),
    ("Алексей", "Петров"),
    ("Eero", "Virtanen"),
    ("Siiri", "Järvinen"),
    ("Mart", "Õispuu"),
    ("Kätlin", "Sepp"),
    ("Ingrid", "Strøm"),
    ("Håvard", "Ødegård"),
    ("Noé", "Girard"),
    ("Zoë", "Brønnum"),
    ("Ольга", "Смирнова"),
    ("Дмитрий", "Соколов"),
    ("Tiina", "Rebane"),
    ("Kristjan", "Lõhmus"),
    ("Aleksi", "Heikkinen"),
    ("Frédéric", "Moreau"),
    ("Ronja", "Økland"),
    ("Märten", "Pärn"),
]
PRISONS = [
    ("Tartu Vangla", ("Üksus A", "Üksus B"), "kadri.ounapuu"),
    ("Halden fengsel", ("Avdeling C", "Avdeling D"), "oystein.aero"),
    ("Prison de Haren", ("Aile Nord",), "helene.dubois"),
    ("Helsingin vankila", ("Osasto 2",), "aino.makela"),
]


def _username(given: str, family: str, n: int) -> str:
    table = str.maketrans("øæåõäöüéèëïç", "oaaoaoueeeic")
    base = f"{given}.{family}".lower().translate(table)
    # Names in another script (Cyrillic) get a neutral username rather than a mangled one.
    return base if base.isascii() else f"student{n:02d}"


def people() -> list[list[str]]:
    rows = [["given_name", "family_name", "username", "roles", "email"]]
    for given, family, username, roles in MENTORS:
        rows.append([given, family, username, roles, f"{username}@academy.example"])
    for n, (given, family) in enumerate(STUDENTS, start=1):
        username = _username(given, family, n)
        rows.append([given, family, username, "student", f"{username}@academy.example"])
    return rows


def placements(usernames: list[str]) -> list[list[str]]:
    rows = [["student", "cohort", "prison", "unit", "mentor", "start", "end", "target_hours"]]
    for n, username in enumerate(usernames):
        prison, units, lead = PRISONS[n % len(PRISONS)]
        co = "" if n % 3 else ";bjorn.lovas"
        rows.append(
            [
                username,
                "Intake January 2027",
                prison,
                units[n % len(units)],
                lead + co,
                "2027-01-04",
                "31.03.2027",
                "400",
            ]
        )
    for n, username in enumerate(usernames[:6]):  # six go on to a second prison
        prison, units, lead = PRISONS[(n + 1) % len(PRISONS)]
        rows.append(
            [
                username,
                "Intake January 2027",
                prison,
                units[0],
                lead,
                "2027-04-05",
                "2027-06-25",
                "300",
            ]
        )
    return rows


def write_csv(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))


def write_xlsx(path: Path, rows: list[list[str]], title: str) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)


SAN_JOSE_LEVELS = {
    1: "Not acceptable",
    2: "Well below standard",
    3: "Below standard",
    4: "Acceptable",
    5: "Above standard",
    6: "Well above standard",
    7: "Superior",
}
SAN_JOSE = [
    ("Officer safety", "OS-1", "Approach and positioning on the landing"),
    ("Officer safety", "OS-2", "Awareness of surroundings"),
    ("Communication", "CO-1", "Talking with prisoners"),
    ("Communication", "CO-2", "Radio and written reports"),
    ("Judgement", "JU-1", "Decisions under pressure"),
]


def san_jose(path: Path) -> None:
    book = Workbook()
    comps = book.active
    comps.title = "Competencies"
    comps.append(["domain", "code", "title", "description", *map(str, SAN_JOSE_LEVELS)])
    for domain, code, title in SAN_JOSE:
        comps.append(
            [
                domain,
                code,
                title,
                "",
                *(f"{title}: {label.lower()}." for label in SAN_JOSE_LEVELS.values()),
            ]
        )
    scale = book.create_sheet("Scale")
    scale.append(["value", "code", "label", "anchor", "requires_comment", "not_observed"])
    scale.append([0, "N.O.", "Not observed", "Not seen on this shift.", "", "yes"])
    for value, label in SAN_JOSE_LEVELS.items():
        scale.append([value, str(value), label, f"{label}.", "yes" if value in (1, 7) else "", ""])
    meta = book.create_sheet("Framework")
    for row in (
        ("key", "san-jose-dor"),
        ("name", "San Jose daily observation report"),
        ("version", 1),
        ("expected_induction", 2),
        ("expected_early", 3),
        ("expected_midpoint", 4),
        ("expected_final", 5),
    ):
        meta.append(list(row))
    book.save(path)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    people_rows = people()
    write_csv(OUT / "people.csv", people_rows)
    write_xlsx(OUT / "people.xlsx", people_rows, "People")
    students = [r[2] for r in people_rows[1:] if r[3] == "student"]
    placement_rows = placements(students)
    write_csv(OUT / "placements.csv", placement_rows)
    write_xlsx(OUT / "placements.xlsx", placement_rows, "Placements")
    san_jose(OUT / "san-jose-framework.xlsx")
    print(f"{len(people_rows) - 1} people, {len(placement_rows) - 1} placements in {OUT}")


if __name__ == "__main__":
    main()
