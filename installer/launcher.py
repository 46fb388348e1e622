"""The frozen program's entry point: the same ``werkstatt`` command the wheel installs."""

import sys

from werkstatt.cli import main

if __name__ == "__main__":
    sys.exit(main())
