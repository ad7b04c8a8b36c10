"""A resident's message to the group (P6): when and how it came, from whom, what it says, the act or
plan item it concerns, and the group's response."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from bmb_desktop.domain.enums import ResidentChannel, SocialGroup
from bmb_desktop.services.residents import (
    MessageDraft,
    act_choices,
    message_draft,
    plan_item_choices_of_year,
    record_message,
)
from bmb_desktop.services.roster_editing import village_choices
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import enum_value, text_box
from bmb_desktop.ui.dialogs.reports.common import choose_optional, fill_choices, fill_optional_enum
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo, wide_combo

MINIMUM_WIDTH = 700  # the acts' and plan items' labels are long


class MessageDialog(PlanFormDialog):
    """A new message (``message_id`` None) or a recorded one; ``saved`` carries the message's id.

    ``year`` is the year of the period on screen: a new message's date starts there, and the plan
    items offered are those of the message's year.
    """

    def __init__(
        self, context: AppContext, *, message_id: int | None = None, year: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.message_id = message_id
        today = context.today()
        self.default_year = year or today.year
        with context.database.session() as session:
            stored = message_draft(session, context.municipality_id, message_id) if message_id is not None else None
            villages = village_choices(session, context.municipality_id)
            acts = act_choices(session, context.municipality_id, include_id=stored.act_id if stored else None)
        self.stored_plan_item = stored.plan_item_id if stored else None
        self.received_on = self.add_field("received_on", DateField(popup_year=self.default_year, parent=self))
        self.channel = self.add_field("channel", enum_combo(ResidentChannel, parent=self))
        self.village = self.add_field("village_id", QComboBox(self))
        self.social_group = self.add_field("social_group", QComboBox(self))
        self.text = self.add_field("text", text_box(self, lines=4))
        self.act = self.add_field("act_id", wide_combo(self, characters=48))
        self.plan_item = self.add_field("plan_item_id", wide_combo(self, characters=48))
        self.response = self.add_field("response", text_box(self, lines=3))
        self.responded_on = self.add_field("responded_on", DateField(optional=True, popup_year=self.default_year, parent=self))
        fill_choices(self.village, villages, "")
        fill_choices(self.act, acts, "")
        fill_optional_enum(self.social_group, SocialGroup, "")
        self.plan_year: int | None = None
        if stored is not None:
            self._show(stored)
        else:
            self.received_on.set_date(today if today.year == self.default_year else None)
            choose_data(self.channel, ResidentChannel.WHATSAPP)  # the group's number is the usual way (P6)
            self._fill_plan_items(None)
        self.received_on.edited.connect(lambda: self._fill_plan_items(self.plan_item.currentData()))
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.retranslate_ui()
        self.resize(self.minimumSizeHint())
        self.fit_to_contents()

    def _show(self, stored: MessageDraft) -> None:
        self.received_on.set_date(stored.received_on)
        choose_data(self.channel, stored.channel)
        choose_optional(self.village, stored.village_id)
        self.text.setPlainText(stored.text)
        choose_optional(self.act, stored.act_id)
        self.response.setPlainText(stored.response)
        self.responded_on.set_date(stored.responded_on)
        choose_optional(self.social_group, stored.social_group)
        self._fill_plan_items(stored.plan_item_id)

    def _fill_plan_items(self, chosen: int | None) -> None:
        """The items of the plan of the message's year, keeping the one chosen if it is still there."""
        day = self.received_on.date()
        year = day.year if day else self.default_year
        if year == self.plan_year:
            return
        self.plan_year = year
        with self.context.database.session() as session:
            items = plan_item_choices_of_year(session, self.context.municipality_id, year, include_id=self.stored_plan_item)
        fill_choices(self.plan_item, items, self.plan_item.itemText(0) if self.plan_item.count() else "")
        choose_optional(self.plan_item, chosen)  # none when the item chosen belongs to another year's plan

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Resident's message") if self.message_id is None else self.tr("Edit the message"))
        self.set_intro(self.tr(
            "A message to the group's WhatsApp number, a call, a visit or a letter. Link it to the act or the "
            "plan item it concerns, and write the group's response once it is given."
        ))
        texts = {
            "received_on": self.tr("Received on"), "channel": self.tr("How it came"), "village_id": self.tr("Village"),
            "social_group": self.tr("Social group"), "text": self.tr("What the resident reported"),
            "act_id": self.tr("Concerns the act"), "plan_item_id": self.tr("Concerns the plan item"),
            "response": self.tr("Group's response"), "responded_on": self.tr("Responded on"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        fill_enum_combo(self.channel, ResidentChannel)
        self.channel.setPlaceholderText(self.tr("Choose how the message came"))
        fill_optional_enum(self.social_group, SocialGroup, self.tr("not stated"))
        self.village.setItemText(0, self.tr("not stated"))
        self.act.setItemText(0, self.tr("no act"))
        self.plan_item.setItemText(0, self.tr("no plan item"))
        self.text.setPlaceholderText(self.tr("In the resident's words, briefly"))
        self.response.setPlaceholderText(self.tr("e.g. passed on to the aiyl okmotu; checked on site"))
        self.retranslate_buttons(self.tr("Save"))

    def draft(self) -> MessageDraft:
        return MessageDraft(
            received_on=self.received_on.date(), channel=enum_value(ResidentChannel, self.channel),
            text=self.text.toPlainText(), village_id=self.village.currentData(),
            social_group=enum_value(SocialGroup, self.social_group), act_id=self.act.currentData(),
            plan_item_id=self.plan_item.currentData(), response=self.response.toPlainText(),
            responded_on=self.responded_on.date(),
        )  # fmt: skip

    def submit(self) -> int:
        with self.context.database.session() as session:
            return record_message(session, self.context.municipality_id, draft=self.draft(), message_id=self.message_id).id
