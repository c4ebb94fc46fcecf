"""Querysets of funding reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/`. To move here: `calls_visible_to`
(`domain/calls.py`), the two `requests_visible_to` and `with_delays` (`domain/name_requests.py`,
`domain/support_requests.py`), `with_compliance` and `inspection_plan` (`domain/compliance.py`)."""
