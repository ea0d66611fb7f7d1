"""Words for roles and audit-trail actions, as the people who read them say them.

Services record codes ("sign_in.failed", "observation.sign"); the audit view and the
people dialog word them here (translation context "trust").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mentorlog.models import Role


def _t(text: str) -> str:
    return QCoreApplication.translate("trust", text)


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
    "setting.change": QT_TRANSLATE_NOOP("trust", "Site setting changed"),
    "database.encrypted": QT_TRANSLATE_NOOP("trust", "Database encrypted"),
    "database.demo_loaded": QT_TRANSLATE_NOOP("trust", "Demonstration data loaded"),
}

_VERBS = {
    "create": QT_TRANSLATE_NOOP("trust", "created"),
    "update": QT_TRANSLATE_NOOP("trust", "changed"),
    "publish": QT_TRANSLATE_NOOP("trust", "published"),
    "delete": QT_TRANSLATE_NOOP("trust", "deleted"),
    "restore": QT_TRANSLATE_NOOP("trust", "restored"),
    "export": QT_TRANSLATE_NOOP("trust", "exported"),
}


def role(code: Role | str) -> str:
    text = _ROLES.get(Role(code)) if code in Role._value2member_map_ else None
    return _t(text) if text else str(code)


def roles(codes: tuple[Role, ...] | list[Role]) -> str:
    return ", ".join(role(c) for c in codes)


def action(code: str) -> str:
    """The action in words; an action this build does not know reads as its code, with
    a known verb worded ("goal.create" → "goal created")."""
    if code in _ACTIONS:
        return _t(_ACTIONS[code])
    kind, _, verb = code.partition(".")
    if verb in _VERBS:
        return f"{kind.replace('_', ' ').capitalize()} {_t(_VERBS[verb])}"
    return code
