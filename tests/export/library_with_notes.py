"""The small test convention with the delegation's notes on it, for export and dialog tests."""

from __future__ import annotations

from negotiator_app.storage import Library, VersionInfo
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal, save_note
from tests.conftest import FIXTURES

# Notes in an order unlike the document's, so ordering is really tested.
NOTES = {
    "art-4.1": dict(
        stance="oppose",
        priority="high",
        red_line=True,
        proposals=[
            Proposal(
                "en",
                "Data received under this Convention shall be used only for the purposes "
                "stated in the request, unless the requested State Party consents otherwise.",
            )
        ],
        rationale="Option 2 would let data be used for any purpose.",
        talking_points="- Purpose limitation is essential.\n- We can accept consent-based use.",
        instructions="Do not accept Option 2.",
        tags=["safeguards"],
        delegations=[
            DelegationPosition("Norway", "support", "Prefers Option 1."),
            DelegationPosition("Chile", "oppose", ""),
        ],
    ),
    "art-2.b": dict(
        stance="support with amendments",
        priority="medium",
        proposals=[
            Proposal(
                "en",
                '"competent authority" means an authority designated under article 5 '
                "and notified to the depositary;",
            )
        ],
        rationale="The depositary must know who the authority is.",
        tags=["definitions"],
    ),
    "art-1": dict(stance="support", priority="low", tags=["general"]),
    "annex.2": dict(stance="reserve", instructions="Await capital.", tags=["forms"]),
    "pre.2": dict(stance="neutral", talking_points="No comment.", tags=["general"]),
}
DOCUMENT_ORDER = ["pre.2", "art-1", "art-2.b", "art-4.1", "annex.2"]


def add_noted_version(library: Library) -> VersionInfo:
    """Import the English test convention and write the notes above on it."""
    info, _ = import_draft(library, FIXTURES / "small_convention_en.txt", label="Rev.1")
    for key, fields in NOTES.items():
        save_note(library, Note(info.instrument_id, key, version_id=info.id, **fields))
    return info


def add_russian_version(library: Library) -> VersionInfo:
    """Import the Russian test convention with one note in Russian."""
    info, _ = import_draft(library, FIXTURES / "small_convention_ru.txt", label="RU", language="ru")
    save_note(
        library,
        Note(
            info.instrument_id,
            "art-1.2",
            version_id=info.id,
            stance="support with amendments",
            proposals=[
                Proposal(
                    "ru",
                    "Настоящая Конвенция толкуется и применяется в соответствии с принципами "
                    "суверенного равенства.",
                )
            ],
            rationale="Формулировка должна охватывать и применение Конвенции.",
            talking_points="Поддерживаем принцип невмешательства.",
            tags=["толкование"],
            delegations=[DelegationPosition("Казахстан", "support", "Готов поддержать.")],
        ),
    )
    return info
