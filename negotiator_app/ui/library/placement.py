"""What the import dialog offers about the instrument being read: its revisions and languages.

Pure Python (no Qt): read from the library in the GUI thread before the dialog opens.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.imports import DEMO_INSTRUMENT
from negotiator_app.storage.revisions import revision_versions, revisions


@dataclass(frozen=True)
class OpenInstrument:
    """The instrument now open, as an import can join it."""

    name: str
    revisions: list[str]  # labels, in circulation order
    languages: dict[str, set[str]] = field(default_factory=dict)  # revision -> its languages
    open_revision: str = ""  # the revision of the version being read
    demonstration: bool = False

    @property
    def newest(self) -> str:
        return self.revisions[-1] if self.revisions else ""


def open_instrument(library: Library, version: VersionInfo | None) -> OpenInstrument | None:
    """The revisions of the version's instrument; None when nothing is open (or it has none)."""
    if version is None:
        return None
    try:
        found = revisions(library, version.instrument_id)
        languages = {
            revision.label: {v.language for v in revision_versions(library, revision.id)}
            for revision in found
        }
    except LibraryError:
        return None
    if not found:
        return None
    return OpenInstrument(
        name=version.instrument,
        revisions=[revision.label for revision in found],
        languages=languages,
        open_revision=version.revision or found[-1].label,
        demonstration=version.instrument == DEMO_INSTRUMENT,
    )
