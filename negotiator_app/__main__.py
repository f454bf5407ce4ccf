"""`python -m negotiator_app` and the `negotiator` command: the GUI by default, CLI subcommands."""

import sys

if __name__ == "__main__" and sys.argv[1:2] == ["--read-pdf-text-layer"]:
    # A packaged build has no separate Python: it reads PDFs in a child process of its own
    # executable (importers/pdf_sandbox.py), before anything else is loaded.
    from negotiator_app.importers.pdf_sandbox import child_main

    sys.exit(child_main())

from negotiator_app.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
