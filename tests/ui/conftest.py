"""The workbench on a temporary library with the demonstration drafts, and screenshots."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_demo_if_empty
from negotiator_app.ui.i18n import install_translators
from negotiator_app.ui.main_window import MainWindow
from negotiator_app.ui.settings import Settings

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CRASH_TITLE = "unexpected error"


@pytest.fixture(autouse=True, scope="session")
def english_interface(qapp) -> None:
    """The interface in English, as the app installs it (its plural forms: "1 word")."""
    install_translators("en")


@pytest.fixture(autouse=True)
def no_unexpected_crash_dialog(request: pytest.FixtureRequest, qapp) -> Iterator[None]:
    """A crash dialog nobody expected fails its test instead of waiting, modal, for a click
    that never comes (the run would hang until CI's limit)."""
    seen: list[str] = []

    def close_crash_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.isVisible()
                and CRASH_TITLE in widget.windowTitle()
            ):
                seen.append(f"{widget.text()}\n{widget.detailedText()}")
                widget.done(0)

    timer = QTimer(interval=500, timeout=close_crash_dialogs)
    timer.start()
    yield
    timer.stop()
    if seen and request.node.get_closest_marker("crash_dialog") is None:
        pytest.fail(f"an unexpected crash dialog was shown: {seen[0]}")


@pytest.fixture
def demo_library(library_dir: Path) -> Iterator[Library]:
    library = Library(library_dir)
    import_demo_if_empty(library, revision=False)  # Rev.1 in English and Russian, no notes
    yield library
    library.close()


@pytest.fixture
def open_workbench(qtbot, demo_library: Library) -> Iterator[Callable[..., MainWindow]]:
    """Make a main window the way the app does; each one has its own library connection."""
    yield from _windows(qtbot, demo_library)


@pytest.fixture
def revisions_library(library_dir: Path) -> Iterator[Library]:
    """The whole demonstration: Rev.1 and Rev.2 in English and Russian, with a few positions on
    Rev.1 carried into Rev.2 (as a first start leaves it, once its Rev.2 has come in)."""
    library = Library(library_dir)
    import_demo_if_empty(library)
    yield library
    library.close()


@pytest.fixture
def open_revisions_workbench(
    qtbot, revisions_library: Library
) -> Iterator[Callable[..., MainWindow]]:
    """Main windows on the whole demonstration, as open_workbench makes them."""
    yield from _windows(qtbot, revisions_library)


def _windows(qtbot, library: Library) -> Iterator[Callable[..., MainWindow]]:
    made: list[tuple[MainWindow, Library]] = []

    def make(size: tuple[int, int] = (1360, 860)) -> MainWindow:
        own = Library(library.folder)
        window = open_window(qtbot, own, size)
        made.append((window, own))
        return window

    yield make
    for window, own in made:
        window.close()
        own.close()


@pytest.fixture
def workbench(open_workbench) -> MainWindow:
    return open_workbench()


def open_window(qtbot, library: Library, size: tuple[int, int] = (1360, 860)) -> MainWindow:
    """A shown, active main window on library, opened on the last place read."""
    window = MainWindow(library, Settings(library.folder))
    qtbot.addWidget(window)
    window.resize(*size)
    window.open_first()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def screenshot(widget, name: str) -> Path:
    """Save what the widget shows to tests/artifacts/<name>.png (for people to look at)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    QApplication.processEvents()  # pending layout changes first, as the screen would show
    widget.grab().save(str(path))
    return path
