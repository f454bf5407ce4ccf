"""HTML drafts: numbered lists get their numbers, the page's chrome is left out, legacy charsets."""

from __future__ import annotations

from negotiator_app.importers.html import read_html

PAGE = """<!DOCTYPE html><html><head><title>Draft</title>
<style>h2 { color: navy }</style><script>var article = "Article 99";</script></head>
<body><nav><a href="/">Home</a> | <a href="#a1">Article 1</a></nav>
<header>Official Document System</header>
<h1>Draft protocol on test pages</h1>
<h2>Article 1<br>Lists</h2>
<ol>
 <li>First paragraph, which contains:
   <ol type="a"><li>an item;</li><li>another item, with
   <ol style="list-style-type: lower-roman"><li>a sub-item;</li><li>a second sub-item.</li></ol>
   </li></ol></li>
 <li value="3">Third paragraph (the second was deleted).</li>
</ol>
<h2>Article 2</h2><h3>Numbers typed by hand</h3>
<ol style="list-style: none"><li>1. Typed one.</li><li>2. Typed two.</li></ol>
<h2>Article 3</h2><h3>Wrapped lines</h3>
<p>A paragraph that the page<br>
wraps with line breaks<br>stays one paragraph.</p>
<p>Second paragraph.</p>
<footer>Page generated 1 March 2026</footer>
</body></html>"""


def test_lists_get_the_numbers_a_reader_sees():
    document = read_html(PAGE.encode())
    assert [p.key for p in document.walk()] == [
        "art-1", "art-1.1", "art-1.1.a", "art-1.1.b", "art-1.1.b.i", "art-1.1.b.ii", "art-1.3",
        "art-2", "art-2.1", "art-2.2", "art-3",
    ]  # fmt: skip
    assert document.find("art-1").heading == "Lists"
    assert document.find("art-1.1.b.ii").text == "a second sub-item."
    assert document.find("art-2.2").text == "Typed two."


def test_scripts_styles_navigation_and_page_furniture_are_dropped():
    document = read_html(PAGE.encode())
    everything = " ".join([*document.front_matter, *(p.text for p in document.walk())])
    for stray in ("Article 99", "navy", "Home", "Official Document System", "Page generated"):
        assert stray not in everything
    assert document.report.dropped["navigation, page header and footer lines"] == 5


def test_line_breaks_inside_a_sentence_do_not_split_it():
    document = read_html(PAGE.encode())
    assert document.find("art-3").text == (
        "A paragraph that the page wraps with line breaks stays one paragraph.\nSecond paragraph."
    )


def test_windows_1252_page_declared_in_meta():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>Article 1</p><p>\u201cFunds\u201d \u2014 assets of every kind, "
        "including cr\u00e9ances.</p></body></html>"
    ).encode("cp1252")
    document = read_html(page)
    assert (
        document.find("art-1").text
        == "\u201cFunds\u201d \u2014 assets of every kind, including cr\u00e9ances."
    )


def test_latin1_label_is_read_as_windows_1252_like_browsers_do():
    page = b'<html><head><meta charset="iso-8859-1"></head><body><p>Article 1</p><p>Quotes</p><p>\x93Quoted\x94 text.</p></body></html>'
    assert read_html(page).find("art-1").text == "\u201cQuoted\u201d text."


def test_unclosed_head_and_utf8_without_declaration():
    page = "<html><head><title>x</title><body><p>Статья 1</p><p>Заголовок</p><p>Текст статьи.</p>".encode()
    document = read_html(page)
    assert document.find("art-1").text == "Текст статьи."
    assert document.language == "ru"
