"""Looking after the library: check, reindex, backup."""

from __future__ import annotations

import argparse
import sys
import time

from negotiator_app.cli import LOCK_WAIT_SECONDS
from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json, fail
from negotiator_app.search import SearchIndex
from negotiator_app.storage.backup import (
    KEEP_MANUAL,
    find_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.location import data_dir
from negotiator_app.storage.lock import LibraryLock


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("check", parents=[common], help="check the library for damage")
    p.set_defaults(handler=run_check)

    p = commands.add_parser("reindex", parents=[common], help="rebuild the search index")
    p.set_defaults(handler=run_reindex)

    p = commands.add_parser(
        "backup",
        parents=[common],
        help="back up the library now; `backup list`; `backup restore NAME`",
        description="Back up the library now (the default), list the backups, or restore one. "
        "Restoring first backs up the library as it is, so a restore can itself be undone.",
    )
    p.add_argument(
        "action", nargs="?", choices=["now", "list", "restore"], default="now", help="what to do"
    )
    p.add_argument("name", nargs="?", help='with restore: a backup\'s file name, or "newest"')
    p.add_argument(
        "--keep",
        type=int,
        default=KEEP_MANUAL,
        metavar="N",
        help=f"keep the newest N backups made by hand ({KEEP_MANUAL})",
    )
    p.add_argument("--list", action="store_true", help="only list the backups there are")
    p.set_defaults(handler=run_backup)


def run_check(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        report = check_library(library)
    if args.json:
        emit_json(report.to_dict())
        return 0 if report.sound else 2
    if report.sound:
        print(report.verdict())
        return 0
    for problem in report.problems:
        print(problem)
    return fail(report.verdict())


def run_reindex(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    with open_library(args) as library, SearchIndex(library) as index:
        index.rebuild(progress=_progress if sys.stderr.isatty() else None)
        problem = index.problem
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if problem:
        return fail(problem)
    seconds = time.perf_counter() - started
    if args.json:
        emit_json({"seconds": round(seconds, 3)})
    else:
        print(f"Rebuilt the search index in {seconds:.1f} s.")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    if args.action == "restore":
        return run_restore(args)
    if args.name:
        return fail(f'"backup {args.action}" takes no name; did you mean "backup restore NAME"?')
    args.list = args.list or args.action == "list"
    with open_library(args) as library:
        made = None if args.list else make_backup(library, keep=args.keep)
        backups = list_backups(library)
    if args.json:
        emit_json(
            {"made": made.to_dict() if made else None, "backups": [b.to_dict() for b in backups]}
        )
        return 0
    if made:
        print(f"Backed up the library to {made.path}")
    else:
        for backup in backups:
            print(f"{backup.taken:%Y-%m-%d %H:%M:%S}  {backup.reason:<7} {backup.path}")
        if not backups:
            print("There are no backups yet.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup, under the library's lock, without opening the present library."""
    if not args.name:
        return fail('Say which backup to restore: a name from "negotiator backup list", or newest.')
    folder = data_dir(args.data_dir)
    with LibraryLock(folder, holder="command").acquire(wait=LOCK_WAIT_SECONDS):
        backup = find_backup(folder, args.name)
        saved = restore_backup(folder, backup)
    if args.json:
        emit_json({"restored": backup.to_dict(), "saved": saved.to_dict() if saved else None})
        return 0
    taken = backup.taken.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Restored the library from {backup.path.name} (taken {taken}).")
    if saved:
        print(f"The library as it was is kept in {saved.path}.")
    else:
        print(
            "The library as it was could not be opened; its files are kept in the backups folder."
        )
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\rIndexing… {done * 100 // max(total, 1)}%", end="", file=sys.stderr, flush=True)
