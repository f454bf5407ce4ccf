"""Search as you type: the box, the results page, and the thread that owns the index."""
