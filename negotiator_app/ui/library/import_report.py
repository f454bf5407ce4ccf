"""After an import: the report in the window (each structure warning a link to its provision)
and "What was left out", the list of every removed line with its reason and page."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.provision import ImportReport
from negotiator_app.storage import VersionInfo
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.report_lines import reason_words, report_summary

tr = translator("ImportReport")
_WARNINGS_SHOWN = 8


def report_html(version: VersionInfo, report: ImportReport) -> str:
    """The report as the window shows it: what was found and left out, then what to check."""
    what = tr("{version} of {instrument}").format(
        version=f"<b>{escape(version.label)}</b>", instrument=escape(version.instrument)
    )
    lines = [tr("Imported {what}.").format(what=what)]
    lines += [escape(line) for line in report_summary(report)]
    structure = report.structure
    if structure:
        count = len(structure)
        lines.append(f"<b>{escape(tr('Check the tree: %n structure warnings.', count))}</b>")
        for warning in structure[:_WARNINGS_SHOWN]:
            link = f'<a href="{escape(warning.key)}">{escape(warning.key)}</a>'
            lines.append(f"{link}: {escape(warning.message)}")
        if count > _WARNINGS_SHOWN:
            more = count - _WARNINGS_SHOWN
            lines.append(escape(tr("… and %n more (negotiator check-structure).", more)))
    return "<br>".join(lines)


class LeftOutDialog(QDialog):
    """Every line the import left out of the tree, with why and on which page."""

    def __init__(self, report: ImportReport, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("What was left out — {title}").format(title=title))
        self.resize(820, 520)
        counted = sum(report.dropped.values())
        listed = len(report.left_out)
        said = tr(
            "%n lines of the file are not in the tree. Each is listed with the reason it was "
            "left out and its page, so you can check that nothing of the text was lost.",
            counted,
        )
        if listed < counted:
            said += " " + tr("The first %n are listed.", listed)
        intro = QLabel(said)
        intro.setWordWrap(True)
        self.reasons = QComboBox()
        self.reasons.setAccessibleName(tr("Show the lines left out for"))
        self.reasons.addItem(tr("Every reason ({count})").format(count=listed), "")
        for reason, count in sorted(report.dropped.items()):
            self.reasons.addItem(f"{reason_words(reason)} ({count})", reason)
        self.reasons.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(tr("Lines left out"))
        self.table.setHorizontalHeaderLabels([tr("Page"), tr("Why"), tr("Line")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(tr("Show:")))
        filter_row.addWidget(self.reasons, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fill()

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: (page, reason, line)."""
        return [
            tuple(self.table.item(row, column).text() for column in range(3))
            for row in range(self.table.rowCount())
        ]

    def _fill(self) -> None:
        reason = self.reasons.currentData() or ""
        lines = [line for line in self.report.left_out if not reason or line.reason == reason]
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            page = QTableWidgetItem(str(line.page) if line.page else "")
            page.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.table.setItem(row, 0, page)
            self.table.setItem(row, 1, QTableWidgetItem(reason_words(line.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(line.text))
        self.table.resizeRowsToContents()
