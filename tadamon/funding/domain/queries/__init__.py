"""Querysets of funding reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/` (`calls`: `calls_visible_to`; `name_requests`:
`requests_visible_to`; `support_requests`: `requests_visible_to` and `with_delays`; `compliance`:
`with_compliance`, the compliance score, and `inspection_plan`)."""
