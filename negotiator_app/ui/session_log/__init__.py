"""The session log below the reader: what each delegation said, as it was said."""
