# Django's English formats, except the thousands separator: the narrow no-break space (U+202F) of
# tadamon/common/numbers.py, the one grouping every language of the platform shares.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
