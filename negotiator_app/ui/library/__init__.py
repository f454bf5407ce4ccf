"""What the File menu does to the library: import a draft (also by dropping it), back it up."""
