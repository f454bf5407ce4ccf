"""Importers: one module per format, each turning a file into a core Document."""

from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.formats import import_file

__all__ = ["ImportProblem", "import_file"]
