"""The words a search found in a note, marked in the panel's fields as the reader marks them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from negotiator_app.core.text_marks import term_spans
from negotiator_app.ui.theme import reader_colours


def mark_found_words(edit: QPlainTextEdit, terms: Iterable[str]) -> bool:
    """Mark in edit each word starting with one of terms (none: clear); True if any was."""
    dark = edit.palette().color(QPalette.ColorRole.Base).lightness() < 128
    colour = QColor(reader_colours(dark).hit_bg)
    marks = []
    for start, end in term_spans(edit.toPlainText(), terms):
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(edit.document())
        mark.cursor.setPosition(start)
        mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(colour)
        marks.append(mark)
    edit.setExtraSelections(marks)
    return bool(marks)


def found_words(edit: QPlainTextEdit) -> list[str]:
    """The words marked in edit now."""
    return [mark.cursor.selectedText() for mark in edit.extraSelections()]
