"""Narratives as mentors write them, in English and the sites' languages, with what the
privacy check must flag in each (exactly these, whole), and ordinary ones where it must
flag nothing. The site's own people in them: the student Eirik Sørlie, the mentors
Ingrid Sæther and Jüri Õunapuu; its places: Ålesund øvingsfengsel, A-wing, B-wing,
the cohort "Intake August 2026"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    text: str
    flagged: tuple[str, ...]  # what must be found, in text order
    watched: tuple[str, ...] = ()  # the site's list of names, for this case
    formats: tuple[str, ...] = ()  # prison number formats the site added


STAFF_AND_STUDENTS = (("Eirik", "Sørlie"), ("Ingrid", "Sæther"), ("Jüri", "Õunapuu"))
PLACES = ("Ålesund øvingsfengsel", "A-wing", "B-wing", "Intake August 2026")

NAMING: tuple[Case, ...] = (
    Case(
        "During the morning unlock a prisoner, Jonas Berg (prison no. 2024-1187), refused "
        "to leave his cell. Eirik spoke to him calmly through the door, and after ten "
        "minutes Berg agreed to come out for breakfast.",
        ("Jonas Berg", "prison no. 2024-1187", "Berg"),
    ),
    Case(
        "At association Mr Kowalski and Mr O'Neill started arguing over the pool table. "
        "Eirik stepped between them, used their first names and walked Kowalski to the "
        "servery while I stayed with O'Neill.",
        ("Mr Kowalski", "Mr O'Neill", "Kowalski", "O'Neill"),
    ),
    Case(
        "Inmate A1234BC asked Eirik about his canteen sheet; Eirik checked it and explained "
        "the deadline.",
        ("A1234BC",),
    ),
    Case(
        "Ahmed became agitated when his visit was cancelled. Eirik listened, explained why "
        "and offered him a phone call instead, which calmed things down.",
        ("Ahmed",),
    ),
    Case(
        "On Monday the SO asked Eirik to escort prisoner Daniel Price (prisoner number "
        "A4821KD) to healthcare. Price was anxious and Eirik kept talking to him on the way.",
        ("Daniel Price", "prisoner number A4821KD", "Price"),
    ),
    Case(
        "Eirik noticed that detainee Petrov's hands were shaking at the hatch and asked "
        "whether he had had his medication; Petrov said no and Eirik called healthcare.",
        ("Petrov", "Petrov"),
    ),
    Case(
        "Jüri and I watched Eirik search the cell of remand prisoner Tomasz Nowak; "
        "Nowak's property card did not match and Eirik recorded it properly.",
        ("Tomasz Nowak", "Nowak"),
    ),
    Case(
        "Under lufting nektet innsatt Kristian Haugen å gå inn. Eirik snakket rolig med "
        "ham, og Haugen gikk inn etter fem minutter.",
        ("Kristian Haugen", "Haugen"),
    ),
    Case(
        "Fangenummer 2023-0456 ble oppgitt feil i rapporten; Eirik rettet det før "
        "vaktskiftet.",
        ("Fangenummer 2023-0456",),
    ),
    Case(
        "Vanki Mikko Virtanen kieltäytyi palaamasta selliin. Eirik puhui hänelle "
        "rauhallisesti, ja Virtanen palasi omin jaloin.",
        ("Mikko Virtanen", "Virtanen"),
    ),
    Case(
        "Vankinumero 4471-22 tarkistettiin kahdesti ennen kuljetusta.",
        ("Vankinumero 4471-22",),
    ),
    Case(
        "Kinnipeetav Andrus Kask keeldus kambrist lahkumast. Eirik rääkis temaga "
        "rahulikult ja Kask tuli välja.",
        ("Andrus Kask", "Kask"),
    ),
    Case(
        "Pendant la promenade, le détenu Karim Benali a refusé de rentrer (numéro "
        "d'écrou 2024/1187). Eirik lui a parlé calmement et Benali est rentré.",
        ("Karim Benali", "numéro d'écrou 2024/1187", "Benali"),
    ),
    Case(
        "M. Lefebvre s'est plaint du repas ; Eirik a noté sa demande.",
        ("M. Lefebvre",),
    ),
    Case(
        "Tijdens het luchten weigerde gedetineerde Jansen naar binnen te gaan; dhr. de "
        "Vries bleef rustig en Eirik bracht Jansen terug naar zijn cel.",
        ("Jansen", "de Vries", "Jansen"),
    ),
    Case(
        "Eirik met solvi strand's brother at visits and kept it professional.",
        ("solvi strand",),
        watched=("Sølvi Strand",),
    ),
    Case(
        "Eirik checked the cell card 2024-1187 against the roll, and 2025-118 on "
        "the next door.",
        ("2024-1187",),
        formats=("9999-9999",),
    ),
    Case(
        "Eirik Sørlie talked to Marco Rossi on B-wing about his job application.",
        ("Marco Rossi",),
    ),
    Case(
        "Luckily Jonas calmed down once Eirik got him a coffee.",
        ("Jonas",),
    ),
)

ORDINARY: tuple[str, ...] = (
    "The Roll check on A-wing was done by 07:45; Eirik counted twice and got it right.",
    "Officer on A-wing asked Eirik to help with the Monday meal service.",
    "On Friday Eirik led the unlock; a prisoner on B-wing was slow to get up and Eirik "
    "checked on him before breakfast.",
    "Gibbs Reflective Cycle: I felt nervous during the Use of Force briefing on Tuesday.",
    "Safer Custody Team and Healthcare were told, and the ACCT was opened at 14:00.",
    "Control Room called a Code Red at 10:15 in the gym; Eirik stayed with the prisoners.",
    "Ingrid Sæther and Eirik Sørlie did the count; Jüri Õunapuu signed the log.",
    "Mr Sæther asked Eirik to lead the handover. The prisoner was calm all morning.",
    "Torsdag morgen gjorde Eirik opptelling på avdelingen; alle innsatte var på cellene.",
    "Maanantaina Eirik hoiti aamulaskennan osastolla, ja vangit olivat rauhallisia.",
    "Esmaspäeval tegi Eirik hommikuse loenduse ja kinnipeetavad olid rahulikud.",
    "Lundi, Eirik a fait l'appel dans l'aile B avec le surveillant.",
    "Op woensdag deed Eirik de telling op de afdeling; de gedetineerden waren rustig.",
    "In March the Intake August 2026 cohort started at Ålesund øvingsfengsel.",
    "Eirik used the Listener scheme and wrote it in the Observation Book.",
    "A prisoner in cell 14 asked for 2 sheets; Eirik handed out 12 at 19:00.",
    "Eirik spoke to prisoner A about his canteen, as agreed in the debrief.",
)
