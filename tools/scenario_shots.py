"""Pictures of a first real workshop (not the demo), taken on a real X server with a window manager.

    python tools/scenario_shots.py OUT [--size 1920x1080]

It runs tests/ui/test_scenario_workshop.py — a workshop "Gewerbeanmeldung" prepared and run from
an empty database with the keyboard alone — on Xvfb with openbox, and the test saves the window
at each stage into OUT: the workshop page, the caught lane typo, the console, the vote, the
projector in detail and overview, the analysis, and every page of the protocol (60 dpi). The
README's pictures come from here; tools/screenshots.py still shows the demo.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1920x1080", help="the X screen and the window, e.g. 1366x768")
    args = parser.parse_args(argv)
    display = ":94"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{args.size}x24", "-nolisten", "tcp"],
                              stderr=subprocess.DEVNULL)
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "WERKSTATT_SHOTS": str(args.out.resolve()), "WERKSTATT_SHOTS_SIZE": args.size}
    time.sleep(1.0)
    manager = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "tests/ui/test_scenario_workshop.py"], cwd=ROOT, env=env).returncode
    finally:
        manager.terminate()
        server.terminate()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
