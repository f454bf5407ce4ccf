"""The interface's language: Qt's own translation machinery, one place.

Every word the interface shows goes through Qt's QCoreApplication.translate: in a module,
`tr = translator("Context")` once at the top, then `tr("text")` (`tr("%n hits", n)` for a text
with plural forms), always with literal texts, so that `make translations`
(packaging/translations.py) finds them and writes them into the .ts sources
in resources/i18n/, one per language; pyside6-lrelease compiles each into the .qm file the
workbench loads here. The .qm files are committed (a fresh clone runs with no build step);
tests/ui/test_translations.py fails when one is older than its .ts or when any entry is
unfinished.

The language follows the system's (QLocale) until the delegate picks one in View > Language;
a new choice applies at the next start (the window offers to restart at once): retranslating
every live widget would cost more code than it is worth.

What the interface shows of the document (structure labels, "Статья 6") follows the
document's language, not this one: see core/labels.py. The memo has its own language, chosen
when it is exported: see export/memo_words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from negotiator_app.resources import resource_path

# The interface's languages, each named in itself (a Russian speaker looks for "Русский").
UI_LANGUAGES = {"en": "English", "ru": "Русский", "fr": "Français", "es": "Español"}
SYSTEM = "system"  # the setting's value for "as the operating system says"
_installed: list[QTranslator] = []
_language = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """text in the interface's language; n picks the plural form of a "%n" in it."""
    return QCoreApplication.translate(context, text, disambiguation, n)


class Translator:
    """translate() with one module's context: `tr = translator("Menus")`; `tr("&File")`."""

    def __init__(self, context: str) -> None:
        self.context = context

    def __call__(self, text: str, n: int = -1, *, note: str | None = None) -> str:
        """text in the interface's language; n picks the plural form of its "%n"; note tells
        two uses of the same words apart for the translator."""
        return QCoreApplication.translate(self.context, text, note, n)

    def mark(self, text: str) -> str:
        """Marks a text for translation where it is shown (a table built at import time)."""
        return text

    def marked(self, text: str, n: int = -1) -> str:
        """The translation of a text marked with mark() (or of one the code reads from a table)."""
        return QCoreApplication.translate(self.context, text, None, n)


def translator(context: str) -> Translator:
    """The translate function of one context (a literal: the extractor reads it)."""
    return Translator(context)


def translatable(context: str, text: str) -> str:
    """Marks a text to translate where it is shown (a table built at import time): returns it
    as it is; translate(context, text) later gives it in the interface's language."""
    return text


def interface_language(setting: str) -> str:
    """The language code a setting names: its own, or the system's first interface language
    the workbench speaks (English when it speaks none of them)."""
    if setting in UI_LANGUAGES:
        return setting
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


def install_translators(setting: str) -> str:
    """Load the workbench's and Qt's own translations (the buttons of standard dialogs) for the
    language the setting names, replacing any loaded before; returns its code."""
    global _language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = interface_language(setting)
    _language = language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English has a file of the workbench's own too: its plural forms ("1 provision").
    for name, folder in (
        (f"qtbase_{language}", qt_folder),
        (f"negotiator_{language}", str(resource_path("i18n"))),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> str:
    """The code of the interface's language ("en" until translators are installed)."""
    return _language


def local_time(moment: datetime, pattern: str = "d MMM yyyy, HH:mm") -> str:
    """A date and time as the interface's language writes it ("30 нояб. 2026, 14:05"), with
    Qt's pattern letters."""
    return QLocale(current_language()).toString(QDateTime(moment), pattern)
