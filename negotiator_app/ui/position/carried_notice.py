"""Above a carried position: how it came into this revision, and whether it needs a look.

"Carried from Rev.1 — renumbered from Article 11. Text changed since your position — review."
with Mark reviewed, and the old text against the new one, words struck and inserted, on
demand. On the old revision, a position the next one could not take ("provision deleted") says
so too.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.carry import CarriedNote, CarryMark
from negotiator_app.storage.notes import Note
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import carry_detail, carry_sentence

tr = translator("PositionPanel")
_CHANGED_MARKS = (CarryMark.CHANGED, CarryMark.TAKEN_IN)


class CarriedNotice(QFrame):
    """Hidden for a position written on this revision; otherwise one or two lines."""

    reviewed = Signal(int)  # the carried position's id, just marked reviewed

    def __init__(self, library: Library, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("carriedNotice")
        self.library = library
        self.carried: CarriedNote | None = None
        # Where the old wording is (revision, key) and the new (version, key), when it changed.
        self._old: tuple[int, str, int, str] | None = None
        self.line = QLabel()
        self.line.setObjectName("carriedLine")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        look(self.line, "quiet")
        self.reviewed_button = QPushButton(tr("Mark reviewed"))
        self.reviewed_button.setToolTip(
            tr("Keep this position as it is; it leaves the review list")
        )
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.diff_toggle = QToolButton()
        self.diff_toggle.setObjectName("carriedDiffToggle")
        self.diff_toggle.setText(tr("What changed in the text"))
        self.diff_toggle.setAccessibleName(tr("Show what changed in the text since your position"))
        self.diff_toggle.setCheckable(True)
        self.diff_toggle.setAutoRaise(True)
        self.diff_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.diff_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.diff_toggle.toggled.connect(self._toggle_diff)
        self._diff = None  # the redline view, made when first opened
        self._shown: tuple = (None, None, None, "")  # what show_note was last given

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.diff_toggle)
        buttons.addStretch(1)
        buttons.addWidget(self.reviewed_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 4)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.line)
        self._layout.addLayout(buttons)
        self.hide()

    def show_note(
        self, note: Note | None, outline: Outline | None, version_id: int | None, key: str
    ) -> None:
        """Say how note came to be here (or where it could not go); hidden when it did not."""
        from negotiator_app.storage.carry import carried_into, kept_on_old_text

        self._shown = (note, outline, version_id, key)
        self.carried = None
        if note is None or note.id is None or outline is None or version_id is None:
            self.hide()
            return
        try:
            carried = carried_into(self.library, note.id)
            kept = None if carried is not None else kept_on_old_text(self.library, note.id)
            if carried is not None:
                self._show_carried(carried, version_id, key)
            elif kept is not None:
                self._show_kept(kept)
            else:
                self.hide()
                return
        except LibraryError as error:
            self.line.setText(html.escape(str(error)))
            self.show()
            return
        self.carried = carried or kept
        self.show()

    def refresh(self) -> None:
        """Read again how the note shown was carried (it may have been reviewed elsewhere)."""
        self.show_note(*self._shown)

    def mark_reviewed(self) -> None:
        from negotiator_app.storage.carry import mark_reviewed

        if self.carried is None:
            return
        try:
            done = mark_reviewed(self.library, self.carried.id)
        except LibraryError as error:
            self.line.setText(html.escape(str(error)))
            return
        self.carried = done
        self.reviewed_button.hide()
        self.line.setText(self.line.text().replace(_review_tail(), " " + tr("Reviewed.")))
        self.reviewed.emit(done.id)

    def needs_review(self) -> bool:
        return self.carried is not None and self.carried.review

    def diff_html(self) -> str:
        """The redline of the text under the position: old wording against the new."""
        return self._diff.toHtml() if self._diff is not None else ""

    # -- helpers ----------------------------------------------------------------------------

    def _show_carried(self, carried: CarriedNote, version_id: int, key: str) -> None:
        from negotiator_app.storage.notes import get_note_by_id
        from negotiator_app.storage.revisions import revision

        source = get_note_by_id(self.library, carried.note_id)
        before = revision(self.library, source.revision_id) if source.revision_id else None
        name = before.label if before is not None else tr("the revision before")
        text = tr("Carried from {revision}").format(revision=html.escape(name))
        if carried.detail:
            language = self._language(version_id)
            text += f" — {html.escape(carry_detail(carried.detail, language))}"
        text += "."
        mark = carried.mark
        if mark != CarryMark.UNCHANGED:
            text += " " + html.escape(carry_sentence(mark))
        # The old text is read when the delegate asks to see it, not at every provision shown.
        self._old = None
        if mark in _CHANGED_MARKS and before is not None:
            self._old = (before.id, carried.old_key, version_id, key)
        self._set(text, carried.review)

    def _show_kept(self, kept: CarriedNote) -> None:
        from negotiator_app.storage.revisions import revision

        into = revision(self.library, kept.revision_id).label
        text = f"{html.escape(into)}: {html.escape(carry_sentence(kept.mark))}"
        self._old = None
        self._set(text, kept.review)

    def _set(self, text: str, review: bool) -> None:
        if review:
            text += _review_tail()
        self.line.setText(text)
        self.reviewed_button.setVisible(review)
        self.diff_toggle.setVisible(self._old is not None)
        self.diff_toggle.setChecked(False)
        if self._diff is not None:
            self._diff.hide()

    def _toggle_diff(self, shown: bool) -> None:
        self.diff_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown and self._diff is None:
            from negotiator_app.ui.position.redline_view import RedlineView

            self._diff = RedlineView()
            self._diff.setObjectName("carriedDiff")
            self._diff.setAccessibleName(
                tr(
                    "The text under your position: deleted words struck through, inserted "
                    "underlined"
                )
            )
            self._layout.addWidget(self._diff)
        if self._diff is None:
            return
        if shown:
            from negotiator_app.core.redline import redline

            self._diff.show_redline(redline(*self._wordings()))
        self._diff.setVisible(shown)

    def _language(self, version_id: int) -> str:
        """The language of the version read: the one its labels are written in."""
        try:
            return self.library.version(version_id).language
        except LibraryError:
            return ""

    def _wordings(self) -> tuple[str, str]:
        """The wording under the position when it was written, and now."""
        from negotiator_app.core.redline import wording
        from negotiator_app.storage.revisions import language_version

        outline = self._shown[1]
        if self._old is None or outline is None:
            return "", ""
        revision_id, old_key, version_id, key = self._old
        new = outline.get(key)
        try:
            here = self.library.version(version_id)
            old = language_version(self.library, revision_id, here.language)
            before = self.library.provision(old.id, old_key) if old is not None else None
        except LibraryError:
            before = None
        return (wording(before) if before else ""), (wording(new) if new else "")


def _review_tail() -> str:
    return f" <b>{html.escape(tr('To review.'))}</b>"
