"""The Cooper UP closing meeting's programme, minutes and recommendations in the demo, with
REMESS among its institutions; loading twice adds nothing."""

import pytest
from django.core.management import call_command

from tadamon.events.models import AgendaItem, Event, Recommendation

pytestmark = pytest.mark.django_db


def test_the_closing_meeting_has_its_recommendations_followed_up_and_remess(settings, tmp_path, client):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo")
    closing = Event.objects.get(name_fr="Rencontre de clôture de la phase 1 de Cooper UP")
    assert "REMESS" in set(closing.partners.values_list("acronym", flat=True))
    assert closing.partners.get(acronym="REMESS").name_ar == "الشبكة المغربية للاقتصاد الاجتماعي والتضامني"
    rows = [(r.text_ar.split("،")[0].split(" ")[1], r.follower.acronym or r.follower.name_latin, r.status)
            for r in closing.recommendations.select_related("follower").order_by("pk")]
    assert rows == [("مجلس", "ODCO", "in_progress"), ("المشاريع", "INJAZ", "done"), ("على", "Managem", "open")]
    assert all(r.text_fr and r.due_on for r in closing.recommendations.all())
    assert closing.minutes.text_ar and closing.minutes.text_fr
    assert AgendaItem.objects.filter(event=closing).count() == 4
    html = client.get(f"/fr/events/{closing.pk}/").content.decode()
    assert "Créer un conseil national des coopératives" in html and "avec le REMESS" in html
    call_command("load_demo")
    assert Recommendation.objects.filter(event=closing).count() == 3
    assert AgendaItem.objects.filter(event=closing).count() == 4
