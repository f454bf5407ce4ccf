"""Commands over the session log: log add, list, edit, delete, undelete, history."""

from __future__ import annotations

import argparse

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.storage.session_log import (
    LogEntry,
    add_entry,
    delete_entry,
    edit_entry,
    entry_history,
    list_entries,
    undelete_entry,
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    log = commands.add_parser("log", help="the session log: what was said in the room")
    actions = log.add_subparsers(dest="log_action", metavar="ACTION", required=True)

    p = actions.add_parser("add", parents=[common], help="record what a delegation said")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument("key", help="provision key, e.g. art-6.1")
    p.add_argument("text", nargs="+", help="what was said")
    p.add_argument("--delegation", default="", metavar="NAME", help="who said it")
    p.set_defaults(handler=run_add, writes=True)

    p = actions.add_parser("list", parents=[common], help="print the session log, oldest first")
    p.add_argument("--version", help="only entries on this version's instrument")
    p.add_argument("--key", help="only entries on this provision")
    p.add_argument("--delegation", help="only what this delegation said")
    p.add_argument("--limit", type=int, help="only the newest N entries")
    p.add_argument("--deleted", action="store_true", help="the deleted entries instead")
    p.set_defaults(handler=run_list)

    p = actions.add_parser(
        "edit", parents=[common], help="correct an entry (what it said before is kept)"
    )
    p.add_argument("id", type=int, help="the entry's id (see: log list --json)")
    p.add_argument("--text", help="what was said")
    p.add_argument("--delegation", metavar="NAME", help="who said it")
    p.add_argument("--key", help="the provision it was said on")
    p.set_defaults(handler=run_edit, writes=True)

    for name, what in (
        ("delete", "delete an entry (it is kept, marked deleted: see log list --deleted)"),
        ("undelete", "bring a deleted entry back"),
        ("history", "what an entry said before each edit"),
    ):
        p = actions.add_parser(name, parents=[common], help=what)
        p.add_argument("id", type=int, help="the entry's id")
        p.set_defaults(handler=run_change if name != "history" else run_history)
        p.set_defaults(writes=name != "history", change=name)


def run_add(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        entry = add_entry(library, info, args.key, " ".join(args.text), delegation=args.delegation)
    if args.json:
        emit_json(entry.to_dict())
    else:
        print(f"Logged entry {entry.id} on {entry.provision_key} at {entry.created[:19]}.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        instrument_id = library.find_version(args.version).instrument_id if args.version else None
        entries = list_entries(
            library,
            instrument_id=instrument_id,
            provision_key=args.key,
            delegation=args.delegation,
            limit=args.limit,
            deleted=args.deleted,
        )
    if args.json:
        emit_json([entry.to_dict() for entry in entries])
        return 0
    if not entries:
        print("No deleted entries." if args.deleted else "The session log is empty.")
    for entry in entries:
        print(_line(entry))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        entry = edit_entry(
            library, args.id, text=args.text, delegation=args.delegation, provision_key=args.key
        )
    if args.json:
        emit_json(entry.to_dict())
    else:
        print(f"Entry {entry.id} now reads: {_line(entry)} (what it said before is kept).")
    return 0


def run_change(args: argparse.Namespace) -> int:
    change = {"delete": delete_entry, "undelete": undelete_entry}[args.change]
    with open_library(args) as library:
        entry = change(library, args.id)
    if args.json:
        emit_json(entry.to_dict())
    elif entry.deleted:
        print(f"Deleted entry {entry.id}; `negotiator log undelete {entry.id}` brings it back.")
    else:
        print(f"Entry {entry.id} is in the log again.")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        states = entry_history(library, args.id)
    if args.json:
        emit_json([state.to_dict() for state in states])
        return 0
    if not states:
        print(f"Entry {args.id} was never edited.")
    for state in states:
        who = f"{state.delegation}: " if state.delegation else ""
        when = state.saved[:19].replace("T", " ")
        print(f"{when}  {state.change:<9} it said: {state.provision_key} {who}{state.text}")
    return 0


def _line(entry: LogEntry) -> str:
    who = f"{entry.delegation}: " if entry.delegation else ""
    edited = " (edited)" if entry.edited else ""
    when = entry.created[:19].replace("T", " ")
    return f"{entry.id:>5}  {when}  {entry.provision_key:<14} {who}{entry.text}{edited}"
