"""The root of every error a user can cause and fix: str() is one clear sentence."""


class UserError(Exception):
    """A bad file, an unknown version, a query that cannot be parsed, a disk that is full..."""
