# Django's French formats, except the thousands separator: the narrow no-break space (U+202F) of
# tadamon/common/numbers.py instead of a no-break space, so pages, PDFs and messages group alike.
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
