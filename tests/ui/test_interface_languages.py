"""The workbench in the delegation's language: English, Russian, French, Spanish.

The interface follows the system's language at first start and can be switched in View >
Language (from the next start; the window offers to restart at once). Structure labels follow
the document, whatever the interface's language.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from negotiator_app.storage.notes import Note, save_note
from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import current_language, install_translators
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.settings import Settings
from tests.conftest import REPO
from tests.ui.conftest import open_window, screenshot

LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ]{2,}")
ROMAN = re.compile(r"[IVXLC]+")  # "Глава II": a chapter's number
# Words that stay as they are in a Russian interface: the program's name, key names, formats.
KEPT = {
    "Negotiator", "Ctrl", "Shift", "Alt", "Enter", "Esc", "Tab", "Page", "Up", "Down",
    "Insert", "Delete", "Word", "CSV", "Markdown", "PDF", "md", "csv", "docx", "dotx",
    "backups",  # the folder's name on disk
    "English", "Français", "Español",  # the interface's languages, each named in itself
}  # fmt: skip


@pytest.fixture
def russian() -> Iterator[None]:
    install_translators("ru")
    yield
    install_translators("en")


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every word the window shows or reads out: menus (all of them, with
    their submenus), tool bar, docks, tabs, labels, buttons, fields, tips, accessible names."""
    found: list[tuple[str, str]] = []

    def menu(m: QMenu, where: str) -> None:
        found.append((where, m.title()))
        for action in m.actions():
            if action.menu() is not None:
                menu(action.menu(), f"{where} › {action.text()}")
            elif not action.isSeparator():
                found.extend([(where, action.text()), (where, action.statusTip())])

    for action in window.menuBar().actions():
        menu(action.menu(), action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = type(widget).__name__
        found += [(name, widget.toolTip()), (name, widget.accessibleName())]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((name, widget.placeholderText()))
        if isinstance(widget, QDockWidget):
            found.append((name, widget.windowTitle()))
        if isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        if isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox) and widget.objectName() != "":
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
    return [(where, text) for where, text in found if text]


def english_words(text: str, data: set[str]) -> set[str]:
    """The Latin-script words of a text that are neither kept as they are nor the user's data."""
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"\b(?:F\d+|Ctrl\+\S+|Alt\+\S+|Shift\+\S+)", " ", text)  # shortcuts
    return {
        w
        for w in LATIN_WORD.findall(text)
        if w not in KEPT and w.lower() not in data and not ROMAN.fullmatch(w)
    }


def test_the_russian_interface_shows_no_english_menu_or_widget_text(qtbot, demo_library, russian):
    russian_version = next(v for v in demo_library.versions() if v.language == "ru")
    note = Note(
        russian_version.instrument_id, "art-6", stance="oppose", priority="high",
        red_line=True, rationale="Состав преступления сформулирован слишком широко.",
        version_id=russian_version.id,
    )  # fmt: skip
    save_note(demo_library, note)
    window = open_window(qtbot, demo_library, (1366, 768))
    assert window.panel is not None
    window.open_version(russian_version.id, "art-6")
    # What the user's library holds is theirs: labels, titles, the demonstration's file names.
    data = {
        w.lower()
        for v in demo_library.versions()
        for text in (v.label, v.instrument, v.title, v.source_name, v.revision)
        for w in LATIN_WORD.findall(text)
    }
    texts = shown_texts(window)
    assert len(texts) > 150  # the menus and the main widgets were really walked
    shown = [text for _, text in texts]
    assert "&Файл" in shown and "&Правка" in shown and "&Справка" in shown
    assert "Ваша позиция: Статья 6" in shown  # the interface's words, the document's labels
    leftover = {(where, text) for where, text in texts if english_words(text, data)}
    assert leftover == set()
    path = screenshot(window, "russian-interface-1366x768")
    assert path.exists()


def test_structure_labels_follow_the_document_not_the_interface(qtbot, demo_library):
    """English interface, Russian text: the tree and the breadcrumb say "Статья 6"."""
    window = open_window(qtbot, demo_library)
    russian_version = next(v for v in demo_library.versions() if v.language == "ru")
    window.open_version(russian_version.id, "art-6.1")
    assert window.reader.path.text() == "Глава II › Раздел 1 › Статья 6 › 1."
    model = window.navigator.model
    index = model.index_of("art-6")
    assert model.data(index).startswith("Статья 6")
    english = next(v for v in demo_library.versions() if v.language == "en")
    window.open_version(english.id, "art-6.1")
    assert window.reader.path.text() == "Chapter II › Section 1 › Article 6 › 1."


def test_view_language_switches_the_interface_from_the_next_start(qtbot, demo_library):
    window = open_window(qtbot, demo_library)
    assert window.menuBar().actions()[0].text() == "&File"
    window.actions_by_name["language_ru"].trigger()
    settings = Settings(demo_library.folder)
    assert settings.get(options.LANGUAGE) == "ru"
    assert window.actions_by_name["language_ru"].isChecked()
    assert "from the next start" in window.message.text()
    assert "Русский" in window.message.text()
    # Restart now: the window closes (saving, as on quitting), and the app opens it again...
    restart = window.message.buttons.itemAt(0).widget()
    assert restart.text() == "Restart now"
    restart.click()
    assert window.restart and not window.isVisible()
    # ... with the translators the setting names, as run_gui installs them at start.
    try:
        assert install_translators(settings.get(options.LANGUAGE)) == "ru"
        again = open_window(qtbot, demo_library)
        titles = [action.text() for action in again.menuBar().actions()]
        assert titles == ["&Файл", "&Правка", "&Вид", "&Библиотека", "П&ереход", "&Справка"]
        assert again.actions_by_name["language_ru"].isChecked()
        # Back to the system's language: checked, and English from the start after.
        again.actions_by_name["language_system"].trigger()
        assert Settings(demo_library.folder).get(options.LANGUAGE) == "system"
    finally:
        install_translators("en")
    assert current_language() == "en"


@pytest.mark.parametrize(
    "locale,language,file_menu",
    [("ru_RU.UTF-8", "ru", "&Файл"), ("fr_FR.UTF-8", "fr", "&Fichier"),
     ("es_ES.UTF-8", "es", "&Archivo"), ("de_DE.UTF-8", "en", "&File")],
)  # fmt: skip
def test_the_first_start_follows_the_systems_language(tmp_path, locale, language, file_menu):
    """No setting yet: the system's language, if the workbench speaks it (else English)."""
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from negotiator_app.ui.i18n import install_translators, translator\n"
        "app = QApplication(sys.argv[:1])\n"
        "print(install_translators('system'), translator('Menus')('&File'))\n"
    )
    env = {
        **os.environ,
        "LANG": locale,
        "LC_ALL": locale,
        "LANGUAGE": "",
        "QT_QPA_PLATFORM": "offscreen",
    }
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [language, file_menu]


@pytest.mark.parametrize("language", ["ru", "fr", "es"])
def test_each_menu_has_distinct_keyboard_letters(qtbot, demo_library, language):
    """Alt+letter opens one thing only, in every language."""
    install_translators(language)
    try:
        window = open_window(qtbot, demo_library)

        def letters(texts: list[str], where: str) -> None:
            keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t))]
            duplicated = {k for k in keys if keys.count(k) > 1}
            assert not duplicated, (where, texts)

        bar = window.menuBar()
        letters([a.text() for a in bar.actions()], "menu bar")
        for menu in bar.findChildren(QMenu):
            letters([a.text() for a in menu.actions() if not a.isSeparator()], menu.title())
    finally:
        install_translators("en")
    assert QApplication.instance() is not None
