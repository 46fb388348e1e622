"""The quick-entry line (type-ahead for lanes and building blocks, Tab to accept, paste of many lines)
and the feedback line below it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QStandardItem,
    QStandardItemModel,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSizePolicy, QWidget

from werkstatt.capture.catalogue import Catalogue
from werkstatt.capture.completion import Completion, Suggestion, accept, colon_starts_lane, complete
from werkstatt.i18n import tr
from werkstatt.ui.common.roles import TEXT_ROLE


class CaptureLine(QLineEdit):
    """One line of quick entry. Enter submits; the panel decides what the line means."""

    submitted = Signal(str)
    pasted = Signal(str)  # several lines at once
    navigate = Signal(int)  # -1 / +1: select the previous / next step
    cancelled = Signal()

    def __init__(self, lanes: Callable[[], Sequence[str]], catalogue: Catalogue | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lanes = lanes
        self.catalogue = catalogue
        self.setAccessibleName(tr("CaptureLine", "Quick entry"))
        self.setPlaceholderText(tr("CaptureLine", "Lane: step text (10 min) [building block] — Enter stores"))
        self.setMaxLength(2000)
        self._model = QStandardItemModel(self)
        self._completion: Completion | None = None
        self._auto_space = False
        # Asked first on Tab; True when it used the key (the panel's lane question takes its suggestion).
        self.tab_hook: Callable[[], bool] | None = None
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCompletionRole(TEXT_ROLE)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.activated.connect(self._take)
        self.textEdited.connect(self._suggest)

    # --- completion --------------------------------------------------------------------------

    def popup_visible(self) -> bool:
        return self.completer_.popup().isVisible()

    def suggestions(self) -> list[str]:
        return [s.text for s in self._completion.suggestions] if self._completion else []

    def _suggest(self) -> None:
        self._completion = complete(self.text(), self.cursorPosition(), self._lanes(), self.catalogue)
        if self._completion is None or not self._completion.suggestions:
            self._completion = None
            self.completer_.popup().hide()
            return
        self._model.clear()
        for suggestion in self._completion.suggestions:
            shown = f"{suggestion.text}   · {suggestion.detail}" if suggestion.detail else suggestion.text
            item = QStandardItem(shown)
            item.setData(suggestion.text, TEXT_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        rect = self.cursorRect()
        rect.setWidth(max(320, self.width() // 2))
        self.completer_.complete(rect)

    def _take(self, text: str) -> None:
        if self._completion is None:
            return
        chosen = next((s for s in self._completion.suggestions if s.text == text), Suggestion(text))
        line, cursor = accept(self.text(), self._completion, chosen)
        self._auto_space = self._completion.kind == "lane"  # "Lane: " is complete, space included
        self._completion = None
        self.completer_.popup().hide()
        self.setText(line)
        self.setCursorPosition(cursor)

    def accept_first(self) -> bool:
        """Take the highlighted suggestion, or the first: what Tab does."""
        if self._completion is None:
            self._suggest()
        if self._completion is None:
            return False
        index = self.completer_.popup().currentIndex()
        row = index.row() if index.isValid() else 0
        self._take(self._completion.suggestions[row].text)
        return True

    # --- keys --------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus; here it takes a suggestion, as in a shell.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Tab and not event.modifiers():
            if self.tab_hook is None or not self.tab_hook():
                self.accept_first()
            return True
        # With nothing typed, Ctrl+Z and Ctrl+Y undo the last entry, not the line's (empty) text.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and not self.text() \
                and any(event.matches(key) for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            if "\n" in text.strip("\n"):
                self.pasted.emit(text)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.completer_.popup().hide()
            self.submitted.emit(self.text())
            return
        if key == Qt.Key.Key_Escape:
            self.completer_.popup().hide()
            self.cancelled.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.popup_visible() \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.navigate.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        auto_space, self._auto_space = self._auto_space, False
        if event.text() == ":" and colon_starts_lane(self.text(), self.cursorPosition()):
            # "Lane:" always needs the space the syntax asks for; one key instead of two.
            self.insert(": ")
            self.completer_.popup().hide()
            self._auto_space = True
            return
        if event.text() == " " and auto_space:
            return  # the space was typed by habit after the colon: it is there already
        super().keyPressEvent(event)


class FeedbackLine(QLabel):
    """What the last entry did, always two lines high, so that the step list below never moves.

    A sentence that switched the label between one and two lines shifted the list under the
    mouse, and a click landed on the neighbouring step (issue 17). Longer text is cut after the
    second line with "…"; the tooltip then holds all of it. ``text()`` is always the whole text.
    """

    LINES = 2

    def __init__(self, parent: QWidget | None = None, copyable: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # typed text is shown as typed, never as markup
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Ignored: a long sentence neither widens the panel nor asks for more height.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        # Copy through the context menu instead of mouse selection: a selectable label lays out its
        # text document after the frame, and that painted the console a second time at every Enter.
        self.copy_action = QAction(tr("FeedbackLine", "Copy message"), self)
        self.copy_action.triggered.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        self.copy_action.setEnabled(False)  # nothing said yet: an empty copy would wipe the clipboard
        self._shown_key: tuple | None = None
        self._shown: list[str] | None = None
        if copyable:
            self.addAction(self.copy_action)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._fit_height()

    def _fit_height(self) -> None:
        # The error style is bold: reserve the taller of the two, so switching style moves nothing.
        bold = QFont(self.font())
        bold.setBold(True)
        spacing = max(self.fontMetrics().lineSpacing(), QFontMetrics(bold).lineSpacing())
        margins = self.contentsMargins()
        self.setFixedHeight(self.LINES * spacing + margins.top() + margins.bottom())

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()
        self.copy_action.setEnabled(bool(text))

    def clear(self) -> None:
        super().clear()
        self._update_tooltip()
        self.copy_action.setEnabled(False)

    def shown_lines(self) -> list[str] | None:
        """The lines as painted when the text is cut, or None when it fits (QLabel paints it itself)."""
        # Asked at every Enter and at every paint (twice a frame): measured once per text, width and font.
        key = (self.text(), self.contentsRect().width(), self.font())
        if key != self._shown_key:
            self._shown = self._cut_lines(key[0], key[1])
            self._shown_key = key
        return self._shown

    def _cut_lines(self, text: str, width: int) -> list[str] | None:
        if not text or width <= 0:
            return None
        if "\n" not in text and self.fontMetrics().horizontalAdvance(text) <= width:
            return None  # one line that fits: no layout needed (this runs at every Enter and paint)
        layout = QTextLayout(text, self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel wraps
        layout.setTextOption(option)
        starts: list[int] = []
        layout.beginLayout()
        while len(starts) <= self.LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= self.LINES:
            return None
        kept = [text[starts[row]:starts[row + 1]].rstrip() for row in range(self.LINES - 1)]
        last = " ".join(text[starts[self.LINES - 1]:].split())
        return [*kept, self.fontMetrics().elidedText(last, Qt.TextElideMode.ElideRight, width)]

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.shown_lines() is not None else "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self._update_tooltip()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        lines = self.shown_lines()
        if lines is None:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect, metrics = self.contentsRect(), self.fontMetrics()
        for row, line in enumerate(lines):
            painter.drawText(rect.left(), rect.top() + metrics.ascent() + row * metrics.lineSpacing(), line)
        painter.end()
