"""The pure-Python domain: provision tree, numbering, structurer, brackets, diff."""
