"""The Precedents tab, its background updates, and what the reader and the tree mark from them."""
