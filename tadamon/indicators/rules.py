"""Who may read what of the indicators.

- Everyone, signed in or not: the figures (dashboards, open data page, CSV and API, crossed
  tables, programme dashboards, annual report). They are aggregates read from the precomputed
  cells, with every count of people under 5 hidden (domain/suppression.py). Every public view
  of figures declares `indicators.view_figures`, so a page of figures that is not for everyone
  changes this rule, not the views.
- Nobody sees the counts under 5 today: every interface calls `pivot` and `programme_dashboard`
  with `public=True`; `public=False` is used by the tests alone. A permission for it (say
  `indicators.view_unsuppressed`) comes with the first page that shows them.
"""

import rules

rules.add_perm("indicators.view_figures", rules.always_allow)
