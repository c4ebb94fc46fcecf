"""Querysets of partnerships reused by several interfaces (back office, public site, API), one
module per subject, as in `registry/domain/queries/` (`agreements`: `agreements_visible_to`;
`commitments`: `with_progress`, the status of each commitment, `commitments_to` an organisation
and `commitments_seen_by` a user; `support`: `support_seen_by`)."""
