"""Encrypting the library: `negotiator encrypt` and `decrypt`, and the passphrase every command
asks for when the library is encrypted."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from negotiator_app.cli.output import emit_json
from negotiator_app.errors import UserError
from negotiator_app.storage.location import data_dir


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt the library with a passphrase (or create it encrypted)",
        description="Encrypt the library, its backups and its search index with a key derived "
        "from a passphrase, asked for twice (or read from NEGOTIATOR_PASSPHRASE). A backup is "
        "taken first. The passphrase is asked for at every start; nothing can open the library "
        "without it, so keep it safe.",
    )
    p.set_defaults(handler=run_encrypt, writes=True, locked_ok=True)

    p = commands.add_parser(
        "decrypt",
        parents=[common],
        help="store an encrypted library (and its backups) in clear again",
    )
    p.set_defaults(handler=run_decrypt, writes=True)


def run_encrypt(args: argparse.Namespace) -> int:
    from negotiator_app.storage import cipher
    from negotiator_app.storage.encryption import encrypt_library

    folder = data_dir(args.data_dir)
    cipher.driver()  # before asking for anything: say at once if SQLCipher is missing
    saved = encrypt_library(folder, ask_passphrase(folder, new=True))
    if args.json:
        emit_json({"encrypted": str(folder), "backup": saved.to_dict() if saved else None})
    elif saved:
        print(f"Encrypted the library in {folder} and its backups (the first is {saved.path}).")
    else:
        print(f"Created an encrypted library in {folder}.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    from negotiator_app.storage.encryption import decrypt_library

    folder = data_dir(args.data_dir)
    saved = decrypt_library(folder)
    if args.json:
        emit_json({"decrypted": str(folder), "backup": saved.to_dict()})
    else:
        print(f"The library in {folder} and its backups are stored in clear again.")
    return 0


def unlock_if_encrypted(folder: Path) -> None:
    """Ask for the passphrase of an encrypted library before a command opens it."""
    from negotiator_app.storage import cipher, database

    path = folder / database.LIBRARY_FILE
    if not cipher.is_encrypted(path) or cipher.key_for(folder) is not None:
        return
    cipher.driver()
    cipher.unlock(folder, ask_passphrase(folder))


def ask_passphrase(folder: Path, *, new: bool = False) -> str:
    """The passphrase from NEGOTIATOR_PASSPHRASE, else asked at the terminal (twice if new)."""
    from negotiator_app.storage.cipher import PASSPHRASE_VARIABLE, check_new_passphrase

    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserError(
            f"The library in {folder} is encrypted{' next' if new else ''}; run the command in "
            f"a terminal to be asked for its passphrase, or set {PASSPHRASE_VARIABLE}."
        )
    if not new:
        return getpass.getpass(f"Passphrase of the library in {folder}: ")
    first = getpass.getpass("New passphrase for the library: ")
    check_new_passphrase(first)
    if getpass.getpass("The same passphrase again: ") != first:
        raise UserError("The two passphrases differ; nothing was changed.")
    return first
