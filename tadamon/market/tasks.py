"""Background tasks of the market (run by `manage.py db_worker`): the e-mails of orders, queued
in the same transaction as the change they announce, so a change undone sends nothing."""

from django_tasks import task

from tadamon.market.domain import order_mail
from tadamon.market.models import Order, OrderUpdate


@task()
def send_order_verification(order_id: int) -> int:
    return order_mail.send_verification(Order.objects.select_related("organization").get(pk=order_id))


@task()
def send_order_notice(update_id: int) -> int:
    return order_mail.send_notice(OrderUpdate.objects.select_related("order__organization").get(pk=update_id))
