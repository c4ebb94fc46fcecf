"""Orders and questions for the demo, made through the same workflow as real ones (without
e-mails): the Dadès women's cooperative (the demo manager's) receives them in every state, some
from the demo buyer account, some from guests, in Arabic and French. Buyers are invented."""

import datetime
from decimal import Decimal

from django.utils import timezone

from tadamon.market.domain.orders import BuyerDetails, move, place_order, verify_email
from tadamon.market.models import Order, OrderUpdate, Product

GUESTS = [
    BuyerDetails(name="Claire Dubois", email="claire.dubois@example.fr", company="Épicerie du Soleil", city="Lyon",
                 country="France", delivery_address="12 rue Mercière, 69002 Lyon"),
    BuyerDetails(name="سلمى بنعلي", email="salma.benali@example.ma", city="الدار البيضاء", country="المغرب",
                 phone="0661234567"),
    BuyerDetails(name="Youssef El Idrissi", email="youssef@example.ma", company="Riad Dar Zitoun", city="Marrakech",
                 country="Maroc"),
    BuyerDetails(name="Hanna Schmidt", email="hanna.schmidt@example.de", company="Naturkost Schmidt",
                 city="Köln", country="Deutschland"),
]

# (buyer: index in GUESTS or "account", kind, language, days ago, quantities per product, message, moves)
# Each move: (name, by_buyer, message).
STORIES = [
    (0, "order", "fr", 2, (6, 0), "Pour notre rayon cosmétique naturelle.", []),
    (1, "inquiry", "ar", 3, (), "هل يمكن إرسال ماء الورد إلى الدار البيضاء؟ وما ثمن الشحن؟",
     [("answer", False, "نعم، عبر شركة النقل، 40 درهمًا للطرد.")]),
    (2, "order", "fr", 9, (10, 4), "Pour le petit-déjeuner du riad.",
     [("confirm", False, "Prête lundi, enlèvement à Boumalne ou transport."), ("write", True, "Transport, merci.")]),
    ("account", "order", "fr", 16, (4, 2), "",
     [("confirm", False, ""), ("ship", False, "Expédiée par CTM, colis n° 58210.")]),
    ("account", "order", "ar", 40, (2, 1), "", [("confirm", False, ""), ("ship", False, ""), ("received", True, "")]),
    (3, "order", "fr", 25, (200, 0), "Für unseren Bioladen: Gibt es ein Bio-Zertifikat?",
     [("decline", False, "Nous ne pouvons pas produire 200 litres avant la prochaine récolte, en mai.")]),
    (0, "order", "fr", 1, (3, 1), "", "unverified"),
]


def load_orders(organization, buyer) -> int:
    """The demo's orders to `organization`; `buyer` is the demo buyer account."""
    if Order.objects.exists():
        return 0
    products = list(Product.objects.filter(organization=organization, published=True).order_by("pk")[:2])
    if not products:
        return 0
    now = timezone.now()
    for who, kind, language, days_ago, quantities, message, moves in STORIES:
        account = buyer if who == "account" else None
        details = (BuyerDetails(name=buyer.get_full_name() or buyer.username, email=buyer.email, city="Rabat",
                                country="Maroc") if account else GUESTS[who])
        lines = [(product, Decimal(q)) for product, q in zip(products, quantities, strict=False) if q]
        if kind == "order":  # stock enough for the story: the demo shows the workflow, not a shortage
            for product, quantity in lines:
                if product.stock is not None and product.stock < quantity * 2:
                    Product.objects.filter(pk=product.pk).update(stock=quantity * 3)
                    product.stock = quantity * 3
        order = place_order(organization, kind=kind, lines=lines, buyer=details, message=message, user=account,
                            language=language, notify=False)
        if moves != "unverified":
            if account is None:
                verify_email(order, notify=False)
            for name, by_buyer, text in moves:
                move(order, name, by_buyer=by_buyer, message=text, notify=False)
        # Spread the story over the days before today, an hour or so between steps.
        start = now - datetime.timedelta(days=days_ago)
        Order.objects.filter(pk=order.pk).update(created_at=start)
        for step, update in enumerate(order.updates.order_by("pk")):
            OrderUpdate.objects.filter(pk=update.pk).update(at=start + datetime.timedelta(hours=3 * step))
    return len(STORIES)
