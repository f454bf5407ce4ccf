"""File > Export memo…: the dialog and its choices."""
