"""The frozen program's entry point: the same ``werkstatt`` command the wheel installs."""

import os
import sys

if getattr(sys, "frozen", False) and sys.platform == "win32":
    # WeasyPrint finds Pango's DLLs in the folders this names; they ship beside the program (werkstatt.spec).
    os.environ.setdefault("WEASYPRINT_DLL_DIRECTORIES", getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)))

from werkstatt.cli import main  # after the DLL folder is set: the CLI imports WeasyPrint lazily, but be sure

if __name__ == "__main__":
    sys.exit(main())
