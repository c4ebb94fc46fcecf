"""Querysets of the market reused by several interfaces (back office, public site, API), one
module per subject, as in `registry/domain/queries/`. To move here: `catalogue` and `with_cards`
(`domain/catalogue.py`), `orders_seen_by` and `orders_of_buyer` (`domain/orders.py`)."""
