"""The right pane: the delegation's position on the provision being read, saving itself."""
