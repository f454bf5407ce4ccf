"""The choices of the Export memo dialog: the memo's language, cover fields, which provisions,
format and file."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.provision import Kind, provision_label
from negotiator_app.export.cover import (
    DEFAULT_TITLE,
    MARKINGS,
    Cover,
    default_cover,
    format_date,
)
from negotiator_app.export.memo_words import MEMO_LANGUAGES, memo_language, memo_words
from negotiator_app.export.selection import Selection
from negotiator_app.storage import Library
from negotiator_app.storage.notes import STANCES, list_notes
from negotiator_app.ui.export.choices import (
    LanguageBox,
    MarkingBox,
    documents_folder,
    line_edit,
    side_by_side,
)
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.words import stance_name

tr = translator("ExportMemo")
# (what the user picks, file suffix, file-dialog filter)
FORMATS = (
    (tr.mark("Word memo (.docx)"), ".docx", tr.mark("Word documents (*.docx)")),
    (tr.mark("Markdown, for email (.md)"), ".md", tr.mark("Markdown (*.md)")),
    (tr.mark("CSV, for spreadsheets (.csv)"), ".csv", tr.mark("CSV files (*.csv)")),
)
WORD, MARKDOWN, CSV = range(3)
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
        self._language = memo_language(self.version.language)
        defaults = default_cover(self.version, self._language)
        for name, value in (remembered or {}).items():
            setattr(defaults, name, value)  # an empty text kept on purpose included
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._cover_box(defaults))
        layout.addWidget(self._selection_box())
        layout.addWidget(self._output_box())

    def language(self) -> str:
        """The memo's language: en, ru, fr or es (the version's own by default)."""
        return self.memo_language.language()

    def cover(self) -> Cover:
        return Cover(
            title=self.title_edit.text().strip() or DEFAULT_TITLE,
            delegation=self.delegation.text().strip(),
            negotiation=self.negotiation.text().strip(),
            session=self.session.text().strip(),
            date=self.date.text().strip(),
            author=self.author.text().strip(),
            marking=self.marking.chosen(),
        )

    def remembered(self) -> dict[str, str]:
        """The cover fields kept for the next export (REMEMBERED), as typed (a preset marking
        by its English name, so the next memo writes it in its own language)."""
        return {
            "delegation": self.delegation.text().strip(),
            "session": self.session.text().strip(),
            "author": self.author.text().strip(),
            "marking": self.marking.chosen(),
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
        box = QGroupBox(tr("Cover"))
        form = QFormLayout(box)
        self.memo_language = LanguageBox(self._language)
        self.memo_language.currentIndexChanged.connect(self._language_changed)
        self.title_edit = line_edit(defaults.title, tr("Memo title"))
        self.delegation = line_edit(defaults.delegation, tr("e.g. Delegation of Examplia"))
        self.negotiation = line_edit(defaults.negotiation, tr("The negotiation"))
        self.session = line_edit(defaults.session, tr("e.g. Fourth session, New York"))
        self.date = line_edit(defaults.date, tr("Date"))
        self.author = line_edit(defaults.author, tr("Your name"))
        self.marking = MarkingBox(self._language)
        self.marking.choose(_english_marking(defaults.marking))
        self.title_edit.textChanged.connect(self._title_changed)
        for label, widget in (
            (tr("Memo &language:"), self.memo_language),
            (tr("&Title:"), self.title_edit),
            (tr("&Delegation:"), self.delegation),
            (tr("&Negotiation:"), self.negotiation),
            (tr("&Session:"), self.session),
            (tr("D&ate:"), self.date),
            (tr("Prepared &by:"), self.author),
            (tr("&Marking:"), self.marking),
        ):
            form.addRow(label, widget)
        return box

    def _selection_box(self) -> QGroupBox:
        box = QGroupBox(tr("Provisions"))
        layout = QVBoxLayout(box)
        self.which = QButtonGroup(self)
        choices = (
            tr("Provisions with a position"),
            tr("All articles, with or without a position (briefing book)"),
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
        stances.addWidget(QLabel(tr("Only these stances (none ticked: any):")), 0, 0, 1, 3)
        self.stance_boxes: dict[str, QCheckBox] = {}
        for index, stance in enumerate(STANCES):
            check = QCheckBox(stance_name(stance))
            check.toggled.connect(lambda *_: self.selection_changed.emit())
            self.stance_boxes[stance] = check
            stances.addWidget(check, 1 + index // 3, index % 3)
        layout.addLayout(stances)

        lists = QHBoxLayout()
        self.tags = self._checklist(tr("Only these tags:"), self._known_tags(), lists)
        self.chapters = self._checklist(tr("Only these chapters:"), self._known_chapters(), lists)
        layout.addLayout(lists)
        agreed = tr(
            "Say which agreed lan&guage each provision takes up (from the reference instruments)"
        )
        self.agreed_language = QCheckBox(agreed)
        self.agreed_language.setToolTip(
            tr(
                "A line per provision: \u201cAgreed language: UNCAC, art. 46, para. 9 (b), with "
                "'shall' \u2192 'may'\u201d"
            )
        )
        layout.addWidget(self.agreed_language)
        self.count = QLabel()
        self.count.setObjectName("exportCount")
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(tr("File"))
        form = QFormLayout(box)
        self.format = QComboBox()
        self.format.addItems([tr.marked(name) for name, _, _ in FORMATS])
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(tr("Fo&rmat:"), self.format)

        self.template = line_edit("", tr("Negotiator's standard template"))
        self.template_button = QPushButton(tr("Choose…"))
        self.template_button.clicked.connect(self._choose_template)
        template = side_by_side(self.template, self.template_button)
        form.addRow(_label(tr("Tem&plate:"), self.template), template)
        self.comments = QCheckBox(tr("Add each rationale as a Word comment on its provision"))
        form.addRow("", self.comments)

        self._last_default = self._default_output()
        self.output = line_edit(str(self._last_default), tr("Where to save the file"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose_output)
        form.addRow(_label(tr("Sa&ve to:"), self.output), side_by_side(self.output, browse))
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
            (
                provision_label(r.kind, r.number, self.version.language)
                + (f" — {r.heading}" if r.heading else ""),
                r.key,
            )
            for r in chapters
        ]

    def _default_output(self) -> Path:
        return documents_folder() / self._file_name()

    def _file_name(self) -> str:
        title = re.sub(r'[\\/:*?"<>|]+', " ", self.title_edit.text()).strip() or tr("Position memo")
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

    def _language_changed(self) -> None:
        """A title and date left as they were follow the memo's language; the presets of the
        marking are shown as that memo will print them."""
        old, new = memo_words(self._language), memo_words(self.language())
        if self.title_edit.text().strip() in ("", old.memo_title, DEFAULT_TITLE):
            self.title_edit.setText(new.memo_title)
        if self.date.text().strip() == format_date(date.today(), old.language):
            self.date.setText(format_date(date.today(), new.language))
        self._language = new.language
        self.marking.show_in(new.language)

    def _follow_default(self) -> None:
        """The file name follows the title and format until the user types one of their own."""
        following = self.output.text() == str(self._last_default)
        self._last_default = self._default_output()
        if following:
            self.output.setText(str(self._last_default))

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Memo template"), str(Path.home()), tr("Word templates (*.dotx *.docx)")
        )
        if path:
            self.template.setText(path)

    def _choose_output(self) -> None:
        _, suffix, name_filter = FORMATS[self.format.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save as"), self.output.text(), tr.marked(name_filter)
        )
        if path:
            self.output.setText(path if path.endswith(suffix) else path + suffix)


def _label(text: str, field: QWidget) -> QLabel:
    """A row's title whose Alt+letter goes to field (a row of several widgets cannot take it)."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _selected_text(keys: list[str]) -> str:
    if not keys:
        return tr("The provisions selected in the tree (none selected)")
    if len(keys) == 1:
        return tr("The provision selected in the tree ({key})").format(key=keys[0])
    return tr("The %n provisions selected in the tree", len(keys))


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def _english_marking(marking: str) -> str:
    """A preset by its English name, whichever language the cover was made in."""
    for language in MEMO_LANGUAGES:
        for preset in MARKINGS:
            if memo_words(language).marking(preset) == marking:
                return preset
    return marking
