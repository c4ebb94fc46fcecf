"""Querysets of events reused by several interfaces (back office, public site, API), one module
per subject, as in `registry/domain/queries/` (`events`: `events_run_by`, the events a user may
run, `with_attendance`, events annotated with their registered and checked-in counts, and for an
organisation's home `fairs_open_to` and `applications_to_come`; `meetings`: `meeting_of`, an event's programme, minutes and
recommendations, and `public_meeting`, what its public page shows of them; `exhibitors`: a fair's
public exhibitors, their figures and the stands by zone, for the public page, the API and the
catalogue's filter by event)."""
