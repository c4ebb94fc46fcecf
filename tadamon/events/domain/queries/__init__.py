"""Querysets of events reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/`. To move here when `domain/events.py` is not being
edited: `events_run_by` and `with_attendance` (the API and the back office both use them)."""
