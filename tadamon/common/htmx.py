def is_htmx(request) -> bool:
    """True for a request made by htmx that wants a fragment, not a whole page."""
    return bool(getattr(request, "htmx", False)) and not request.htmx.boosted
