"""Starting a new act: from an item of the plan (its object, subject, purpose, period and responsible
members are copied) or for an object of the register alone."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QWidget

from bmb_desktop.errors import ValidationError
from bmb_desktop.services.acts import create_act
from bmb_desktop.services.meeting_links import plan_item_choices
from bmb_desktop.services.objects import list_objects
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog
from bmb_desktop.ui.dialogs.roster.fields import wide_combo


class NewActDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.act_id: int | None = None
        self.from_plan, self.from_register = QRadioButton(self), QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.from_plan)
        group.addButton(self.from_register)
        self.form.addRow(self.from_plan)
        self.plan_item = self.add_field("plan_item", wide_combo(self, characters=60))
        self.form.addRow(self.from_register)
        self.object = self.add_field("object", wide_combo(self, characters=60))
        with context.database.session() as session:
            for choice in plan_item_choices(session, context.municipality_id):
                self.plan_item.addItem(choice.label, choice.id)
            for row in list_objects(session, context.municipality_id):
                self.object.addItem(row.name, row.object_id)
        self.object.setCurrentIndex(-1)
        has_plan = self.plan_item.count() > 0
        self.from_plan.setEnabled(has_plan)
        (self.from_plan if has_plan else self.from_register).setChecked(True)
        self.plan_item.activated.connect(lambda _i: self.from_plan.setChecked(True))
        self.object.activated.connect(lambda _i: self.from_register.setChecked(True))
        self.retranslate_ui()
        self.resize(self.sizeHint())  # the minimum width of FormDialog would otherwise cut the labels

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New act"))
        self.set_intro(self.tr(
            "An act records one monitoring. Start it from the item of the plan it reports on: its object, subject, "
            "purpose, period and responsible members are filled in. The draft is saved as you type."
        ))
        self.from_plan.setText(self.tr("From an item of the plan"))
        self.from_register.setText(self.tr("For an object of the register, outside the plan"))
        self.labels["plan_item"].setText(self.tr("Plan item:"))
        self.labels["object"].setText(self.tr("Object:"))
        self.object.setPlaceholderText(self.tr("Choose the object"))
        self.retranslate_buttons(self.tr("Create the draft"))

    def submit(self) -> None:
        if self.from_plan.isChecked():
            chosen = {"plan_item_id": self.plan_item.currentData()}
        else:
            if self.object.currentData() is None:
                raise ValidationError({"object": self.tr("Choose the monitored object from the register.")})
            chosen = {"object_id": self.object.currentData()}
        with self.context.database.session() as session:
            self.act_id = create_act(session, self.context.municipality_id, today=self.context.today(), **chosen).id
