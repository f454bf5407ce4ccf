"""The left pane: which text and version, the filter box, and the article tree with its marks."""
