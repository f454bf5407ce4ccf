"""The Library menu's work: rename, relabel and delete the version being read, rename and
delete its instrument (storage/library_edits.py does it: a backup first, positions kept)."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage import library_edits as edits
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.library.edit_dialogs import (
    DeleteQuestion,
    RelabelQuestion,
    TextQuestion,
    version_said,
)
from negotiator_app.ui.words import language_name

tr = translator("LibraryEdits")


class LibraryEdits(QObject):
    """Asks, then changes the library; says what it did in one sentence."""

    changed = Signal(object)  # the version to open now (an id), or None for the first there is
    message = Signal(str, str)  # HTML, tone ("info" or "error")

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.parent_widget = parent
        self.question: QWidget | None = None  # the dialog open now, if any

    def rename_version(self, version: VersionInfo) -> TextQuestion:
        dialog = TextQuestion(
            tr("Rename version"),
            tr("&Label:"),
            version.label,
            tr("The label the version is listed and referred to by, e.g. “Rev.2”."),
            self.parent_widget,
        )

        def done() -> None:
            renamed = self._do(lambda: edits.rename_version(self.library, version, dialog.value()))
            if renamed is not None:
                said = tr("Version “{old}” is now “{new}”.")
                self._said(said.format(old=version.label, new=renamed.label))
                self.changed.emit(version.id)

        return self._ask(dialog, done)

    def relabel_version(self, version: VersionInfo) -> RelabelQuestion:
        dialog = RelabelQuestion(version.label, version.language, version.title, self.parent_widget)

        def done() -> None:
            language, title = dialog.chosen()
            result = self._do(
                lambda: edits.relabel_version(self.library, version, language=language, title=title)
            )
            if result is not None:
                info, moved = result
                text = tr("“{label}” is in {language}, titled “{title}”.").format(
                    label=info.label, language=language_name(info.language), title=info.title
                )
                if moved:
                    text += " " + tr(
                        "%n proposed wordings written against it are now in that language.", moved
                    )
                self.message.emit(html.escape(text), "info")
                self.changed.emit(version.id)

        return self._ask(dialog, done)

    def delete_version(self, version: VersionInfo) -> DeleteQuestion:
        notes, others = edits.deletion_preview(self.library, version)
        said = version_said(notes, others, version.revision or version.label)
        offer = tr("Also delete its %n positions", notes) if notes and not others else ""
        question = tr("Delete version “{label}” of {instrument}?").format(
            label=version.label, instrument=version.instrument
        )
        dialog = DeleteQuestion(question, said, offer, self.parent_widget)

        def done() -> None:
            deletion = self._do(
                lambda: edits.delete_version(self.library, version, with_notes=dialog.with_notes())
            )
            if deletion is not None:
                self.changed.emit(self._next_after(version))
                self._deleted(deletion)

        return self._ask_delete(dialog, done)

    def rename_instrument(self, version: VersionInfo) -> TextQuestion:
        dialog = TextQuestion(
            tr("Rename instrument"), tr("&Name:"), version.instrument, parent=self.parent_widget
        )

        def done() -> None:
            instrument = edits.Instrument(version.instrument_id, version.instrument)
            renamed = self._do(
                lambda: edits.rename_instrument(self.library, instrument, dialog.value())
            )
            if renamed is not None:
                said = tr("The instrument “{old}” is now “{new}”.")
                self._said(said.format(old=version.instrument, new=renamed.name))
                self.changed.emit(version.id)

        return self._ask(dialog, done)

    def delete_instrument(self, version: VersionInfo) -> DeleteQuestion:
        count = len(self.library.versions(version.instrument_id))
        dialog = DeleteQuestion(
            tr("Delete “{name}” and its %n versions?", count).format(name=version.instrument),
            tr(
                "Its positions and session log entries are kept (`negotiator note list --orphans`)."
            ),
            tr("Also delete its positions and session log entries"),
            self.parent_widget,
        )

        def done() -> None:
            instrument = edits.Instrument(version.instrument_id, version.instrument)
            deletion = self._do(
                lambda: edits.delete_instrument(
                    self.library, instrument, with_notes=dialog.with_notes()
                )
            )
            if deletion is not None:
                self.changed.emit(None)
                self._deleted(deletion)

        return self._ask_delete(dialog, done)

    # -- helpers ----------------------------------------------------------------------

    def _ask(self, dialog, done) -> object:
        dialog.accepted.connect(done)
        dialog.finished.connect(self._closed)
        self.question = dialog
        dialog.open()
        return dialog

    def _ask_delete(self, dialog: DeleteQuestion, done) -> DeleteQuestion:
        dialog.buttonClicked.connect(
            lambda button: done() if button is dialog.delete_button else None
        )
        dialog.finished.connect(self._closed)
        self.question = dialog
        dialog.open()
        return dialog

    def _deleted(self, deletion: edits.Deletion) -> None:
        """Say what went and where the positions are (after the window caught up)."""
        text = deletion.summary()
        if self.library.is_empty():
            text += " " + tr("The library has no text now: import a draft with File › Import….")
        self.message.emit(html.escape(text), "info")

    def _closed(self, *_args: object) -> None:
        if self.question is not None:
            self.question.deleteLater()
        self.question = None

    def _do(self, change):
        try:
            return change()
        except LibraryError as error:
            self.message.emit(html.escape(str(error)), "error")
            return None

    def _said(self, sentence: str) -> None:
        self.message.emit(html.escape(sentence), "info")

    def _next_after(self, version: VersionInfo) -> int | None:
        """The version to read once one is deleted: another of its instrument, newest first."""
        same = [v for v in self.library.versions(version.instrument_id) if v.id != version.id]
        return same[-1].id if same else None
