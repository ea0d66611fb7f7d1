"""Places and people for the demo data set, spelled as in their countries.

The prisons are invented training prisons in real towns; the people are invented. Estonia
has a large Russian-speaking minority, so some Estonian students carry Cyrillic names.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

ACADEMY_NAME = "Joint European Academy for Prison Officer Training"


@dataclass(frozen=True)
class PrisonSpec:
    country: str  # ISO 3166-1 alpha-2
    name: str
    city: str
    units: tuple[tuple[str, str], ...]  # (name, security level)


PRISONS: tuple[PrisonSpec, ...] = (
    PrisonSpec(
        "NO",
        "Ålesund øvingsfengsel",
        "Ålesund",
        (("A-wing", "high"), ("B-wing", "high"), ("Open unit", "low")),
    ),
    PrisonSpec(
        "EE",
        "Jõhvi õppevangla",
        "Jõhvi",
        (("A-wing", "closed"), ("B-wing", "closed"), ("Remand unit", "closed")),
    ),
    PrisonSpec(
        "FI",
        "Hämeenlinnan harjoitusvankila",
        "Hämeenlinna",
        (("B-wing", "closed"), ("Women's unit", "closed"), ("Open unit", "open")),
    ),
    PrisonSpec(
        "BE",
        "Prison-école de Marche-en-Famenne",
        "Marche-en-Famenne",
        (("A-wing", "standard"), ("B-wing", "standard")),
    ),
)

# Given names per country and gender; family names per country (Russian ones agree with
# the gender, so they are kept per gender).
_GIVEN: dict[str, dict[str, tuple[str, ...]]] = {
    "NO": {
        "f": ("Ingrid", "Sølvi", "Åse", "Kari", "Marte", "Ragnhild", "Sigrid", "Tone", "Åshild"),
        "m": ("Håkon", "Bjørn", "Øystein", "Sindre", "Jørgen", "Torbjørn", "Eirik", "Pål"),
    },
    "EE": {
        "f": ("Külli", "Tiina", "Mari-Liis", "Kärt", "Triin", "Ülle", "Eha", "Maarja"),
        "m": ("Tõnis", "Jüri", "Märt", "Tõnu", "Ülo", "Priit", "Andres", "Rein"),
    },
    "RU": {  # Russian-speaking Estonians
        "f": ("Наталья", "Ольга", "Татьяна", "Анна", "Елена", "Ирина"),
        "m": ("Алексей", "Дмитрий", "Сергей", "Николай", "Андрей", "Игорь"),
    },
    "FI": {
        "f": ("Päivi", "Sanna", "Liisa", "Aino", "Hanna", "Mervi", "Elina", "Sini"),
        "m": ("Tuomas", "Jussi", "Ville", "Mikko", "Väinö", "Jyrki", "Pekka", "Antti"),
    },
    "BE": {
        "f": ("Amélie", "Hélène", "Léa", "Noémie", "Anneleen", "Chloé", "Marie-Thérèse", "Elke"),
        "m": ("Thibault", "Sébastien", "Noël", "Jérôme", "Pieter", "Frédéric", "Raphaël", "Koen"),
    },
}
_FAMILY: dict[str, tuple[str, ...]] = {
    "NO": (
        "Sæther",
        "Løvås",
        "Bråten",
        "Ødegård",
        "Strøm",
        "Håland",
        "Næss",
        "Sørlie",
        "Kjærnes",
        "Åsheim",
        "Bø",
        "Grønli",
        "Fjærli",
        "Lyngstad",
        "Røed",
        "Dæhlie",
    ),
    "EE": (
        "Mägi",
        "Kõiv",
        "Pärn",
        "Õunapuu",
        "Jõgi",
        "Sõmer",
        "Tamm",
        "Kütt",
        "Mänd",
        "Hõbe",
        "Lõhmus",
        "Rätsep",
        "Sepp",
        "Kask",
        "Rüütel",
        "Põld",
    ),
    "FI": (
        "Mäkinen",
        "Jääskeläinen",
        "Kärkkäinen",
        "Hämäläinen",
        "Heikkilä",
        "Väänänen",
        "Äijälä",
        "Lönnqvist",
        "Räsänen",
        "Pöllänen",
        "Söderström",
        "Kärppä",
        "Niemi",
    ),
    "BE": (
        "Dubois",
        "Lefèvre",
        "Peeters",
        "Janssens",
        "Maes",
        "Delcourt",
        "Vandenberghe",
        "Lemaître",
        "Desmet",
        "Wouters",
        "Goossens",
        "Mertens",
        "Hénin",
        "Jacobs",
    ),
}
_RUSSIAN_FAMILY = {
    "f": ("Смирнова", "Кузнецова", "Волкова", "Иванова", "Петрова"),
    "m": ("Смирнов", "Кузнецов", "Волков", "Иванов", "Петров"),
}

# The demo accounts: fixed people so README and tests can name them.
DEMO_PEOPLE: dict[str, tuple[str, str, str]] = {
    # username: (given name, family name, country)
    "admin": ("Jérôme", "Lemaître", "BE"),
    "coordinator": ("Päivi", "Jääskeläinen", "FI"),
    "mentor": ("Ingrid", "Sæther", "NO"),
    "student": ("Håkon", "Løvås", "NO"),
}


def pick_name(
    rng: random.Random, country: str, taken: set[str], *, cyrillic: bool = False
) -> tuple[str, str]:
    """A plausible (given, family) name for ``country``, Cyrillic if asked (Estonia), and
    not in ``taken`` while the banks allow; the name is added to ``taken``."""
    for _ in range(20):
        gender = rng.choice("fm")
        given = rng.choice(_GIVEN["RU" if cyrillic else country][gender])
        family = rng.choice(_RUSSIAN_FAMILY[gender] if cyrillic else _FAMILY[country])
        if f"{given} {family}" not in taken:
            break
    taken.add(f"{given} {family}")
    return given, family


# Russian transliteration as in passports; the hard and soft signs (ъ, ь) are dropped.
_LATIN = "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch - y - e yu ya"
_CYRILLIC = {
    cyr: lat.strip("-")
    for cyr, lat in zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN.split(" "), strict=True)
}
_SPECIAL = {"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l"}


def ascii_slug(text: str) -> str:
    """Lower-case ASCII for user names: 'Håkon Løvås' -> 'hakon.lovas'."""
    out = []
    for ch in text.lower():
        out.append(_CYRILLIC.get(ch, _SPECIAL.get(ch, ch)))
    flat = unicodedata.normalize("NFKD", "".join(out)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", ".", flat).strip(".")
