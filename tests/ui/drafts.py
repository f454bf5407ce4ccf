"""Made-up drafts for the GUI tests: as long as needed, in the shape of a real convention."""

from __future__ import annotations


def long_draft(articles: int, paragraphs: int = 4, title: str = "Synthetic Convention") -> str:
    """A draft with chapters of 25 articles, each with numbered paragraphs and a bracket."""
    lines = [f"Draft {title} (test text)", "", "Preamble", "", "The States Parties,", ""]
    lines += ["Have agreed as follows:", ""]
    for n in range(1, articles + 1):
        if n % 25 == 1:
            lines += [f"Chapter {n // 25 + 1}", f"Matters {n} to {n + 24}", ""]
        lines += [f"Article {n}", f"Matter {n}", ""]
        for p in range(1, paragraphs + 1):
            lines.append(
                f"{p}. Each State Party shall take measures on matter {n}.{p} "
                f"[, where appropriate,] in line with article {max(1, n - 1)}."
            )
            lines.append("")
    return "\n".join(lines)
