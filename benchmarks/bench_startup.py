"""Startup: `negotiator --smoke` time to first paint and peak memory, against a bare window.

The baseline, measured in the same run, is a bare PySide6 main window with the same kinds of
widgets (menu bar, tool bar with a search box, tree, text browser, form, dock) and no data:
what any PySide6 application of this shape pays. Each figure is the median of several fresh
processes, alternating the contenders so that a busy machine slows them alike.

First paint is the window on screen with the article tree and the first article in the reader.
The workbench makes the position panel and lists the session log right after it; the smoke run
reports that moment too ("window complete"), and it is in the table.

Every contender runs with Python's bytecode cache, as an installed application does (pip compiles
the .pyc files when it installs): the cache goes to a temporary folder (PYTHONPYCACHEPREFIX) that
the warm-up runs fill, even where PYTHONDONTWRITEBYTECODE is set. One more row shows the start
with PYTHONDONTWRITEBYTECODE=1 instead: in a checkout without __pycache__ folders every module of
the app is then compiled from source at each start, which no installed copy does.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 21
FIRST_STARTS = 7  # fresh libraries: each imports the demonstration
ARTICLES_FOR_10K = 2000  # with 4 paragraphs each and a chapter per 25: about 10,000 provisions
Sample = tuple[float, float, float]  # first paint ms, window complete ms, peak memory MB
_revision_ms: list[float] = []  # first starts: when the demonstration's Rev.2 was in

# Milliseconds since the process started, the same way negotiator_app.ui.app measures it.
_CLOCK = """
import os, time
from pathlib import Path
def ms_since_process_start():
    fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
"""

BASELINE = (
    _CLOCK
    + """
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDockWidget, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMainWindow, QPlainTextEdit,
    QPushButton, QScrollArea, QSplitter, QStackedWidget, QTableWidget, QTextBrowser, QToolButton,
    QTreeView, QVBoxLayout, QWidget)

app = QApplication([])
app.setStyle("Fusion")
window = QMainWindow()
for title in ("File", "Edit", "View", "Go", "Help"):
    menu = window.menuBar().addMenu(title)
    for n in range(7):
        action = QAction(f"{title} {n}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{n}"))
        menu.addAction(action)
bar = window.addToolBar("Main")
for text in ("Go to article...", "Overview", "Import..."):
    button = QToolButton()
    button.setText(text)
    bar.addWidget(button)
bar.addWidget(QLineEdit())

def column(*widgets):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    for widget in widgets:
        layout.addWidget(widget)
    return holder

banner = QFrame()
row = QHBoxLayout(banner)
row.addWidget(QLabel("This is a demonstration text."))
row.addWidget(QPushButton("Import..."))
row.addWidget(QToolButton())
tree = QTreeView()
tree.setModel(QStandardItemModel())
left = column(QComboBox(), QLineEdit(), tree)
browser = QTextBrowser()
browser.setHtml("<p>Article 1</p>")
pages = QStackedWidget()
pages.addWidget(column(QLabel("Chapter I"), QToolButton(), QToolButton(), browser))
pages.addWidget(column(QLabel(), QCheckBox("All versions"), QListWidget()))
pages.addWidget(QScrollArea())
form_widget = QWidget()
form = QFormLayout(form_widget)
form.addRow(QLabel("Your position"))
form.addRow("Stance", QComboBox())
form.addRow("Priority", QComboBox())
form.addRow("", QCheckBox("This is a red line"))
for name in ("Proposed wording", "Rationale", "Talking points", "Instructions"):
    form.addRow(name, QPlainTextEdit())
form.addRow("Redline", QTextBrowser())
form.addRow("Tags", QLineEdit())
form.addRow(QTableWidget(0, 3))
form.addRow(QPushButton("Add delegation"), QPushButton("Remove"))
form.addRow(QToolButton(), QListWidget())
right = QScrollArea()
right.setWidget(form_widget)
right.setWidgetResizable(True)
splitter = QSplitter()
for widget in (left, pages, right):
    splitter.addWidget(widget)
window.setCentralWidget(column(banner, splitter))
dock = QDockWidget("Session log")
dock.setWidget(column(QLineEdit(), QCheckBox("Only this provision"), QListWidget()))
window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
window.statusBar().addPermanentWidget(QLabel())
window.resize(1360, 860)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if watched is window and event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print(f"first paint: {ms_since_process_start():.0f} ms"),
                                          app.exit(0)))
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""
)


# The same start as `negotiator --smoke`, without the command line's imports.
GUI_ALONE = (
    "import sys\n"
    "from negotiator_app.ui.app import run_gui\n"
    "sys.exit(run_gui(sys.argv[1], smoke=True))\n"
)


def run() -> str:
    """Measure, and return the Markdown section for RESULTS.md."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        cached = _environment(tmp_path / "pycache")
        uncached = _environment(None)
        _smoke(tmp_path / "warm-up", cached)  # fills the bytecode cache
        demo = tmp_path / "demo"
        _smoke(demo, cached)  # the first run imports the demonstration drafts
        firsts = []
        for n in range(FIRST_STARTS):
            _measure([sys.executable, "-c", BASELINE], cached)  # alternating, as below
            firsts.append(_smoke(tmp_path / f"first-{n}", cached))
        big = tmp_path / "big"
        provisions = _make_big_library(big, tmp_path / "big.txt")
        _smoke(big, cached)  # the same warm start as the demo library gets
        _measure([sys.executable, "-c", BASELINE], cached)  # fills the baseline's cache too
        rows = {"baseline": [], "demo": [], "big": [], "gui": [], "source": []}
        load = os.getloadavg()[0]
        for _ in range(RUNS):
            rows["baseline"].append(_measure([sys.executable, "-c", BASELINE], cached))
            rows["demo"].append(_smoke(demo, cached))
            rows["big"].append(_smoke(big, cached))
            rows["gui"].append(_measure([sys.executable, "-c", GUI_ALONE, str(demo)], cached))
            rows["source"].append(_smoke(demo, uncached))
    base_ms, _, base_mb = _median(rows["baseline"])
    lines = [
        "### Startup: `negotiator --smoke` time to first paint",
        "",
        f"Median of {RUNS} fresh processes each, offscreen Qt platform, Python bytecode cached "
        "as installed; peak memory is the process's maximum resident set. Baseline: a bare "
        "PySide6 main window with the same kinds of widgets and no data, run alternately in "
        "the same session. First paint: the window with the article tree and the first "
        "article; window complete: the position panel made and the session log listed too.",
        "",
        "| what | first paint | × baseline | window complete | peak memory | × baseline |",
        "|---|---:|---:|---:|---:|---:|",
        f"| bare PySide6 window (baseline) | {base_ms:.0f} ms | 1.00 | | {base_mb:.0f} MB | 1.00 |",
    ]
    source = "demonstration library, PYTHONDONTWRITEBYTECODE=1"
    if not any((ROOT / "negotiator_app").rglob("__pycache__")):
        source += " (app modules compiled at every start)"
    for name, label in (
        ("demo", "demonstration library (4 versions: Rev.1 and Rev.2, EN and RU)"),
        ("big", f"{provisions:,}-provision library"),
        ("gui", "demonstration library, workbench alone (`run_gui`, no CLI imports)"),
        ("source", source),
    ):
        ms, complete, mb = _median(rows[name])
        lines.append(
            f"| {label} | {ms:.0f} ms | {ms / base_ms:.2f} | {complete:.0f} ms | {mb:.0f} MB "
            f"| {mb / base_mb:.2f} |"
        )
    first_ms, first_complete, _ = _median(firsts)
    revision_ms = statistics.median(_revision_ms) if _revision_ms else 0.0
    lines += [
        "",
        f"First start on an empty library, median of {FIRST_STARTS} fresh libraries: first paint "
        f"{first_ms:.0f} ms ({first_ms / base_ms:.2f}× the baseline), with the demonstration's "
        f"Rev.1 (EN and RU) imported before it; window complete {first_complete:.0f} ms; its "
        f"Rev.2 (EN and RU), six positions on Rev.1 and their carrying into Rev.2 in by "
        f"{revision_ms:.0f} ms, on a worker thread after the paint.",
        f"Load average at the start: {load:.2f} ({os.cpu_count()} CPUs shared with other work).",
        "The `run_gui` row starts the workbench without going through `negotiator_app.cli`: "
        "the difference is what the command line costs on the way to the window.",
        "Targets (issue 4): within 1.5× of the baseline with the demonstration library "
        f"({_verdict(rows['demo'], base_ms, 1.5)}), within 2× with 10,000 provisions "
        f"({_verdict(rows['big'], base_ms, 2.0)}); without a bytecode cache, "
        f"{_verdict(rows['source'], base_ms, 1.5)} with the demonstration library.",
    ]
    return "\n".join(lines)


def _verdict(samples: list[Sample], base_ms: float, target: float) -> str:
    ratio = _median(samples)[0] / base_ms
    return f"{ratio:.2f}×: {'met' if ratio <= target else 'not met'}"


def _smoke(folder: Path, env: dict[str, str]) -> Sample:
    command = [sys.executable, "-m", "negotiator_app", "--smoke", "--data-dir", str(folder)]
    return _measure(command, env)


def _environment(pycache: Path | None) -> dict[str, str]:
    """The contenders' environment: with the bytecode cache in pycache, or with none at all."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONPYCACHEPREFIX", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # what is installed keeps its .pyc; the app has none
    else:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def _measure(command: list[str], env: dict[str, str]) -> Sample:
    """(ms to first paint, ms to window complete, peak resident memory in MB), as reported."""
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    painted = re.search(r"first paint: (\d+) ms", output)
    complete = re.search(r"window complete: (\d+) ms", output) or painted
    revision = re.search(r"demonstration Rev.2 imported: (\d+) ms", output)
    if revision:
        _revision_ms.append(float(revision.group(1)))
    if process.returncode != 0 or not painted:
        raise RuntimeError(f"{' '.join(command[:4])} failed: {output!r}")
    return float(painted.group(1)), float(complete.group(1)), usage.ru_maxrss / 1024


def _median(samples: list[Sample]) -> Sample:
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))  # type: ignore[return-value]


def _make_big_library(folder: Path, draft: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from negotiator_app.storage import Library
    from negotiator_app.storage.imports import import_draft

    draft.write_text(_long_draft(ARTICLES_FOR_10K), encoding="utf-8")
    with Library(folder) as library:
        info, _ = import_draft(library, draft, instrument="Benchmark convention", label="Big")
        return info.provision_count


def _long_draft(articles: int, paragraphs: int = 4) -> str:
    lines = ["Draft Benchmark Convention (made-up text)", "", "Preamble", ""]
    lines += ["The States Parties,", "", "Have agreed as follows:", ""]
    for n in range(1, articles + 1):
        if n % 25 == 1:
            lines += [f"Chapter {n // 25 + 1}", f"Matters {n} to {n + 24}", ""]
        lines += [f"Article {n}", f"Matter {n}", ""]
        for p in range(1, paragraphs + 1):
            lines += [
                f"{p}. Each State Party shall take measures on matter {n}.{p} "
                f"[, where appropriate,] in line with article {max(1, n - 1)}.",
                "",
            ]
    return "\n".join(lines)


if __name__ == "__main__":
    started = time.perf_counter()
    print(run())
    print(f"\n(took {time.perf_counter() - started:.0f} s)")
