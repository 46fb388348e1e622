"""The analysis of a model as stored: its organisation's rates, and each lane's organisation's own rates."""

from __future__ import annotations

from sqlalchemy.orm import Session

from werkstatt.analysis.figures import analyse, analysis_input, organisations_of
from werkstatt.analysis.model import Analysis
from werkstatt.analysis.rates import RateTable, rate_table
from werkstatt.edits.rates import stored_rates
from werkstatt.read.model import ModelView


def rates_for(session: Session, view: ModelView) -> tuple[RateTable, dict[str, RateTable]]:
    """The model organisation's rate table, and one per organisation of a lane (their overrides on top)."""
    rates = rate_table(stored_rates(session, view.model.organisation_id))
    lane_organisations = {lane.organisation_id for lane in view.lanes} - {None, ""}
    return rates, {org: rate_table(stored_rates(session, org)) for org in lane_organisations}


def analyse_stored(session: Session, view: ModelView) -> Analysis:
    rates, by_organisation = rates_for(session, view)
    return analyse(analysis_input(view, organisations_of(session), rates, organisation_rates=by_organisation))
