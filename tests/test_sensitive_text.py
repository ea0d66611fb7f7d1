"""Prisoners' names and prison numbers are spotted and replaced by neutral references."""

from __future__ import annotations

import pytest

from mentorlog.services.sensitive_text import (
    SensitiveRules,
    find_sensitive,
    load_rules,
    replace_findings,
    save_rules,
)


def test_names_after_role_words_and_prison_numbers_are_found() -> None:
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
    assert found[0].replacement == found[3].replacement == "prisoner A"
    assert found[2].replacement == "prisoner B"
    assert replace_findings(text, found) == (
        "During unlock prisoner A ([prison number]) refused to return to his cell. "
        "The student spoke calmly with prisoner B and later with prisoner A again."
    )


def test_ordinary_narratives_raise_nothing() -> None:
    text = (
        "A prisoner on B-wing asked about visits; the prisoner was calm. The student "
        "checked 12 cells during the 14:00 count and wrote the report."
    )
    assert find_sensitive(text, SensitiveRules()) == []


def test_site_rules_add_watched_names_and_number_formats_in_any_script() -> None:
    rules = SensitiveRules(number_patterns=(r"\bVN-\d{5}\b",), watched_names=("Сергей Петров",))
    text = "Talked with сергей петров about his work placement; see file VN-20211."
    found = find_sensitive(text, rules)
    assert [f.reason for f in found] == ["name", "prison number"]
    assert replace_findings(text, found) == (
        "Talked with prisoner A about his work placement; see file [prison number]."
    )


def test_rules_are_kept_per_site_and_bad_patterns_refused(db) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        save_rules(s, SensitiveRules(number_patterns=(r"\d{6}",), watched_names=("Ivar",)))
    with db.session() as s:
        assert load_rules(s).watched_names == ("Ivar",)
    with db.transaction() as s, pytest.raises(Exception, match=r"unterminated|missing"):
        save_rules(s, SensitiveRules(number_patterns=("(unclosed",)))
