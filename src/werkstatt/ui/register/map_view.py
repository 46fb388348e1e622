"""The process map in the window: zoomable, with the library's search, usable at 20,000 processes.

The areas lie as blocks side by side, each a grid of boxes in the order the library sorts (as on
the PDF pages). There is one graphics item per product area, not per process: an area paints only
the boxes inside the exposed rectangle, and only at a zoom where they can be told apart. Zoomed out,
an area is a block with its name, its count and a bar divided by status; further in, boxes in their
status colours; further in, the names. So opening the map costs one query and a few dozen items,
whatever the size of the register.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from werkstatt.i18n import tr
from werkstatt.library import status_word
from werkstatt.library.process_map import STATUS_COLOURS, MapEntry, area_title, by_area, map_entries
from werkstatt.library.search import ProcessQuery, find_processes
from werkstatt.model import PROCESS_STATUSES
from werkstatt.render.fonts import register_qt
from werkstatt.store.database import Store
from werkstatt.ui.common.background import BackgroundTask

BOX_WIDTH = 160.0
BOX_HEIGHT = 56.0
GAP = 8.0
TITLE = 90.0  # the band with the area's name above its boxes
PAD = 40.0
BOXES_FROM = 0.12  # zoom from which boxes are drawn instead of the area's summary
NAMES_FROM = 0.45  # zoom from which the boxes carry their names
HIGHLIGHT = QColor("#e6550d")  # orange: stands out from the blue status scale for every kind of colour vision


@dataclass(frozen=True)
class AreaBlock:
    """Where one area's boxes go: ``columns`` wide, from the top left corner of ``rect``."""

    area: str
    entries: tuple[MapEntry, ...]
    columns: int
    rect: QRectF

    def box(self, index: int) -> QRectF:
        row, column = divmod(index, self.columns)
        return QRectF(self.rect.left() + PAD + column * (BOX_WIDTH + GAP),
                      self.rect.top() + TITLE + row * (BOX_HEIGHT + GAP), BOX_WIDTH, BOX_HEIGHT)

    def index_at(self, point: QPointF) -> int | None:
        """The entry whose box holds ``point``, None for the gaps and the title."""
        x = point.x() - self.rect.left() - PAD
        y = point.y() - self.rect.top() - TITLE
        if x < 0 or y < 0:
            return None
        column, row = int(x // (BOX_WIDTH + GAP)), int(y // (BOX_HEIGHT + GAP))
        if column >= self.columns or x - column * (BOX_WIDTH + GAP) > BOX_WIDTH \
                or y - row * (BOX_HEIGHT + GAP) > BOX_HEIGHT:
            return None
        index = row * self.columns + column
        return index if index < len(self.entries) else None

    def indices_in(self, rect: QRectF) -> list[int]:
        """The entries whose boxes meet ``rect``, found by arithmetic: no search through 20,000 boxes."""
        top = max(0, int((rect.top() - self.rect.top() - TITLE) // (BOX_HEIGHT + GAP)))
        bottom = int((rect.bottom() - self.rect.top() - TITLE) // (BOX_HEIGHT + GAP))
        left = max(0, int((rect.left() - self.rect.left() - PAD) // (BOX_WIDTH + GAP)))
        right = min(self.columns - 1, int((rect.right() - self.rect.left() - PAD) // (BOX_WIDTH + GAP)))
        count = len(self.entries)
        return [index for row in range(top, bottom + 1) for index in
                range(row * self.columns + left, min(count, row * self.columns + right + 1))]


def lay_out(entries: list[MapEntry]) -> list[AreaBlock]:
    """Areas as roughly square blocks, placed in rows (shelves) as wide as the whole map is tall."""
    groups = by_area(entries)
    sizes: list[tuple[str, list[MapEntry], int, float, float]] = []
    for area, members in groups.items():
        columns = max(2, math.ceil(math.sqrt(len(members) * (BOX_HEIGHT + GAP) / (BOX_WIDTH + GAP))))
        rows = math.ceil(len(members) / columns)
        sizes.append((area, members, columns, 2 * PAD + columns * (BOX_WIDTH + GAP) - GAP,
                      TITLE + PAD + rows * (BOX_HEIGHT + GAP)))
    shelf = max([math.sqrt(sum(w * h for *_rest, w, h in sizes) * 1.6) * 1.1] + [w for *_rest, w, _h in sizes])
    blocks: list[AreaBlock] = []
    x = y = row_height = 0.0
    for area, members, columns, width, height in sizes:
        if x > 0 and x + width > shelf:
            x, y, row_height = 0.0, y + row_height + 2 * GAP, 0.0
        blocks.append(AreaBlock(area, tuple(members), columns, QRectF(x, y, width, height)))
        x += width + 2 * GAP
        row_height = max(row_height, height)
    return blocks


class AreaItem(QGraphicsItem):
    """One product area; paints its summary or the boxes in view, as the zoom allows."""

    def __init__(self, block: AreaBlock, family: str) -> None:
        super().__init__()
        self.block = block
        self.family = family
        self.matches: set[int] = set()
        self.painted = 0  # boxes drawn by the last paint (the tests and the benchmark read it)
        self.painted_names = 0
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        counts: dict[str, int] = {}
        for entry in block.entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        self.by_status = counts
        self.brushes: dict[str, QBrush] = {}

    def boundingRect(self) -> QRectF:
        return self.block.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        self.painted = self.painted_names = 0
        rect = self.block.rect
        painter.setPen(QPen(QColor("#555555"), 2 / max(lod, 0.01)))
        painter.setBrush(QBrush(QColor("#fafafa")))
        painter.drawRoundedRect(rect, 12, 12)
        if lod < BOXES_FROM:
            self.paint_summary(painter)
            return
        painter.setPen(QColor("#000000"))
        painter.setFont(self.font(28, bold=True))
        painter.drawText(QRectF(rect.left() + PAD, rect.top() + 20, rect.width() - 2 * PAD, TITLE - 30),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{area_title(self.block.area)} ({len(self.block.entries)})")
        names = lod >= NAMES_FROM
        name_font, detail_font = self.font(11, bold=True), self.font(9)
        detail_metrics = QFontMetricsF(detail_font)
        thin, thick = QPen(QColor("#333333"), 1), QPen(HIGHLIGHT, 5)
        dashed = QPen(QColor("#333333"), 1.5, Qt.PenStyle.DashLine)
        # Thousands of small boxes when zoomed out: square corners without antialiasing draw several times faster.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, names)
        for index in self.block.indices_in(option.exposedRect):
            entry = self.block.entries[index]
            box = self.block.box(index)
            fill, ink = STATUS_COLOURS.get(entry.status, ("#ffffff", "#000000"))
            painter.setBrush(self.brushes.get(fill) or self.brushes.setdefault(fill, QBrush(QColor(fill))))
            painter.setPen(thick if index in self.matches else dashed if entry.is_library else thin)
            self.painted += 1
            if not names:
                painter.drawRect(box)
                continue
            painter.drawRoundedRect(box, 6, 6)
            self.painted_names += 1
            painter.setPen(QColor(ink))
            inner = box.adjusted(6, 4, -6, -4)
            painter.setFont(name_font)
            painter.drawText(inner.adjusted(0, 0, 0, -14), Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignTop, entry.name)
            detail = status_word(entry.status) + (f" · {entry.lead_short_name}" if entry.lead_short_name else "")
            painter.setFont(detail_font)
            painter.drawText(QPointF(inner.left(), inner.bottom() - 2),
                             detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, inner.width()))

    def paint_summary(self, painter: QPainter) -> None:
        """Zoomed out: the area's name, count and status bar, in screen pixels so that they stay readable."""
        device = painter.worldTransform().mapRect(self.block.rect).adjusted(4, 3, -4, -3)
        painter.save()
        painter.resetTransform()
        painter.setClipRect(device)  # a small area's words must not run into its neighbour
        pixels = int(max(9, min(15, device.height() / 5)))
        title = self.font(0, bold=True)
        title.setPixelSize(pixels)
        line = QFontMetricsF(title).lineSpacing()
        painter.setPen(QColor("#000000"))
        painter.setFont(title)
        painter.drawText(QRectF(device.left(), device.top(), device.width(), 2 * line),
                         Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft, area_title(self.block.area))
        plain = self.font(0)
        plain.setPixelSize(pixels)
        painter.setFont(plain)
        count = tr("ProcessMapView", "Processes: {count}", count=len(self.block.entries))
        if self.matches:
            count += " · " + tr("ProcessMapView", "found: {count}", count=len(self.matches))
        painter.drawText(QPointF(device.left(), device.top() + 3 * line), count)
        bar = QRectF(device.left(), device.top() + 3.5 * line, device.width(), line)
        left = bar.left()
        painter.setPen(Qt.PenStyle.NoPen)
        for status in PROCESS_STATUSES:
            part = bar.width() * self.by_status.get(status, 0) / max(1, len(self.block.entries))
            painter.setBrush(QColor(STATUS_COLOURS[status][0]))
            painter.drawRect(QRectF(left, bar.top(), part, bar.height()))
            left += part
        painter.setPen(QPen(HIGHLIGHT, 3) if self.matches else QPen(QColor("#333333"), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(bar)
        painter.restore()

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(max(size, 1.0))
        font.setBold(bold)
        return font


class MapCanvas(QGraphicsView):
    """The scene in a view that zooms with the wheel, drags with the mouse and reports double-clicks."""

    processDoubleClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.areas: list[AreaItem] = []
        self.whole = True  # showing the whole map: a resize fits it again, until the user zooms

    def show_whole(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.whole = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.whole:
            self.show_whole()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.whole = False
        wanted = min(4.0, max(0.005, self.zoom() * factor))
        self.scale(wanted / self.zoom(), wanted / self.zoom())

    def wheelEvent(self, event) -> None:
        self.zoom_by(1.25 ** (event.angleDelta().y() / 120))
        event.accept()

    def entry_at(self, point: QPointF) -> MapEntry | None:
        for item in self.areas:
            if item.block.rect.contains(point):
                index = item.block.index_at(point)
                return item.block.entries[index] if index is not None else None
        return None

    def mouseDoubleClickEvent(self, event) -> None:
        entry = self.entry_at(self.mapToScene(event.position().toPoint()))
        if entry is not None and self.zoom() >= BOXES_FROM:
            self.processDoubleClicked.emit(entry.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


_LOADERS: set[BackgroundTask] = set()


class ProcessMapView(QWidget):
    """The zoomable process map with a search field; double-click on a box asks to open that process."""

    openProcessRequested = Signal(str)  # a process id
    matchesChanged = Signal(int)  # how many processes the search found (0 for no or an empty search)
    loaded = Signal(int)  # the map is drawn, with this many processes

    def __init__(self, store: Store, parent: QWidget | None = None, *, background: bool = True) -> None:
        super().__init__(parent)
        self.store = store
        self.family = register_qt()
        self.setWindowTitle(tr("ProcessMapView", "Process map"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("ProcessMapView", "Find processes on the map…"))
        self.search.setAccessibleName(tr("ProcessMapView", "Search the process map"))
        self.search.setClearButtonEnabled(True)
        self.found = QLabel()
        self.fit_button = QPushButton(tr("ProcessMapView", "&Whole map"))
        # In a dialog a push button is "auto default": Enter in the search field (next match) would also
        # press it and show the whole map again.
        self.fit_button.setAutoDefault(False)
        self.canvas = MapCanvas()
        self.canvas.setAccessibleName(tr("ProcessMapView", "Process map grouped by product area"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.found)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)  # search when the typing pauses, not at every key
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self.next_match)
        self.fit_button.clicked.connect(self.show_all)
        self.canvas.processDoubleClicked.connect(self.openProcessRequested)
        self.positions: dict[str, tuple[AreaItem, int]] = {}
        self.matched: list[str] = []
        self.current = -1
        self.loader: BackgroundTask | None = None
        self.reload(background=background)

    def reload(self, *, background: bool = True) -> None:
        """Read the processes again (one query) and lay the map out afresh.

        In the background by default: at 20,000 processes the query takes a second or two, and the
        window should show at once (with "loading…") rather than wait for it.
        """
        if not background:
            with self.store.reading() as session:
                self.set_entries(map_entries(session))
            return
        if self.loader is not None:
            return  # already loading; the result will be current enough
        self.found.setText(tr("ProcessMapView", "Loading the map…"))
        store = self.store

        def read(_progress, _cancelled) -> list[MapEntry]:
            with store.reading() as session:  # its own session, in the loader's thread
                return map_entries(session)

        # Without a parent, kept in _LOADERS until it ends: a view closed and deleted while it loads
        # must not take a running thread down with it (Qt aborts the process then).
        loader = self.loader = BackgroundTask(read)
        _LOADERS.add(loader)
        loader.succeeded.connect(self.set_entries)
        loader.failed.connect(self.found.setText)
        loader.finished.connect(self._loaded)
        loader.finished.connect(lambda: _LOADERS.discard(loader))
        loader.finished.connect(loader.deleteLater)
        loader.start()

    def _loaded(self) -> None:
        self.loader = None

    def closeEvent(self, event) -> None:
        if self.loader is not None:  # a thread must not outlive its widget
            self.loader.wait()
        super().closeEvent(event)

    def set_entries(self, entries: list[MapEntry]) -> None:
        # An empty register would otherwise show a blank canvas with no word why (seen under Xvfb).
        self.found.setText("" if entries else tr("ProcessMapView", "The register has no processes yet."))
        scene = self.canvas.scene()
        scene.clear()
        self.canvas.areas = []
        self.positions = {}
        for block in lay_out(entries):
            item = AreaItem(block, self.family)
            scene.addItem(item)
            self.canvas.areas.append(item)
            for index, entry in enumerate(block.entries):
                self.positions[entry.id] = (item, index)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-GAP, -GAP, GAP, GAP))
        self.matched = []
        self.show_all()
        if self.search.text().strip():
            self.run_search()
        self.loaded.emit(len(entries))

    def show_all(self) -> None:
        self.canvas.show_whole()

    def run_search(self) -> None:
        """Highlight what the library's search finds and bring it into view."""
        self.timer.stop()
        text = self.search.text().strip()
        for item in self.canvas.areas:
            item.matches = set()
        self.matched = []
        if text:
            with self.store.reading() as session:
                hits = find_processes(session, ProcessQuery(text=text))
            for hit in hits:
                place = self.positions.get(hit.id)
                if place is not None:
                    place[0].matches.add(place[1])
                    self.matched.append(hit.id)
        self.current = -1
        self.found.setText(tr("ProcessMapView", "found: {count}", count=len(self.matched)) if text else "")
        for item in self.canvas.areas:
            item.update()
        self.matchesChanged.emit(len(self.matched))
        if len(self.matched) == 1:
            self.next_match()
        elif self.matched:
            self.canvas.fitInView(self.matches_rect(), Qt.AspectRatioMode.KeepAspectRatio)
            self.canvas.whole = False

    def matches_rect(self) -> QRectF:
        rect = QRectF()
        for process_id in self.matched:
            item, index = self.positions[process_id]
            rect = rect.united(item.block.box(index))
        return rect.adjusted(-BOX_WIDTH, -BOX_HEIGHT, BOX_WIDTH, BOX_HEIGHT)

    def next_match(self) -> None:
        """Enter in the search field: the next match, close enough to read its name."""
        if not self.matched:
            return
        self.current = (self.current + 1) % len(self.matched)
        item, index = self.positions[self.matched[self.current]]
        box = item.block.box(index)
        self.canvas.fitInView(box.adjusted(-3 * BOX_WIDTH, -4 * BOX_HEIGHT, 3 * BOX_WIDTH, 4 * BOX_HEIGHT),
                              Qt.AspectRatioMode.KeepAspectRatio)
        self.canvas.whole = False
        if self.canvas.zoom() < NAMES_FROM:
            self.canvas.zoom_by(NAMES_FROM / self.canvas.zoom())
        self.canvas.centerOn(box.center())

    def box_of(self, process_id: str) -> QRectF | None:
        """Where a process lies in the scene (None if it is not on the map)."""
        place = self.positions.get(process_id)
        return place[0].block.box(place[1]) if place else None
