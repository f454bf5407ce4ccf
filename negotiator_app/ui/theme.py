"""Colours and the style sheet: calm, readable for hours, light or dark as the user prefers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from negotiator_app.ui.reader.page_html import DARK, ReaderColours

# Stance colours: distinct in hue and in lightness, so they also read for colour-blind users.
STANCE_COLOURS = {
    "support": "#2e7d5b",
    "support with amendments": "#7fb069",
    "neutral": "#8e99a8",
    "reserve": "#e0a526",
    "oppose": "#c44536",
    "": "#d5dae1",
}
STANCE_NAMES = {
    "support": "Support",
    "support with amendments": "Support with amendments",
    "neutral": "Neutral",
    "reserve": "Reserve",
    "oppose": "Oppose",
    "": "No position yet",
}
BRACKET_COLOUR = "#b7791f"
RED_LINE_COLOUR = "#b3261e"  # also deleted words in a redline
INSERTED_COLOUR = "#1e7d4f"  # inserted words in a redline; the tree's "new" badge
CHANGED_COLOUR = "#2f6db5"  # the tree's "changed since the revision before" badge
THEMES = ("system", "light", "dark")
_APPLIED = "negotiatorTheme"  # the application property remembering the theme in use


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the system's light or dark scheme, or force one, and load the style sheet."""
    if app.property(_APPLIED) == theme:
        return  # restyling every widget again is slow, and would change nothing
    app.setProperty(_APPLIED, theme)
    hints = app.styleHints()
    scheme = {
        "light": Qt.ColorScheme.Light,
        "dark": Qt.ColorScheme.Dark,
    }.get(theme, Qt.ColorScheme.Unknown)
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    # Fusion follows the colour scheme on most platforms; set the palette so that it always does.
    app.setPalette(dark_palette() if is_dark(theme) else app.style().standardPalette())
    for widget in app.allWidgets():
        if widget.styleSheet():  # palette(...) in a style sheet is read when it is set
            widget.setStyleSheet(widget.styleSheet())


def look(widget: QWidget, name: str) -> QWidget:
    """Give one widget one of the workbench's looks ("quiet", "error", "title", "field", a tone).

    Style sheets go on the few widgets that need them, never on the whole application: an
    application style sheet slows every widget's creation and painting (about 55 ms at start).
    """
    if name in ("title", "field"):
        font = QFont(widget.font())
        font.setWeight(QFont.Weight.DemiBold)
        if name == "title":
            font.setPointSizeF(font.pointSizeF() * 1.15)
        widget.setFont(font)
        if name == "field":
            widget.setContentsMargins(0, 6, 0, 0)
        return widget
    widget.setStyleSheet(_LOOKS[name])
    return widget


def is_dark(theme: str = "system") -> bool:
    """Whether the workbench is dark: forced, or because the system is."""
    if theme in ("light", "dark"):
        return theme == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def reader_colours(dark: bool) -> ReaderColours:
    return DARK if dark else ReaderColours()


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e2227"), QColor("#262b31"), QColor("#e6e6e6")
    for role, colour in {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#2b3036"),
        QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#8a939d"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb4"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Link: QColor("#8ab4f8"),
        QPalette.ColorRole.Mid: QColor("#3a4048"),
        QPalette.ColorRole.Dark: QColor("#15181c"),
    }.items():
        palette.setColor(role, colour)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b737c"))
    return palette


_LOOKS = {
    "quiet": "color: palette(placeholder-text);",
    "error": f"color: {RED_LINE_COLOUR};",
    # Banners keep their own light colours in both schemes, with dark text on them.
    "demo": "QFrame { background: #fff4d6; } QLabel, QToolButton { color: #4a3b12; }",
    "info": "QFrame { background: #e8f1fb; } QLabel, QToolButton { color: #17324d; }",
    "failure": "QFrame { background: #fde8e6; } QLabel, QToolButton { color: #6b1a13; }",
}
