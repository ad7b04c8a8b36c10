"""The municipality's notice boards: added, renamed, put in the order forms list them, taken out of use.

A board that carried notices cannot be deleted (``notice_boards.delete_board`` says so): it is taken
out of use, and the postings it carried keep their place in the log.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.services.notice_boards import board_listing, boards, delete_board, reorder_boards, update_board
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.errors import show_error
from bmb_desktop.ui.models.notices import COL_LOCATION, COL_NAME, BoardRow, BoardsModel
from bmb_desktop.ui.pages.base import note_label


class BoardsTab(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.note = note_label(self)
        self.model = BoardsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_LOCATION, QHeaderView.ResizeMode.Stretch)
        self.add_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.use_button, self.delete_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_board)
        self.edit_button.clicked.connect(self.edit_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.use_button.clicked.connect(self.toggle_use)
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "The boards where the aiyl okmotu posts its notices, in the order the posting form lists them. "
            "A board that carried notices is not deleted but taken out of use, so the posting log keeps it."
        ))
        self.add_button.setText(self.tr("Add board…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.delete_button.setText(self.tr("Delete…"))
        self.model.refresh_texts()
        self._update_buttons()

    def refresh(self) -> None:
        chosen = self.selected()
        with self.context.database.session() as session:
            hanging = {row[0]: row[5] for row in board_listing(session, self.context.municipality_id).rows}
            rows = [
                BoardRow(board.id, board.position, board.name, board.location, board.in_use, hanging.get(board.id, 0))
                for board in boards(session, self.context.municipality_id)
            ]
        self.model.set_rows(rows)
        self.table.horizontalHeader().resizeSection(COL_NAME, 300)
        if chosen is not None:
            self.select(chosen.board_id)

    def selected(self) -> BoardRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, board_id: int) -> None:
        row = self.model.row_of(board_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected()
        row = self.model.row_of(chosen.board_id) if chosen else -1
        for button in (self.edit_button, self.use_button, self.delete_button):
            button.setEnabled(chosen is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.use_button.setText(
            self.tr("Put back in use") if chosen is not None and not chosen.in_use else self.tr("Take out of use")
        )

    # --- actions -------------------------------------------------------------------------------------

    def add_board(self) -> None:
        from bmb_desktop.ui.dialogs.notices.board_dialog import BoardDialog

        self.dialog = BoardDialog(self.context, parent=self)
        self.dialog.accepted.connect(lambda: self._changed(self.dialog.board_id))
        self.dialog.open()

    def edit_selected(self) -> None:
        from bmb_desktop.ui.dialogs.notices.board_dialog import BoardDialog

        chosen = self.selected()
        if chosen is None:
            return
        self.dialog = BoardDialog(self.context, board_id=chosen.board_id, parent=self)
        self.dialog.accepted.connect(lambda: self._changed(chosen.board_id))
        self.dialog.open()

    def move_selected(self, step: int) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        order = [row.board_id for row in self.model.rows()]
        index = order.index(chosen.board_id)
        target = index + step
        if not 0 <= target < len(order):
            return
        order[index], order[target] = order[target], order[index]
        if self._run(lambda session: reorder_boards(session, self.context.municipality_id, order)):
            self._changed(chosen.board_id)

    def toggle_use(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        done = self._run(lambda session: update_board(
            session, self.context.municipality_id, chosen.board_id, name=chosen.name, location=chosen.location,
            in_use=not chosen.in_use,
        ))  # fmt: skip
        if done:
            self._changed(chosen.board_id)

    def delete_selected(self, *, confirm: bool = True) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.window().windowTitle(),
                              self.tr("Delete the notice board «%1»?").replace("%1", chosen.name), parent=self)  # fmt: skip
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return
        if self._run(lambda session: delete_board(session, self.context.municipality_id, chosen.board_id)):
            self._changed(None)

    def _run(self, work) -> bool:
        try:
            with self.context.database.session() as session:
                work(session)
        except UserError as error:
            show_error(self, error)
            return False
        return True

    def _changed(self, board_id: int | None) -> None:
        self.refresh()
        if board_id is not None:
            self.select(board_id)
        self.changed.emit()
