"""The choices of the Export memo dialog: cover fields, which provisions, format and file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.provision import Kind, provision_label
from negotiator_app.export.cover import MARKINGS, Cover, default_cover
from negotiator_app.export.selection import Selection
from negotiator_app.storage import Library
from negotiator_app.storage.notes import STANCES, list_notes

# (what the user picks, file suffix, file-dialog filter)
FORMATS = (
    ("Word memo (.docx)", ".docx", "Word documents (*.docx)"),
    ("Markdown, for email (.md)", ".md", "Markdown (*.md)"),
    ("CSV, for spreadsheets (.csv)", ".csv", "CSV files (*.csv)"),
)
WORD, MARKDOWN, CSV = range(3)
NO_MARKING = "(no marking)"
# The cover fields the dialog remembers between exports and runs (ui/settings EXPORT_*); the
# title and date belong to one memo, and the negotiation follows the version.
REMEMBERED = ("delegation", "session", "author", "marking")


class ExportForm(QWidget):
    """Three boxes (Cover, Provisions, File); reads back as a Cover, a Selection and a path."""

    selection_changed = Signal()

    def __init__(
        self,
        library: Library,
        version_id: int,
        selected_keys: list[str],
        remembered: dict[str, str] | None = None,
    ) -> None:
        """remembered: cover fields as the delegate last exported them (see REMEMBERED)."""
        super().__init__()
        self.library = library
        self.version = library.version(version_id)
        self.selected_keys = selected_keys
        defaults = default_cover(self.version)
        for name, value in (remembered or {}).items():
            setattr(defaults, name, value)  # an empty text kept on purpose included
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._cover_box(defaults))
        layout.addWidget(self._selection_box())
        layout.addWidget(self._output_box())

    def cover(self) -> Cover:
        marking = self.marking.currentText().strip()
        return Cover(
            title=self.title_edit.text().strip() or "Position memo",
            delegation=self.delegation.text().strip(),
            negotiation=self.negotiation.text().strip(),
            session=self.session.text().strip(),
            date=self.date.text().strip(),
            author=self.author.text().strip(),
            marking="" if marking == NO_MARKING else marking,
        )

    def remembered(self) -> dict[str, str]:
        """The cover fields kept for the next export (REMEMBERED), as typed."""
        return {
            "delegation": self.delegation.text().strip(),
            "session": self.session.text().strip(),
            "author": self.author.text().strip(),
            "marking": self.marking.currentText().strip(),
        }

    def selection(self) -> Selection:
        picked = self.which.checkedId()
        return Selection(
            include_all=picked == 1,
            keys=self.selected_keys if picked == 2 else [],
            stances=[stance for stance, box in self.stance_boxes.items() if box.isChecked()],
            tags=_checked(self.tags),
            chapters=_checked(self.chapters),
            agreed_language=self.agreed_language.isChecked(),
        )

    def output_path(self) -> Path | None:
        """The file to write, with the format's suffix added when the name lacks it."""
        text = self.output.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        suffix = FORMATS[self.format.currentIndex()][1]
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def format_index(self) -> int:
        return self.format.currentIndex()

    def template_path(self) -> str | None:
        return self.template.text().strip() or None

    def with_comments(self) -> bool:
        return self.comments.isChecked()

    def _cover_box(self, defaults: Cover) -> QGroupBox:
        box = QGroupBox("Cover")
        form = QFormLayout(box)
        self.title_edit = _line(defaults.title, "Memo title")
        self.delegation = _line(defaults.delegation, "e.g. Delegation of Examplia")
        self.negotiation = _line(defaults.negotiation, "The negotiation")
        self.session = _line(defaults.session, "e.g. Fourth session, New York")
        self.date = _line(defaults.date, "Date")
        self.author = _line(defaults.author, "Your name")
        self.marking = QComboBox()
        self.marking.setEditable(True)
        self.marking.addItems([*MARKINGS, NO_MARKING])
        self.marking.setCurrentText(defaults.marking or NO_MARKING)
        self.title_edit.textChanged.connect(self._title_changed)
        for label, widget in (
            ("&Title:", self.title_edit),
            ("&Delegation:", self.delegation),
            ("&Negotiation:", self.negotiation),
            ("&Session:", self.session),
            ("D&ate:", self.date),
            ("Prepared &by:", self.author),
            ("&Marking:", self.marking),
        ):
            form.addRow(label, widget)
        return box

    def _selection_box(self) -> QGroupBox:
        box = QGroupBox("Provisions")
        layout = QVBoxLayout(box)
        self.which = QButtonGroup(self)
        choices = (
            "Provisions with a position",
            "All articles, with or without a position (briefing book)",
            _selected_text(self.selected_keys),
        )
        for index, text in enumerate(choices):
            button = QRadioButton(text)
            self.which.addButton(button, index)
            layout.addWidget(button)
        self.which.button(0).setChecked(True)
        self.which.button(2).setEnabled(bool(self.selected_keys))
        self.which.idToggled.connect(lambda *_: self.selection_changed.emit())

        stances = QGridLayout()
        stances.addWidget(QLabel("Only these stances (none ticked: any):"), 0, 0, 1, 3)
        self.stance_boxes: dict[str, QCheckBox] = {}
        for index, stance in enumerate(STANCES):
            check = QCheckBox(stance.capitalize())
            check.toggled.connect(lambda *_: self.selection_changed.emit())
            self.stance_boxes[stance] = check
            stances.addWidget(check, 1 + index // 3, index % 3)
        layout.addLayout(stances)

        lists = QHBoxLayout()
        self.tags = self._checklist("Only these tags:", self._known_tags(), lists)
        self.chapters = self._checklist("Only these chapters:", self._known_chapters(), lists)
        layout.addLayout(lists)
        self.agreed_language = QCheckBox(
            "Say which agreed lan&guage each provision takes up (from the reference instruments)"
        )
        self.agreed_language.setToolTip(
            "A line per provision: \u201cAgreed language: UNCAC, art. 46, para. 9 (b), with "
            "'shall' \u2192 'may'\u201d"
        )
        layout.addWidget(self.agreed_language)
        self.count = QLabel()
        self.count.setObjectName("exportCount")
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox("File")
        form = QFormLayout(box)
        self.format = QComboBox()
        self.format.addItems([name for name, _, _ in FORMATS])
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow("Fo&rmat:", self.format)

        self.template = _line("", "Negotiator's standard template")
        self.template_button = QPushButton("Choose…")
        self.template_button.clicked.connect(self._choose_template)
        form.addRow(_label("Tem&plate:", self.template), _row(self.template, self.template_button))
        self.comments = QCheckBox("Add each rationale as a Word comment on its provision")
        form.addRow("", self.comments)

        self._last_default = self._default_output()
        self.output = _line(str(self._last_default), "Where to save the file")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_output)
        form.addRow(_label("Sa&ve to:", self.output), _row(self.output, browse))
        return box

    def _checklist(self, title: str, entries: list[tuple[str, str]], row: QHBoxLayout):
        column = QVBoxLayout()
        label = QLabel(title)
        widget = QListWidget()
        widget.setAccessibleName(title.rstrip(":"))
        label.setBuddy(widget)
        widget.setMaximumHeight(96)
        for text, value in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setEnabled(bool(entries))
        widget.itemChanged.connect(lambda *_: self.selection_changed.emit())
        column.addWidget(label)
        column.addWidget(widget)
        row.addLayout(column)
        return widget

    def _known_tags(self) -> list[tuple[str, str]]:
        tags: dict[str, str] = {}
        for note in list_notes(self.library, version_id=self.version.id):
            for tag in note.tags:
                tags.setdefault(tag.lower(), tag)
        return [(tag, tag) for _, tag in sorted(tags.items())]

    def _known_chapters(self) -> list[tuple[str, str]]:
        rows = self.library.rows(self.version.id)
        chapters = [r for r in rows if r.kind in {Kind.PART, Kind.CHAPTER}]
        return [
            (provision_label(r.kind, r.number) + (f" — {r.heading}" if r.heading else ""), r.key)
            for r in chapters
        ]

    def _default_output(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / self._file_name()

    def _file_name(self) -> str:
        title = re.sub(r'[\\/:*?"<>|]+', " ", self.title_edit.text()).strip() or "Position memo"
        label = re.sub(r'[\\/:*?"<>|]+', " ", self.version.label).strip()
        stem = f"{title} - {label}" if label else title
        return stem + FORMATS[self.format.currentIndex()][1]

    # -- reacting ----------------------------------------------------------------------------

    def _format_changed(self, index: int) -> None:
        is_word = index == 0
        for widget in (self.template, self.template_button, self.comments):
            widget.setEnabled(is_word)
        text = self.output.text().strip()
        if text and text != str(self._last_default):
            path = Path(text)
            known = [suffix for _, suffix, _ in FORMATS if path.name.lower().endswith(suffix)]
            stem = path.name[: -len(known[0])] if known else path.name
            self.output.setText(str(path.with_name(stem + FORMATS[index][1])))
        self._follow_default()

    def _title_changed(self) -> None:
        self._follow_default()

    def _follow_default(self) -> None:
        """The file name follows the title and format until the user types one of their own."""
        following = self.output.text() == str(self._last_default)
        self._last_default = self._default_output()
        if following:
            self.output.setText(str(self._last_default))

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Memo template", str(Path.home()), "Word templates (*.dotx *.docx)"
        )
        if path:
            self.template.setText(path)

    def _choose_output(self) -> None:
        _, suffix, name_filter = FORMATS[self.format.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(self, "Save as", self.output.text(), name_filter)
        if path:
            self.output.setText(path if path.endswith(suffix) else path + suffix)


def _line(text: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    return edit


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder


def _label(text: str, field: QWidget) -> QLabel:
    """A row's title whose Alt+letter goes to field (a row of several widgets cannot take it)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _selected_text(keys: list[str]) -> str:
    if not keys:
        return "The provisions selected in the tree (none selected)"
    if len(keys) == 1:
        return f"The provision selected in the tree ({keys[0]})"
    return f"The {len(keys)} provisions selected in the tree"


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]
