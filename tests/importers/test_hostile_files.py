"""Broken, hostile and unsupported files: one clear sentence each, and the library unchanged."""

from __future__ import annotations

import io
import zipfile

import pytest

from negotiator_app.importers import ImportProblem, import_file
from negotiator_app.importers.formats import MAX_FILE_BYTES, sniff
from negotiator_app.storage import Library
from negotiator_app.storage.imports import import_draft
from tests.conftest import FIXTURES

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
<article eId="art_1"><num>Article 1</num><content><p>&lol9;</p></content></article>
</body></act></akomaNtoso>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">
 <!ENTITY remote SYSTEM "http://127.0.0.1:9/draft.dtd">]>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act><body>
<article eId="art_1"><num>Article 1</num><content><p>&secret;&remote;</p></content></article>
</body></act></akomaNtoso>"""


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<" * (80 * 1024 * 1024))
    return buffer.getvalue()


def missing_part() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", "<styles/>")
    return buffer.getvalue()


HOSTILE = {
    "laughs.xml": (lambda: LAUGHS, "refused"),
    "external.akn": (lambda: EXTERNAL_ENTITY, "refused"),
    "bomb.docx": (zip_bomb, "zip bomb"),
    "missing.docx": (missing_part, "damaged"),
    "truncated.pdf": (
        lambda: (FIXTURES / "small_convention_en.pdf").read_bytes()[:3000],
        "damaged|no text layer",
    ),
    "empty.txt": (lambda: b"", "empty"),
    "binary.txt": (lambda: bytes(range(256)) * 40, "binary data"),
    "old.docx": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, r"\.doc\).*save it as \.docx"),
    "draft.odt": (
        lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
        r"OpenDocument.*save it as \.docx",
    ),
    "draft.rtf": (lambda: b"{\\rtf1\\ansi Article 1}", r"Rich Text.*\.docx"),
    "drafts.zip": (lambda: _zip({"a.txt": b"Article 1"}), "zip archive"),
    "feed.xml": (lambda: b'<?xml version="1.0"?><rss><item>Article 1</item></rss>', "not Akoma Ntoso"),
}  # fmt: skip


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def library_state(library: Library) -> tuple:
    tables = ("instruments", "versions", "provisions")
    return tuple(
        library.connection.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in tables
    )


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_gives_a_clear_sentence_and_leaves_the_library_as_it_was(
    tmp_path, library_dir, name
):
    make, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    with Library(library_dir) as library:
        import_draft(library, FIXTURES / "small_convention_en.txt", label="before")
        before = library_state(library)
        with pytest.raises(ImportProblem, match=message) as caught:
            import_draft(library, path)
        assert library_state(library) == before
        assert len(library.versions()) == 1
    sentence = str(caught.value)
    assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.pdf"
    with path.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written or read
    with pytest.raises(
        ImportProblem, match="huge.pdf is 100 MB; Negotiator imports files up to 100 MB"
    ):
        import_file(path)


def test_a_folder_and_a_missing_file_are_explained(tmp_path):
    with pytest.raises(ImportProblem, match="is a folder"):
        import_file(tmp_path)
    with pytest.raises(ImportProblem, match="There is no file"):
        import_file(tmp_path / "nowhere.docx")


def test_format_comes_from_content_not_extension(tmp_path):
    for source, wrong_name in [
        ("small_convention_en.pdf", "draft.txt"),
        ("small_convention_en.docx", "draft.pdf"),
        ("small_convention_en.html", "draft.txt"),
        ("small_convention_en.akn.xml", "draft.html"),
    ]:
        path = tmp_path / wrong_name
        path.write_bytes((FIXTURES / source).read_bytes())
        document = import_file(path)
        assert document.find("art-3bis").heading == "Urgent requests", source


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"\xef\xbb\xbf<!DOCTYPE html><html>", "html"),
        (b"<?xml version='1.0'?>\n<akomaNtoso xmlns='x'>", "akn"),
        ("\ufeffArticle 1".encode("utf-16"), "text"),
        ("<html><body>Статья 1".encode("utf-16"), "html"),
        (b"Article 1\nPurpose\n", "text"),
    ],
)
def test_sniffing(head, kind):
    assert sniff(head) == kind


def test_a_document_with_no_articles_is_imported_flat_with_a_warning(tmp_path, library_dir):
    path = tmp_path / "minutes.html"
    path.write_text(
        "<html><body><h1>Minutes of the informal consultations</h1>"
        "<p>The Chair opened the meeting.</p><p>Delegations exchanged views.</p>"
        "<p>The meeting rose at 6 p.m.</p></body></html>",
        encoding="utf-8",
    )
    with Library(library_dir) as library:
        info, document = import_draft(library, path)
        assert info.provision_count == 3
    assert [p.text for p in document.provisions][-1] == "The meeting rose at 6 p.m."
    assert any("flat list" in warning for warning in document.report.warnings)


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".html", ".akn.xml", ".txt"])
def test_progress_is_reported_from_start_to_end(suffix):
    seen: list[tuple[int, int]] = []
    import_file(FIXTURES / f"demo_convention_en{suffix}".replace("demo_convention_en.txt", "small_convention_en.txt"),
                progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    if suffix in {".docx", ".pdf"}:
        assert len(seen) > 5  # long files move the bar while they are read
