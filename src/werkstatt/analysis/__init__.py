"""What a process costs, where it breaks, what the to-be saves (issue #7) — pure, no Qt, no database.

Typical use (the GUI does this at every ``workspace.data_changed``)::

    with workspace.reading() as session:
        rates = rate_table(stored_rates(session, view.model["organisation_id"]))
        organisations = organisations_of(session)          # {id: (name, kind)}
    result = analyse(analysis_input(view, organisations, rates))
    result.time.processing, result.fte, result.annual_cost, result.notes …
    result.administrations, result.outside_parties      # effort by party (PartyFigures)

    comparison = compare(analyse(as_is_input), analyse(to_be_input))
    table = variants([("Stadt Witten", a), ("Stadt Hattingen", b)])

Arithmetic (REFERENCE §2): time per case = Σ minutes × probability; annual minutes = case volume ×
processing minutes per case; FTE = annual minutes ÷ minutes per FTE; cost = Σ lane hours × rate ×
(1 + overhead). Gaps count as 0 and appear as plausibility notes. See figures.py for the branch rule.
Effort, FTE and cost are the administrations' only: lanes whose organisation is of kind "extern"
(citizens, businesses, TÜV) are outside parties, reported apart in hours (Erfüllungsaufwand).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from werkstatt.analysis.compare import Comparison, FigureDelta, VariantTable, compare, variants
    from werkstatt.analysis.figures import analyse, analysis_input, organisations_of
    from werkstatt.analysis.model import (
        Analysis,
        AnalysisInput,
        CaseTime,
        Counts,
        Handover,
        LaneFigures,
        Loop,
        MediaBreak,
        Note,
        PartyFigures,
        StepFigures,
        StepRef,
    )
    from werkstatt.analysis.rates import Rate, RateTable, default_rate_table, normalise_pay_grade, rate_table

# Which submodule holds each name: importing ``werkstatt.analysis.cli`` (every ``werkstatt --help``) must not
# load the figures and their database queries, so the names are fetched on first use (PEP 562).
_HOME = {
    **dict.fromkeys(("Comparison", "FigureDelta", "VariantTable", "compare", "variants"), "compare"),
    **dict.fromkeys(("analyse", "analysis_input", "organisations_of"), "figures"),
    **dict.fromkeys(("Analysis", "AnalysisInput", "CaseTime", "Counts", "Handover", "LaneFigures", "Loop",
                     "MediaBreak", "Note", "PartyFigures", "StepFigures", "StepRef"), "model"),
    **dict.fromkeys(("Rate", "RateTable", "default_rate_table", "normalise_pay_grade", "rate_table"), "rates"),
}
__all__ = [
    "Analysis", "AnalysisInput", "CaseTime", "Comparison", "Counts", "FigureDelta", "Handover", "LaneFigures",
    "Loop", "MediaBreak", "Note", "PartyFigures", "Rate", "RateTable", "StepFigures", "StepRef", "VariantTable",
    "analyse", "analysis_input", "compare", "default_rate_table", "normalise_pay_grade", "organisations_of",
    "rate_table", "variants",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOME[name]}"), name)
    globals()[name] = value
    return value
