"""What a process costs, where it breaks, what the to-be saves (issue #7) — pure, no Qt, no database.

Typical use (the GUI does this at every ``workspace.data_changed``)::

    with workspace.reading() as session:
        rates = rate_table(stored_rates(session, view.model.organisation_id))
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
