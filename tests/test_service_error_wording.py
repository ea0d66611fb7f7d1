"""Service errors are codes with parameters: English in str() (logs, the audit trail) and
worded in the reader's language by the command line and the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from sqlalchemy import select

from mentorlog.i18n import current_language, messages, msg, set_language, word
from mentorlog.models import AuditEvent, Role
from mentorlog.services import auth, site_settings
from mentorlog.services.access import a_role
from mentorlog.services.errors import PermissionDeniedError, ServiceError, ValidationError

# Test wording (the real catalogues are the translators'): enough to see each path.
NB = {
    "Only {roles} may do this; {name} is not one.":
        "Bare {roles} kan gjøre dette; {name} er ikke det.",
    "an administrator": "en administrator",
    "The disk is full: nothing was lost; free space and save again.":
        "Disken er full: ingenting gikk tapt; frigjør plass og lagre igjen.",
    "Choose between {low} and {high} minutes (a whole number).":
        "Velg mellom {low} og {high} minutter.",
    ("Too many failed attempts. Wait {n} second before trying again.",
     "Too many failed attempts. Wait {n} seconds before trying again."): (
        "For mange mislykkede forsøk. Vent {n} sekund.",
        "For mange mislykkede forsøk. Vent {n} sekunder.",
    ),
}  # fmt: skip


@pytest.fixture
def nb_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalog = Catalog(locale="nb", domain="mentorlog")
    for msgid, string in NB.items():
        catalog.add(msgid, string)
    po_path = tmp_path / "nb" / "LC_MESSAGES" / "mentorlog.po"
    po_path.parent.mkdir(parents=True)
    with po_path.open("wb") as handle:
        write_po(handle, catalog)
    monkeypatch.setattr(messages, "locale_dir", lambda: tmp_path)
    messages.reload()
    yield
    messages.reload()
    set_language("en")


def test_an_error_carries_its_code_and_parameters_and_is_english_in_str() -> None:
    exc = PermissionDeniedError(msg("{name} may not see this placement.", name="Åse"))
    assert exc.msgid == "{name} may not see this placement."
    assert exc.params == {"name": "Åse"}
    assert str(exc) == "Åse may not see this placement." == exc.args[0]
    # Plain text (a message not yet made a code) still works, the same in every language.
    assert word(ServiceError("Plain words."), "fi") == "Plain words."


def test_the_role_refusal_names_the_roles_with_their_own_articles() -> None:
    # The article was chosen by the English word's first letter; now each role carries
    # its own, so a translation words "an administrator" whole.
    assert str(a_role(Role.ADMINISTRATOR)) == "an administrator"
    assert str(a_role(Role.MENTOR)) == "a mentor"
    assert str(a_role(Role.ADMINISTRATOR, Role.COORDINATOR)) == "an administrator or coordinator"


def test_the_wait_after_failed_sign_ins_is_counted_in_each_language(nb_catalogue: None) -> None:
    one = "Too many failed attempts. Wait 1 second before trying again."
    assert str(auth.wait_message(1)) == one
    assert str(auth.wait_message(8)).endswith("Wait 8 seconds before trying again.")
    assert word(auth.wait_message(1), "nb") == "For mange mislykkede forsøk. Vent 1 sekund."
    assert word(auth.wait_message(8), "nb") == "For mange mislykkede forsøk. Vent 8 sekunder."


def test_a_validation_error_words_its_problems_in_the_current_language(db, nb_catalogue) -> None:  # type: ignore[no-untyped-def]
    from tests.trust_cast import make_trust_cast

    cast = make_trust_cast(db)
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        site_settings.set_idle_lock_minutes(s, cast.administrator, 90)
    exc = refused.value
    english = "Choose between 1 and 60 minutes (a whole number)."
    assert str(exc) == english and exc.problems["idle_lock_minutes"] == english
    set_language("nb")
    assert exc.problems["idle_lock_minutes"] == "Velg mellom 1 og 60 minutter."
    assert word(exc) == "Velg mellom 1 og 60 minutter."
    assert str(exc) == english
    assert exc.worded_problems("en") == {"idle_lock_minutes": english}


def test_the_command_line_words_a_refusal_in_the_language_asked_for(  # type: ignore[no-untyped-def]
    db, db_path, capsys, monkeypatch, nb_catalogue
) -> None:
    from mentorlog.cli import main
    from tests.trust_cast import PASSWORD, make_trust_cast

    make_trust_cast(db)
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    cli = ["--db", str(db_path), "--language", "nb", "--user", "mentor"]
    assert main([*cli, "settings", "set", "idle-lock-minutes", "20"]) == 3
    assert capsys.readouterr().err == (
        "mentorlog: Bare en administrator kan gjøre dette; Ingrid Sæther er ikke det.\n"
    )
    assert current_language() == "nb"
    # The audit trail keeps the English, whoever reads it later and in whatever language.
    with db.transaction() as s:
        refusal = s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert refusal is not None
        assert "Only an administrator may do this" in str(refusal.detail)
    cli[cli.index("nb")] = "en"
    assert main([*cli, "settings", "set", "idle-lock-minutes", "20"]) == 3
    assert "Only an administrator may do this; Ingrid Sæther is not one." in capsys.readouterr().err


def test_a_database_refusal_is_worded_in_the_readers_language_too(nb_catalogue) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.errors import DiskFullError
    from mentorlog.storage.faults import DISK_FULL
    from mentorlog.ui.errors import describe

    exc = DiskFullError(DISK_FULL)
    assert str(exc) == DISK_FULL
    set_language("nb")
    norwegian = "Disken er full: ingenting gikk tapt; frigjør plass og lagre igjen."
    assert word(exc) == norwegian
    # The app's one error dialog says it so.
    assert describe(exc) == (norwegian, None)
