"""A paginator whose count is kept for a minute: for lists of many thousand rows (programme staff
follow 120,000 orders), counting them all costs more than the page itself, which an index reads
(docs/performance.md). The rows shown are always read afresh; only the total (and so the number
of pages) may be up to `seconds` old."""

from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.functional import cached_property


class CountKeptPaginator(Paginator):
    def __init__(self, object_list, per_page, *, count_key: str, seconds: int = 60, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count_key = f"paginator-count:{count_key}"
        self.seconds = seconds

    @cached_property
    def count(self) -> int:
        return cache.get_or_set(self.count_key, lambda: Paginator.count.func(self), self.seconds)
