"""The audit log tab: filters by user, record, action and period; pages read as needed; the chain check."""

import sqlite3

from PySide6.QtCore import QDate, Qt

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.services.audit_user import set_audit_user
from bmb_desktop.ui.models.audit_log import COL_RECORD, COL_USER, BROKEN_BACKGROUND
from bmb_desktop.ui.pages.audit_log import AuditLogSection
from tests.ui.conftest import type_text
from tests.ui.safety_helpers import add_people


def log_of_two_users(database) -> None:
    """25 persons added by Айгүл, 10 by Бакыт, and one removed by Бакыт."""
    from bmb_desktop.storage.models import Person

    set_audit_user(database, "Айгүл")
    add_people(database, 25)
    set_audit_user(database, "Бакыт")
    add_people(database, 10, surname="Бекова")
    with database.session() as session:
        session.delete(session.query(Person).filter_by(surname="Бекова0").one())
        session.commit()


def shown_section(qtbot, context, *, page_size=10) -> AuditLogSection:
    section = AuditLogSection(context)
    section.model.page_size = page_size
    qtbot.addWidget(section)
    section.resize(1100, 600)
    section.show()  # the first page is read when the tab is first shown
    return section


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_log_is_read_a_page_at_a_time(qtbot, context):
    log_of_two_users(context.database)
    section = shown_section(qtbot, context)
    total = section.model.total
    assert total >= 36
    assert section.model.rowCount() == 10
    assert section.model.index(0, COL_USER).data() == "Бакыт"  # newest first

    section.model.fetchMore()

    assert section.model.rowCount() == 20
    assert "20" in section.count.text() and str(total) in section.count.text()
    while section.model.canFetchMore():
        section.model.fetchMore()
    assert section.model.rowCount() == total
    ids = [section.model.row_at(row).id for row in range(total)]
    assert len(set(ids)) == total


def test_filters_narrow_by_user_record_action_and_period(qtbot, context):
    log_of_two_users(context.database)
    section = shown_section(qtbot, context, page_size=100)

    choose(section.user, "Бакыт")
    assert section.model.total == 11
    choose(section.action, AuditAction.DELETE.value)
    assert section.model.total == 1
    assert section.model.row_at(0).changes["surname"][0] == "Бекова0"

    section.reset_filters()
    choose(section.table, "person")
    assert section.model.total == 36
    assert section.model.index(0, COL_RECORD).data().endswith(f"[{section.model.row_at(0).record_id}]")

    section.reset_filters()
    type_text(section.text, "Асанова2")
    section.text.editingFinished.emit()
    assert section.model.total == 6  # Асанова2 and Асанова20 … Асанова24

    section.reset_filters()
    section.period.setChecked(True)
    today = QDate.currentDate()
    section.since.setDate(today.addDays(-1))
    section.until.setDate(today.addDays(1))
    assert section.model.total >= 36
    section.since.setDate(today.addDays(-10))
    section.until.setDate(today.addDays(-5))
    assert section.model.total == 0


def test_a_period_ending_before_it_begins_is_told_next_to_its_end(qtbot, context):
    log_of_two_users(context.database)
    section = shown_section(qtbot, context)
    section.period.setChecked(True)
    shown_before = section.model.total

    section.since.setDate(section.until.date().addDays(3))

    assert section.until_row.message_text()
    assert section.model.total == shown_before  # the last good list stays


def test_choosing_an_entry_shows_what_it_changed(qtbot, context):
    log_of_two_users(context.database)
    section = shown_section(qtbot, context)
    choose(section.action, AuditAction.DELETE.value)

    section.view.setCurrentIndex(section.model.index(0, 0))

    assert "surname: Бекова0" in section.details.toPlainText().splitlines()


def test_the_chain_check_finds_an_entry_edited_outside_the_program(qtbot, context):
    log_of_two_users(context.database)
    section = shown_section(qtbot, context, page_size=100)
    qtbot.mouseClick(section.chain_button, Qt.MouseButton.LeftButton)
    intact_text = section.chain_result.text()
    assert section.model.broken == set()
    with sqlite3.connect(context.database.path) as connection:
        victim = connection.execute("SELECT id FROM audit_entry WHERE user_name = 'Бакыт' ORDER BY id LIMIT 1").fetchone()[0]
        connection.execute("UPDATE audit_entry SET user_name = 'Айгүл' WHERE id = ?", (victim,))

    qtbot.mouseClick(section.chain_button, Qt.MouseButton.LeftButton)

    assert section.chain_result.text() != intact_text
    assert str(victim) in section.chain_result.text()
    assert section.model.broken == {victim}
    section.reset_filters()
    row = next(r for r in range(section.model.rowCount()) if section.model.row_at(r).id == victim)
    assert section.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).color() == BROKEN_BACKGROUND

