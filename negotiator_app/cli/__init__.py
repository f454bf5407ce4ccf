"""The command line: headless commands over the same functions the GUI calls.

Each command module registers its subcommands; every subcommand takes --data-dir and, where it
prints data, --json. A failure the user can cause ends with one sentence on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from negotiator_app import __version__
from negotiator_app.cli.output import fail
from negotiator_app.errors import UserError

_GUI_SAYS = {"-h", "--help", "--version"}
LOCK_WAIT_SECONDS = 15.0  # how long a command waits for another command to finish


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="library folder (default: NEGOTIATOR_DATA_DIR, else the user data folder)",
    )
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON")
    parser = argparse.ArgumentParser(
        prog="negotiator",
        description="Negotiator: the draft under negotiation, your positions and memos, offline.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"negotiator {__version__}")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="start the GUI, paint the main window once, print ms to first paint, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        module.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    gui = _gui_arguments(argv)
    if gui is not None:
        # Starting the app: skip loading every command (search, Word export...) it does not need.
        from negotiator_app.ui.app import run_gui

        return run_gui(data_dir=gui.data_dir, smoke=gui.smoke)
    args = build_parser().parse_args(argv)
    args.data_dir = getattr(args, "data_dir", None)
    args.json = getattr(args, "json", False)
    if args.command is None:
        from negotiator_app.ui.app import run_gui

        return run_gui(data_dir=args.data_dir, smoke=args.smoke)
    from negotiator_app.log_file import start_log_file, stop_log_file
    from negotiator_app.storage.location import data_dir

    log_handler = None
    try:
        log_handler = start_log_file(data_dir(args.data_dir))
        if not getattr(args, "locked_ok", False):
            from negotiator_app.cli.encryption_commands import unlock_if_encrypted

            unlock_if_encrypted(data_dir(args.data_dir))
        if getattr(args, "writes", False):
            return _with_library_lock(args)
        return args.handler(args) or 0
    except UserError as error:
        return fail(str(error))
    except _database_errors() as error:  # damage found after the library opened
        from negotiator_app.storage.database import LIBRARY_FILE, describe

        return fail(describe(error, data_dir(args.data_dir) / LIBRARY_FILE))
    except KeyboardInterrupt:
        return fail("Interrupted.", status=130)
    except BrokenPipeError:
        # The reader went away (e.g. `negotiator tree 1 | head`): not an error worth a word.
        sys.stderr.close()
        return 0
    except MemoryError as error:
        from negotiator_app.crash import write_crash_log

        log = write_crash_log(error, args.data_dir)
        return fail(
            "Negotiator ran out of memory and stopped; every change to the library is all or "
            f"nothing, so what it held before is intact. Details are in {log}.",
            status=1,
        )
    except Exception as error:  # the CLI never ends in a traceback
        from negotiator_app.crash import write_crash_log

        log = write_crash_log(error, args.data_dir)
        return fail(f"Unexpected error: {error}. Details are in {log}.", status=1)
    finally:
        stop_log_file(log_handler)


def _database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's errors, and SQLCipher's when an encrypted library was opened."""
    from negotiator_app.storage import database

    return database.ERRORS


def _with_library_lock(args: argparse.Namespace) -> int:
    """Run a command that changes the library while holding its lock, as the workbench does.

    Another command's turn is waited for; the workbench holds the lock while it is open, so a
    change is refused with a sentence naming it rather than made behind its back.
    """
    from negotiator_app.storage.location import data_dir
    from negotiator_app.storage.lock import LibraryLock

    with LibraryLock(data_dir(args.data_dir), holder="command").acquire(wait=LOCK_WAIT_SECONDS):
        return args.handler(args) or 0


def _gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's options when the command line asks for the app, not a command; else None."""
    if _GUI_SAYS.intersection(argv):
        return None
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--json", action="store_true")
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def _command_modules() -> list:
    from negotiator_app.cli import (
        compare_commands,
        encryption_commands,
        export_commands,
        library_commands,
        log_commands,
        maintenance_commands,
        note_commands,
        precedent_commands,
        search_commands,
        structure_commands,
        version_commands,
    )

    return [
        library_commands,
        version_commands,
        compare_commands,
        precedent_commands,
        structure_commands,
        export_commands,
        search_commands,
        note_commands,
        log_commands,
        maintenance_commands,
        encryption_commands,
    ]


if __name__ == "__main__":
    sys.exit(main())
