"""The window's import and export actions: BPMN, workshop packages, CSV and PicXML fact sheets.

Reading and writing run in a background task with a progress dialog; what changes the database
comes back to the GUI thread: a BPMN import is one undoable edit, a package import (many rows of a
colleague's workshop, merged by id) is not undoable and says so in its report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from werkstatt.i18n import tr
from werkstatt.model import ProcessModel
from werkstatt.ui.common.background import BackgroundTask, start_task
from werkstatt.ui.workspace import Workspace

ChooseFile = Callable[[str, str, str], str]  # (title, suggested path, filter) -> chosen path or ""


class InterchangeActions(QObject):
    def __init__(self, workspace: Workspace, window: QWidget, *, choose_open: ChooseFile | None = None,
                 choose_save: ChooseFile | None = None, inform: Callable[[str, str], object] | None = None,
                 warn: Callable[[str], object] | None = None,
                 confirm: Callable[[str], bool] | None = None,
                 open_workshop: Callable[[str], object] | None = None) -> None:
        super().__init__(window)
        self.workspace, self.window = workspace, window
        self.choose_open = choose_open or (lambda title, path, filters:
                                           QFileDialog.getOpenFileName(window, title, path, filters)[0])
        self.choose_save = choose_save or (lambda title, path, filters:
                                           QFileDialog.getSaveFileName(window, title, path, filters)[0])
        self.inform = inform or (lambda title, text: QMessageBox.information(window, title, text))
        self.warn = warn or (lambda text: QMessageBox.warning(window, tr("Interchange", "Import and export"), text))
        self.confirm = confirm or (lambda text: QMessageBox.question(window, tr("Interchange", "Import and export"),
                                                                     text) == QMessageBox.StandardButton.Yes)
        self.open_workshop = open_workshop or workspace.open_workshop
        self.task: BackgroundTask | None = None
        self.import_bpmn_action = self._action(tr("Interchange", "Import &BPMN…"), self.import_bpmn)
        self.export_bpmn_action = self._action(tr("Interchange", "Export the model as BP&MN…"), self.export_bpmn)
        self.import_package_action = self._action(tr("Interchange", "Import a workshop pac&kage…"),
                                                  self.import_package)
        self.export_package_action = self._action(tr("Interchange", "Export the workshop as a packa&ge…"),
                                                  self.export_package)
        self.export_csv_action = self._action(tr("Interchange", "Export as &CSV…"), self.export_csv)
        self.export_picxml_action = self._action(tr("Interchange", "Export the fact sheet as Pic&XML…"),
                                                 self.export_picxml)
        self.actions = [self.import_bpmn_action, self.export_bpmn_action, self.import_package_action,
                        self.export_package_action, self.export_csv_action, self.export_picxml_action]

    def fill(self, menu: QMenu) -> None:
        """BPMN, packages, and the tables and fact sheet, each pair set apart."""
        for index in (0, 2, 4):
            if index:
                menu.addSeparator()
            menu.addActions(self.actions[index:index + 2])

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _run(self, title: str, text: str, work: Any, on_success: Callable[[Any], object]) -> BackgroundTask | None:
        if self.task is not None:
            return None  # one file at a time

        def failed(message: str) -> None:
            if message:
                self.warn(message)

        def finished() -> None:
            self.task = None

        self.task = start_task(self.window, title, text, work, on_success=on_success, on_failure=failed,
                               on_finished=finished)
        return self.task

    # --- BPMN ---------------------------------------------------------------------------------------

    def import_bpmn(self, path: str | None = None) -> BackgroundTask | None:
        chosen = path or self.choose_open(tr("Interchange", "Import a BPMN file"), self._folder(),
                                          tr("Interchange", "BPMN files (*.bpmn *.xml)"))
        if not chosen:
            return None

        def work(progress: Any, _cancelled: Any) -> Any:
            from werkstatt.interchange.bpmn_read import read_bpmn
            from werkstatt.interchange.cli import read_input

            progress(0, 1, tr("Interchange", "Reading {name}…", name=Path(chosen).name))
            return read_bpmn(read_input(Path(chosen)), source_name=Path(chosen).name)

        return self._run(tr("Interchange", "Import BPMN"), tr("Interchange", "Reading the file…"), work,
                         self._bpmn_read)

    def _bpmn_read(self, document: Any) -> None:
        from werkstatt.interchange.bpmn_import import ImportBpmn

        model_uuid = document.model.model_uuid
        with self.workspace.reading() as session:
            here = session.get(ProcessModel, model_uuid) if model_uuid else None
            name = here.name if here is not None and not here.deleted else None
        as_copy = False
        if name is not None:
            if not self.confirm(tr("Interchange", "The model “{name}” is here already (imported or drawn here "
                                                  "before). Import it once more as a copy, with new ids?", name=name)):
                return
            as_copy = True
        edit = ImportBpmn(document, as_copy=as_copy)
        if not self.workspace.try_apply(edit) or edit.model_id is None:
            return
        self.workspace.open_model(edit.model_id)
        self.inform(tr("Interchange", "Import BPMN"), "\n".join(edit.report.lines()))

    def export_bpmn(self, path: str | None = None) -> BackgroundTask | None:
        model_id = self.workspace.model_id
        if not model_id:
            self.workspace.tell(tr("Interchange", "Open a process model first."))
            return None
        with self.workspace.reading() as session:
            model = session.get(ProcessModel, model_id)
            name = model.name if model is not None else "Modell"

        def write(out: Path) -> Path:
            from werkstatt.interchange.bpmn_export import export_bpmn

            return export_bpmn(self.workspace.store, model_id, out)

        return self._export(path, tr("Interchange", "Export the model as BPMN"), f"{_safe(name)}.bpmn",
                            tr("Interchange", "BPMN files (*.bpmn)"), tr("Interchange", "Export BPMN"),
                            tr("Interchange", "Writing the BPMN file…"), write)

    def _export(self, path: str | None, dialog_title: str, suggested_name: str, filters: str, task_title: str,
                busy_text: str, write: Callable[[Path], Path]) -> BackgroundTask | None:
        """Ask for the file (unless given), then ``write`` it in the background and say where it went."""
        chosen = path or self.choose_save(dialog_title, str(Path(self._folder()) / suggested_name), filters)
        if not chosen:
            return None
        return self._run(task_title, busy_text, lambda _progress, _cancelled: write(Path(chosen)), self._written)

    def _written(self, path: Any) -> None:
        self.workspace.saved.emit(tr("Interchange", "Written to {path}.", path=path))

    # --- packages -----------------------------------------------------------------------------------

    def export_package(self, path: str | None = None) -> BackgroundTask | None:
        workshop_id = self.workspace.workshop_id
        if not workshop_id:
            self.workspace.tell(tr("Interchange", "Open a workshop first."))
            return None

        from werkstatt.interchange.package import export_package  # when asked: the window starts without it

        return self._export(path, tr("Interchange", "Export the workshop as a package"), "Werkstatt.werkstatt",
                            tr("Interchange", "Workshop packages (*.werkstatt)"), tr("Interchange", "Export package"),
                            tr("Interchange", "Writing the package…"),
                            lambda out: export_package(self.workspace.store, workshop_id, out))

    def import_package(self, path: str | None = None) -> BackgroundTask | None:
        chosen = path or self.choose_open(tr("Interchange", "Import a workshop package"), self._folder(),
                                          tr("Interchange", "Workshop packages (*.werkstatt)"))
        if not chosen:
            return None

        def work(_progress: Any, _cancelled: Any) -> Any:
            from werkstatt.interchange.package import import_package

            return import_package(self.workspace.store, Path(chosen))

        return self._run(tr("Interchange", "Import package"), tr("Interchange", "Reading the package…"), work,
                         self._package_imported)

    def offer_package(self, path: str) -> BackgroundTask | None:
        """A package opened from the file manager (file association): import it once the user agrees."""
        question = tr("Interchange", "Import the workshop package “{name}”? Its rows are merged into your workshops "
                                     "by their ids; nothing here is deleted, and newer rows here are kept.",
                      name=Path(path).name)
        return self.import_package(path) if self.confirm(question) else None

    def _package_imported(self, report: Any) -> None:
        # Rows of another laptop were merged in past the undo stack: older undo steps could write over them.
        self.workspace.undo_stack.clear()
        self.workspace.changed_outside(tr("Interchange", "Package imported."))
        if self.workspace.workshop_id is None:  # opened from the file manager on an empty laptop: show it
            self.open_workshop(report.workshop_id)
        self.inform(tr("Interchange", "Import package"), report.as_text())

    # --- CSV and PicXML -----------------------------------------------------------------------------

    def export_csv(self, path: str | None = None, content: str | None = None) -> BackgroundTask | None:
        choices = {tr("Interchange", "Steps of the open model"): ("steps", self.workspace.model_id),
                   tr("Interchange", "Pain points of the open model"): ("pain-points", self.workspace.model_id),
                   tr("Interchange", "Measures of the open workshop"): ("measures", self.workspace.workshop_id)}
        if content is None:
            label, ok = QInputDialog.getItem(self.window, tr("Interchange", "Export as CSV"),
                                             tr("Interchange", "What to export:"), list(choices), 0, False)
            if not ok:
                return None
            what, ident = choices[label]
        else:
            what, ident = next(value for value in choices.values() if value[0] == content)
        if not ident:
            self.workspace.tell(tr("Interchange", "Open a workshop and a process model first."))
            return None

        from werkstatt.interchange.csv_export import write_csv  # when asked: the window starts without it

        return self._export(path, tr("Interchange", "Export as CSV"), f"{what}.csv",
                            tr("Interchange", "CSV for German Excel (*.csv)"), tr("Interchange", "Export as CSV"),
                            tr("Interchange", "Writing the CSV file…"),
                            lambda out: write_csv(self.workspace.store, what, ident, out, "excel-de"))

    def export_picxml(self, path: str | None = None) -> BackgroundTask | None:
        process_id = None
        if self.workspace.model_id:
            with self.workspace.reading() as session:
                model = session.get(ProcessModel, self.workspace.model_id)
                process_id = model.process_id if model is not None else None
        if not process_id:
            self.workspace.tell(tr("Interchange", "Open a process model of a register process first."))
            return None

        from werkstatt.interchange.picxml import export_picxml  # when asked: the window starts without it

        return self._export(path, tr("Interchange", "Export the fact sheet as PicXML"), "Steckbrief.xml",
                            tr("Interchange", "PicXML files (*.xml)"), tr("Interchange", "Export PicXML"),
                            tr("Interchange", "Writing the fact sheet…"),
                            lambda out: export_picxml(self.workspace.store, process_id, out))


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in " -_()" else " " for c in name).strip() or "Modell"
