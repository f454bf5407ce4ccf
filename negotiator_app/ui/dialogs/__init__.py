"""The small dialogs: go to article, keyboard shortcuts and about, the crash report."""
