"""PyInstaller entry point: freeze_support first (the ingest pool spawns workers), then the CLI."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from coopviewer.cli import main

    sys.exit(main())
