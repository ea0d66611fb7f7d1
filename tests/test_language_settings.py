"""The language a person works in and the site's default: who may choose them, what is
refused, what the audit trail says, and where the sign-in screen finds the site's
language before the database can be read (the key file, or an unencrypted file)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mentorlog.models import AuditEvent, Person
from mentorlog.services import languages
from mentorlog.services.errors import PermissionDeniedError, StaleEditError, ValidationError
from mentorlog.storage.keys import KeyFile, create_keyfile, keyfile_path, new_database_key
from mentorlog.storage.locate import locate, site_language_of_file
from tests.trust_cast import make_trust_cast


def _last_event(s):  # type: ignore[no-untyped-def]
    return s.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()


def test_everyone_works_in_the_site_default_until_they_choose(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with db.transaction() as s:
        assert languages.site_language_setting(s) == languages.SiteLanguage("en", False, 0)
        assert languages.language_of(s, cast.mentor.person_id) == "en"
        languages.set_site_language(s, cast.administrator, "nb")
    with db.transaction() as s:
        setting = languages.site_language_setting(s)
        assert setting.language == "nb" and setting.chosen and setting.row_version == 1
        event = _last_event(s)
        assert event.action == "setting.change" and event.actor_id == cast.administrator.person_id
        assert event.detail == {"key": "default_language", "from": None, "to": "nb"}
        assert languages.language_of(s, cast.mentor.person_id) == "nb"
        mine = languages.set_person_language(s, cast.mentor, cast.mentor.person_id, "fi")
        assert (mine.own, mine.language) == ("fi", "fi")
    with db.transaction() as s:
        assert s.get(Person, cast.mentor.person_id).language == "fi"
        event = _last_event(s)
        assert event.action == "person.language"
        assert event.subject_person_id == cast.mentor.person_id
        assert event.detail == {"from": None, "to": "fi"}
        assert languages.language_of(s, cast.student.person_id) == "nb"
        # Back to the site's default: None, and it follows the site again.
        back = languages.set_person_language(s, cast.mentor, cast.mentor.person_id, None)
        assert (back.own, back.language) == (None, "nb")


@pytest.mark.parametrize("who", ["mentor", "student", "other student"])
def test_only_the_person_or_someone_managing_accounts_chooses_their_language(db, who: str) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    actor = cast.by_role()[who]
    with pytest.raises(PermissionDeniedError), db.transaction() as s:
        languages.set_person_language(s, actor, cast.other_mentor.person_id, "et")
    with db.transaction() as s:
        assert languages.person_language(s, cast.other_mentor.person_id).own is None
        languages.set_person_language(s, cast.coordinator, cast.other_mentor.person_id, "et")
        assert languages.language_of(s, cast.other_mentor.person_id) == "et"


def test_a_coordinator_may_not_choose_for_an_administrator(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with pytest.raises(PermissionDeniedError, match="administrator"), db.transaction() as s:
        languages.set_person_language(s, cast.coordinator, cast.administrator.person_id, "fr")
    with db.transaction() as s:
        languages.set_person_language(s, cast.administrator, cast.administrator.person_id, "fr")
        assert languages.language_of(s, cast.administrator.person_id) == "fr"


@pytest.mark.parametrize("who", ["mentor", "student", "coordinator"])
def test_only_an_administrator_chooses_the_site_default(db, who: str) -> None:  # type: ignore[no-untyped-def]
    actor = make_trust_cast(db).by_role()[who]
    with pytest.raises(PermissionDeniedError), db.transaction() as s:
        languages.set_site_language(s, actor, "fi")
    with db.transaction() as s:
        assert not languages.site_language_setting(s).chosen


@pytest.mark.parametrize("code", ["de", "", "NB", "nb_NO", 3])
def test_only_the_six_languages_are_accepted(db, code) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with pytest.raises(ValidationError) as refused, db.transaction() as s:
        languages.set_person_language(s, cast.mentor, cast.mentor.person_id, code)
    assert "language" in refused.value.problems
    with pytest.raises(ValidationError), db.transaction() as s:
        languages.set_site_language(s, cast.administrator, code)


def test_a_change_made_from_an_old_copy_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    with db.transaction() as s:
        seen = languages.site_language_setting(s)
        languages.set_site_language(s, cast.administrator, "nl")
        mine = languages.person_language(s, cast.mentor.person_id)
        languages.set_person_language(s, cast.coordinator, cast.mentor.person_id, "fr")
    with pytest.raises(StaleEditError), db.transaction() as s:
        languages.set_site_language(s, cast.administrator, "fi", expected_version=1)
        languages.set_site_language(s, cast.administrator, "et", expected_version=seen.row_version)
    with pytest.raises(StaleEditError), db.transaction() as s:
        languages.set_person_language(
            s, cast.mentor, cast.mentor.person_id, "et", expected_version=mine.row_version
        )
    with db.transaction() as s:
        assert languages.site_language(s) == "nl"
        assert languages.language_of(s, cast.mentor.person_id) == "fr"


def test_the_site_default_reaches_an_encrypted_files_key_file_after_the_commit(
    tmp_path: Path,
) -> None:
    from mentorlog.services.auth import create_first_administrator
    from mentorlog.storage.database import open_database
    from mentorlog.storage.keyring import Keyring, stage_password

    path = tmp_path / "site.db"
    key = new_database_key()
    keyfile, _recovery = create_keyfile(path, key)
    keyfile.save()
    db = open_database(path, keyring=Keyring(keyfile, key))
    try:
        with db.transaction() as s:
            admin = create_first_administrator(s, "Åse", "Berg", "admin", "a long password 1")
            stage_password(s, "admin", "a long password 1")
        with pytest.raises(RuntimeError), db.transaction() as s:
            languages.set_site_language(s, admin, "et")
            raise RuntimeError("rolled back")
        assert KeyFile.load(keyfile_path(path)).language is None
        assert site_language_of_file(path) is None
        with db.transaction() as s:
            languages.set_site_language(s, admin, "et")
        assert KeyFile.load(keyfile_path(path)).language == "et"
        assert locate(str(path)).site_language() == "et"
        # The rest of the key file is as it was: the slots still open it.
        assert KeyFile.load(keyfile_path(path)).unlock("admin", "a long password 1") == key
    finally:
        db.close()


def test_an_unencrypted_file_gives_its_site_default_with_the_standard_library(db, db_path) -> None:  # type: ignore[no-untyped-def]
    cast = make_trust_cast(db)
    assert site_language_of_file(db_path) is None
    with db.transaction() as s:
        languages.set_site_language(s, cast.administrator, "fr")
    assert site_language_of_file(db_path) == "fr"
    assert site_language_of_file(db_path.with_name("nothing.db")) is None


def test_converting_an_unencrypted_file_carries_its_language_into_the_key_file(db, db_path) -> None:  # type: ignore[no-untyped-def]
    from mentorlog.storage.encrypt import encrypt_existing

    cast = make_trust_cast(db)
    with db.transaction() as s:
        languages.set_site_language(s, cast.administrator, "nb")
    db.close()
    encrypt_existing(db_path, {"administrator": "a long password 1"})
    assert KeyFile.load(keyfile_path(db_path)).language == "nb"
    assert site_language_of_file(db_path) == "nb"


def test_the_command_line_sets_and_shows_the_site_language(  # type: ignore[no-untyped-def]
    db, db_path, capsys, monkeypatch
) -> None:
    from mentorlog.cli import main
    from tests.trust_cast import PASSWORD

    make_trust_cast(db)
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    cli = ["--db", str(db_path), "--user"]
    assert main([*cli, "administrator", "settings", "set", "language", "nb_NO"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "language\tnb"
    assert main([*cli, "mentor", "settings", "show"]) == 0
    assert "language\tnb" in capsys.readouterr().out.splitlines()
    assert main([*cli, "mentor", "settings", "set", "language", "fi"]) == 3
    assert main([*cli, "administrator", "settings", "set", "language", "klingon"]) == 1
    assert "one of en, nb, fi, et, fr, nl" in capsys.readouterr().err
    with db.transaction() as s:
        assert languages.site_language(s) == "nb"


def test_the_command_line_speaks_the_person_s_language_unless_told(  # type: ignore[no-untyped-def]
    db, db_path, capsys, monkeypatch
) -> None:
    from mentorlog import i18n
    from mentorlog.cli import main
    from tests.trust_cast import PASSWORD

    cast = make_trust_cast(db)
    with db.transaction() as s:
        languages.set_site_language(s, cast.administrator, "fr")
        languages.set_person_language(s, cast.mentor, cast.mentor.person_id, "et")
    monkeypatch.setenv("MENTORLOG_PASSWORD", PASSWORD)
    try:
        assert main(["--db", str(db_path), "--user", "mentor", "settings", "show"]) == 0
        assert i18n.current_language() == "et"  # their own
        assert main(["--db", str(db_path), "--user", "coordinator", "settings", "show"]) == 0
        assert i18n.current_language() == "fr"  # the site's
        assert (
            main(["--db", str(db_path), "--language", "nl", "--user", "mentor", "settings", "show"])
            == 0
        )
        assert i18n.current_language() == "nl"  # --language outranks both
    finally:
        i18n.set_language("en")
