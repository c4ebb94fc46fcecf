"""Dashboards read from a read replica when there is one.

With DATABASE_REPLICA_URL set, the database alias "replica" is a streaming replica of the
primary. The precomputed figures (the indicators app: cells, refresh times, programme figures)
are what every dashboard, open-data page and the indicators API read, at any rate; their reads
go to the replica, so the busiest public pages never load the primary. Writes (the refresh)
always go to the primary, and a page may show figures a replication lag old — seconds, while
the figures themselves are refreshed on a schedule. Everything else reads the primary, which
is always up to date: a form saved is seen at once."""

from django.conf import settings

REPLICA_APPS = {"indicators"}


class DashboardReplicaRouter:
    def db_for_read(self, model, **hints):
        if model._meta.app_label in REPLICA_APPS and settings.DASHBOARD_DATABASE in settings.DATABASES:
            return settings.DASHBOARD_DATABASE
        return None

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # the replica follows the primary's schema through replication
