"""Comparisons of two versions, run on a worker (ui/workers) and kept for the session.

The compare view, the tree's change badges and the overview's brackets all ask here, so one
pair of versions is aligned once: a second asker of a comparison under way waits for the same
task. Versions do not change once imported, so what was compared stays true.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from negotiator_app.storage import Library, VersionInfo
from negotiator_app.ui.compare.tasks import VersionChanges, called, compare_work
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.workers import TaskProgressDialog, TaskRunner

tr = translator("Compare")

KEPT = 6  # comparisons kept; a long text's takes a few megabytes


class Comparisons(QObject):
    """Runs and keeps comparisons; says when one is ready, failed or was cancelled."""

    ready = Signal(object)  # VersionChanges
    failed = Signal(object, str)  # the (old id, new id) asked for, and why it failed
    cancelled = Signal(object)  # the (old id, new id) that was asked for
    crashed = Signal(object)

    def __init__(self, library: Library, parent: QObject) -> None:
        super().__init__(parent)
        self.library = library
        self._kept: OrderedDict[tuple[int, int], VersionChanges] = OrderedDict()
        self.running: dict[tuple[int, int], TaskRunner] = {}
        self._watched: set[tuple[int, int]] = set()  # comparisons with a progress dialog

    def cached(self, old_id: int, new_id: int) -> VersionChanges | None:
        found = self._kept.get((old_id, new_id))
        if found is not None:
            self._kept.move_to_end((old_id, new_id))
        return found

    def request(
        self, old: VersionInfo, new: VersionInfo, progress_parent: QWidget | None = None
    ) -> VersionChanges | None:
        """The comparison now when it is known; else None, and `ready` says when it is.

        progress_parent: show the progress (and Cancel) in a dialog over it, for a long text.
        """
        key = (old.id, new.id)
        found = self.cached(*key)
        if found is not None:
            return found
        runner = self.running.get(key)
        if runner is None:
            runner = TaskRunner(compare_work(self.library.folder, old, new), self, "compare")
            runner.succeeded.connect(self._succeeded)
            runner.failed.connect(lambda sentence: self.failed.emit(key, sentence))
            runner.crashed.connect(self.crashed)
            runner.cancelled.connect(lambda: self.cancelled.emit(key))
            runner.finished.connect(lambda: self._finished(key))
            self.running[key] = runner
            runner.start()
        if progress_parent is not None and key not in self._watched:
            self._watched.add(key)
            TaskProgressDialog(
                runner,
                tr("Comparing"),
                tr("Comparing {old} with {new}…").format(old=called(old), new=called(new)),
                progress_parent,
            )
        return None

    def forget(self) -> None:
        """Drop what was kept (the versions compared were renamed or deleted)."""
        self._kept.clear()

    def cancel_all(self) -> None:
        """Stop every comparison under way (the window is closing) and wait for them."""
        for runner in list(self.running.values()):
            runner.cancel()
        for runner in list(self.running.values()):
            runner.wait()

    def _succeeded(self, changes: VersionChanges) -> None:
        self._kept[changes.key] = changes
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        self.ready.emit(changes)

    def _finished(self, key: tuple[int, int]) -> None:
        self._watched.discard(key)
        runner = self.running.pop(key, None)
        if runner is not None:
            runner.deleteLater()
