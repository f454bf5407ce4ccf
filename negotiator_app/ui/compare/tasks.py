"""The work behind the compare view, the tree's change badges and the overview's brackets.

No widgets (only Qt's translate, for the words of a title): the comparison runs on a worker
thread with its own connection to the library, because an SQLite connection belongs to the
thread that made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.revisions import language_version, revised, revisions
from negotiator_app.ui.i18n import translator

if TYPE_CHECKING:  # the alignment loads when a comparison runs, not with the window
    from negotiator_app.core.comparison import ChapterBracketChange, Comparison, Pair

tr = translator("Compare")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class VersionChanges:
    """What changed from one version to another, and the open brackets chapter by chapter."""

    old: VersionInfo
    new: VersionInfo
    comparison: Comparison
    brackets: list[ChapterBracketChange]
    old_outline: Outline
    new_outline: Outline

    @property
    def key(self) -> tuple[int, int]:
        return (self.old.id, self.new.id)

    def title(self, pair: Pair) -> str:
        """ "Article 12, paragraph 3 (was Article 11, paragraph 3)", "Article 3 (new)",
        "Article 14 bis (deleted)": as Pair.title, with a paragraph's article named too."""
        old = self._named(self.old_outline, pair.old_key)
        new = self._named(self.new_outline, pair.new_key)
        if pair.new is None or pair.change == "deleted":
            return tr("{provision} (deleted)").format(provision=old)
        if pair.old is None:
            return tr("{provision} (new)").format(provision=new)
        return (
            new
            if old == new
            else tr("{provision} (was {before})").format(provision=new, before=old)
        )

    @staticmethod
    def _named(outline: Outline, key: str | None) -> str:
        if key is None:
            return ""
        return outline.title(key) if key in outline else key


def compare_work(folder: Path, old: VersionInfo, new: VersionInfo) -> Callable[[Progress], object]:
    """The comparison as work for a TaskRunner: it reports progress article by article, and
    Cancel stops it at its next report (nothing is stored: there is nothing to undo)."""

    def work(progress: Progress) -> VersionChanges:
        from negotiator_app.core.alignment import align
        from negotiator_app.core.comparison import bracket_overview

        with Library(folder) as library:
            old_tree, new_tree = library.tree(old.id), library.tree(new.id)
        comparison = align(old_tree, new_tree, progress=progress)
        for pair in comparison.select("article"):
            _ = pair.brackets  # counted here, off the GUI thread: the list shows them
        brackets = bracket_overview(comparison, old_tree, new_tree)
        outlines = Outline(old_tree, old.language), Outline(new_tree, new.language)
        return VersionChanges(old, new, comparison, brackets, *outlines)

    return work


def default_pair(library: Library, version: VersionInfo) -> tuple[VersionInfo, VersionInfo] | None:
    """What to compare when the delegate asks: the open version and the one it revises, else
    the open version and the one that revises it (the demonstration opens on its Rev.1)."""
    old = revised(library, version)
    if old is not None:
        return old, version
    newer = revising(library, version)
    return (version, newer) if newer is not None else None


def revising(library: Library, version: VersionInfo) -> VersionInfo | None:
    """The version of the next revision, in the same language if it has one."""
    if version.revision_id is None:
        return None
    for candidate in revisions(library, version.instrument_id):
        if candidate.revises_id == version.revision_id:
            return language_version(library, candidate.id, version.language)
    return None


def comparable(library: Library, version: VersionInfo) -> list[VersionInfo]:
    """The versions a version can be compared with: its instrument's, in circulation order."""
    found = library.versions(version.instrument_id)
    return sorted(found, key=lambda v: (v.revision_position, v.position))


def called(version: VersionInfo) -> str:
    """How the compare view names a version: "Rev.2 — EN demo Rev.2 (en)", or "Rev.1 (en)"
    when the label is the revision's name."""
    language = f" ({version.language})" if version.language else ""  # the code: "(en)"
    if version.revision and version.revision != version.label:
        return f"{version.revision} — {version.label}{language}"
    return f"{version.label}{language}"


def revision_name(version: VersionInfo) -> str:
    """ "Rev.1": what a delegate calls the revision a version belongs to."""
    return version.revision or version.label
