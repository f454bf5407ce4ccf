"""The fuzz campaign's inputs, as Hypothesis strategies: (file suffix, bytes).

Two families. Mutations of the real drafts in tests/fixtures (every format, PDF included): bytes
flipped, cut, repeated, inserted; and for a Word file, the same done to the XML inside a
well-formed zip. Structure-aware generators, which reach what mutations rarely do: HTML trees of
the tags the importer treats specially (lists, headings, dropped chrome, unclosed and stray
markup, declarations, charsets), Akoma Ntoso trees of its elements, Word packages of paragraphs
with numbering, tracked changes and text boxes and games played with the zip members and their
relationships, and texts of label storms (every kind of label, contents leaders, page numbers,
form feeds, invisible marks, long lines, stray bytes).
"""

from __future__ import annotations

import io
import warnings
import zipfile

from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tests.importers.word_files import REL, W_NS, document_xml, part_xml

SEEDS = {
    ".txt": ["small_convention_en.txt", "small_convention_ru.txt"],
    ".docx": ["small_convention_en.docx"],
    ".pdf": ["small_convention_en.pdf", "two_columns.pdf"],
    ".html": ["small_convention_en.html"],
    ".xml": ["small_convention_en.akn.xml"],
    ".md": ["small_convention_en.txt"],
}

# -- mutations ---------------------------------------------------------------------------------

_SPECIAL = [b"<", b">", b"<!", b"<!--", b"-->", b"&", b"&#", b"\x00", b"\xff", b"\xef\xbb\xbf",
            b"\r", b"\f", b"\n\n", b"]]>", b"<![CDATA[", b"\xe2\x80\xae", b"%", b"(", b")",
            b"[", b"]", b"*", b"_", b"Article 1\n", b"1. ", b"(a) ", b"....", b"\t"]  # fmt: skip
_mutation = st.tuples(
    st.sampled_from(["flip", "cut", "insert", "repeat", "delete", "truncate", "splice"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=1, max_value=200),
    st.one_of(st.binary(min_size=1, max_size=16), st.sampled_from(_SPECIAL)),
)


def mutate(data: bytes, mutations: list[tuple[str, float, int, bytes]]) -> bytes:
    for kind, where, length, junk in mutations:
        at = int(where * len(data))
        if kind == "flip":
            data = data[:at] + bytes(b ^ 0xFF for b in data[at : at + length]) + data[at + length :]
        elif kind == "cut":
            data = data[:at] + data[at + length * 97 :]
        elif kind == "insert":
            data = data[:at] + junk * length + data[at:]
        elif kind == "repeat":  # a piece of the file itself, many times: storms of real markup
            data = data[:at] + data[at : at + 64] * length * 10 + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + length :]
        elif kind == "splice":
            other = data[length % max(len(data), 1) :][:256]
            data = data[:at] + other + data[at:]
        else:
            data = data[: max(at, 1)]
    return data[: 8 * 2**20]


def _inside_zip(data: bytes, mutations: list, members: frozenset[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename in members:
                content = mutate(content, mutations)
            target.writestr(item.filename, content)
    return out.getvalue()


@st.composite
def mutated_fixture(draw) -> tuple[str, bytes]:
    suffix = draw(st.sampled_from(sorted(SEEDS)))
    seed = (FIXTURES / draw(st.sampled_from(SEEDS[suffix]))).read_bytes()
    mutations = draw(st.lists(_mutation, min_size=1, max_size=6))
    if suffix == ".docx" and draw(st.booleans()):
        members = frozenset(draw(st.sets(st.sampled_from([
            "word/document.xml", "word/numbering.xml", "word/styles.xml",
            "word/_rels/document.xml.rels", "_rels/.rels", "[Content_Types].xml",
        ]), min_size=1)))  # fmt: skip
        return suffix, _inside_zip(seed, mutations, members)
    return suffix, mutate(seed, mutations)


# -- text: label storms ------------------------------------------------------------------------

_LABELS = [
    "Article {n}", "ARTICLE {n}", "article {n}.", "Article {n} bis", "Article {roman}",
    "Chapter {roman}", "CHAPTER {n}", "{roman}. Protection of victims", "Part {n}", "Section {n}",
    "Title {n}", "Annex {roman}", "Annex", "Preamble", "PREAMBLE The Parties", "{n}.", "{n}. ",
    "({n})", "({letter})", "{letter})", "({roman_lower})", "第{cjk}条", "第{cjk}章", "المادة {n}",
    "Статья {n}", "Глава {roman}", "Статья Х", "Article premier", "Artículo {n}",
    "The States Parties to this Convention,", "The General Assembly,", "Have agreed as follows:",
    "Recalling its resolution {n},", "IN WITNESS WHEREOF", "DONE at Vienna", "{n}th plenary meeting",
    "Contents", "Article {n} .......... {n}", "Chapter {roman}\t{n}", "- {n} -", "Page {n} of {n}",
    "A/RES/77/{n}", "Endnotes", "\f", "", "\u200f\u202bArticle {n}", "[Article {n}", "*Article {n}*",
]  # fmt: skip
_WORDS = ["shall", "each", "State", "Party", "the", "of", "measures", "under", "article", "in-",
          "ternational", "and", "(a)", "1.", ";", ":", ".", ",", "«", "»", "\u00ad", "\u00a0",
          "[bracketed]", "**", "[", "](x", "____", "....", "\t", "é", "Статья", "第一条"]  # fmt: skip


@st.composite
def _line(draw) -> str:
    if draw(st.booleans()):
        template = draw(st.sampled_from(_LABELS))
        n = draw(st.integers(min_value=0, max_value=10_000))
        return template.format(
            n=n, roman=draw(st.sampled_from(["I", "IV", "XIX", "MMMM", "ix"])),
            letter=draw(st.sampled_from("abcxyzаб")), roman_lower=draw(st.sampled_from(["i", "iv", "xl"])),
            cjk=draw(st.sampled_from(["一", "十二", "一百一十一", "零"])),
        )  # fmt: skip
    words = draw(st.lists(st.sampled_from(_WORDS), max_size=30))
    return " ".join(words)


@st.composite
def label_storm(draw) -> tuple[str, bytes]:
    lines = draw(st.lists(_line(), min_size=1, max_size=80))
    repeat = draw(st.sampled_from([1, 1, 1, 10, 200, 2000]))
    text = "\n".join(lines * repeat)
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\r", "\n\n", "\u2028", " "])))
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1251", "cp1252", "utf-8-sig"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        at = draw(st.integers(min_value=0, max_value=len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\x80", b"\xc3", b"\x00"])) + data[at:]
    return draw(st.sampled_from([".txt", ".md"])), data or b"x"


# -- HTML ------------------------------------------------------------------------------------

_TAGS = ["p", "div", "ol", "ul", "li", "h1", "h2", "h3", "br", "table", "tr", "td", "span", "b",
         "font", "dir", "center", "script", "style", "nav", "header", "footer", "head", "body",
         "svg", "template", "pre", "blockquote", "dl", "dt", "dd", "o:p", "a", "hr"]  # fmt: skip
_ATTRIBUTES = ['type="a"', 'type="I"', 'start="5"', 'start="-3"', 'start="99999999999999999999"',
               'value="7"', 'value="x"', 'style="list-style-type: lower-roman"',
               'style="list-style: none"', 'class="x"']  # fmt: skip
_JUNK = ["<", "<!", "<!x", "<!--", "-->", "<?", "<![CDATA[", "]]>", "</", "&", "&#0;", "&#x110000;",
         "&nbsp;", "<a ", "<b x='", "\x00", "<!DOCTYPE html>", "<meta charset=\"{c}\">"]  # fmt: skip
_CHARSETS = ["utf-8", "utf-16", "iso-8859-1", "windows-1251", "koi8-r", "idna", "punycode",
             "undefined", "utf-7", "base64", "x-user-defined", "gb2312", "shift_jis"]  # fmt: skip

_html_node = st.recursive(
    st.one_of(_line(), st.sampled_from(_JUNK)),
    lambda children: st.tuples(
        st.sampled_from(_TAGS), st.lists(st.sampled_from(_ATTRIBUTES), max_size=2),
        st.lists(children, max_size=6), st.booleans(),
    ),
    max_leaves=60,
)  # fmt: skip


def _render(node, charset: str) -> str:
    if isinstance(node, str):
        return node.replace("{c}", charset)
    tag, attributes, children, close = node
    inner = "".join(_render(child, charset) for child in children)
    opening = f"<{tag}{''.join(' ' + a for a in attributes)}>"
    return opening + inner + (f"</{tag}>" if close else "")


@st.composite
def html_page(draw) -> tuple[str, bytes]:
    charset = draw(st.sampled_from(_CHARSETS))
    body = "".join(_render(node, charset) for node in draw(st.lists(_html_node, max_size=8)))
    nest = draw(st.sampled_from([0, 0, 50, 5000]))
    body += "<ol><li>Item " * nest
    body += draw(
        st.sampled_from(["", "", "<div>" * 300, "<b><i>" * 50_000, "<table><tr><td>" * 2000])
    )
    page = f'<html><head><meta charset="{charset}"></head><body>{body}</body></html>'
    encoding = draw(st.sampled_from(["utf-8", "cp1252", "utf-16", "koi8-r"]))
    return ".html", page.encode(encoding, errors="replace")


# -- Akoma Ntoso -------------------------------------------------------------------------------

_AKN_TAGS = ["act", "bill", "doc", "documentCollection", "collectionBody", "component", "preface",
             "preamble", "recitals", "recital", "body", "chapter", "part", "section", "article",
             "paragraph", "subparagraph", "point", "list", "intro", "content", "wrapUp", "p",
             "num", "heading", "hcontainer", "authorialNote", "formula", "conclusions",
             "attachments", "attachment", "components", "meta", "docTitle", "block", "foreign",
             "crossHeading", "blockList", "item", "documentRef", "mainBody"]  # fmt: skip
_AKN_ATTRIBUTES = ['eId="art_1"', 'eId="para_2"', 'eId="art_x__para_b"', 'name="crossheading"',
                   'eId="annex_IV"', 'href="/x"', 'language="rus"', 'eId=""']  # fmt: skip
_akn_node = st.recursive(
    _line().map(lambda text: text.replace("&", "&amp;").replace("<", "&lt;")),
    lambda children: st.tuples(
        st.sampled_from(_AKN_TAGS), st.lists(st.sampled_from(_AKN_ATTRIBUTES), max_size=2),
        st.lists(children, max_size=5),
    ),
    max_leaves=50,
)  # fmt: skip


def _render_xml(node) -> str:
    if isinstance(node, str):
        return node
    tag, attributes, children = node
    inner = "".join(_render_xml(child) for child in children)
    return f"<{tag}{''.join(' ' + a for a in attributes)}>{inner}</{tag}>"


@st.composite
def akn_file(draw) -> tuple[str, bytes]:
    version = draw(st.sampled_from(["http://docs.oasis-open.org/legaldocml/ns/akn/3.0",
                                    "http://www.akomantoso.org/2.0", ""]))  # fmt: skip
    inner = "".join(_render_xml(node) for node in draw(st.lists(_akn_node, min_size=1, max_size=5)))
    depth = draw(st.sampled_from([0, 0, 150, 199, 250, 1000, 20_000]))
    inner += "<paragraph>" * depth + "x" + "</paragraph>" * depth
    prologue = draw(st.sampled_from(["", '<?xml version="1.0"?>', "<!-- " + "c" * 9000 + " -->"]))
    xmlns = f' xmlns="{version}"' if version else ""
    return ".xml", f"{prologue}<akomaNtoso{xmlns}>{inner}</akomaNtoso>".encode()


# -- Word --------------------------------------------------------------------------------------

_RUNS = ["<w:r><w:t>{t}</w:t></w:r>", "<w:r><w:tab/><w:t>{t}</w:t></w:r>", "<w:r><w:br/></w:r>",
         "<w:r><w:noBreakHyphen/></w:r>", "<w:del><w:r><w:delText>{t}</w:delText></w:r></w:del>",
         "<w:ins><w:r><w:t>{t}</w:t></w:r></w:ins>", "<w:moveFrom><w:r><w:t>{t}</w:t></w:r></w:moveFrom>",
         "<w:r><w:footnoteReference w:id=\"1\"/></w:r>", "<w:hyperlink r:id=\"rId99\"><w:r><w:t>{t}</w:t></w:r></w:hyperlink>",
         "<w:fldSimple w:instr=\"PAGE\"><w:r><w:t>{t}</w:t></w:r></w:fldSimple>",
         "<w:r><w:t xml:space=\"preserve\">&lt;span style=</w:t></w:r>",
         "<w:r><w:txbxContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:txbxContent></w:r>"]  # fmt: skip
_FORMATS = ["decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman", "bullet", "none",
            "russianLower", "decimalZero", "chicago", ""]  # fmt: skip


@st.composite
def _paragraph(draw) -> str:
    text = _escape(draw(_line()))
    runs = "".join(
        r.replace("{t}", text) for r in draw(st.lists(st.sampled_from(_RUNS), max_size=4))
    )
    props = ""
    if draw(st.booleans()):
        num, level = (
            draw(st.sampled_from(["1", "2", "0", "x", ""])),
            draw(st.sampled_from(["0", "1", "8", "9", "-1", "99999999999"])),
        )
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    if draw(st.booleans()):
        props += (
            f'<w:pStyle w:val="{draw(st.sampled_from(["Heading1", "Title", "Article", "x"]))}"/>'
        )
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r>{runs}</w:p>"


@st.composite
def _numbering(draw) -> str:
    levels = ""
    for ilvl in range(draw(st.integers(min_value=0, max_value=10))):
        fmt = draw(st.sampled_from(_FORMATS))
        text = draw(
            st.sampled_from(["%1.", "(%2)", "Article %1", "%1.%2.%3", "%9", "%1" * 40, "", "%"])
        )
        start = draw(st.sampled_from(["1", "0", "-5", "2000000000", "x", "9" * 30]))
        levels += (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                   f'<w:lvlText w:val="{text}"/></w:lvl>')  # fmt: skip
    return part_xml(
        "numbering",
        f'<w:abstractNum w:abstractNumId="0">{levels}</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
        '<w:startOverride w:val="3"/></w:lvlOverride></w:num>',
    )


_GAMES = ["none", "no-rels", "rels-outside", "rels-self", "main-is-styles", "duplicate-member",
          "directory-member", "absolute-target", "external-target", "no-content-types",
          "huge-declared", "stored-garbage", "many-members"]  # fmt: skip


@st.composite
def word_file(draw) -> tuple[str, bytes]:
    body = "".join(draw(st.lists(_paragraph(), min_size=1, max_size=30)))
    body *= draw(st.sampled_from([1, 1, 20, 500]))
    nest = draw(st.sampled_from([0, 0, 0, 60, 250]))  # tables in tables: a tree of them
    body = "<w:tbl><w:tr><w:tc>" * nest + body + "</w:tc></w:tr></w:tbl>" * nest
    parts = {"word/document.xml": document_xml(body).encode()}
    if draw(st.booleans()):
        parts["word/numbering.xml"] = draw(_numbering()).encode()
    if draw(st.booleans()):
        parts["word/styles.xml"] = part_xml(
            "styles",
            '<w:style w:styleId="Article"><w:name w:val="heading 2"/><w:pPr><w:numPr>'
            '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
        ).encode()
    if draw(st.booleans()):
        parts["word/footnotes.xml"] = part_xml(
            "footnotes", '<w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote>'
        ).encode()
    return ".docx", _package(parts, draw(st.sampled_from(_GAMES)))


def _package(parts: dict[str, bytes], game: str) -> bytes:
    targets = {"styles": "styles.xml", "numbering": "numbering.xml", "footnotes": "footnotes.xml"}
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL}/{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(targets.items())
        if f"word/{target}" in parts
    )
    main = "word/document.xml"
    if game == "rels-outside":
        rels += f'<Relationship Id="rX" Type="{REL}/styles" Target="../../../etc/passwd"/>'
    elif game == "rels-self":
        rels += f'<Relationship Id="rX" Type="{REL}/footnotes" Target="document.xml"/>'
    elif game == "absolute-target":
        rels += f'<Relationship Id="rX" Type="{REL}/numbering" Target="/word/document.xml"/>'
    elif game == "external-target":
        rels += f'<Relationship Id="rX" Type="{REL}/styles" Target="http://127.0.0.1:9/x" TargetMode="External"/>'
    elif game == "main-is-styles":
        main = "word/styles.xml" if "word/styles.xml" in parts else main
    relationships = ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                     f"package/2006/relationships\">{rels}</Relationships>")  # fmt: skip
    root = relationships.replace(
        rels, f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="{main}"/>'
    )
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if game == "stored-garbage" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as archive:
        if game != "no-content-types":
            archive.writestr("[Content_Types].xml", "<Types/>")
        if game != "no-rels":
            archive.writestr("_rels/.rels", root)
            archive.writestr("word/_rels/document.xml.rels", relationships)
        for name, data in parts.items():
            archive.writestr(name, data)
        if game == "duplicate-member":
            with warnings.catch_warnings():  # zipfile warns of the duplicate it is asked for
                warnings.simplefilter("ignore")
                archive.writestr(main, document_xml("<w:p><w:r><w:t>Second copy</w:t></w:r></w:p>"))
        elif game == "directory-member":
            archive.writestr("word/media/", b"")
        elif game == "many-members":
            for n in range(5001):
                archive.writestr(f"x/{n}", b"")
    data = out.getvalue()
    if game == "huge-declared":  # the central directory claims a size the member does not have
        at = data.find(b"PK\x01\x02")
        data = data[: at + 24] + b"\xf0\xff\xff\x7f" + data[at + 28 :]
    if game == "stored-garbage":
        data = data.replace(b"<w:body>", b"<w:body\x00\xff", 1)
    return data


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- all of them -------------------------------------------------------------------------------

any_input = st.one_of(
    mutated_fixture(), mutated_fixture(), label_storm(), html_page(), akn_file(), word_file()
)

__all__ = ["W_NS", "any_input", "mutate"]
