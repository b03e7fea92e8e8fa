"""`python -m coopviewer.bench [--size small|large] [--json FILE] [--md FILE]`."""

import multiprocessing

from coopviewer.bench.run import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    raise SystemExit(main())
