"""The act's findings (A1): facts, and findings of an evaluation with their method, each optionally
backed by one of the act's attachments as evidence."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from bmb_desktop.domain.enums import FindingKind, MonitoringMethod
from bmb_desktop.locale.labels import label
from bmb_desktop.services.act_parts import add_finding, move_finding, remove_finding, update_finding
from bmb_desktop.services.act_view import ActView, FindingView
from bmb_desktop.ui.autosave import Autosaver
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.acts.header_form import text_box
from bmb_desktop.ui.dialogs.acts.parts_panel import PartsPanel, preview
from bmb_desktop.ui.dialogs.roster.fields import choose_data, fill_enum_combo


class FindingsPanel(PartsPanel):
    KEY = "findings"

    def __init__(self, context: AppContext, autosaver: Autosaver, parent: QWidget | None = None) -> None:
        super().__init__(context, autosaver, parent)
        self.attachments: tuple = ()
        self.add_fact_button, self.add_evaluation_button = QPushButton(self), QPushButton(self)
        self.add_buttons = [self.add_fact_button, self.add_evaluation_button]
        self.kind = self.add_field("kind", QComboBox(self))
        self.method = self.add_field("method", QComboBox(self))
        self.evidence = self.add_field("evidence", QComboBox(self))
        self.text = self.add_field("text", text_box(self, 8, grow=True))
        self.finish_layout()
        self.add_fact_button.clicked.connect(lambda: self.add(FindingKind.FACT))
        self.add_evaluation_button.clicked.connect(lambda: self.add(FindingKind.EVALUATION))
        for combo in (self.kind, self.method, self.evidence):
            combo.activated.connect(self.edited)
        self.text.textChanged.connect(self.edited)

    def retranslate_ui(self) -> None:
        self.add_fact_button.setText(self.tr("Add a fact"))
        self.add_evaluation_button.setText(self.tr("Add an evaluation finding"))
        self.add_evaluation_button.setToolTip(self.tr("A finding of a questionnaire, survey, focus group or other study"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.labels["kind"].setText(self.tr("Kind:"))
        self.labels["method"].setText(self.tr("Method:"))
        self.labels["evidence"].setText(self.tr("Evidence:"))
        self.labels["text"].setText(self.tr("What was found:"))
        self.evidence.setToolTip(self.tr("An attachment of this act that backs the finding: a photo, a scan, a protocol"))
        self.nothing.setText(self.tr("No findings yet. Add the facts established and the findings of the evaluation."))
        self._loading = True
        fill_enum_combo(self.kind, FindingKind)
        self._fill_methods()
        self._fill_evidence()
        self._loading = False
        if self.act_id is not None:
            for row, part in enumerate(self.parts):
                self.list.item(row).setText(self.item_text(part))

    def _fill_methods(self) -> None:
        chosen = self.method.currentData()
        self.method.clear()
        self.method.addItem(self.tr("Not named"), None)
        for method in MonitoringMethod:
            self.method.addItem(label(method), method)
        self.method.setCurrentIndex(max(0, self.method.findData(chosen)))

    def _fill_evidence(self) -> None:
        chosen = self.evidence.currentData()
        self.evidence.clear()
        self.evidence.addItem(self.tr("No attachment"), None)
        for number, attachment in enumerate(self.attachments, start=1):
            self.evidence.addItem(f"{number}. {attachment.file_name}", attachment.attachment_id)
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(chosen)))

    # --- PartsPanel -----------------------------------------------------------------------------------

    def set_view(self, view: ActView) -> None:
        self.attachments = view.attachments
        self._loading = True
        self._fill_evidence()
        self._loading = False
        super().set_view(view)

    def parts_of(self, view: ActView) -> list[FindingView]:
        return list(view.findings)

    def part_id(self, part: FindingView) -> int:
        return part.finding_id

    def item_text(self, part: FindingView, values: dict | None = None) -> str:
        values = values or {"kind": part.kind, "method": part.method, "text": part.text}
        position = next((i for i, p in enumerate(self.parts, start=1) if p.finding_id == part.finding_id), part.position)
        kind = label(values["kind"]) + (f" · {label(values['method'])}" if values["method"] else "")
        text = preview(values["text"]) or self.tr("(nothing written yet)")
        return f"{position}. {kind}\n{text}"

    def show_part(self, part: FindingView) -> None:
        choose_data(self.kind, part.kind)
        self.method.setCurrentIndex(max(0, self.method.findData(part.method)))
        self.evidence.setCurrentIndex(max(0, self.evidence.findData(part.evidence_attachment_id)))
        if self.text.toPlainText() != part.text:
            self.text.setPlainText(part.text)

    def editor_values(self) -> dict:
        kind, method = self.kind.currentData(), self.method.currentData()  # Qt hands enums back as plain text
        return {
            "kind": FindingKind(kind), "method": MonitoringMethod(method) if method else None,
            "evidence_attachment_id": self.evidence.currentData(), "text": self.text.toPlainText(),
        }  # fmt: skip

    def update_part(self, session, part_id: int, **values) -> None:
        update_finding(session, part_id, **values)

    def remove_part(self, session, part_id: int) -> None:
        remove_finding(session, part_id)

    def move_part(self, session, part_id: int, position: int) -> None:
        move_finding(session, part_id, position=position)

    def remove_question(self) -> str:
        return self.tr("Remove finding %1 from the draft?").replace("%1", str(self.list.currentRow() + 1))

    def set_editors_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)
        for combo in (self.kind, self.method, self.evidence):
            combo.setEnabled(not read_only)

    def add(self, kind: FindingKind) -> None:
        self.add_with(lambda session: add_finding(session, self.act_id, kind=kind))
        self.text.setFocus()
