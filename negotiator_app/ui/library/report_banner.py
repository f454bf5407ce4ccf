"""The window's message banner: one sentence (an error the user can act on, a report), and
after an import the import report, with "What was left out…" to see every line it removed.

Each message says which instrument it is about, so that it goes when another one is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from negotiator_app.ui.banner import Banner
from negotiator_app.ui.i18n import translator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from negotiator_app.core.provision import ImportReport
    from negotiator_app.storage import VersionInfo

tr = translator("MainWindow")  # the sentences' translations were made in the window's context
Actions = list[tuple[str, Callable[[], None]]]


class MessageBanner(Banner):
    """The banner across the window's top for what the delegate should read now."""

    def __init__(self, dialog_parent: QWidget) -> None:
        """dialog_parent: the window the list of what was left out opens over."""
        super().__init__("messageBar")
        self.dialog_parent = dialog_parent
        self.left_out_dialog: QDialog | None = None

    def show_import_report(
        self,
        info: VersionInfo,
        report: ImportReport | None = None,
        review: tuple[str, Actions] = ("", []),
    ) -> None:
        """The import report of a version: counts, structure warnings (links), what was left
        out; review: the line about carried positions to review, and its button."""
        from negotiator_app.core.provision import ImportReport
        from negotiator_app.ui.library.import_report import LeftOutDialog, report_html

        report = report or ImportReport.from_dict(info.report)

        def left_out() -> None:
            self.left_out_dialog = LeftOutDialog(report, info.label, self.dialog_parent)
            self.left_out_dialog.open()

        text, actions = report_html(info, report), [(tr("What was left out…"), left_out)]
        # Carried from the revision before: say so where the delegate looks first.
        waiting, buttons = review
        text += waiting
        actions += buttons
        self.show_message(
            text,
            "info",
            actions,
            about=info.instrument_id,  # it goes when another instrument is opened
        )
