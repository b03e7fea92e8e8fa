"""`python -m coopviewer` behaves exactly as the `coopviewer` command."""

import multiprocessing
import sys

from coopviewer.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
