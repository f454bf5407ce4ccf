"""A query the parser cannot take is one sentence, never index damage; index writers race safely.

Queries that whoosh's parser chokes on (state~1/99, 2,000 nested brackets, 3,000 x NOT) once
made the index rebuild itself and the command end in a traceback; so did whatever the fuzz below
finds. Only a damaged index may rebuild: these tests make any rebuild fail them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

from negotiator_app.cli import main
from negotiator_app.search import SearchError, SearchIndex, SearchResults
from negotiator_app.search.index_folder import BUILDING_LOCK
from tests.conftest import REPO

from .conftest import Indexed

REFUSED = [
    "state~99",
    "confiscation~0",
    "(" * 2000 + "state" + ")" * 2000,
    "NOT " * 3000 + "state",
    "NOT NOT state",
    "state NOT NOT party",
    "state " * 500,
    "(((((((((((((((((((((((state)))))))))))))))))))))))",
]
ANSWERED = ["state~1/99", "state~2/0", "article:{1 TO 2]", "~state", "state~", "a/b"]


@pytest.fixture
def no_rebuild(small: Indexed, monkeypatch: pytest.MonkeyPatch) -> None:
    """The index is built; from now on any rebuild fails the test."""
    small.index.search("state")

    def refuse(*args, **kwargs):
        raise AssertionError("a query was taken for damage to the index")

    monkeypatch.setattr(SearchIndex, "_rebuild_after", refuse)


@pytest.mark.parametrize("query", REFUSED, ids=lambda q: q[:24])
def test_a_query_the_parser_cannot_take_is_one_sentence(
    small: Indexed, no_rebuild: None, query: str
) -> None:
    small.index.search("state")
    with pytest.raises(SearchError) as caught:
        small.index.search(query)
    sentence = str(caught.value)
    assert sentence.endswith(".") and "\n" not in sentence and len(sentence) < 200


@pytest.mark.parametrize("query", ANSWERED)
def test_odd_but_meaningful_queries_are_answered(
    small: Indexed, no_rebuild: None, query: str
) -> None:
    assert isinstance(small.index.search(query), SearchResults)


def test_the_command_line_says_the_sentence_and_leaves_the_index_alone(
    small: Indexed, library_dir: Path, capsys
) -> None:
    small.index.search("state")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in (library_dir / "index").iterdir())
    for query in ("state~99", "NOT " * 3000 + "state", "(" * 2000 + "a" + ")" * 2000):
        assert main(["search", query, "--data-dir", str(library_dir)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Unexpected" not in err
    after = sorted((p.name, p.stat().st_mtime_ns) for p in (library_dir / "index").iterdir())
    assert after == before


PIECES = st.sampled_from(
    ["state", "party", "конвенция", "article:", "stance:", "tag:", "in:", "version:", "EN",
     "AND", "OR", "NOT", "ANDNOT", "(", ")", '"', "*", "?", "~", "~2", "/", "^", "[", "]", "{",
     "}", "TO", ":", "-", "+", "\\", "'", "1", "99", "0", " ", "\x00", "\u202e", "é"]
)  # fmt: skip


def test_fuzzed_queries_get_an_answer_or_a_sentence_never_a_rebuild(
    small: Indexed, no_rebuild: None
) -> None:
    small.index.search("state")

    @settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=40))
    def run(query: str) -> None:
        try:
            results = small.index.search(query)
        except SearchError as error:
            assert "\n" not in str(error)
        else:
            assert isinstance(results, SearchResults)

    run()


def test_reindex_racing_a_writer_fails_neither(small: Indexed, library_dir: Path) -> None:
    from tests.storage.test_crash_and_concurrency import KEYS, saver

    small.index.search("state")
    small.index.close()
    writer = saver(library_dir, "race", index=True, saves=40)
    reindexed = 0
    while writer.poll() is None or not reindexed:
        assert main(["reindex", "--data-dir", str(library_dir)]) == 0
        reindexed += 1
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    with SearchIndex(small.library) as index:
        assert index.problem is None
        assert [hit.key for hit in index.search('"race 39"').hits] == [KEYS[39 % len(KEYS)]]


KILLED_BUILD = textwrap.dedent(
    """
    import sys
    from negotiator_app.search import SearchIndex
    from negotiator_app.storage import Library

    with Library(sys.argv[1]) as library, SearchIndex(library) as index:
        index.rebuild(progress=lambda done, total: print(done, flush=True))
    """
)


def test_a_killed_rebuild_leaves_no_folder_behind(small: Indexed, library_dir: Path) -> None:
    small.index.search("state")
    small.index.close()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BUILD, str(library_dir)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    child.stdout.readline()  # it is building
    child.kill()
    child.communicate(timeout=30)
    assert [p.name for p in library_dir.glob("index.new-*")]
    running = library_dir / "index.new-running"  # another process's build, in progress
    running.mkdir()
    lock = FileStorage(str(running)).lock(BUILDING_LOCK)
    assert lock.acquire()
    try:
        with SearchIndex(small.library) as index:
            assert index.search("state").hits
        assert [p.name for p in library_dir.glob("index.*")] == ["index.new-running"]
    finally:
        lock.release()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_in_the_index_never_hangs_search(
    small: Indexed, library_dir: Path, kind: str
) -> None:
    small.index.search("state")
    small.index.close()
    toc = next((library_dir / "index").glob("_MAIN_*.toc"))
    toc.unlink()
    if kind == "fifo":
        os.mkfifo(toc)
    else:
        toc.symlink_to("/dev/zero")
    answers: list = []

    def search() -> None:
        with SearchIndex(small.library) as index:
            answers.append(len(index.search("state").hits))

    thread = threading.Thread(target=search, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "search hung on a pipe or device in the index folder"
    assert answers and answers[0] > 0
