"""What the findings and the recommendations panels share: a numbered list beside an editor of the
chosen part, with add, remove and move; every edit is saved through the autosaver.

Each edit schedules a save carrying the values as they are at that moment, so switching to
another part never sends one part's text to another.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.errors import UserError
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.questions import confirm as ask
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError, show_error
from bmb_desktop.ui.pages.base import empty_state_label

ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_LENGTH = 90


def preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PREVIEW_LENGTH else text[: PREVIEW_LENGTH - 1].rstrip() + "…"


class PartsPanel(QWidget):
    changed = Signal()  # a part was added, removed or moved: the editor reads the act again

    KEY = ""  # the autosaver key prefix and the issue problems' prefix ("findings")

    def __init__(self, context: AppContext, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.autosaver = context, autosaver
        self.act_id: int | None = None
        self.parts: list = []
        self.read_only = False
        self._loading = False
        self._select_id: int | None = None
        self.problems: dict[str, str] = {}
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problem.hide()
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.remove_button, self.up_button, self.down_button = QPushButton(self), QPushButton("↑", self), QPushButton("↓", self)
        self.add_buttons: list[QPushButton] = []
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.part_message = QLabel(self)
        self.part_message.setWordWrap(True)
        self.part_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.part_message.hide()
        self.editor_page = QWidget(self)
        editor_layout = QVBoxLayout(self.editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.part_message)
        editor_layout.addLayout(self.form, 1)
        self.nothing = empty_state_label(self)
        self.editor_stack = QStackedWidget(self)
        self.editor_stack.addWidget(self.editor_page)
        self.editor_stack.addWidget(self.nothing)
        self.labels: dict[str, QLabel] = {}
        self.rows: dict[str, FieldWithError] = {}

    def finish_layout(self) -> None:
        """Called by the subclass once its add buttons and fields exist."""
        buttons = QHBoxLayout()
        for button in (*self.add_buttons, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("↓") + 28)
            buttons.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor_stack)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        self.list.currentRowChanged.connect(self._current_changed)
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self._update_buttons()

    def add_field(self, name: str, editor: QWidget) -> QWidget:
        self.labels[name] = QLabel(self)
        self.rows[name] = FieldWithError(editor, self)
        self.form.addRow(self.labels[name], self.rows[name])
        return editor

    # --- what a subclass provides -------------------------------------------------------------------

    def parts_of(self, view) -> list:
        raise NotImplementedError

    def part_id(self, part) -> int:
        raise NotImplementedError

    def item_text(self, part, values: dict | None = None) -> str:
        raise NotImplementedError

    def show_part(self, part) -> None:
        raise NotImplementedError

    def editor_values(self) -> dict:
        raise NotImplementedError

    def update_part(self, session, part_id: int, **values) -> None:
        raise NotImplementedError

    def remove_part(self, session, part_id: int) -> None:
        raise NotImplementedError

    def move_part(self, session, part_id: int, position: int) -> None:
        raise NotImplementedError

    def set_editors_read_only(self, read_only: bool) -> None:
        raise NotImplementedError

    # --- showing ------------------------------------------------------------------------------------

    def set_view(self, view) -> None:
        chosen = self._select_id if self._select_id is not None else self.current_id()
        self._select_id = None
        self.act_id = view.act_id
        self.parts = self.parts_of(view)
        self._loading = True
        self.list.clear()
        for part in self.parts:
            item = QListWidgetItem(self.item_text(part), self.list)
            item.setData(ID_ROLE, self.part_id(part))
        self._loading = False
        ids = [self.part_id(part) for part in self.parts]
        row = ids.index(chosen) if chosen in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        self._current_changed(row)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_part(self):
        part_id = self.current_id()
        return next((part for part in self.parts if self.part_id(part) == part_id), None)

    def _current_changed(self, _row: int) -> None:
        if self._loading:
            return
        part = self.current_part()
        self.editor_stack.setCurrentWidget(self.editor_page if part is not None else self.nothing)
        if part is not None:
            self._loading = True
            try:
                self.show_part(part)
            finally:
                self._loading = False
            self._show_part_problem()
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.list.currentRow(), self.list.count()
        editable = not self.read_only
        for button in self.add_buttons:
            button.setVisible(editable)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setVisible(editable)
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.set_editors_read_only(read_only)
        self._update_buttons()

    # --- editing ------------------------------------------------------------------------------------

    def edited(self, *_args) -> None:
        """A field of the chosen part changed: show it in the list and save it after the pause."""
        if self._loading or self.read_only:
            return
        part_id, values = self.current_id(), self.editor_values()
        if part_id is None:
            return
        self.list.currentItem().setText(self.item_text(self.current_part(), values))
        self.autosaver.schedule(f"{self.KEY}:{part_id}", partial(self._save, part_id, values))

    def _save(self, part_id: int, values: dict) -> None:
        with self.context.database.session() as session:
            self.update_part(session, part_id, **values)
        self.parts = [self.replaced(part, values) if self.part_id(part) == part_id else part for part in self.parts]

    def replaced(self, part, values: dict):
        """The part with the saved values, so that coming back to it shows them."""
        from dataclasses import replace

        return replace(part, **values)

    def add_with(self, create) -> None:
        """Save what is pending, then ``create(session)`` the new part and select it once shown."""
        if not self.autosaver.flush():
            return
        try:
            with self.context.database.session() as session:
                self._select_id = create(session).id
        except UserError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def remove_question(self) -> str:
        raise NotImplementedError

    def remove_current(self, *, confirm: bool = True) -> None:
        part_id = self.current_id()
        if part_id is None or not self.autosaver.flush():
            return
        if confirm and not ask(self, self.remove_question(), self.tr("Remove"), self.tr("Cancel")):
            return
        try:
            with self.context.database.session() as session:
                self.remove_part(session, part_id)
        except UserError as error:
            show_error(self, error)
            return
        self.changed.emit()

    def move_current(self, step: int) -> None:
        part_id, row = self.current_id(), self.list.currentRow()
        if part_id is None or not self.autosaver.flush():
            return
        try:
            with self.context.database.session() as session:
                self.move_part(session, part_id, row + 1 + step)
        except UserError as error:
            show_error(self, error)
            return
        self._select_id = part_id
        self.changed.emit()

    # --- problems -----------------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        """The issue check's messages: the list's own at the top, each part's in red in the list."""
        self.problems = problems
        general = problems.get(self.KEY, "")
        self.problem.setText(general)
        self.problem.setVisible(bool(general))
        for row in range(self.list.count()):
            text = problems.get(f"{self.KEY}.{row + 1}", "")
            item = self.list.item(row)
            item.setForeground(QBrush(QColor(ERROR_COLOUR)) if text else QBrush())
            item.setToolTip(text)
        self._show_part_problem()

    def _show_part_problem(self) -> None:
        text = self.problems.get(f"{self.KEY}.{self.list.currentRow() + 1}", "") if self.list.currentRow() >= 0 else ""
        self.part_message.setText(text)
        self.part_message.setVisible(bool(text))
