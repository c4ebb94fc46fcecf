from django.core.files.storage import storages


def private_storage():
    """Files only the back office serves, after a permission check (see settings.STORAGES)."""
    return storages["private"]
