"""The projector's diagram page: the console's scene, scaled for the back row, following the selection.

When the text at the room's minimum size no longer lets the whole diagram fit, the view keeps
the text readable and follows the selected step instead. The lane headers at the left end of
the bands then scroll out of sight, so the view pins a strip with the lane names to the left
edge of the picture (``werkstatt.render.room.lane_strip`` decides what it shows).

While following, a small map of the whole process in the top right corner frames the part shown
(``werkstatt.ui.projector.overview.ProcessMap``), so the room knows where in the process it is.

After a dot vote is revealed, a panel at the right edge lists the top items beside the diagram
(``TopItemsPanel``) while the scene shows the vote badges the panel explains. The panel takes its
width from the view's viewport, so the diagram is fitted (or followed) in the space left of it
and the panel never covers a box.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsView, QWidget

from werkstatt.i18n import tr
from werkstatt.layout.geometry import Rect
from werkstatt.layout.swimlane import STYLE
from werkstatt.render import fonts
from werkstatt.render.qt import DiagramScene
from werkstatt.render.room import THEME, StripLabel, projection_scale
from werkstatt.render.room_overview import map_size
from werkstatt.ui.common.lane_strip import STRIP_EDGE_PX, paint_strip, strip_labels
from werkstatt.ui.projector.overview import ProcessMap
from werkstatt.ui.projector.pages import make_inert
from werkstatt.voting.display import TopItem

FIT_MARGIN = 0.96  # a little white around a fitted diagram
PANEL_EM = 11.0  # the top list's width in its font's ems: a pain point's text wraps into a few lines
PANEL_FONT_SHARE = 1 / 30  # the list's font follows the picture's height, never below the room's minimum
PANEL_MAX_SHARE = 0.3  # of the picture's width at most: the diagram keeps the larger part
WRAP = int(Qt.TextFlag.TextWordWrap)


class TopItemsPanel(QWidget):
    """The leaders of the latest revealed dot vote, painted at the right edge of the projected diagram."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: tuple[TopItem, ...] = ()
        self.font_px = 29  # at least the room's minimum (set by the view)
        self.hidden_rows = 0

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(THEME.background))
        painter.fillRect(QRectF(0, 0, STRIP_EDGE_PX, self.height()), QColor(THEME.accent))
        size = self.font_px
        family = fonts.register_qt()
        main, bold = QFont(family), QFont(family)
        main.setPixelSize(size)
        bold.setPixelSize(size)
        bold.setBold(True)
        pad = size * 0.6
        x, y, width = STRIP_EDGE_PX + pad, pad, self.width() - STRIP_EDGE_PX - 2 * pad
        bottom = self.height() - pad
        painter.setPen(QColor(THEME.text))
        y = self._text(painter, bold, x, y, width, tr("TopItemsPanel", "Most dots"), size * 0.4)
        key = tr("TopItemsPanel", "The number on a marker: its dots")
        key_h = _height(main, width, key)
        number_w = QFontMetrics(bold).horizontalAdvance("0.") + size * 0.35
        self.hidden_rows = 0
        for index, item in enumerate(self.items):
            text_w = width - number_w
            text_h = _height(main, text_w, item.label)
            dots = tr("TopItemsPanel", "{n} dots", n=item.total_text) if item.total != 1 \
                else tr("TopItemsPanel", "1 dot")
            row_h = text_h + _height(bold, text_w, dots) + size * 0.5
            if y + row_h + key_h + (size * 1.3 if index < len(self.items) - 1 else 0) > bottom and index > 0:
                self.hidden_rows = len(self.items) - index
                painter.setPen(QColor(THEME.muted))
                y = self._text(painter, main, x, y, width,
                               tr("TopItemsPanel", "… and {n} more", n=self.hidden_rows), size * 0.3)
                break
            painter.setPen(QColor(THEME.text))
            painter.setFont(bold)
            painter.drawText(QRectF(x, y, number_w, size * 1.3), Qt.AlignmentFlag.AlignLeft, item.rank_label)
            y = self._text(painter, main, x + number_w, y, text_w, item.label, 0)
            y = self._text(painter, bold, x + number_w, y, text_w, dots, 0.5)
        painter.setPen(QColor(THEME.muted))
        self._text(painter, main, x, max(y, bottom - key_h), width, key)

    @staticmethod
    def _text(painter: QPainter, font: QFont, x: float, y: float, width: float, text: str, gap: float = 0) -> float:
        painter.setFont(font)
        height = _height(font, width, text)
        painter.drawText(QRectF(x, y, width, height), WRAP, text)
        return y + height + gap


def _height(font: QFont, width: float, text: str) -> int:
    return QFontMetrics(font).boundingRect(0, 0, max(1, int(width)), 100000, WRAP, text).height()


class ProjectedDiagramView(QGraphicsView):
    """The shared scene, scaled so that the text stays readable; follows the selection when it must."""

    def __init__(self, scene: DiagramScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.min_font_px = 29
        self.selected: str | None = None
        self.follow = False
        self.setInteractive(False)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(QBrush(QColor(THEME.background)))
        self.top_panel = TopItemsPanel(self)
        self.top_panel.hide()
        self.process_map = ProcessMap(scene, self)
        self.process_map.hide()
        # The lane strip is fixed to the viewport: scrolling by blitting would smear it.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        for part in (self, self.viewport(), self.horizontalScrollBar(), self.verticalScrollBar(), self.top_panel,
                     self.process_map):
            make_inert(part)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setEnabled(False)
        self.setSceneRect(scene.diagram_rect())  # the diagram, not the room the scene keeps past it
        scene.diagram_resized.connect(self._diagram_resized)
        scene.changed.connect(self._centre)
        scene.votes_changed.connect(self._votes_changed)

    def detach(self) -> None:
        """Leave the shared scene (the console keeps it); nothing here reacts to it any more."""
        scene = self.scene()
        if scene is not None:
            scene.diagram_resized.disconnect(self._diagram_resized)
            scene.changed.disconnect(self._centre)
            scene.votes_changed.disconnect(self._votes_changed)
            self.setScene(None)

    def set_top_items(self, items: tuple[TopItem, ...]) -> None:
        """The list beside the diagram; () hides it and gives the diagram the whole width again."""
        if items == self.top_panel.items and self.top_panel.isVisibleTo(self) == bool(self.panel_width()):
            return
        self.top_panel.items = items
        self._votes_changed()

    def _votes_changed(self) -> None:
        self._place_panel()
        self.rescale()

    def panel_width(self) -> int:
        """The top list's width; 0 without a list or while the diagram shows no vote badges to go with it."""
        scene = self.scene()
        if not self.top_panel.items or not isinstance(scene, DiagramScene) or not scene.shows_votes():
            return 0
        return round(min(self.panel_font_px() * PANEL_EM, self.width() * PANEL_MAX_SHARE))

    def panel_font_px(self) -> int:
        return max(self.min_font_px, round(self.height() * PANEL_FONT_SHARE))

    def _place_panel(self) -> None:
        width = self.panel_width()
        self.setViewportMargins(0, 0, width, 0)
        self.top_panel.setVisible(width > 0)
        if width:
            self.top_panel.font_px = self.panel_font_px()
            self.top_panel.setGeometry(self.width() - width, 0, width, self.height())
            self.top_panel.update()

    def _diagram_resized(self, rect: QRectF) -> None:
        self.setSceneRect(rect)
        self.rescale()

    def rescale(self) -> None:
        if self.top_panel.isVisibleTo(self) and self.top_panel.width() != self.panel_width():
            self._place_panel()  # the room's minimum font or the window changed: so does the panel
        rect = self.sceneRect()
        size = self.viewport().size()
        scale, self.follow = projection_scale(STYLE.font_size, self.min_font_px, size.width() * FIT_MARGIN,
                                              size.height() * FIT_MARGIN, rect.width(), rect.height())
        self.setTransform(QTransform.fromScale(scale, scale))
        self._centre()

    def centre(self) -> None:
        """Show the selected step (or the whole diagram when it fits); called when the selection changed."""
        self._centre()

    def _centre(self, *_regions: object) -> None:
        scene = self.scene()
        rect = self.sceneRect()
        if not self.follow:
            self.centerOn(rect.center())
            self._place_map()
            return
        item = scene.step_item(self.selected) if isinstance(scene, DiagramScene) and self.selected else None
        if item is not None:
            self.centerOn(item.sceneBoundingRect().center())
        else:  # nothing selected: the start of the process
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            self.centerOn(rect.left() + visible.width() / 2, rect.top() + visible.height() / 2)
        self._place_map()

    def shown_part(self) -> Rect:
        """The part of the scene in the viewport, in scene coordinates."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        return Rect(shown.x(), shown.y(), shown.width(), shown.height())

    def _place_map(self) -> None:
        """The map in the viewport's top right corner while following; none while the whole diagram shows."""
        rect, viewport = self.sceneRect(), self.viewport().geometry()
        w, h = map_size(viewport.width(), viewport.height(), rect.width(), rect.height()) if self.follow else (0, 0)
        if not w:
            self.process_map.hide()
            return
        margin = max(6, round(self.min_font_px * 0.4))
        x = round(viewport.right() + 1 - margin - w)
        top = QRect(x, viewport.top() + margin, round(w), round(h))
        bottom = QRect(x, round(viewport.bottom() + 1 - margin - h), round(w), round(h))
        # At the end of the process the view cannot centre the selected step: it sits at the right
        # edge, where the map would cover it (and its vote badge). The map then takes the lower corner.
        scene = self.scene()
        item = scene.step_item(self.selected) if isinstance(scene, DiagramScene) and self.selected else None
        selected = QRect()
        if item is not None:
            selected = self.mapFromScene(item.sceneBoundingRect()).boundingRect().adjusted(-margin, -margin,
                                                                                            margin, margin)
        self.process_map.setGeometry(bottom if top.intersects(selected) and not bottom.intersects(selected) else top)
        self.process_map.show_part(self.shown_part(), self.selected)
        self.process_map.show()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_panel()
        self.rescale()

    # --- the lane strip ---

    def lane_strip(self) -> list[StripLabel]:
        """What the strip shows now: the lanes on screen whose header's name is not, in viewport pixels."""
        return strip_labels(self, self.min_font_px)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        paint_strip(self, painter, self.lane_strip(), self.min_font_px)
