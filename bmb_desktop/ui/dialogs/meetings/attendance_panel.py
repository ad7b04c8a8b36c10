"""Who came to the meeting, ticked member by member, with the quorum line following every tick (M2)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from bmb_desktop.domain.enums import MeetingKind
from bmb_desktop.domain.meetings import quorum_reached
from bmb_desktop.services.meeting_summary import Attendee
from bmb_desktop.ui.errors import ERROR_COLOUR, FieldWithError
from bmb_desktop.ui.models.meetings import ATT_NAME, ATT_NOTE, ATT_ROLE, AttendanceModel

QUORUM_COLOUR = "#1b6e2d"


class AttendancePanel(QWidget):
    """The members active on the meeting date; at a group meeting the absent ones may carry a reason."""

    edited = Signal()

    def __init__(self, kind: MeetingKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.marked = False  # whether attendance was recorded or ticked: no verdict before that
        self.model = AttendanceModel(self)
        self.model.notes_apply = kind is MeetingKind.GROUP_MEETING
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.quorum_line = QLabel(self)
        self.quorum_line.setWordWrap(True)
        quorum_font = QFont(self.quorum_line.font())
        quorum_font.setBold(True)
        quorum_font.setPointSizeF(quorum_font.pointSizeF() * 1.1)
        self.quorum_line.setFont(quorum_font)
        self.rule_line = QLabel(self)
        self.rule_line.setWordWrap(True)
        self.rule_line.setStyleSheet("color: #5f6b73;")
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ATT_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ATT_ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setColumnHidden(ATT_NOTE, kind is not MeetingKind.GROUP_MEETING)
        self.messages = FieldWithError(self.table, self)
        self.all_button, self.none_button = QPushButton(self), QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.quorum_line)
        layout.addWidget(self.rule_line)
        layout.addWidget(self.messages, 1)
        layout.addLayout(buttons)
        self.model.marks_changed.connect(self._marks_changed)
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))

    def retranslate_ui(self) -> None:
        group_meeting = self.kind is MeetingKind.GROUP_MEETING
        self.heading.setText(self.tr("Attendance"))
        self.all_button.setText(self.tr("Everyone present"))
        self.none_button.setText(self.tr("Clear the marks"))
        self.table.setToolTip(self.tr("Tick the members present; double-click the reason to type why a member was absent")
                              if group_meeting else self.tr("Tick the members of the group who took part"))
        self.update_quorum()

    def set_attendees(self, attendees: tuple[Attendee, ...], *, keep_marks: bool = False) -> None:
        self.model.set_attendees(attendees, keep_marks=keep_marks)
        if not keep_marks:
            self.marked = any(a.present is not None for a in attendees)
        self.table.resizeColumnToContents(ATT_ROLE)
        self.update_quorum()

    def _marks_changed(self) -> None:
        self.marked = True
        self.messages.set_message("")
        self.update_quorum()
        self.edited.emit()

    def quorum(self) -> bool | None:
        """The quorum of the marks as ticked now; None where no quorum applies."""
        if self.kind is not MeetingKind.GROUP_MEETING:
            return None
        return quorum_reached(len(self.model.present_ids()), self.model.membership())

    def update_quorum(self) -> None:
        present, membership = len(self.model.present_ids()), self.model.membership()
        quorum = self.quorum()
        if quorum is None:
            text = self.tr("Members of the group present: %1").replace("%1", str(present))
            self.quorum_line.setStyleSheet("")
            self.rule_line.setText(self.tr("No quorum applies: only the group's own meetings need one."))
        elif membership == 0:
            text = self.tr("The group had no members on this date.")
            self.quorum_line.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.rule_line.clear()
        elif not self.marked:
            text = self.tr("Attendance is not marked yet: tick the members present.")
            self.quorum_line.setStyleSheet("color: #4a4a4a;")
            self.rule_line.setText(self._rule_text(membership))
        else:
            if quorum:
                text = self.tr("%1 of %2 members present — quorum reached")
            else:
                text = self.tr("%1 of %2 members present — no quorum: the decisions are invalid")
            text = text.replace("%1", str(present)).replace("%2", str(membership))
            self.quorum_line.setStyleSheet(f"color: {QUORUM_COLOUR if quorum else ERROR_COLOUR};")
            self.rule_line.setText(self._rule_text(membership))
        self.quorum_line.setText(text)

    def _rule_text(self, membership: int) -> str:
        needed = next(n for n in range(membership + 1) if quorum_reached(n, membership))
        text = self.tr("A quorum is more than half of all members: at least %1 of %2.")
        return text.replace("%1", str(needed)).replace("%2", str(membership))

    def show_problem(self, text: str) -> None:
        self.messages.set_message(text)

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.all_button.setEnabled(not read_only)
        self.none_button.setEnabled(not read_only)
