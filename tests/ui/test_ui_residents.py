"""The residents' panel of the reports screen: the journal of messages and the survey results of the
period, added, corrected and deleted through their dialogs, with messages beside the fields."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from bmb_desktop.domain.enums import ResidentChannel, SocialGroup
from bmb_desktop.domain.report import Period
from bmb_desktop.locale.labels import label
from bmb_desktop.services.residents import message_rows
from bmb_desktop.ui.dialogs.reports.message_dialog import MessageDialog
from bmb_desktop.ui.dialogs.reports.survey_dialog import SurveyDialog
from bmb_desktop.ui.dialogs.roster.fields import choose_data
from bmb_desktop.ui.models.residents import COL_CHANNEL, COL_CONCERNS, COL_GROUP, COL_RESPONSE, COL_S_GROUP, COL_S_SHARE
from bmb_desktop.ui.widgets.residents_panel import ResidentsPanel

from .conftest import TODAY, type_text

DEMO_TODAY = date(2026, 11, 21)
EARLIER_RESPONSE = "Жооп билдирүүдөн мурун берилиши мүмкүн эмес."
MORE_SATISFIED = "Канааттангандар жооп бергендерден көп болушу мүмкүн эмес."
WATER_SURVEY = "Ичүүчү суунун үзгүлтүксүз берилишине канааттануу (№1/2026 акт)"


@pytest.fixture
def panel(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    panel = ResidentsPanel(demo_context)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    panel.set_period(Period(2026, 1))
    return panel


@pytest.fixture
def empty_panel(qtbot, context):
    panel = ResidentsPanel(context)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    panel.refresh()
    return panel


def answer_questions(monkeypatch, role: QMessageBox.ButtonRole) -> list[str]:
    """Every question box is answered with the button of ``role``; returns the questions asked."""
    asked = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(button for button in box.buttons() if box.buttonRole(button) == role).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def stored_messages(panel, period: Period):
    with panel.context.database.session() as session:
        return message_rows(session, panel.context.municipality_id, period.start, period.end)


def double_click(qtbot, table, row: int) -> None:
    index = table.model().index(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_a_message_with_a_bad_date_is_refused_beside_it_and_keeps_what_was_typed(qtbot, panel):
    before = panel.messages.model.rowCount()
    panel.set_period(Period(2026, 2))
    panel.messages.buttons["add"].click()
    dialog = panel.dialog
    assert isinstance(dialog, MessageDialog) and dialog.received_on.date() == DEMO_TODAY
    assert dialog.channel.currentData() == ResidentChannel.WHATSAPP
    choose_data(dialog.social_group, SocialGroup.YOUTH)
    type_text(dialog.text, "Мектептин жанындагы жарык күйбөй жатат")
    type_text(dialog.response, "Айыл өкмөтүнө жеткирилди")
    dialog.responded_on.set_date(date(2026, 11, 1))
    dialog.ok_button.click()

    assert dialog.isVisible() and dialog.messages() == {"responded_on": EARLIER_RESPONSE}
    assert dialog.text.toPlainText() == "Мектептин жанындагы жарык күйбөй жатат"
    assert dialog.response.toPlainText() == "Айыл өкмөтүнө жеткирилди"
    assert dialog.social_group.currentData() == SocialGroup.YOUTH
    assert dialog.rows["responded_on"].message.isVisibleTo(dialog)

    dialog.responded_on.set_date(date(2026, 11, 21))
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    chosen = panel.messages.selected()
    assert chosen.text == "Мектептин жанындагы жарык күйбөй жатат" and chosen.received_on == DEMO_TODAY
    assert panel.messages.model.text(chosen, COL_GROUP) == label(SocialGroup.YOUTH)
    assert panel.messages.model.text(chosen, COL_RESPONSE) == "21.11.2026: Айыл өкмөтүнө жеткирилди"
    assert len(stored_messages(panel, Period(2026, 1))) == before  # the first half-year is untouched


def test_double_clicking_a_message_edits_it_with_its_act_and_plan_item(qtbot, panel):
    first = panel.messages.model.row_at(0)
    double_click(qtbot, panel.messages.table, 0)
    dialog = panel.dialog
    assert isinstance(dialog, MessageDialog) and dialog.message_id == first.message_id
    assert dialog.text.toPlainText() == first.text and dialog.received_on.date() == first.received_on
    assert dialog.act.currentText().startswith("№ 1/2026 акт") and dialog.plan_item.currentText().startswith("2026-жылдын планы, 1-пункт")
    choose_data(dialog.channel, ResidentChannel.PHONE)
    dialog.act.setCurrentIndex(0)  # no act
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    edited = panel.messages.model.row_at(panel.messages.model.row_of(first.message_id))
    assert edited.channel is ResidentChannel.PHONE and edited.act_number == ""
    assert panel.messages.model.text(edited, COL_CHANNEL) == label(ResidentChannel.PHONE)
    assert panel.messages.model.text(edited, COL_CONCERNS) == QCoreApplication.translate("MessagesModel", "plan item %1").replace("%1", "1")
    assert panel.messages.selected().message_id == first.message_id


def test_the_plan_items_offered_are_those_of_the_messages_year(panel):
    panel.messages.buttons["add"].click()
    dialog = panel.dialog
    offered = dialog.plan_item.count()
    assert offered > 1
    dialog.plan_item.setCurrentIndex(3)
    chosen = dialog.plan_item.currentData()
    dialog.received_on.editor.setDate(date(2025, 12, 30))  # the demo has no plan for 2025
    assert dialog.plan_item.count() == 1 and dialog.plan_item.currentData() is None
    dialog.received_on.editor.setDate(date(2026, 2, 1))
    assert dialog.plan_item.count() == offered and dialog.plan_item.currentData() is None
    dialog.plan_item.setCurrentIndex(dialog.plan_item.findData(chosen))
    dialog.received_on.editor.setDate(date(2026, 3, 1))  # the same year: the choice stays
    assert dialog.plan_item.currentData() == chosen


def test_deleting_a_message_asks_first(qtbot, panel, monkeypatch):
    count = panel.messages.model.rowCount()
    chosen = panel.messages.model.row_at(1)
    panel.messages.select(1)
    asked = answer_questions(monkeypatch, QMessageBox.ButtonRole.RejectRole)
    panel.messages.buttons["delete"].click()
    assert asked and "03.02.2026" in asked[0]
    assert panel.messages.model.rowCount() == count
    answer_questions(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.messages.buttons["delete"].click()
    assert panel.messages.model.rowCount() == count - 1
    assert chosen.message_id not in {row.message_id for row in stored_messages(panel, Period(2026, 1))}


def test_a_survey_with_more_satisfied_than_respondents_is_refused_beside_the_field(qtbot, panel):
    panel.set_period(Period(2026))
    panel.surveys.buttons["add"].click()
    dialog = panel.dialog
    assert isinstance(dialog, SurveyDialog) and dialog.surveyed_on.date() == DEMO_TODAY
    assert dialog.social_group.currentData() is None  # all respondents first
    type_text(dialog.title, "Көчө жарыгына канааттануу")
    dialog.respondents.setValue(40)
    dialog.satisfied.setValue(45)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.messages() == {"satisfied": MORE_SATISFIED}
    assert dialog.title.text() == "Көчө жарыгына канааттануу" and dialog.respondents.value() == 40

    dialog.satisfied.setValue(30)
    assert "75" in dialog.satisfied_field.remark.text()
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    saved = panel.surveys.selected()
    assert (saved.title, saved.social_group, saved.respondents, saved.satisfied) == ("Көчө жарыгына канааттануу", None, 40, 30)
    assert panel.surveys.model.text(saved, COL_S_GROUP) == QCoreApplication.translate("SurveysModel", "all respondents")
    assert panel.surveys.model.text(saved, COL_S_SHARE) == "75%"


def test_the_groups_of_a_survey_are_entered_one_after_another(qtbot, panel):
    panel.set_period(Period(2026))
    before = panel.surveys.model.rowCount()
    panel.surveys.buttons["add"].click()
    dialog = panel.dialog
    type_text(dialog.title, "Жайыттарга канааттануу")
    dialog.respondents.setValue(50)
    dialog.satisfied.setValue(20)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.next_button.click()
    assert dialog.isVisible() and dialog.social_group.currentData() == SocialGroup.WOMEN
    assert dialog.title.text() == "Жайыттарга канааттануу" and dialog.surveyed_on.date() == DEMO_TODAY
    assert dialog.respondents.value() == 0 and not dialog.saved_note.isHidden()
    dialog.respondents.setValue(30)
    dialog.satisfied.setValue(10)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    rows = [row for row in panel.surveys.model.rows() if row.title == "Жайыттарга канааттануу"]
    assert [(row.social_group, row.respondents) for row in rows] == [(None, 50), (SocialGroup.WOMEN, 30)]
    assert panel.surveys.model.rowCount() == before + 2


def test_a_survey_result_is_edited_and_deleted(qtbot, panel, monkeypatch):
    women = panel.surveys.model.row_where(lambda row: row.social_group is SocialGroup.WOMEN)
    survey_id = panel.surveys.model.row_at(women).survey_id
    double_click(qtbot, panel.surveys.table, women)
    dialog = panel.dialog
    assert isinstance(dialog, SurveyDialog) and dialog.next_button.isHidden()
    assert (dialog.title.text(), dialog.respondents.value(), dialog.satisfied.value()) == (WATER_SURVEY, 56, 20)
    choose_data(dialog.social_group, SocialGroup.YOUTH)  # the survey has a result for the youth already
    dialog.ok_button.click()
    assert dialog.isVisible() and set(dialog.messages()) == {"social_group"}
    choose_data(dialog.social_group, SocialGroup.WOMEN)
    dialog.satisfied.setValue(28)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    assert panel.surveys.model.row_at(panel.surveys.model.row_of(survey_id)).satisfied == 28

    asked = answer_questions(monkeypatch, QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        panel.surveys.buttons["delete"].click()
    assert label(SocialGroup.WOMEN) in asked[0]
    assert panel.surveys.model.row_of(survey_id) == -1


def test_the_period_restricts_both_lists(panel):
    first = {row.received_on for row in panel.messages.model.rows()}
    assert first and all(date(2026, 1, 1) <= day <= date(2026, 6, 30) for day in first)
    assert {row.surveyed_on for row in panel.surveys.model.rows()} == {date(2026, 3, 10)}
    panel.set_period(Period(2026, 2))
    assert all(date(2026, 7, 1) <= row.received_on for row in panel.messages.model.rows())
    assert {row.surveyed_on for row in panel.surveys.model.rows()} == {date(2026, 10, 20)}
    panel.set_period(Period(2025))
    assert panel.messages.body.currentWidget() is panel.messages.empty
    assert panel.surveys.body.currentWidget() is panel.surveys.empty
    assert not panel.messages.buttons["edit"].isEnabled() and panel.messages.buttons["add"].isEnabled()


def test_a_message_dated_outside_the_period_says_where_it_went(qtbot, empty_panel):
    panel = empty_panel
    panel.set_period(Period(2026, 1))
    panel.messages.buttons["add"].click()
    dialog = panel.dialog
    assert dialog.received_on.date() == TODAY and dialog.act.count() == 1 and dialog.plan_item.count() == 1
    assert dialog.village.count() == 3  # not stated, Масы, Кара-Таш
    dialog.village.setCurrentIndex(2)
    type_text(dialog.text, "Суу келбей жатат")
    dialog.received_on.set_date(date(2025, 12, 28))
    with qtbot.waitSignal(panel.changed, timeout=1000):
        dialog.ok_button.click()
    assert panel.messages.model.rowCount() == 0 and "28.12.2025" in panel.note.text() and not panel.note.isHidden()
    panel.set_period(Period(2025, 2))
    assert panel.note.isHidden()
    (row,) = panel.messages.model.rows()
    assert (row.village, row.channel, row.social_group) == ("Кара-Таш", ResidentChannel.WHATSAPP, None)


def test_an_empty_message_is_refused_beside_the_text(empty_panel):
    empty_panel.messages.buttons["add"].click()
    dialog = empty_panel.dialog
    dialog.ok_button.click()
    assert dialog.isVisible() and set(dialog.messages()) == {"text"}
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())  # grown, not squeezed


def test_the_panel_follows_the_language(qtbot, panel, translations):
    women = panel.messages.model.row_where(lambda row: row.social_group is SocialGroup.WOMEN)
    translations.apply("ru")
    qtbot.waitUntil(lambda: panel.messages.buttons["add"].text() == QCoreApplication.translate("ResidentsPanel", "Add message…"))
    model = panel.messages.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == QCoreApplication.translate("MessagesModel", "Received")
    assert model.data(model.index(women, COL_GROUP)) == "женщины"
    assert panel.surveys.model.data(panel.surveys.model.index(1, COL_S_GROUP)) == "женщины"
    translations.apply("ky")
    qtbot.waitUntil(lambda: model.data(model.index(women, COL_GROUP)) == "аялдар")
