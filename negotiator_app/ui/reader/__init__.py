"""The centre: the article as the delegate reads it, and back and forward through what was read."""
