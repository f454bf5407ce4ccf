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


# An EU-style proposal: explanatory memorandum, the regulation, the financial statement.
COLLECTION = (
    """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<documentCollection name="PROP_ACT"><meta/>
<preface><longTitle><p>Proposal for a Regulation on shared test data</p></longTitle></preface>
<collectionBody>
<component eId="cmp_1"><doc name="EXPL_MEMORANDUM"><preface><p>EXPLANATORY MEMORANDUM</p></preface>
<mainBody><tblock><num>1.</num><heading>CONTEXT</heading><p>Why this proposal is made.</p></tblock></mainBody>
</doc></component>
<component eId="cmp_2"><bill name="REGULATION"><preamble>
<formula name="actingEntity"><p>THE PARTIES TO THIS TEST,</p></formula>
<citations><citation><p>Having regard to the founding treaty,</p></citation></citations>
<recitals><intro><p>Whereas:</p></intro>
"""
    + "".join(
        f'<recital eId="rec_{n}"><num>({n})</num><p>Recital number {n} of the test.</p></recital>'
        for n in range(1, 37)
    )
    + """</recitals>
<formula name="enactingFormula"><p>HAVE ADOPTED THIS REGULATION:</p></formula></preamble>
<body><article eId="art_1"><num>Article 1</num><heading>Subject matter</heading>
<paragraph eId="art_1__para_1"><content><p>This Regulation lays down test rules.</p></content></paragraph></article>
<article eId="art_2"><num>Article 2</num><heading>Definitions</heading>
<paragraph eId="art_2__para_1"><list eId="art_2__para_1__list_1"><intro><p>For the purposes of this Regulation:</p></intro>
<point eId="art_2__para_1__list_1__point_a"><num>(a)</num><content><p>'data' means test data;</p></content></point>
<point eId="art_2__para_1__list_1__point_b"><num>(b)</num><content><p>'party' means a test party.</p></content></point>
</list></paragraph></article></body></bill></component>
<component eId="cmp_3"><doc name="FIN_STATEMENT"><preface><p>LEGISLATIVE FINANCIAL STATEMENT</p></preface>
<mainBody><p>No cost.</p></mainBody></doc></component>
<component eId="cmp_4"><documentRef href="/akn/eu/annex-to-the-proposal"/></component>
</collectionBody></documentCollection></akomaNtoso>"""
)


def test_a_document_collection_has_the_act_as_body_and_the_rest_as_annexes():
    document = read_akn(COLLECTION.encode())
    keys = [p.key for p in document.walk()]
    # Recitals (1)-(36) are pre.1-pre.36: one node each, keyed by their own number.
    assert [k for k in keys if k.startswith("pre.")] == [f"pre.{n}" for n in range(1, 37)]
    assert document.find("pre.36").text == "Recital number 36 of the test."
    assert document.find("pre.36").number == "36"
    # The acting entity, citations and "Whereas:" lead into the recitals; the enacting formula
    # closes the preamble and is not a recital.
    assert document.find("pre").text.splitlines() == [
        "THE PARTIES TO THIS TEST,", "Having regard to the founding treaty,", "Whereas:",
    ]  # fmt: skip
    assert "HAVE ADOPTED THIS REGULATION:" in {line.text for line in document.report.left_out}
    # An unnumbered <paragraph> wrapping a list: art-2.a, as the other formats key it.
    assert [k for k in keys if k.startswith("art-2")] == ["art-2", "art-2.a", "art-2.b"]
    assert document.find("art-2").text == "For the purposes of this Regulation:"
    assert document.find("art-1").text == "This Regulation lays down test rules."
    # The memorandum and the financial statement are annexes, after the act.
    assert document.find("annex-1").heading == "EXPLANATORY MEMORANDUM"
    assert document.find("annex-2").heading == "LEGISLATIVE FINANCIAL STATEMENT"
    assert keys.index("art-2.b") < keys.index("annex-1")
    assert "/akn/eu/annex-to-the-proposal" in {line.text for line in document.report.left_out}
