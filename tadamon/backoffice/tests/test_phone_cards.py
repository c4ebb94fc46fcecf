"""Tables a phone shows as cards (main.css, .table-cards): each row a card, each value under its
column's name, so no column a manager needs (a certification's expiry, an import's problem, an
agreement's budget) runs off a 390 px screen. Rendered through the test client from the demo's data;
the labels are written by the templates, so a page read before app.js runs already has them."""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model

from tadamon.common.tests.test_page_language import demo_users  # noqa: F401 (the shared demo fixture)
from tadamon.programmes.models import Programme
from tadamon.registry.models import MemberImport, OrganizationImport

pytestmark = pytest.mark.django_db


class Tables(HTMLParser):
    """The page's tables: [{"classes", "headers", "cells": [td attributes]}], and its buttons."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self.buttons = [], []
        self.open_tables, self.in_th, self.button = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.open_tables.append({"classes": (attrs.get("class") or "").split(), "headers": [], "cells": []})
        elif tag == "th" and self.open_tables:
            self.in_th = []
        elif tag == "td" and self.open_tables:
            self.open_tables[-1]["cells"].append(attrs)
        elif tag == "button":
            self.button = {"attrs": attrs, "text": []}

    def handle_endtag(self, tag):
        if tag == "table" and self.open_tables:
            self.tables.append(self.open_tables.pop())
        elif tag == "th" and self.in_th is not None:
            self.open_tables[-1]["headers"].append(" ".join("".join(self.in_th).replace("\u200e", "").split()))
            self.in_th = None
        elif tag == "button" and self.button:
            self.buttons.append((self.button["attrs"], " ".join("".join(self.button["text"]).split())))
            self.button = None

    def handle_data(self, data):
        if self.in_th is not None:
            self.in_th.append(data)
        if self.button:
            self.button["text"].append(data)


def page(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = Tables()
    parsed.feed(response.content.decode())
    return parsed


def table_headed(parsed, header):
    found = [t for t in parsed.tables if header in t["headers"]]
    assert found, f"a table with the column {header!r}"
    return found


def unlabelled(table) -> list[dict]:
    """The cells a phone would show without their column's name (an empty row's message excepted)."""
    return [cell for cell in table["cells"] if "data-label" not in cell and "empty" not in (cell.get("class") or "")]


@pytest.fixture
def import_reports(demo_users):  # noqa: F811
    """An organisation import and a member import that both failed on a row: their report's table."""
    report = {"ok": False, "error_count": 1, "file_errors": [], "total_rows": 3,
              "errors": [{"row": 3, "column": "province", "value": "Tiznitt", "message": "Unknown province."}]}
    admin = get_user_model().objects.get(username="admin")
    manager = demo_users["manager"]
    organizations = OrganizationImport.objects.create(file="imports/a.xlsx", original_name="a.xlsx", created_by=admin,
                                                      status="done", report=report)
    members = MemberImport.objects.create(file="imports/b.xlsx", original_name="b.xlsx", created_by=manager,
                                          organization=manager.organization, status="done", report=report)
    return organizations, members


def test_the_tables_cut_on_a_phone_become_labelled_cards(demo_users, client, import_reports):  # noqa: F811
    manager, staff = demo_users["manager"], demo_users["staff"]
    admin = get_user_model().objects.get(username="admin")
    organization = manager.organization.pk
    organizations_import, members_import = import_reports
    programme = Programme.objects.order_by("pk").first().pk
    checked = {  # (who, page): the first column's header of each table that must become cards
        (manager, f"/en/manage/organizations/{organization}/certifications/"): ["Type"],
        (admin, f"/en/manage/organizations/{organization}/"): ["Commitment", "Date"],
        (admin, "/en/manage/names/"): ["Reference"],
        (admin, f"/en/manage/imports/{organizations_import.pk}/"): ["Row"],
        (manager, f"/en/manage/organizations/{organization}/members/import/{members_import.pk}/"): ["Row"],
        (admin, "/en/manage/agreements/"): ["Reference"],
        (staff, f"/en/manage/programmes/{programme}/"): ["25–34"],  # people trained by age band
        (staff, "/en/manage/portfolio/"): ["Province", "Sector", "Year", "Deliveries", "25–34"],
    }
    problems = []
    for (user, url), headers in checked.items():
        parsed = page(client, user, url)
        for header in headers:
            for table in table_headed(parsed, header):
                if "table-cards" not in table["classes"]:
                    problems.append(f"{url} table {header!r}: not shown as cards on a phone")
                if not table["cells"] or unlabelled(table):
                    problems.append(f"{url} table {header!r}: {len(unlabelled(table))} cells without a label")
    assert not problems, "\n".join(problems)


def test_an_officers_queue_shows_who_asks_and_about_what_on_a_phone(demo_users, client):  # noqa: F811
    parsed = page(client, demo_users["officer"], "/en/manage/support-requests/")
    (queue,) = table_headed(parsed, "Organisation")
    shown = [cell for cell in queue["cells"] if "secondary" not in (cell.get("class") or "").split()]
    labels = {cell.get("data-label") for cell in shown}
    assert {"Organisation", "Category"} <= labels  # not left out on a phone (.secondary)


def test_the_recorders_button_is_not_named_like_the_forms_submit_button(demo_users, client):  # noqa: F811
    parsed = page(client, demo_users["manager"], "/fr/manage/support-requests/new/")
    (record,) = [text for attrs, text in parsed.buttons if "data-record" in attrs]
    submits = [text for attrs, text in parsed.buttons if attrs.get("type") == "submit"]
    assert submits and record.strip("🎙 ") not in submits


def test_the_message_preferences_are_saved_with_the_sites_button(demo_users, client):  # noqa: F811
    manager = demo_users["manager"]
    parsed = page(client, manager, f"/fr/manage/organizations/{manager.organization.pk}/messages/")
    (save,) = [attrs for attrs, text in parsed.buttons if attrs.get("type") == "submit" and text == "Enregistrer"]
    assert "button" in save["class"].split()  # not the browser's own small grey button
