"""The search command: the same index and query syntax the GUI's search box uses."""

from __future__ import annotations

import argparse
import html
import re
import sys

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.search import SearchIndex

_QUERY_HELP = (
    'words, "phrases", AND/OR/NOT, prefix*, fuzzy~, and filters: article:12 chapter:IV '
    "stance:oppose tag:crypto in:notes in:text version:LABEL priority:high redline:yes"
)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("search", parents=[common], help="search the texts and your notes")
    p.add_argument("query", nargs="+", help=_QUERY_HELP)
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (20)")
    p.add_argument("--version", help="only this version (id, label or INSTRUMENT:LABEL)")
    p.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        version_id = library.find_version(args.version).id if args.version else None
        with SearchIndex(library) as index:
            results = index.search(" ".join(args.query), limit=args.limit, version_id=version_id)
            if index.problem:
                print(f"negotiator: {index.problem}", file=sys.stderr)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}", file=sys.stderr)
    if args.json:
        emit_json([hit.to_dict() for hit in results.hits])
        return 0
    if not results.hits:
        print("No provision matches.")
    for rank, hit in enumerate(results.hits, 1):
        print(f"{rank:>3}. {hit.version}  {hit.key}  {hit.heading}  [{hit.where}]")
        print(f"     {_plain(hit.snippet)}")
    return 0


def _plain(snippet: str) -> str:
    """The snippet for a terminal: matched words between ** **, entities decoded."""
    return html.unescape(re.sub(r"</?b>", "**", snippet))
