"""What both export dialogs offer: the language of the document written, its classification
marking (the presets shown as that language prints them), and the form's small pieces (a
labelled line, a row, the user's documents folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from negotiator_app.export.cover import MARKINGS
from negotiator_app.export.memo_words import MEMO_LANGUAGES, memo_words
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.words import language_title

tr = translator("ExportMemo")
NO_MARKING = "(no marking)"  # what settings keep for "no marking"


class LanguageBox(QComboBox):
    """English, Russian, French, Spanish: the language of the memo's own words."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoLanguage")
        self.setAccessibleName(tr("Language of the memo"))
        self.setToolTip(
            tr(
                "The language of the memo's own words: title, headings, stances, dates. The "
                "provisions are quoted, and named, as the text says them."
            )
        )
        for code in MEMO_LANGUAGES:
            self.addItem(language_title(code), code)
        self.setCurrentIndex(MEMO_LANGUAGES.index(language))

    def language(self) -> str:
        return self.currentData()


class MarkingBox(QComboBox):
    """The presets (RESTRICTED, CONFIDENTIAL...) as the memo's language prints them, or any
    marking the delegate types."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setAccessibleName(tr("Classification marking"))
        for preset in (*MARKINGS, NO_MARKING):
            self.addItem(preset, preset)
        self.show_in(language)

    def show_in(self, language: str) -> None:
        """Name the presets in language ("ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ"), the choice kept."""
        words = memo_words(language)
        for index in range(self.count()):
            preset = self.itemData(index)
            shown = tr("(no marking)") if preset == NO_MARKING else words.marking(preset)
            self.setItemText(index, shown)

    def choose(self, marking: str) -> None:
        """Select a preset by its English name (as settings keep it), else show the text."""
        wanted = (marking or NO_MARKING).strip().upper()
        for index in range(self.count()):
            if self.itemData(index).upper() == wanted:
                self.setCurrentIndex(index)
                return
        self.setCurrentText(marking)

    def chosen(self) -> str:
        """A preset by its English name (written in the memo's language), "" for none, else
        the text as typed."""
        text = self.currentText().strip()
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            preset = self.itemData(index)
            return "" if preset == NO_MARKING else preset
        return text


def documents_folder() -> Path:
    """The user's documents folder, where exports go unless they choose; else their home."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def line_edit(text: str, placeholder: str) -> QLineEdit:
    """A line of the form, named for screen readers by what it asks for."""
    edit = QLineEdit(text)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(placeholder)
    return edit


def side_by_side(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one cell of the form; a line edit takes the room left."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return holder
