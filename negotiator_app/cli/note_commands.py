"""Commands over positions: note set, show, list, restore, reviewed."""

from __future__ import annotations

import argparse
from dataclasses import replace

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json, fail
from negotiator_app.core.language import same_language
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.carry import carried_into, mark_reviewed, review_list
from negotiator_app.storage.note_changes import changes, describe_save
from negotiator_app.storage.notes import (
    STANCES,
    DelegationPosition,
    Note,
    earlier_save,
    get_note,
    list_notes,
    normalise_stance,
    note_history,
    require_provision,
    restore_note,
    restored_note,
    save_note,
)
from negotiator_app.storage.revisions import language_version

_TEXT_OPTIONS = {
    "rationale": "rationale",
    "talking_points": "talking points",
    "instructions": "instructions from capital",
}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    note = commands.add_parser("note", help="record and read positions on provisions")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True)

    p = actions.add_parser("set", parents=[common], help="save the position on a provision")
    _provision_arguments(p)
    p.add_argument("--stance", help=f"one of: {', '.join(STANCES)} (or: amendments)")
    p.add_argument("--priority", help="high, medium or low")
    p.add_argument(
        "--red-line", action=argparse.BooleanOptionalAction, default=None, help="a red line?"
    )
    p.add_argument(
        "--proposed",
        metavar="TEXT",
        help="proposed wording, in the language of --proposed-language (empty: remove it)",
    )
    p.add_argument(
        "--proposed-language",
        metavar="CODE",
        help="the language the wording is written in, e.g. en, ru (default: the version's); a "
        "note has one wording per language, each redlined only against a text in its language",
    )
    for name, what in _TEXT_OPTIONS.items():
        p.add_argument(f"--{name.replace('_', '-')}", metavar="TEXT", help=what)
    p.add_argument(
        "--tag", action="append", metavar="T", help="a tag (repeat; replaces the note's tags)"
    )
    p.add_argument(
        "--delegation",
        action="append",
        nargs=3,
        metavar=("NAME", "STANCE", "REMARK"),
        help="what a delegation holds (repeat; replaces the recorded positions)",
    )
    p.set_defaults(handler=run_set, writes=True)

    p = actions.add_parser("show", parents=[common], help="print a note with its history")
    _provision_arguments(p)
    p.set_defaults(handler=run_show)

    p = actions.add_parser("list", parents=[common], help="list notes")
    p.add_argument(
        "--version", help="only notes on this version's revision (shared by its languages)"
    )
    p.add_argument("--stance", help="only notes with this stance")
    p.add_argument("--tag", help="only notes with this tag")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--review",
        action="store_true",
        help="the positions carried into a new revision that await a look (with their ids)",
    )
    which.add_argument(
        "--orphans",
        action="store_true",
        help="positions kept after every version of their revision was deleted (see: "
        "negotiator version delete); import the text again with --translation-of REVISION to "
        "see them on it",
    )
    p.set_defaults(handler=run_list)

    p = actions.add_parser(
        "reviewed",
        parents=[common],
        help="take a carried position off the review list, as it is (see: note list --review)",
    )
    p.add_argument("id", type=int, help="its id in `note list --review`")
    p.set_defaults(handler=run_reviewed, writes=True)

    p = actions.add_parser("restore", parents=[common], help="make an earlier save current again")
    _provision_arguments(p)
    p.add_argument("history_id", type=int, help="the save to restore (see: note show)")
    p.add_argument(
        "--wording-only",
        action="store_true",
        help="restore only that save's proposed wording (every language); keep the stance, "
        "reasons, tags and delegations as they are",
    )
    p.set_defaults(handler=run_restore, writes=True)


def run_set(args: argparse.Namespace) -> int:
    changes = _changes(args)
    if args.proposed_language is not None and args.proposed is None:
        return fail("--proposed-language says the language of --proposed: give the wording too.")
    if not changes and args.proposed is None:
        return fail("Nothing to save: give at least one of --stance, --priority, --rationale...")
    with open_library(args) as library:
        info = library.find_version(args.version)
        require_provision(library, info, args.key)
        current = get_note(library, args.key, args.quote, version_id=info.id) or Note(
            info.instrument_id, args.key, quote=args.quote
        )
        note = replace(current, version_id=info.id, **changes)
        if args.proposed is not None:
            language = (args.proposed_language or info.language).strip().lower()
            note = note.with_proposal(language, args.proposed, _written_on(library, info, language))
        saved = save_note(library, note)
        history = note_history(library, saved.id)
    if args.json:
        emit_json({"note": saved.to_dict(), "history_id": history[0].id})
        return 0
    print(
        f"Saved the note on {args.key} ({info.label}): save {history[0].id}, "
        f"{len(history)} in its history."
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        note = _existing(library, info, args)
        history = note_history(library, note.id)
        carried = carried_into(library, note.id)
    if args.json:
        emit_json(
            {
                "note": note.to_dict(),
                "history": [r.to_dict() for r in history],
                "carried": carried.to_dict() if carried else None,
            }
        )
        return 0
    print(f"Note on {note.provision_key} ({info.instrument}){_quoted(note)}")
    if carried is not None:
        review = " (awaits review)" if carried.review else ""
        print(f"  carried from {carried.old_key}: {carried.message()}{review}")
    for line in _describe(note):
        print(f"  {line}")
    print(f"History ({len(history)} saves, newest first):")
    for index, revision in enumerate(history):
        when = revision.saved[:19].replace("T", " ")
        before = history[index + 1].note if index + 1 < len(history) else None
        restored = revision.restored[:19].replace("T", " ")
        print(f"  {revision.id:>6}  {when}  {describe_save(before, revision.note, restored)}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    if args.review:
        return _run_review_list(args)
    if args.orphans:
        return _run_orphan_list(args)
    with open_library(args) as library:
        version_id = library.find_version(args.version).id if args.version else None
        names = {v.instrument_id: v.instrument for v in library.versions()}
        notes = list_notes(
            library, version_id=version_id, stance=_stance(args.stance), tag=args.tag
        )
    if args.json:
        emit_json([{**n.to_dict(), "instrument": names.get(n.instrument_id, "")} for n in notes])
        return 0
    if not notes:
        print("No notes match.")
    for note in notes:
        flags = " ".join(
            part
            for part in (
                note.stance or "-",
                f"priority {note.priority}" if note.priority else "",
                "RED LINE" if note.red_line else "",
                " ".join(f"#{tag}" for tag in note.tags),
            )
            if part
        )
        print(f"{note.provision_key:<16} {flags}{_quoted(note)}  (saved {note.updated[:10]})")
    return 0


def _run_review_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        if args.version:
            versions = [library.find_version(args.version)]
        else:  # one version of each revision
            versions = list({v.revision_id: v for v in reversed(library.versions())}.values())
        items = [item for version in versions for item in review_list(library, version)]
        labels = {v.revision_id: v.revision for v in library.versions()}
    if args.json:
        emit_json(
            [{**item.to_dict(), "revision": labels.get(item.carried.revision_id)} for item in items]
        )
        return 0
    if not items:
        print("No carried positions await review.")
    for item in items:
        carried = item.carried
        where = carried.new_key or f"{carried.old_key} (old text)"
        revision = labels.get(carried.revision_id, "")
        print(f"{carried.id:>5}  {revision:<8} {where:<24} {carried.message()}")
    return 0


def _run_orphan_list(args: argparse.Namespace) -> int:
    from negotiator_app.storage.library_edits import orphan_notes

    with open_library(args) as library:
        orphans = orphan_notes(library)
    orphans = [
        o for o in orphans
        if (not args.stance or o.note.stance == _stance(args.stance))
        and (not args.tag or args.tag.lower() in (t.lower() for t in o.note.tags))
    ]  # fmt: skip
    if args.json:
        emit_json([orphan.to_dict() for orphan in orphans])
        return 0
    if not orphans:
        print("No positions are kept without a text.")
    for orphan in orphans:
        note = orphan.note
        print(
            f"{orphan.instrument}  {orphan.revision:<10} {note.provision_key:<16} "
            f"{note.stance or '-'}{_quoted(note)}  (saved {note.updated[:10]})"
        )
    return 0


def run_reviewed(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        carried = mark_reviewed(library, args.id)
    if args.json:
        emit_json(carried.to_dict())
        return 0
    print(f"Reviewed: the position on {carried.new_key or carried.old_key} left the review list.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        note = _existing(library, info, args)
        earlier = earlier_save(library, note.id, args.history_id)
        changed = changes(note, restored_note(note, earlier.note, wording_only=args.wording_only))
        restore_note(library, note.id, args.history_id, wording_only=args.wording_only)
        newest = note_history(library, note.id)[0]
    if args.json:
        emit_json(
            {
                "note": newest.note.to_dict(),
                "history_id": newest.id,
                "changed": [change.key for change in changed],
            }
        )
        return 0
    what = "the wording of save" if args.wording_only else "save"
    said = "; ".join(change.describe() for change in changed) or "nothing changed"
    print(
        f"Restored {what} {args.history_id} of the note on {args.key} ({said}); "
        f"it is now save {newest.id}, and nothing earlier was lost."
    )
    return 0


def _written_on(library: Library, info: VersionInfo, language: str) -> int | None:
    """The version of info's revision in a language: what a wording in it is written against."""
    if same_language(language, info.language) or info.revision_id is None:
        return info.id if same_language(language, info.language) else None
    found = language_version(library, info.revision_id, language)
    return found.id if found is not None and same_language(found.language, language) else None


def _provision_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    parser.add_argument("key", help="provision key, e.g. art-6.1.a")
    parser.add_argument("--quote", default="", help="the quoted span the note is on, if any")


def _changes(args: argparse.Namespace) -> dict:
    changes: dict = {}
    if args.stance is not None:
        changes["stance"] = _stance(args.stance)
    if args.priority is not None:
        changes["priority"] = args.priority.strip().lower()
    if args.red_line is not None:
        changes["red_line"] = args.red_line
    for name in _TEXT_OPTIONS:
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.tag is not None:
        changes["tags"] = [tag.strip() for tag in args.tag if tag.strip()]
    if args.delegation is not None:
        changes["delegations"] = [
            DelegationPosition(name.strip(), _stance(stance), remark.strip())
            for name, stance, remark in args.delegation
        ]
    return changes


def _stance(value: str | None) -> str | None:
    """The stance as stored, from what a delegate types ("amendments", "support-with-...")."""
    return None if value is None else normalise_stance(value)


def _existing(library, info, args: argparse.Namespace) -> Note:
    note = get_note(library, args.key, args.quote, version_id=info.id)
    if note is None:
        raise LibraryError(f'There is no note on "{args.key}" of "{info.label}" yet.')
    return note


def _describe(note: Note) -> list[str]:
    lines = [
        f"stance: {note.stance or '-'}",
        f"priority: {note.priority or '-'}",
        f"red line: {'yes' if note.red_line else 'no'}",
    ]
    for proposal in note.proposals:
        if proposal.text.strip():
            lines.append(f"proposed wording ({proposal.language_name()}): {proposal.text}")
    for name, what in _TEXT_OPTIONS.items():
        if getattr(note, name):
            lines.append(f"{what}: {getattr(note, name)}")
    if note.tags:
        lines.append("tags: " + ", ".join(note.tags))
    for position in note.delegations:
        remark = f": {position.remark}" if position.remark else ""
        lines.append(f"{position.delegation} ({position.stance or '-'}){remark}")
    return lines


def _quoted(note: Note) -> str:
    return f' on "{note.quote}"' if note.quote else ""
