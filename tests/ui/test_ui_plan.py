"""The plan screen on the demo and on a new database: versions, the lifecycle bar and its dialogs,
proposals of the aiyl okmotu, amendments, and printing."""

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from bmb_desktop.domain.enums import MonitoringMethod, ObjectKind, PlanVersionStatus, SubjectKind
from bmb_desktop.domain.plan import ItemDraft
from bmb_desktop.services import plan as plans
from bmb_desktop.services.objects import ObjectDraft, save_object
from bmb_desktop.services.plan_items import responsible_candidates, save_item
from bmb_desktop.ui.dialogs.roster.fields import choose_data
from bmb_desktop.ui.pages.plan import PlanPage
from bmb_desktop.ui.print_preview import PrintPreviewDialog

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)
translate = QCoreApplication.translate  # the texts of the window, in whatever catalog is installed


@pytest.fixture
def demo_page(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    return open_page(qtbot, demo_context)


def open_page(qtbot, context) -> PlanPage:
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.resize(1130, 680)
    page.show()
    return page


def versions_offered(tab) -> list[str]:
    return [tab.version_combo.itemText(index) for index in range(tab.version_combo.count())]


def test_the_demo_plan_shows_version_two_in_force_and_version_one_readable(demo_page):
    tab = demo_page.plan_tab
    assert tab.shown.year == 2026 and tab.shown.version_number == 2
    assert tab.shown.status is PlanVersionStatus.APPROVED
    assert len(versions_offered(tab)) == 2 and translate("PlanTab", "in force") in versions_offered(tab)[1]
    assert demo_page.model.rowCount() == 8 and demo_page.body.currentWidget() is demo_page.table
    assert tab.lifecycle.buttons["amend"].isVisibleTo(tab)
    assert "16/2" in tab.lifecycle.summary.text()

    tab.refresh(version_id=tab.version_combo.itemData(0))

    assert tab.shown.version_number == 1 and tab.shown.status is PlanVersionStatus.SUPERSEDED
    assert tab.model.rowCount() == 7
    assert "14/3" in tab.lifecycle.summary.text()
    assert not any(button.isVisibleTo(tab) for button in tab.lifecycle.buttons.values())
    assert not tab.item_buttons["add"].isEnabled()
    tab.select_item(tab.model.row_at(0).item_id)
    tab.open_item()
    dialog = tab.item_dialog
    assert dialog.refusal and dialog.note.text() == dialog.refusal
    assert not dialog.save_button.isVisibleTo(dialog)
    assert dialog.editors["subject"].isReadOnly() and not dialog.editors["object"].isEnabled()


def test_the_version_history_lists_both_versions_and_opens_one(demo_page):
    tab = demo_page.plan_tab
    versions = tab.versions.model
    assert versions.rowCount() == 2
    assert versions.row_at(1).in_force and versions.row_at(1).resolution_number == "16/2"
    resolution = versions.text(versions.row_at(1), 4)
    assert "16/2" in resolution and "26.06.2026" in resolution
    tab.versions.open_requested.emit(versions.row_at(0).version_id)
    assert tab.shown.version_number == 1


def test_items_show_their_acts_and_the_overdue_mark(demo_page):
    model = demo_page.plan_tab.model
    rows = {row.position: row for row in model.rows()}
    assert "1/2026" in model.progress_text(rows[1])
    overdue = [row for row in model.rows() if row.overdue]
    assert [row.position for row in overdue] == [4]  # the FAP: its quarter ended, its act is a draft
    assert "30.09.2026" in model.flag_text(overdue[0])
    assert model.background(overdue[0], 0) is not None
    assert "1" in demo_page.plan_tab.overdue_label.text()


def test_amending_needs_a_reason_next_to_the_field_and_keeps_the_version_in_force(qtbot, demo_page):
    tab = demo_page.plan_tab
    tab.lifecycle.buttons["amend"].click()
    dialog = tab.step_dialog
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.rows["amendment_reason"].message_text() == "Өзгөртүүнүн себебин жазыңыз."

    type_text(dialog.reason, "Жаңы демилге кошулат")
    dialog.ok_button.click()

    assert not dialog.isVisible()
    assert tab.shown.version_number == 3 and tab.shown.status is PlanVersionStatus.DRAFT and tab.shown.editable
    assert tab.model.rowCount() == 8 and tab.item_buttons["add"].isEnabled()
    assert "Жаңы демилге кошулат" in tab.lifecycle.summary.text()
    in_force = [row for row in tab.version_rows if row.in_force]
    assert [row.number for row in in_force] == [2]
    tab.refresh(version_id=in_force[0].version_id)
    assert not tab.lifecycle.buttons["amend"].isEnabled()  # one amendment at a time


def add_draft_with_item(context, year: int) -> int:
    """A draft plan of ``year`` with one item, through the services."""
    with context.database.session() as session:
        municipality_id = context.municipality_id
        version_id = plans.create_plan(session, municipality_id, year=year).id
        object_id = save_object(session, municipality_id, ObjectDraft(name="Масы-Суу", kind=ObjectKind.COMMUNITY_ORGANISATION)).id
        member = responsible_candidates(session, municipality_id, object_id=object_id, on=context.today())[0]
        save_item(session, municipality_id, version_id, ItemDraft(
            object_id=object_id, subject_kind=SubjectKind.MUNICIPAL_SERVICE, subject="Ичүүчү суу",
            purpose="Сапатын баалоо", methods=(MonitoringMethod.OBSERVATION,), responsible_ids=(member.membership_id,),
            quarter=2,
        ), on=context.today())
    return version_id


def test_a_new_plan_goes_from_draft_to_approval_through_the_lifecycle_bar(qtbot, context, members):
    page = open_page(qtbot, context)
    tab = page.plan_tab
    assert tab.shown is None and page.body.currentWidget() is page.empty

    tab.new_plan_button.click()
    tab.step_dialog.year.setValue(2026)
    tab.step_dialog.ok_button.click()
    assert tab.shown.year == 2026 and tab.shown.status is PlanVersionStatus.DRAFT
    add_draft_with_item(context, 2027)  # another year's plan does not disturb the one shown
    tab.refresh()
    assert tab.shown.year == 2026
    tab.lifecycle.buttons["discuss"].click()
    tab.step_dialog.ok_button.click()
    assert tab.step_dialog.general.text() == "Планда азырынча пункттар жок."  # no field for it: said under the form
    tab.step_dialog.reject()

    tab.refresh(year=2027)
    tab.lifecycle.buttons["discuss"].click()
    tab.step_dialog.discussed_on.set_date(date(2026, 12, 10))
    tab.step_dialog.ok_button.click()
    assert tab.shown.status is PlanVersionStatus.DISCUSSED

    tab.proposals.add_button.click()
    proposal = tab.proposals.dialog
    type_text(proposal.text, "Мектептеги тамактанууну кошуу")
    proposal.ok_button.click()
    assert tab.proposals.model.rowCount() == 1
    assert tab.lifecycle.hint.text().startswith("⚠")  # an unanswered proposal blocks the submission

    tab.lifecycle.buttons["submit"].click()
    tab.step_dialog.submitted_on.set_date(date(2026, 12, 15))
    tab.step_dialog.ok_button.click()
    assert tab.step_dialog.isVisible()
    assert tab.step_dialog.rows["proposals"].message_text() == (
        "Айыл өкмөтүнүн ар бир сунушуна топтун жообун жазыңыз: 1 сунуш жоопсуз калды."
    )
    tab.step_dialog.reject()

    tab.proposals.table.selectRow(0)
    tab.proposals.answer_button.click()
    tab.proposals.dialog.decision.declined.setChecked(True)
    tab.proposals.dialog.ok_button.click()
    assert tab.proposals.dialog.rows["answer"].message_text() == "Топ сунушту эмне үчүн кабыл албаганын жазыңыз."
    type_text(tab.proposals.dialog.answer, "Каражат жок")
    tab.proposals.dialog.ok_button.click()
    assert tab.proposals.model.row_at(0).accepted is False

    tab.lifecycle.buttons["submit"].click()
    tab.step_dialog.submitted_on.set_date(date(2026, 12, 15))
    tab.step_dialog.ok_button.click()
    assert tab.shown.status is PlanVersionStatus.SUBMITTED
    assert tab.lifecycle.buttons["approve"].isVisibleTo(tab)


def test_approving_needs_a_resolution_number_shown_next_to_the_field(qtbot, context, members):
    version_id = add_draft_with_item(context, 2026)
    with context.database.session() as session:
        plans.record_discussion(session, context.municipality_id, version_id, discussed_on=date(2025, 12, 1))
        plans.submit_version(session, context.municipality_id, version_id, submitted_on=date(2025, 12, 5))
    page = open_page(qtbot, context)
    tab = page.plan_tab
    assert tab.shown.status is PlanVersionStatus.SUBMITTED

    tab.lifecycle.buttons["approve"].click()
    dialog = tab.step_dialog
    dialog.adopted_on.set_date(date(2025, 12, 20))
    dialog.ok_button.click()

    assert dialog.isVisible()
    assert dialog.rows["resolution_number"].message_text() == "Айылдык кеңештин токтомунун номерин жазыңыз, мисалы: 14/3."
    assert dialog.adopted_on.date() == date(2025, 12, 20)  # what was entered stays
    type_text(dialog.resolution_number, "14/3")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert tab.shown.status is PlanVersionStatus.APPROVED
    assert "14/3" in tab.lifecycle.summary.text() and translate("LifecycleBar", "in force") in tab.lifecycle.summary.text()
    assert tab.item_buttons["progress"].isEnabled() is False  # nothing selected yet
    tab.select_item(tab.model.row_at(0).item_id)
    assert tab.item_buttons["progress"].isEnabled() and not tab.item_buttons["delete"].isEnabled()


def test_printing_the_plan_and_its_resolution_opens_the_preview(demo_page):
    tab = demo_page.plan_tab
    tab.print_button.click()
    assert isinstance(tab.preview, PrintPreviewDialog) and tab.preview.page_count() >= 1
    assert "2026" in tab.preview.windowTitle()
    tab.preview.close()
    tab.print_resolution_button.click()
    assert tab.preview.page_count() >= 1


def test_an_empty_database_says_that_no_plan_is_recorded(qtbot, context):
    page = open_page(qtbot, context)
    assert page.model.rowCount() == 0 and page.body.currentWidget() is page.empty
    assert page.empty.text()
    assert not page.plan_tab.print_button.isEnabled() and not page.plan_tab.lifecycle.isVisibleTo(page)
    assert page.plan_tab.new_plan_button.isEnabled()


def test_the_submission_dialog_shows_the_groups_vote_on_an_amendment(qtbot, demo_page):
    tab = demo_page.plan_tab
    with tab.context.database.session() as session:
        amendment_id = plans.amend_plan(session, tab.context.municipality_id, tab.shown.plan_id, reason="Сынак").id
        plans.record_discussion(session, tab.context.municipality_id, amendment_id, discussed_on=DEMO_TODAY)
    tab.refresh(version_id=amendment_id)
    tab.lifecycle.buttons["submit"].click()
    dialog = tab.step_dialog
    assert isinstance(dialog.group_vote, QLabel) and dialog.group_vote.text()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.rows["group_vote"].message_text().startswith("Өзгөртүүлөрдү жактырган топтун чечимин")
    assert dialog.reason.toPlainText() == "Сынак"


def test_the_page_rereads_a_tab_only_when_it_is_shown(demo_page):
    demo_page.refresh()
    assert demo_page.stale[demo_page.objects_tab]
    demo_page.show_tab(demo_page.objects_tab)
    assert not demo_page.stale[demo_page.objects_tab] and demo_page.objects_tab.model.rowCount() == 8


def test_a_new_monitored_object_with_a_wrong_phone_keeps_what_was_typed(qtbot, demo_page):
    tab = demo_page.objects_tab
    demo_page.show_tab(tab)
    tab.add_button.click()
    dialog = tab.dialog
    type_text(dialog.name, "Кара-Таш мектеби")
    choose_data(dialog.kind, ObjectKind.MUNICIPAL_INSTITUTION)
    type_text(dialog.phone, "12")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.messages() == {"phone": "Кыргызстандын телефон номерин жазыңыз, мисалы: +996 700 123 456."}
    assert dialog.name.text() == "Кара-Таш мектеби"

    dialog.phone.setText("0700 123 456")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    saved = tab.model.row_at(tab.model.row_of(tab.selected_id()))
    assert (saved.name, saved.kind, saved.phone) == ("Кара-Таш мектеби", ObjectKind.MUNICIPAL_INSTITUTION, "+996 700 123 456")
    assert tab.model.rowCount() == 9
    assert demo_page.stale[demo_page.plan_tab]  # the plan's object names are read again when it is shown


def test_the_plan_screen_follows_a_change_of_language(qtbot, demo_page):
    tab = demo_page.plan_tab
    assert "бекитилди" in tab.version_combo.itemText(1)
    demo_page.context.translations.apply("ru")
    qtbot.waitUntil(lambda: "утверждён" in tab.version_combo.itemText(1))
    assert tab.model.text(tab.model.row_at(0), 5) == "выполнено"
    assert "утверждён" in tab.lifecycle.steps[-1].text()
