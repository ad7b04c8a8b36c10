"""Adding the candidates a gathering elected to the group, on the basis of the council's resolution."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import Sex
from bmb_desktop.locale.labels import label
from bmb_desktop.services.gathering import ElectedPerson, GatheringSummary, add_elected_members, elected_people, villages
from bmb_desktop.services.regulation import council_resolutions
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.errors import FieldWithError
from bmb_desktop.ui.formatting import display_date
from bmb_desktop.ui.profile_form import OptionalDateEdit

PERSON_FIELDS = ("surname", "given_name", "patronymic", "sex", "birth_date", "village_id", "phone", "position")


class ElectedMembersDialog(FormDialog):
    def __init__(self, context: AppContext, summary: GatheringSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary = summary
        self.memberships: list = []  # the memberships created, once accepted
        self.people = elected_people(summary)
        self.resolution = QComboBox(self)
        self.resolution.setMinimumContentsLength(20)
        self.resolution.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_resolution_button = QPushButton(self)
        line = QWidget(self)
        line_layout = QHBoxLayout(line)
        line_layout.setContentsMargins(0, 0, 0, 0)
        line_layout.addWidget(self.resolution, 1)
        line_layout.addWidget(self.add_resolution_button)
        self.add_field("resolution", line)
        with context.database.session() as session:
            self.village_choices = villages(session, context.municipality_id)
        self.boxes: list[QGroupBox] = []
        self.editors: dict[int, dict[str, QWidget]] = {}
        self.field_labels: dict[str, list[QLabel]] = {name: [] for name in PERSON_FIELDS}
        people = QWidget()
        people_layout = QVBoxLayout(people)
        for person in self.people:
            people_layout.addWidget(self._person_box(person))
        people_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(people)
        self.add_body(scroll)
        self.add_resolution_button.clicked.connect(self.add_resolution)
        self._fill_resolutions(None)
        self.resize(700, 640)
        self.retranslate_ui()

    def _person_box(self, person: ElectedPerson) -> QGroupBox:
        box = QGroupBox(" ".join(filter(None, (person.surname, person.given_name, person.patronymic))), self)
        form = QFormLayout(box)
        editors: dict[str, QWidget] = {name: QLineEdit(box) for name in ("surname", "given_name", "patronymic", "phone", "position")}
        editors["surname"].setText(person.surname)
        editors["given_name"].setText(person.given_name)
        editors["patronymic"].setText(person.patronymic)
        editors["sex"] = QComboBox(box)
        editors["sex"].addItem("", None)
        for sex in Sex:
            editors["sex"].addItem("", sex.value)
        editors["birth_date"] = OptionalDateEdit(box)
        editors["birth_date"].editor.setDate(QDate(1985, 1, 1))  # nearer a member's birth than today
        editors["village_id"] = QComboBox(box)
        editors["village_id"].addItem("", None)
        for village_id, name in self.village_choices:
            editors["village_id"].addItem(name, village_id)
        for name in PERSON_FIELDS:
            title = QLabel(box)
            self.field_labels[name].append(title)
            self.rows[f"{person.candidate_id}.{name}"] = row = FieldWithError(editors[name], box)
            form.addRow(title, row)
        self.editors[person.candidate_id] = editors
        self.boxes.append(box)
        return box

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Add the elected as members"))
        self.set_intro(self.tr(
            "The candidates elected at the gathering of %1 become citizen members from the day of the council's "
            "resolution that includes them in the group. Fill in what the roster needs about each of them."
        ).replace("%1", display_date(self.summary.held_on)))
        self.labels["resolution"].setText(self.tr("Council resolution"))
        self.add_resolution_button.setText(self.tr("Add resolution…"))
        texts = {
            "surname": self.tr("Surname"), "given_name": self.tr("Given name"), "patronymic": self.tr("Patronymic"),
            "sex": self.tr("Sex"), "birth_date": self.tr("Date of birth"), "village_id": self.tr("Village"),
            "phone": self.tr("Phone"), "position": self.tr("Workplace and post"),
        }
        for name, labels in self.field_labels.items():
            for title in labels:
                title.setText(texts[name])
        for editors in self.editors.values():
            editors["sex"].setItemText(0, self.tr("choose"))
            for index in range(1, editors["sex"].count()):
                editors["sex"].setItemText(index, label(Sex(editors["sex"].itemData(index))))
            editors["village_id"].setItemText(0, self.tr("not recorded"))
            editors["birth_date"].known.setText(self.tr("known"))
        self.resolution.setItemText(0, self.tr("choose the resolution"))
        self.retranslate_buttons(self.tr("Add to the group"))

    def _fill_resolutions(self, selected: int | None) -> None:
        self.resolution.clear()
        self.resolution.addItem(self.tr("choose the resolution"), None)
        with self.context.database.session() as session:
            for resolution in council_resolutions(session, self.context.municipality_id):
                self.resolution.addItem(f"№ {resolution.number}, {display_date(resolution.adopted_on)} — {resolution.title}", resolution.id)
        index = self.resolution.findData(selected) if selected is not None else -1
        self.resolution.setCurrentIndex(max(0, index))

    def add_resolution(self) -> None:
        from bmb_desktop.ui.dialogs.settings.resolution_dialog import ResolutionDialog

        self.resolution_dialog = ResolutionDialog(self.context, parent=self)
        self.resolution_dialog.accepted.connect(lambda: self._fill_resolutions(self.resolution_dialog.resolution_id))
        self.resolution_dialog.open()

    def person(self, candidate_id: int) -> ElectedPerson:
        editors = self.editors[candidate_id]
        return ElectedPerson(
            candidate_id=candidate_id, surname=editors["surname"].text(), given_name=editors["given_name"].text(),
            patronymic=editors["patronymic"].text(), sex=Sex(editors["sex"].currentData()) if editors["sex"].currentData() else None,
            birth_date=editors["birth_date"].date(), village_id=editors["village_id"].currentData(),
            phone=editors["phone"].text(), position=editors["position"].text(),
        )

    def submit(self) -> None:
        with self.context.database.session() as session:
            self.memberships = add_elected_members(
                session, self.context.municipality_id, self.summary.meeting_id,
                resolution_id=self.resolution.currentData(), people=[self.person(p.candidate_id) for p in self.people],
            )
