"""Querysets several interfaces reuse: `catalogue` (the published courses with their figures)
and `progress` (learners per programme, cooperative and course, the academy's figures)."""
