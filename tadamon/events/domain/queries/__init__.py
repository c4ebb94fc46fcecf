"""Querysets of events reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/` (`events`: `events_run_by`, the events a user may
run, `with_attendance`, events annotated with their registered and checked-in counts, and for an
organisation's home `fairs_open_to` and `applications_to_come`)."""
