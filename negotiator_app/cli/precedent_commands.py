"""`negotiator precedents VERSION [KEY]`, `negotiator reference add|remove|list`,
`negotiator update-precedents`: agreed language, where each paragraph comes from."""

from __future__ import annotations

import argparse
import sys

from negotiator_app.cli.library_commands import _KEY_RE, open_library
from negotiator_app.cli.output import emit_json
from negotiator_app.core.passages import Passage, passages
from negotiator_app.core.precedents import DEFAULT_LIMIT, RELATED_AT, Precedent
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import DELETE, INSERT, Segment
from negotiator_app.core.references import TreeIndex, not_found, resolve
from negotiator_app.errors import UserError
from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.precedents import (
    PrecedentsUpdate,
    VersionPrecedents,
    precedents_of,
    update_precedents,
)
from negotiator_app.storage.reference_instruments import mark_reference, unmark_reference


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "precedents",
        parents=[common],
        help="where each paragraph of a version comes from: its closest agreed language",
        description=(
            "For each paragraph of VERSION (or of KEY and what it holds), the closest passages "
            "of the reference instruments and of the instrument's own earlier revisions, best "
            "first: citation, similarity (0 to 1, word for word), kind (identical, identical "
            "but for N words, adapted, related) and the changes from the precedent to the "
            'draft. --json prints [{"key", "precedents": [{"version", "key", "citation", '
            '"similarity", "kind", "diff"}]}], diff a list of [op, text] (equal, delete, '
            "insert)."
        ),
    )
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument("key", nargs="?", default="", help='a provision: "art-6.1", "Article 12 bis"')
    p.add_argument(
        "--min",
        type=_similarity,
        default=RELATED_AT,
        metavar="SIMILARITY",
        help=f"leave out precedents less alike than this, 0 to 1 (default {RELATED_AT})",
    )
    p.add_argument(
        "--limit",
        type=_count,
        default=DEFAULT_LIMIT,
        help=f"precedents per paragraph (default {DEFAULT_LIMIT})",
    )
    p.set_defaults(handler=run_precedents)

    p = commands.add_parser(
        "reference",
        parents=[common],
        help="mark an instrument as a reference (an earlier agreed text), or list them",
        description=(
            "A reference instrument (an earlier treaty, a resolution, a national law) is where "
            "the precedents of every other text's paragraphs are looked for. The mark is the "
            "instrument's: all its versions. add and remove find (or forget) the precedents at "
            "once."
        ),
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="mark VERSION's instrument")
    add.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    add.add_argument(
        "--cite-as", default="", metavar="NAME", help='its short name in citations, e.g. "UNCAC"'
    )
    add.set_defaults(handler=run_reference_add, writes=True)
    remove = actions.add_parser("remove", parents=[common], help="unmark VERSION's instrument")
    remove.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    remove.set_defaults(handler=run_reference_remove, writes=True)
    listing = actions.add_parser("list", parents=[common], help="the reference instruments")
    listing.set_defaults(handler=run_reference_list)

    p = commands.add_parser(
        "update-precedents",
        parents=[common],
        help="find and store the precedents not found yet",
        description=(
            "Search every text for the precedents not stored yet (a library from an earlier "
            "Negotiator, or an update the app did not finish) and store them all at once. "
            "import and reference add/remove do this by themselves; the app does it in the "
            "background."
        ),
    )
    p.set_defaults(handler=run_update, writes=True)


def run_precedents(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        tree = library.tree(info.id)
        chosen = _passages(tree, args.key, info.label)
        found = precedents_of(
            library,
            info.id,
            [passage.key for passage in chosen],
            minimum=args.min,
            limit=args.limit,
            search_missing=True,
        )
    if args.json:
        emit_json([_passage_dict(passage, found) for passage in chosen])
        return 0
    if not found.wanted:
        print(
            f"{info.label} has no sources to search: mark an earlier treaty as a reference "
            "(negotiator reference add VERSION) or import an earlier revision.",
            file=sys.stderr,
        )
    for passage in chosen:
        _print_passage(passage, found)
    return 0


def run_reference_add(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = mark_reference(library, library.find_version(args.version), args.cite_as)
        update = update_with_progress(library)
    return _say_reference(args, info.instrument, True, info.cited_as, update)


def run_reference_remove(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        if not info.reference:
            raise LibraryError(f'"{info.instrument}" is not a reference instrument.')
        info = unmark_reference(library, info)
        update = update_with_progress(library)
    return _say_reference(args, info.instrument, False, info.cited_as, update)


def run_reference_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        versions = [v for v in library.versions() if v.reference]
    instruments: dict[str, dict] = {}
    for info in versions:
        entry = instruments.setdefault(
            info.instrument,
            {"instrument": info.instrument, "cite_as": info.cited_as, "versions": []},
        )
        entry["versions"].append(info.to_dict())
    if args.json:
        emit_json(list(instruments.values()))
        return 0
    if not instruments:
        print("No reference instruments yet: negotiator reference add VERSION")
    for entry in instruments.values():
        labels = ", ".join(f"{v['id']} ({v['label']})" for v in entry["versions"])
        print(f"{entry['instrument']}  — cited as {entry['cite_as']}: {labels}")
    return 0


def run_update(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        update = update_with_progress(library)
    if args.json:
        emit_json(_update_dict(update))
    else:
        print(update.summary())
    return 0


# -- helpers ----------------------------------------------------------------------------


def update_with_progress(library: Library) -> PrecedentsUpdate:
    """Store the precedents not stored yet, saying on a terminal how far it is when it is long."""
    shown = {"tenth": -1}

    def progress(done: int, total: int) -> None:
        tenth = done * 10 // total if total else 10
        if total >= 2_000 and tenth != shown["tenth"] and sys.stderr.isatty():
            shown["tenth"] = tenth
            print(f"\rFinding precedents… {tenth * 10}%", end="", file=sys.stderr, flush=True)

    update = update_precedents(library, progress=progress)
    if shown["tenth"] >= 0:
        print(file=sys.stderr)
    return update


def _say_reference(
    args: argparse.Namespace, instrument: str, marked: bool, cited: str, update: PrecedentsUpdate
) -> int:
    if args.json:
        emit_json(
            {
                "instrument": instrument,
                "reference": marked,
                "cite_as": cited,
                "update": _update_dict(update),
            }
        )
        return 0
    if marked:
        print(f'"{instrument}" is a reference instrument, cited as "{cited}".')
    else:
        print(
            f'"{instrument}" is no longer a reference instrument; the precedents found in it '
            "were forgotten."
        )
    if update.searched or update.forgotten:
        print(update.summary(), file=sys.stderr)
    return 0


def _update_dict(update: PrecedentsUpdate) -> dict:
    return {
        "searched": [[p.draft_id, p.source_id] for p in update.searched],
        "forgotten": [[p.draft_id, p.source_id] for p in update.forgotten],
        "found": update.found,
    }


def _passages(tree: list[Provision], key: str, label: str) -> list[Passage]:
    every = passages(tree)
    if not key:
        return every
    keys = {node.key for root in tree for node in root.walk()}
    found = key.strip() if key.strip() in keys else resolve(key, TreeIndex.of(tree))
    if found is None and _KEY_RE.match(key.strip()):
        raise LibraryError(f'Version {label} has no provision "{key.strip()}".')
    if found is None:
        raise LibraryError(f"{label}: {not_found(key)}")
    inside = [p for p in every if p.key == found or p.key.startswith(f"{found}.")]
    if not inside:
        raise UserError(f'{label}: "{key}" has no words of its own to find precedents for.')
    return inside


def _passage_dict(passage: Passage, found: VersionPrecedents) -> dict:
    return {
        "key": passage.key,
        "precedents": [_precedent_dict(p, passage.text, found) for p in found.of(passage.key)],
    }


def _precedent_dict(precedent: Precedent, draft_text: str, found: VersionPrecedents) -> dict:
    source = found.source(precedent)
    return {
        "version": source.label,
        "instrument": source.instrument,
        "key": precedent.key,
        "citation": precedent.citation,
        "similarity": round(precedent.similarity, 3),
        "kind": str(precedent.kind),
        "kind_label": precedent.kind_label,
        "agreed": found.is_agreed(precedent),
        "diff": [list(segment) for segment in precedent.diff(draft_text)],
    }


def _print_passage(passage: Passage, found: VersionPrecedents) -> None:
    precedents = found.of(passage.key)
    print(f"{passage.key}  {_excerpt(passage.text)}")
    if not precedents:
        print("    no precedent: new language")
    for precedent in precedents:
        print(
            f"  {precedent.rank}. {precedent.kind_label:<26} {precedent.similarity:4.2f}  "
            f"{precedent.citation}"
        )
        if precedent.changed_words:
            print(f"     {_marked(precedent.diff(passage.text))}")


def _marked(segments: list[Segment]) -> str:
    """The diff in plain text: [-taken out-]{+put in+}."""
    out = []
    for op, text in segments:
        lead = " " if text[:1].isspace() else ""
        trail = " " if text[-1:].isspace() and text.strip() else ""
        words = " ".join(text.split())
        marked = {DELETE: f"[-{words}-]", INSERT: f"{{+{words}+}}"}.get(op, words)
        out.append(f"{lead}{marked}{trail}")
    return "".join(out)


def _excerpt(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _similarity(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"a similarity is a number from 0 to 1, not {value!r}")
    return number


def _count(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 50:
        raise argparse.ArgumentTypeError(f"a number from 1 to 50, not {value!r}")
    return int(value)
