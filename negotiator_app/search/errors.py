"""The one error a search can give the delegate: a query that cannot be understood."""


class SearchError(Exception):
    """A query the parser rejects; str() is one clear sentence."""
