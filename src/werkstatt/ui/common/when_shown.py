"""Refresh a widget's data when it can be seen: at once, after the frame, or when it is shown again.

A panel behind a tab, in a closed dock or on another page of the window is not read on every
Enter: it marks itself stale and reads once when it is shown. Work that may wait until the
room has seen the new frame (the analysis) is coalesced: a burst of lines reads once, after the
last of them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs ``refresh`` for ``widget`` when asked and the widget is visible, else when it is shown.

    ``delay_ms`` > 0 defers the refresh (restarting on every request), so that it runs after the
    frame that showed the change and once for a burst of changes. ``wanted`` says when a hidden
    widget's data is needed all the same (the analysis marks the diagram with its dock closed).
    """

    def __init__(self, widget: QWidget, refresh: Callable[[], None], *, delay_ms: int = 0,
                 wanted: Callable[[], bool] = lambda: False) -> None:
        super().__init__(widget)
        self.widget = widget
        self._refresh = refresh
        self._wanted = wanted
        self.stale = False
        self._timer: QTimer | None = None
        if delay_ms > 0:
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.setInterval(delay_ms)
            self._timer.timeout.connect(self._run_if_visible)
        widget.installEventFilter(self)

    def request(self) -> None:
        """The data changed: refresh now (or soon) if the widget is seen, else once it is shown."""
        self.stale = True
        if not self._seen():
            return
        if self._timer is not None:
            self._timer.start()
        else:
            self._run()

    def now(self) -> None:
        """Refresh at once when visible (a new model was opened: no old picture should linger)."""
        self.stale = True
        if self._timer is not None:
            self._timer.stop()
        self._run_if_visible()

    def _run_if_visible(self) -> None:
        if self._seen():
            self._run()

    def _seen(self) -> bool:
        return self.widget.isVisible() or self._wanted()

    def _run(self) -> None:
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self._run()
        return False
