"""Words for roles and audit-trail actions, as the people who read them say them.

Services record codes ("sign_in.failed", "observation.sign"); the audit view and the
people dialog word them here (translation context "trust").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from mentorlog.models import Role
from mentorlog.ui.wording import translate

_ROLES = {
    Role.MENTOR: QT_TRANSLATE_NOOP("trust", "Mentor"),
    Role.STUDENT: QT_TRANSLATE_NOOP("trust", "Student"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("trust", "Coordinator"),
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("trust", "Administrator"),
}

_ACTIONS = {
    "sign_in": QT_TRANSLATE_NOOP("trust", "Signed in"),
    "sign_in.failed": QT_TRANSLATE_NOOP("trust", "Sign-in failed"),
    "sign_in.throttled": QT_TRANSLATE_NOOP("trust", "Sign-in refused: too soon after failures"),
    "sign_in.refused_locked": QT_TRANSLATE_NOOP("trust", "Sign-in refused: account locked"),
    "sign_out": QT_TRANSLATE_NOOP("trust", "Signed out"),
    "lock": QT_TRANSLATE_NOOP("trust", "Locked the window"),
    "unlock": QT_TRANSLATE_NOOP("trust", "Unlocked the window"),
    "unlock.failed": QT_TRANSLATE_NOOP("trust", "Unlocking the window failed"),
    "unlock.throttled": QT_TRANSLATE_NOOP("trust", "Unlocking refused: too soon after failures"),
    "unlock.refused_locked": QT_TRANSLATE_NOOP("trust", "Unlocking refused: account locked"),
    "account.locked": QT_TRANSLATE_NOOP("trust", "Account locked after failed attempts"),
    "account.rehashed": QT_TRANSLATE_NOOP("trust", "Password protection strengthened"),
    "account.first_administrator": QT_TRANSLATE_NOOP("trust", "First administrator created"),
    "permission.refused": QT_TRANSLATE_NOOP("trust", "Refused: not permitted"),
    "person.create": QT_TRANSLATE_NOOP("trust", "Person added"),
    "person.role_grant": QT_TRANSLATE_NOOP("trust", "Role given"),
    "person.role_revoke": QT_TRANSLATE_NOOP("trust", "Role removed"),
    "person.password_reset": QT_TRANSLATE_NOOP("trust", "Password reset"),
    "person.password_change": QT_TRANSLATE_NOOP("trust", "Own password changed"),
    "person.unlock": QT_TRANSLATE_NOOP("trust", "Account unlocked"),
    "person.deactivate": QT_TRANSLATE_NOOP("trust", "Account deactivated"),
    "person.activate": QT_TRANSLATE_NOOP("trust", "Account reactivated"),
    "observation.sign": QT_TRANSLATE_NOOP("trust", "Observation signed"),
    "observation.amend": QT_TRANSLATE_NOOP("trust", "Observation amended"),
    "observation.acknowledge": QT_TRANSLATE_NOOP("trust", "Feedback acknowledged"),
    "observation.disagree": QT_TRANSLATE_NOOP("trust", "Disagreement recorded"),
    "review.sign": QT_TRANSLATE_NOOP("trust", "Review signed"),
    "placement.end": QT_TRANSLATE_NOOP("trust", "Placement ended"),
    "placement.final_sign_off": QT_TRANSLATE_NOOP("trust", "Placement completed and signed off"),
    "framework.import": QT_TRANSLATE_NOOP("trust", "Framework imported"),
    "concern.raise": QT_TRANSLATE_NOOP("trust", "Cause for concern raised"),
    "concern.update": QT_TRANSLATE_NOOP("trust", "Cause for concern changed"),
    "concern.status": QT_TRANSLATE_NOOP("trust", "Cause for concern moved on"),
    "concern.respond": QT_TRANSLATE_NOOP("trust", "Student answered a cause for concern"),
    "concern.delete": QT_TRANSLATE_NOOP("trust", "Cause for concern deleted"),
    "concern.restore": QT_TRANSLATE_NOOP("trust", "Cause for concern restored"),
    "goal.note": QT_TRANSLATE_NOOP("trust", "Progress note added to a goal"),
    "observation.discussed": QT_TRANSLATE_NOOP("trust", "Observation marked as discussed"),
    "backup.restore": QT_TRANSLATE_NOOP("trust", "Backup restored"),
    "export.subject_access": QT_TRANSLATE_NOOP("trust", "A student's data exported on request"),
    "retention.purge": QT_TRANSLATE_NOOP("trust", "Records past their retention removed"),
    "setting.change": QT_TRANSLATE_NOOP("trust", "Site setting changed"),
    "database.encrypted": QT_TRANSLATE_NOOP("trust", "Database encrypted"),
    "database.demo_loaded": QT_TRANSLATE_NOOP("trust", "Demonstration data loaded"),
    "signing_key.issued": QT_TRANSLATE_NOOP("trust", "Signing key issued"),
    "signing_key.retired": QT_TRANSLATE_NOOP("trust", "Signing key retired"),
    "sign_offs.sealed": QT_TRANSLATE_NOOP("trust", "Earlier sign-offs sealed"),
    "key_file.failures": QT_TRANSLATE_NOOP(
        "trust", "Wrong passwords counted before the database opened"
    ),
    "key_file.attempts_reset": QT_TRANSLATE_NOOP(
        "trust", "Failed-attempt counts reset outside mentorlog"
    ),
    "report.export": QT_TRANSLATE_NOOP("trust", "Report exported"),
    "person.language": QT_TRANSLATE_NOOP("trust", "Language chosen"),
    "academy.create": QT_TRANSLATE_NOOP("trust", "Academy created"),
    "academy.update": QT_TRANSLATE_NOOP("trust", "Academy changed"),
    "cohort.create": QT_TRANSLATE_NOOP("trust", "Cohort created"),
    "cohort.update": QT_TRANSLATE_NOOP("trust", "Cohort changed"),
    "prison.create": QT_TRANSLATE_NOOP("trust", "Prison added"),
    "prison.update": QT_TRANSLATE_NOOP("trust", "Prison changed"),
    "unit.create": QT_TRANSLATE_NOOP("trust", "Unit added"),
    "unit.update": QT_TRANSLATE_NOOP("trust", "Unit changed"),
    "placement.create": QT_TRANSLATE_NOOP("trust", "Placement created"),
    "placement.update": QT_TRANSLATE_NOOP("trust", "Placement changed"),
    "framework.export": QT_TRANSLATE_NOOP("trust", "Framework exported"),
    "observation.create": QT_TRANSLATE_NOOP("trust", "Observation written"),
    "observation.update": QT_TRANSLATE_NOOP("trust", "Observation changed"),
    "observation.publish": QT_TRANSLATE_NOOP("trust", "Observation shared with the student"),
    "observation.delete": QT_TRANSLATE_NOOP("trust", "Observation deleted"),
    "observation.restore": QT_TRANSLATE_NOOP("trust", "Observation restored"),
    "reflection.create": QT_TRANSLATE_NOOP("trust", "Reflection written"),
    "reflection.update": QT_TRANSLATE_NOOP("trust", "Reflection changed"),
    "reflection.delete": QT_TRANSLATE_NOOP("trust", "Reflection deleted"),
    "reflection.restore": QT_TRANSLATE_NOOP("trust", "Reflection restored"),
    "review.create": QT_TRANSLATE_NOOP("trust", "Review written"),
    "review.update": QT_TRANSLATE_NOOP("trust", "Review changed"),
    "review.publish": QT_TRANSLATE_NOOP("trust", "Review published"),
    "review.delete": QT_TRANSLATE_NOOP("trust", "Review deleted"),
    "review.restore": QT_TRANSLATE_NOOP("trust", "Review restored"),
    "goal.create": QT_TRANSLATE_NOOP("trust", "Goal created"),
    "goal.update": QT_TRANSLATE_NOOP("trust", "Goal changed"),
    "goal.delete": QT_TRANSLATE_NOOP("trust", "Goal deleted"),
    "goal.restore": QT_TRANSLATE_NOOP("trust", "Goal restored"),
    "self_assessment.create": QT_TRANSLATE_NOOP("trust", "Self-assessment recorded"),
    "shift_log.create": QT_TRANSLATE_NOOP("trust", "Shift logged"),
    "shift_log.delete": QT_TRANSLATE_NOOP("trust", "Logged shift deleted"),
}


def role(code: Role | str) -> str:
    text = _ROLES.get(Role(code)) if code in Role._value2member_map_ else None
    return translate("trust", text) if text else str(code)


def roles(codes: tuple[Role, ...] | list[Role]) -> str:
    return ", ".join(role(c) for c in codes)


def action(code: str) -> str:
    """The action in words, one whole phrase per action (a noun and a verb glued together
    agree in no language but English); an action this build does not know reads as its
    code ("goal.archive")."""
    text = _ACTIONS.get(code)
    return translate("trust", text) if text else code


_DETAIL_KEYS = {
    "username": QT_TRANSLATE_NOOP("trust", "Username"),
    "roles": QT_TRANSLATE_NOOP("trust", "Roles"),
    "role": QT_TRANSLATE_NOOP("trust", "Role"),
    "unlocked": QT_TRANSLATE_NOOP("trust", "Account"),
    "changed": QT_TRANSLATE_NOOP("trust", "Changed"),
    "failures": QT_TRANSLATE_NOOP("trust", "Failed attempts"),
    "file": QT_TRANSLATE_NOOP("trust", "File"),
    "pages": QT_TRANSLATE_NOOP("trust", "Pages"),
    "from": QT_TRANSLATE_NOOP("trust", "From"),
    "to": QT_TRANSLATE_NOOP("trust", "To"),
    "key": QT_TRANSLATE_NOOP("trust", "Setting"),
    "version": QT_TRANSLATE_NOOP("trust", "Version"),
    "replaces": QT_TRANSLATE_NOOP("trust", "Replaces"),
    "amends": QT_TRANSLATE_NOOP("trust", "Amends"),
    "reason": QT_TRANSLATE_NOOP("trust", "Reason"),
    "comment": QT_TRANSLATE_NOOP("trust", "Comment"),
    "status": QT_TRANSLATE_NOOP("trust", "Status"),
    "backup": QT_TRANSLATE_NOOP("trust", "Backup"),
    "message": QT_TRANSLATE_NOOP("trust", "Message"),
    "people_needing_new_password": QT_TRANSLATE_NOOP("trust", "People needing a new password"),
    "removed": QT_TRANSLATE_NOOP("trust", "Removed"),
    "students_removed": QT_TRANSLATE_NOOP("trust", "Students removed"),
    "students": QT_TRANSLATE_NOOP("trust", "Students"),
    "observations": QT_TRANSLATE_NOOP("trust", "Observations"),
    "placements": QT_TRANSLATE_NOOP("trust", "Placements"),
    "reflections": QT_TRANSLATE_NOOP("trust", "Reflections"),
    "goals": QT_TRANSLATE_NOOP("trust", "Goals"),
    "reviews": QT_TRANSLATE_NOOP("trust", "Reviews"),
    "workstation": QT_TRANSLATE_NOOP("trust", "Workstation"),
    "subject": QT_TRANSLATE_NOOP("trust", "About"),
    "kind": QT_TRANSLATE_NOOP("trust", "Kind"),
    "new": QT_TRANSLATE_NOOP("trust", "New failures"),
    "last_failed_at": QT_TRANSLATE_NOOP("trust", "Last failure"),
    "names_restored": QT_TRANSLATE_NOOP("trust", "Counts restored for"),
    "failures_removed": QT_TRANSLATE_NOOP("trust", "Failures removed"),
    "counted_against": QT_TRANSLATE_NOOP("trust", "Counted against"),
    "completed": QT_TRANSLATE_NOOP("trust", "Completed"),
    "framework": QT_TRANSLATE_NOOP("trust", "Framework"),
}
# Kept for the checks (ids, digests, fingerprints, seals), shown only in the tooltip.
_TECHNICAL = frozenset(
    {
        "sign_off",
        "digest",
        "sign_off_fingerprint",
        "signing_key",
        "fingerprint",
        "person",
        "retired",
        "wrapped_for",
        "sealed",
        "placement",
        "placements",
        "counter_in_file",
        "counter_known",
    }
)
_RECORDS = {
    "observation": QT_TRANSLATE_NOOP("trust", "Observation"),
    "reflection": QT_TRANSLATE_NOOP("trust", "Reflection"),
    "goal": QT_TRANSLATE_NOOP("trust", "Goal"),
    "review": QT_TRANSLATE_NOOP("trust", "Review"),
    "concern": QT_TRANSLATE_NOOP("trust", "Cause for concern"),
    "person": QT_TRANSLATE_NOOP("trust", "Person"),
    "placement": QT_TRANSLATE_NOOP("trust", "Placement"),
    "cohort": QT_TRANSLATE_NOOP("trust", "Cohort"),
    "site_setting": QT_TRANSLATE_NOOP("trust", "Site setting"),
    "signing_key": QT_TRANSLATE_NOOP("trust", "Signing key"),
    "database": QT_TRANSLATE_NOOP("trust", "Database"),
}
# A record id in a detail is shortened in the column; the tooltip keeps it whole.
_ID_SHOWN = 8


def record_kind(code: str) -> str:
    """A record's kind in words ("concern" → "Cause for concern"); unknown ones readable."""
    text = _RECORDS.get(code)
    return translate("trust", text) if text else code.replace("_", " ").capitalize()


def detail(values: dict[str, object]) -> str:
    """An event's details on one line, in words: "Version: 2 · Reason: typo in the date"."""
    parts = []
    for key, value in values.items():
        if key in _TECHNICAL:
            continue
        text = _DETAIL_KEYS.get(key)
        label = translate("trust", text) if text else key.replace("_", " ").capitalize()
        parts.append(f"{label}: {_detail_value(key, value)}")
    return " · ".join(parts)


# Site settings and the privacy check's lists, as Site settings names them.
_SETTINGS = {
    "idle_lock_minutes": QT_TRANSLATE_NOOP("trust", "minutes before an untouched window locks"),
    "sensitive_text": QT_TRANSLATE_NOOP("trust", "privacy check"),
    "number_formats": QT_TRANSLATE_NOOP("trust", "prison number formats"),
    "number_cues": QT_TRANSLATE_NOOP("trust", "words before a number"),
    "name_cues": QT_TRANSLATE_NOOP("trust", "words before a name"),
    "watched_names": QT_TRANSLATE_NOOP("trust", "names watched for"),
    "not_names": QT_TRANSLATE_NOOP("trust", "words that are never names"),
}


def _setting(code: str) -> str:
    text = _SETTINGS.get(code)
    return translate("trust", text) if text else code.replace("_", " ")


def _changes(value: dict[str, object]) -> str:
    """{"watched_names": {"added": [...], "removed": [...]}} in words."""
    parts = []
    for name, change in value.items():
        said = []
        if isinstance(change, dict):
            if change.get("added"):
                said.append(
                    translate("trust", "added %1").replace(
                        "%1", ", ".join(map(str, change["added"]))
                    )
                )
            if change.get("removed"):
                removed = ", ".join(map(str, change["removed"]))
                said.append(translate("trust", "removed %1").replace("%1", removed))
        parts.append(f"{_setting(name)} ({'; '.join(said)})" if said else _setting(name))
    return "; ".join(parts)


def _detail_value(key: str, value: object) -> str:
    if key == "unlocked" and isinstance(value, bool):
        # A new password unlocks an account that was locked; most were not.
        return (
            translate("trust", "unlocked as well")
            if value
            else translate("trust", "was not locked")
        )
    if key == "key" and isinstance(value, str):
        return _setting(value)
    if key == "changed" and isinstance(value, dict):
        return _changes(value)
    if isinstance(value, bool):
        return translate("trust", "yes") if value else translate("trust", "no")
    if key in ("role", "roles"):
        codes = value if isinstance(value, list) else [value]
        return ", ".join(role(str(c)) for c in codes)
    if isinstance(value, dict):
        return ", ".join(
            f"{_detail_value(k, v)} {str(k).replace('_', ' ')}" for k, v in value.items()
        )
    if isinstance(value, list):
        return ", ".join(_detail_value(key, v) for v in value)
    if value is None:
        return "–"
    text = str(value)
    if len(text) == 36 and text.count("-") == 4:  # a record's id
        return text[:_ID_SHOWN] + "…"
    return text
