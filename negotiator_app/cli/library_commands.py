"""Commands over the library's texts: import, list, tree, show."""

from __future__ import annotations

import argparse
import sys
import textwrap

from negotiator_app.cli.output import emit_json
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from negotiator_app.storage.location import data_dir


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("import", parents=[common], help="import a draft as a new version")
    p.add_argument("file", help="a .txt, .md, .docx, .pdf, .html or Akoma Ntoso .xml file")
    p.add_argument(
        "--instrument", default="", help="the instrument it belongs to (default: its title)"
    )
    p.add_argument(
        "--label", default="", help='the version label, e.g. "Rev.1" (default: file name)'
    )
    p.add_argument("--language", default="", help="language code, e.g. en, ru (default: detected)")
    p.set_defaults(handler=run_import, writes=True)

    p = commands.add_parser("list", parents=[common], help="list instruments and their versions")
    p.set_defaults(handler=run_list)

    p = commands.add_parser("tree", parents=[common], help="print a version's provision tree")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.set_defaults(handler=run_tree)

    p = commands.add_parser("show", parents=[common], help="print one provision with its children")
    p.add_argument("version", help="version id, label or INSTRUMENT:LABEL")
    p.add_argument("key", help="provision key, e.g. art-6.1.a")
    p.set_defaults(handler=run_show)


def open_library(args: argparse.Namespace) -> Library:
    return Library(data_dir(args.data_dir))


def run_import(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info, document = import_draft(
            library, args.file, instrument=args.instrument, label=args.label, language=args.language
        )
    if args.json:
        emit_json({"version": info.to_dict(), "report": document.report.to_dict()})
        return 0
    print(info.id)
    for line in document.report.summary_lines():
        print(line, file=sys.stderr)
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
            f"  {info.id:>4}  {info.label:<16} {info.language or '--':<3} "
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
        _print_outline(node, 0)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        info = library.find_version(args.version)
        node = library.provision(info.id, args.key)
    if args.json:
        emit_json(node.to_dict())
        return 0
    _print_full(node, 0)
    return 0


def _print_outline(node: Provision, depth: int) -> None:
    title = " ".join(part for part in (node.label(), node.heading) if part)
    if not title:
        title = _excerpt(node.text)
    elif not node.heading and node.text:
        title = f"{title} {_excerpt(node.text)}"
    print(f"{'  ' * depth}{title}  [{node.key}]")
    for child in node.children:
        _print_outline(child, depth + 1)


def _print_full(node: Provision, depth: int) -> None:
    indent = "    " * depth
    heading = " ".join(part for part in (node.label(), node.heading) if part)
    if node.kind in {Kind.PARAGRAPH, Kind.SUBPARAGRAPH} and node.text:
        first = f"{heading} " if heading else ""
        print(textwrap.fill(first + node.text, 88, initial_indent=indent, subsequent_indent=indent))
    else:
        if heading:
            print(f"{indent}{heading}")
        for part in node.text.split("\n") if node.text else []:
            print(textwrap.fill(part, 88, initial_indent=indent, subsequent_indent=indent))
    for child in node.children:
        _print_full(child, depth + 1)


def _excerpt(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
