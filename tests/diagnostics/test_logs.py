"""Crash logs say which versions crashed; native crashes are kept for the next start; the app's
log file records imports, backups and failures, never a delegate's words."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from negotiator_app import __version__
from negotiator_app.cli import main
from negotiator_app.crash import native_crashes, write_crash_log
from negotiator_app.log_file import log_path, read_log, start_log_file, stop_log_file
from negotiator_app.storage import Library
from negotiator_app.storage.backup import automatic_backup
from negotiator_app.storage.imports import import_draft
from tests.conftest import FIXTURES, REPO

SECRET = "Pangolinposition"


def test_a_crash_log_names_the_versions(library_dir: Path) -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        path = write_crash_log(error, library_dir)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"Negotiator {__version__}\nPython {platform.python_version()}")
    assert f"OS {platform.platform()}" in text
    if "PySide6" in sys.modules:
        from PySide6 import QtCore

        assert f"Qt {QtCore.qVersion()}" in text
    assert "RuntimeError: boom" in text


NATIVE = textwrap.dedent(
    """
    import faulthandler, os, signal, sys
    from negotiator_app.crash import capture_native_crashes, stop_capturing_native_crashes
    capture_native_crashes(sys.argv[1])
    if sys.argv[2] == "segfault":
        faulthandler._sigsegv()
    elif sys.argv[2] == "killed":
        os.kill(os.getpid(), signal.SIGKILL)
    stop_capturing_native_crashes()
    """
)


@pytest.mark.parametrize("end", ["segfault", "killed", "normal"])
def test_a_native_crash_is_kept_for_the_next_start(library_dir: Path, end: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", NATIVE, str(library_dir), end],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
    )
    assert done.returncode != 0 if end != "normal" else done.returncode == 0
    found = native_crashes(library_dir)
    if end != "segfault":
        assert found == []
        assert list((library_dir / "logs").glob("native-*")) == []
        return
    (crash,) = found
    text = crash.read_text(encoding="utf-8")
    assert text.startswith(f"Negotiator {__version__}")
    assert "Fatal Python error: Segmentation fault" in text
    assert native_crashes(library_dir) == []  # offered once


def test_the_log_records_imports_backups_and_failures_never_notes(
    library_dir: Path, capsys
) -> None:
    data = ["--data-dir", str(library_dir)]
    draft = str(FIXTURES / "small_convention_en.txt")
    assert main(["import", draft, "--label", "EN", *data]) == 0
    assert main(["note", "set", "EN", "art-5", "--rationale", SECRET, "--tag", SECRET, *data]) == 0
    assert main(["log", "add", "EN", "art-5", f"{SECRET} said", *data]) == 0
    assert main(["search", SECRET, *data]) == 0
    assert main(["backup", *data]) == 0
    assert main(["import", draft, "--label", "EN2", *data]) == 0
    (library_dir / "backups").rename(library_dir / "kept")
    (library_dir / "backups").write_text("not a folder")  # the daily backup cannot be written
    handler = start_log_file(library_dir)
    try:
        with Library(library_dir) as library:
            assert automatic_backup(library) is None
    finally:
        stop_log_file(handler)
    log = read_log(library_dir)
    assert "imported small_convention_en.txt as version 1 (37 provisions)" in log
    assert "backup taken (manual)" in log and "backup taken (import)" in log
    assert "WARNING negotiator_app.storage.backup: automatic backup skipped" in log
    assert SECRET not in log and SECRET.lower() not in log
    capsys.readouterr()


def test_the_log_rotates(library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import logging

    from negotiator_app import log_file

    monkeypatch.setattr(log_file, "MAX_BYTES", 2000)
    handler = start_log_file(library_dir)
    try:
        for n in range(200):
            logging.getLogger("negotiator_app.test").info("line %d of the log", n)
    finally:
        stop_log_file(handler)
    files = sorted(p.name for p in log_path(library_dir).parent.iterdir())
    assert files == ["negotiator.log", "negotiator.log.1", "negotiator.log.2", "negotiator.log.3"]
    assert "line 199 of the log" in read_log(library_dir)


def test_a_log_that_cannot_be_written_costs_nothing(library_dir: Path) -> None:
    library_dir.mkdir(parents=True)
    (library_dir / "logs").write_text("not a folder")
    handler = start_log_file(library_dir)
    try:
        with Library(library_dir) as library:
            import_draft(library, FIXTURES / "small_convention_en.txt", label="EN")
    finally:
        stop_log_file(handler)
