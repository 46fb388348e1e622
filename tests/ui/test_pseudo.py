"""Text that fits: the window on a small laptop screen in German and English, and the main dialogs
with every text a third longer (pseudo-localisation, tools/dialog_shots.py shows the same on screen)."""

from __future__ import annotations

import pytest

from helpers.paths import REPO
from helpers.scripts import load_script
from werkstatt import i18n
from werkstatt.capture import catalogue

ROOT = REPO
# A 1,366 × 768 laptop screen less the task bar and the window frame; pseudo text must fit full HD.
SMALLEST_SCREEN = {"de": (1280, 720), "en": (1280, 720), i18n.PSEUDO: (1920, 1080)}


def load_tool():
    return load_script("tools/dialog_shots.py")


@pytest.fixture
def demo_window(demo_workspace, qtbot):
    from werkstatt.demo import MODEL_ID, WORKSHOP_ID
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings

    def build(language: str):
        i18n.set_language(language)
        window = MainWindow(demo_workspace, Settings(), catalogue.load_default())
        qtbot.addWidget(window)
        window.resize(1920, 1080)
        window.show()
        window.open_workshop(WORKSHOP_ID)
        window.open_model(MODEL_ID)
        qtbot.wait(50)
        return window

    return build


@pytest.mark.parametrize("language", ["de", "en", i18n.PSEUDO])
def test_the_window_fits_a_small_laptop_screen(demo_window, language: str) -> None:
    window = demo_window(language)
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    width, height = SMALLEST_SCREEN[language]
    assert smallest.width() <= width and smallest.height() <= height, (language, smallest)


def test_no_main_dialog_clips_its_text_when_every_text_is_a_third_longer(demo_window, demo_workspace, qtbot) -> None:
    tool = load_tool()
    window = demo_window(i18n.PSEUDO)
    clipped = tool.clipped_texts(window)
    shown = []
    for name, factory in tool.main_dialogs(window, demo_workspace):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(20)
        shown.append(name)
        clipped += tool.clipped_texts(dialog)
        dialog.close()
    assert len(shown) >= 10
    assert clipped == []


def test_the_clipping_check_sees_a_clipped_label(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    tool = load_tool()
    root = QWidget()
    qtbot.addWidget(root)
    QVBoxLayout(root)
    label = QLabel(i18n.pseudo_text("Schwachstellen und Maßnahmen"), root)
    root.layout().addWidget(label)
    root.show()
    assert tool.clipped_texts(root) == []
    label.setFixedWidth(40)
    assert len(tool.clipped_texts(root)) == 1
    orphan = QLabel("&Datei:", root)  # no buddy: Qt shows the ampersand
    root.layout().addWidget(orphan)
    orphan.show()
    label.setMinimumWidth(0)
    label.setMaximumWidth(16777215)
    assert [problem for problem in tool.clipped_texts(root) if "no buddy" in problem] != []
    orphan.setBuddy(label)
    assert [problem for problem in tool.clipped_texts(root) if "no buddy" in problem] == []


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_no_text_or_column_title_is_clipped_at_real_screen_sizes(demo_window, language: str, size) -> None:
    tool = load_tool()
    window = demo_window(language)
    window.resize(*size)
    problems: dict[str, str] = {}
    pages = []
    for page in tool.each_page(window):
        pages.append(page)
        for widget, problem in tool.clipped_widgets(window) + tool.clipped_headers(window):
            problems.setdefault(problem, tool.owner_module(widget))
    assert len(pages) >= 6, pages  # every dock and the workshop page were brought to the front
    assert not problems, "\n".join(f"{module}: {problem}" for problem, module in sorted(problems.items()))


def test_the_header_check_sees_a_clipped_column_title(qtbot) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    tool = load_tool()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["Kategorie", "Maßnahme"])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 200)
    view.show()
    view.horizontalHeader().resizeSection(0, 200)
    assert tool.clipped_headers(view) == []
    view.horizontalHeader().resizeSection(0, 30)
    assert [problem for _header, problem in tool.clipped_headers(view)] != []
    assert tool.owner_module(view) == ""


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_analysis_values_are_on_screen_on_a_small_laptop(demo_window, language: str) -> None:
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtWidgets import QApplication

    window = demo_window(language)
    window.resize(1366, 768)
    window.analysis_dock.show()
    window.analysis_dock.raise_()
    for _ in range(3):
        QApplication.processEvents()
    dock_area = window.analysis_dock.widget()
    shown = QRect(dock_area.mapTo(window, QPoint(0, 0)), dock_area.size())
    for view in (window.analysis_panel.figures_view,):
        header = view.horizontalHeader()
        left = view.viewport().mapTo(window, QPoint(header.sectionViewportPosition(1), 0)).x()
        right = left + header.sectionSize(1)
        assert shown.left() <= left and right <= shown.right() + 1, (language, shown, left, right)
        model = view.model()
        widest = max(view.fontMetrics().horizontalAdvance(str(model.index(row, 1).data(Qt.ItemDataRole.DisplayRole)))
                     for row in range(model.rowCount()))
        assert widest + 6 <= header.sectionSize(1), (language, widest, header.sectionSize(1))
