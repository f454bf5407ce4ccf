"""packaging/: the desktop entry, the AppStream metadata and the PyInstaller spec agree."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from negotiator_app import __version__
from negotiator_app.ui.app import APP_ID

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_launches_the_negotiator_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == "negotiator"
    assert section["Icon"] == APP_ID
    assert section["Categories"].endswith(";") and "Office" in section["Categories"]
    assert section["Terminal"] == "false"


def test_the_appstream_metadata_names_this_app_and_this_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == "negotiator"
    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_appstreamcli_accepts_the_metadata():
    run = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_pyinstaller_spec_is_valid_python_and_bundles_resources_that_exist():
    source = (PACKAGING / "negotiator.spec").read_text(encoding="utf-8")
    compile(source, "negotiator.spec", "exec")
    assert "exclude_binaries=True" in source and "COLLECT(" in source  # one-folder build
    for name in ("demo", "icons"):
        assert f'"{name}"' in source
        assert (REPO / "resources" / name).is_dir()
    assert (REPO / "resources" / "icons" / "negotiator-256.png").is_file()
