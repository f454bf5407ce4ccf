"""`python -m negotiator_app` and the `negotiator` command: the GUI by default, CLI subcommands."""

import sys

from negotiator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
