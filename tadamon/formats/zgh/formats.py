# Standard Moroccan Tamazight (zgh), left to right: dates day first with a 24-hour clock, as Morocco
# writes them, months by name (the `date` filter takes them from the zgh catalogue, where they are
# CLDR's zgh names: ⵉⵏⵏⴰⵢⵔ, ⴱⵕⴰⵢⵕ...); numbers as tadamon/common/numbers.py writes them: a comma before
# decimals (CLDR's zgh decimal sign) and U+202F between thousands, as in every language of the site.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\u202f"
NUMBER_GROUPING = 3
