"""The one error a search can give the delegate: a query that cannot be understood."""

from negotiator_app.errors import UserError


class SearchError(UserError):
    """A query the parser rejects; str() is one clear sentence."""
