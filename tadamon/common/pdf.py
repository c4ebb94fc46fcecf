"""PDF documents in Arabic and French (certificates, labels, reports).

fpdf2 with HarfBuzz shaping (uharfbuzz) joins Arabic letters and orders right-to-left runs by the
Unicode bidirectional algorithm (fpdf.bidi, run on each paragraph before shaping); the fonts ship
with the project (Noto, SIL Open Font License) so a PDF looks the same on every machine, with
nothing to install from the system.

Numbers inside Arabic text keep their digit order only if the algorithm sees one number: format
figures with tadamon.common.numbers (thousands grouped by U+202F, bidi class CS, which rule W4
joins to the digits). A plain space (class WS) splits "5 549" into two numbers that a
right-to-left line prints "549 5". Ranges from numbers.format_range carry left-to-right isolates,
which fpdf.bidi honours (the isolate characters are zero-width glyphs of Noto Sans).

fpdf2 guesses a paragraph's direction from its first strong letter, so an Arabic line that begins
with a Latin acronym or a name would be laid out left to right: `arabic()` sets the paragraph
direction to right to left for what follows, `latin()` hands it back to the guess.

Tifinagh (Tamazight, left to right) is drawn with Noto Sans Tifinagh: `tifinagh()` picks it, and it is
a fallback font everywhere, so a Tifinagh name inside Arabic or French text is drawn too. The font
has no bold; a bold Tifinagh run is drawn regular. Its paragraphs' direction is guessed like
`latin()`'s, so a message of a Tamazight document that is not translated yet (shown in Arabic, see
common/translation_fallback.py) still reads right to left.
"""

import io
from pathlib import Path

import segno
from fpdf import FPDF
from fpdf.enums import TextDirection

from tadamon.common import numbers

FONTS = Path(__file__).resolve().parent / "fonts"
LATIN = "noto-sans"
ARABIC = "noto-naskh-arabic"
TIFINAGH = "noto-sans-tifinagh"


class Document(FPDF):
    """An A4 document with the three fonts registered and text shaping on. Use `latin()` or `arabic()`
    to pick the font of a run; characters the current font lacks fall back to the other one, so a
    Latin name inside Arabic text (or a digit, a slash) is still drawn."""

    def __init__(self, orientation: str = "portrait"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.add_font(LATIN, "", FONTS / "NotoSans-Regular.ttf")
        self.add_font(LATIN, "B", FONTS / "NotoSans-Bold.ttf")
        self.add_font(ARABIC, "", FONTS / "NotoNaskhArabic-Regular.ttf")
        self.add_font(ARABIC, "B", FONTS / "NotoNaskhArabic-Bold.ttf")
        self.add_font(TIFINAGH, "", FONTS / "NotoSansTifinagh-Regular.ttf")
        self.add_font(TIFINAGH, "B", FONTS / "NotoSansTifinagh-Regular.ttf")  # no bold face exists
        self.set_fallback_fonts([LATIN, ARABIC, TIFINAGH])
        self.set_text_shaping(use_shaping_engine=True)
        self.set_auto_page_break(auto=False)
        self.set_creator("Tadamon")

    def latin(self, size: float, bold: bool = False) -> None:
        self.set_font(LATIN, "B" if bold else "", size)
        self.text_shaping["direction"] = None  # guessed from each text's first strong letter

    def tifinagh(self, size: float, bold: bool = False) -> None:
        """The Tifinagh font, each paragraph's direction guessed (Tamazight reads left to right)."""
        self.set_font(TIFINAGH, "B" if bold else "", size)
        self.text_shaping["direction"] = None

    def font_for(self, language: str, size: float, bold: bool = False) -> None:
        """The font of a text in `language` ("ar", "zgh", or a language in Latin script)."""
        {"ar": self.arabic, "zgh": self.tifinagh}.get(language, self.latin)(size, bold)

    def arabic(self, size: float, bold: bool = False) -> None:
        """The Arabic font, and right-to-left paragraphs until `latin()` is called."""
        self.set_font(ARABIC, "B" if bold else "", size)
        self.text_shaping["direction"] = TextDirection.RTL

    def qr_code(self, data: str, *, x: float, y: float, size: float) -> None:
        buffer = io.BytesIO()
        segno.make(data, error="m").save(buffer, kind="png", scale=8, border=0)
        buffer.seek(0)
        self.image(buffer, x=x, y=y, w=size, h=size)

    def to_bytes(self) -> bytes:
        return bytes(self.output())


# fpdf2's bidirectional step mirrors paired brackets in right-to-left runs but not guillemets, so
# «النص» would print with its quotes pointing inwards. Swapping them first prints them as Arabic
# typesetting has them (the same glyphs a browser shows).
_MIRRORED_QUOTES = str.maketrans({"«": "»", "»": "«", "‹": "›", "›": "‹"})


def arabic_text(text: str) -> str:
    """Text for a right-to-left paragraph, its guillemets turned to print the right way round."""
    return text.translate(_MIRRORED_QUOTES)


def long_date(value, language: str) -> str:
    """12 mars 2023 / 12 مارس 2023 (Moroccan Arabic month names, Latin digits as on official papers),
    as every page writes it (common/numbers.py)."""
    return numbers.format_date(value, "long", language)
