"""What the storage layer tells a person (a wrong password, a missing key file) is worded
in their language, on a site made from nothing (encrypted, the default)."""

from __future__ import annotations

import pytest

from mentorlog.cli import main
from mentorlog.i18n import set_language, word
from mentorlog.storage.keys import WrongPasswordError
from tests.site.conftest import ADMIN, NewSite

WRONG = "That name and password do not open this database."
SIGN_IN = "The username or password is not right."


def test_a_wrong_password_is_refused_in_the_language_asked_for(
    new_site: NewSite, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    new_site.db.close()
    monkeypatch.setenv("MENTORLOG_PASSWORD", "not the password")
    try:
        command = ["--db", str(new_site.path), "--user", ADMIN, "list", "students"]
        assert main(["--language", "nb", *command]) != 0
        said = capsys.readouterr().err
        assert "Brukernavnet eller passordet er feil." in said and SIGN_IN not in said
        assert main(["--language", "fr", *command]) != 0
        said = capsys.readouterr().err
        assert SIGN_IN not in said and "mot de passe" in said
        set_language("en")  # a new process: the site's default (English) again
        assert main(command) != 0
        assert SIGN_IN in capsys.readouterr().err  # English, the site's default
    finally:
        set_language("en")


def test_the_key_file_s_refusal_keeps_its_english_and_words_itself_in_each_language() -> None:
    # What the app's sign-in screen shows when the key file's slot does not open.
    from mentorlog.i18n import msg

    exc = WrongPasswordError(msg(WRONG))
    assert str(exc) == WRONG == word(exc, "en")
    assert word(exc, "fi") == "Tällä käyttäjätunnuksella ja salasanalla tietokantaa ei voi avata."
    assert word(exc, "et") != WRONG and word(exc, "nl") != WRONG
