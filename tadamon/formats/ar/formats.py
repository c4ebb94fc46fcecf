# Django's Arabic formats leave the date-and-time formats to the US defaults (month first,
# 12-hour clock); Morocco writes day/month/year and a 24-hour clock, as the French formats do.
# The right-to-left marks keep the day, month and year in that order inside Arabic text.
DATE_FORMAT = "j F Y"  # as CLDR writes it (d MMMM y): no comma between month and year
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d\u200f/m\u200f/Y"
SHORT_DATETIME_FORMAT = "d\u200f/m\u200f/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
# Numbers as tadamon/common/numbers.py writes them (see its docstring): a comma before decimals and
# a narrow no-break space (U+202F, bidi class CS) between thousands, never "." which reads as a
# decimal point ("98.500 درهم" was read as 98.5 dirhams).
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
