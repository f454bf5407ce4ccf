"""Commands over the session log: log add, log list."""

from __future__ import annotations

import argparse

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.storage.session_log import add_entry, list_entries


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
    p.set_defaults(handler=run_list)


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
        )
    if args.json:
        emit_json([entry.to_dict() for entry in entries])
        return 0
    if not entries:
        print("The session log is empty.")
    for entry in entries:
        who = f"{entry.delegation}: " if entry.delegation else ""
        print(
            f"{entry.created[:19].replace('T', ' ')}  {entry.provision_key:<14} {who}{entry.text}"
        )
    return 0
