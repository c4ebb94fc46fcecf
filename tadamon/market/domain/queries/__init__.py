"""Querysets of the market reused by several interfaces (back office, public site, API), one
module per subject, as in `registry/domain/queries/` (`catalogue`: `catalogue`, the public
catalogue filtered and sorted, and `with_cards`, what a product card shows; `orders`:
`orders_seen_by` a back-office user, `orders_of_buyer` and `orders_awaiting_answer`;
`certifications`: `certifications_to_renew`)."""
