"""``python -m fitcerts``: the same command line as ``fitcerts``."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
