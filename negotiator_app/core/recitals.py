"""Recitals: a preamble printed as one run-on paragraph, split where each recital begins.

Some sources print the whole preamble as one paragraph ("Preamble The member States ...,
Considering that ...; Recognising ...; Convinced ... Have agreed as follows:"). Each recital of
an official text opens with a participle or adjective from a short list ("Recalling", "Noting",
"Convinced"...), capitalised, after the comma or semicolon that ended the one before: that is
where it is split.
"""

from __future__ import annotations

import re

from negotiator_app.core.label_words import CLOSER_RE

# The words recitals open with, in the languages drafts come in.
_OPENERS = [
    # English
    "Recalling", "Recognizing", "Recognising", "Noting", "Considering", "Convinced",
    "Concerned", "Deeply concerned", "Gravely concerned", "Bearing in mind", "Mindful",
    "Believing", "Desiring", "Desirous", "Determined", "Emphasizing", "Emphasising", "Stressing",
    "Reaffirming", "Affirming", "Acknowledging", "Welcoming", "Taking into account",
    "Taking into consideration", "Taking note", "Having regard", "Having considered", "Aware",
    "Conscious", "Expressing", "Underlining", "Alarmed", "Reiterating", "Guided", "Wishing",
    "Seeking", "Encouraged", "Committed", "Resolved", "Cognizant", "Realizing", "Realising",
    "Observing", "Appreciating", "Acting", "Underscoring", "Reflecting", "Whereas",
    # French
    "Rappelant", "Reconnaissant", "Notant", "Considérant", "Convaincus", "Préoccupés",
    "Soulignant", "Réaffirmant", "Tenant compte", "Ayant à l'esprit", "Conscients", "Désireux",
    "Résolus", "Prenant note", "Accueillant", "Affirmant", "Constatant", "Estimant",
    # Spanish
    "Recordando", "Reconociendo", "Observando", "Considerando", "Convencidos", "Preocupados",
    "Subrayando", "Reafirmando", "Teniendo en cuenta", "Teniendo presente", "Conscientes",
    "Deseosos", "Decididos", "Tomando nota", "Acogiendo", "Afirmando", "Destacando",
    # Russian
    "Принимая во внимание", "Признавая", "Отмечая", "Учитывая", "Будучи", "Ссылаясь",
    "Напоминая", "Подтверждая", "Вновь подтверждая", "Выражая", "Сознавая", "Желая",
    "Стремясь", "Исполненные решимости", "Руководствуясь", "Подчеркивая", "Приветствуя",
]  # fmt: skip
RECITAL_OPENER = "|".join(sorted((re.escape(w) for w in _OPENERS), key=len, reverse=True))
# A recital opener right after the punctuation that closed the recital before it.
_SPLIT_RE = re.compile(rf"(?<=[,;:])\s+(?=(?:{RECITAL_OPENER})\b)")
_STARTS_RECITAL_RE = re.compile(rf"^(?:{RECITAL_OPENER})\b")
# The closing formula run on at the end of the last recital.
_CLOSER_START_RE = re.compile(
    r"(?<=[,;:.])\s+(?=(?:Have|HAVE|Hereby|Sont|Han|Согласились|Договорились)\b)"
)


def split_run_on(text: str) -> list[str]:
    """A run-on preamble paragraph as its pieces: opener, recitals, closing formula."""
    pieces = [piece.strip() for piece in _SPLIT_RE.split(text) if piece.strip()]
    if not pieces:
        return []
    last = pieces[-1]
    for match in _CLOSER_START_RE.finditer(last):
        tail = last[match.end() :]
        if CLOSER_RE.match(tail):
            pieces[-1:] = [last[: match.start()].strip(), tail.strip()]
            break
    return [piece for piece in pieces if piece]


def starts_recital(text: str) -> bool:
    """Whether a paragraph opens like a recital ("Recalling ...", "Noting also ...")."""
    return bool(_STARTS_RECITAL_RE.match(text))
