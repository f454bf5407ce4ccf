"""The overview page: where the delegation stands, chapter by chapter."""
