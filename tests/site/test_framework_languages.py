"""A framework in several languages on a site made from nothing (encrypted): imported
from JSON and XLSX, kept in every language, shown in the reader's language with the
framework's own as the fallback, exported as it came, and versioned as before (a rating
keeps the wording of the version it was given under, in every language)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mentorlog.cli import main
from mentorlog.i18n import set_language
from mentorlog.models import (
    Competency,
    CompetencyAnchor,
    Domain,
    FrameworkVersion,
    Role,
    ScaleLevel,
    Shift,
)
from mentorlog.services import observations
from mentorlog.services.framework_files import (
    export_framework,
    framework_data,
    import_framework,
    list_frameworks,
    read_framework,
)
from mentorlog.services.framework_wording import row_text, text
from mentorlog.services.frameworks import FrameworkFileError, framework_info
from mentorlog.services.observation_rules import ObservationInput, RatingInput
from tests.factories import Factory, as_actor
from tests.site.conftest import ADMIN, ADMIN_PASSWORD, NewSite

DEFAULT = Path("resources/frameworks/dynamic-security.json")
KEY = "ds-two-languages"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    set_language("en")


def _english() -> dict[str, Any]:
    """The default framework with every text in English only."""
    data = json.loads(DEFAULT.read_text("utf-8"))

    def en(value: Any) -> Any:
        return value.get("en", "") if isinstance(value, dict) else value

    for field in ("name", "description"):
        data[field] = en(data[field])
    for level in data["scale"]:
        level["label"], level["anchor"] = en(level["label"]), en(level["anchor"])
    for domain in data["domains"]:
        domain["name"], domain["description"] = en(domain["name"]), en(domain.get("description"))
        for comp in domain["competencies"]:
            comp["name"], comp["description"] = en(comp["name"]), en(comp.get("description"))
            comp["anchors"] = {k: en(v) for k, v in comp["anchors"].items()}
    data.pop("languages", None)
    data.pop("language", None)
    return data


def _bilingual(version: int = 1, nb: str = "nb") -> dict[str, Any]:
    """The default framework, its texts in English and (made-up) Norwegian: "<nb> " and
    the English."""
    data = _english()
    data["key"], data["version"] = KEY, version

    def both(value: str) -> Any:
        return {"en": value, "nb": f"{nb} {value}"} if value else value

    data["name"] = both(data["name"])
    data["description"] = both(data["description"])
    for level in data["scale"]:
        level["label"], level["anchor"] = both(level["label"]), both(level["anchor"])
    for domain in data["domains"]:
        domain["name"], domain["description"] = both(domain["name"]), both(domain["description"])
        for comp in domain["competencies"]:
            comp["name"], comp["description"] = both(comp["name"]), both(comp["description"])
            comp["anchors"] = {k: both(v) for k, v in comp["anchors"].items()}
    return data


def _write(folder: Path, data: dict[str, Any], name: str = "fw.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def test_a_two_language_file_is_kept_in_both_and_worded_for_the_reader(
    new_site: NewSite, tmp_path: Path
) -> None:
    path = _write(tmp_path, _bilingual())
    with new_site.db.transaction() as s:
        row = import_framework(s, new_site.coordinator, path)
    assert row.languages == ("en", "nb") and row.competencies == 30
    with new_site.db.session() as s:  # what the database holds: English, and Norwegian beside
        comp = s.scalar(
            select(Competency)
            .join(Domain, Domain.id == Competency.domain_id)
            .where(Domain.framework_version_id == row.version_id, Competency.key == "COM-3")
        )
        assert comp is not None
        assert comp.name == "Calming tension through dialogue"
        assert comp.translations == {
            "name": {"nb": "nb Calming tension through dialogue"},
            "description": {"nb": f"nb {comp.description}"},
        }
        anchor = s.scalar(
            select(CompetencyAnchor).where(
                CompetencyAnchor.competency_id == comp.id, CompetencyAnchor.level_value == 4
            )
        )
        assert anchor is not None and anchor.translations == {"text": {"nb": f"nb {anchor.text}"}}
        version = s.get_one(FrameworkVersion, row.version_id)
        assert version.language == "en"

        norwegian = framework_info(s, row.version_id, "nb")
        english = framework_info(s, row.version_id, "en")
        finnish = framework_info(s, row.version_id, "fi")  # not offered: the own language
        set_language("nb")
        current = framework_info(s, row.version_id)  # the reader's language by default
        assert row_text(comp, "name") == "nb Calming tension through dialogue"
    assert norwegian == current and norwegian.languages == ("en", "nb")
    assert norwegian.name == "nb Dynamic security placement framework"
    assert norwegian.level(0).label == "nb Not observed"
    com3 = next(c for c in norwegian.competencies if c.key == "COM-3")
    assert com3.name == "nb Calming tension through dialogue"
    assert com3.domain_name == "nb Communication and interaction"
    assert com3.anchors[4].startswith("nb Notices rising tension early")
    assert english.level(0).label == "Not observed" and finnish == english


def test_a_file_in_one_other_language_is_that_language_for_every_reader(
    new_site: NewSite, tmp_path: Path
) -> None:
    data = _english()
    data.update(key="ds-nb", language="nb", name="Rammeverk for dynamisk sikkerhet")
    data["scale"][0]["label"] = "Ikke observert"
    path = _write(tmp_path, data)
    with new_site.db.transaction() as s:
        row = import_framework(s, new_site.coordinator, path)
        version = s.get_one(FrameworkVersion, row.version_id)
        assert version.language == "nb" and version.translations is None
        in_english = framework_info(s, row.version_id, "en")
    assert row.languages == ("nb",) and row.name == "Rammeverk for dynamisk sikkerhet"
    assert in_english.level(0).label == "Ikke observert"  # the framework's own language


def test_a_missing_translation_or_an_unknown_language_is_refused_naming_it(
    new_site: NewSite, tmp_path: Path
) -> None:
    data = _bilingual()
    del data["domains"][1]["competencies"][2]["anchors"]["4"]["nb"]
    data["domains"][0]["name"] = {"en": "Communication", "nb": ""}
    with pytest.raises(FrameworkFileError) as refused:
        read_framework(_write(tmp_path, data))
    message = str(refused.value)
    assert "domain COM has no Norwegian Bokmål (nb) text for its name" in message
    assert "(1 more text lacks a language)" in message
    data = _bilingual()
    data["scale"][1]["label"] = {"en": "Not acceptable", "no": "Ikke akseptabelt"}
    with pytest.raises(FrameworkFileError, match="for Norwegian Bokmål write 'nb'"):
        read_framework(_write(tmp_path, data))
    data = _bilingual()
    data["language"] = "de"
    with pytest.raises(FrameworkFileError, match="'de', a language mentorlog does not know"):
        read_framework(_write(tmp_path, data))
    with new_site.db.session() as s:
        assert KEY not in {r.key for r in list_frameworks(s)}
    data = _bilingual()  # an optional text may be in the own language alone
    data["change_note"] = "Anchors reworded after the 2026 review."
    assert read_framework(_write(tmp_path, data))["change_note"] == data["change_note"]


def test_export_gives_back_every_language_in_json_and_xlsx(
    new_site: NewSite, tmp_path: Path
) -> None:
    given = _bilingual()
    with new_site.db.transaction() as s:
        import_framework(s, new_site.coordinator, _write(tmp_path, given))
        out = export_framework(s, new_site.coordinator, KEY, tmp_path / "out.json")
        book = export_framework(s, new_site.coordinator, KEY, tmp_path / "out.xlsx")
    exported = json.loads(out.read_text("utf-8"))
    assert exported["language"] == "en" and exported["languages"] == ["en", "nb"]
    expected = copy.deepcopy(given)
    expected.update(language="en", languages=["en", "nb"], change_note="")
    exported.pop("change_note", None)
    expected.pop("change_note", None)
    assert exported == expected
    from_book = read_framework(book)  # the workbook's columns: "title [nb]", "3 [nb]" …
    for field in ("name", "description", "scale"):
        assert from_book[field] == exported[field], field
    # The workbook has no domain keys or descriptions (a domain is its name): the rest holds.
    assert [d["name"] for d in from_book["domains"]] == [d["name"] for d in exported["domains"]]
    assert [d["competencies"] for d in from_book["domains"]] == [
        d["competencies"] for d in exported["domains"]
    ]


def _observe(s: Any, placement_id: Any, mentor: Any, competency_id: Any) -> Any:
    return observations.publish(
        s,
        mentor,
        placement_id,
        ObservationInput(
            observed_on=date.today() - timedelta(days=1),
            shift=Shift.DAY,
            narrative="Talked a prisoner down at the servery.",
            duration_minutes=450,
            ratings=(RatingInput(competency_id, 4),),
        ),
    )


def test_a_rating_keeps_the_wording_of_its_version_in_every_language(
    new_site: NewSite, tmp_path: Path
) -> None:
    with new_site.db.transaction() as s:
        first = import_framework(s, new_site.coordinator, _write(tmp_path, _bilingual(1)))
        f = Factory(s)  # the version in force: the one just imported
        assert f.version_id == first.version_id
        mentor = f.person("Øystein", "Ålesund", Role.MENTOR)
        student = f.person("Jüri", "Tamm", Role.STUDENT)
        today = date.today()
        p = f.placement(
            student, [mentor], starts_on=today - timedelta(days=20), ends_on=today + timedelta(30)
        )
        obs = _observe(s, p.id, as_actor(mentor, Role.MENTOR), f.competency("COM-3").id)
        mentor_id = mentor.id
    with new_site.db.transaction() as s:  # version 2 rewords the Norwegian
        second = import_framework(s, new_site.coordinator, _write(tmp_path, _bilingual(2, "NB2")))
    set_language("nb")
    with new_site.db.session() as s:
        from mentorlog.models import Person

        mentor_actor = as_actor(s.get_one(Person, mentor_id), Role.MENTOR)
        seen = observations.get_observation(s, mentor_actor, obs.id).ratings[0]
        now = framework_info(s, second.version_id)
    assert seen.competency_name == "nb Calming tension through dialogue"
    assert seen.level_label == "nb Competent, works independently"
    assert seen.competency_anchor.startswith("nb Notices rising tension early")
    assert seen.domain_name == "nb Communication and interaction"
    com3 = next(c for c in now.competencies if c.key == "COM-3")
    assert com3.name == "NB2 Calming tension through dialogue"
    set_language("en")
    with new_site.db.session() as s:
        seen = observations.get_observation(s, mentor_actor, obs.id).ratings[0]
    assert seen.competency_name == "Calming tension through dialogue"


def test_the_command_line_shows_a_framework_in_the_readers_language(
    new_site: NewSite,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with new_site.db.transaction() as s:
        import_framework(s, new_site.coordinator, _write(tmp_path, _bilingual()))
    new_site.db.close()
    monkeypatch.setenv("MENTORLOG_PASSWORD", ADMIN_PASSWORD)
    command = ["--db", str(new_site.path), "--user", ADMIN, "--language", "nb"]
    assert main([*command, "framework", "show", KEY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("nb Dynamic security placement framework v1")
    assert "N.O.\tnb Not observed: nb The behaviour did not come up" in out
    assert "\nnb Communication and interaction\n" in out
    assert "  COM-3\tnb Calming tension through dialogue" in out
    assert "    4\tnb Notices rising tension early" in out
    assert main([*command, "framework", "list"]) == 0
    listed = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert [KEY, "nb Dynamic security placement framework", "1"] in [r[:3] for r in listed]
    assert next(r for r in listed if r[0] == KEY)[-1] == "en,nb"


@pytest.mark.postgres
def test_languages_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    from mentorlog.services.access import SYSTEM
    from mentorlog.services.startup import prepare_database

    db = prepare_database(pg_url)
    try:
        with db.transaction() as s:
            row = import_framework(s, SYSTEM, _write(tmp_path, _bilingual()))
        with db.session() as s:
            stored = s.scalar(
                select(ScaleLevel.translations).where(
                    ScaleLevel.framework_version_id == row.version_id, ScaleLevel.value == 0
                )
            )
            norwegian = framework_info(s, row.version_id, "nb")
            exported = framework_data(s, KEY)
    finally:
        db.close()
    assert stored == {"label": {"nb": "nb Not observed"}, "anchor": {"nb": stored["anchor"]["nb"]}}
    assert norwegian.level(0).label == "nb Not observed"
    assert next(c for c in norwegian.competencies if c.key == "ROL-3").anchors[5].startswith("nb ")
    assert exported["scale"][0]["label"] == {"en": "Not observed", "nb": "nb Not observed"}


def test_text_words_a_file_text_for_the_reader() -> None:
    texts = {"en": "Not observed", "nb": "Ikke observert", "fi": ""}
    assert text(texts, "nb") == "Ikke observert"
    assert text(texts, "fi") == "Not observed"  # empty: the own language
    assert text({"nb": "Ikke observert"}, "fr", own="nb") == "Ikke observert"
    assert text("Not observed", "nb") == "Not observed" and text(None) == ""
    set_language("nb")
    assert text(texts) == "Ikke observert"


# Terms a translation of the default framework must use (the glossary's, for the texts
# that name them): dynamic security in the domain SUR's name, "not observed" as level 0.
TERMS = {
    "nb": ("dynamisk sikkerhet", "Ikke observert"),
    "fi": ("dynaaminen turvallisuus", "Ei havainnoitu"),
    "et": ("dünaamiline julgeolek", "Ei vaadeldud"),
    "fr": ("sécurité dynamique", "Non observé"),
    "nl": ("dynamische veiligheid", "Niet geobserveerd"),
}


def test_the_default_framework_is_in_all_six_languages() -> None:
    from mentorlog.i18n import LANGUAGES
    from mentorlog.services.framework_texts import text_fields

    data = json.loads(DEFAULT.read_text("utf-8"))
    assert data["language"] == "en" and tuple(data["languages"]) == LANGUAGES
    fields = list(text_fields(data))
    given = [f for f in fields if f.value]  # a change note it does not have
    assert len(given) == 242
    for field in given:
        where = f"{field.subject}: {field.part}"
        assert isinstance(field.value, dict) and tuple(field.value) == LANGUAGES, where
        english = field.value["en"].strip()
        for lang in LANGUAGES[1:]:
            translated = field.value[lang].strip()
            assert translated, f"{where} in {lang}"
            assert translated.casefold() != english.casefold(), f"{where} in {lang}"
    sur = next(d for d in data["domains"] if d["key"] == "SUR")
    for lang, (dynamic_security, not_observed) in TERMS.items():
        assert dynamic_security in sur["name"][lang].casefold(), lang
        assert data["scale"][0]["label"][lang] == not_observed
    read_framework(DEFAULT)  # and it passes the import's checks as a file


def test_a_new_site_shows_the_default_framework_in_each_language(new_site: NewSite) -> None:
    with new_site.db.session() as s:
        (row,) = list_frameworks(s)
        by_language = {lang: framework_info(s, row.version_id, lang) for lang in TERMS}
        english = framework_info(s, row.version_id, "en")
    assert row.languages == ("en", "nb", "fi", "et", "fr", "nl")
    assert english.level(0).label == "Not observed"
    for lang, (dynamic_security, not_observed) in TERMS.items():
        info = by_language[lang]
        assert info.level(0).label == not_observed
        sur = {c.domain_name for c in info.competencies if c.key.startswith("SUR")}
        assert len(sur) == 1 and dynamic_security in sur.pop().casefold()
        assert all(
            c.anchors[v] != e.anchors[v]
            for c, e in zip(info.competencies, english.competencies, strict=True)
            for v in c.anchors
        )


def test_the_pdf_report_prints_the_framework_in_the_readers_language(
    new_site: NewSite, tmp_path: Path
) -> None:
    import io
    from datetime import UTC, datetime

    from pypdf import PdfReader

    from mentorlog.reports.student_report import render_student_report
    from mentorlog.services.report_data import student_report

    with new_site.db.transaction() as s:
        f = Factory(s)
        mentor = f.person("Øystein", "Ålesund", Role.MENTOR)
        student = f.person("Jüri", "Tamm", Role.STUDENT)
        today = date.today()
        p = f.placement(
            student, [mentor], starts_on=today - timedelta(days=20), ends_on=today + timedelta(30)
        )
        _observe(s, p.id, as_actor(mentor, Role.MENTOR), f.competency("COM-3").id)
    pages: dict[str, str] = {}
    for lang in ("nb", "fr"):
        set_language(lang)
        with new_site.db.session() as s:
            report = student_report(s, new_site.coordinator, p.id)
        pdf, _ = render_student_report(report, generated_at=datetime.now(UTC))
        (tmp_path / f"report-{lang}.pdf").write_bytes(pdf)
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        pages[lang] = " ".join(text.split())
    assert "Dempe spenninger gjennom dialog" in pages["nb"]
    assert "Kompetent, arbeider selvstendig" in pages["nb"]
    assert "Rammeverk for praksis i dynamisk sikkerhet" in pages["nb"]
    assert "Apaiser les tensions par le dialogue" in pages["fr"]
    assert "Calming tension through dialogue" not in pages["nb"] + pages["fr"]


def test_a_later_version_renaming_the_framework_keeps_the_earlier_name(
    new_site: NewSite, tmp_path: Path
) -> None:
    with new_site.db.transaction() as s:
        first = import_framework(s, new_site.coordinator, _write(tmp_path, _bilingual(1)))
        renamed = _bilingual(2)
        renamed["name"] = {"en": "Dynamic security, 2027 edition", "nb": "Dynamisk sikkerhet 2027"}
        second = import_framework(s, new_site.coordinator, _write(tmp_path, renamed))
    set_language("nb")
    with new_site.db.session() as s:
        names = {r.version: r.name for r in list_frameworks(s) if r.key == KEY}
        exported = framework_data(s, KEY)
        old = framework_info(s, first.version_id, "en").name
        new = framework_info(s, second.version_id, "en").name
    assert names == {1: "nb Dynamic security placement framework", 2: "Dynamisk sikkerhet 2027"}
    assert (old, new) == ("Dynamic security placement framework", "Dynamic security, 2027 edition")
    assert exported["version"] == 2 and exported["name"] == renamed["name"]
