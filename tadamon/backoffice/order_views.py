"""Back-office pages of orders: the orders of the organisations a user keeps (a manager their
own; programme staff the cooperatives they support, to follow them; admins all), and the order's
page where the cooperative's manager answers, confirms, ships, delivers or declines."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import F, OuterRef, Subquery, Sum
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from tadamon.accounts.access import may, order_for_user
from tadamon.backoffice.views import require
from tadamon.common.attachment_forms import AttachmentForm
from tadamon.common.attachments import attachment_response
from tadamon.common.paginators import CountKeptPaginator
from tadamon.market.domain import orders as order_domain
from tadamon.market.domain.queries.orders import orders_seen_by
from tadamon.market.enums import OrderStatus
from tadamon.market.forms import OrderMessageForm
from tadamon.market.models import OrderAttachment, OrderLine

PAGE_SIZE = 50


@login_required
def order_list(request):
    require(request, "market.list_orders")
    # The amount in the same query (no query per row): the list shows it beside the status. A
    # subquery for the page's rows only, not a join and GROUP BY over every order the user sees
    # (4 s for programme staff following 120,000 orders; the count needs no lines at all).
    amounts = (OrderLine.objects.filter(order=OuterRef("pk")).order_by().values("order")
               .annotate(amount=Sum(F("quantity") * F("unit_price"))).values("amount"))
    orders = orders_seen_by(request.user).select_related("organization").annotate(total_amount=Subquery(amounts))
    status = request.GET.get("status", "")
    if status == "open":
        orders = orders.filter(status__in=OrderStatus.open())
    elif status in OrderStatus.seen_by_cooperative():
        orders = orders.filter(status=status)
    else:
        status = ""
    # The total is kept a minute per user and filter: counting 120,000 orders took longer than the page.
    page = CountKeptPaginator(orders.order_by("-created_at", "-pk"), PAGE_SIZE,
                              count_key=f"orders:{request.user.pk}:{status}").get_page(request.GET.get("page"))
    statuses = [("open", _("Waiting for an answer"))] + [
        (value, label) for value, label in OrderStatus.choices if value != OrderStatus.UNVERIFIED]
    return render(request, "backoffice/order_list.html", {"page_obj": page, "status": status, "statuses": statuses})


@login_required
def order_detail(request, pk: int):
    order = order_for_user(request, pk)
    handles = may(request, "market.handle_order", order)
    form = OrderMessageForm(request.POST or None)
    files = AttachmentForm(request.POST if request.method == "POST" else None, request.FILES or None, prefix="attach")
    if request.method == "POST":
        require(request, "market.handle_order", order)
        if all([form.is_valid(), files.is_valid()]):
            try:
                order_domain.move(order, request.POST.get("move", ""), user=request.user, by_buyer=False,
                                  message=form.cleaned_data["message"], attachments=files.checked)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Done: %(status)s. The buyer is told by e-mail.") % {
                    "status": order.get_status_display()})
                return redirect("backoffice:order", order.pk)
    return render(request, "backoffice/order_detail.html", {
        "order": order, "lines": order.lines.select_related("product"),
        "updates": order.updates.select_related("author").prefetch_related("attachments"),
        "moves": order_domain.moves_for(order, by_buyer=False) if handles else [], "handles": handles,
        "form": form, "files": files},
        status=400 if form.errors or files.errors else 200)


@login_required
def order_attachment(request, pk: int, attachment_pk: int):
    """A voice note or photo of the order's history, for those who see the order."""
    order = order_for_user(request, pk)
    return attachment_response(request, get_object_or_404(OrderAttachment, pk=attachment_pk, update__order=order))
