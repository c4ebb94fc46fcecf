"""Querysets of the indicators reused by several interfaces, one module per subject, as in
`registry/domain/queries/`. None yet: the interfaces read the figures through `domain/figures.py`,
`domain/pivot.py`, `domain/open_data.py` and the dashboards, which return tables rather than
querysets, and each indicator's own query is in `catalogue.py`."""
