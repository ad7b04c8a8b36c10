"""A notice board of the municipality: its name, where it stands, and whether it is still in use."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from bmb_desktop.services.notice_boards import LOCATION_LENGTH, NAME_LENGTH, add_board, get_board, update_board
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.form_dialog import FormDialog


class BoardDialog(FormDialog):
    """A new board, or the board ``board_id`` to rename, move or take out of use."""

    def __init__(self, context: AppContext, *, board_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.board_id = context, board_id
        self.name = self.add_field("name", QLineEdit(self))
        self.name.setMaxLength(NAME_LENGTH)
        self.location = self.add_field("location", QLineEdit(self))
        self.location.setMaxLength(LOCATION_LENGTH)
        self.in_use = self.add_field("in_use", QCheckBox(self))
        self.in_use.setChecked(True)
        if board_id is not None:
            with context.database.session() as session:
                board = get_board(session, context.municipality_id, board_id)
                self.name.setText(board.name)
                self.location.setText(board.location)
                self.in_use.setChecked(board.in_use)
        else:
            self.form.setRowVisible(self.rows["in_use"], False)  # a new board is in use
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New notice board") if self.board_id is None else self.tr("Notice board"))
        self.labels["name"].setText(self.tr("Name"))
        self.labels["location"].setText(self.tr("Where it stands"))
        self.labels["in_use"].setText(self.tr("In use"))
        self.in_use.setText(self.tr("notices are posted on it"))
        self.in_use.setToolTip(self.tr(
            "A board that carried notices is never deleted: take it out of use and its postings keep their place"
        ))
        self.name.setPlaceholderText(self.tr("e.g. Notice board of the school"))
        self.location.setPlaceholderText(self.tr("e.g. Masy village, entrance of the aiyl okmotu building"))
        self.retranslate_buttons(self.tr("Add the board") if self.board_id is None else self.tr("Save"))

    def submit(self) -> None:
        with self.context.database.session() as session:
            if self.board_id is None:
                self.board_id = add_board(
                    session, self.context.municipality_id, name=self.name.text(), location=self.location.text()
                ).id
            else:
                update_board(
                    session, self.context.municipality_id, self.board_id, name=self.name.text(),
                    location=self.location.text(), in_use=self.in_use.isChecked(),
                )  # fmt: skip
