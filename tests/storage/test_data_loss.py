"""Paths to data loss, closed: exports never overwrite the library, an empty or foreign library
file is refused (never re-created), refused imports take no backup, kinds of backup are kept
apart, damage met after opening is one sentence, and a backup can be restored."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from negotiator_app.cli import main
from negotiator_app.storage import Library
from negotiator_app.storage.backup import list_backups, make_backup
from negotiator_app.storage.database import LIBRARY_FILE
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.notes import Note, get_note, save_note
from tests.conftest import FIXTURES, REPO

DRAFT = FIXTURES / "small_convention_en.txt"


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the library folder with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "negotiator.lock"
    }


@pytest.fixture
def noted(library_dir: Path) -> Path:
    """A library with a draft and one note, closed as a user's would be between commands."""
    with Library(library_dir) as library:
        info, _ = import_draft(library, DRAFT, label="Rev.1", language="en")
        save_note(library, Note(info.instrument_id, "art-5", rationale="Our red line."))
        make_backup(library, reason="daily")
    return library_dir


def the_note(folder: Path) -> str:
    with Library(folder) as library:
        return get_note(library, "art-5", version_id=library.versions()[0].id).rationale


# -- exports never write into the library ---------------------------------------------------


@pytest.mark.parametrize("format_", ["csv", "md", "memo"])
@pytest.mark.parametrize(
    "target",
    [LIBRARY_FILE, f"{LIBRARY_FILE}-wal", f"{LIBRARY_FILE}-shm", "backups/mine.csv", "index/x"],
)
def test_an_export_onto_the_librarys_own_files_is_refused(noted, capsys, format_, target):
    path = noted / target
    path.parent.mkdir(parents=True, exist_ok=True)
    before = fingerprint(noted)
    status, _, err = run(capsys, "export", format_, str(path), "--all")
    assert status == 2
    assert "inside the library folder" in err and "Traceback" not in err
    assert fingerprint(noted) == before
    assert the_note(noted) == "Our red line."


def test_a_symlink_to_the_library_is_followed_and_refused(noted, tmp_path, capsys):
    link = tmp_path / "innocent.csv"
    link.symlink_to(noted / LIBRARY_FILE)
    before = fingerprint(noted)
    status, _, err = run(capsys, "export", "csv", str(link), "--all")
    assert status == 2 and "inside the library folder" in err
    assert fingerprint(noted) == before and link.is_symlink()


def test_a_symlink_elsewhere_is_written_through_not_replaced(noted, tmp_path, capsys):
    real = tmp_path / "shared" / "positions.md"
    real.parent.mkdir()
    real.write_text("old")
    link = tmp_path / "positions.md"
    link.symlink_to(real)
    status, _, err = run(capsys, "export", "md", str(link), "--all")
    assert status == 0, err
    assert link.is_symlink() and link.resolve() == real
    assert "Article" in real.read_text()


def test_a_read_only_file_is_refused_and_kept(noted, tmp_path, capsys):
    target = tmp_path / "final.csv"
    target.write_text("the version sent to capital")
    target.chmod(0o444)
    status, _, err = run(capsys, "export", "csv", str(target), "--all")
    assert status == 2 and "read-only" in err
    assert target.read_text() == "the version sent to capital"
    assert stat.S_IMODE(target.stat().st_mode) == 0o444


def test_a_device_or_a_pipe_is_refused_not_replaced(noted, tmp_path, capsys):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    status, _, err = run(capsys, "export", "csv", str(fifo), "--all")
    assert status == 2 and "not a regular file" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    status, _, err = run(capsys, "export", "md", "/dev/null", "--all")
    assert status == 2 and "not a regular file" in err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# -- an empty or foreign library file is refused, never re-created ----------------------------


def test_a_zero_length_library_is_refused_naming_the_newest_backup(noted, capsys):
    newest = list_backups_names(noted)[0]
    (noted / LIBRARY_FILE).write_bytes(b"")
    for leftover in (f"{LIBRARY_FILE}-wal", f"{LIBRARY_FILE}-shm"):
        (noted / leftover).unlink(missing_ok=True)
    for command in (["list"], ["note", "set", "Rev.1", "art-5", "--stance", "oppose"]):
        status, _, err = run(capsys, *command)
        assert status == 2, command
        assert "empty" in err and newest in err and "negotiator backup restore" in err
        assert (noted / LIBRARY_FILE).stat().st_size == 0


def test_another_applications_database_is_refused_and_left_alone(library_dir, capsys):
    library_dir.mkdir(parents=True)
    with sqlite3.connect(library_dir / LIBRARY_FILE) as other:
        other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        other.execute("INSERT INTO photos (name) VALUES ('holiday')")
    before = (library_dir / LIBRARY_FILE).read_bytes()
    status, _, err = run(capsys, "list")
    assert status == 2 and "not a Negotiator library" in err
    assert (library_dir / LIBRARY_FILE).read_bytes() == before


def test_the_workbench_refuses_an_empty_library_instead_of_filling_it_with_the_demo(noted):
    (noted / LIBRARY_FILE).write_bytes(b"")
    run = workbench("--smoke", folder=noted)
    assert run.returncode == 2
    assert "empty" in run.stderr and "Traceback" not in run.stderr
    assert (noted / LIBRARY_FILE).stat().st_size == 0


def test_a_new_library_is_made_whole_or_not_at_all(library_dir, capsys):
    status, _, _ = run(capsys, "list")
    assert status == 0
    assert (library_dir / LIBRARY_FILE).stat().st_size > 0
    assert not list(library_dir.glob(".library*"))  # the partial file was renamed into place


# -- backups: a refused import takes none, and kinds are kept apart ---------------------------


def test_a_refused_import_takes_no_backup(noted, capsys):
    before = list_backups_names(noted)
    for _ in range(12):
        status, _, err = run(capsys, "import", str(DRAFT), "--label", "Rev.1")
        assert status == 2 and "already has a version" in err
    assert list_backups_names(noted) == before


def test_imports_never_push_out_the_daily_backups(noted, capsys):
    daily = [b for b in list_backups_names(noted) if b.endswith("-daily.sqlite3")]
    assert daily
    for number in range(12):
        status, _, err = run(capsys, "import", str(DRAFT), "--label", f"Rev.{number + 2}")
        assert status == 0, err
    names = list_backups_names(noted)
    assert set(daily) <= set(names)
    assert sum(name.endswith("-import.sqlite3") for name in names) == 10


# -- damage found after opening: one sentence, pointing to check and the backups ------------


def test_random_bytes_in_a_page_are_one_sentence_not_a_traceback(noted, capsys):
    damage_a_page(noted / LIBRARY_FILE)
    for command in (
        ["list"],
        ["tree", "Rev.1"],
        ["note", "set", "Rev.1", "art-5", "--stance", "oppose"],
    ):
        status, _, err = run(capsys, *command)
        assert status == 2, (command, err)
        assert "damaged" in err and "negotiator check" in err, err
        assert "negotiator backup restore" in err and "Traceback" not in err


def test_the_workbench_says_the_library_is_damaged(noted):
    damage_a_page(noted / LIBRARY_FILE)
    run = workbench("--smoke", folder=noted)
    assert run.returncode == 2, run.stderr
    assert "damaged" in run.stderr and "Traceback" not in run.stderr


# -- restoring a backup ----------------------------------------------------------------------


def test_restoring_a_backup_brings_the_notes_back_and_keeps_the_present_state(noted, capsys):
    newest = list_backups_names(noted)[0]
    status, _, err = run(capsys, "note", "set", "Rev.1", "art-5", "--rationale", "Changed my mind")
    assert status == 0, err
    status, out, err = run(capsys, "backup", "restore", newest)
    assert status == 0, err
    assert the_note(noted) == "Our red line."
    kept = [name for name in list_backups_names(noted) if name.endswith("-restore.sqlite3")]
    assert kept and "kept in" in out
    status, _, err = run(capsys, "backup", "restore", kept[0])  # the restore can be undone
    assert status == 0, err
    assert the_note(noted) == "Changed my mind"


def test_an_empty_library_can_be_restored_with_the_command_its_refusal_names(noted, capsys):
    (noted / LIBRARY_FILE).write_bytes(b"")
    status, _, err = run(capsys, "list")
    command = err.rsplit("restore it with: ", 1)[1].strip().rstrip(".")
    assert command.startswith("negotiator backup restore ")
    status, _, err = run(capsys, *command.split()[1:])
    assert status == 0, err
    assert the_note(noted) == "Our red line."
    assert list((noted / "backups").glob("unreadable-*/" + LIBRARY_FILE))


def test_an_unknown_backup_is_one_sentence(noted, capsys):
    before = fingerprint(noted)
    status, _, err = run(capsys, "backup", "restore", "library-nonsense.sqlite3")
    assert status == 2 and "no backup" in err
    assert fingerprint(noted) == before


# -- helpers ---------------------------------------------------------------------------------


def list_backups_names(folder: Path) -> list[str]:
    with Library(folder) as library:
        return [backup.path.name for backup in list_backups(library)]


def damage_a_page(path: Path) -> None:
    """Random bytes over one page of the provisions table, as a failing disk leaves them."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'versions'"
        ).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + page_size] = os.urandom(page_size)
    path.write_bytes(bytes(data))


def workbench(*args: str, folder: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NEGOTIATOR_DATA_DIR": str(folder)}
    return subprocess.run(
        [sys.executable, "-m", "negotiator_app", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
