"""An encrypted library in the workbench: the passphrase at start, the lock when idle, and
turning encryption on or off."""
