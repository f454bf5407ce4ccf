"""The one error an importer raises: a file it cannot read, said in one sentence."""


class ImportProblem(Exception):
    """A file that cannot be imported; str() is one clear sentence for the delegate."""
