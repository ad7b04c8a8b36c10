"""The letters tab: information requests (P8, with their answer's due day in colour), advance notices of
a monitoring (P7) and cover letters of acts; new ones from their ready-made texts, editing, printing."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import LetterKind
from bmb_desktop.services.act_register import LetterRow, letter_register
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.models.acts import L_ADDRESSEE, L_ANSWER, L_KIND, L_SUBJECT, LettersModel
from bmb_desktop.ui.models.rows import SORT_ROLE
from bmb_desktop.ui.pages.base import empty_state_label
from bmb_desktop.ui.pages.tables import register_table, select_source_row, selected_item

WIDTHS = {L_KIND: 180, L_ADDRESSEE: 240, L_ANSWER: 230}


class LettersTab(QWidget):
    open_act = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = self.preview = None
        self.model = LettersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.request_button, self.notice_button = QPushButton(self), QPushButton(self)
        self.cover_button, self.open_button, self.print_button = QPushButton(self), QPushButton(self), QPushButton(self)
        self.table = register_table(self, self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in WIDTHS:  # the long ones are cut short with "…"; the tooltip shows them whole
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(L_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.empty = empty_state_label(self)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        actions = QHBoxLayout()
        for button in (self.request_button, self.notice_button, self.cover_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)
        self.request_button.clicked.connect(lambda: self.new_letter(LetterKind.INFORMATION_REQUEST))
        self.notice_button.clicked.connect(lambda: self.new_letter(LetterKind.MONITORING_NOTICE))
        self.cover_button.clicked.connect(lambda: self.new_letter(LetterKind.ACT_COVER_LETTER))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.proxy.modelReset.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.request_button.setText(self.tr("New information request…"))
        self.request_button.setToolTip(self.tr("The object answers within ten days of receiving it"))
        self.notice_button.setText(self.tr("New monitoring notice…"))
        self.notice_button.setToolTip(self.tr("Advance notice of a planned monitoring to the object and stakeholders"))
        self.cover_button.setText(self.tr("New cover letter…"))
        self.cover_button.setToolTip(self.tr("The letter sending an issued act to one of its addressees"))
        self.open_button.setText(self.tr("Open…"))
        self.print_button.setText(self.tr("Print…"))
        self.empty.setText(self.tr(
            "No letters yet: information requests to objects, advance notices of monitoring and cover letters of acts."
        ))
        self.model.refresh_texts()

    def refresh(self) -> None:
        chosen = self.selected()
        with self.context.database.session() as session:
            rows = letter_register(session, self.context.municipality_id, today=self.context.today())
        self.model.set_rows(rows)
        self.body.setCurrentWidget(self.table if rows else self.empty)
        for column, width in WIDTHS.items():
            self.table.horizontalHeader().resizeSection(column, width)
        if chosen is not None:
            self.select(chosen.letter_id)
        self._update_buttons()

    def selected(self) -> LetterRow | None:
        return selected_item(self.table)

    def select(self, letter_id: int) -> None:
        select_source_row(self.table, self.model.row_of(letter_id))

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen)

    def new_letter(self, kind: LetterKind) -> None:
        from bmb_desktop.ui.dialogs.acts.new_letter_dialog import NewLetterDialog

        self.dialog = NewLetterDialog(self.context, kind, self)
        self.dialog.accepted.connect(lambda: self.open_letter(self.dialog.letter_id))
        self.dialog.open()

    def open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_letter(chosen.letter_id)

    def open_letter(self, letter_id: int) -> None:
        from bmb_desktop.ui.dialogs.acts.letter_dialog import LetterDialog

        self.refresh()
        self.select(letter_id)
        self.dialog = LetterDialog(self.context, letter_id, self)
        self.dialog.saved.connect(lambda _id: self.refresh())
        self.dialog.finished.connect(lambda _result: self.refresh())
        self.dialog.open()

    def print_selected(self) -> None:
        from bmb_desktop.ui.dialogs.acts.printing import print_letter

        chosen = self.selected()
        if chosen is not None:
            print_letter(self.context, self, chosen.letter_id, chosen.number)
