"""Small outlines built in code, for the tests of what reads them."""

from __future__ import annotations

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind, Provision


def small_outline() -> Outline:
    def article(number: str, *paragraphs: str) -> Provision:
        key = f"art-{number.replace(' ', '')}"
        children = [
            Provision(f"{key}.{i}", Kind.PARAGRAPH, str(i), text=text)
            for i, text in enumerate(paragraphs, start=1)
        ]
        return Provision(key, Kind.ARTICLE, number, f"Heading {number}", children=children)

    chapter = Provision(
        "ch-II",
        Kind.CHAPTER,
        "II",
        "Cooperation",
        children=[
            article(
                "5", "See article 6 and articles 7 to 8 bis.", "Under paragraph 1 of this article."
            ),
            article("6", "[Option 1: shall] [Option 2: may] cooperate <fully> & promptly."),
            article("7", "Text."),
            article("8 bis", "Text, as in chapter II."),
        ],
    )
    return Outline([chapter])
