"""A short guide for each role, in the app (no network needed): what the person does in
mentorlog, in the order they do it, with the keys. Shown by Help › Guide (F1)."""

from __future__ import annotations

from mentorlog.models import Role
from mentorlog.ui.wording import translate


def titles() -> dict[Role, str]:
    return {
        Role.MENTOR: translate("role_guides", "For mentors"),
        Role.STUDENT: translate("role_guides", "For students"),
        Role.COORDINATOR: translate("role_guides", "For coordinators"),
        Role.ADMINISTRATOR: translate("role_guides", "For administrators"),
    }


def guide(role: Role) -> str:
    """The guide for ``role`` (HTML)."""
    return {
        Role.MENTOR: _mentor,
        Role.STUDENT: _student,
        Role.COORDINATOR: _coordinator,
        Role.ADMINISTRATOR: _administrator,
    }[role]()


def _mentor() -> str:
    return translate(
        "role_guides",
        "<h3>Recording a shift</h3>"
        "<ol>"
        "<li>Choose your student on the left (<b>Ctrl+L</b> and type part of the name; "
        "accents do not matter: “hakon” finds Håkon).</li>"
        "<li><b>Ctrl+N</b> opens a new observation. Write what you saw: what the student "
        "did and said, and how it went. Write about the student, not the prisoners: "
        "“a prisoner on B-wing”, never a name or a prison number.</li>"
        "<li>Type in <i>Find a competency</i>, press <b>Down</b> to the list, <b>Space</b> "
        "to tick a competency and a digit to rate it: <b>1–5</b>, or <b>0</b> for not "
        "observed. Some levels ask for a comment.</li>"
        "<li><b>Ctrl+Enter</b> publishes: the student reads it and acknowledges it. If the "
        "text seems to name a prisoner or give a prison number, mentorlog shows it to you "
        "first and offers a neutral reference (“prisoner A”).</li>"
        "</ol>"
        "<p>A <b>private mentor note</b> (Alt+V) is for your eyes only and needs no "
        "rating; its button says Save note. Everything you type is kept as a draft while "
        "you type, and comes back after a crash.</p>"
        "<h3>Signing and correcting</h3>"
        "<p>Sign a published observation to lock it (Sign…). A signed one is corrected "
        "with Amend…, which asks why and keeps every version.</p>"
        "<h3>Goals, reviews and concerns</h3>"
        "<p>Agree goals with the student on the Goals tab; hold the mid-point and final "
        "reviews on the Reviews tab (save a draft with <b>Ctrl+S</b>, publish with "
        "<b>Ctrl+Enter</b>, then sign); raise a cause for concern when the student is not "
        "progressing, with an action plan and a date to look at it again.</p>"
        "<h3>Called away?</h3>"
        "<p><b>Ctrl+Shift+L</b> locks every window at once, editors included; your text "
        "is kept and your password opens it again. The window also locks itself when "
        "nobody has touched it for a few minutes.</p>",
    )


def _student() -> str:
    return translate(
        "role_guides",
        "<h3>Your feedback</h3>"
        "<p>mentorlog opens on <b>Feedback</b>: what your mentor published that you have "
        "not answered yet, newest first. Read it, then <b>Acknowledge</b> (Alt+A), or "
        "<b>I disagree…</b> (Alt+D) with a comment saying why. <b>Reflect on this…</b> "
        "writes a reflection about it.</p>"
        "<h3>Reflections and goals</h3>"
        "<p><b>Ctrl+Shift+N</b> starts a reflection: free text, Gibbs' cycle or a Socratic "
        "dialogue; it is shared with your mentors unless you keep it private. On the "
        "Goals tab you add notes of your progress on each goal.</p>"
        "<h3>Rating yourself</h3>"
        "<p>On the Competencies tab, <b>Rate myself…</b> puts your own level beside your "
        "mentor's; each level's description is shown as you choose it.</p>"
        "<h3>Reviews and concerns</h3>"
        "<p>A review waiting for your signature is shown above your feedback: read it, "
        "then sign it (a comment may go with your signature; Enter does not sign). A "
        "cause for concern raised about you is yours to read, and you can answer it on "
        "the Concerns tab.</p>"
        "<p>Leaving the workstation: <b>Ctrl+Shift+L</b> locks it.</p>",
    )


def _coordinator() -> str:
    return translate(
        "role_guides",
        "<h3>Following the cohort</h3>"
        "<p>The list on the left has every placement you may see, by prison and cohort: "
        "the days since the last observation the student was shown, open concerns (⚑) and "
        "feedback still to be answered (✉). Choose one to read the student's file.</p>"
        "<h3>Reports</h3>"
        "<p><b>Ctrl+E</b> exports progress reports as PDF: for one student, several, or a "
        "whole cohort with its summary, with a preview first.</p>"
        "<h3>Reviews and people</h3>"
        "<p>You sign each review after the mentor and the student. Administration › People "
        "and accounts adds students and mentors and sets passwords; the audit trail shows "
        "who did what.</p>"
        "<p>Leaving the workstation: <b>Ctrl+Shift+L</b> locks it.</p>",
    )


def _administrator() -> str:
    return translate(
        "role_guides",
        "<h3>Looking after the site</h3>"
        "<p>Administration › People and accounts: add people, give them their roles, "
        "unlock an account and set a new password.</p>"
        "<p>Administration › Site settings: how long an untouched window waits before it "
        "locks, and the privacy check: the site's prison number formats (9 for a digit, A "
        "for a letter, e.g. A9999AA), the words after which a name is flagged, names to "
        "watch for, and words that are never names here.</p>"
        "<p>File › Backups: verified backups of the database, and restoring one. Keep the "
        "printed recovery key in a safe.</p>",
    )
