"""Screenshots of the console and the projector for the README, taken from a real X server.

    python tools/screenshots.py docs/            # starts its own Xvfb, 3840×1080, and quits it
    python tools/screenshots.py --lang en docs/

The demo workshop is created in a temporary database; a few lines are typed into the capture
line as a facilitator would, a step is selected, the projector is switched on, and then the
whole X screen is grabbed, plus each window.

Xvfb cannot split its screen into two RandR monitors, so Qt sees one screen: the projector
opens as its single-screen preview, which the script places on the right half at 1920×1080,
where a projector's picture would be. The full-screen placement on a real second screen is
tested on the offscreen platform (tests/ui/projector/test_controller.py).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def start_server() -> subprocess.Popen:
    """An X server as wide as a laptop screen and a projector side by side."""
    display = ":93"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "3840x1080x24", "-nolisten", "tcp"],
                              stderr=subprocess.DEVNULL)
    os.environ["DISPLAY"] = display
    time.sleep(1.5)
    return server


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="de")
    args = parser.parse_args(argv)
    server = start_server()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return shoot(args.out, args.lang)
    finally:
        server.terminate()


def open_demo_window(folder: Path, language: str):
    """The facilitator's window on the demo workshop in a new database in ``folder``, full-HD sized."""
    from werkstatt import i18n
    from werkstatt.capture import catalogue
    from werkstatt.demo import MODEL_ID, WORKSHOP_ID, create_demo
    from werkstatt.render import fonts
    from werkstatt.store.database import open_store
    from werkstatt.ui.app import install_translators, make_application
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings
    from werkstatt.ui.workspace import Workspace

    Settings.use_folder(folder)
    app = make_application()
    i18n.set_language(language)
    install_translators(app, i18n.language())
    fonts.register_qt()
    store = open_store(folder / "demo.sqlite")
    create_demo(store)
    workspace = Workspace(store)
    window = MainWindow(workspace, Settings(), catalogue.load_default())
    window.setGeometry(0, 0, 1920, 1080)
    window.show()
    window.open_workshop(WORKSHOP_ID)
    window.open_model(MODEL_ID)
    return app, store, workspace, window


def shoot(out: Path, language: str) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    folder = Path(tempfile.mkdtemp(prefix="werkstatt-shots-"))
    _app, store, workspace, window = open_demo_window(folder, language)
    settle()
    steps = {s["label"]: s["id"] for s in workspace.view().steps}
    workspace.select_step(steps["Vorgang abschließen und ablegen"])
    window.capture.start_insert()  # Ctrl+I: the room remembers a step that was missing
    window.capture.submit("Statistik an das Land melden (5 min) [Dokument/Information versenden]")
    window.capture.cancel()
    window.capture.submit("! Doppelerfassung: Die Statistik wird von Hand aus dem Fachverfahren übertragen")
    window.capture.line.setText("Fahrerlaubnisbehörde EN-Kreis: Rückfragen beantw")
    workspace.select_step(steps["Antrag formell prüfen"])
    window.view.fit()
    window.projector.show_action.setChecked(True)
    settle(500)
    window.projector.window.setGeometry(1920, 0, 1920, 1080)
    settle(1500)
    window.projector.refresh_thumbnail(force=True)
    settle(600)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if language == "de" else f"-{language}"
    root = QGuiApplication.primaryScreen().grabWindow(0)  # the whole X screen: both monitors
    root.save(str(out / f"screen{suffix}.png"))
    window.grab().save(str(out / f"console{suffix}.png"))
    window.projector.window.grab().save(str(out / f"projector{suffix}.png"))
    shoot_voting(window, workspace, out, suffix, settle)
    window.analysis_panel.highlight_handovers_action.setChecked(True)
    window.analysis_panel.highlight_media_breaks_action.setChecked(True)
    window.analysis_dock.raise_()
    settle(600)
    window.grab().save(str(out / f"console-analysis{suffix}.png"))
    print(f"screens: {[s.name() for s in QGuiApplication.screens()]}; projector on "
          f"{window.projector.window.screen().name()}, full screen {window.projector.window.isFullScreen()}")
    window.close()
    window.deleteLater()
    settle(300)
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


def shoot_voting(window, workspace, out: Path, suffix: str, settle) -> None:
    """The demo's dot vote reopened (the room sees only who is done), then revealed, then its heat."""
    from werkstatt.demo import ROUND_ID
    from werkstatt.edits.voting import reopen_round, reveal_round
    from werkstatt.voting.results import tally
    from werkstatt.voting.rounds import read_round

    workspace.apply(reopen_round(ROUND_ID))
    workspace.select_round(ROUND_ID)
    window.focus_votes()
    window.projector.set_mode("vote")
    settle(800)
    window.grab().save(str(out / f"console-vote{suffix}.png"))
    window.projector.window.grab().save(str(out / f"projector-vote-open{suffix}.png"))
    workspace.apply(reveal_round(ROUND_ID))
    settle(800)
    window.projector.window.grab().save(str(out / f"projector-vote-revealed{suffix}.png"))
    window.projector.set_mode("diagram")
    with workspace.reading() as session:
        top = tally(read_round(session, ROUND_ID)).items[0]
    workspace.select_step(top.step_id)  # the room looks at the step with the most dots
    settle(800)
    window.projector.window.grab().save(str(out / f"projector-heat{suffix}.png"))
    window.view.fit()
    settle(300)
    window.grab().save(str(out / f"console-heat{suffix}.png"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
