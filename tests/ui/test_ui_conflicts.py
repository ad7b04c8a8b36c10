"""Conflicts of interest beside the roster: declaring, the council chair's decision, and the G5/C3 warnings."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from bmb_desktop.storage.models import MonitoredObject
from bmb_desktop.ui.models.roster import DECL_CONCERNS, DECL_DECISION, DECL_MEMBER, DECL_SUMMARY
from bmb_desktop.ui.pages.roster import RosterPage

from .conftest import type_text

DEMO_TODAY = date(2026, 11, 21)


@pytest.fixture
def page(qtbot, demo_context):
    demo_context.today = lambda: DEMO_TODAY
    page = RosterPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    page.side.setCurrentWidget(page.conflicts)
    return page


def object_id(context, fragment):
    with context.database.session() as session:
        return session.scalar(select(MonitoredObject.id).where(MonitoredObject.name.contains(fragment)))


def set_date(field, day):
    field.editor.setDate(QDate(day.year, day.month, day.day))


def declare(qtbot, page, surname, object_fragment, statement, *, on=date(2026, 11, 2)):
    page.declare_conflict()
    dialog = page.conflict_dialog
    dialog.member.setCurrentIndex(next(i for i in range(dialog.member.count()) if surname in dialog.member.itemText(i)))
    dialog.object.setCurrentIndex(dialog.object.findData(object_id(page.context, object_fragment)))
    set_date(dialog.declared_on, on)
    type_text(dialog.statement, statement)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    return dialog


def test_the_demo_declaration_is_listed_with_the_chairs_decision(page):
    model = page.conflicts.model
    assert model.rowCount() == 1
    assert model.index(0, DECL_MEMBER).data() == "К. Ташиев"
    assert model.index(0, DECL_CONCERNS).data().startswith("«Нур-Жол Курулуш»")
    assert "27.04.2026" in model.index(0, DECL_DECISION).data()
    summary = model.index(0, DECL_SUMMARY).data()
    assert summary.startswith("К. Ташиев, 24.04.2026\n«Нур-Жол Курулуш»")
    assert page.conflicts.warning_texts() == []
    assert not page.conflicts.decide_button.isEnabled()


def test_declaring_lists_the_declaration_first_and_warns_until_decided(qtbot, page):
    dialog = declare(qtbot, page, "Осмоналиев", "мектеби", "Кызым мектептин ашканасында иштейт.")

    assert not dialog.isVisible()
    model = page.conflicts.model
    assert model.rowCount() == 2
    first = model.row_at(0)
    assert (first.member, first.declared_on, first.decided_on) == ("Э. Осмоналиев", date(2026, 11, 2), None)
    assert first.concerns == "№25 Кызыл-Туу орто мектеби"
    assert page.conflicts.selected().id == first.id
    assert page.conflicts.warning_texts() == [
        "Э. Осмоналиев билдирген кызыкчылыктардын кагылышуусу боюнча кеңештин төрагасынын чечими күтүлүүдө (Типтүү жобо 6)"
    ]
    assert page.side.tabText(1).endswith("(1)")


def test_a_declaration_without_a_statement_is_refused_next_to_the_field(qtbot, page):
    page.declare_conflict()
    dialog = page.conflict_dialog
    dialog.member.setCurrentIndex(0)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.messages() == {
        "object": "Мониторинг объектин тандаңыз же предметин жазыңыз.",
        "statement": "Мүчө эмнени билдиргенин жазыңыз.",
    }
    type_text(dialog.subject, "Жайыттарды пайдалануу")
    type_text(dialog.statement, "Агам жайыт комитетинин мүчөсү.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.conflicts.model.row_at(0).concerns == "Жайыттарды пайдалануу"


def test_the_council_chairs_decision_removes_the_member_and_ends_the_warning(qtbot, page):
    declare(qtbot, page, "Осмоналиев", "мектеби", "Кызым мектептин ашканасында иштейт.")
    qtbot.mouseClick(page.conflicts.decide_button, Qt.MouseButton.LeftButton)
    dialog = page.decision_dialog
    assert "Э. Осмоналиев" in dialog.summary.text() and "02.11.2026" in dialog.summary.text()
    assert dialog.removed.isChecked()

    set_date(dialog.decided_on, date(2026, 11, 1))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.rows["decided_on"].message_text() == "Чечим билдирүүдөн мурун болушу мүмкүн эмес."

    set_date(dialog.decided_on, date(2026, 11, 5))
    type_text(dialog.note, "Кеңештин төрагасынын буйругу.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    decided = page.conflicts.model.row_at(0)
    assert (decided.decided_on, decided.removed) == (date(2026, 11, 5), True)
    assert decided.decision_note == "Кеңештин төрагасынын буйругу."
    assert page.conflicts.warning_texts() == []
    assert not page.side.tabText(1).endswith(")")


def test_a_member_who_heads_a_monitored_object_is_warned_about(page):
    with page.context.database.session() as session:
        school = session.get(MonitoredObject, object_id(page.context, "мектеби"))
        school.head_name = "У. Жантаева"
        session.commit()
    page.refresh()
    warnings = page.conflicts.warning_texts()
    assert len(warnings) == 1
    assert warnings[0].startswith("У. Жантаева мониторинг объектин (№25 Кызыл-Туу орто мектеби) жетектейт")
    assert not page.conflicts.warnings.isHidden()


def test_the_selected_roster_member_is_proposed_as_the_declarant(page):
    membership_id = next(page.model.row_at(r).membership_id for r in range(page.model.rowCount())
                         if page.model.row_at(r).full_name.startswith("Султанова"))
    page.select_member(membership_id)
    page.declare_conflict()
    assert page.conflict_dialog.member.currentText() == "К. Султанова"
