"""The interface's translations: every text of ui/ goes through tr(), every one is translated in
resources/i18n/*.ts, and the .qm files the app loads say what the .ts files say."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys

import pytest
from PySide6.QtCore import QTranslator

from tests.conftest import REPO

FOLDER = REPO / "resources" / "i18n"
# Calls whose text argument the user reads.
TEXT_CALLS = {
    "setText", "setToolTip", "setPlaceholderText", "setAccessibleName", "setWindowTitle",
    "setStatusTip", "addItem", "addItems", "QLabel", "QPushButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QAction", "addMenu", "addTab", "showMessage", "show_message", "setTabToolTip",
    "setHorizontalHeaderLabels", "setLabelText", "setCancelButtonText", "setInformativeText",
    "addRow", "setHtml", "addButton", "QToolBar", "setItemText", "QDockWidget", "warning",
    "critical", "question", "information",
}  # fmt: skip
NOT_WORDS = {"Negotiator"}  # the program's name, the same in every language


def translations():
    spec = importlib.util.spec_from_file_location(
        "packaging_translations", REPO / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["en", "ru", "fr", "es"])
def test_every_text_is_in_the_ts_file_and_translated(language):
    """A text added to the code and not to the .ts (or left unfinished) fails here: run
    `make translations` and translate what it adds."""
    tool = translations()
    problems = tool.extract()[1]
    assert problems == []
    path = tool.ts_path(language)
    stored = tool.read_ts(path)
    wanted = tool.expected(language, stored)
    assert set(wanted) == set(stored), "the .ts is out of date with the code"
    unfinished = [m.source for m in stored.values() if not m.finished]
    assert unfinished == []


@pytest.mark.parametrize("language", ["ru", "fr", "es"])
def test_each_translation_keeps_the_placeholders_and_a_mnemonic(language):
    tool = translations()
    for message in tool.read_ts(tool.ts_path(language)).values():
        forms = message.forms if message.numerus else [message.translation]
        for form in forms:
            assert _marks(form) == _marks(message.source), (message.source, form)
            if re.search(r"&[^&\s]", message.source):
                assert re.search(r"&[^&\s]", form), (message.source, form)


@pytest.mark.parametrize("language", ["en", "ru", "fr", "es"])
def test_the_qm_file_says_what_the_ts_file_says(qapp, language):
    """The committed .qm is built from the committed .ts (pyside6-lrelease): a .ts edited without
    `make translations` fails here."""
    tool = translations()
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"negotiator_{language}.qm"))
    for message in tool.read_ts(tool.ts_path(language)).values():
        comment = message.comment or None
        if message.numerus:
            counts = {"en": (1, 2), "fr": (1, 2), "es": (1, 2), "ru": (1, 2, 5)}[language]
            for count, form in zip(counts, message.forms, strict=True):
                # The translator gives the form; QCoreApplication.translate puts the count in.
                shown = translator.translate(message.context, message.source, comment, count)
                assert shown == form, message.source
        else:
            shown = translator.translate(message.context, message.source, comment)
            assert shown == message.translation, message.source


def test_no_text_the_user_reads_is_left_out_of_tr():
    """A plain "..." or f"..." handed to a widget is English in every language."""
    found = []
    for path in (REPO / "negotiator_app" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = getattr(func, "id", None) or getattr(func, "attr", "")
            if name not in TEXT_CALLS:
                continue
            for arg in node.args:
                if _words_in(arg):
                    found.append(f"{path.relative_to(REPO)}:{node.lineno} {ast.unparse(arg)[:60]}")
    assert found == []


def _words_in(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if re.fullmatch(r"[a-z_]+", node.value):
            return False  # a name the code uses ("info", a tone), not words
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    else:
        return False
    text = re.sub(r"<[^>]*>|&nbsp;", " ", text)
    for name in NOT_WORDS:
        text = text.replace(name, " ")
    return bool(re.search(r"[A-Za-z]{3,}", text))


def _marks(text: str) -> list[str]:
    return sorted(re.findall(r"\{\w+\}|%n|<[^>]+>", text))
