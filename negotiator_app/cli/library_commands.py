"""Commands over the library's texts: import, list, tree, show."""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from pathlib import Path

from negotiator_app.cli.output import emit_json
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.references import TreeIndex, not_found, resolve
from negotiator_app.errors import UserError, shown
from negotiator_app.storage import Library
from negotiator_app.storage.database import LibraryError
from negotiator_app.storage.imports import carry_after_import, import_draft
from negotiator_app.storage.location import data_dir
from negotiator_app.storage.revisions import Placement, revision_versions


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "import",
        parents=[common],
        help="import a draft as a new version",
        description=(
            "Import a draft as a version of an instrument. Versions form revisions (Rev.1, "
            "Rev.2, ...), each with its language versions. --revises REV makes the text the "
            "next revision after REV; --translation-of REV makes it another language of REV. "
            "Without either: a text in a language the instrument's newest revision has no "
            "version in yet joins that revision (the Russian text of the draft just imported in "
            "English); any other text is the next revision. A new revision gets the positions "
            "of the revision before carried into it (see: negotiator carry)."
        ),
    )
    p.add_argument("file", help="a .txt, .md, .docx, .pdf, .html or Akoma Ntoso .xml file")
    p.add_argument(
        "--instrument", default="", help="the instrument it belongs to (default: its title)"
    )
    p.add_argument(
        "--label", default="", help='the version label, e.g. "Rev.1" (default: file name)'
    )
    p.add_argument("--language", default="", help="language code, e.g. en, ru (default: detected)")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--revises", metavar="REV", help="the revision (or a version of it) this text revises"
    )
    where.add_argument(
        "--translation-of", metavar="REV", help="the revision this text is another language of"
    )
    p.add_argument(
        "--reference",
        action="store_true",
        help="an earlier agreed text (a treaty, a resolution, a law): the paragraphs of the "
        "other texts are compared with it for precedents (see: negotiator precedents)",
    )
    p.add_argument(
        "--cite-as", default="", metavar="NAME", help='a reference\'s short name, e.g. "UNCAC"'
    )
    p.add_argument(
        "--report-json",
        metavar="FILE",
        default="",
        help="write the full import report to FILE (- for stdout): what was found, the structure "
        "warnings and every line left out, with its reason and page",
    )
    p.set_defaults(handler=run_import, writes=True)

    p = commands.add_parser("list", parents=[common], help="list instruments and their versions")
    p.set_defaults(handler=run_list)

    p = commands.add_parser("tree", parents=[common], help="print a version's provision tree")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.set_defaults(handler=run_tree)

    p = commands.add_parser("show", parents=[common], help="print one provision with its children")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument(
        "key", help='provision key or reference, e.g. art-6.1.a, "Article 12 bis", "annex II"'
    )
    p.set_defaults(handler=run_show)


def open_library(args: argparse.Namespace) -> Library:
    return Library(data_dir(args.data_dir))


def run_import(args: argparse.Namespace) -> int:
    from negotiator_app.cli.precedent_commands import update_with_progress  # imports this module

    report_file = _report_file(args.report_json)
    placement = Placement(revises=args.revises, translation_of=args.translation_of)
    with open_library(args) as library:
        info, document = import_draft(
            library,
            args.file,
            instrument=args.instrument,
            label=args.label,
            language=args.language,
            placement=placement,
            carry=False,
            reference=args.reference,
            cite_as=args.cite_as,
        )
        carried = carry_after_import(library, info)
        precedents = update_with_progress(library)
        versions = revision_versions(library, info.revision_id) if info.revision_id else []
    report = document.report.to_dict()
    if report_file == "-":
        emit_json({"version": info.to_dict(), "report": report})
    elif report_file:
        _write_report(report_file, {"version": info.to_dict(), "report": report})
    if args.json:
        if report_file != "-":
            emit_json(
                {
                    "version": info.to_dict(),
                    "report": report,
                    "carried": carried.to_dict() if carried else None,
                    "precedents": {
                        "pairs_searched": len(precedents.searched),
                        "found": precedents.found,
                    },
                }
            )
        return 0
    if report_file != "-":
        print(info.id)
    for line in document.report.summary_lines():
        print(shown(line), file=sys.stderr)
    if versions and versions[0].id != info.id:
        print(
            f'Imported as another language of revision "{info.revision}" '
            "(--revises makes it a revision of its own).",
            file=sys.stderr,
        )
    if carried is not None:
        print(carried.summary(), file=sys.stderr)
    if precedents.searched:
        print(precedents.summary(), file=sys.stderr)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        versions = library.versions()
    if args.json:
        instruments: dict[str, list[dict]] = {}
        for info in versions:
            instruments.setdefault(info.instrument, []).append(info.to_dict())
        emit_json([{"instrument": name, "versions": vs} for name, vs in instruments.items()])
        return 0
    if not versions:
        print("The library is empty. Import a draft with: negotiator import FILE")
    current = None
    for info in versions:
        if info.instrument != current:
            current = info.instrument
            print(current)
        print(
            f"  {info.id:>4}  {info.label:<16} {info.revision:<10} {info.language or '--':<3} "
            f"{info.provision_count:>5} provisions  imported {info.imported[:10]}"
        )
    return 0


def run_tree(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        tree = library.tree(info.id)
    if args.json:
        emit_json([node.to_dict() for node in tree])
        return 0
    for node in tree:
        _print_outline(node, 0, info.language)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        tree = library.tree(info.id)
    key = resolve(args.key, TreeIndex.of(tree))
    if key is None and _KEY_RE.match(args.key.strip()):
        raise LibraryError(f'Version {info.label} has no provision "{args.key.strip()}".')
    if key is None:
        raise LibraryError(f"{info.label}: {not_found(args.key)}")
    node = next(p for root in tree for p in root.walk() if p.key == key)
    if args.json:
        emit_json(node.to_dict())
        return 0
    _print_full(node, 0, info.language)
    return 0


_KEY_RE = re.compile(r"^[a-z]+-[^\s]+$")  # "art-6.1.a", "annex-I.art-2": a key, not a reference


def _report_file(name: str) -> str:
    """The report's file, checked before the import runs: a bad path fails with nothing stored."""
    if not name or name == "-":
        return name
    folder = Path(name).expanduser().resolve().parent
    if not folder.is_dir():
        raise UserError(f"Cannot write the report to {name}: there is no folder {folder}.")
    return name


def _write_report(name: str, data: dict) -> None:
    try:
        Path(name).write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        raise UserError(
            f"The draft was imported, but its report could not be written to {name}: "
            f"{error.strerror}."
        ) from None


def _print_outline(node: Provision, depth: int, language: str) -> None:
    """The tree, labels in the version's language ("Статья 6", "Article premier")."""
    title = " ".join(part for part in (_label(node, language), node.heading) if part)
    if not title:
        title = _excerpt(node.text)
    elif not node.heading and node.text:
        title = f"{title} {_excerpt(node.text)}"
    print(f"{'  ' * depth}{title}  [{node.key}]")
    for child in node.children:
        _print_outline(child, depth + 1, language)


def _print_full(node: Provision, depth: int, language: str) -> None:
    indent = "    " * depth
    heading = " ".join(part for part in (_label(node, language), node.heading) if part)
    if node.kind in {Kind.PARAGRAPH, Kind.SUBPARAGRAPH} and node.text:
        first = f"{heading} " if heading else ""
        print(textwrap.fill(first + node.text, 88, initial_indent=indent, subsequent_indent=indent))
    else:
        if heading:
            print(f"{indent}{heading}")
        for part in node.text.split("\n") if node.text else []:
            print(textwrap.fill(part, 88, initial_indent=indent, subsequent_indent=indent))
    for child in node.children:
        _print_full(child, depth + 1, language)


def _excerpt(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _label(node: Provision, language: str) -> str:
    """The label, unless the heading already says it ("Преамбула" under "Преамбула")."""
    label = node.label(language)
    return "" if label and label == node.heading else label
