"""An encrypted library: nothing of the notes in clear anywhere on disk, a wrong passphrase is
one sentence and changes nothing, and encrypt/decrypt lose nothing."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3", reason="encrypted libraries need the sqlcipher3 package")

from negotiator_app.cli import main
from negotiator_app.search import SearchIndex
from negotiator_app.storage import Library, LibraryError, cipher
from negotiator_app.storage.backup import automatic_backup, make_backup
from negotiator_app.storage.encryption import encrypt_library
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.integrity import check_library
from negotiator_app.storage.notes import DelegationPosition, Note, Proposal, get_note, save_note
from negotiator_app.storage.session_log import add_entry
from tests.conftest import FIXTURES

PASSPHRASE = "a sentence the delegate remembers"
# Words that appear in no draft: any of them in a file means a note leaked in clear.
MARKERS = ["Quokkaplan", "Zebrafinch", "Marzipanstance", "Okapiroute", "Narwhalquote",
           "Tapirline", "Capybarapoint", "Axolotlword", "Вомбатпозиция"]  # fmt: skip


@pytest.fixture(autouse=True)
def forget_keys(library_dir: Path):
    yield
    cipher.forget(library_dir)


def fill(library: Library) -> None:
    """Notes, history, tags, delegations and log entries, each carrying marker words."""
    info = library.versions()[0]
    for key, marker in (("art-5", 0), ("art-3.1", 4)):
        for save in range(2):
            save_note(
                library,
                Note(
                    info.instrument_id,
                    key,
                    version_id=info.id,
                    stance="oppose",
                    proposals=[Proposal("en", f"{MARKERS[marker]} wording {save}")],
                    rationale=f"{MARKERS[marker + 1]} reasons",
                    talking_points=MARKERS[marker + 2],
                    instructions=MARKERS[marker + 3],
                    tags=[MARKERS[8].lower()],
                    delegations=[DelegationPosition("EU", "support", MARKERS[8])],
                ),
            )
    add_entry(library, info, "art-5", f"{MARKERS[1]} said in the room", delegation="EU")


def leaks(folder: Path) -> list[str]:
    """Every file under folder (index, backups, logs included) read byte by byte for markers."""
    found = []
    forms = []
    for marker in MARKERS:
        for word in {marker, marker.lower(), marker.upper()}:
            forms += [word.encode("utf-8"), word.encode("utf-16-le")]
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.relative_to(folder)}: {form!r}" for form in forms if form in data]
    return found


def files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "negotiator.lock"  # a command's lock: says who, not what
    }


def test_an_encrypted_library_leaves_no_note_in_clear_on_disk(library_dir: Path) -> None:
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        fill(library)
        make_backup(library)
        with SearchIndex(library) as index:  # an index on disk, written in clear
            assert index.search(MARKERS[1]).hits
    assert leaks(library_dir)  # the scan sees the markers when they are there in clear

    encrypt_library(library_dir, PASSPHRASE)
    with Library(library_dir) as library:
        assert library.encrypted
        fill(library)  # more saves, now encrypted from the start
        import_draft(library, FIXTURES / "small_convention_ru.txt", label="RU", language="ru")
        make_backup(library)
        automatic_backup(library)
        with SearchIndex(library) as index:
            hits = index.search(MARKERS[1]).hits
            assert [hit.key for hit in hits] == ["art-5"]
            assert index.search(f"tag:{MARKERS[8].lower()}").hits
            assert not (library_dir / "index").exists()
        assert check_library(library).sound
    assert main(["backup", "restore", "newest", "--data-dir", str(library_dir)]) == 0
    assert main(["search", MARKERS[0], "--data-dir", str(library_dir)]) == 0
    assert leaks(library_dir) == []


def test_a_library_created_encrypted_opens_with_the_passphrase_only(library_dir: Path) -> None:
    encrypt_library(library_dir, PASSPHRASE)  # no library yet: it is made encrypted
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        fill(library)
    assert leaks(library_dir) == []
    cipher.forget(library_dir)
    with pytest.raises(cipher.PassphraseNeeded):
        Library(library_dir)
    # The passphrase opens it in any SQLCipher tool too: the key is SQLCipher 4's own.
    connection = cipher.driver().connect(str(library_dir / "library.sqlite3"))
    connection.execute(f"PRAGMA key = '{PASSPHRASE}'")
    assert connection.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == 2
    connection.close()


def test_a_wrong_passphrase_is_one_sentence_and_changes_nothing(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        fill(library)
    encrypt_library(library_dir, PASSPHRASE)
    cipher.forget(library_dir)
    before = files(library_dir)
    with pytest.raises(cipher.WrongPassphrase) as caught:
        cipher.unlock(library_dir, "not the passphrase")
    assert str(caught.value) == (
        f"The passphrase does not open the library in {library_dir}; nothing was changed."
    )
    monkeypatch.setenv("NEGOTIATOR_PASSPHRASE", "not the passphrase")
    for command in (["list"], ["note", "set", "EN", "art-5", "--rationale", "x"], ["decrypt"]):
        assert main([*command, "--data-dir", str(library_dir)]) == 2
        err = capsys.readouterr().err
        assert err == f"negotiator: {caught.value}\n"
    monkeypatch.delenv("NEGOTIATOR_PASSPHRASE")
    with open(os.devnull) as nobody:  # a script: nobody to ask
        monkeypatch.setattr(sys, "stdin", nobody)
        assert main(["list", "--data-dir", str(library_dir)]) == 2
    assert "set NEGOTIATOR_PASSPHRASE" in capsys.readouterr().err
    assert files(library_dir) == before


def test_encrypting_and_decrypting_keep_every_row(library_dir: Path, monkeypatch, capsys) -> None:
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
        fill(library)
        version = library.versions()[0].id
        before = get_note(library, "art-5", version_id=version)
    monkeypatch.setenv("NEGOTIATOR_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--data-dir", str(library_dir)]) == 0
    assert main(["encrypt", "--data-dir", str(library_dir)]) == 2
    assert "is already encrypted." in capsys.readouterr().err
    cipher.forget(library_dir)
    assert main(["check", "--data-dir", str(library_dir)]) == 0
    assert main(["decrypt", "--data-dir", str(library_dir)]) == 0
    assert (library_dir / "library.sqlite3").read_bytes()[:16] == b"SQLite format 3\x00"
    monkeypatch.delenv("NEGOTIATOR_PASSPHRASE")
    with Library(library_dir) as library:
        assert not library.encrypted
        assert get_note(library, "art-5", version_id=version) == before
        assert check_library(library).sound
    kinds = sorted(p.name.rsplit("-", 1)[1] for p in (library_dir / "backups").iterdir())
    assert kinds == ["convert.sqlite3", "convert.sqlite3"]  # one before each conversion


def test_without_sqlcipher_encrypt_says_what_is_missing(
    library_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="EN", language="en")
    before = files(library_dir)
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)
    monkeypatch.setitem(sys.modules, "sqlcipher3.dbapi2", None)
    monkeypatch.setattr(cipher, "_driver", None)
    monkeypatch.setenv("NEGOTIATOR_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--data-dir", str(library_dir)]) == 2
    assert capsys.readouterr().err == (
        "negotiator: Encrypted libraries need SQLCipher, which this installation of Negotiator "
        "lacks; install it with: pip install sqlcipher3\n"
    )
    assert main(["list", "--data-dir", str(library_dir)]) == 0  # the rest works as before
    assert files(library_dir) == before


def test_a_short_passphrase_is_refused(library_dir: Path) -> None:
    with pytest.raises(LibraryError, match="at least 8 characters"):
        encrypt_library(library_dir, "short")
    assert not (library_dir / "library.sqlite3").exists()
