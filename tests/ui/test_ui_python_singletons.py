"""Long sessions: PySide6 releasing None once too often must never abort the program."""

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import bmb_desktop.ui  # the guard runs on import, before Qt does anything
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

app = QApplication([])
label, box = QLabel(), QCheckBox()
class Source(QObject):
    fired = Signal()
source = Source()
source.fired.connect(lambda: None)
box.toggled.connect(lambda checked: None)
for _ in range(100_000):
    label.setText("")
    source.fired.emit()
    box.setChecked(not box.isChecked())
print("survived")
"""


def test_a_hundred_thousand_void_calls_and_slots_do_not_abort_python():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
