"""The import report in the window: structure warnings that open their provision, and "What was
left out", every removed line with its reason and page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from negotiator_app.core.provision import ImportReport
from negotiator_app.ui.library.import_report import LeftOutDialog
from tests.cli.test_structure_cli import FLAWED
from tests.conftest import FIXTURES
from tests.ui.conftest import screenshot

WAIT_MS = 30_000


def import_and_wait(qtbot, workbench, path, label: str) -> None:
    runner = workbench.files.import_path(path, {"instrument": "Checks", "label": label})
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        pass


def left_out_button(workbench) -> QPushButton:
    buttons = [b for b in workbench.message.findChildren(QPushButton) if b.isVisible()]
    return next(b for b in buttons if b.text() == "What was left out…")


def test_structure_warnings_are_in_the_report_and_open_their_provision(qtbot, workbench, tmp_path):
    draft = tmp_path / "flawed.txt"
    draft.write_text(FLAWED, encoding="utf-8")
    import_and_wait(qtbot, workbench, draft, "Rev.1")
    shown = workbench.message.label.text()
    assert "Check the tree: 4 structure warnings." in shown
    assert '<a href="art-4">art-4</a>: Article 3 is missing between art-2 and art-4.' in shown
    assert '<a href="art-5">art-5</a>: Article 5 has no text' in shown
    screenshot(workbench, "import-report-structure")
    workbench.message.label.linkActivated.emit("art-5")  # what a click on the link sends
    assert workbench.key == "art-5"
    assert workbench.version.label == "Rev.1"


def test_what_was_left_out_lists_every_removed_line_with_its_reason(qtbot, workbench):
    import_and_wait(qtbot, workbench, FIXTURES / "small_convention_en.docx", "Word")
    assert "Left out:" in workbench.message.label.text()
    qtbot.mouseClick(left_out_button(workbench), Qt.MouseButton.LeftButton)
    dialog = workbench.message.left_out_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    report = workbench.library.version(workbench.version.id).report
    assert len(rows) == len(report["left_out"]) == sum(report["dropped"].values())
    assert ("", "preamble formulas", "Have agreed as follows:") in rows
    assert ("", "running headers and footers", "A/AC.999/L.7") in rows
    screenshot(dialog, "what-was-left-out")
    dialog.reasons.setCurrentIndex(dialog.reasons.findData("contents lines"))
    assert {reason for _, reason, _ in dialog.rows()} == {"contents lines"}
    assert len(dialog.rows()) == report["dropped"]["contents lines"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_line_left_out_of_a_page_shows_its_page(qtbot, workbench):
    report = ImportReport()
    report.drop("page numbers", text="- 16 -", page=16)
    report.drop("footnotes", text="1 United Nations, Treaty Series, vol. 1833.", page=2)
    report.drop("page numbers", 3)  # counted, but without their text
    dialog = LeftOutDialog(report, "Rev.1", workbench)
    qtbot.addWidget(dialog)
    assert dialog.rows() == [
        ("16", "page numbers", "- 16 -"),
        ("2", "footnotes", "1 United Nations, Treaty Series, vol. 1833."),
    ]
    assert "5 lines of the file are not in the tree" in dialog.findChild(QLabel).text()
    assert "The first 2 are listed." in dialog.findChild(QLabel).text()


def test_the_report_of_the_open_version_can_be_read_again(qtbot, workbench):
    workbench.message.dismiss()
    workbench.actions_by_name["import_report"].trigger()
    shown = workbench.message.label.text()
    assert f"Imported <b>{workbench.version.label}</b>" in shown
    assert "Found 2 chapters" in shown or "Found" in shown
    qtbot.mouseClick(left_out_button(workbench), Qt.MouseButton.LeftButton)
    assert (
        "",
        "preamble formulas",
        "Have agreed as follows:",
    ) in workbench.message.left_out_dialog.rows()


def test_the_report_is_in_the_interface_language_with_its_plural_forms(qtbot, workbench):
    from negotiator_app.ui.i18n import install_translators
    from negotiator_app.ui.library.report_lines import report_summary

    report = ImportReport()
    report.counts = {"instrument": 2, "article": 21, "paragraph": 5, "annex": 1,
                     "preamble paragraph": 3}  # fmt: skip
    report.drop("page numbers", 82, text="- 16 -", page=16)
    report.drop("contents lines", 12)
    assert report_summary(report)[:2] == [
        "Found 2 instruments, 21 articles, 5 paragraphs, 1 annex, 3 preamble paragraphs.",
        "Left out: contents lines: 12, page numbers: 82.",
    ]
    install_translators("ru")
    try:
        assert report_summary(report)[:2] == [
            "Найдено: 2 документа, 21 статья, 5 пунктов, 1 приложение, 3 пункта преамбулы.",
            "Опущено: строки оглавления: 12, номера страниц: 82.",
        ]
        dialog = LeftOutDialog(report, "Rev.1", workbench)
        qtbot.addWidget(dialog)
        assert dialog.rows() == [("16", "номера страниц", "- 16 -")]
    finally:
        install_translators("en")
