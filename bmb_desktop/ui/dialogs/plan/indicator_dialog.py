"""A development-programme indicator (I1): kind, numbers or words, unit, baseline, target, deadline,
and whether it is a key indicator on the dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLineEdit, QRadioButton, QWidget

from bmb_desktop.domain.enums import IndicatorKind
from bmb_desktop.errors import ValidationError
from bmb_desktop.services.indicators import IndicatorDraft, check_indicator, find_indicator, save_indicator
from bmb_desktop.ui.context import AppContext
from bmb_desktop.ui.dialogs.plan.base import PlanFormDialog
from bmb_desktop.ui.dialogs.plan.fields import NumberField, enum_value, text_box
from bmb_desktop.ui.dialogs.roster.fields import DateField, choose_data, enum_combo, fill_enum_combo

NUMBER_FIELDS = ("unit", "baseline", "baseline_on", "target")
WORD_FIELDS = ("baseline_text", "target_text")


class MeasureChoice(QWidget):
    """Measured in numbers, or described in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.numbers, self.words = QRadioButton(self), QRadioButton(self)
        group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.numbers, self.words):
            group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.numbers.setChecked(True)


class IndicatorDialog(PlanFormDialog):
    """A new indicator (``indicator_id`` None) or an existing one; ``saved`` carries its id."""

    def __init__(self, context: AppContext, *, indicator_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.indicator_id = indicator_id
        year = context.today().year
        self.name = self.add_field("name", text_box(self, lines=2))
        self.code = self.add_field("code", QLineEdit(self))
        self.programme = self.add_field("programme", QLineEdit(self))
        self.kind = self.add_field("kind", enum_combo(IndicatorKind, parent=self))
        self.measure = self.add_field("quantitative", MeasureChoice(self))
        self.unit = self.add_field("unit", QLineEdit(self))
        self.baseline = self.add_field("baseline", NumberField(self))
        self.baseline_on = self.add_field("baseline_on", DateField(popup_year=year - 1, parent=self))
        self.baseline_text = self.add_field("baseline_text", text_box(self, lines=2))
        self.target = self.add_field("target", NumberField(self))
        self.target_text = self.add_field("target_text", text_box(self, lines=2))
        self.deadline = self.add_field("deadline", DateField(popup_year=year, parent=self))
        self.key = self.add_field("key", QCheckBox(self))
        self.setMinimumWidth(640)
        if indicator_id is not None:
            with context.database.session() as session:
                self._load(find_indicator(session, context.municipality_id, indicator_id))
        self.measure.numbers.toggled.connect(self._follow_measure)
        self._follow_measure()
        self.retranslate_ui()

    def _load(self, indicator) -> None:
        self.name.setPlainText(indicator.name)
        self.code.setText(indicator.code)
        self.programme.setText(indicator.programme)
        self.programme.setCursorPosition(0)
        choose_data(self.kind, indicator.kind)
        (self.measure.numbers if indicator.quantitative else self.measure.words).setChecked(True)
        self.unit.setText(indicator.unit)
        self.baseline.set_number(indicator.baseline)
        self.baseline_on.set_date(indicator.baseline_on)
        self.baseline_text.setPlainText(indicator.baseline_text)
        self.target.set_number(indicator.target)
        self.target_text.setPlainText(indicator.target_text)
        self.deadline.set_date(indicator.deadline)
        self.key.setChecked(indicator.key)

    def _follow_measure(self, *_args) -> None:
        numbers = self.measure.numbers.isChecked()
        for name in NUMBER_FIELDS:
            self.form.setRowVisible(self.rows[name], numbers)
        for name in WORD_FIELDS:
            self.form.setRowVisible(self.rows[name], not numbers)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Indicator") if self.indicator_id else self.tr("New indicator"))
        texts = {
            "name": self.tr("Name"), "code": self.tr("Code"), "programme": self.tr("Programme"),
            "kind": self.tr("Kind"), "quantitative": self.tr("Measured"), "unit": self.tr("Unit"),
            "baseline": self.tr("Baseline"), "baseline_on": self.tr("Baseline as of"),
            "baseline_text": self.tr("Situation at the start"), "target": self.tr("Target"),
            "target_text": self.tr("Situation aimed for"), "deadline": self.tr("Deadline"), "key": self.tr("Dashboard"),
        }  # fmt: skip
        for name, text in texts.items():
            self.labels[name].setText(text)
        fill_enum_combo(self.kind, IndicatorKind)
        self.kind.setPlaceholderText(self.tr("resources, activities, outputs or outcomes"))
        self.measure.numbers.setText(self.tr("in numbers"))
        self.measure.words.setText(self.tr("in words"))
        self.code.setPlaceholderText(self.tr("e.g. Ж-1"))
        self.programme.setPlaceholderText(self.tr("e.g. socio-economic development programme for 2026–2028"))
        self.unit.setPlaceholderText(self.tr("e.g. %, km, households"))
        self.baseline.setPlaceholderText(self.tr("e.g. 72 or 1,5"))
        self.target.setPlaceholderText(self.tr("e.g. 85"))
        self.key.setText(self.tr("a key indicator: show its chart on the dashboard"))
        self.retranslate_buttons(self.tr("Save"))

    def _numbers(self) -> tuple[float | None, float | None, dict[str, str]]:
        problems = {}
        baseline, baseline_ok = self.baseline.number()
        target, target_ok = self.target.number()
        message = self.tr("Enter a number, e.g. 72 or 1,5.")
        numbers = self.measure.numbers.isChecked()
        if numbers and not baseline_ok:
            problems["baseline"] = message
        if numbers and not target_ok:
            problems["target"] = message
        return baseline, target, problems

    def submit(self) -> int:
        baseline, target, unreadable = self._numbers()
        draft = IndicatorDraft(
            name=self.name.toPlainText(), kind=enum_value(IndicatorKind, self.kind), quantitative=self.measure.numbers.isChecked(),
            programme=self.programme.text(), code=self.code.text(), unit=self.unit.text(),
            baseline=baseline, baseline_on=self.baseline_on.date(), target=target, deadline=self.deadline.date(),
            baseline_text=self.baseline_text.toPlainText(), target_text=self.target_text.toPlainText(),
            key=self.key.isChecked(),
        )  # fmt: skip
        with self.context.database.session() as session:
            municipality_id = self.context.municipality_id
            if unreadable:
                raise ValidationError(check_indicator(session, municipality_id, draft, indicator_id=self.indicator_id) | unreadable)
            return save_indicator(session, municipality_id, draft, indicator_id=self.indicator_id).id
