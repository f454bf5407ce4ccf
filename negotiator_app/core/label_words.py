"""The words of structural labels and preamble formulas in the languages drafts come in.

Data only: core/numbering.py builds its one grammar from these tables. The six UN languages
(English, French, Spanish, Russian, Chinese, Arabic) and the Dutch and German of bilingual
treaty databases.
"""

from __future__ import annotations

import re

# Words before the number of a division: "Article 12", "Глава II", "Capítulo I", "Titel 2".
LATIN_WORDS = {
    "part": r"part|часть|partie|parte|deel|teil",
    "chapter": r"chapter|глава|chapitre|cap[ií]tulo|hoofdstuk|kapitel",
    "section": r"section|раздел|подраздел|secci[oó]n|afdeling|abschnitt",
    "title": r"title|titre|t[ií]tulo|titel",
    "article": r"article|статья|art[ií]culo|artikel",
    "annex": r"annex|appendix|schedule|приложение|annexe|anexo|bijlage|anlage",
}
# Chinese labels wrap the number: 第一章 (chapter 1), 第一条 (article 1), 第二节 (section 2).
CJK_UNITS = {
    "章": "chapter",
    "条": "article",
    "條": "article",
    "节": "section",
    "節": "section",
    "部分": "part",
    "编": "part",
    "編": "part",
}
CJK_ANNEX = "附件"
# Arabic labels: الفصل الأول (the first chapter), المادة 1 (article 1).
ARABIC_WORDS = {
    "chapter": "الفصل",
    "part": "الباب|الجزء",
    "section": "الفرع",
    "article": "المادة|مادة",
    "annex": "المرفق|مرفق",
}

# How a division is named in the language of its document (core/labels.py writes the labels).
DIVISION_NAMES = {
    "en": {"part": "Part", "chapter": "Chapter", "section": "Section", "title": "Title",
           "article": "Article", "annex": "Annex"},
    "ru": {"part": "Часть", "chapter": "Глава", "section": "Раздел", "title": "Титул",
           "article": "Статья", "annex": "Приложение"},
    "fr": {"part": "Partie", "chapter": "Chapitre", "section": "Section", "title": "Titre",
           "article": "Article", "annex": "Annexe"},
    "es": {"part": "Parte", "chapter": "Capítulo", "section": "Sección", "title": "Título",
           "article": "Artículo", "annex": "Anexo"},
    # Chinese wraps the number: 第五条; Arabic puts the word first: المادة 5, الفصل الثاني.
    "zh": {"part": "部分", "chapter": "章", "section": "节", "title": "目", "article": "条",
           "annex": "附件"},
    "ar": {"part": "الباب", "chapter": "الفصل", "section": "الفرع", "title": "العنوان",
           "article": "المادة", "annex": "المرفق"},
}  # fmt: skip
# The words of a citation: "Article 3, paragraph 2 (a)", "Статья 3, пункт 2 (a)".
CITATION_WORDS = {
    "en": {"paragraph": "paragraph", "subparagraph": "subparagraph", "preamble paragraph":
           "{preamble}, paragraph {number}", "final clause": "Final clause", "separator": ", "},
    "ru": {"paragraph": "пункт", "subparagraph": "подпункт", "preamble paragraph":
           "{preamble}, абзац {number}", "final clause": "Заключительное положение",
           "separator": ", "},
    "fr": {"paragraph": "paragraphe", "subparagraph": "alinéa", "preamble paragraph":
           "{preamble}, alinéa {number}", "final clause": "Clause finale", "separator": ", "},
    "es": {"paragraph": "párrafo", "subparagraph": "apartado", "preamble paragraph":
           "{preamble}, párrafo {number}", "final clause": "Cláusula final", "separator": ", "},
    "zh": {"paragraph": "第{number}款", "subparagraph": "{label}项", "preamble paragraph":
           "{preamble}第{number}段", "final clause": "最后条款", "separator": ""},
    "ar": {"paragraph": "الفقرة", "subparagraph": "الفقرة الفرعية", "preamble paragraph":
           "{preamble}، الفقرة {number}", "final clause": "الأحكام الختامية", "separator": "، "},
}  # fmt: skip
# Inserted articles in Russian drafts: "Статья 14 бис".
RUSSIAN_SUFFIXES = {"bis": "бис", "ter": "тер", "quater": "кватер"}
# Arabic: المادة 12 مكررا (12 bis).
ARABIC_SUFFIXES = {"bis": "مكررا"}
# Chinese numbers an inserted article after its own: 第十二条之二 (12 bis).
CJK_SUFFIXES = {"bis": "之二", "ter": "之三", "quater": "之四", "quinquies": "之五",
                "sexies": "之六", "septies": "之七", "octies": "之八", "novies": "之九",
                "decies": "之十"}  # fmt: skip

# What a preamble is called when the text does not say.
PREAMBLE_HEADINGS = {
    "en": "Preamble",
    "ru": "Преамбула",
    "fr": "Préambule",
    "es": "Preámbulo",
    "zh": "序言",
    "ar": "الديباجة",
}
PREAMBLE_WORDS = r"preamble|преамбула|préambule|preámbulo|preambule|präambel|序言|الديباجة"

# Who speaks in a treaty's preamble: "The States Parties to this Convention,".
TREATY_OPENER_RE = re.compile(
    r"^(the|les|los|las)?\s*(states|high contracting|contracting|parties|member states|états|"
    r"estados|государства)"
    r".{0,80}(to|of|à|en|de)?\s*(this|the present|la présente|la presente|настоящей|настоящего)"
    r"\s+\w+\s*,?$"
    r"|^(we|nous|nosotros|мы),?\s+(the\s+|los\s+)?(peoples|peuples|pueblos|народы)\b.*$"
    r"|^我联合国人民.*$|^نحن\s+شعوب.*$",
    re.I,
)
# Who speaks in a resolution: "The General Assembly,", "The Commission on Narcotic Drugs,".
ORGAN_OPENER_RE = re.compile(
    r"^the\s+(?:general\s+assembly|security\s+council|economic\s+and\s+social\s+council|"
    r"human\s+rights\s+council|trusteeship\s+council|"
    r"(?:commission|committee|conference|council|board|assembly)\b[^,]{0,110})\s*,$"
    r"|^(?:генеральная\s+ассамблея|совет\s+безопасности|экономический\s+и\s+социальный\s+совет|"
    r"совет\s+по\s+правам\s+человека|(?:комиссия|конференция|комитет)\b[^,]{0,110})\s*,$"
    r"|^(?:l['’]\s*assembl[ée]e\s+g[ée]n[ée]rale|le\s+conseil\b[^,]{0,100}|"
    r"la\s+(?:commission|conf[ée]rence)\b[^,]{0,110}|le\s+comit[ée]\b[^,]{0,110})\s*,$"
    r"|^(?:la\s+asamblea\s+general|el\s+consejo\b[^,]{0,100}|"
    r"la\s+(?:comisi[oó]n|conferencia)\b[^,]{0,110}|el\s+comit[ée]\b[^,]{0,110})\s*,$"
    r"|^(?:大会|安全理事会|经济及社会理事会|人权理事会|[^，,]{1,30}委员会)[，,]$"
    r"|^(?:إن\s+)?(?:الجمعية\s+العامة|مجلس\s+الأمن|المجلس\s+الاقتصادي\s+والاجتماعي|"
    r"مجلس\s+حقوق\s+الإنسان|لجنة\s+[^،,]{1,80})\s*[،,]$",
    re.I,
)
# The formula that ends a preamble: "Have agreed as follows:".
CLOSER_RE = re.compile(
    r"^(?:have|has|hereby)?\s*(?:agreed|agree)\s+(?:as\s+follows|upon\s+the\s+following|"
    r"on\s+the\s+following)\b.*$"
    r"|^(?:have|has)\s+(?:adopted|decided)\s+(?:this|the\s+present|as\s+follows)\b.*$"
    r"|^(?:согласились|договорились)\s+о\s+нижеследующем.*$"
    r"|^(?:sont|est)\s+convenu(?:e)?s?\s+de\s+ce\s+qui\s+suit.*$"
    r"|^ont\s+arr[êe]t[ée]\s+les\s+dispositions\s+suivantes.*$"
    r"|^han\s+(?:convenido|acordado)\s+(?:en\s+)?lo\s+siguiente.*$"
    r"|^zijn\s+(?:het\s+)?(?:volgende\s+)?overeengekomen.*$"
    r"|^(?:兹)?(?:议定|协议|协定)(?:条款)?如下.*$"
    r"|^(?:قد\s+)?اتفق(?:ت|وا)?\s+على\s+ما\s+يلي.*$",
    re.I,
)
# The clauses that close a treaty text: "IN WITNESS WHEREOF", "DONE at Vienna".
FINAL_RE = re.compile(
    r"^(?:in\s+witness\s+whereof|in\s+faith\s+whereof|done\s+at|"
    r"\[?\s*here\s+follow(?:ed|s)?\s+(?:the\s+)?signatures|"
    r"\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting|\d{1,3}(?:-?е|-?я)\s+пленарн|"
    r"\d{1,3}e\s+séance\s+plénière|\d{1,3}ª\s+sesión\s+plenaria|"
    r"в\s+удостоверение\s+чего|совершено\s+в|"
    r"en\s+foi\s+de\s+quoi|fait\s+à|en\s+testimonio\s+de\s+lo\s+cual|en\s+fe\s+de\s+lo\s+cual|"
    r"hecho\s+en|ten\s+blijke\s+waarvan|gedaan\s+te|为此|下列签署|وإثباتا\s+لذلك|حرر(?:ت)?\s+في|"
    r"و?مصادقا?\s+لما\s+تقدم|صدر\s+بمدينة)",
    re.I,
)
