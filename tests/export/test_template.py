"""The delegation's own template: its styles win, missing ones are ours, and it may be a .dotx."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

from negotiator_app.export.cover import Cover
from negotiator_app.export.memo import write_memo
from negotiator_app.export.output_file import ExportProblem
from negotiator_app.export.selection import Selection, select
from negotiator_app.export.template import STYLES, default_template, open_template
from tests.export.reading import W, open_memo, part_xml

TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def delegation_template(path: Path) -> Path:
    """A template a delegation made in Word: two memo styles of its own and a letterhead."""
    document = docx.Document()
    title = document.styles.add_style("Memo Title", WD_STYLE_TYPE.PARAGRAPH)
    title.font.size = Pt(22)
    title.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
    document.styles.add_style("Memo Quote", WD_STYLE_TYPE.PARAGRAPH).font.italic = True
    document.sections[0].header.paragraphs[0].text = "MINISTRY OF FOREIGN AFFAIRS OF EXAMPLIA"
    document.add_paragraph("Boilerplate that must not end up in the memo.")
    document.save(str(path))
    return path


def as_dotx(source: Path, target: Path) -> Path:
    """The same file saved by Word as a template: only the main part's content type differs."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            zout.writestr(item, data)
    target.write_bytes(out.getvalue())
    return target


def style_size(path: Path, name: str) -> str | None:
    styles = part_xml(path, "word/styles.xml")
    for style in styles.iter(f"{W}style"):
        if style.find(f"{W}name").get(f"{W}val") == name:
            size = style.find(f"{W}rPr/{W}sz")
            return size.get(f"{W}val") if size is not None else None
    raise AssertionError(f"no style {name}")


def test_our_template_defines_every_memo_style():
    opened = open_template()
    assert set(opened.styles) == set(STYLES)
    assert opened.warnings == []
    for name, kind in STYLES.items():
        assert opened.document.styles[name].type == kind


def test_user_template_styles_win_and_missing_ones_are_named(library, version, tmp_path):
    template = delegation_template(tmp_path / "ministry.docx")
    content = select(library, version.id, Selection())
    result = write_memo(content, tmp_path / "memo.docx", Cover(), template=template)

    (warning,) = result.warnings
    assert warning.startswith('The template ministry.docx has no styles "Memo Subtitle", ')
    assert '"Memo Inserted"' in warning and '"Memo Table"' in warning
    assert '"Memo Title"' not in warning and '"Memo Quote",' not in warning
    assert warning.endswith("Negotiator's own were used instead.")

    assert style_size(result.path, "Memo Title") == "44"  # theirs: 22 pt
    assert style_size(result.path, "Memo Heading 2") == "24"  # ours: 12 pt
    document = open_memo(result.path)
    texts = [p.text for p in document.paragraphs]
    assert "Boilerplate that must not end up in the memo." not in texts
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert header == ["MINISTRY OF FOREIGN AFFAIRS OF EXAMPLIA", "RESTRICTED"]


def test_dotx_template_gives_a_docx_memo(library, version, tmp_path):
    template = as_dotx(default_template(), tmp_path / "memo.dotx")
    with zipfile.ZipFile(template) as package:
        assert TEMPLATE_MAIN.encode() in package.read("[Content_Types].xml")
    content = select(library, version.id, Selection())
    result = write_memo(content, tmp_path / "memo.docx", Cover(), template=template)
    assert result.warnings == []
    with zipfile.ZipFile(result.path) as package:
        assert TEMPLATE_MAIN.encode() not in package.read("[Content_Types].xml")
    assert open_memo(result.path).paragraphs[0].text == "Position memo"


def test_a_file_that_is_not_a_word_template_is_refused_in_one_sentence(tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("just text", encoding="utf-8")
    with pytest.raises(ExportProblem, match=r"^The template notes.docx is not a Word document"):
        open_template(fake)
    with pytest.raises(ExportProblem, match="does not exist"):
        open_template(tmp_path / "missing.dotx")


def test_the_shipped_template_is_what_the_script_makes(tmp_path):
    script = default_template().parent / "make_template.py"
    spec = importlib.util.spec_from_file_location("make_template", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.main(tmp_path / "memo_template.docx")
    for part in ("word/styles.xml", "word/document.xml"):
        with zipfile.ZipFile(fresh) as new, zipfile.ZipFile(default_template()) as shipped:
            assert new.read(part) == shipped.read(part), f"{part}: run make_template.py"
