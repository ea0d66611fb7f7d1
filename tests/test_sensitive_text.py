"""Prisoners' names and prison numbers are spotted and replaced by neutral references; the
corpus in tests/privacy_corpus.py says what must be found, and what must not."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent, Observation, Role
from mentorlog.services.errors import PermissionDeniedError, ValidationError
from mentorlog.services.sensitive_text import (
    SensitiveRules,
    find_sensitive,
    load_rules,
    replace_findings,
    save_rules,
)
from mentorlog.storage.folding import fold
from tests.factories import Factory
from tests.factories import as_actor as actor
from tests.privacy_corpus import NAMING, ORDINARY, PLACES, STAFF_AND_STUDENTS, Case


def _site_rules(case: Case | None = None) -> SensitiveRules:
    """The built-in rules, as a site with the corpus's people and places has them."""
    names = frozenset(tuple(fold(f"{g} {f}").split()) for g, f in STAFF_AND_STUDENTS)
    places = frozenset(w for p in PLACES for w in fold(p).replace("-", " ").split())
    extra = {}
    if case is not None:
        extra["watched_names"] = case.watched
        extra["number_formats"] = (*SensitiveRules().number_formats, *case.formats)
    return SensitiveRules(
        **extra,
        known_words=frozenset(w for n in names for w in n),
        known_names=names,
        place_words=places,
    )


@pytest.mark.parametrize("case", NAMING, ids=lambda c: c.text[:40])
def test_every_name_and_number_in_the_corpus_is_found_whole(case: Case) -> None:
    found = find_sensitive(case.text, _site_rules(case))
    assert tuple(f.text for f in found) == case.flagged
    replaced = replace_findings(case.text, found)
    for flagged in case.flagged:
        assert flagged not in replaced
    # What is left reads as the narrative did, with neutral references.
    assert "prisoner" in replaced or "[prison number]" in replaced


@pytest.mark.parametrize("text", ORDINARY, ids=lambda t: t[:40])
def test_ordinary_narratives_raise_no_false_alarm(text: str) -> None:
    assert find_sensitive(text, _site_rules()) == []


def test_the_reported_narrative_is_replaced_whole() -> None:
    text = "A prisoner, Jonas Berg (prison no. 2024-1187), refused; later Berg apologised."
    found = find_sensitive(text, _site_rules())
    assert replace_findings(text, found) == (
        "A prisoner, prisoner A ([prison number]), refused; later prisoner A apologised."
    )


def test_the_same_person_keeps_one_letter_and_a_role_word_is_not_doubled() -> None:
    text = (
        "During unlock prisoner Kowalski (A1234BC) refused to return to his cell. "
        "The student spoke calmly with Mr Jääskeläinen and later with prisoner Kowalski again."
    )
    found = find_sensitive(text, SensitiveRules())
    assert [(f.text, f.reason) for f in found] == [
        ("Kowalski", "name"),
        ("A1234BC", "prison number"),
        ("Mr Jääskeläinen", "name"),
        ("Kowalski", "name"),
    ]
    assert replace_findings(text, found) == (
        "During unlock prisoner A ([prison number]) refused to return to his cell. "
        "The student spoke calmly with prisoner B and later with prisoner A again."
    )


def test_site_rules_add_watched_names_and_number_formats_in_any_script() -> None:
    rules = SensitiveRules(number_formats=("re:VN-\\d{5}",), watched_names=("Сергей Петров",))
    text = "Talked with сергей петров about his work placement; see file VN-20211."
    found = find_sensitive(text, rules)
    assert [f.reason for f in found] == ["name", "prison number"]
    assert replace_findings(text, found) == (
        "Talked with prisoner A about his work placement; see file [prison number]."
    )


def test_the_demo_narratives_raise_nothing(db) -> None:  # type: ignore[no-untyped-def]
    """Thousands of realistic sentences that name only the site's own people."""
    from mentorlog.services.demo import build_demo

    with db.transaction() as s:
        build_demo(s, students=6, observations=300, seed=3)
    with db.session() as s:
        rules = load_rules(s)
        narratives = s.scalars(select(Observation.narrative)).all()
    flagged = {t: find_sensitive(t, rules) for t in narratives}
    assert len(narratives) >= 300
    assert {t: f for t, f in flagged.items() if f} == {}


def test_rules_are_kept_per_site_audited_and_bad_formats_refused(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        f = Factory(s)
        admin = actor(f.person("Kadri", "Õunapuu", Role.ADMINISTRATOR), Role.ADMINISTRATOR)
        mentor = actor(f.person("Liis", "Tamm", Role.MENTOR), Role.MENTOR)
        f.person("Ülle", "Kask", Role.STUDENT)
    with db.transaction() as s:
        chosen = SensitiveRules(number_formats=("9999-9999",), watched_names=("Ivar Lie",))
        save_rules(s, admin, chosen)
    with db.session() as s:
        rules = load_rules(s)
        assert rules.watched_names == ("Ivar Lie",)
        assert rules.number_formats == ("9999-9999",)
        assert rules.name_cues == SensitiveRules().name_cues  # never set: the built-in
        assert ("liis", "tamm") in rules.known_names and "ulle" in rules.known_words
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "setting.change")).one()
        assert event.detail["changed"]["watched_names"] == {"added": ["Ivar Lie"], "removed": []}
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        save_rules(s, admin, SensitiveRules(number_formats=("re:(unclosed",)))
    assert "number_formats" in refused.value.problems
    with db.transaction() as s, pytest.raises(PermissionDeniedError):
        save_rules(s, mentor, SensitiveRules())
    with db.session() as s:
        assert load_rules(s).number_formats == ("9999-9999",)


def test_rules_saved_as_regular_expressions_before_still_apply(db) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.models import SiteSetting

    with db.transaction() as s:
        s.add(SiteSetting(key="sensitive_text", value={"number_patterns": [r"\bVN-\d{5}\b"]}))
    with db.session() as s:
        rules = load_rules(s)
    assert [f.text for f in find_sensitive("file VN-20211 today", rules)] == ["VN-20211"]
