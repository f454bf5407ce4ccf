"""Revisions in the window: the compare view, the tree's change badges, positions to review."""
