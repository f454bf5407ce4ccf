"""`negotiator compare OLD NEW` (what changed, provision by provision) and `negotiator carry`."""

from __future__ import annotations

import argparse

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.core.comparison import Change, Comparison, Pair
from negotiator_app.storage.carry import carry_positions
from negotiator_app.storage.revisions import compare_versions

_NAMES = ", ".join(str(change) for change in Change)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "compare",
        parents=[common],
        help="what changed from one version to another, provision by provision",
        description=(
            "Pair every provision of OLD with the provision of NEW it became, by content (numbers "
            f"are not identity), and say what changed: {_NAMES}. --json prints one object per "
            'pair: {"old", "new", "change", "similarity", "old_number", "new_number", '
            '"brackets": {"removed", "added", "kept"}}.'
        ),
    )
    p.add_argument("old", help="the earlier version: id, label or INSTRUMENT:LABEL")
    p.add_argument("new", help="the later version")
    p.add_argument(
        "--changed-only", action="store_true", help="leave out provisions that did not change"
    )
    p.add_argument(
        "--level",
        choices=("article", "all"),
        default="article",
        help="articles (with the preamble and annexes) only, or every provision (default: article)",
    )
    p.set_defaults(handler=run_compare)

    p = commands.add_parser(
        "carry",
        parents=[common],
        help="carry the positions on OLD's revision into NEW's (again: copies nothing twice)",
        description=(
            "Copy each note on OLD's revision to the provision of NEW it became, with its history, "
            "marked unchanged, changed (to review) or taken in; notes on deleted provisions stay "
            "on OLD and go on the review list (negotiator note list --review). Importing a new "
            "revision does this by itself; run it again after adding notes to the old revision."
        ),
    )
    p.add_argument("old", help="a version of the earlier revision")
    p.add_argument("new", help="a version of the later revision")
    p.set_defaults(handler=run_carry, writes=True)


def run_compare(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        old = library.find_version(args.old)
        new = library.find_version(args.new)
        comparison = compare_versions(library, old, new)
    pairs = comparison.select(args.level, changed_only=args.changed_only)
    if args.json:
        emit_json([pair.to_dict() for pair in pairs])
        return 0
    print(f"{old.label} → {new.label}: {_counts(comparison, args.level)}")
    for pair in pairs:
        print(_line(pair))
    return 0


def run_carry(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        old = library.find_version(args.old)
        new = library.find_version(args.new)
        report = carry_positions(library, old, new)
    if args.json:
        emit_json(report.to_dict())
        return 0
    print(report.summary())
    for carried in report.carried:
        where = carried.new_key or "(kept on the old text)"
        print(f"  {carried.old_key:<16} → {where:<24} {carried.message()}")
    return 0


def _counts(comparison: Comparison, level: str) -> str:
    counts = comparison.counts(level)
    parts = [f"{n} {name}" for name, n in counts.items() if n]
    return ", ".join(parts) or "nothing to compare"


def _line(pair: Pair) -> str:
    brackets = pair.brackets.describe()
    old = pair.old_key or "-"
    new = pair.new_key or "-"
    text = f"{str(pair.change):<20} {old:<16} {new:<16} {pair.similarity:5.2f}  {pair.title()}"
    return f"{text}  [{brackets}]" if brackets else text
