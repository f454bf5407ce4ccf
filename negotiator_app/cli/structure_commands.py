"""Checking a stored tree against the shape a treaty text has: `negotiator check-structure`."""

from __future__ import annotations

import argparse

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.core.structure_check import check_structure


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "check-structure",
        parents=[common],
        help="check a version's tree: article numbers in sequence, no empty or swallowing "
        "articles, no text outside a provision (exit 1 when there are warnings)",
    )
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.set_defaults(handler=run_check_structure)


def run_check_structure(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        tree = library.tree(info.id)
    warnings = check_structure(tree)
    if args.json:
        emit_json({"version": info.to_dict(), "warnings": [w.to_dict() for w in warnings]})
        return 1 if warnings else 0
    if not warnings:
        print(f"{info.label}: no structure warnings.")
        return 0
    for warning in warnings:
        print(f"{warning.key}: {warning.message}")
    print(f"{info.label}: {len(warnings)} structure warning{'s' if len(warnings) != 1 else ''}.")
    return 1
