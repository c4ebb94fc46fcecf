"""Walking the pages a signed-in person reaches, and reading the text they see, for the
one-language-per-page test (issue 21) and the phone-width test.

What counts as text a reader sees: the text of the page, the `title`, `alt`, `placeholder` and
`aria-label` attributes and the labels of buttons; not scripts, styles, `<code>` or `<textarea>`
(what the person typed themselves), not e-mail or web addresses, not the `<title>` (the tab repeats the page's heading, which is read,
and cannot mark a record's language). Identifiers are not words either:
an element of class "code" (certificate codes, references), any token holding a digit
(AS.TIN.1000, DEMO-0042) and capitals joined by hyphens (the XXXX-XXXX-XXXX of a code's format).

What is exempt: an element whose `lang` attribute names another language than the page's is
text declared to be in that language — a record entered in one language only, shown with its
"in French"/"بالعربية" label by the `translated` filter, a name written in one script only, the
language switcher's own names. On a French page, Arabic script is also accepted inside an element
with `dir="auto"`: that is how templates mark user-entered names, whose script nobody chose for the
page. Nothing else is exempt on an Arabic page: a Latin word there must be in ALLOWED_LATIN."""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve

# Latin words an Arabic page may show, each for a reason: names of bodies and documents that
# Arabic texts in Morocco write in Latin letters (ONSSA, ODCo, INDH, ANAPEC, OMPIC, CIN, ICE, RC),
# file formats and technologies as the buttons and files are named (PDF, XLSX, CSV, QR, SMS, API, and
# the recording, image and video formats a lesson accepts: Ogg, WAV, WebM, M4A, MP4, JPEG, PNG, WebP),
# the currency's code (MAD, in a form's unit), and brand names (WhatsApp, Managem, Injaz, Ecocert — the
# certification body's name on a certificate — and ISO, the standards' name), the keyboard's keys.
ALLOWED_LATIN = {
    "ONSSA", "ODCO", "ODCo", "INDH", "ANAPEC", "OMPIC", "CIN", "ICE", "RC", "ADS", "ONCA", "REMESS",
    "PDF", "XLSX", "CSV", "QR", "SMS", "API", "Ogg", "WAV", "WebM", "M4A", "MP4", "JPEG", "PNG", "WebP", "MAD", "WhatsApp", "Managem", "Injaz", "Tadamon", "Ecocert", "ISO",
    "Ctrl", "Cmd",  # keys, as printed on the keyboard
}

SKIPPED_ELEMENTS = {"script", "style", "code", "textarea", "template", "noscript", "title"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SEEN_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label")

ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b[\w.-]+\.(?:ma|org|com|net)\b")
LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"  # without × and ÷, which sit among the accented letters
LATIN_WORD = re.compile(f"[{LATIN_LETTERS}][{LATIN_LETTERS}'’·\\-]*")
# A token holding a digit, or capitals joined by hyphens (XXXX-XXXX-XXXX, CONV-MNG): a code, not a word.
IDENTIFIER = re.compile(r"\d|^[A-Z]+(-[A-Z]+)+$")
ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")


class VisibleText(HTMLParser):
    """Collects (text, exempt_for_latin, exempt_for_arabic) chunks of a page in `page_language`."""

    def __init__(self, page_language: str):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.stack = []  # (tag, skipped, other_language, auto_direction)
        self.chunks = []

    def _state(self):
        skipped = any(entry[1] for entry in self.stack)
        other_language = any(entry[2] for entry in self.stack)
        auto = any(entry[3] for entry in self.stack)
        return skipped, other_language, auto

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = (attrs.get("lang") or "").split("-")[0].lower()
        other_language = bool(lang) and lang != self.page_language
        identifier = "code" in (attrs.get("class") or "").split()
        entry = (tag, tag in SKIPPED_ELEMENTS or "hidden" in attrs or identifier, other_language,
                 attrs.get("dir") == "auto")
        if tag not in VOID_ELEMENTS:
            self.stack.append(entry)
        skipped, inherited_other, auto = self._state()
        if skipped or tag == "html":
            return
        other, auto = inherited_other or other_language, auto or entry[3]
        for name in SEEN_ATTRIBUTES:
            if attrs.get(name):
                self.chunks.append((attrs[name], other, other or auto))
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.chunks.append((attrs["value"], other, other or auto))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if not data.strip():
            return
        skipped, other, auto = self._state()
        if not skipped:
            self.chunks.append((data, other, other or auto))


def foreign_words(html: str, page_language: str) -> list[str]:
    """The words of the page that are in the wrong script: Latin words outside the allow-list on an
    Arabic page, Arabic words outside marked names on a French page."""
    parser = VisibleText(page_language)
    parser.feed(html)
    found = []
    for text, exempt_latin, exempt_arabic in parser.chunks:
        text = " ".join(token for token in ADDRESS.sub(" ", text).split() if not IDENTIFIER.search(token))
        if page_language == "ar" and not exempt_latin:
            found += [word for word in LATIN_WORD.findall(text) if word.strip("-'’·") not in ALLOWED_LATIN]
        elif page_language != "ar" and not exempt_arabic:
            found += ARABIC.findall(text)
    return found


def tamazight_foreign_words(html: str, names: frozenset = frozenset()) -> list[str]:
    """The words of a Tamazight page that are not in Tifinagh: Latin words outside the allow-list and
    Arabic words (an untranslated message comes out in Arabic), except in an element marked with
    another language or `dir="auto"` (names as typed) and the words of `names` (places, which have
    no Tifinagh form yet)."""
    parser = VisibleText("zgh")
    parser.feed(html)
    found = []
    for text, _exempt_latin, exempt_name in parser.chunks:
        if exempt_name:
            continue
        text = " ".join(token for token in ADDRESS.sub(" ", text).split() if not IDENTIFIER.search(token))
        found += [word for word in LATIN_WORD.findall(text)
                  if word.strip("-'’·") not in ALLOWED_LATIN and word not in names]
        found += [word for word in ARABIC.findall(text) if word not in names]
    return found


HREF = re.compile(r"""<a\s[^>]*?href=["']([^"'#]+)""", re.IGNORECASE)
# Links a crawl never follows: signing out, files, the admin site, the API, the static files.
SKIPPED_PATHS = re.compile(
    r"/logout|/admin/|/api/|/static/|/media/|\.(pdf|xlsx|csv|zip|ogg|png|jpg|svg)$|/export|/download|/print"
    r"|/pdf|/xlsx|/csv|/file|/attachments?/|/template|/qr|/delete|/remove|/revoke|/withdraw|/end/?$")
SKIPPED_QUERIES = re.compile(r"format=|download=|export=")


def pattern_of(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.route


def links(html: str, prefix: str):
    """(target, pattern key) of the page's same-site links in the page's language worth following."""
    for href in HREF.findall(html):
        parts = urlsplit(href.replace("&amp;", "&"))
        if parts.netloc and parts.netloc != "testserver":
            continue
        if not parts.path.startswith(prefix) or SKIPPED_PATHS.search(parts.path) or SKIPPED_QUERIES.search(parts.query):
            continue
        route = pattern_of(parts.path)
        if route is not None:
            yield parts.path + (f"?{parts.query}" if parts.query else ""), (route, bool(parts.query))


def crawl(client, language: str, start: str, max_pages: int, per_pattern: int = 2):
    """Breadth-first from `start` through same-site GET links in `language`: yields (url, html) for
    the HTML pages, at most `per_pattern` URLs of each URL pattern (and one with a query string)."""
    queue, seen, per_route, pages = deque([start]), {start}, {}, 0
    prefix = f"/{language}/"
    while queue and pages < max_pages:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code in (301, 302):
            target = response["Location"]
            if target.startswith(prefix) and target not in seen and "/login" not in target:
                seen.add(target)
                queue.append(target)
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        pages += 1
        html = response.content.decode()
        yield url, html
        for target, key in links(html, prefix):
            if target in seen or per_route.get(key, 0) >= (1 if key[1] else per_pattern):
                continue
            per_route[key] = per_route.get(key, 0) + 1
            seen.add(target)
            queue.append(target)
