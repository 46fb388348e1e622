"""What the projector tests share: a controller on a console with its capture line, shown on the projector."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from werkstatt.ui.projector.controller import ProjectorController
from werkstatt.ui.settings import Settings


@pytest.fixture
def show_projector(qtbot) -> Iterator[Callable[..., ProjectorController]]:
    """``show_projector(workspace, scene, console_size=(w, h))`` → a controller whose projector window is shown
    and exposed; every controller made is shut down after the test."""
    made: list[ProjectorController] = []

    def show(workspace, scene, console_size: tuple[int, int]) -> ProjectorController:
        console = QWidget()
        QVBoxLayout(console).addWidget(QLineEdit())  # the capture line the facilitator types in
        console.resize(*console_size)
        qtbot.addWidget(console)
        console.show()
        controller = ProjectorController(workspace, scene, Settings(), console)
        made.append(controller)
        qtbot.addWidget(controller.window)
        qtbot.addWidget(controller.thumbnail)
        qtbot.addWidget(controller.timer_panel)
        controller.show_action.setChecked(True)
        qtbot.waitExposed(controller.window)
        return controller

    yield show
    for controller in made:
        controller.shutdown()
