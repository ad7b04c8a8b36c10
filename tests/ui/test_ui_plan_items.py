"""The plan item editor: every field of P2, responsible members with exclusions, messages next to
their fields without losing what was typed, read-only versions and progress on the version in force."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from bmb_desktop.domain.enums import MonitoringMethod, ObjectKind, PlanItemStatus, SubjectKind
from bmb_desktop.services import plan as plans
from bmb_desktop.services.objects import ObjectDraft, save_object
from bmb_desktop.services.plan_items import find_item
from bmb_desktop.ui.dialogs.plan.item_dialog import ItemDialog
from bmb_desktop.ui.dialogs.roster.fields import choose_data
from bmb_desktop.ui.pages.plan import PlanPage

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)
CONFLICT_REASON = "К. Ташиев кызыкчылыктардын кагылышуусуна байланыштуу бул мониторингден четтетилген"


def open_dialog(qtbot, context, version_id, item_id=None) -> ItemDialog:
    dialog = ItemDialog(context, version_id=version_id, item_id=item_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


@pytest.fixture
def demo_amendment(demo_context):
    """The demo seen on 21 November 2026, with an amendment of the 2026 plan being drafted."""
    demo_context.today = lambda: DEMO_TODAY
    with demo_context.database.session() as session:
        plan = plans.plan_of_year(session, demo_context.municipality_id, 2026)
        version_id = plans.amend_plan(session, demo_context.municipality_id, plan.id, reason="Жаңы пункт").id
    return demo_context, version_id


def object_id_named(context, start: str) -> int:
    from bmb_desktop.services.objects import list_objects

    with context.database.session() as session:
        return next(row.object_id for row in list_objects(session, context.municipality_id) if row.name.startswith(start))


def test_a_member_removed_for_a_conflict_on_the_road_contractor_cannot_be_ticked(qtbot, demo_amendment):
    context, version_id = demo_amendment
    dialog = open_dialog(qtbot, context, version_id)
    responsibles = dialog.editors["responsibles"]
    assert all(responsibles.item(row).flags() & Qt.ItemFlag.ItemIsEnabled for row in range(responsibles.count()))

    choose_data(dialog.editors["object"], object_id_named(context, "«Нур-Жол Курулуш»"))

    excluded = [responsibles.item(row) for row in range(responsibles.count()) if "Ташиев" in responsibles.item(row).text()]
    assert len(excluded) == 1
    assert not excluded[0].flags() & Qt.ItemFlag.ItemIsEnabled
    assert not excluded[0].flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert CONFLICT_REASON in excluded[0].text() and excluded[0].toolTip() == CONFLICT_REASON
    others = [responsibles.item(row) for row in range(responsibles.count()) if responsibles.item(row) is not excluded[0]]
    assert len(others) == 4 and all(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in others)


def test_the_road_item_of_the_amendment_keeps_its_eligible_members_and_greys_out_the_other(qtbot, demo_amendment):
    context, version_id = demo_amendment
    with context.database.session() as session:
        road = next(item for item in plans.find_version(session, context.municipality_id, version_id).items
                    if item.subject.startswith("Жергиликтүү бюджеттин"))
        road_id = road.id
    dialog = open_dialog(qtbot, context, version_id, road_id)
    responsibles = dialog.editors["responsibles"]
    assert len(responsibles.checked_ids()) == 2
    tashiev = next(responsibles.item(row) for row in range(responsibles.count()) if "Ташиев" in responsibles.item(row).text())
    assert tashiev.checkState() == Qt.CheckState.Unchecked and not tashiev.flags() & Qt.ItemFlag.ItemIsEnabled


def fill_item(dialog, context) -> None:
    choose_data(dialog.editors["object"], object_id_named(context, "Масы-Суу"))
    choose_data(dialog.editors["subject_kind"], SubjectKind.MUNICIPAL_SERVICE)
    type_text(dialog.editors["subject"], "Ичүүчү суунун сапаты")
    type_text(dialog.editors["purpose"], "Суунун үзгүлтүксүз берилишин баалоо")
    dialog.editors["methods"].boxes[MonitoringMethod.FOCUS_GROUP].setChecked(True)
    dialog.editors["responsibles"].item(0).setCheckState(Qt.CheckState.Checked)
    type_text(dialog.editors["information_sources"], "Абоненттердин тизмеси")
    type_text(dialog.editors["involvement"], "Көчө активисттери")


@pytest.fixture
def draft(context, members):
    with context.database.session() as session:
        version_id = plans.create_plan(session, context.municipality_id, year=2026).id
        save_object(session, context.municipality_id, ObjectDraft(name="Масы-Суу", kind=ObjectKind.COMMUNITY_ORGANISATION))
    return version_id


def test_an_item_with_an_invalid_timing_shows_the_message_next_to_the_field_and_keeps_what_was_typed(qtbot, context, draft):
    dialog = open_dialog(qtbot, context, draft)
    fill_item(dialog, context)
    dialog.editors["starts_on"].set_date(date(2026, 5, 10))
    dialog.editors["ends_on"].set_date(date(2026, 4, 1))

    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.messages() == {"ends_on": "Аякташы башталышынан эрте болушу мүмкүн эмес."}
    assert dialog.editors["subject"].toPlainText() == "Ичүүчү суунун сапаты"
    assert dialog.editors["information_sources"].toPlainText() == "Абоненттердин тизмеси"
    assert dialog.editors["methods"].methods() == (MonitoringMethod.FOCUS_GROUP,)
    assert dialog.editors["starts_on"].date() == date(2026, 5, 10)
    with context.database.session() as session:
        assert plans.find_version(session, context.municipality_id, draft).items == []

    dialog.editors["ends_on"].set_date(date(2026, 6, 20))
    dialog.editors["ends_on"].edited.emit()  # the user's own change: checked again at once
    assert dialog.messages() == {}
    dialog.save_button.click()
    assert not dialog.isVisible()
    with context.database.session() as session:
        item = find_item(session, context.municipality_id, dialog.item_id)
        assert (item.subject, item.ends_on, item.involvement) == ("Ичүүчү суунун сапаты", date(2026, 6, 20), "Көчө активисттери")


def test_no_timing_at_all_is_said_next_to_the_quarter(qtbot, context, draft):
    dialog = open_dialog(qtbot, context, draft)
    fill_item(dialog, context)
    dialog.save_button.click()
    assert dialog.messages() == {"quarter": "Мониторингдин мөөнөтүн же кварталын жазыңыз."}
    dialog.editors["quarter"].setCurrentIndex(dialog.editors["quarter"].findData(3))
    assert dialog.messages() == {}


def test_an_empty_item_shows_a_message_under_each_required_field(qtbot, context, draft):
    dialog = open_dialog(qtbot, context, draft)
    dialog.save_button.click()
    assert set(dialog.messages()) == {"object", "subject_kind", "subject", "purpose", "methods", "responsibles", "quarter"}


def test_the_page_adds_moves_and_lists_items_of_a_draft(qtbot, context, draft):
    page = PlanPage(context)
    qtbot.addWidget(page)
    page.show()
    tab = page.plan_tab
    for subject in ("Биринчи", "Экинчи"):
        tab.item_buttons["add"].click()
        fill_item(tab.item_dialog, context)
        tab.item_dialog.editors["subject"].setPlainText(subject)
        tab.item_dialog.editors["quarter"].setCurrentIndex(2)
        tab.item_dialog.save_button.click()
    assert [row.subject for row in tab.model.rows()] == ["Биринчи", "Экинчи"]
    assert tab.selected_item().subject == "Экинчи"
    tab.item_buttons["up"].click()
    assert [row.subject for row in tab.model.rows()] == ["Экинчи", "Биринчи"]
    assert tab.selected_item().position == 1


def test_progress_on_the_version_in_force_and_cancelling_refused_next_to_the_status(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    page = PlanPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    tab = page.plan_tab
    planned = next(row for row in tab.model.rows() if row.status is PlanItemStatus.PLANNED)
    tab.select_item(planned.item_id)
    tab.item_buttons["progress"].click()
    dialog = tab.status_dialog
    choose_data(dialog.status, PlanItemStatus.CANCELLED)
    dialog.cancel_reason.setText("Каражат жок")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.rows["status"].message_text().startswith("Пландалган мониторингди жокко чыгаруу планды өзгөртө")
    assert dialog.cancel_reason.text() == "Каражат жок"

    choose_data(dialog.status, PlanItemStatus.IN_PROGRESS)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert next(row for row in tab.model.rows() if row.item_id == planned.item_id).status is PlanItemStatus.IN_PROGRESS
