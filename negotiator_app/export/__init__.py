"""The delegation's positions as a Word memo (python-docx, styled by a template), Markdown or CSV.

selection picks the provisions and notes (reading the library), then memo or positions writes
the file (no library access, so it can run in a worker thread). Nothing here imports Qt.
"""
