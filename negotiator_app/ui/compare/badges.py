"""What changed in the version being read since the revision it revises: the tree's badges and
the overview's open brackets before and after.

The comparison runs quietly on a worker (no dialog: nobody asked for it) once the version is
open; until it is ready the tree simply shows no badges.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.ui.compare.comparisons import Comparisons
from negotiator_app.ui.compare.tasks import VersionChanges, revision_name
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.words import change_name

tr = translator("Compare")


class ChangeBadges(QObject):
    """Follows the open version; says when what changed in it since the revision before is known."""

    changed = Signal()  # current() is new: badge the tree, redraw the overview

    def __init__(self, library: Library, comparisons: Comparisons, parent: QObject) -> None:
        super().__init__(parent)
        self.library = library
        self.comparisons = comparisons
        self._wanted: tuple[int, int] | None = None
        self._current: VersionChanges | None = None
        comparisons.ready.connect(self._ready)

    def follow(self, version: VersionInfo | None) -> None:
        """The version now being read: compare it with the one it revises, if any."""
        from negotiator_app.storage.revisions import revised

        self._current, self._wanted = None, None
        old = None
        if version is not None:
            try:
                old = revised(self.library, version)
            except LibraryError:
                old = None  # no badges: the reader and the tree still work
        if version is None or old is None:
            self.changed.emit()
            return
        self._wanted = (old.id, version.id)
        found = self.comparisons.request(old, version)
        if found is not None:
            self._ready(found)
        else:
            self.changed.emit()  # the badges of the version read before go

    def current(self) -> VersionChanges | None:
        """What changed in the open version since the one it revises, once known."""
        return self._current

    def marks(self) -> dict[str, tuple[str, str]]:
        """For the tree: key -> (badge, what the tooltip says) for each provision the revision
        changed, added or renumbered."""
        from negotiator_app.core.change_filter import badge, changes_in_new

        changes = self._current
        if changes is None:
            return {}
        since = revision_name(changes.old)
        marks = {}
        for key, pair in changes_in_new(changes.comparison).items():
            kind = badge(pair)
            if kind is not None and kind.value == "new":
                line = tr("New in {revision}").format(revision=revision_name(changes.new))
            elif kind is not None:
                line = tr("Changed since {revision}: {change}").format(
                    revision=since, change=change_name(pair.change)
                )
            else:
                line = ""
            old_label = pair.old.label(changes.old.language) if pair.old is not None else ""
            new_label = pair.new.label(changes.old.language) if pair.new is not None else ""
            if old_label and new_label and old_label != new_label:
                line = (
                    tr("{change} (was {before})").format(change=line, before=old_label)
                    if line
                    else tr("Was {before} in {revision}").format(before=old_label, revision=since)
                )
            marks[key] = (kind.value if kind is not None else "", line)
        return marks

    def _ready(self, changes: VersionChanges) -> None:
        if changes.key == self._wanted:
            self._current = changes
            self.changed.emit()
