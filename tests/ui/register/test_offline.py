"""The register panel says which processes' models are on this laptop and takes one along for a workshop;
a model whose content is not here can be neither opened nor adopted (it would come empty) (issue 24)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpers.sync_register import fill_register, sqlite_register
from werkstatt.errors import EditError
from werkstatt.library.adopt import AdoptModel
from werkstatt.library.holding import CATALOGUE_ONLY, OFFLINE, held_process_ids, offline_state, pinned_process_ids
from werkstatt.model import ProcessModel, Step, SyncRegister
from werkstatt.store.database import open_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def laptop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings_folder: Path, qapp):
    import werkstatt.sync.pull
    from werkstatt.ui.workspace import Workspace

    monkeypatch.setattr(werkstatt.sync.pull, "WHOLE_LIBRARY_UP_TO", 5)  # 12 processes: only part is held
    register = sqlite_register(tmp_path)
    owned = fill_register(register.admin, 12, steps=3)
    store = open_store(tmp_path / "laptop.sqlite")
    register.sync(store, "Witten")
    yield Workspace(store), register, owned
    store.close()
    register.close()


def test_a_catalogue_only_process_is_said_taken_along_and_then_opens(laptop, qtbot) -> None:
    from werkstatt.ui.register.panel import RegisterPanel

    workspace, register, owned = laptop
    theirs = owned["Hattingen"][0]
    with workspace.reading() as session:
        assert offline_state(session, [theirs, owned["Witten"][0]]) == {theirs: CATALOGUE_ONLY,
                                                                        owned["Witten"][0]: OFFLINE}
    panel = RegisterPanel(workspace)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_process(theirs)
    assert panel.models.count() == 1 and panel.offline.catalogue_only
    assert not panel.open_button.isEnabled() and not panel.adopt_button.isEnabled()
    assert "sync" in panel.offline.note.text().lower() or "synchron" in panel.offline.note.text().lower()
    with workspace.reading() as session:
        model_id = session.scalar(select(ProcessModel.id).where(ProcessModel.process_id == theirs))
        me = SyncRegister.current(session).organisation_id
    with pytest.raises(EditError):  # below the window too: an adoption would copy an empty model
        workspace.apply(AdoptModel(model_id, me))

    panel.offline.take_along.click()  # "take along for workshops": pinned, nothing sent
    with workspace.reading() as session:
        assert theirs in held_process_ids(session)
    register.sync(workspace.store, "Witten")
    panel.show_process(theirs)
    assert not panel.offline.catalogue_only and panel.open_button.isEnabled() and panel.adopt_button.isEnabled()
    with workspace.reading() as session:
        assert session.scalar(select(func.count()).select_from(Step).where(Step.model_id == model_id)) == 3
    workspace.apply(AdoptModel(model_id, me))

    panel.offline.take_along.click()  # no longer taken along: what came stays
    with workspace.reading() as session:
        assert theirs not in pinned_process_ids(session)
        assert theirs in held_process_ids(session)  # still held: adopted above
        assert offline_state(session, [theirs])[theirs] == OFFLINE


def test_werkstatt_library_take_and_release(laptop, capsys) -> None:
    from werkstatt.cli import main

    workspace, register, owned = laptop
    path = workspace.store.path
    theirs = owned["Gevelsberg"][0]
    assert main(["--db", str(path), "library", "take", theirs[:8], "nichts-davon"]) == 1
    assert "nichts-davon" in capsys.readouterr().err
    with workspace.reading() as session:  # one unknown name: nothing pinned
        assert theirs not in held_process_ids(session)
    assert main(["--db", str(path), "library", "take", theirs[:8]]) == 0
    assert "sync" in capsys.readouterr().out.lower()
    register.sync(workspace.store, "Witten")
    assert main(["--db", str(path), "library", "take", theirs]) == 0
    with workspace.reading() as session:
        assert theirs in pinned_process_ids(session) and offline_state(session, [theirs])[theirs] == OFFLINE
    assert main(["--db", str(path), "library", "release", theirs]) == 0
    with workspace.reading() as session:
        assert theirs not in pinned_process_ids(session)


def test_a_laptop_from_before_the_partial_library_keeps_its_library_offline(tmp_path: Path, monkeypatch) -> None:
    """Older laptops pulled the whole library: after the upgrade (migration 0009) its content counts as here,
    so it can still be opened and adopted, and later syncs keep it current."""
    from werkstatt.model.sync import HeldProcess
    from werkstatt.store import migrate

    register = sqlite_register(tmp_path)
    owned = fill_register(register.admin, 12, steps=3)
    store = open_store(tmp_path / "laptop.sqlite")
    register.sync(store, "Witten")  # a small register is held whole
    migrate.downgrade(store.engine, "0008")
    migrate.upgrade(store.engine)
    theirs = [process for short, ids in owned.items() if short != "Witten" for process in ids]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(HeldProcess)) == 12
        assert set(offline_state(session, theirs).values()) == {OFFLINE}
    monkeypatch.setattr("werkstatt.sync.pull.WHOLE_LIBRARY_UP_TO", 5)  # now a partial laptop
    with register.admin.begin() as connection:  # another organisation renames a step of its model
        from werkstatt.register import schema

        steps = schema.tables["steps"]
        meta = schema.register_meta
        generation = connection.scalar(select(meta.c.generation)) + 1
        connection.execute(meta.update().values(generation=generation))
        step_id = connection.scalar(select(steps.c.id).where(steps.c.owner_id != select(
            schema.organisations.c.id).where(schema.organisations.c.short_name == "Witten").scalar_subquery())
            .limit(1))
        connection.execute(steps.update().where(steps.c.id == step_id).values(
            label="Neu benannt", revision=steps.c.revision + 1, generation=generation))
    register.sync(store, "Witten")
    with store.reading() as session:
        assert session.get(Step, step_id).label == "Neu benannt"
    store.close()
    register.close()
