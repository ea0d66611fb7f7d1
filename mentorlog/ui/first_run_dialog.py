"""The first start on an empty database: create the first administrator, or load demo data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorlog.i18n import current_language, word
from mentorlog.services.access import Actor
from mentorlog.ui.colors import make_secondary
from mentorlog.ui.context import AppContext
from mentorlog.ui.language import apply_language, fill_languages
from mentorlog.ui.ops import Op
from mentorlog.ui.wording import fill

# Small enough to load in seconds on a workstation, big enough to show every screen.
DEMO_STUDENTS = 40
DEMO_OBSERVATIONS = 4000


def load_demo_data(session: Any, progress: Any = None) -> None:
    """Fill the empty database with the DEMO service's deterministic data set."""
    from mentorlog.services.demo import build_demo
    from mentorlog.services.opening import stage_demo_slots

    report = progress.update if progress is not None else None
    build_demo(session, students=DEMO_STUDENTS, observations=DEMO_OBSERVATIONS, progress=report)
    stage_demo_slots(session)  # on an encrypted database: the demo accounts can open it


class FirstRunDialog(QDialog):
    """Emits ``administrator_created(actor)`` (that person is then signed in) or
    ``demo_loaded()`` (the demo accounts can then sign in)."""

    administrator_created = Signal(object)
    demo_loaded = Signal()

    FIELDS = ("given_name", "family_name", "username", "password", "password_again")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._demo_op: Op[None] | None = None
        self.setObjectName("firstRunDialog")
        self.inputs: dict[str, QLineEdit] = {}
        self._build()
        self.inputs["given_name"].setFocus()

    def _build(self) -> None:
        """The dialog's contents in the language now spoken; what was typed is kept (built
        again when someone chooses another language)."""
        typed = {name: edit.text() for name, edit in self.inputs.items()}
        old = self.layout()
        if old is not None:
            QWidget().setLayout(old)  # the old contents go with the throwaway widget
        self.setWindowTitle(self.tr("Welcome to mentorlog"))

        heading = QLabel(self.tr("Welcome to mentorlog"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "This database is empty. Set mentorlog up for your site by creating the first "
                "administrator account, or load demo data to look around first."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(fill(self.tr("Database: %1"), self._ctx.db.describe()))
        where.setWordWrap(True)
        make_secondary(where)

        columns = QHBoxLayout()
        columns.addWidget(self._build_admin_box(), 3)
        columns.addWidget(self._build_demo_box(), 2)

        # The language of this screen and, once the administrator is made, of the site
        # (everyone who chooses none, and the sign-in screen).
        self.language = QComboBox()
        self.language.setObjectName("firstRunLanguage")
        fill_languages(self.language, current_language())
        self.language.activated.connect(self._language_chosen)
        language_label = QLabel(self.tr("&Language of this site:"))
        language_label.setBuddy(self.language)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language)
        language_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(language_row)
        layout.addSpacing(8)
        layout.addLayout(columns)
        for name, text in typed.items():
            self.inputs[name].setText(text)

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        if not code or code == current_language():
            return
        apply_language(code)
        self._build()
        self.language.setFocus()

    # --- the first administrator ---------------------------------------------------------

    def _build_admin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Create the first administrator"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "given_name": self.tr("&Given name"),
            "family_name": self.tr("&Family name"),
            "username": self.tr("&Username"),
            "password": self.tr("&Password"),
            "password_again": self.tr("Password &again"),
        }
        self.inputs = {}
        self.problems: dict[str, QLabel] = {}
        for name in self.FIELDS:
            edit = QLineEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(labels[name].replace("&", ""))
            if name.startswith("password"):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            problem = QLabel()
            problem.setObjectName(f"{name}Problem")
            problem.setWordWrap(True)
            problem.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(problem)
            label = QLabel(labels[name])
            label.setBuddy(edit)  # the & mnemonic (Alt+letter) moves to its field
            form.addRow(label, column)
            self.inputs[name] = edit
            self.problems[name] = problem
            edit.returnPressed.connect(self.create_administrator)
        note = QLabel(self.tr("The password needs at least 8 characters."))
        note.setWordWrap(True)
        make_secondary(note)
        form.addRow("", note)
        self.create_button = QPushButton(self.tr("&Create administrator and sign in"))
        self.create_button.setObjectName("createAdministrator")
        self.create_button.clicked.connect(self.create_administrator)
        form.addRow("", self.create_button)
        return box

    def _show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.problems.items():
            text = problems.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
            self.inputs[name].setAccessibleDescription(text)
        first = next((n for n in self.FIELDS if n in problems), None)
        if first is not None:
            self.inputs[first].setFocus()

    def create_administrator(self) -> None:
        values = {name: edit.text() for name, edit in self.inputs.items()}
        if values["password"] != values["password_again"]:
            self._show_problems({"password_again": self.tr("The two passwords differ.")})
            return
        self._show_problems({})
        self.create_button.setEnabled(False)
        self.language.setEnabled(False)
        language = str(self.language.currentData() or "en")
        from mentorlog.services import auth, languages

        def work(session: Any) -> Actor:
            from mentorlog.storage.keyring import stage_password

            actor = auth.create_first_administrator(
                session,
                values["given_name"],
                values["family_name"],
                values["username"],
                values["password"],
            )
            # On an encrypted database the administrator's password also opens it.
            stage_password(session, values["username"].strip(), values["password"])
            if language != "en":  # English is the default a new site has already
                languages.set_site_language(session, actor, language)
            return actor

        Op(self, work).success(self._created).failure(self._not_created).run(self._ctx)

    def _created(self, actor: Actor) -> None:
        self.administrator_created.emit(actor)
        self.accept()

    def _not_created(self, exc: BaseException) -> None:
        from mentorlog.services.errors import ServiceError, ValidationError
        from mentorlog.ui.errors import show_error

        self.create_button.setEnabled(True)
        self.language.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
        elif isinstance(exc, ServiceError):
            self._show_problems({"given_name": word(exc)})
        else:
            show_error(self, exc)

    # --- demo data -----------------------------------------------------------------------

    def _build_demo_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Look around with demo data"))
        text = QLabel(
            self.tr(
                "Loads a made-up academy with training prisons in Belgium, Finland, Norway "
                "and Estonia, %n students and their observations, reflections, "
                "goals, reviews and concerns. Afterwards sign in as admin, coordinator, "
                "mentor or student, each with the password demo.",
                "",
                DEMO_STUDENTS,
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.demo_button = QPushButton(self.tr("&Load demo data"))
        self.demo_button.setObjectName("loadDemo")
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_progress = QProgressBar()
        self.demo_progress.setObjectName("demoProgress")
        self.demo_progress.setAccessibleName(self.tr("Demo data progress"))
        self.demo_progress.hide()
        self.demo_status = QLabel()
        self.demo_status.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.demo_progress)
        layout.addWidget(self.demo_status)
        layout.addWidget(self.demo_button)
        return box

    def load_demo(self) -> None:
        self.demo_button.setEnabled(False)
        self.create_button.setEnabled(False)
        self.language.setEnabled(False)
        self.demo_progress.setRange(0, 0)
        self.demo_progress.show()
        self.demo_status.setText(self.tr("Loading demo data…"))
        self._demo_op = (
            Op(self, load_demo_data)
            .with_progress(self._demo_progressed)
            .success(self._demo_done)
            .failure(self._demo_failed)
        )
        self._demo_op.run(self._ctx)

    def _demo_progressed(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.demo_progress.setRange(0, total)
            self.demo_progress.setValue(done)
        if message:
            self.demo_status.setText(message)

    def _demo_done(self, _result: object) -> None:
        self.demo_loaded.emit()
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        from mentorlog.ui.errors import show_error

        self.demo_progress.hide()
        self.demo_status.setText("")
        self.demo_button.setEnabled(True)
        self.create_button.setEnabled(True)
        show_error(self, exc)
