"""Make docs/demo-diagram.png, the README's picture of the demo process, from the demo workshop.

    .venv/bin/python tools/readme_figure.py

The picture is generated, never drawn by hand: run this again when the layout or the
renderers change, and look at the result before committing it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from werkstatt.demo import MODEL_ID, create_demo
from werkstatt.layout import ProcessGraph, layout
from werkstatt.read import model as queries
from werkstatt.render.png import to_png
from werkstatt.store.database import open_store

TARGET = Path(__file__).resolve().parent.parent / "docs" / "demo-diagram.png"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.sqlite")
        create_demo(store)
        with store.read_session() as session:
            graph = ProcessGraph.from_view(queries.model_view(session, MODEL_ID))
        store.close()
    TARGET.parent.mkdir(exist_ok=True)
    to_png(layout(graph), TARGET, width=1920)
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
