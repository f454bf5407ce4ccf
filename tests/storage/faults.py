"""Faults injected into SQLite, and the library read row for row to compare before and after.

Three ways to make a write fail halfway, all through SQLite's own hooks on the connection the
storage layer uses (no mock of our code):
- refuse_write: the authorizer denies the Nth write it is asked about (INSERT, UPDATE, DELETE,
  and COMMIT), so the statement fails as a write to a bad sector or a locked table would;
- interrupt_after: the progress handler interrupts the Nth batch of virtual-machine steps, which
  lands inside a long executemany (the provisions of an import) as well as between statements;
- PRAGMA max_page_count: the database cannot grow, as on a full disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
STEPS_PER_CALL = 10  # virtual-machine instructions between two progress-handler calls


class Counter:
    """How many times the hook was asked; `hit` once the fault was injected."""

    def __init__(self) -> None:
        self.calls = 0
        self.hit = False


def library_rows(path: Path, open_: Callable[[Path], sqlite3.Connection] | None = None) -> dict:
    """Every row of every table, the schema and the schema version: equal means unchanged."""
    connection = open_(path) if open_ else sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        rows: dict = {name: connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
                      for name in names}  # fmt: skip
        rows["(schema)"] = connection.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY name"
        ).fetchall()
        rows["(user_version)"] = connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()
    return rows


@contextmanager
def refuse_write(connection, at: int) -> Iterator[Counter]:
    """Deny the `at`-th write the connection prepares (0: deny none, only count)."""
    counter = Counter()

    def authorizer(action: int, arg1, arg2, database, source) -> int:
        if action in _WRITES or (action == sqlite3.SQLITE_TRANSACTION and arg1 == "COMMIT"):
            counter.calls += 1
            if counter.calls == at:
                counter.hit = True
                return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    connection.set_authorizer(authorizer)
    try:
        yield counter
    finally:
        connection.set_authorizer(None)


@contextmanager
def interrupt_after(connection, at: int) -> Iterator[Counter]:
    """Interrupt the statement running at the `at`-th progress call inside a transaction (0:
    only count); reads outside one are not the write under test."""
    counter = Counter()

    def handler() -> int:
        if not connection.in_transaction:
            return 0
        counter.calls += 1
        if counter.calls == at:
            counter.hit = True
            return 1
        return 0

    connection.set_progress_handler(handler, STEPS_PER_CALL)
    try:
        yield counter
    finally:
        connection.set_progress_handler(None, 0)


def spread(total: int, most: int) -> list[int]:
    """Up to `most` fault points from 1 to total, evenly spread, the first and last included."""
    if total <= most:
        return list(range(1, total + 1))
    step = (total - 1) / (most - 1)
    return sorted({round(1 + i * step) for i in range(most)})
