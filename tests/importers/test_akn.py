"""Akoma Ntoso drafts: elements and numbers onto our keys; hostile XML refused."""

from __future__ import annotations

import pytest

from negotiator_app.importers import ImportProblem
from negotiator_app.importers.akn import read_akn

AKN2 = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><bill>
<meta><identification source="#x"><FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression></identification></meta>
<preface><p><docNumber>E/CN.7/2026/L.1</docNumber></p>
<p><docTitle>Strengthening cooperation on test resolutions</docTitle></p></preface>
<preamble><p><i>The Commission,</i></p><p><i>Recalling</i> its earlier resolutions,<authorialNote marker="1"><p>Resolution 1/1.</p></authorialNote></p></preamble>
<body><list id="list1">
<point id="itm1"><num>1.</num><content><p><i>Encourages</i> Member States to test;</p></content></point>
<point id="itm2"><content><p><i>Requests</i> the secretariat to report.</p></content></point>
</list></body></bill></akomaNtoso>"""

AKN3 = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
<body>
<chapter eId="chp_I"><num>I</num><heading>General provisions</heading>
<article eId="art_1"><num>1</num><heading>Section 2: definitions</heading>
<paragraph eId="art_1__para_1"><num>1</num><content><p>First.</p></content></paragraph>
<paragraph eId="art_1__para_2"><intro><p>Second, including:</p></intro>
<point eId="art_1__para_2__point_a"><num>a</num><content><p>one <ref href="#x">reference</ref>;</p></content></point>
<point eId="art_1__para_2__point_b"><content><p>two.</p></content></point>
<wrapUp><p>as the case may be.</p></wrapUp>
</paragraph></article>
<hcontainer name="crossheading"><heading>Cooperation</heading>
<article eId="art_2"><content><p>Unnumbered in num, numbered by eId.</p></content></article>
</hcontainer></chapter></body>
<attachments><attachment eId="att_1"><doc name="annex"><preface><p>Form of notification</p></preface>
<mainBody><paragraph eId="para_1"><num>1.</num><content><p>Name.</p></content></paragraph></mainBody>
</doc></attachment></attachments></act></akomaNtoso>"""


def test_akoma_ntoso_2_resolution_with_preamble_and_operative_paragraphs():
    document = read_akn(AKN2.encode())
    assert [p.key for p in document.walk()] == ["pre", "pre.1", "op-1", "op-2"]
    assert document.title == "Strengthening cooperation on test resolutions"
    assert document.find("pre").text == "The Commission,"
    assert document.find("pre.1").text == "Recalling its earlier resolutions,"
    assert document.find("op-2").text == "Requests the secretariat to report."
    assert document.report.dropped["footnotes"] == 1
    assert document.language == "en"


def test_akoma_ntoso_3_hierarchy_with_numbers_from_num_or_eid():
    document = read_akn(AKN3.encode())
    assert [p.key for p in document.walk()] == [
        "ch-I", "art-1", "art-1.1", "art-1.2", "art-1.2.a", "art-1.2.b", "art-2",
        "annex-1", "annex-1.1",
    ]  # fmt: skip
    assert document.find("ch-I").heading == "General provisions"
    assert document.find("art-1").heading == "Section 2: definitions"
    assert document.find("art-1.2.a").text == "one reference;"
    assert document.find("art-1.2.b").text == "two.\nas the case may be."
    assert document.find("art-2").text == "Unnumbered in num, numbered by eId."
    assert document.find("annex-1").heading == "Form of notification"
    assert document.report.dropped["cross-headings"] == 1


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY a "x">]><akomaNtoso>&a;</akomaNtoso>',
        '<?xml version="1.0"?><!DOCTYPE akomaNtoso SYSTEM "http://127.0.0.1:9/akn.dtd"><akomaNtoso/>',
    ],
)
def test_dtds_and_entities_are_refused(xml):
    with pytest.raises(ImportProblem, match="refused"):
        read_akn(xml.encode())


def test_damaged_and_foreign_xml():
    with pytest.raises(ImportProblem, match="damaged"):
        read_akn(AKN3[:500].encode())
    with pytest.raises(ImportProblem, match="not Akoma Ntoso"):
        read_akn(b"<rss><item>Article 1</item></rss>")


def test_components_inside_the_document_are_read_once():
    xml = AKN3.replace("<attachments>", "<components>").replace("</attachments>", "</components>")
    xml = xml.replace("<attachment eId", "<component eId").replace("</attachment>", "</component>")
    document = read_akn(xml.encode())
    assert [p.key for p in document.walk()][-2:] == ["annex-1", "annex-1.1"]
    assert document.report.warnings == []
