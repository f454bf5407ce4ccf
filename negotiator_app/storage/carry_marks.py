"""What became of the text under a carried position: its mark (unchanged, changed, taken in,
...) and where its provision was ("renumbered from Article 11"). A proposed wording is judged
against the new text in its own language. Carrying itself, and the review list: carry.py.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from negotiator_app.core.comparison import Change, Comparison, Pair
from negotiator_app.core.language import same_language
from negotiator_app.core.provision import Kind

if TYPE_CHECKING:
    from negotiator_app.storage.library import Library, VersionInfo
    from negotiator_app.storage.positions import Note, Proposal


class CarryMark(StrEnum):
    """What became of the text under a carried position."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    TAKEN_IN = "taken in"  # the new text equals or contains the proposed wording
    DELETED = "deleted"  # the revision deleted the provision: the note stays on the old text
    ALREADY_NOTED = "already noted"  # the new provision has a position of its own already


MESSAGES = {
    CarryMark.UNCHANGED: "text unchanged",
    CarryMark.CHANGED: "text changed since your position — review",
    CarryMark.TAKEN_IN: "your proposed wording was taken in",
    CarryMark.DELETED: "provision deleted — your position on the old text is kept",
    CarryMark.ALREADY_NOTED: (
        "the new text already has a position here — your position on the old text is kept"
    ),
}
# Marks that put a carried note on the review list.
TO_REVIEW = frozenset(
    {CarryMark.CHANGED, CarryMark.TAKEN_IN, CarryMark.DELETED, CarryMark.ALREADY_NOTED}
)


class Wordings:
    """The texts of a provision in the old and the new revision, in each language either has:
    a proposal is judged against the text in its own language."""

    def __init__(self, library: Library, old: VersionInfo, new: VersionInfo) -> None:
        from negotiator_app.storage.revisions import revision_versions

        self.library = library
        self.old, self.new = old, new
        self._versions = {
            "old": revision_versions(library, old.revision_id) if old.revision_id else [old],
            "new": revision_versions(library, new.revision_id) if new.revision_id else [new],
        }
        self._texts: dict[int, dict[str, str]] = {}

    def text(self, side: str, language: str, key: str, pair: Pair) -> str | None:
        """The wording of key on one side in a language; None when that side has no version
        in it. The compared versions' own texts come from the pair."""
        compared = self.old if side == "old" else self.new
        if same_language(compared.language, language):
            return pair.old_text if side == "old" else pair.new_text
        version = next(
            (v for v in self._versions[side] if same_language(v.language, language)), None
        )
        if version is None:
            return None
        if version.id not in self._texts:
            from negotiator_app.core.redline import wording

            self._texts[version.id] = {
                node.key: wording(node)
                for root in self.library.tree(version.id)
                for node in root.walk()
            }
        return self._texts[version.id].get(key, "")


def judge(
    note: Note, pair: Pair, comparison: Comparison, wordings: Wordings
) -> tuple[CarryMark, str]:
    """The mark of a copied note, and where its provision was when it moved."""
    new_text = _folded(pair.new_text)
    if any(_taken_in(proposal, note, pair, wordings) for proposal in note.proposals):
        mark = CarryMark.TAKEN_IN
    elif (note.quote and _folded(note.quote) not in new_text) or pair.text_changed:
        mark = CarryMark.CHANGED
    else:
        mark = CarryMark.UNCHANGED
    return mark, _where_it_was(pair, comparison)


def _taken_in(proposal: Proposal, note: Note, pair: Pair, wordings: Wordings) -> bool:
    """Whether the new text, in the proposal's language, now says what it proposed."""
    proposed = _folded(proposal.text)
    if not proposed or pair.new is None:
        return False
    new_text = wordings.text("new", proposal.language, pair.new.key, pair)
    old_text = wordings.text("old", proposal.language, note.provision_key, pair)
    if new_text is None:
        return False
    return proposed in _folded(new_text) and proposed not in _folded(old_text or "")


def _where_it_was(pair: Pair, comparison: Comparison) -> str:
    """ "renumbered from Article 11", "moved from Article 8", "renumbered from paragraph 3
    (moved to another chapter)", or "" when the provision kept its place."""
    unit = pair
    while not unit.is_unit and unit.old_parent is not None:
        parent = comparison.of_old(unit.old_parent)
        if parent is None:
            break
        unit = parent
    old_unit = unit.old.label() if unit.old is not None else ""
    if pair.change == Change.MOVED and not pair.is_unit:
        return f"moved from {old_unit}" if old_unit else "moved from another article"
    detail = ""
    if unit.old is not None and unit.new is not None and old_unit != unit.new.label():
        detail = f"renumbered from {old_unit}"
    elif pair.old is not None and pair.new is not None and pair.old.label() != pair.new.label():
        label = pair.old.label()
        if pair.old.kind == Kind.PARAGRAPH:
            label = f"paragraph {pair.old.number}"
        detail = f"renumbered from {label}"
    if unit.change == Change.MOVED:
        detail = f"{detail} (moved to another chapter)" if detail else "moved to another chapter"
    return detail


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
