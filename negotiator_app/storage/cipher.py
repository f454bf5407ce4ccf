"""Encrypted libraries: SQLCipher through the optional sqlcipher3 package, keys in memory only.

The key is derived from the delegate's passphrase exactly as SQLCipher 4 derives it (PBKDF2-
HMAC-SHA512, 256,000 rounds, the 16-byte salt at the start of the file), so the passphrase also
opens the library in any SQLCipher tool. It is derived once per process and handed to every
connection as a raw key, with the salt: each connection then opens at once, and every file made
with it (the library, its backups) carries the same salt and opens with the same passphrase.
Nothing of the passphrase or the key is ever written anywhere.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from negotiator_app.errors import shown
from negotiator_app.storage.database import LibraryError, is_clear_file

KDF_ITERATIONS = 256_000  # SQLCipher 4's default
SALT_BYTES = 16
PASSPHRASE_VARIABLE = "NEGOTIATOR_PASSPHRASE"  # for scripts; people are asked
PACKAGE = "sqlcipher3"
MIN_PASSPHRASE = 8


class EncryptionUnavailable(LibraryError):
    """SQLCipher (the sqlcipher3 package) cannot be loaded in this installation."""


class PassphraseNeeded(LibraryError):
    """The library is encrypted and no passphrase was given for it in this process."""


class WrongPassphrase(LibraryError):
    """The passphrase given does not open the library."""


@dataclass(frozen=True)
class Key:
    """A raw SQLCipher key with the salt it was derived with, and the passphrase for files
    that carry another salt (a backup made before a passphrase change)."""

    raw: bytes
    salt: bytes
    passphrase: str

    def pragma_value(self, salt: bytes | None = None) -> str:
        """The `PRAGMA key` / `ATTACH ... KEY` value for a file with this salt."""
        raw = self.raw if salt in (None, self.salt) else derive(self.passphrase, salt).raw
        return f"x'{raw.hex()}{(salt or self.salt).hex()}'"

    def __repr__(self) -> str:  # never in a traceback or a crash log
        return "Key(...)"


_keys: dict[Path, Key] = {}
_driver: ModuleType | None = None


def driver() -> ModuleType:
    """sqlcipher3's DB-API module, loaded on first use; one sentence when it is missing."""
    global _driver
    if _driver is None:
        try:
            import sqlcipher3.dbapi2 as module
        except ImportError:
            raise EncryptionUnavailable(
                "Encrypted libraries need SQLCipher, which this installation of Negotiator "
                f"lacks; install it with: pip install {PACKAGE}"
            ) from None
        from negotiator_app.storage import database

        database.add_driver_errors(module.DatabaseError, module.Error)
        connection = module.connect(":memory:")
        try:
            # SQLCipher logs a wrong key to stderr by default: the delegate gets our sentence.
            connection.execute("PRAGMA cipher_log_level = NONE")
        finally:
            connection.close()
        _driver = module
    return _driver


def available() -> bool:
    try:
        driver()
    except EncryptionUnavailable:
        return False
    return True


def is_encrypted(path: Path) -> bool:
    """True when the file exists and looks like SQLCipher's (no SQLite header in clear: its
    first bytes are the salt; whole pages)."""
    return path.is_file() and not is_clear_file(path)


def derive(passphrase: str, salt: bytes) -> Key:
    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return Key(raw, salt, passphrase)


def new_key(passphrase: str) -> Key:
    """A key for a library about to be encrypted (a fresh salt)."""
    check_new_passphrase(passphrase)
    return derive(passphrase, os.urandom(SALT_BYTES))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise LibraryError(
            f"A passphrase needs at least {MIN_PASSPHRASE} characters; a sentence you remember "
            "is best."
        )


def unlock(folder: Path, passphrase: str) -> Key:
    """Derive the key of the encrypted library in folder and check it opens it; keep it for
    this process. Raises WrongPassphrase (nothing is changed) or EncryptionUnavailable."""
    from negotiator_app.storage.database import LIBRARY_FILE

    path = Path(folder) / LIBRARY_FILE
    driver()
    salt = salt_of(path)
    key = derive(passphrase, salt)
    if not opens(path, key):
        raise WrongPassphrase(
            f"The passphrase does not open the library in {shown(folder)}; nothing was changed."
        )
    remember(folder, key)
    return key


def opens(path: Path, key: Key) -> bool:
    """Whether the key opens the file (read only: nothing is written)."""
    try:
        connection = connect(path, key, uri_mode="ro")
    except driver().DatabaseError:
        return False
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return True
    except driver().DatabaseError:
        return False
    finally:
        connection.close()


def remember(folder: Path, key: Key) -> None:
    _keys[_where(folder)] = key


def forget(folder: Path) -> None:
    _keys.pop(_where(folder), None)


def key_for(folder: Path) -> Key | None:
    """The key given for the library in folder in this process, if any."""
    return _keys.get(_where(folder))


def connect(path: Path, key: Key, *, uri_mode: str = "", **options):
    """An SQLCipher connection to path with the key given first, as SQLCipher requires."""
    module = driver()
    target = f"file:{path}?mode={uri_mode}" if uri_mode else str(path)
    connection = module.connect(target, uri=bool(uri_mode), **options)
    try:
        salt = salt_of(path) if path.exists() and path.stat().st_size else key.salt
        connection.execute(f'PRAGMA key = "{key.pragma_value(salt)}"')
        connection.execute("PRAGMA temp_store = MEMORY")  # sorts and temp tables never on disk
    except BaseException:
        connection.close()
        raise
    return connection


def salt_of(path: Path) -> bytes:
    with open(path, "rb") as file:
        return file.read(SALT_BYTES)


def _where(folder: Path) -> Path:
    return Path(os.path.abspath(folder))
