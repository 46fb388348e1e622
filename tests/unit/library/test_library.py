"""The register and library on the local database: search, Arbeitsteilung, process map, adopt, fact sheets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpers.library import add_process, make_library
from werkstatt.demo import MODEL_ID, PROCESS_ID
from werkstatt.edits import Create
from werkstatt.errors import EditError
from werkstatt.i18n import tr
from werkstatt.library import product_areas as areas
from werkstatt.library.adopt import AdoptModel, variant_name
from werkstatt.library.cli import write_map
from werkstatt.library.division import by_organisation, division_of_labour
from werkstatt.library.fact_sheet import EditFactSheet, normalise_tags
from werkstatt.library.process_map import (
    ProcessMapError,
    process_map_graph,
    render_graph,
    render_process_map,
    wrap,
)
from werkstatt.library.search import ProcessQuery, excerpt, find_processes
from werkstatt.model import (
    Flow,
    Lane,
    Organisation,
    PainPoint,
    Process,
    ProcessModel,
    Step,
)

# --- helpers -------------------------------------------------------------------------------------


def org_id(store, short: str) -> str:
    with store.reading() as session:
        return session.scalar(select(Organisation.id).where(Organisation.short_name == short))


def add_model(store, process_id: str, name: str, organisation_id: str | None, **values) -> str:
    with store.session() as session:
        model = ProcessModel(process_id=process_id, name=name, organisation_id=organisation_id, **values)
        session.add(model)
        session.flush()
        return model.id


def names(hits) -> list[str]:
    return [hit.name for hit in hits]


def search(store, **query) -> list:
    with store.reading() as session:
        return find_processes(session, ProcessQuery(**query))


# --- product areas -------------------------------------------------------------------------------


def test_the_nkf_product_areas_are_the_default_in_plan_order() -> None:
    listed = areas.product_areas()
    assert len(listed) == 17
    assert listed[0] == "01 Innere Verwaltung" and listed[-1] == "17 Stiftungen"
    assert [areas.area_number(area) for area in listed] == list(range(1, 18))
    assert "12 Verkehrsflächen und -anlagen, ÖPNV" in listed


def test_a_configured_list_replaces_the_default_until_reset(tmp_path: Path) -> None:
    path = tmp_path / "areas.json"
    path.write_text(json.dumps(["1 Eigenes", " 2  Zweites ", "1 Eigenes", ""]), encoding="utf-8")
    try:
        assert areas.configure(areas.read_product_areas(path)) == ("1 Eigenes", "2 Zweites")
        assert areas.product_areas() == ("1 Eigenes", "2 Zweites")
    finally:
        areas.configure(None)
    assert areas.product_areas() == areas.NKF_PRODUCT_AREAS


@pytest.mark.parametrize("content", ["{not json", json.dumps({"a": 1}), json.dumps([1, 2]), json.dumps([" "])])
def test_a_bad_product_area_file_is_one_sentence(tmp_path: Path, content: str) -> None:
    path = tmp_path / "areas.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(areas.ProductAreaError):
        areas.read_product_areas(path)
    with pytest.raises(areas.ProductAreaError, match=r"areas\.json"):
        areas.read_product_areas(tmp_path / "missing" / "areas.json")


def test_areas_sort_by_number_and_no_area_last() -> None:
    given = ["", "10 Bauen und Wohnen", "Eigenes", "02 Sicherheit und Ordnung", "9 Planung"]
    assert sorted(given, key=areas.area_sort_key) == [
        "02 Sicherheit und Ordnung", "9 Planung", "10 Bauen und Wohnen", "Eigenes", ""]


# --- search --------------------------------------------------------------------------------------


def test_search_folds_case_umlauts_and_sharp_s(demo_store) -> None:
    add_process(demo_store, "Sondernutzung von Straßenland", product_area="12 Verkehrsflächen und -anlagen, ÖPNV")
    for text in ("führerschein", "FUEHRERSCHEIN", "Führerschein", "fahrerlaubnis"):
        assert names(search(demo_store, text=text)) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"], text
    assert names(search(demo_store, text="STRASSENLAND")) == ["Sondernutzung von Straßenland"]
    assert names(search(demo_store, text="straßen")) == ["Sondernutzung von Straßenland"]
    assert search(demo_store, text="fuhrerschein") == []


def test_every_word_must_match_somewhere(demo_store) -> None:
    add_process(demo_store, "Hundesteuer festsetzen", tags="Steuern, Hund", legal_basis="Hundesteuersatzung")
    assert names(search(demo_store, text="fev bürgerbüro")) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]
    assert names(search(demo_store, text="EN-FS")) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]
    assert names(search(demo_store, text="hund satzung")) == ["Hundesteuer festsetzen"]
    assert search(demo_store, text="hund führerschein") == []
    assert len(search(demo_store, text="  ")) == 2


def test_the_snippet_shows_where_a_word_matched_outside_the_name(demo_store) -> None:
    [hit] = search(demo_store, text="prüforganisation")
    assert hit.snippet.startswith(tr("ProcessSearch", "Description") + ": ")
    assert "Prüforganisation" in hit.snippet
    [hit] = search(demo_store, text="fahrerlaubnis")
    assert hit.snippet == ""  # the name shows it already
    [hit] = search(demo_store, text="fev")
    assert hit.snippet == tr("ProcessSearch", "Legal basis") + ": Fahrerlaubnis-Verordnung (FeV)"


def test_an_excerpt_keeps_the_match_and_cuts_between_words() -> None:
    text = " ".join(f"Wort{i}" for i in range(40)) + " Fahrerlaubnisbehörde entscheidet " + \
        " ".join(f"Rest{i}" for i in range(40))
    piece = excerpt(text, "fahrerlaubnisbehoerde", width=50)
    assert "Fahrerlaubnisbehörde" in piece
    assert piece.startswith("… Wort") and piece.endswith(" …")
    assert len(piece) <= 60
    assert all(part.startswith(("Wort", "Rest", "Fahr", "entsch", "…")) for part in piece.split())


def test_filters_combine_and_the_organisation_is_owner_or_modeller(demo_store) -> None:
    witten, hattingen, kreis = (org_id(demo_store, short) for short in ("Witten", "Hattingen", "EN-Kreis"))
    own = add_process(demo_store, "Gewerbe anmelden", product_area="15 Wirtschaft und Tourismus", status="modelled",
                      owner_organisation_id=hattingen, lead_organisation_id=hattingen)
    add_model(demo_store, own, "Gewerbe anmelden (Ist)", hattingen)
    assert names(search(demo_store, organisation_id=witten)) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]  # its model
    assert names(search(demo_store, organisation_id=kreis)) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]  # the owner
    assert names(search(demo_store, organisation_id=hattingen)) == ["Gewerbe anmelden"]
    assert names(search(demo_store, lead_organisation_id=witten)) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]
    assert names(search(demo_store, status="modelled")) == ["Gewerbe anmelden"]
    assert names(search(demo_store, product_area="02 Sicherheit und Ordnung")) == [
        "Fahrerlaubnis: Ersterteilung (Klasse B)"]
    assert search(demo_store, product_area="02 Sicherheit und Ordnung", status="modelled") == []
    [hit] = search(demo_store, text="gewerbe")
    assert (hit.owner_name, hit.lead_name, hit.model_count, hit.is_library) == (
        "Stadt Hattingen", "Stadt Hattingen", 1, False)


def test_results_are_sorted_by_product_area_then_name_and_deleted_rows_never_show(demo_store) -> None:
    add_process(demo_store, "Zulassung", product_area="01 Innere Verwaltung")
    add_process(demo_store, "Abfall", product_area="11 Ver- und Entsorgung")
    add_process(demo_store, "Ärger ohne Bereich")
    add_process(demo_store, "Akte ohne Bereich")
    gone = add_process(demo_store, "Gelöschter Prozess", product_area="01 Innere Verwaltung")
    with demo_store.session() as session:
        session.get(Process, gone).deleted = True
        session.get(ProcessModel, MODEL_ID).deleted = True
    assert names(search(demo_store)) == ["Zulassung", "Fahrerlaubnis: Ersterteilung (Klasse B)", "Abfall",
                                   "Ärger ohne Bereich", "Akte ohne Bereich"]
    assert search(demo_store, text="fahrerlaubnis")[0].model_count == 0  # the deleted model is not counted
    assert search(demo_store, text="gelöscht") == []


def test_library_processes_are_marked_and_can_be_left_out(demo_store) -> None:
    witten, kreis = org_id(demo_store, "Witten"), org_id(demo_store, "EN-Kreis")
    theirs = add_process(demo_store, "Bibliotheksprozess", owner_organisation_id=kreis)
    make_library(demo_store, witten, [("processes", theirs, kreis), ("processes", PROCESS_ID, witten)])
    hits = {hit.name: hit.is_library for hit in search(demo_store)}
    assert hits == {"Bibliotheksprozess": True, "Fahrerlaubnis: Ersterteilung (Klasse B)": False}
    assert names(search(demo_store, include_library=False)) == ["Fahrerlaubnis: Ersterteilung (Klasse B)"]


# --- division of labour ----------------------------------------------------------------------------


def test_division_shows_lead_owner_and_each_organisations_models(demo_store, editor) -> None:
    hattingen = org_id(demo_store, "Hattingen")
    adopt = editor.apply(AdoptModel(MODEL_ID, hattingen))
    [row] = division_of_labour(demo_store.read_session())
    assert (row.name, row.lead_name, row.owner_name, row.status) == (
        "Fahrerlaubnis: Ersterteilung (Klasse B)", "Stadt Witten", "Ennepe-Ruhr-Kreis", "in_survey")
    grouped = row.models_by_organisation()
    assert set(grouped) == {"Stadt Witten", "Stadt Hattingen"}
    [witten_model] = grouped["Stadt Witten"]
    [variant] = grouped["Stadt Hattingen"]
    assert (witten_model.kind, witten_model.adopted) == ("ist", False)
    assert (variant.id, variant.kind, variant.adopted, variant.based_on_id) == (adopt.new_model_id, "ist", True,
                                                                                MODEL_ID)


def test_by_organisation_counts_leads_owners_models_and_adoptions(demo_store, editor) -> None:
    hattingen = org_id(demo_store, "Hattingen")
    add_process(demo_store, "Gewerbe anmelden", lead_organisation_id=hattingen, owner_organisation_id=hattingen)
    editor.apply(AdoptModel(MODEL_ID, hattingen))
    with demo_store.reading() as session:
        loads = {load.short_name: load for load in by_organisation(session)}
    assert len(loads) == 8  # the six administrations and the demo's two outside parties (issue 19)
    assert (loads["Witten"].leads, loads["Witten"].owns, loads["Witten"].modelled, loads["Witten"].adopted) == (
        1, 0, 1, 0)
    assert (loads["EN-Kreis"].leads, loads["EN-Kreis"].owns, loads["EN-Kreis"].modelled) == (0, 1, 0)
    assert (loads["Hattingen"].leads, loads["Hattingen"].owns, loads["Hattingen"].modelled,
            loads["Hattingen"].adopted) == (1, 1, 1, 1)
    assert loads["Wetter"].leads == loads["Wetter"].modelled == 0


# --- adopting a model ------------------------------------------------------------------------------


def live_count(session, cls, model_id: str) -> int:
    return session.scalar(select(func.count()).select_from(cls).where(cls.model_id == model_id,
                                                                        cls.deleted.is_(False)))


def test_adopting_copies_lanes_steps_and_flows_with_new_ids(demo_store, editor) -> None:
    hattingen, witten = org_id(demo_store, "Hattingen"), org_id(demo_store, "Witten")
    adopt = editor.apply(AdoptModel(MODEL_ID, hattingen))
    with demo_store.reading() as session:
        copy = session.get(ProcessModel, adopt.new_model_id)
        source = session.get(ProcessModel, MODEL_ID)
        assert (copy.based_on_id, copy.organisation_id, copy.kind, copy.process_id) == (
            MODEL_ID, hattingen, "ist", PROCESS_ID)
        assert copy.name == variant_name("Führerscheinantrag (Ist)", session.get(Organisation, hattingen))
        assert "Hattingen" in copy.name
        for cls in (Lane, Step, Flow):
            assert live_count(session, cls, copy.id) == live_count(session, cls, MODEL_ID) > 0
        assert live_count(session, PainPoint, copy.id) == 0 < live_count(session, PainPoint, MODEL_ID)
        old_steps = {s.id for s in session.scalars(select(Step).where(Step.model_id == MODEL_ID))}
        new_steps = {s.id: s for s in session.scalars(select(Step).where(Step.model_id == copy.id))}
        assert not old_steps & set(new_steps)
        for flow in session.scalars(select(Flow).where(Flow.model_id == copy.id)):
            assert flow.source_id in new_steps and flow.target_id in new_steps
        new_lanes = {lane.id: lane for lane in session.scalars(select(Lane).where(Lane.model_id == copy.id))}
        assert all(step.lane_id in new_lanes for step in new_steps.values())
        old_lanes = {lane.name: lane for lane in session.scalars(select(Lane).where(Lane.model_id == MODEL_ID))}
        for lane in new_lanes.values():  # Witten's own lanes become Hattingen's in its variant, others stay
            expected = hattingen if old_lanes[lane.name].organisation_id == witten else \
                old_lanes[lane.name].organisation_id
            assert lane.organisation_id == expected
        assert source.based_on_id is None


def test_the_copy_keeps_every_content_column_of_a_step(demo_store, editor) -> None:
    """A column added to Step later must be copied too, or the adopted variant silently loses it."""
    adopt = editor.apply(AdoptModel(MODEL_ID, org_id(demo_store, "Hattingen")))
    identity = {"id", "created_at", "updated_at", "revision", "deleted", "model_id", "lane_id"}
    columns = [c.key for c in Step.__table__.columns if c.key not in identity]
    with demo_store.reading() as session:
        def contents(model_id):
            return sorted(tuple(str(getattr(s, c)) for c in columns)
                          for s in session.scalars(select(Step).where(Step.model_id == model_id)))
        assert contents(adopt.new_model_id) == contents(MODEL_ID)


def test_adopting_undoes_and_redoes_with_the_same_rows(demo_store, editor) -> None:
    adopt = editor.apply(AdoptModel(MODEL_ID, org_id(demo_store, "Hattingen"), name="Unsere Variante"))
    with demo_store.reading() as session:
        before = {cls: live_count(session, cls, adopt.new_model_id) for cls in (Lane, Step, Flow)}
    editor.undo()
    with demo_store.reading() as session:
        assert session.get(ProcessModel, adopt.new_model_id).deleted
        assert all(live_count(session, cls, adopt.new_model_id) == 0 for cls in (Lane, Step, Flow))
    editor.redo()
    with demo_store.reading() as session:
        copy = session.get(ProcessModel, adopt.new_model_id)
        assert not copy.deleted and copy.name == "Unsere Variante"
        assert {cls: live_count(session, cls, adopt.new_model_id) for cls in (Lane, Step, Flow)} == before


def test_a_library_model_of_another_organisation_can_be_adopted(demo_store, editor) -> None:
    witten, hattingen = org_id(demo_store, "Witten"), org_id(demo_store, "Hattingen")
    make_library(demo_store, hattingen, [("process_models", MODEL_ID, witten), ("processes", PROCESS_ID, witten)])
    adopt = editor.apply(AdoptModel(MODEL_ID, hattingen))
    with demo_store.reading() as session:
        [row] = division_of_labour(session)
        flags = {m.id: (m.is_library, m.adopted) for m in row.models}
    assert flags == {MODEL_ID: (True, False), adopt.new_model_id: (False, True)}
    with demo_store.reading() as session:
        # One process's view (the register panel's) reads only its own rows' owners, with the same answer.
        assert division_of_labour(session, process_id=PROCESS_ID) == [row]


def test_adopting_a_deleted_model_or_for_a_missing_organisation_is_refused(demo_store, editor) -> None:
    with pytest.raises(EditError):
        editor.apply(AdoptModel(MODEL_ID, "no-such-organisation"))
    with demo_store.session() as session:
        session.get(ProcessModel, MODEL_ID).deleted = True
    with pytest.raises(EditError):
        editor.apply(AdoptModel(MODEL_ID, org_id(demo_store, "Hattingen")))
    with pytest.raises(EditError):
        AdoptModel(MODEL_ID, org_id(demo_store, "Hattingen"), name="   ")


# --- fact sheets -----------------------------------------------------------------------------------


def process(store, process_id: str = PROCESS_ID) -> Process:
    with store.reading() as session:
        return session.get(Process, process_id)


def test_a_fact_sheet_edit_changes_the_fields_and_undoes(demo_store, editor) -> None:
    editor.apply(EditFactSheet(PROCESS_ID, name="  Führerschein  ", leika_key="99050 048262 000", status="modelled",
                               product_area="01 Innere Verwaltung", case_volume="2.500",
                               tags=" Führerschein,Kreis , führerschein, , Bürgerbüro "))
    changed = process(demo_store)
    assert (changed.name, changed.leika_key, changed.status, changed.product_area, changed.case_volume,
            changed.tags) == ("Führerschein", "99050048262000", "modelled", "01 Innere Verwaltung", 2500,
                              "Führerschein, Kreis, Bürgerbüro")
    editor.undo()
    restored = process(demo_store)
    assert (restored.name, restored.status, restored.case_volume) == (
        "Fahrerlaubnis: Ersterteilung (Klasse B)", "in_survey", 2400)


def test_an_unchanged_fact_sheet_writes_nothing(demo_store, editor) -> None:
    revision = process(demo_store).revision
    editor.apply(EditFactSheet(PROCESS_ID, name="Fahrerlaubnis: Ersterteilung (Klasse B)", case_volume=2400))
    assert process(demo_store).revision == revision


@pytest.mark.parametrize("values", [
    {"name": "  "}, {"leika_key": "1234"}, {"leika_key": "9905004826200x"}, {"leika_key": "٩٩٠٥٠٠٤٨٢٦٢٠٠٠"},
    {"status": "done"}, {"case_volume": -1}, {"case_volume": "viele"}, {"case_volume": 2.5}, {"case_volume": True},
    {"colour": "blue"}, {"name": "x" * 301},
])
def test_bad_fact_sheet_values_are_refused_with_a_sentence(values) -> None:
    with pytest.raises(EditError) as refused:
        EditFactSheet(PROCESS_ID, **values)
    assert refused.value.message.endswith(".") and "\n" not in refused.value.message


def test_an_unknown_product_area_or_organisation_is_refused_when_it_runs(demo_store, editor) -> None:
    with pytest.raises(EditError):
        editor.apply(EditFactSheet(PROCESS_ID, product_area="99 Erfunden"))
    with pytest.raises(EditError):
        editor.apply(EditFactSheet(PROCESS_ID, lead_organisation_id="no-such-organisation"))
    editor.apply(EditFactSheet(PROCESS_ID, product_area="", lead_organisation_id=None, case_volume=None))
    stored = process(demo_store)
    assert (stored.product_area, stored.lead_organisation_id, stored.case_volume) == (
        "", None, None)


def test_a_library_process_of_another_organisation_is_not_edited(demo_store, editor) -> None:
    witten, kreis = org_id(demo_store, "Witten"), org_id(demo_store, "EN-Kreis")
    make_library(demo_store, witten, [("processes", PROCESS_ID, kreis)])
    with pytest.raises(EditError, match="Ennepe-Ruhr-Kreis"):
        editor.apply(EditFactSheet(PROCESS_ID, name="Übernommen"))
    assert process(demo_store).name == "Fahrerlaubnis: Ersterteilung (Klasse B)"


def test_own_rows_of_the_register_stay_editable(demo_store, editor) -> None:
    witten = org_id(demo_store, "Witten")
    make_library(demo_store, witten, [("processes", PROCESS_ID, witten)])
    editor.apply(EditFactSheet(PROCESS_ID, name="Eigene Änderung"))
    assert process(demo_store).name == "Eigene Änderung"


def test_tags_are_trimmed_and_deduplicated_ignoring_case_and_spelling() -> None:
    assert normalise_tags("a,  b  c ,A, Straße, strasse,,") == "a, b c, Straße"
    assert normalise_tags("") == ""


# --- the process map -------------------------------------------------------------------------------


def test_wrap_breaks_between_words_and_cuts_only_overlong_words() -> None:
    assert wrap("Baugenehmigung im vereinfachten Verfahren erteilen", 28) == [
        "Baugenehmigung im", "vereinfachten Verfahren", "erteilen"]
    assert all(len(line) <= 10 for line in wrap("Donaudampfschifffahrtsgesellschaft fährt", 10))
    assert "".join(wrap("Donaudampfschifffahrtsgesellschaft", 10)).replace("-", "") == \
        "Donaudampfschifffahrtsgesellschaft"
    assert wrap("") == []


def test_the_map_has_one_cluster_per_area_in_plan_order_and_a_legend(demo_store) -> None:
    add_process(demo_store, "Ohne Bereich")
    add_process(demo_store, "Abfallgebühren", product_area="11 Ver- und Entsorgung", status="implemented")
    add_process(demo_store, "Zentrale Vergabe", product_area="01 Innere Verwaltung")
    with demo_store.reading() as session:
        graph = process_map_graph(session, language="en")
    clusters = graph.get_subgraphs()
    labels = [cluster.get_label().strip('"') for cluster in clusters]
    assert labels == ["01 Innere Verwaltung", "02 Sicherheit und Ordnung", "11 Ver- und Entsorgung",
                      "without product area", "Legend"]
    assert [cluster.get("sortv") for cluster in clusters] == ["1", "2", "3", "4", "5"]
    [fuehrerschein] = clusters[1].get_nodes()
    label = fuehrerschein.get_label()
    assert "Fahrerlaubnis: Ersterteilung" in label and "in survey · Witten" in label
    [abfall] = clusters[2].get_nodes()
    assert abfall.get("fillcolor").strip('"') == "#08306b" and abfall.get("fontcolor").strip('"') == "#ffffff"
    with demo_store.reading() as session:
        german = process_map_graph(session, language="de").to_string()
    assert german.count("subgraph cluster_") == 5


@pytest.mark.parametrize("suffix", ["svg", "pdf", "png", "dot"])
def test_the_map_renders_through_graphviz(demo_store, tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "maps"
    folder.mkdir()
    out = folder / f"karte.{suffix}"
    with demo_store.reading() as session:
        render_process_map(session, out)
    data = out.read_bytes()
    magic = {"svg": b"<svg", "pdf": b"%PDF", "png": b"\x89PNG", "dot": b"graph process_map"}[suffix]
    assert magic in data[:400]
    if suffix == "svg":
        assert b"Fahrerlaubnis: Ersterteilung" in data
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left behind


def test_write_map_says_where_it_wrote(demo_store, tmp_path: Path, capsys) -> None:
    assert write_map(demo_store, tmp_path / "karte.svg") == 0
    assert str(tmp_path / "karte.svg") in capsys.readouterr().out


def test_map_errors_are_sentences_and_keep_the_old_file(demo_store, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "karte.png"
    out.write_bytes(b"old")
    with demo_store.reading() as session:
        with pytest.raises(ProcessMapError, match=r"\.svg"):
            render_process_map(session, tmp_path / "karte.gif")
        with pytest.raises(ProcessMapError):
            render_process_map(session, tmp_path / "missing" / "karte.svg")
        with pytest.raises(ProcessMapError):
            render_process_map(session, tmp_path)
        graph = process_map_graph(session)
        graph.set("layout", "no_such_engine")
        with pytest.raises(ProcessMapError, match="Graphviz"):
            render_graph(graph, "png")
        monkeypatch.setenv("PATH", str(tmp_path))  # a machine without Graphviz
        with pytest.raises(ProcessMapError, match="graphviz"):
            render_process_map(session, out)
    assert out.read_bytes() == b"old"


def test_an_empty_register_still_draws_the_legend(store, tmp_path: Path) -> None:
    with store.reading() as session:
        graph = process_map_graph(session, language="en")
        render_process_map(session, tmp_path / "leer.svg")
    assert [cluster.get_label().strip('"') for cluster in graph.get_subgraphs()] == ["Legend"]


def test_created_processes_appear_in_search_and_map(store, editor) -> None:
    """The edit path the GUI uses (Create) reaches the register views, not only direct inserts."""
    editor.apply(Create(Process, name="Neu angelegt", product_area="05 Soziale Leistungen"))
    assert names(search(store, text="neu")) == ["Neu angelegt"]
    with store.reading() as session:
        assert "05 Soziale Leistungen" in process_map_graph(session).to_string()


def test_a_changed_text_is_found_at_once(demo_store, editor) -> None:
    """Folds are remembered between searches; a new description must still be matched by its new words."""
    assert search(demo_store, text="kfz-zulassung") == []
    editor.apply(EditFactSheet(PROCESS_ID, description="Neu: mit Kfz-Zulassung"))
    [hit] = search(demo_store, text="kfz-zulassung")
    assert hit.snippet == tr("ProcessSearch", "Description") + ": Neu: mit Kfz-Zulassung"
    editor.undo()
    assert search(demo_store, text="kfz-zulassung") == []
