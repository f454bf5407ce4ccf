"""`negotiator export memo|md|csv OUT`: the positions as a Word memo, Markdown or CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from negotiator_app.cli.library_commands import open_library
from negotiator_app.cli.output import emit_json, fail
from negotiator_app.export.changes import changes_title, select_changes, write_changes
from negotiator_app.export.changes_text import write_changes_csv, write_changes_markdown
from negotiator_app.export.cover import default_cover
from negotiator_app.export.memo import write_memo
from negotiator_app.export.memo_words import MEMO_LANGUAGES
from negotiator_app.export.output_file import ExportProblem, ExportResult
from negotiator_app.export.positions import write_csv, write_markdown
from negotiator_app.export.selection import Selection, select
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.notes import STANCES, normalise_stance


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    export = commands.add_parser(
        "export",
        parents=[common],
        help="export positions as a Word memo, Markdown or CSV, or the changes between versions",
    )
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)

    memo = formats.add_parser("memo", parents=[common], help="a position memo (.docx)")
    memo.add_argument("out", metavar="OUT.docx", help="the file to write")
    _selection_options(memo)
    cover = memo.add_argument_group("cover")
    cover.add_argument("--title", default="", help='memo title (default: "Position memo")')
    cover.add_argument("--delegation", default="", help='e.g. "Delegation of Examplia"')
    cover.add_argument("--negotiation", default="", help="default: the instrument's name")
    cover.add_argument("--session", default="", help='e.g. "Fourth session, New York"')
    cover.add_argument("--date", default="", help="default: today")
    cover.add_argument("--author", default="", help="default: your full name")
    cover.add_argument(
        "--marking", default=None, help='e.g. CONFIDENTIAL (default: RESTRICTED; "" for none)'
    )
    memo.add_argument("--template", metavar="FILE", help="your .docx or .dotx with the memo styles")
    memo.add_argument(
        "--comments", action="store_true", help="add each rationale as a Word comment"
    )
    _language_option(memo)
    memo.set_defaults(handler=run_export)

    for name, what in (("md", "Markdown (.md)"), ("csv", "CSV, one row per provision")):
        p = formats.add_parser(name, parents=[common], help=f"the positions as {what}")
        p.add_argument("out", metavar="OUT", help="the file to write")
        _selection_options(p)
        if name == "md":
            p.add_argument("--title", default="", help='title (default: "Position memo")')
            p.add_argument("--marking", default=None, help='default: "RESTRICTED"; "" for none')
        _language_option(p)
        p.set_defaults(handler=run_export)

    changes = formats.add_parser(
        "changes",
        parents=[common],
        help="what changed from OLD to NEW: a synoptic table (.docx), CSV or Markdown",
        description=(
            "One row per changed provision: the old text, the new text with the changes marked, "
            "and the delegation's comment (its note, if any). OUT's suffix chooses the format: "
            ".docx (landscape, the memo's template and marking), .csv or .md."
        ),
    )
    changes.add_argument("out", metavar="OUT", help="OUT.docx, OUT.csv or OUT.md")
    changes.add_argument("old", help="the earlier version: id, label or INSTRUMENT:LABEL")
    changes.add_argument("new", help="the later version")
    changes.add_argument(
        "--level",
        choices=("article", "all"),
        default="all",
        help="one row per changed provision, the smallest that holds the change (all, the "
        "default), or per changed article with its whole text (article)",
    )
    changes.add_argument("--title", default="", help='default: "Changes from OLD to NEW"')
    changes.add_argument("--marking", default=None, help='default: "RESTRICTED"; "" for none')
    changes.add_argument("--template", metavar="FILE", help="your .docx or .dotx with the styles")
    _language_option(changes, "the new version's")
    changes.set_defaults(handler=run_changes)

    orphans = formats.add_parser(
        "orphans",
        parents=[common],
        help="the positions kept after their text was deleted (.csv or .md)",
        description="Every position kept on a revision whose versions were all deleted (see: "
        "negotiator version delete, negotiator note list --orphans), with every field written. "
        "OUT's suffix chooses the format: .csv or .md.",
    )
    orphans.add_argument("out", metavar="OUT", help="OUT.csv or OUT.md")
    orphans.set_defaults(handler=run_orphans)


def run_orphans(args: argparse.Namespace) -> int:
    from negotiator_app.export.orphans import write_orphans
    from negotiator_app.storage.library_edits import orphan_notes

    with open_library(args) as library:
        found = orphan_notes(library)
        folder = library.folder
    try:
        result = write_orphans(found, args.out, folder)
    except ExportProblem as problem:
        return fail(str(problem))
    if args.json:
        emit_json({"path": str(result.path), "positions": result.provisions})
    else:
        print(f"Wrote {result.path} ({result.provisions} position(s) kept without a text).")
    return 0


def run_changes(args: argparse.Namespace) -> int:
    suffix = Path(args.out).suffix.lower()
    if suffix not in (".docx", ".csv", ".md"):
        return fail(f"Cannot tell the format from {args.out}: name it .docx, .csv or .md.")
    with open_library(args) as library:
        old = library.find_version(args.old)
        new = library.find_version(args.new)
        content = select_changes(library, old, new, args.level, args.language)
    chosen = {"title": args.title or changes_title(content)}
    if args.marking is not None:
        chosen["marking"] = args.marking
    cover = _cover(new, chosen, content.language)
    try:
        if suffix == ".csv":
            result = write_changes_csv(content, args.out)
        elif suffix == ".md":
            result = write_changes_markdown(content, args.out, cover.marking)
        else:
            result = write_changes(content, args.out, cover, template=args.template)
    except ExportProblem as problem:
        return fail(str(problem))
    if args.json:
        emit_json(
            {"path": str(result.path), "rows": result.provisions, "warnings": result.warnings}
        )
    else:
        noun = "row" if result.provisions == 1 else "rows"
        print(f"Wrote {result.path} ({result.provisions} {noun}).")
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    return 0


def run_export(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = _version(library, args.version)
        try:
            content = select(library, info.id, _selection(args), args.language)
        except ExportProblem as problem:
            return fail(str(problem))
    try:
        result = _write(args, info, content)
    except ExportProblem as problem:
        return fail(str(problem))
    if args.json:
        emit_json(
            {
                "path": str(result.path),
                "provisions": result.provisions,
                "warnings": result.warnings,
            }
        )
    else:
        noun = "provision" if result.provisions == 1 else "provisions"
        print(f"Wrote {result.path} ({result.provisions} {noun}).")
    for warning in result.warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    return 0


def _write(args: argparse.Namespace, info: VersionInfo, content) -> ExportResult:
    if args.format == "csv":
        return write_csv(content, args.out)
    chosen = {"title": args.title}
    if args.marking is not None:
        chosen["marking"] = args.marking
    if args.format == "md":
        return write_markdown(content, args.out, _cover(info, chosen, content.language))
    for name in ("delegation", "negotiation", "session", "date", "author"):
        chosen[name] = getattr(args, name)
    return write_memo(
        content,
        args.out,
        _cover(info, chosen, content.language),
        template=args.template,
        comments=args.comments,
    )


def _cover(info: VersionInfo, chosen: dict[str, str], language: str):
    cover = default_cover(info, language, **{k: v for k, v in chosen.items() if k != "marking"})
    if "marking" in chosen:
        cover.marking = chosen["marking"].strip()  # an explicit "" means: no marking
    return cover


def _language_option(parser: argparse.ArgumentParser, default: str = "the version's") -> None:
    parser.add_argument(
        "--language",
        choices=MEMO_LANGUAGES,
        default=None,
        help=f"the language of the fixed words: title, headings, stances, dates (default: "
        f"{default} language, else English); structure labels follow the document",
    )


def _selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("selection")
    group.add_argument("--version", help="version id, label or INSTRUMENT:LABEL")
    which = group.add_mutually_exclusive_group()
    which.add_argument(
        "--with-notes",
        dest="include_all",
        action="store_false",
        help="only provisions with a note (the default)",
    )
    which.add_argument(
        "--all",
        dest="include_all",
        action="store_true",
        help="every article, noted or not (a briefing book)",
    )
    group.add_argument(
        "--stance",
        action="extend",
        nargs="+",
        default=[],
        metavar="S",
        help=f"only these stances: {', '.join(STANCES)}",
    )
    group.add_argument(
        "--tag", action="extend", nargs="+", default=[], metavar="T", help="only these tags"
    )
    group.add_argument(
        "--chapter",
        action="extend",
        nargs="+",
        default=[],
        metavar="C",
        help='only these chapters: "II", or a key such as ch-II.sec-1',
    )
    group.add_argument("--keys", action="append", default=[], help="hand-picked keys: K1,K2")
    parser.add_argument(
        "--agreed-language",
        action="store_true",
        help='a line per provision naming the agreed language it takes up: "Agreed language: '
        "UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'\" (see: negotiator precedents)",
    )
    parser.set_defaults(include_all=False)


def _selection(args: argparse.Namespace) -> Selection:
    keys = [key.strip() for value in args.keys for key in value.split(",") if key.strip()]
    return Selection(
        include_all=args.include_all,
        keys=keys,
        stances=[normalise_stance(stance) for stance in args.stance],
        tags=args.tag,
        chapters=args.chapter,
        agreed_language=args.agreed_language,
    )


def _version(library: Library, reference: str | None) -> VersionInfo:
    """The version asked for, else the latest version of the only instrument."""
    if reference:
        return library.find_version(reference)
    versions = library.versions()
    if not versions:
        raise LibraryError("The library is empty. Import a draft with: negotiator import FILE")
    # Reference instruments are read, not negotiated: the draft is what a memo is about.
    versions = [info for info in versions if not info.reference] or versions
    instruments = {info.instrument_id for info in versions}
    if len(instruments) > 1:
        raise LibraryError(
            "The library holds more than one instrument; say which with --version "
            "(see `negotiator list`)."
        )
    return max(versions, key=lambda info: info.position)
