"""Rule findings as a list the secretary reads at a glance: a drawn mark, the words, and the rule's source."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from bmb_desktop.domain.findings import RuleFinding, Severity
from bmb_desktop.ui.retranslating import Retranslating

# (mark colour, background of the line); colour is never the only sign: each mark has its own shape.
COLOURS = {
    Severity.OK: ("#2e7d32", "#f1f8f1"),
    Severity.WARNING: ("#b26a00", "#fff7e6"),
    Severity.BROKEN: ("#b3261e", "#fdeeed"),
}
MARK_SIZE = 18
SEVERITY_ORDER = {Severity.BROKEN: 0, Severity.WARNING: 1, Severity.OK: 2}


def mark_pixmap(severity: Severity, size: int = MARK_SIZE, ratio: float = 2.0) -> QPixmap:
    """A filled circle with a white check (holds), exclamation mark (warning) or cross (broken)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(COLOURS[severity][0]))
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(QColor("white"), size / 8)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    unit = size / 18
    path = QPainterPath()
    if severity is Severity.OK:
        path.moveTo(QPointF(5 * unit, 9.5 * unit))
        path.lineTo(QPointF(8 * unit, 12.5 * unit))
        path.lineTo(QPointF(13 * unit, 6 * unit))
    elif severity is Severity.WARNING:
        path.moveTo(QPointF(9 * unit, 4.5 * unit))
        path.lineTo(QPointF(9 * unit, 10.5 * unit))
        path.moveTo(QPointF(9 * unit, 13.5 * unit))
        path.lineTo(QPointF(9 * unit, 13.6 * unit))
    else:
        path.moveTo(QPointF(5.5 * unit, 5.5 * unit))
        path.lineTo(QPointF(12.5 * unit, 12.5 * unit))
        path.moveTo(QPointF(12.5 * unit, 5.5 * unit))
        path.lineTo(QPointF(5.5 * unit, 12.5 * unit))
    painter.drawPath(path)
    painter.end()
    return pixmap


class FindingLine(QFrame):
    """One finding: the mark, the message, and below it the source in small grey letters."""

    def __init__(self, finding: RuleFinding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        colour, background = COLOURS[finding.severity]
        self.setObjectName("finding")
        self.setStyleSheet(
            f"QFrame#finding {{ background: {background}; border-left: 4px solid {colour}; border-radius: 3px; }}"
        )
        self.mark = QLabel(self)
        self.mark.setPixmap(mark_pixmap(finding.severity))
        self.mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(finding.message, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = QLabel(finding.source, self)
        self.source.setStyleSheet("color: #5f6b73;")
        small = QFont(self.source.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source.setFont(small)
        self.source.setHidden(not finding.source)
        text = QVBoxLayout()
        text.setSpacing(1)
        text.addWidget(self.message)
        text.addWidget(self.source)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 5, 6, 5)
        layout.addWidget(self.mark)
        layout.addLayout(text, 1)


class FindingsList(QScrollArea):
    """Findings one under another, scrolling when they do not fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._container = QWidget(self)
        self._layout = QVBoxLayout(self._container)
        self._layout.setContentsMargins(0, 0, 4, 0)
        self._layout.setSpacing(4)
        self._layout.addStretch(1)
        self.setWidget(self._container)
        self.lines: list[FindingLine] = []

    def set_findings(self, findings: list[RuleFinding]) -> None:
        for line in self.lines:
            self._layout.removeWidget(line)
            line.hide()  # at once: deleteLater waits for the event loop
            line.deleteLater()
        self.lines = [FindingLine(finding, self._container) for finding in findings]
        for position, line in enumerate(self.lines):
            self._layout.insertWidget(position, line)


class CompositionPanel(Retranslating, QWidget):
    """The group's composition checked rule by rule, with a summary line above the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[RuleFinding] = []
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.list = FindingsList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.retranslate_ui()

    def set_findings(self, findings: list[RuleFinding]) -> None:
        """Broken rules first, then warnings, then those that hold, each group in the rules' order."""
        self.findings = sorted(findings, key=lambda finding: SEVERITY_ORDER[finding.severity])
        self.list.set_findings(self.findings)
        self.retranslate_ui()

    def lines(self) -> list[tuple[Severity, str]]:
        """What the panel shows, line by line: the severity and the text with its source."""
        return [(line.finding.severity, line.finding.text()) for line in self.list.lines]

    def retranslate_ui(self) -> None:
        broken = sum(1 for finding in self.findings if finding.severity is Severity.BROKEN)
        warnings = sum(1 for finding in self.findings if finding.severity is Severity.WARNING)
        if not self.findings:
            text = self.tr("No rules to check yet.")
        elif broken:
            text = self.tr("Rules broken: %1 of %2").replace("%1", str(broken)).replace("%2", str(len(self.findings)))
        else:
            text = self.tr("All %1 rules hold").replace("%1", str(len(self.findings)))
        if warnings:
            text += "; " + self.tr("warnings: %1").replace("%1", str(warnings))
        colour = COLOURS[Severity.BROKEN if broken else Severity.WARNING if warnings else Severity.OK][0]
        self.summary.setStyleSheet(f"color: {colour};")
        self.summary.setText(text)
