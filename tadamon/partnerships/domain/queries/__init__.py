"""Querysets of partnerships reused by several interfaces (back office, public site, API), one
module per subject, as in `registry/domain/queries/`. To move here: `with_progress`,
`agreements_visible_to`, `commitments_seen_by` and `support_seen_by` (`domain/commitments.py`)."""
