"""Every source module has a test module of its name in the mirror of its folder, or is listed here.

``src/werkstatt/voting/display.py`` is tested in ``tests/unit/voting/test_display.py``, ``ui/projector/window.py``
in ``tests/ui/projector/test_window.py``. A module whose tests live elsewhere (a small module exercised
through its caller, a command run as a child process) is listed in ``COVERED_ELSEWHERE`` with the test
module that covers it; the list cannot go stale, because the checks below fail for a listed module
that has gone, has got a test of its own, or names a test file that does not exist.
"""

from __future__ import annotations

from pathlib import Path

from helpers.paths import REPO, TESTS

SOURCE = REPO / "src" / "werkstatt"
FROZEN = ("store/migrations/", "register/migrations/")

# module below src/werkstatt -> the test module below tests/ that covers it
COVERED_ELSEWHERE = {
    "analysis/cli.py": "unit/analysis/test_effort_by_party.py",
    "analysis/compare.py": "unit/analysis/test_effort_by_party.py",
    "analysis/model.py": "unit/analysis/test_figures.py",
    "analysis/rates.py": "unit/analysis/test_figures.py",
    "capture/catalogue.py": "ui/capture/test_panel.py",
    "capture/cli.py": "unit/test_cli.py",
    "capture/fields.py": "unit/capture/test_completion.py",
    "capture/textmatch.py": "unit/library/test_search.py",
    "demo.py": "ui/analysis/test_panel.py",
    "edits/base.py": "unit/edits/test_process.py",
    "edits/editor.py": "ui/register/test_sync_dialog.py",
    "edits/finding_fields.py": "unit/read/test_findings.py",
    "edits/notes.py": "unit/edits/test_text_limits.py",
    "edits/rates.py": "ui/analysis/test_panel.py",
    "edits/records.py": "unit/people/test_cli.py",
    "edits/validate.py": "unit/edits/test_gateway_kinds.py",
    "edits/room.py": "unit/phones/test_ballots.py",
    "edits/voting.py": "ui/projector/test_vote.py",
    "errors.py": "ui/common/test_helpers.py",
    "i18n/format.py": "unit/analysis/test_effort_by_party.py",
    "i18n/guide.py": "ui/help/test_guide.py",
    "i18n/qm.py": "unit/i18n/test_translations.py",
    "interchange/bpmn_extras.py": "unit/interchange/test_bpmn_import.py",
    "interchange/bpmn_geometry.py": "unit/interchange/test_bpmn_export.py",
    "interchange/bpmn_ns.py": "unit/interchange/test_bpmn_export.py",
    "interchange/bpmn_read.py": "unit/interchange/test_bpmn_gateways.py",
    "interchange/bpmn_scan.py": "unit/interchange/test_bpmn_vendors.py",
    "interchange/bpmn_words.py": "unit/interchange/test_bpmn_import.py",
    "interchange/cli.py": "unit/test_cli.py",
    "interchange/csv_export.py": "unit/interchange/test_csv_formulas.py",
    "interchange/errors.py": "unit/interchange/test_bpmn_fuzz.py",
    "interchange/package_read.py": "unit/interchange/test_package.py",
    "interchange/picxml.py": "unit/interchange/test_csv_picxml.py",
    "layout/geometry.py": "unit/layout/test_swimlane.py",
    "layout/graph.py": "unit/layout/test_swimlane.py",
    "layout/stepkinds.py": "unit/edits/test_gateway_kinds.py",
    "layout/swimlane_routes.py": "unit/layout/test_swimlane.py",
    "layout/text.py": "unit/layout/test_swimlane.py",
    "library/adopt.py": "unit/library/test_library.py",
    "library/cli.py": "unit/library/test_library.py",
    "library/division.py": "unit/library/test_library.py",
    "library/fact_sheet.py": "unit/library/test_library.py",
    "library/holding.py": "ui/register/test_offline.py",
    "library/process_map_pdf.py": "unit/library/test_process_map.py",
    "library/product_areas.py": "unit/library/test_library.py",
    "library/search_index.py": "unit/library/test_search.py",
    "model/base.py": "unit/people/test_erasure.py",
    "model/findings.py": "unit/store/test_database.py",
    "model/organisation.py": "unit/store/test_database.py",
    "model/process.py": "unit/edits/test_gateway_kinds.py",
    "model/rates.py": "unit/analysis/test_stored.py",
    "model/room.py": "ui/phones/test_inbox.py",
    "model/sync.py": "ui/register/test_offline.py",
    "model/voting.py": "unit/voting/test_edits.py",
    "model/workshop.py": "unit/store/test_database.py",
    "people/text.py": "unit/people/test_erasure.py",
    "phones/backend.py": "unit/phones/test_server.py",
    "phones/network.py": "unit/phones/test_server.py",
    "phones/public.py": "unit/phones/test_server.py",
    "phones/room.py": "unit/phones/test_server.py",
    "protocol/content_types.py": "unit/protocol/test_diagram_paper.py",
    "protocol/diagram_paper_plan.py": "unit/protocol/test_diagram_paper.py",
    "protocol/diagram_paper_text.py": "unit/protocol/test_diagram_paper.py",
    "protocol/figures_text.py": "unit/analysis/test_effort_by_party.py",
    "protocol/html.py": "unit/protocol/test_pdf.py",
    "protocol/html_model.py": "unit/protocol/test_pdf.py",
    "protocol/html_sections.py": "unit/protocol/test_pdf.py",
    "protocol/html_style.py": "unit/protocol/test_pdf.py",
    "protocol/html_votes.py": "unit/voting/test_progress.py",
    "read/cli.py": "unit/test_cli.py",
    "read/workshops.py": "ui/common/test_dialog_focus.py",
    "register/admin.py": "ui/register/test_sync_dialog.py",
    "register/cli.py": "unit/register/test_register.py",
    "register/credentials.py": "ui/register/test_sync_dialog.py",
    "register/errors.py": "ui/register/test_sync_dialog.py",
    "register/migrate.py": "unit/register/test_register.py",
    "register/schema.py": "ui/register/test_offline.py",
    "register/waiting.py": "unit/register/test_locks.py",
    "render/dot.py": "unit/render/test_svg_png_pdf.py",
    "render/export.py": "unit/render/test_svg_png_pdf.py",
    "render/fonts.py": "unit/library/test_process_map.py",
    "render/marks.py": "unit/edits/test_gateway_kinds.py",
    "render/palette.py": "unit/render/test_room.py",
    "render/pdf.py": "unit/render/test_svg_png_pdf.py",
    "render/png.py": "unit/render/test_svg_png_pdf.py",
    "render/room_overview.py": "unit/render/test_room.py",
    "render/svg.py": "unit/render/test_room.py",
    "store/cli.py": "unit/test_cli.py",
    "store/library_guard.py": "unit/test_one_of_each.py",
    "store/migrate.py": "ui/register/test_offline.py",
    "store/paths.py": "dist/test_installer_windows.py",
    "sync/gui_support.py": "unit/sync/test_organisations.py",
    "sync/local_apply.py": "unit/sync/test_engine.py",
    "sync/ownership.py": "unit/sync/test_engine.py",
    "sync/rows.py": "unit/sync/test_engine.py",
    "sync/vote_results.py": "unit/sync/test_engine.py",
    "ui/analysis/highlight.py": "ui/analysis/test_panel.py",
    "ui/analysis/rates_dialog.py": "ui/analysis/test_panel.py",
    "ui/analysis/tables.py": "ui/analysis/test_panel.py",
    "ui/capture/diagram_view.py": "ui/test_main_window.py",
    "ui/capture/inspector.py": "ui/workshop/test_organisations.py",
    "ui/capture/line.py": "ui/capture/test_panel.py",
    "ui/cli.py": "ui/test_app.py",
    "ui/common/background.py": "ui/common/test_helpers.py",
    "ui/common/edits.py": "ui/findings/test_panel.py",
    "ui/common/forms.py": "ui/common/test_dialog_focus.py",
    "ui/common/lane_strip.py": "ui/projector/test_controller.py",
    "ui/common/lines_edit.py": "ui/protocol/test_record_form.py",
    "ui/common/locale.py": "ui/common/test_helpers.py",
    "ui/common/roles.py": "ui/common/test_helpers.py",
    "ui/common/rows.py": "ui/common/test_helpers.py",
    "ui/common/sizing.py": "ui/test_main_window.py",
    "ui/common/wheel_guard.py": "ui/common/test_dialog_focus.py",
    "ui/crash.py": "ui/common/test_dialog_focus.py",
    "ui/findings/dialogs.py": "ui/findings/test_panel.py",
    "ui/findings/table.py": "ui/findings/test_panel.py",
    "ui/help/shortcuts.py": "ui/test_main_window.py",
    "ui/help/welcome.py": "ui/workshop/test_manager.py",
    "ui/later_panels.py": "ui/test_main_window.py",
    "ui/phones/network_choice.py": "ui/phones/test_inbox.py",
    "ui/phones/voting_actions.py": "ui/phones/test_bridge.py",
    "ui/projector/pages.py": "ui/projector/test_controller.py",
    "ui/projector/room.py": "ui/common/test_dialog_focus.py",
    "ui/projector/thumbnail.py": "ui/projector/test_controller.py",
    "ui/projector/view.py": "ui/projector/test_controller.py",
    "ui/projector/window.py": "ui/projector/test_controller.py",
    "ui/protocol/note_agenda.py": "ui/protocol/test_record_form.py",
    "ui/register/actions.py": "ui/register/test_panel.py",
    "ui/register/conflict_dialog.py": "ui/register/test_sync_dialog.py",
    "ui/register/map_dialog.py": "ui/register/test_map_view.py",
    "ui/register/models.py": "ui/register/test_panel.py",
    "ui/register/search.py": "ui/register/test_panel.py",
    "ui/settings.py": "dist/test_installer_windows.py",
    "ui/store_check.py": "unit/store/test_check.py",
    "ui/voting/dialogs.py": "ui/voting/test_panel.py",
    "ui/voting/grid.py": "ui/voting/test_panel.py",
    "ui/workshop/agenda_timer.py": "ui/projector/test_controller.py",
    "ui/workshop/dialogs.py": "ui/common/test_dialog_focus.py",
    "ui/workshop/setup.py": "ui/workshop/test_manager.py",
    "ui/workspace.py": "ui/register/test_offline.py",
    "voting/cli.py": "unit/interchange/test_csv_formulas.py",
    "voting/results.py": "ui/test_scenario_workshop.py",
    "voting/rules.py": "unit/voting/test_rounds.py",
}


def modules() -> list[str]:
    return sorted(path.relative_to(SOURCE).as_posix() for path in SOURCE.rglob("*.py")
                  if path.name != "__init__.py" and not path.relative_to(SOURCE).as_posix().startswith(FROZEN))


def mirror(module: str) -> Path:
    """Where a module's own tests live: tests/ui/<feature>/ for ui/, tests/unit/<package>/ for the rest."""
    parts = module.removesuffix(".py").split("/")
    folder = ["ui", *parts[1:-1]] if parts[0] == "ui" else ["unit", *parts[:-1]]
    return TESTS.joinpath(*folder, f"test_{parts[-1]}.py")


def test_every_module_has_a_test_module_or_is_listed() -> None:
    assert [m for m in modules() if not mirror(m).exists() and m not in COVERED_ELSEWHERE] == []


def test_the_list_names_only_modules_without_their_own_test_and_real_test_files() -> None:
    listed = set(COVERED_ELSEWHERE)
    assert sorted(listed - set(modules())) == []  # gone or renamed
    assert sorted(m for m in listed if mirror(m).exists()) == []  # has its own now
    assert sorted(t for t in COVERED_ELSEWHERE.values() if not (TESTS / t).is_file()) == []


def test_mirror_follows_the_source_folders() -> None:
    assert mirror("voting/display.py") == TESTS / "unit" / "voting" / "test_display.py"
    assert mirror("ui/projector/window.py") == TESTS / "ui" / "projector" / "test_window.py"
    assert mirror("ui/app.py") == TESTS / "ui" / "test_app.py" and mirror("cli.py") == TESTS / "unit" / "test_cli.py"
