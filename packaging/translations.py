"""Refresh the interface's translation sources and build them: `make translations`.

1. Read every tr(text[, n][, note=...]) call of a module that says `tr = translator("Context")`,
   and every translate(context, text[, disambiguation[, n]]) and translatable(context, text)
   call under negotiator_app/ui/ (Python's ast, so a call over several lines or with a count
   that is an expression is read as Qt's pyside6-lupdate 6.11 does not: it drops such calls and
   loses the plural forms of a "%n" message whose count is a variable).
2. Write resources/i18n/negotiator_<lang>.ts for each language: translations already made are
   kept, new texts are added unfinished (to translate in Qt Linguist, pyside6-linguist, or any
   editor), texts no longer in the code are dropped. The files are in Qt's own TS format.
3. Compile each .ts into its .qm with pyside6-lrelease (what ui/i18n.py loads at start).

    .venv/bin/python packaging/translations.py            # update the .ts, build the .qm
    .venv/bin/python packaging/translations.py --check    # exit 1 if anything is not done
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "negotiator_app" / "ui"
FOLDER = REPO / "resources" / "i18n"
# English has a file too, for its plural forms only ("1 provision", "2 provisions").
LANGUAGES = {"en": "en_GB", "ru": "ru_RU", "fr": "fr_FR", "es": "es_ES"}
Key = tuple[str, str, str]  # context, source text, disambiguation


@dataclass
class Message:
    """One text to translate: where it is, and whether it has plural forms ("%n")."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""  # from the .ts
    forms: list[str] = field(default_factory=list)  # plural forms, from the .ts
    finished: bool = False

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def extract(root: Path = SOURCES) -> tuple[dict[Key, Message], list[str]]:
    """Every translatable text under root, and the calls that cannot be read (not literals)."""
    found: dict[Key, Message] = {}
    problems: list[str] = []
    for path in sorted(root.rglob("*.py")):
        if path.name == "i18n.py":
            continue  # where translate() is defined
        relative = path.relative_to(REPO).as_posix()
        tree = ast.parse(path.read_text("utf-8"), relative)
        context = _module_context(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            where = f"{relative}:{node.lineno}"
            mark = (
                isinstance(node.func, ast.Attribute)
                and node.func.attr == "mark"
                and _name(node.func.value) == "tr"
            )
            if name == "tr" and isinstance(node.func, ast.Name) or mark:
                if context is None:
                    problems.append(f'{where}: tr() without `tr = translator("Context")`')
                    continue
                args = [ast.Constant(context), *node.args[:1]]
                rest = node.args[1:]
                note = next((k.value for k in node.keywords if k.arg == "note"), None)
                numerus = bool(rest) or any(k.arg == "n" for k in node.keywords)
            elif name in ("translate", "translatable"):
                args = node.args[:2]
                note = node.args[2] if len(node.args) >= 3 else None
                numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            else:
                continue
            if len(args) < 2 or not all(_literal(a) for a in args[:2]):
                problems.append(f"{where}: the context and text must be plain strings")
                continue
            if note is not None and not (_literal(note) or _none(note)):
                problems.append(f"{where}: the disambiguation must be a plain string or None")
                continue
            comment = note.value if note is not None and _literal(note) else ""  # type: ignore[attr-defined]
            key = (args[0].value, args[1].value, comment)  # type: ignore[attr-defined]
            message = found.setdefault(key, Message(*key, numerus))
            message.numerus = message.numerus or numerus
            message.locations.append((relative, node.lineno))
    return found, problems


def _module_context(tree: ast.Module) -> str | None:
    """The context of a module's tr(): `tr = translator("Menus")` at its top level."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(t, "id", None) for t in node.targets] == ["tr"]
            and isinstance(node.value, ast.Call)
            and _name(node.value.func) == "translator"
            and node.value.args
            and _literal(node.value.args[0])
        ):
            return node.value.args[0].value  # type: ignore[attr-defined]
    return None


def read_ts(path: Path) -> dict[Key, Message]:
    """The messages of a .ts file, with their translations."""
    if not path.exists():
        return {}
    messages: dict[Key, Message] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                name,
                element.findtext("source") or "",
                element.findtext("comment") or "",
                element.get("numerus") == "yes",
            )
            if translation is not None:
                kind = translation.get("type")
                message.finished = kind not in ("unfinished", "vanished", "obsolete")
                message.forms = [form.text or "" for form in translation.iter("numerusform")]
                message.translation = "" if message.forms else (translation.text or "")
                message.finished = message.finished and (
                    all(message.forms) if message.numerus else bool(message.translation)
                )
            messages[message.key] = message
    return messages


def write_ts(path: Path, language: str, messages: dict[Key, Message]) -> None:
    """A .ts file in Qt's format, contexts in alphabetical order, messages as in the code."""
    root = ElementTree.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for name in sorted(by_context):
        context = ElementTree.SubElement(root, "context")
        ElementTree.SubElement(context, "name").text = name
        for message in sorted(by_context[name], key=lambda m: m.locations[:1]):
            element = ElementTree.SubElement(context, "message")
            if message.numerus:
                element.set("numerus", "yes")
            for file, line in message.locations:
                ElementTree.SubElement(
                    element, "location", filename=f"../../{file}", line=str(line)
                )
            ElementTree.SubElement(element, "source").text = message.source
            if message.comment:
                ElementTree.SubElement(element, "comment").text = message.comment
            translation = ElementTree.SubElement(element, "translation")
            if not message.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                for form in message.forms or [message.translation]:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = message.translation
    ElementTree.indent(root, space="    ")
    text = ElementTree.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', "utf-8")


def merged(code: dict[Key, Message], existing: dict[Key, Message]) -> dict[Key, Message]:
    """The code's messages, each with the translation the .ts already has for it."""
    result = {}
    for key, message in code.items():
        old = existing.get(key)
        if old is not None:
            message.translation, message.forms = old.translation, old.forms
            message.finished = old.finished and old.numerus == message.numerus
        result[key] = message
    return result


def release(ts: Path) -> None:
    """Compile a .ts into its .qm next to it, with Qt's own pyside6-lrelease."""
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def ts_path(language: str) -> Path:
    return FOLDER / f"negotiator_{language}.ts"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if not done")
    args = parser.parse_args(argv)
    problems = extract()[1]
    for problem in problems:
        print(problem, file=sys.stderr)
    status = 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language, locale in LANGUAGES.items():
        path = ts_path(language)
        messages = expected(language, read_ts(path))
        unfinished = sum(1 for m in messages.values() if not m.finished)
        if args.check:
            if set(messages) != set(read_ts(path)) or unfinished:
                print(f"{path.name}: {unfinished} unfinished, or out of date with the code")
                status = 1
            continue
        write_ts(path, locale, messages)
        release(path)
        print(f"{path.name}: {len(messages)} texts, {unfinished} unfinished")
    return status


def expected(language: str, existing: dict[Key, Message]) -> dict[Key, Message]:
    """What the .ts of a language should hold: every text of the code (for English, only the
    texts with plural forms), with the translations it has."""
    code = extract()[0]
    if language == "en":
        code = {key: message for key, message in code.items() if message.numerus}
    return merged(code, existing)


def _name(func: ast.expr) -> str:
    """ "translate" for translate(...) and QCoreApplication.translate(...); str.translate is
    another thing."""
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and func.attr == "mark" and _name(func.value) == "tr":
        return "tr.mark"
    if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "QCoreApplication":
        return func.attr
    return ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


if __name__ == "__main__":
    sys.exit(main())
