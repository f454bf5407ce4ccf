"""The desktop workbench (PySide6): the only package that imports Qt."""
