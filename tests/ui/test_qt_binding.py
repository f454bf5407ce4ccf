"""The Qt binding itself must not eat references: the workbench delivers thousands of signals."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit

DELIVERIES = 300


def test_signals_delivered_to_python_slots_keep_none_and_true_alive(qtbot):
    # PySide6 6.12.0 dropped one reference to None (or True) per delivery; on Python 3.11 the
    # app then aborts ("deallocating None") once a long session has typed enough.
    box, line, timer = QCheckBox(), QLineEdit(), QTimer()
    qtbot.addWidget(box)
    qtbot.addWidget(line)
    received: list[object] = []
    box.toggled.connect(lambda on: received.append(1))
    line.textChanged.connect(lambda text: received.append(2))
    timer.timeout.connect(lambda: received.append(3))

    before = sys.getrefcount(None), sys.getrefcount(True)
    for n in range(DELIVERIES):
        box.setChecked(n % 2 == 0)
        line.setText(str(n))
        timer.timeout.emit()
    after = sys.getrefcount(None), sys.getrefcount(True)

    assert len(received) == 3 * DELIVERIES
    assert after[0] > before[0] - DELIVERIES // 2
    assert after[1] > before[1] - DELIVERIES // 2
