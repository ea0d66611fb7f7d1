"""The languages mentorlog speaks and the process's current one."""

from __future__ import annotations

import threading

from mentorlog import i18n


def test_codes_are_normalised_to_the_six_languages() -> None:
    assert [i18n.normalise(c) for c in ("nb_NO", "no", "NB", "fr-BE", "fi_FI.UTF-8")] == [
        "nb",
        "nb",
        "nb",
        "fr",
        "fi",
    ]
    assert i18n.normalise("de") == "en"
    assert i18n.normalise(None) == "en"
    assert set(i18n.NAMES) == set(i18n.LANGUAGES)


def test_a_thread_may_speak_its_own_language_while_the_process_keeps_its_own() -> None:
    try:
        i18n.set_language("fi")
        seen: list[str] = []

        def worker() -> None:
            i18n.set_language("et", this_thread_only=True)
            seen.append(i18n.current_language())

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert seen == ["et"]
        assert i18n.current_language() == "fi"
    finally:
        i18n.set_language("en")
