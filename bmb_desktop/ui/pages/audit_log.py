"""Settings: the audit log — who changed what and when, filtered, in pages, and its chain checked."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import AuditAction
from bmb_desktop.errors import ValidationError
from bmb_desktop.locale.labels import choices
from bmb_desktop.services.audit_log import AuditFilter, browse, table_names, user_names, verify_chain
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import ERROR_COLOUR, SAVED_COLOUR, FieldWithError
from bmb_desktop.ui.models.audit_log import COL_CHANGES, COL_RECORD, AuditLogModel, describe_changes, table_label

PERIOD_DAYS = 30  # the period offered when the user first narrows by dates


class AuditLogSection(QWidget):
    """Read only; loads its first page when first shown, so the window starts without it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._loaded = False
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.user, self.table, self.action = QComboBox(self), QComboBox(self), QComboBox(self)
        self.table.setMinimumContentsLength(18)
        self.user_label, self.table_label, self.action_label, self.text_label = QLabel(self), QLabel(self), QLabel(self), QLabel(self)
        self.period = QCheckBox(self)
        today = QDate(context.today())
        self.since, self.until = QDateEdit(today.addDays(-PERIOD_DAYS), self), QDateEdit(today, self)
        for editor in (self.since, self.until):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("dd.MM.yyyy")
            editor.setEnabled(False)
        self.until_row = FieldWithError(self.until, self)
        self.dash = QLabel("—", self)
        self.text = QLineEdit(self)
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(260)
        self.reset_button = QPushButton(self)
        self.model = AuditLogModel(self._fetch, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # more entries in sight
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RECORD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_CHANGES, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_RECORD, 300)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.count = QLabel(self)
        self.chain_button = QPushButton(self)
        self.chain_result = QLabel(self)
        self.chain_result.setWordWrap(True)
        self._lay_out()
        for combo in (self.user, self.table, self.action):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.period.toggled.connect(self._period_toggled)
        self.since.dateChanged.connect(self.apply_filter)
        self.until.dateChanged.connect(self.apply_filter)
        self.text.editingFinished.connect(self.apply_filter)
        self.reset_button.clicked.connect(self.reset_filters)
        self.chain_button.clicked.connect(self.check_chain)
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.model.rowsInserted.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.retranslate_ui()

    def _lay_out(self) -> None:
        filters = QGridLayout()
        filters.addWidget(self.user_label, 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(self.action_label, 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(self.period, 0, 4)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(self.dash)
        dates.addWidget(self.until_row)
        filters.addLayout(dates, 0, 5, Qt.AlignmentFlag.AlignLeft)
        filters.addWidget(self.table_label, 1, 0)
        filters.addWidget(self.table, 1, 1)
        filters.addWidget(self.text_label, 1, 2)
        filters.addWidget(self.text, 1, 3)
        filters.addWidget(self.reset_button, 1, 5, Qt.AlignmentFlag.AlignLeft)
        filters.setColumnStretch(6, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.chain_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.chain_result)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr("Every change to the data is written here with its time and the name from Settings. The entries are linked in a chain: a change made outside BMB Desktop breaks it."))
        self.user_label.setText(self.tr("User:"))
        self.table_label.setText(self.tr("Record:"))
        self.action_label.setText(self.tr("Action:"))
        self.text_label.setText(self.tr("Value:"))
        self.text.setPlaceholderText(self.tr("a word or number in the changes"))
        self.period.setText(self.tr("Period:"))
        self.reset_button.setText(self.tr("Show everything"))
        self.chain_button.setText(self.tr("Check the chain"))
        self.details.setPlaceholderText(self.tr("Choose an entry to see what it changed."))
        self._fill_choices()
        self._show_count()

    def _fill_choices(self) -> None:
        """The filter lists: fixed entries translated, users and tables from the log itself."""
        users, tables = [], []
        if self._loaded:
            with self.context.database.session() as session:
                users, tables = [name for name in user_names(session) if name], table_names(session)
        _refill(self.user, [(self.tr("Everyone"), "")] + [(name, name) for name in users])
        records = sorted(((table_label(name), name) for name in tables), key=lambda pair: pair[0].casefold())
        _refill(self.table, [(self.tr("All records"), "")] + records)
        _refill(self.action, [(self.tr("Any action"), "")] + [(text, action.value) for action, text in choices(AuditAction)])

    def showEvent(self, event) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        if not self._loaded:
            return
        self._fill_choices()
        self.apply_filter()

    def current_filter(self) -> AuditFilter:
        action = self.action.currentData()
        return AuditFilter(
            since=self.since.date().toPython() if self.period.isChecked() else None,
            until=self.until.date().toPython() if self.period.isChecked() else None,
            user_name=self.user.currentData() or "",
            actions=(AuditAction(action),) if action else (),
            table_name=self.table.currentData() or "",
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        if not self._loaded:
            return
        try:
            self.model.set_filter(self.current_filter())
        except ValidationError as error:
            self.until_row.set_message(error.problems.get("until", ""))
            return
        self.until_row.set_message("")
        self.details.clear()

    def reset_filters(self) -> None:
        for widget in (self.user, self.table, self.action, self.period, self.text):
            widget.blockSignals(True)
        self.user.setCurrentIndex(0)
        self.table.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.period.setChecked(False)
        self._period_toggled(False, apply=False)
        self.text.clear()
        for widget in (self.user, self.table, self.action, self.period, self.text):
            widget.blockSignals(False)
        self.apply_filter()

    def _period_toggled(self, on: bool, *, apply: bool = True) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        if apply:
            self.apply_filter()

    def _fetch(self, where: AuditFilter, page: int, page_size: int):
        with self.context.database.session() as session:
            return browse(session, where=where, page=page, page_size=page_size)

    def _row_chosen(self, current, _previous) -> None:
        self.details.setPlainText(describe_changes(self.model.row_at(current.row())) if current.isValid() else "")

    def _show_count(self, *_args) -> None:
        text = self.tr("Shown %1 of %2 entries; more are read as you scroll down.") if self.model.canFetchMore() else self.tr("Shown %1 of %2 entries.")
        self.count.setText(text.replace("%1", str(self.model.rowCount())).replace("%2", str(self.model.total)))

    def check_chain(self) -> None:
        def work():
            with self.context.database.session() as session:
                return verify_chain(session)

        self.context.tasks.run(work, on_result=self._chain_checked, busy_parent=self, busy_text=self.tr("Checking the audit log…"))

    def _chain_checked(self, report) -> None:
        self.model.mark_broken(report.broken)
        colour = SAVED_COLOUR if report.intact else ERROR_COLOUR
        self.chain_result.setStyleSheet(f"color: {colour};")
        self.chain_result.setText(report.message())


def _refill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Replace a combo's entries and keep the chosen one, without signalling a change."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    combo.blockSignals(False)

