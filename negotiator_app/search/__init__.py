"""Full-text search over the library: a whoosh index that is a cache of the SQLite library."""

from negotiator_app.search.errors import SearchError
from negotiator_app.search.index import SearchIndex
from negotiator_app.search.results import Hit, SearchResults

__all__ = ["Hit", "SearchError", "SearchIndex", "SearchResults"]
