"""The position panel: the delegation's note on the selected provision, saving itself.

Edits are saved half a second after the last keystroke, whenever the focus moves, before another
provision is shown and when the window closes; each save is also kept in the note's history (one
row per burst of typing in one field: storage/notes.py save_note).

The proposed wording typed here is in the language of the version being read, and its redline is
against that text; the note's wordings in other languages are shown below it as written.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.notes import (
    PRIORITIES,
    STANCES,
    Note,
    get_note,
    save_note,
)
from negotiator_app.ui.i18n import local_time, translator
from negotiator_app.ui.position.carried_notice import CarriedNotice
from negotiator_app.ui.position.delegations_table import DelegationsTable
from negotiator_app.ui.position.found_words import mark_found_words
from negotiator_app.ui.position.history_section import HistorySection
from negotiator_app.ui.position.other_wordings import OtherWordings
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import language_name, priority_name, stance_name

if TYPE_CHECKING:
    from negotiator_app.core.redline import Segment
    from negotiator_app.ui.position.redline_view import RedlineView
    from negotiator_app.ui.position.restore_question import RestoreQuestion

tr = translator("PositionPanel")
SAVE_DELAY_MS = 500
FIELD_TITLE_ROOM = 36  # pixels kept in view above a focused field: its title
REDLINE_DELAY_MS = 150
# Each title has an Alt+letter mnemonic, so every field can be reached from the keyboard.
_TEXT_FIELDS = (
    ("proposed", tr.mark("Proposed &wording")),  # in the version's language: _show_language
    ("rationale", tr.mark("&Rationale")),
    ("talking_points", tr.mark("Talking p&oints")),
    ("instructions", tr.mark("&Instructions from capital")),
)


class PositionPanel(QScrollArea):
    """Stance, priority, red line, wording, reasons, tags, delegations, history."""

    saved = Signal(object)  # the stored Note
    failed = Signal(str)  # one sentence: why the note could not be saved

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.outline: Outline | None = None
        self.instrument_id = 0
        self.version_id: int | None = None
        self.key = ""
        self.language = ""  # the language of the version being read
        self._languages: dict[int, str] = {}
        self._stored: Note | None = None
        self._baseline: dict = {}
        self._loading = False

        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        self._redline_timer = QTimer(self, singleShot=True, interval=REDLINE_DELAY_MS)
        self._redline_timer.timeout.connect(self._update_redline)

        self.setObjectName("positionPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("positionBody")
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)

        self.title = QLabel(tr("Select a provision"))
        self.title.setObjectName("panelTitle")
        look(self.title, "title")
        self.title.setWordWrap(True)
        self.state = QLabel("")
        look(self.state, "quiet")
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        self.carried = CarriedNotice(library)  # how a carried position came here
        layout.addWidget(self.carried)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.stance = QComboBox()
        self.stance.setAccessibleName(tr("Stance"))
        self.stance.addItem("—", "")
        for stance in STANCES:
            self.stance.addItem(stance_name(stance), stance)
        self.priority = QComboBox()
        self.priority.setAccessibleName(tr("Priority"))
        self.priority.addItem("—", "")
        for priority in PRIORITIES:
            self.priority.addItem(priority_name(priority), priority)
        self.red_line = QCheckBox(tr("This is a red line"))
        self.red_line.setAccessibleName(tr("Red line"))
        form.addRow(tr("&Stance"), self.stance)
        form.addRow(tr("&Priority"), self.priority)
        form.addRow("", self.red_line)
        layout.addLayout(form)

        self.texts: dict[str, QPlainTextEdit] = {}
        for name, marked in _TEXT_FIELDS:
            title = tr.marked(marked)
            edit = QPlainTextEdit()
            edit.setObjectName(name)
            edit.setAccessibleName(title.replace("&", ""))
            edit.setTabChangesFocus(True)
            edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            edit.setMinimumHeight(64 if name != "proposed" else 84)
            edit.setMaximumHeight(150 if name != "proposed" else 180)
            label = QLabel(title)
            look(label, "field")
            label.setBuddy(edit)
            label.setWordWrap(True)  # "Предлагаемая формулировка (русский)" in a narrow panel
            if name == "proposed":
                self.start_from_text = QToolButton()
                self.start_from_text.setText(tr("Start from current text"))
                self.start_from_text.setToolTip(tr("Copy the provision's text here to edit it"))
                self.start_from_text.setAutoRaise(True)
                self.start_from_text.clicked.connect(self._start_from_text)
                self.proposed_label = label
                row = QHBoxLayout()
                row.addWidget(label, 1)
                row.addWidget(self.start_from_text)
                layout.addLayout(row)
            else:
                layout.addWidget(label)
            layout.addWidget(edit)
            self.texts[name] = edit
            if name == "proposed":
                self.redline_title = QLabel(tr("Redline against the current text"))
                look(self.redline_title, "quiet")
                layout.addWidget(self.redline_title)
                self.redline_title.hide()
                self._redline_at = layout.count()  # the redline view goes here when first needed
                self._redline: RedlineView | None = None
                self.other_wordings = OtherWordings()
                layout.addWidget(self.other_wordings)

        self.tags = QLineEdit()
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("comma, separated, tags"))
        tags_label = QLabel(tr("&Tags"))
        look(tags_label, "field")
        tags_label.setBuddy(self.tags)
        layout.addWidget(tags_label)
        layout.addWidget(self.tags)

        delegations_label = QLabel(tr("Other delegations"))
        look(delegations_label, "field")
        self.delegations = DelegationsTable()
        layout.addWidget(delegations_label)
        layout.addWidget(self.delegations)

        self.history_section = HistorySection(library, self.save_now)
        self.history_section.restored.connect(self._restored)
        self.history_section.failed.connect(self.failed)
        self.history_toggle = self.history_section.toggle
        self.history = self.history_section.view
        layout.addWidget(self.history_section)
        layout.addStretch(1)

        self.stance.currentIndexChanged.connect(self._edited)
        self.priority.currentIndexChanged.connect(self._edited)
        self.red_line.toggled.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)
        self.texts["proposed"].textChanged.connect(lambda: self._redline_timer.start())
        self.tags.textEdited.connect(self._edited)
        self.delegations.changed.connect(self._edited)
        self._set_enabled(False)
        self.setFocusProxy(self.stance)  # focusing the panel is focusing its first field

    # -- what the window tells it ---------------------------------------------------

    def show_provision(
        self, outline: Outline, instrument_id: int, version_id: int, key: str
    ) -> None:
        """Save what was typed on the previous provision, then load the note on this one."""
        self.save_now()
        self.outline, self.instrument_id, self.version_id, self.key = (
            outline,
            instrument_id,
            version_id,
            key,
        )
        self._show_language(version_id)
        self._stored = (
            get_note(self.library, key, version_id=version_id) if key in outline else None
        )
        self._fill(self._stored or Note(instrument_id, key))
        title = tr("Your position on {provision}").format(provision=outline.title(key))
        self.title.setText(title if key in outline else "")
        self._set_enabled(key in outline)
        self.history_section.show_note(self._stored)
        self.carried.show_note(self._stored, outline, version_id, key)
        self.verticalScrollBar().setValue(0)  # a new provision is read from its stance down

    def mark_terms(self, terms: list[str]) -> None:
        """Mark the words a search found in the note, and bring the first field marked into view."""
        marked = [edit for edit in self.texts.values() if mark_found_words(edit, terms)]
        if marked:
            self.ensureWidgetVisible(marked[0], 0, FIELD_TITLE_ROOM)

    def bring_into_view(self, field: QWidget) -> None:
        """Scroll so that field (just given the keyboard focus) and the title above it show."""
        if self.widget().isAncestorOf(field):
            self.ensureWidgetVisible(field, 0, FIELD_TITLE_ROOM)

    def forget_versions(self) -> None:
        """Versions were relabelled or deleted: read their languages again."""
        self._languages.clear()

    def is_dirty(self) -> bool:
        return bool(self.key) and self._collect().content() != self._baseline

    def save_now(self) -> bool:
        """Save pending edits at once; False (and `failed` emitted) when they could not be."""
        self._timer.stop()
        if self._loading or not self.key or not self.is_dirty():
            return True
        note = self._collect()
        if self._stored is None and note.is_empty():
            self._baseline = note.content()
            return True
        try:
            stored = save_note(self.library, note, burst=True)
        except LibraryError as error:
            self.state.setText(tr("Not saved yet — see the message above."))
            self.failed.emit(str(error))
            self._timer.start()  # try again: the disk may have room again in a moment
            return False
        self._stored = stored
        self._baseline = stored.content()
        self.state.setText(tr("Saved {time}").format(time=f"{datetime.now():%H:%M:%S}"))
        if self.carried.needs_review():  # saving a carried position is its review
            self.carried.show_note(stored, self.outline, self.version_id, self.key)
        self.history_section.saved(stored)
        self.saved.emit(stored)
        return True

    def restore(self, history_id: int) -> RestoreQuestion | None:
        """Restore an earlier save of the note (it asks first: see HistorySection)."""
        return self.history_section.restore(history_id)

    @property
    def restore_question(self) -> RestoreQuestion | None:
        """The restore question open now, if any."""
        return self.history_section.question

    def _restored(self, stored: Note) -> None:
        self._stored = stored
        self._fill(stored)
        self.state.setText(tr("Restored {time}").format(time=f"{datetime.now():%H:%M:%S}"))
        self.saved.emit(stored)

    def focus_first(self) -> None:
        self.stance.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- helpers --------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.state.setText(tr("Editing…"))
        self._timer.start()

    def _collect(self) -> Note:
        base = self._stored or Note(self.instrument_id, self.key)
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        note = Note(
            instrument_id=self.instrument_id,
            provision_key=self.key,
            quote=base.quote,
            stance=self.stance.currentData() or "",
            priority=self.priority.currentData() or "",
            red_line=self.red_line.isChecked(),
            proposals=list(base.proposals),
            rationale=self.texts["rationale"].toPlainText(),
            talking_points=self.texts["talking_points"].toPlainText(),
            instructions=self.texts["instructions"].toPlainText(),
            tags=list(dict.fromkeys(tags)),
            delegations=self.delegations.positions(),
            version_id=self.version_id,
            id=base.id,
            created=base.created,
            updated=base.updated,
        )
        # The wording typed is in this version's language; one left as it was keeps the
        # version it was written against.
        typed = self.texts["proposed"].toPlainText()
        kept = base.proposal(self.language)
        if (kept.text if kept else "") != typed:
            note = note.with_proposal(self.language, typed, self.version_id)
        return note

    def _fill(self, note: Note) -> None:
        self._loading = True
        try:
            self.stance.setCurrentIndex(max(self.stance.findData(note.stance), 0))
            self.priority.setCurrentIndex(max(self.priority.findData(note.priority), 0))
            self.red_line.setChecked(note.red_line)
            for name, edit in self.texts.items():
                text = self._field_text(note, name)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                mark_found_words(edit, ())  # what a search found was on the note shown before
            self.other_wordings.show_wordings(note.other_proposals(self.language))
            self.tags.setText(", ".join(note.tags))
            self.delegations.set_positions(note.delegations)
        finally:
            self._loading = False
        self._baseline = self._collect().content()
        self.state.setText(_saved_line(note))
        # setPlainText above started the typing delay: the redline is brought up to date now.
        self._redline_timer.stop()
        self._update_redline()

    def _field_text(self, note: Note, name: str) -> str:
        if name == "proposed":
            own = note.proposal(self.language)
            return own.text if own is not None else ""
        return getattr(note, name)

    def _show_language(self, version_id: int) -> None:
        """The wording field names the language of the version being read."""
        if version_id not in self._languages:
            try:
                self._languages[version_id] = self.library.version(version_id).language
            except LibraryError:
                self._languages[version_id] = ""
        self.language = self._languages[version_id]
        title = tr("Proposed &wording")
        if self.language:
            title = tr("Proposed &wording ({language})").format(
                language=language_name(self.language)
            )
        self.proposed_label.setText(title)
        self.texts["proposed"].setAccessibleName(title.replace("&", ""))

    @property
    def redline(self) -> RedlineView:
        """The live redline under the proposed wording (made the first time it is needed)."""
        if self._redline is None:
            from negotiator_app.ui.position.redline_view import RedlineView

            self._redline = RedlineView()
            self._redline.hide()
            self.widget().layout().insertWidget(self._redline_at, self._redline)
        return self._redline

    def _current_text(self) -> str:
        from negotiator_app.core.redline import wording

        provision = self.outline.get(self.key) if self.outline else None
        return wording(provision) if provision else ""

    def proposal_segments(self) -> list[Segment]:
        """The redline of the proposed wording: the very one the memo shows for this note."""
        from negotiator_app.core.redline import redline, redline_proposal

        proposed = self.texts["proposed"].toPlainText()
        quote = self._stored.quote if self._stored else ""
        provision = self.outline.get(self.key) if self.outline else None
        if provision is None:
            return redline(quote, proposed.strip())
        return redline_proposal(provision, proposed, quote)

    def _update_redline(self) -> None:
        visible = bool(self.texts["proposed"].toPlainText().strip())
        self.redline_title.setVisible(visible)
        if visible or self._redline is not None:
            self.redline.setVisible(visible)
        if visible:
            self.redline.show_redline(self.proposal_segments())

    def _start_from_text(self) -> None:
        edit = self.texts["proposed"]
        if not edit.toPlainText().strip():
            edit.setPlainText(self._current_text())
        edit.setFocus()

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.stance, self.priority, self.red_line, self.tags, self.delegations):
            widget.setEnabled(enabled)
        for edit in self.texts.values():
            edit.setEnabled(enabled)
        self.start_from_text.setEnabled(enabled)


def _saved_line(note: Note) -> str:
    if not note.updated:
        return tr("No position recorded yet.")
    try:
        moment = datetime.fromisoformat(note.updated).astimezone()
    except ValueError:
        return ""
    return tr("Last saved {time}").format(time=local_time(moment, "dd MMM yyyy, HH:mm"))
