"""The one error an importer raises: a file it cannot read, said in one sentence."""

from negotiator_app.errors import UserError


class ImportProblem(UserError):
    """A file that cannot be imported; str() is one clear sentence for the delegate."""
