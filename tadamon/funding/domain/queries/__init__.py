"""Querysets of funding reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/` (`calls`: `calls_visible_to` and `calls_open_to`; `name_requests`:
`requests_visible_to`; `support_requests`: `requests_visible_to`, `with_delays` and `answered_requests`; `compliance`:
`with_compliance`, the compliance score, `inspection_plan` and `declaration_awaited`; `awards`: `awards_with_editions`, `edition_laureates` and `awards_of`)."""
