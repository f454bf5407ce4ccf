"""Small Word packages written part by part, for what python-docx cannot make: tracked changes,
footnotes, comments, list definitions with any level text, broken or hostile packages."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_PART_TYPES = {
    "styles.xml": "styles",
    "numbering.xml": "numbering",
    "footnotes.xml": "footnotes",
    "comments.xml": "comments",
    "header1.xml": "header",
    "footer1.xml": "footer",
}


def paragraph(text: str = "", *, style: str = "", num: tuple[str, int] | None = None,
              runs: str = "") -> str:  # fmt: skip
    """A <w:p> with an optional style, list membership and raw runs after the text."""
    props = ""
    if style:
        props += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{run}{runs}</w:p>"


def document_xml(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>'
    )


def part_xml(root: str, inner: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{root} xmlns:w="{W_NS}">{inner}</w:{root}>'


def word_package(body: str, **parts: str) -> bytes:
    """A .docx: the body's paragraphs plus any of styles, numbering, footnotes, comments,
    header1, footer1 given as whole XML parts (keyword: the part's file name without .xml)."""
    buffer = io.BytesIO()
    rels = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("word/document.xml", document_xml(body))
        for index, (name, xml) in enumerate(parts.items(), start=10):
            file_name = f"{name}.xml"
            archive.writestr(f"word/{file_name}", xml)
            rels.append(
                f'<Relationship Id="rId{index}" Type="{REL}/{_PART_TYPES[file_name]}" '
                f'Target="{file_name}"/>'
            )
        archive.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships">{"".join(rels)}'
            "</Relationships>",
        )
    return buffer.getvalue()


def numbering_part(*levels: tuple[str, str], starts: dict[int, int] | None = None) -> str:
    """One list (numId 1) whose levels have these (format, level text) pairs."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    overrides = "".join(
        f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
        for i, v in (starts or {}).items()
    )
    return part_xml(
        "numbering",
        f'<w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum>'
        f'<w:num w:numId="1"><w:abstractNumId w:val="0"/>{overrides}</w:num>',
    )
