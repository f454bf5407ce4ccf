"""Commands that rename, relabel and delete versions and instruments.

`version rename|relabel|delete`, `instrument rename|delete`. Deleting takes a backup first and
keeps the positions unless --with-notes; it asks at the terminal, and a script says --yes.
See storage/library_edits.py for where kept positions live.
"""

from __future__ import annotations

import argparse
import sys

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.core.language import language_name
from negotiator_app.errors import UserError
from negotiator_app.storage.library_edits import (
    delete_instrument,
    delete_version,
    deletion_preview,
    find_instrument,
    relabel_version,
    rename_instrument,
    rename_version,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    version = commands.add_parser("version", help="rename, relabel or delete a version")
    actions = version.add_subparsers(dest="version_action", metavar="ACTION", required=True)

    p = actions.add_parser("rename", parents=[common], help="give a version another label")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument("label", help='the new label, e.g. "Rev.2 (Russian)"')
    p.set_defaults(handler=run_version_rename, writes=True)

    p = actions.add_parser(
        "relabel",
        parents=[common],
        help="say what a version is: its language and title",
        description="Correct a version's language (a revision has one version per language; "
        "the wordings written against it follow it into its language) or its title.",
    )
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument("--language", metavar="CODE", help="e.g. en, ru, fr")
    p.add_argument("--title", help="the title the memo's cover shows")
    p.set_defaults(handler=run_version_relabel, writes=True)

    p = actions.add_parser(
        "delete",
        parents=[common],
        help="delete a version (a backup first; its positions are kept)",
        description="Delete a version and its text. A backup is taken first. Positions stay on "
        "the revision's other language versions; when it was the revision's last, they are "
        "kept without a text (negotiator note list --orphans) unless --with-notes.",
    )
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    _delete_options(p, "the positions on its revision (only when it is the revision's last)")
    p.set_defaults(handler=run_version_delete, writes=True)

    instrument = commands.add_parser("instrument", help="rename or delete an instrument")
    actions = instrument.add_subparsers(dest="instrument_action", metavar="ACTION", required=True)

    p = actions.add_parser("rename", parents=[common], help="give an instrument another name")
    p.add_argument("instrument", help="its name or id (see: negotiator list)")
    p.add_argument("name", help="the new name")
    p.set_defaults(handler=run_instrument_rename, writes=True)

    p = actions.add_parser(
        "delete",
        parents=[common],
        help="delete an instrument's versions (a backup first; its positions are kept)",
    )
    p.add_argument("instrument", help="its name or id (see: negotiator list)")
    _delete_options(p, "its positions and its session log entries too")
    p.set_defaults(handler=run_instrument_delete, writes=True)


def run_version_rename(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        old = library.find_version(args.version)
        info = rename_version(library, old, args.label)
    if args.json:
        emit_json(info.to_dict())
    else:
        print(f'Renamed version "{old.label}" of {info.instrument} to "{info.label}".')
    return 0


def run_version_relabel(args: argparse.Namespace) -> int:
    if args.language is None and args.title is None:
        raise UserError("Say what to change: --language CODE, --title TEXT, or both.")
    with open_library(args) as library:
        old = library.find_version(args.version)
        info, moved = relabel_version(library, old, language=args.language, title=args.title)
    if args.json:
        emit_json({**info.to_dict(), "wordings_moved": moved})
        return 0
    said = [f'Version "{info.label}"']
    if args.language is not None:
        said.append(f"is in {language_name(info.language)}")
    if args.title is not None:
        said.append(f'is titled "{info.title}"')
    line = " ".join(said[:1]) + " " + " and ".join(said[1:]) + "."
    if moved:
        line += f" {moved} proposed wording(s) written against it are now in that language."
    print(line)
    return 0


def run_version_delete(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        notes, others = deletion_preview(library, info)
        if others:
            kept = f"its {notes} position(s) stay on {', '.join(others)}"
        elif args.with_notes:
            kept = f"its {notes} position(s) are deleted with it"
        else:
            kept = f"its {notes} position(s) are kept without a text"
        _confirm(args, f'Delete version "{info.label}" of {info.instrument} ({kept})?')
        deletion = delete_version(library, info, with_notes=args.with_notes)
    return _report(args, deletion)


def run_instrument_rename(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        old = find_instrument(library, args.instrument)
        new = rename_instrument(library, old, args.name)
    if args.json:
        emit_json({"id": new.id, "name": new.name})
    else:
        print(f'Renamed instrument "{old.name}" to "{new.name}".')
    return 0


def run_instrument_delete(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        instrument = find_instrument(library, args.instrument)
        count = len(library.versions(instrument.id))
        what = "with its positions and session log" if args.with_notes else "keeping its positions"
        _confirm(args, f'Delete "{instrument.name}" and its {count} version(s), {what}?')
        deletion = delete_instrument(library, instrument, with_notes=args.with_notes)
    return _report(args, deletion)


def _delete_options(parser: argparse.ArgumentParser, notes: str) -> None:
    parser.add_argument("--with-notes", action="store_true", help=f"delete {notes}")
    parser.add_argument("--yes", action="store_true", help="do not ask (for a script)")


def _confirm(args: argparse.Namespace, question: str) -> None:
    """Ask at the terminal; without one, only --yes deletes."""
    if args.yes:
        return
    if not sys.stdin.isatty():
        raise UserError(f"{question[:-1]}: say --yes to delete when no one is at the terminal.")
    answer = input(f"{question} A backup is taken first. [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise UserError("Nothing was deleted.")


def _report(args: argparse.Namespace, deletion) -> int:
    if args.json:
        emit_json(deletion.to_dict())
    else:
        print(deletion.summary())
    return 0
