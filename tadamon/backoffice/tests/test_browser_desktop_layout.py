"""The back office on a desktop (1280 px, conftest's phone-sized `page` widened): the name-request
queue's status pill stays on one line beside the long names and the check's long badges."""

import pytest
from playwright.sync_api import expect

from tadamon.common.testing import sign_in
from tadamon.funding.tests.factories import NameRequestFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

DESKTOP = {"width": 1280, "height": 800}


def test_the_name_queues_status_pill_is_on_one_line(page, live_server, officer_user):
    # The demo's row that wrapped "En attente": two long names, and the check's longest badges.
    NameRequestFactory(authority=officer_user.organization, verdict="clash", grade="weak",
                       name_ar="تعاونية المستقبل للنباتات العطرية والطبية دوار تلات ميدلت",
                       name_latin="Coopérative Al Moustakbal des plantes aromatiques et médicinales du douar Tlat")
    page.set_viewport_size(DESKTOP)
    sign_in(page, live_server, "officer", "fr")
    page.goto(f"{live_server.url}/fr/manage/names/")
    pill = page.locator("td .badge.request-pending")
    expect(pill).to_have_text("En attente")
    one_line = pill.evaluate("e => parseFloat(getComputedStyle(e).lineHeight)")
    assert pill.bounding_box()["height"] < 1.5 * one_line  # one line and the pill's padding, not two
