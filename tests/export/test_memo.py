"""The Word memo, read back with python-docx and as raw XML: what the reader of the memo sees."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from negotiator_app.core.redline import redline_provision, wording
from negotiator_app.export.cover import Cover, default_cover
from negotiator_app.export.memo import write_memo
from negotiator_app.export.output_file import ExportCancelled, ExportProblem
from negotiator_app.export.selection import Selection, select
from negotiator_app.export.template import STYLES
from negotiator_app.storage.notes import Note, Proposal, save_note
from tests.export.library_with_notes import DOCUMENT_ORDER, NOTES
from tests.export.reading import (
    W,
    labels,
    open_memo,
    part_names,
    part_xml,
    provision_sections,
    quoted_lines,
    redline_runs,
    segments_by_line,
    table_rows,
    under_label,
)

COVER = Cover(
    title="Positions for the fourth session",
    delegation="Delegation of Examplia",
    negotiation="Fisheries data negotiations",
    session="Fourth session, Geneva",
    date="3 March 2026",
    author="Ana Pereira",
    marking="CONFIDENTIAL",
)


@pytest.fixture
def memo(library, version, tmp_path) -> Path:
    content = select(library, version.id, Selection())
    return write_memo(content, tmp_path / "memo.docx", COVER).path


def test_every_paragraph_and_run_takes_its_look_from_a_named_memo_style(memo):
    document = open_memo(memo)
    used = {p.style.name for p in document.paragraphs}
    assert used <= set(STYLES)
    assert {"Memo Title", "Memo Heading 1", "Memo Heading 2", "Memo Quote", "Memo Label"} <= used
    assert {"Memo Quote 1", "Memo Proposed", "Memo Bullet", "Memo Position"} <= used
    assert all(t.style.name == "Memo Table" for t in document.tables)

    # No direct formatting anywhere in the body: restyling the template restyles the memo.
    body = part_xml(memo, "word/document.xml")
    run_formats = {child.tag for child in body.iter(f"{W}rPr") for child in child}
    paragraph_formats = {child.tag for child in body.iter(f"{W}pPr") for child in child}
    assert run_formats <= {f"{W}rStyle"}
    assert paragraph_formats <= {f"{W}pStyle", f"{W}sectPr"}


def test_the_styles_are_defined_in_the_file_with_their_names(memo):
    styles = part_xml(memo, "word/styles.xml")
    names = {s.find(f"{W}name").get(f"{W}val") for s in styles.iter(f"{W}style")}
    assert set(STYLES) <= names
    inserted = next(
        s for s in styles.iter(f"{W}style") if s.find(f"{W}name").get(f"{W}val") == "Memo Inserted"
    )
    assert inserted.find(f"{W}rPr/{W}u").get(f"{W}val") == "single"
    assert inserted.find(f"{W}rPr/{W}color") is not None


def test_cover_shows_what_the_user_set(memo):
    document = open_memo(memo)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Positions for the fourth session"
    assert "Negotiation:\tFisheries data negotiations" in texts
    assert "Session:\tFourth session, Geneva" in texts
    assert "Delegation:\tDelegation of Examplia" in texts
    assert "Date:\t3 March 2026" in texts
    assert "Prepared by:\tAna Pereira" in texts
    assert "Classification:\tCONFIDENTIAL" in texts


def test_summary_table_has_one_row_per_provision_in_document_order(memo, library, version):
    document = open_memo(memo)
    rows = table_rows(document.tables[0])
    assert rows[0] == ["Provision", "Stance", "Priority", "Red line"]
    assert rows[1:] == [
        ["Preamble, paragraph 2", "Neutral", "—", ""],
        ["Article 1 — Purpose", "Support", "Low", ""],
        ["Article 2, subparagraph (b) — Use of terms", "Support with amendments", "Medium", ""],
        ["Article 4, paragraph 1 — Confidentiality", "Oppose", "High", "Yes"],
        ["Annex, paragraph 2 — Form of notification", "Reserve", "—", ""],
    ]
    headings = [p.text for p in document.paragraphs if p.style.name == "Memo Heading 2"]
    assert headings == [row[0] for row in rows[1:]]


def test_each_provision_is_quoted_exactly_as_the_library_holds_it(memo, library, version):
    sections = provision_sections(open_memo(memo))
    titles = list(sections)
    for key, title in zip(DOCUMENT_ORDER, titles, strict=True):
        provision = library.provision(version.id, key)
        assert quoted_lines(sections[title]) == wording(provision).split("\n"), key
    # Labels are kept: article 1's paragraphs and article 2's items carry their numbers.
    article_1 = [p.text for p in under_label(sections["Article 1 — Purpose"], "Current text")]
    assert article_1[0].startswith("1.\tThe purpose of this Convention")
    annex = [p.text for p in under_label(sections[titles[-1]], "Current text")]
    assert annex == [
        "2.\tDesignated competent authority:",
        "(a)\tname;",
        "(b)\tpostal address;",
        "(c)\ta contact point available at all times.",
    ]


def test_redline_runs_are_exactly_the_word_diff(memo, library, version):
    sections = provision_sections(open_memo(memo))
    for key, title in (("art-4.1", "Article 4, paragraph 1 — Confidentiality"),):
        provision = library.provision(version.id, key)
        expected = redline_provision(provision, NOTES[key]["proposals"][0].text)
        assert redline_runs(sections[title]) == segments_by_line(expected)
    runs = redline_runs(sections["Article 2, subparagraph (b) — Use of terms"])
    assert runs == [
        [
            ("equal", '"competent authority" means an authority designated under article 5'),
            ("insert", " and notified to the depositary"),
            ("equal", ";"),
        ]
    ]


def test_note_fields_appear_under_their_labels_only_when_they_have_content(memo):
    sections = provision_sections(open_memo(memo))
    full = sections["Article 4, paragraph 1 — Confidentiality"]
    assert labels(full) == [
        "Current text",
        "Proposed wording",
        "Rationale",
        "Talking points",
        "Instructions",
        "Positions of other delegations",
    ]
    assert [p.text for p in full if p.style.name == "Memo Position"] == [
        "Position: Oppose    Priority: High    Red line",
        "Tags: safeguards",
    ]
    bullets = [p.text for p in under_label(full, "Talking points")]
    assert bullets == ["–\tPurpose limitation is essential.", "–\tWe can accept consent-based use."]
    assert labels(sections["Article 1 — Purpose"]) == ["Current text"]
    assert sections["Article 1 — Purpose"][1].text == "Tags: general"


def test_delegation_positions_are_a_table(memo):
    document = open_memo(memo)
    delegations = [t for t in document.tables if table_rows(t)[0][0] == "Delegation"]
    assert [table_rows(t) for t in delegations] == [
        [
            ["Delegation", "Stance", "Remark"],
            ["Norway", "Support", "Prefers Option 1."],
            ["Chile", "Oppose", ""],
        ]
    ]


def test_marking_and_page_x_of_y_on_every_page(memo):
    document = open_memo(memo)
    section = document.sections[0]
    assert [p.text for p in section.header.paragraphs] == ["CONFIDENTIAL"]
    assert section.header.paragraphs[0].style.name == "Memo Header"
    footer = section.footer.paragraphs[-1]
    assert footer.style.name == "Memo Footer"
    assert "CONFIDENTIAL" in footer.text
    assert section.different_first_page_header_footer is False

    # Real fields, which Word and LibreOffice compute on every page.
    footer_part = next(n for n in part_names(memo) if n.startswith("word/footer"))
    xml = part_xml(memo, footer_part)
    instructions = [t.text.split()[0] for t in xml.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [f.get(f"{W}fldCharType") for f in xml.iter(f"{W}fldChar")]
    assert kinds == ["begin", "separate", "end"] * 2


def test_document_properties_are_filled_in(memo):
    properties = open_memo(memo).core_properties
    assert properties.title == "Positions for the fourth session"
    assert properties.author == "Ana Pereira"
    assert properties.subject.startswith("Draft Convention on the Protection of Shared Fisheries")
    assert properties.subject.endswith("(Rev.1)")
    assert datetime.now(UTC) - properties.created < timedelta(minutes=5)


def test_rationales_as_word_comments_on_the_headings(library, version, tmp_path):
    content = select(library, version.id, Selection())
    path = write_memo(content, tmp_path / "memo.docx", COVER, comments=True).path
    comments = part_xml(path, "word/comments.xml")
    texts = ["".join(c.itertext()) for c in comments.iter(f"{W}comment")]
    assert texts == [
        NOTES["art-2.b"]["rationale"],
        NOTES["art-4.1"]["rationale"],
    ]
    assert {c.get(f"{W}author") for c in comments.iter(f"{W}comment")} == {"Ana Pereira"}
    # Each comment is anchored on its provision's heading.
    document = open_memo(path)
    anchored = [
        p.text for p in document.paragraphs if p._p.find(f"{W}commentRangeStart") is not None
    ]
    assert anchored == [
        "Article 2, subparagraph (b) — Use of terms",
        "Article 4, paragraph 1 — Confidentiality",
    ]


def test_without_comments_option_there_are_none(memo):
    assert "word/comments.xml" not in part_names(memo)


def test_cyrillic_survives(library, russian_version, tmp_path):
    """An English memo of the Russian text (a memo in Russian: tests/export/test_memo_languages)."""
    content = select(library, russian_version.id, Selection(), language="en")
    cover = default_cover(russian_version, "en", delegation="Делегация Эксампли", marking="ДСП")
    path = write_memo(content, tmp_path / "записка.docx", cover).path
    document = open_memo(path)
    texts = [p.text for p in document.paragraphs]
    assert "Delegation:\tДелегация Эксампли" in texts
    assert document.sections[0].header.paragraphs[0].text == "ДСП"
    (section,) = provision_sections(document).values()
    provision = library.provision(russian_version.id, "art-1.2")
    assert quoted_lines(section) == wording(provision).split("\n")
    assert [p.text for p in under_label(section, "Rationale")] == [
        "Формулировка должна охватывать и применение Конвенции."
    ]
    runs = redline_runs(section)
    assert [text.strip() for op, text in runs[0] if op == "insert"] == ["и применяется"]
    assert [text.strip() for op, text in runs[0] if op == "delete"] == ["и невмешательства"]
    assert table_rows(document.tables[-1])[1] == ["Казахстан", "Support", "Готов поддержать."]


def test_briefing_book_includes_provisions_without_a_position(library, version, tmp_path):
    content = select(library, version.id, Selection(include_all=True))
    document = open_memo(write_memo(content, tmp_path / "book.docx", COVER).path)
    sections = provision_sections(document)
    assert "Article 3 bis — Urgent requests" in sections
    says = [p.text for p in sections["Article 3 bis — Urgent requests"]]
    assert says[0] == "No position recorded yet."
    assert table_rows(document.tables[0])[1:3] == [
        ["Preamble", "No position", "—", ""],
        ["Preamble, paragraph 2", "Neutral", "—", ""],
    ]


def test_a_note_on_quoted_words_is_shown_with_its_own_redline(library, version, tmp_path):
    save_note(
        library,
        Note(
            version.instrument_id,
            "art-3.3",
            quote="[within [30][60] days]",
            stance="support with amendments",
            proposals=[Proposal("", "within 45 days")],
        ),
    )
    content = select(library, version.id, Selection(keys=["art-3.3"]))
    sections = provision_sections(open_memo(write_memo(content, tmp_path / "m.docx", COVER).path))
    section = sections["Article 3, paragraph 3 — Requests for data"]
    assert "On the words “[within [30][60] days]”" in labels(section)
    assert redline_runs(section) == [
        [
            ("delete", "["),
            ("equal", "within "),
            ("delete", "[30][60]"),
            ("insert", "45"),
            ("equal", " days"),
            ("delete", "]"),
        ]
    ]


def test_empty_selection_gives_a_clear_message_and_no_file(library, version, tmp_path):
    with pytest.raises(ExportProblem, match="Nothing to export.*tag nothing.*no file was written"):
        select(library, version.id, Selection(tags=["nothing"]))
    assert list(tmp_path.iterdir()) == [tmp_path / "library"]


def test_unwritable_folder_gives_a_clear_error_and_no_file(library, version, tmp_path):
    content = select(library, version.id, Selection())
    if os.geteuid() == 0:
        folder = Path("/proc")  # even root cannot create files there
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(ExportProblem, match="Cannot write in the folder.*nothing was written"):
        write_memo(content, folder / "memo.docx", COVER)
    assert not (folder / "memo.docx").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".memo.docx")]


def test_missing_folder_gives_a_clear_error(library, version, tmp_path):
    content = select(library, version.id, Selection())
    with pytest.raises(ExportProblem, match="does not exist"):
        write_memo(content, tmp_path / "no" / "such" / "memo.docx", COVER)


def test_cancelling_leaves_the_earlier_file_untouched(library, version, tmp_path):
    target = tmp_path / "memo.docx"
    target.write_bytes(b"the memo sent yesterday")
    content = select(library, version.id, Selection())
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    seen: list[tuple[int, int]] = []
    with pytest.raises(ExportCancelled):
        write_memo(content, target, COVER, progress=lambda *p: seen.append(p), cancelled=cancelled)
    assert seen == [(1, 5), (2, 5)]
    assert target.read_bytes() == b"the memo sent yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library", "memo.docx"]


def test_progress_is_reported_for_every_provision(library, version, tmp_path):
    content = select(library, version.id, Selection())
    seen: list[tuple[int, int]] = []
    write_memo(content, tmp_path / "m.docx", COVER, progress=lambda *p: seen.append(p))
    assert seen == [(n, 5) for n in range(1, 6)]


def test_characters_xml_cannot_hold_do_not_break_the_memo(library, version, tmp_path):
    # Text pasted from Word carries \x0b for a manual line break; other control characters
    # arrive from PDFs. Neither may make the memo unreadable.
    save_note(
        library,
        Note(
            version.instrument_id,
            "art-5",
            stance="oppose",
            rationale="First reason\x0bsecond reason\x01.",
        ),
    )
    content = select(library, version.id, Selection(keys=["art-5"]))
    cover = Cover(delegation="Examplia\x0bMission in Geneva")
    document = open_memo(write_memo(content, tmp_path / "m.docx", cover).path)
    (section,) = provision_sections(document).values()
    assert [p.text for p in under_label(section, "Rationale")] == [
        "First reason",
        "second reason.",
    ]
    assert "Delegation:\tExamplia\nMission in Geneva" in [p.text for p in document.paragraphs]
