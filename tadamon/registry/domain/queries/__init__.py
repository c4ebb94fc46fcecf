"""Querysets of the registry reused by several interfaces (back office, public site, API), one
module per subject (`directory`: the directory's filter and the members' bands; `members`: an
organisation's current members as a viewer sees them)."""
