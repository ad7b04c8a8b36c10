"""The notice editor: the kind and what the notice announces, "Fill from the data" for the ready text,
the secretary's own edits, the paper with the readability hint, saving and printing the poster.

A new notice of a kind with a ready text opens already written from the data; from then on the text
is the secretary's, and a fresh one replaces it only when she asks and confirms. Closing with
unsaved changes asks first, so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from bmb_desktop.domain.enums import NoticeKind
from bmb_desktop.errors import UserError, ValidationError
from bmb_desktop.services.notices import NoticeDraft, create_notice, delete_notice, draft_of, get_notice, update_notice
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.notices.links import link_choices
from bmb_desktop.ui.dialogs.notices.notice_form import NoticeForm
from bmb_desktop.ui.dialogs.notices.poster_check import PosterCheck
from bmb_desktop.ui.dialogs.sizing import fitting_size
from bmb_desktop.ui.errors import ERROR_COLOUR, show_error
from bmb_desktop.ui.pages.base import heading_label
from bmb_desktop.ui.retranslating import Retranslating

DEFAULT_SIZE = QSize(1120, 660)
GOOD_STYLE = "color: #1b6e2d;"
HINT_STYLE = "color: #7a4a00; background: #fff4e0; border: 1px solid #f0d3a0; border-radius: 4px; padding: 4px;"
MUTED_STYLE = "color: #5f6b73;"


class NoticeEditor(Retranslating, QDialog):
    saved = Signal(int)
    deleted = Signal(int)

    def __init__(
        self, context: AppContext, *, notice_id: int | None = None, kind: NoticeKind = NoticeKind.FREE,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.context, self.notice_id = context, notice_id
        self.dirty = False
        self.readable: bool | None = None  # of the last text measured
        self.preview = None
        self._filled: tuple[str, str] | None = None  # the last text written from the data
        self.heading = heading_label(self)
        self.form = NoticeForm(self)
        self.check = PosterCheck(context, self)
        self.paper_hint = QLabel(self)
        self.paper_hint.setWordWrap(True)
        self.form.data_form.addRow("", self.paper_hint)
        self.fill_button = QPushButton(self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.delete_button, self.print_button = QPushButton(self), QPushButton(self)
        self.save_button, self.close_button = QPushButton(self), QPushButton(self)
        self.save_button.setDefault(True)
        self._lay_out()
        self._connect()
        self._load(kind)
        self.retranslate_ui()
        self.resize(fitting_size(parent, DEFAULT_SIZE, margin=QSize(40, 20)))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.fill_button, 0, Qt.AlignmentFlag.AlignBottom)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state_label, 1)
        for button in (self.delete_button, self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.form, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.form.edited.connect(self._edited)
        self.form.text_edited.connect(self._schedule_check)
        self.form.kind_changed.connect(self._update_buttons)
        self.check.measured.connect(self._show_layout)
        self.check.failed.connect(self._show_overflow)
        self.fill_button.clicked.connect(lambda: self.fill_from_data())
        self.delete_button.clicked.connect(lambda: self.delete())
        self.print_button.clicked.connect(self.print_notice)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)

    def _load(self, kind: NoticeKind) -> None:
        with self.context.database.session() as session:
            draft = draft_of(get_notice(session, self.context.municipality_id, self.notice_id)) if self.notice_id else None
            self.form.set_choices(link_choices(
                session, self.context.municipality_id, today=self.context.today(),
                plan_item_id=draft.plan_item_id if draft else None,
            ))  # fmt: skip
        self.form.set_draft(draft or NoticeDraft(kind=kind, created_on=self.context.today()))
        if draft is None and kind is not NoticeKind.FREE:
            self.fill_from_data(confirm=False, quiet=True)
        self._schedule_check()
        self._update_buttons()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Notice"))
        self.heading.setText(self.tr("New notice") if self.notice_id is None else self.tr("Notice"))
        self.fill_button.setText(self.tr("Fill from the data"))
        self.fill_button.setToolTip(self.tr(
            "Write the title and text afresh from the records: names, dates, places and resolution numbers"
        ))
        self.delete_button.setText(self.tr("Delete…"))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))
        self.form.retranslate_ui()
        self._show_state()

    def _update_buttons(self) -> None:
        self.fill_button.setEnabled(self.form.current_kind() is not NoticeKind.FREE)
        self.delete_button.setEnabled(self.notice_id is not None)

    def _edited(self) -> None:
        self.dirty = True
        self._show_state()

    def _show_state(self, saved_at: str = "") -> None:
        if self.dirty:
            text, style = self.tr("Changes not saved yet."), MUTED_STYLE
        elif saved_at:
            text, style = self.tr("Saved at %1.").replace("%1", saved_at), GOOD_STYLE
        else:
            text, style = "", MUTED_STYLE
        self.state_label.setText(text)
        self.state_label.setStyleSheet(style)

    # --- the text --------------------------------------------------------------------------------

    def fill_from_data(self, *, confirm: bool = True, quiet: bool = False) -> bool:
        """Write the title and text from the records; the links and event the text needs are completed."""
        from bmb_desktop.services.notice_texts import fill_notice

        draft = self.form.draft()
        if draft.kind is NoticeKind.FREE:
            return False
        own_text = (draft.title.strip() or draft.body.strip()) and (draft.title, draft.body) != self._filled
        if confirm and own_text and not self._confirm_replace():
            return False
        language = self.context.settings.document_language  # the text is printed: the documents' language
        try:
            with self.context.database.session() as session:
                filled = fill_notice(session, self.context.municipality_id, draft, language=language)
        except UserError as error:
            if not quiet:
                field = error.field or ("act_id" if draft.kind is NoticeKind.ACT_SUMMARY else None)
                self._show_problems({field or "": str(error)})
            return False
        self.form.set_draft(filled)
        self._filled = (filled.title, filled.body)
        self._show_problems({})
        self._edited()
        self._schedule_check()
        return True

    def _confirm_replace(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
            "Replace the title and text with a fresh text written from the data? The text now in the form will be lost."
        ), parent=self)  # fmt: skip
        replace = box.addButton(self.tr("Replace the text"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is replace

    def _schedule_check(self) -> None:
        draft = self.form.draft()
        if self.notice_id is None:
            self.paper_hint.setText(self.tr("The type size of the poster is checked once the notice is saved."))
            self.paper_hint.setStyleSheet(MUTED_STYLE)
        elif draft.title.strip() or draft.body.strip():
            self.check.schedule(self.notice_id, draft.title.strip(), draft.body.strip(), draft.paper_size)

    def _show_layout(self, layout) -> None:
        size = f"{layout.body_size:.0f}"
        if layout.readable:
            text = self.tr("On %1 the text prints at %2 pt: readable from two metres.")
            style = GOOD_STYLE
        elif layout.paper == "A4":
            text = self.tr("On %1 the text had to be set at %2 pt, too small to read from two metres. "
                           "Choose A3 or shorten the text.")  # fmt: skip
            style = HINT_STYLE
        else:
            text = self.tr("On %1 the text had to be set at %2 pt, too small to read from two metres. Shorten the text.")
            style = HINT_STYLE
        self.paper_hint.setText(text.replace("%1", layout.paper).replace("%2", size))
        self.paper_hint.setStyleSheet(style)
        self.readable = layout.readable

    def _show_overflow(self, message: str) -> None:
        self.paper_hint.setText(message)
        self.paper_hint.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.readable = False

    # --- saving, printing, deleting ----------------------------------------------------------------

    def _show_problems(self, problems: dict[str, str]) -> None:
        unplaced = self.form.show_problems(problems)
        if unplaced:
            show_error(self, UserError("\n".join(unplaced)))

    def save(self) -> bool:
        problems = self.form.local_problems()
        if problems:
            self._show_problems(problems)
            return False
        draft = self.form.draft()
        try:
            with self.context.database.session() as session:
                if self.notice_id is None:
                    notice = create_notice(session, self.context.municipality_id, draft=draft)
                else:
                    notice = update_notice(session, self.context.municipality_id, self.notice_id, draft=draft)
                stored = draft_of(notice)
                self.notice_id = notice.id
        except ValidationError as error:
            self._show_problems(error.problems)
            return False
        except UserError as error:
            show_error(self, error)
            return False
        self.form.set_draft(stored)  # a notice saved without a text was written from the data
        self._show_problems({})
        self.dirty = False
        self._show_state(QTime.currentTime().toString("HH:mm"))
        self.heading.setText(self.tr("Notice"))
        self._update_buttons()
        self._schedule_check()
        self.saved.emit(self.notice_id)
        return True

    def print_notice(self) -> None:
        """Save what is typed, then show the poster on the paper chosen."""
        from bmb_desktop.ui.dialogs.notices.printing import print_notice

        if (self.dirty or self.notice_id is None) and not self.save():
            return
        print_notice(self.context, self, self.notice_id, self.form.title.text().strip(), paper=self.form.draft().paper_size)

    def delete(self, *, confirm: bool = True) -> bool:
        if self.notice_id is None:
            return False
        if confirm:
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), self.tr(
                "Delete this notice with its posting log and photos?"), parent=self)  # fmt: skip
            yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not yes:
                return False
        try:
            with self.context.database.session() as session:
                delete_notice(session, self.context.municipality_id, self.notice_id)
        except UserError as error:
            show_error(self, error)
            return False
        self.dirty = False
        self.deleted.emit(self.notice_id)
        self.accept()
        return True

    def reject(self) -> None:
        """Close; unsaved changes are saved, dropped or kept open as the secretary answers."""
        if self.dirty:
            question = self.tr("Save the changes to the notice?")
            box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), question, parent=self)
            save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
            drop = box.addButton(self.tr("Do not save"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is save and not self.save():
                return
            if box.clickedButton() not in (save, drop):
                return
        super().reject()
