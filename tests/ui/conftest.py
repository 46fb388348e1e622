"""What the window tests share: their widgets collected while the QApplication lives, a widget shown active."""

from __future__ import annotations

import gc
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request):
    """Collect a test's widgets while the QApplication is alive, not at interpreter exit.

    Python wrappers of Qt objects that a window left in reference cycles are otherwise freed by
    the garbage collection at pytest's exit, after Qt has torn down, and that crashed the process
    (a segmentation fault after every test had passed).
    """
    yield
    gc.collect()


@pytest.fixture
def show_active(qtbot) -> Callable[..., QWidget]:
    """Show a widget as the user gets it: ``show_active(widget, size=(w, h))`` → the widget, exposed and the
    active window, so that its shortcuts work (the offscreen platform activates only when asked)."""

    def show(widget: QWidget, size: tuple[int, int] | None = None) -> QWidget:
        qtbot.addWidget(widget)
        if size is not None:
            widget.resize(*size)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
        return widget

    return show


@pytest.fixture
def show_main_window(qtbot) -> Callable[..., QWidget]:
    """``show_main_window(workspace, size=(w, h))`` → the main window with the default catalogue, shown and
    active (the offscreen platform activates a window only when its handle asks)."""
    from werkstatt.capture import catalogue
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings

    def show(workspace, size: tuple[int, int] | None = None) -> MainWindow:
        main = MainWindow(workspace, Settings(), catalogue.load_default())
        qtbot.addWidget(main)
        if size is not None:
            main.resize(*size)
        with qtbot.waitActive(main):
            main.show()
            main.windowHandle().requestActivate()
        return main

    return show
