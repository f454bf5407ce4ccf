"""Hostile HTML, Word, Akoma Ntoso and text files (issue 12): each import ends within the time
budget under a memory ceiling, in a tree or in one sentence naming the bound (exit status 2, the
library byte-identical).

The files come from make_hostile_files.py at the smallest scale that shows the bound holds (the
old code hung or grew quadratically at these sizes); measure_hostile_files.py imports them at
full size into the table in README.md. Each runs `negotiator import` in a child process
(run_import.py: a 1 GiB address-space ceiling and a wall clock).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from negotiator_app.importers import import_file
from tests.conftest import FIXTURES
from tests.hostile import make_hostile_files as make
from tests.hostile.run_import import Outcome, import_outcome, negotiator

BUDGET = 30.0  # seconds, for any file under the size limit
CASES = {case.name: case for case in make.CASES}

# What each refused file's one sentence says, and what each imported file's report says.
REFUSED = {
    "html-unclosed-tags": r"holds more than 3,000,000 elements of markup",
    "akn-deep": r"nests its elements more than 200 deep",
    "akn-many-elements": r"holds more than 500,000 elements of markup",
    "text-one-line": r"holds more than 8,000,000 characters of text",
}
REPORTED = {
    "html-says-utf16": 'The page says it is in "utf-16", but its bytes are UTF-8.',
    "html-says-latin1": 'The page says it is in "iso-8859-1", but its bytes are UTF-8; read as '
    "UTF-8.",
    "html-says-idna": 'The page declares the character set "idna", which web pages cannot use; it '
    "was ignored and the bytes read as UTF-8.",
    "html-says-punycode": 'declares the character set "punycode"',
    "html-says-undefined": 'declares the character set "undefined"',
    "html-says-utf7": 'declares the character set "utf-7"',
    "text-stray-byte": "1 byte that is not UTF-8 in an otherwise UTF-8 file was replaced with "
    "\ufffd (the first on line 7).",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "library"
    status, _, err, _ = negotiator(
        "import", str(FIXTURES / "small_convention_en.txt"), "--data-dir", str(folder)
    )
    assert status == 0, err
    return folder


def one_sentence(outcome: Outcome) -> str:
    lines = outcome.message.splitlines()
    assert len(lines) == 1 and lines[0].endswith("."), outcome.message
    assert "Traceback" not in outcome.message and "Unexpected error" not in outcome.message
    return lines[0]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_file_past_a_bound_is_refused_in_one_sentence(tmp_path, library, name):
    case = CASES[name]
    path = tmp_path / f"{name}{case.suffix}"
    path.write_bytes(case.make(case.test_scale))
    outcome = import_outcome(path, library)
    assert outcome.status == 2, outcome
    assert re.search(REFUSED[name], one_sentence(outcome)), outcome.message
    assert outcome.seconds < BUDGET, outcome
    assert outcome.library_unchanged


@pytest.mark.parametrize("name", sorted(n for n in CASES if CASES[n].costly and n not in REFUSED))
def test_a_hostile_file_that_is_a_draft_imports_within_the_budget(tmp_path, library, name):
    case = CASES[name]
    path = tmp_path / f"{name}{case.suffix}"
    path.write_bytes(case.make(case.test_scale))
    outcome = import_outcome(path, library)
    assert outcome.status == 0, outcome
    assert outcome.seconds < BUDGET, outcome
    assert outcome.peak_mb < 600, outcome
    assert "Traceback" not in outcome.message


@pytest.mark.parametrize("name", sorted(n for n in CASES if not CASES[n].costly))
def test_a_file_that_says_the_wrong_thing_about_itself_imports_and_is_reported(tmp_path, name):
    """Wrong charsets, a stray byte, a long leading comment, an undeclared namespace: read in
    this process (they never cost time or memory), as what their bytes are."""
    case = CASES[name]
    path = tmp_path / f"{name}{case.suffix}"
    path.write_bytes(case.make(case.test_scale))
    document = import_file(path)
    assert document.find("art-1") is not None
    if name in REPORTED:
        assert any(REPORTED[name] in warning for warning in document.report.warnings)
    if name.startswith("html-says-"):
        assert document.title == "Конвенция о враждебных страницах"
        assert "«в срочном порядке»" in " ".join(p.text for p in document.walk())


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_without_being_opened_for_a_writer(tmp_path, library):
    pipe = tmp_path / "draft.txt"
    os.mkfifo(pipe)
    outcome = import_outcome(pipe, library)
    assert outcome.status == 2
    assert one_sentence(outcome) == (
        "negotiator: draft.txt is not a regular file (a named pipe); save the draft as a file "
        "and import that."
    )
    assert outcome.seconds < 10 and outcome.library_unchanged


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_not_read(library):
    outcome = import_outcome(Path("/dev/zero"), library)
    assert outcome.status == 2
    assert "zero is not a regular file (a device)" in one_sentence(outcome)
    assert outcome.seconds < 10 and outcome.library_unchanged


@pytest.mark.skipif(sys.platform == "win32", reason="such names are refused by Windows")
def test_a_file_name_cannot_clear_the_terminal_or_forge_a_line(tmp_path, library):
    refused = tmp_path / "\x1b[2J\nnegotiator: all notes deleted.pdf"
    refused.write_bytes(b"%PDF-1.7 not really")
    outcome = import_outcome(refused, library)
    assert outcome.status == 2
    sentence = one_sentence(outcome)
    assert "\x1b" not in outcome.message and "\\x1b[2J\\x0anegotiator: all notes" in sentence

    imported = tmp_path / "\x1b]0;owned\x07Rev.1\x1b[31m.txt"
    imported.write_text("Convention\n\nArticle 1\n\nText \x1b[2J of \x07 the article.\n")
    outcome = import_outcome(imported, library)
    assert outcome.status == 0, outcome
    status, listing, err, _ = negotiator("list", "--data-dir", str(library))
    assert status == 0, err
    assert "\\x1b]0;owned\\x07Rev.1\\x1b[31m" in listing
    status, tree, err, _ = negotiator(
        "tree", "\\x1b]0;owned\\x07Rev.1\\x1b[31m", "--data-dir", str(library)
    )
    assert status == 0, err
    for text in (outcome.message, listing, tree):
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", text), repr(text)
    assert "Text [2J of the article." in " ".join(tree.split())  # the escape made harmless
