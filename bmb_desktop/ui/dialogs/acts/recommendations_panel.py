"""The act's recommendations and proposals (A1): to whom each is addressed, what is to be done, by when."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from bmb_desktop.services.act_parts import (
    add_recommendation,
    move_recommendation,
    remove_recommendation,
    update_recommendation,
)
from bmb_desktop.services.act_view import ActView, RecommendationView
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.header_form import text_box
from bmb_desktop.ui.dialogs.acts.parts_panel import PartsPanel, preview
from bmb_desktop.ui.dialogs.roster.fields import DateField
from bmb_desktop.ui.formatting import display_date


class RecommendationsPanel(PartsPanel):
    KEY = "recommendations"

    def __init__(self, context: AppContext, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(context, autosaver, parent)
        self.add_button = QPushButton(self)
        self.add_buttons = [self.add_button]
        self.addressee = self.add_field("addressee", QComboBox(self))
        self.addressee.setEditable(True)
        self.addressee.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addressee.lineEdit().setMaxLength(300)
        self.due_on = self.add_field("due_on", DateField(optional=True, parent=self))
        self.due_on.setMaximumWidth(self.due_on.fontMetrics().horizontalAdvance("00.00.00000") + 80)
        self.text = self.add_field("text", text_box(self, 6, grow=True))
        self.finish_layout()
        self.add_button.clicked.connect(self.add)
        self.addressee.lineEdit().textEdited.connect(self.edited)
        self.addressee.activated.connect(self.edited)
        self.text.textChanged.connect(self.edited)
        self.due_on.edited.connect(self.edited)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add a recommendation"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.labels["addressee"].setText(self.tr("To whom:"))
        self.labels["text"].setText(self.tr("What is to be done:"))
        self.labels["due_on"].setText(self.tr("By when:"))
        self.addressee.lineEdit().setPlaceholderText(self.tr("The object, the aiyl okmotu, the council…"))
        self.nothing.setText(self.tr(
            "No recommendations yet. Each recommendation or proposal names to whom it is addressed, what is to be "
            "done and by when."
        ))
        if self.act_id is not None:
            for row, part in enumerate(self.parts):
                self.list.item(row).setText(self.item_text(part))

    def set_addressees(self, names: list[str]) -> None:
        """The usual addressees offered in the list; any other can be typed."""
        text = self.addressee.currentText()
        self._loading = True
        self.addressee.clear()
        for name in dict.fromkeys(n for n in names if n):
            self.addressee.addItem(name)
        self.addressee.setEditText(text)
        self._loading = False

    # --- PartsPanel -----------------------------------------------------------------------------------

    def parts_of(self, view: ActView) -> list[RecommendationView]:
        return list(view.recommendations)

    def part_id(self, part: RecommendationView) -> int:
        return part.recommendation_id

    def item_text(self, part: RecommendationView, values: dict | None = None) -> str:
        values = values or {"addressee": part.addressee, "text": part.text, "due_on": part.due_on}
        position = next(
            (i for i, p in enumerate(self.parts, start=1) if p.recommendation_id == part.recommendation_id), part.position
        )
        head = values["addressee"].strip() or self.tr("(to whom?)")
        due = self.tr("by %1").replace("%1", display_date(values["due_on"])) if values["due_on"] else self.tr("(by when?)")
        text = preview(values["text"]) or self.tr("(nothing written yet)")
        return f"{position}. {head} — {due}\n{text}"

    def show_part(self, part: RecommendationView) -> None:
        if self.addressee.currentText() != part.addressee:
            self.addressee.setEditText(part.addressee)
        if self.text.toPlainText() != part.text:
            self.text.setPlainText(part.text)
        self.due_on.set_date(part.due_on)

    def editor_values(self) -> dict:
        return {"addressee": self.addressee.currentText(), "text": self.text.toPlainText(), "due_on": self.due_on.date()}

    def update_part(self, session, part_id: int, **values) -> None:
        update_recommendation(session, part_id, **values)

    def remove_part(self, session, part_id: int) -> None:
        remove_recommendation(session, part_id)

    def move_part(self, session, part_id: int, position: int) -> None:
        move_recommendation(session, part_id, position=position)

    def remove_question(self) -> str:
        return self.tr("Remove recommendation %1 from the draft?").replace("%1", str(self.list.currentRow() + 1))

    def set_editors_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        self.addressee.setEnabled(not read_only)
        self.due_on.setEnabled(not read_only)

    def add(self) -> None:
        self.add_with(lambda session: add_recommendation(session, self.act_id))
        self.addressee.setFocus()
