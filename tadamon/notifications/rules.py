"""Who may send messages to many people: whoever runs the programme (its staff, administrators)
to its cohort, whoever runs the event to its travelling members."""

import rules

from tadamon.events.rules import runs_event
from tadamon.programmes.rules import runs_programme

rules.add_perm("notifications.message_programme", runs_programme)
rules.add_perm("notifications.message_event", runs_event)
