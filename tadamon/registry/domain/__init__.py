class ConcurrentEditError(Exception):
    """Raised when a record changed between the moment a user opened it and the moment they saved."""
