"""An export is written whole or not at all."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from negotiator_app.export.output_file import ExportProblem, save_atomically


def test_a_failure_half_way_leaves_neither_a_partial_file_nor_a_temporary_one(tmp_path):
    target = tmp_path / "memo.docx"
    target.write_bytes(b"yesterday's memo")

    def write(temporary: Path) -> None:
        temporary.write_bytes(b"half of today's")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportProblem, match=r"memo.docx could not be written \(the disk is full\)"):
        save_atomically(target, write, protected=None)
    assert target.read_bytes() == b"yesterday's memo"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.docx"]


def test_the_file_appears_complete_with_ordinary_permissions(tmp_path):
    target = tmp_path / "memo.md"
    path = save_atomically(
        target, lambda temporary: temporary.write_text("# Memo\n", "utf-8"), protected=None
    )
    assert path == target
    assert target.read_text("utf-8") == "# Memo\n"
    assert target.stat().st_mode & 0o044  # readable by group/others as the umask allows
    assert [p.name for p in tmp_path.iterdir()] == ["memo.md"]


def test_a_folder_as_output_is_refused(tmp_path):
    with pytest.raises(ExportProblem, match="is a folder; choose a file name"):
        save_atomically(tmp_path, lambda temporary: None, protected=None)
