"""Pictures for the demo products, drawn with Pillow when the demo loads (the demo ships no
images): a simple drawing of what the product is (a bottle for oils, a jar for honey and amlou,
dates on a plate, a bowl of couscous, a rug's pattern, a bar of soap, a saffron flower…) on a
background of its category's colour. No text, no randomness: the same picture every time."""

import functools
import io
import math
import random

from PIL import Image, ImageDraw

SIZE = (800, 600)
CX, CY = SIZE[0] // 2, SIZE[1] // 2

# sector code -> background colour
BACKGROUNDS = {
    "argan": (236, 214, 170), "dates": (240, 222, 196), "aromatic-medicinal-plants": (214, 234, 206),
    "saffron": (232, 220, 240), "honey": (250, 236, 190), "couscous-cereals": (244, 232, 206),
    "olive-oil": (222, 232, 196), "cactus": (206, 232, 218), "natural-cosmetics": (226, 232, 240),
    "essential-oils": (230, 222, 244), "embroidery": (244, 226, 230), "carpets-weaving": (240, 220, 210),
    "jewellery": (210, 222, 236), "pottery": (240, 224, 206), "sewing": (220, 230, 240), "basketry": (238, 230, 204),
}
DEFAULT_BACKGROUND = (232, 232, 232)


def _bottle(draw: ImageDraw.ImageDraw, liquid, *, small: bool = False) -> None:
    w, h = (110, 190) if small else (150, 300)
    top = CY - h // 2 + 40
    draw.rounded_rectangle((CX - w // 2, top, CX + w // 2, top + h), radius=34, fill=(250, 250, 245),
                           outline=(90, 90, 90), width=4)
    draw.rounded_rectangle((CX - w // 2 + 10, top + h // 3, CX + w // 2 - 10, top + h - 10), radius=26, fill=liquid)
    draw.rectangle((CX - 22, top - 70, CX + 22, top + 4), fill=(250, 250, 245), outline=(90, 90, 90), width=4)
    draw.rectangle((CX - 28, top - 100, CX + 28, top - 66), fill=(120, 70, 40))


def _jar(draw: ImageDraw.ImageDraw, content, lid=(200, 60, 50)) -> None:
    draw.rounded_rectangle((CX - 130, CY - 90, CX + 130, CY + 170), radius=50, fill=content, outline=(90, 70, 40),
                           width=5)
    draw.rounded_rectangle((CX - 140, CY - 140, CX + 140, CY - 80), radius=14, fill=lid, outline=(90, 40, 30), width=4)
    for x in range(CX - 130, CX + 140, 40):  # the lid's gingham cloth
        draw.line((x, CY - 140, x, CY - 80), fill=(250, 240, 240), width=6)
    draw.ellipse((CX - 70, CY + 10, CX + 70, CY + 90), fill=(255, 250, 235), outline=(90, 70, 40), width=3)


def _plate(draw: ImageDraw.ImageDraw) -> None:
    draw.ellipse((CX - 300, CY + 40, CX + 300, CY + 230), fill=(250, 250, 250), outline=(150, 150, 150), width=4)


def _dates(draw: ImageDraw.ImageDraw, colour) -> None:
    _plate(draw)
    for i in range(9):
        x, y = CX - 200 + (i % 5) * 100 + (i // 5) * 50, CY + 60 + (i // 5) * 60 - 40
        draw.ellipse((x - 40, y - 70, x + 40, y + 70), fill=colour, outline=(60, 30, 10), width=3)
        draw.arc((x - 25, y - 50, x + 5, y + 40), 100, 260, fill=(160, 100, 60), width=4)


def _bowl(draw: ImageDraw.ImageDraw, content, grain) -> None:
    draw.chord((CX - 200, CY - 110, CX + 200, CY + 90), 180, 360, fill=content)
    rng = random.Random(7)
    for _ in range(400):
        x, y = rng.randint(CX - 180, CX + 180), rng.randint(CY - 100, CY - 10)
        if ((x - CX) / 200) ** 2 + ((y - CY + 10) / 100) ** 2 < 1:
            draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=grain)
    draw.chord((CX - 250, CY - 150, CX + 250, CY + 190), 0, 180, fill=(160, 80, 40), outline=(90, 40, 20), width=5)
    draw.rectangle((CX - 90, CY + 180, CX + 90, CY + 210), fill=(140, 70, 35))


def _rug(draw: ImageDraw.ImageDraw, field=(170, 40, 40), motif=(245, 225, 180)) -> None:
    left, top, right, bottom = CX - 300, CY - 200, CX + 300, CY + 200
    draw.rectangle((left, top, right, bottom), fill=field, outline=(60, 20, 20), width=6)
    for x in range(left, right + 1, 12):  # fringes
        draw.line((x, bottom, x, bottom + 30), fill=motif, width=3)
        draw.line((x, top - 30, x, top), fill=motif, width=3)
    for i in range(5):
        x = left + 60 + i * 120
        draw.polygon([(x, CY - 120), (x + 55, CY), (x, CY + 120), (x - 55, CY)], outline=motif, width=8)
        draw.polygon([(x, CY - 40), (x + 18, CY), (x, CY + 40), (x - 18, CY)], fill=(30, 30, 60))
    draw.rectangle((left + 20, top + 20, right - 20, bottom - 20), outline=motif, width=5)


def _soap(draw: ImageDraw.ImageDraw, colour) -> None:
    draw.polygon([(CX - 220, CY - 20), (CX - 60, CY - 110), (CX + 220, CY - 60), (CX + 60, CY + 30)],
                 fill=tuple(min(255, c + 40) for c in colour), outline=(40, 30, 20))
    draw.polygon([(CX - 220, CY - 20), (CX + 60, CY + 30), (CX + 60, CY + 130), (CX - 220, CY + 80)], fill=colour,
                 outline=(40, 30, 20))
    draw.polygon([(CX + 60, CY + 30), (CX + 220, CY - 60), (CX + 220, CY + 40), (CX + 60, CY + 130)],
                 fill=tuple(max(0, c - 30) for c in colour), outline=(40, 30, 20))


def _flower(draw: ImageDraw.ImageDraw, petal=(150, 90, 200), heart=(200, 30, 30)) -> None:
    draw.line((CX, CY + 40, CX, CY + 260), fill=(70, 140, 60), width=10)
    for k in range(6):
        angle = k * math.pi / 3
        x, y = CX + 90 * math.cos(angle), CY - 60 + 90 * math.sin(angle)
        draw.ellipse((x - 70, y - 70, x + 70, y + 70), fill=petal, outline=(90, 50, 130), width=3)
    draw.ellipse((CX - 40, CY - 100, CX + 40, CY - 20), fill=(240, 210, 80))
    for dx in (-30, 0, 30):
        draw.line((CX, CY - 60, CX + dx, CY - 190), fill=heart, width=9)


def _sprigs(draw: ImageDraw.ImageDraw, leaf=(90, 130, 70)) -> None:
    for k in range(7):
        x0 = CX - 150 + k * 50
        draw.line((CX, CY + 200, x0, CY - 180), fill=(110, 90, 60), width=5)
        for t in range(1, 9):
            x = CX + (x0 - CX) * t / 9
            y = CY + 200 - 380 * t / 9
            draw.ellipse((x - 14, y - 8, x + 14, y + 8), fill=leaf)
    draw.rectangle((CX - 40, CY + 150, CX + 40, CY + 180), fill=(180, 60, 60))


def _cloth(draw: ImageDraw.ImageDraw, thread=(40, 90, 160)) -> None:
    draw.rectangle((CX - 280, CY - 200, CX + 280, CY + 200), fill=(252, 250, 244), outline=(200, 190, 170), width=4)
    for x in range(CX - 250, CX + 251, 25):
        for y in (CY - 175, CY + 175):
            draw.line((x - 8, y - 8, x + 8, y + 8), fill=thread, width=4)
            draw.line((x - 8, y + 8, x + 8, y - 8), fill=thread, width=4)
    for k in range(8):
        angle = k * math.pi / 4
        x, y = CX + 80 * math.cos(angle), CY + 80 * math.sin(angle)
        draw.ellipse((x - 30, y - 30, x + 30, y + 30), outline=(190, 40, 80), width=6)
    draw.ellipse((CX - 30, CY - 30, CX + 30, CY + 30), fill=(230, 170, 40))


def _jewellery(draw: ImageDraw.ImageDraw) -> None:
    silver, dark = (200, 205, 212), (110, 115, 125)
    draw.arc((CX - 230, CY - 250, CX + 230, CY + 130), 20, 160, fill=dark, width=8)
    draw.polygon([(CX, CY + 220), (CX - 110, CY + 20), (CX + 110, CY + 20)], fill=silver, outline=dark)
    draw.ellipse((CX - 35, CY + 50, CX + 35, CY + 120), fill=(30, 140, 120), outline=dark, width=4)
    for dx in (-70, 70):
        draw.ellipse((CX + dx - 16, CY + 30, CX + dx + 16, CY + 62), fill=(200, 40, 40), outline=dark, width=3)


def _tajine(draw: ImageDraw.ImageDraw, clay=(190, 90, 50)) -> None:
    draw.ellipse((CX - 260, CY + 80, CX + 260, CY + 190), fill=tuple(max(0, c - 30) for c in clay),
                 outline=(90, 40, 20), width=4)
    draw.polygon([(CX - 210, CY + 130), (CX, CY - 200), (CX + 210, CY + 130)], fill=clay, outline=(90, 40, 20))
    draw.ellipse((CX - 30, CY - 230, CX + 30, CY - 180), fill=clay, outline=(90, 40, 20), width=4)
    for y in (CY - 60, CY + 20):
        draw.line((CX - (CY + 130 - y) * 0.64, y, CX + (CY + 130 - y) * 0.64, y), fill=(245, 225, 190), width=6)


def _djellaba(draw: ImageDraw.ImageDraw, cloth=(40, 110, 150)) -> None:
    draw.polygon([(CX - 80, CY - 180), (CX + 80, CY - 180), (CX + 250, CY - 60), (CX + 200, CY - 10),
                  (CX + 130, CY - 70), (CX + 170, CY + 250), (CX - 170, CY + 250), (CX - 130, CY - 70),
                  (CX - 200, CY - 10), (CX - 250, CY - 60)], fill=cloth, outline=(20, 50, 70))
    draw.polygon([(CX - 70, CY - 180), (CX, CY - 260), (CX + 70, CY - 180)], fill=cloth, outline=(20, 50, 70))
    draw.line((CX, CY - 180, CX, CY + 40), fill=(230, 200, 90), width=8)


def _basket(draw: ImageDraw.ImageDraw, straw=(200, 160, 90)) -> None:
    draw.arc((CX - 200, CY - 260, CX + 200, CY + 60), 180, 360, fill=(150, 110, 60), width=16)
    draw.polygon([(CX - 250, CY - 100), (CX + 250, CY - 100), (CX + 180, CY + 200), (CX - 180, CY + 200)],
                 fill=straw, outline=(120, 90, 40))
    for y in range(CY - 70, CY + 200, 40):
        draw.line((CX - 250 + (y - CY + 100) * 0.23, y, CX + 250 - (y - CY + 100) * 0.23, y), fill=(150, 110, 60),
                  width=5)


def _cactus(draw: ImageDraw.ImageDraw) -> None:
    pad, spine = (90, 150, 80), (40, 90, 40)
    for box in ((CX - 110, CY - 20, CX + 110, CY + 260), (CX - 260, CY - 170, CX - 60, CY + 60),
                (CX + 60, CY - 200, CX + 250, CY + 40)):
        draw.ellipse(box, fill=pad, outline=spine, width=4)
    for x, y in ((CX - 170, CY - 200), (CX - 100, CY - 190), (CX + 110, CY - 230), (CX + 190, CY - 220)):
        draw.ellipse((x - 30, y - 40, x + 30, y + 40), fill=(220, 80, 60), outline=(120, 40, 30), width=3)


def _rhassoul(draw: ImageDraw.ImageDraw) -> None:
    _plate(draw)
    rng = random.Random(3)
    for _ in range(14):
        x, y = rng.randint(CX - 200, CX + 200), rng.randint(CY - 20, CY + 110)
        draw.ellipse((x - 45, y - 30, x + 45, y + 30), fill=(140, 100, 80), outline=(90, 60, 50), width=3)


# product (French name) -> its drawing
DRAWINGS = {
    "Huile d'argan alimentaire": lambda d: _bottle(d, (200, 140, 40)),
    "Amlou": lambda d: _jar(d, (150, 90, 50)),
    "Dattes Mejhoul": lambda d: _dates(d, (110, 55, 25)),
    "Dattes Boufeggous": lambda d: _dates(d, (150, 80, 35)),
    "Eau de rose": lambda d: _bottle(d, (240, 150, 180)),
    "Thym séché": _sprigs,
    "Safran de Taliouine": _flower,
    "Miel de thym": lambda d: _jar(d, (230, 160, 30), lid=(60, 120, 60)),
    "Couscous d'orge": lambda d: _bowl(d, (225, 190, 120), (190, 150, 80)),
    "Huile d'olive vierge extra": lambda d: _bottle(d, (150, 160, 40)),
    "Huile de pépins de figue de Barbarie": lambda d: _bottle(d, (200, 80, 90), small=True),
    "Savon noir beldi": lambda d: _soap(d, (70, 50, 35)),
    "Ghassoul": _rhassoul,
    "Huile essentielle de lavande": lambda d: _bottle(d, (140, 100, 200), small=True),
    "Nappe brodée": _cloth,
    "Tapis de Taznakht": _rug,
    "Bijoux berbères en argent": _jewellery,
    "Tajine en terre cuite": _tajine,
    "Djellaba traditionnelle": _djellaba,
    "Panier en doum": _basket,
}


@functools.cache
def picture(product_fr: str, sector_code: str) -> bytes:
    """PNG bytes of the product's drawing on its category's background (drawn once per load)."""
    image = Image.new("RGB", SIZE, BACKGROUNDS.get(sector_code, DEFAULT_BACKGROUND))
    draw = ImageDraw.Draw(image)
    draw.ellipse((CX - 330, CY - 270, CX + 330, CY + 270), fill=tuple(min(255, c + 12) for c in image.getpixel((0, 0))))
    DRAWINGS.get(product_fr, _jar_default)(draw)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def _jar_default(draw: ImageDraw.ImageDraw) -> None:
    _jar(draw, (200, 180, 150))
