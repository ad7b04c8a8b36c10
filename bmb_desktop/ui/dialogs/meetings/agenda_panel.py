"""The agenda: items in order, each with what was heard (УГУЛДУ) and said (СҮЙЛӨДҮ), and its decisions.

Items and decisions are saved as they are finished, through ``services.meeting_agenda``; an item's
texts are saved before another item is chosen, and stay on screen when the service refuses them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.meeting_agenda import add_agenda_item, move_agenda_item, remove_agenda_item, update_agenda_item
from bmb_desktop.services.meeting_editing import AgendaRow, agenda_rows
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.meetings.decisions_box import DecisionsBox
from bmb_desktop.ui.dialogs.meetings.questions import confirm_removal
from bmb_desktop.ui.errors import FieldWithError, show_error

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_WIDTH = 270


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _text_box(parent: QWidget, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class AgendaPanel(QWidget):
    changed = Signal()  # an item or a decision was saved

    def __init__(self, context: AppContext, ensure_saved: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.ensure_saved = context, ensure_saved
        self.meeting_id: int | None = None
        self.kind = MeetingKind.GROUP_MEETING
        self.meeting_date: date | None = None
        self.rows: list[AgendaRow] = []
        self.current_item_id: int | None = None
        self.editing_new = False
        self.dirty = False
        self.read_only = False
        self._loading = False
        self.items = QListWidget(self)
        self.items.setWordWrap(True)
        self.items.setSpacing(2)
        self.add_button, self.up_button = QPushButton(self), QPushButton("↑", self)
        self.down_button, self.remove_button = QPushButton("↓", self), QPushButton(self)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(36)
        self.item_heading = _bold(QLabel(self))
        self.title, self.heard, self.spoke = _text_box(self, 44), _text_box(self, 60), _text_box(self, 60)
        self.title.setMaximumHeight(56)  # two lines: an item is a heading, the account goes below
        self.title_row = FieldWithError(self.title, self)
        self.title_label, self.heard_label, self.spoke_label = QLabel(self), QLabel(self), QLabel(self)
        self.save_item_button = QPushButton(self)
        self.item_status = QLabel(self)
        self.decisions = DecisionsBox(context, self._item_for_decision, self)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6b73;")
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.items, 1)
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            item_buttons.addWidget(button)
        left_layout.addLayout(item_buttons)
        texts = QFormLayout()
        texts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        texts.addRow(self.title_label, self.title_row)
        texts.addRow(self.heard_label, self.heard)
        texts.addRow(self.spoke_label, self.spoke)
        save_row = QHBoxLayout()
        save_row.addWidget(self.item_status, 1)
        save_row.addWidget(self.save_item_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.item_heading)
        right_layout.addLayout(texts, 3)
        right_layout.addLayout(save_row)
        right_layout.addWidget(self.decisions, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.items.currentRowChanged.connect(self._item_chosen)
        for box in (self.title, self.heard, self.spoke):
            box.textChanged.connect(self._texts_edited)
        self.add_button.clicked.connect(self.add_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(lambda: self.remove_item())
        self.save_item_button.clicked.connect(self.save_item)
        self.decisions.changed.connect(self._decisions_changed)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add item"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move the item up"))
        self.down_button.setToolTip(self.tr("Move the item down"))
        self.title_label.setText(self.tr("Agenda item"))
        self.heard_label.setText(self.tr("Heard"))
        self.spoke_label.setText(self.tr("Spoke"))
        self.heard.setPlaceholderText(self.tr("Who reported and what about, e.g. G. Kandarova, chair of the group, on the draft act"))
        self.spoke.setPlaceholderText(self.tr("Who spoke in the discussion and what they said"))
        self.save_item_button.setText(self.tr("Save item"))
        self.decisions.retranslate_ui()
        self.empty.setText(self.tr("The agenda is empty. Add the first item: what was discussed, who reported and what was decided."))
        self._show_heading()

    # --- loading --------------------------------------------------------------------------------------

    def load(self, meeting_id: int | None, kind: MeetingKind, meeting_date: date | None, *, select_item: int | None = None) -> None:
        self.meeting_id, self.kind, self.meeting_date = meeting_id, kind, meeting_date
        self.decisions.kind, self.decisions.meeting_date = kind, meeting_date
        self.rows = []
        if meeting_id is not None:
            with self.context.database.session() as session:
                self.rows = agenda_rows(session, meeting_id)
        self._loading = True
        self.items.clear()
        for row in self.rows:
            item = QListWidgetItem(f"{row.position}. {' '.join(row.title.split())}", self.items)
            item.setData(ID_ROLE, row.item_id)
            item.setToolTip(row.title)
        keep = select_item if select_item is not None else self.current_item_id
        row = next((i for i, r in enumerate(self.rows) if r.item_id == keep), 0 if self.rows else -1)
        self.items.setCurrentRow(row)
        self._loading = False
        self.editing_new = False
        self._item_chosen(row, force=True)
        self.empty.setVisible(not self.rows and not self.read_only)

    def row(self, item_id: int | None) -> AgendaRow | None:
        return next((r for r in self.rows if r.item_id == item_id), None)

    def _item_chosen(self, list_row: int, *, force: bool = False) -> None:
        if self._loading:
            return
        chosen = self.rows[list_row] if 0 <= list_row < len(self.rows) else None
        chosen_id = chosen.item_id if chosen else None
        if not force and chosen_id == self.current_item_id and not self.editing_new:
            return
        if not force and self.dirty and not self.save_item(reload=False):
            self._select_quietly(self.current_item_id)  # the refused texts stay for correction
            return
        self.editing_new = False
        self.current_item_id = chosen_id
        self._show_item(chosen)

    def _select_quietly(self, item_id: int | None) -> None:
        self._loading = True
        index = next((i for i, r in enumerate(self.rows) if r.item_id == item_id), -1)
        self.items.setCurrentRow(index)
        self._loading = False

    def _show_item(self, row: AgendaRow | None) -> None:
        self._loading = True
        self.title.setPlainText(row.title if row else "")
        self.heard.setPlainText(row.heard if row else "")
        self.spoke.setPlainText(row.spoke if row else "")
        self._loading = False
        self.dirty = False
        self.title_row.set_message("")
        self.item_status.clear()
        self.decisions.set_rows(row.item_id if row else None, row.decisions if row else ())
        self._show_heading()
        self._update_buttons()

    def _show_heading(self) -> None:
        row = self.row(self.current_item_id)
        if self.editing_new:
            self.item_heading.setText(self.tr("New agenda item"))
        elif row is not None:
            self.item_heading.setText(self.tr("Agenda item %1").replace("%1", str(row.position)))
        else:
            self.item_heading.setText("")

    def _texts_edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.item_status.setText(self.tr("Not saved yet"))
        self.item_status.setStyleSheet("color: #b26a00;")
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        editable = not self.read_only
        has_item = self.current_item_id is not None
        for box in (self.title, self.heard, self.spoke):
            box.setReadOnly(not editable or (not has_item and not self.editing_new))
        self.add_button.setEnabled(editable)
        position = self.row(self.current_item_id).position if has_item else 0
        self.up_button.setEnabled(editable and has_item and position > 1)
        self.down_button.setEnabled(editable and has_item and position < len(self.rows))
        self.remove_button.setEnabled(editable and has_item)
        self.save_item_button.setEnabled(editable and (self.dirty or self.editing_new))
        self.decisions.set_state(read_only=not editable, can_add=has_item or self.editing_new)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.empty.setVisible(not self.rows and not read_only)
        self._update_buttons()

    # --- items ----------------------------------------------------------------------------------------

    def commit_pending(self) -> bool:
        """Save the texts of the item on screen, if changed; False when the service refused them."""
        return self.save_item(reload=True) if self.dirty else True

    def add_item(self) -> None:
        if not self.commit_pending():
            return
        if self.ensure_saved() is None:
            return
        self._select_quietly(None)
        self.current_item_id = None
        self.editing_new = True
        self._show_item(None)
        self.editing_new = True
        self._show_heading()
        self._update_buttons()
        self.title.setFocus()

    def save_item(self, *, reload: bool = True) -> bool:
        title, heard, spoke = self.title.toPlainText(), self.heard.toPlainText(), self.spoke.toPlainText()
        if self.editing_new and not (title.strip() or heard.strip() or spoke.strip()):
            return True  # nothing typed for the new item: nothing to keep
        meeting_id = self.ensure_saved()
        if meeting_id is None:
            return False
        try:
            with self.context.database.session() as session:
                if self.current_item_id is None:
                    item_id = add_agenda_item(session, meeting_id, title=title, heard=heard, spoke=spoke).id
                else:
                    item_id = update_agenda_item(session, self.current_item_id, title=title, heard=heard, spoke=spoke).id
        except ValidationError as error:
            self.title_row.set_message(error.problems.get("title", "\n".join(error.problems.values())))
            self.item_status.setText(self.tr("Not saved: correct the field marked in red."))
            self.item_status.setStyleSheet("color: #b3261e;")
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.dirty, self.editing_new, self.current_item_id = False, False, item_id
        if reload:
            self.load(meeting_id, self.kind, self.meeting_date, select_item=item_id)
        self.item_status.setText(self.tr("Saved."))
        self.item_status.setStyleSheet("color: #1b6e2d;")
        self.changed.emit()
        return True

    def move_item(self, step: int) -> None:
        row = self.row(self.current_item_id)
        if row is None or not self.commit_pending():
            return
        self._call(move_agenda_item, row.item_id, position=row.position + step)

    def remove_item(self, *, confirm: bool = True) -> None:
        row = self.row(self.current_item_id)
        if row is None:
            return
        question = self.tr("Remove agenda item %1 with its decisions?").replace("%1", str(row.position))
        if confirm and not confirm_removal(self, question, self.tr("Remove")):
            return
        self.dirty = False
        self.current_item_id = None
        self._call(remove_agenda_item, row.item_id)

    def _call(self, operation, *args, **kwargs) -> None:
        try:
            with self.context.database.session() as session:
                operation(session, *args, **kwargs)
        except UserError as error:
            show_error(self, error)
            return
        self.load(self.meeting_id, self.kind, self.meeting_date)
        self.changed.emit()

    # --- decisions ------------------------------------------------------------------------------------

    def _item_for_decision(self) -> int | None:
        """The item a decision belongs to, its texts saved first; None when they were refused."""
        if not self.commit_pending() or (self.editing_new and not self.save_item()):
            return None
        return self.current_item_id

    def _decisions_changed(self) -> None:
        self.load(self.meeting_id, self.kind, self.meeting_date)
        self.changed.emit()
