"""The audit log table: pages fetched from ``services.audit_log.browse`` as the view scrolls.

Only the first page is read when the filter changes; Qt asks for more (``canFetchMore`` /
``fetchMore``) when the user scrolls to the end. Entries written meanwhile shift the pages by a
few rows, so an entry already shown is not added twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.locale.labels import label
from bmb_desktop.services.audit_log import AuditFilter, AuditPage, AuditRow

COL_AT, COL_USER, COL_ACTION, COL_RECORD, COL_CHANGES = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("AuditLogModel", "When"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
    QT_TRANSLATE_NOOP("AuditLogModel", "What was done"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Record"),
    QT_TRANSLATE_NOOP("AuditLogModel", "Changed fields"),
)
PAGE_SIZE = 100
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
BROKEN_BACKGROUND = QColor("#f8d7d4")
AnyIndex = QModelIndex | QPersistentModelIndex
PageFetcher = Callable[[AuditFilter, int, int], AuditPage]  # (filter, page, page size)

# The records' tables in words; a table of a newer version is shown by its own name.
TABLE_NAMES = {
    "act": QT_TRANSLATE_NOOP("AuditTables", "Act"),
    "act_addressee": QT_TRANSLATE_NOOP("AuditTables", "Addressee of an act"),
    "act_participant": QT_TRANSLATE_NOOP("AuditTables", "Participant of an act"),
    "act_response": QT_TRANSLATE_NOOP("AuditTables", "Response to an act"),
    "agenda_item": QT_TRANSLATE_NOOP("AuditTables", "Agenda item"),
    "attachment": QT_TRANSLATE_NOOP("AuditTables", "Attached file"),
    "attendance": QT_TRANSLATE_NOOP("AuditTables", "Attendance at a meeting"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditTables", "Calendar day"),
    "conflict_declaration": QT_TRANSLATE_NOOP("AuditTables", "Conflict of interest"),
    "council_session": QT_TRANSLATE_NOOP("AuditTables", "Council session"),
    "decision": QT_TRANSLATE_NOOP("AuditTables", "Decision of a meeting"),
    "finding": QT_TRANSLATE_NOOP("AuditTables", "Finding of an act"),
    "formation_process": QT_TRANSLATE_NOOP("AuditTables", "Group formation"),
    "formation_step": QT_TRANSLATE_NOOP("AuditTables", "Step of the group formation"),
    "gathering_candidate": QT_TRANSLATE_NOOP("AuditTables", "Candidate of a gathering"),
    "indicator": QT_TRANSLATE_NOOP("AuditTables", "Indicator"),
    "indicator_measurement": QT_TRANSLATE_NOOP("AuditTables", "Measurement of an indicator"),
    "letter": QT_TRANSLATE_NOOP("AuditTables", "Letter"),
    "meeting": QT_TRANSLATE_NOOP("AuditTables", "Meeting"),
    "membership": QT_TRANSLATE_NOOP("AuditTables", "Membership in the group"),
    "monitored_object": QT_TRANSLATE_NOOP("AuditTables", "Monitored object"),
    "municipality": QT_TRANSLATE_NOOP("AuditTables", "Aiyl aimak"),
    "notice": QT_TRANSLATE_NOOP("AuditTables", "Notice"),
    "notice_board": QT_TRANSLATE_NOOP("AuditTables", "Notice board"),
    "person": QT_TRANSLATE_NOOP("AuditTables", "Person"),
    "plan": QT_TRANSLATE_NOOP("AuditTables", "Plan"),
    "plan_item": QT_TRANSLATE_NOOP("AuditTables", "Plan item"),
    "plan_item_method": QT_TRANSLATE_NOOP("AuditTables", "Method of a plan item"),
    "plan_item_responsible": QT_TRANSLATE_NOOP("AuditTables", "Responsible for a plan item"),
    "plan_proposal": QT_TRANSLATE_NOOP("AuditTables", "Proposal to the plan"),
    "plan_version": QT_TRANSLATE_NOOP("AuditTables", "Plan version"),
    "posting": QT_TRANSLATE_NOOP("AuditTables", "Posting of a notice"),
    "recommendation": QT_TRANSLATE_NOOP("AuditTables", "Recommendation"),
    "recommendation_note": QT_TRANSLATE_NOOP("AuditTables", "Note on a recommendation"),
    "recusal": QT_TRANSLATE_NOOP("AuditTables", "Recusal from a vote"),
    "regulation_profile": QT_TRANSLATE_NOOP("AuditTables", "Regulation of the group"),
    "resident_message": QT_TRANSLATE_NOOP("AuditTables", "Message of a resident"),
    "resolution": QT_TRANSLATE_NOOP("AuditTables", "Council resolution"),
    "summary_report": QT_TRANSLATE_NOOP("AuditTables", "Summary report"),
    "survey_result": QT_TRANSLATE_NOOP("AuditTables", "Survey result"),
    "village": QT_TRANSLATE_NOOP("AuditTables", "Village"),
}


def table_label(table: str) -> str:
    text = TABLE_NAMES.get(table)
    return QCoreApplication.translate("AuditTables", text) if text else table


def changed_fields(changes: dict) -> str:
    """The names of the fields an entry records, for the table's last column."""
    return ", ".join(sorted(changes)) if isinstance(changes, dict) else ""


def describe_changes(row: AuditRow) -> str:
    """What an entry records, one field a line: "field: before → after" for a change, the values
    alone for a record created or deleted (or a refused change), for the details under the table."""
    lines = []
    for name, values in sorted(row.changes.items()):
        before, after = values if isinstance(values, list) and len(values) == 2 else (None, values)
        if row.action is AuditAction.UPDATE:
            lines.append(f"{name}: {_shown(before)} → {_shown(after)}")
        else:
            lines.append(f"{name}: {_shown(before if after is None else after)}")
    return "\n".join(lines)


def _shown(value) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class AuditLogModel(QAbstractTableModel):
    def __init__(self, fetch: PageFetcher, parent=None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self.where = AuditFilter()
        self._rows: list[AuditRow] = []
        self._ids: set[int] = set()
        self._pages_read = 0
        self.total = 0
        self.broken: set[int] = set()

    def set_filter(self, where: AuditFilter) -> None:
        """Read the first page of the entries matching ``where`` (ValidationError if it is wrong)."""
        page = self._fetch(where, 1, self.page_size)
        self.beginResetModel()
        self.where, self._rows, self._ids = where, [], set()
        self._pages_read, self.total = 0, page.total
        self._take(page)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self.where)

    def mark_broken(self, entry_ids) -> None:
        self.broken = set(entry_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COL_CHANGES))

    def _take(self, page: AuditPage) -> list[AuditRow]:
        self._pages_read = page.page
        self.total = page.total
        fresh = [row for row in page.rows if row.id not in self._ids]
        self._rows.extend(fresh)
        self._ids.update(row.id for row in fresh)
        return fresh

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._pages_read * self.page_size < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch(self.where, self._pages_read + 1, self.page_size)
        fresh = [row for row in page.rows if row.id not in self._ids]
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._take(page)
            self.endInsertRows()
        else:
            self._take(page)

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditLogModel", COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.broken:
            return QBrush(BROKEN_BACKGROUND)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_AT:
            return row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S")
        if column == COL_USER:
            return row.user_name or "—"
        if column == COL_ACTION:
            return label(row.action)
        if column == COL_RECORD:
            return f"{table_label(row.table_name)} [{row.record_id}]"
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_changes(row)
        return changed_fields(row.changes)
