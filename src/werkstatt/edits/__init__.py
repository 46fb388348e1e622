"""Every change a user can make, as an undoable command applied in one transaction."""

from werkstatt.edits.base import Create, Delete, Edit, Macro, Planned, Update
from werkstatt.edits.editor import Editor, InTransaction
from werkstatt.edits.process import (
    AddFlow,
    AddLane,
    AddStep,
    DeleteLane,
    DeleteStep,
    InsertStepBetween,
    MoveLane,
    MoveStep,
    delete_flow,
    relabel_flow,
    rename_lane,
    rename_step,
    retype_step,
    set_step_attributes,
)
from werkstatt.edits.workshop import (
    AddAgendaItem,
    AddMeasure,
    AddPainPoint,
    DeleteMeasure,
    DeletePainPoint,
    MoveAgendaItem,
    SetAttendance,
    delete_agenda_item,
    edit_agenda_item,
    edit_measure,
    edit_pain_point,
    uninvite,
)

__all__ = [
    "AddAgendaItem", "AddFlow", "AddLane", "AddMeasure", "AddPainPoint", "AddStep", "Create", "Delete",
    "DeleteLane", "DeleteMeasure", "DeletePainPoint", "DeleteStep", "Edit", "Editor", "InTransaction", "InsertStepBetween",
    "Macro", "MoveAgendaItem", "MoveLane", "MoveStep", "Planned", "SetAttendance", "Update",
    "delete_agenda_item", "delete_flow", "edit_agenda_item", "edit_measure", "edit_pain_point",
    "relabel_flow", "rename_lane", "rename_step", "retype_step", "set_step_attributes", "uninvite",
]
