"""No personal data on any public page, in the public API or in open data (Law 09-08): on the
demo data, an anonymous visitor crawls every public page it can reach by following links, the
public API's lists and the open-data files, and none holds a member's CIN, phone or birth year
next to their name, a buyer's or applicant's phone, nor anything shaped like a CIN."""

import io
import re
import zipfile
from collections import deque
from html.parser import HTMLParser

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db

CIN_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,2}\d{5,6}(?![A-Za-z0-9])")
START = ["/ar/", "/fr/", "/ar/organizations/", "/fr/products/", "/ar/events/?when=all", "/fr/dashboard/",
         "/ar/dashboard/programmes/", "/fr/open-data/", "/fr/open-data/pivot/", "/ar/certificates/"]
FILES = ["/fr/open-data/indicators.csv?by=province", "/fr/open-data/pivot.csv?indicator=cooperative_members&rows=gender"
         "&columns=age_band", "/fr/open-data/pivot.xlsx?indicator=people_trained&rows=province&columns=year",
         "/fr/dashboard/report.xlsx?year=2023&region=MA-08"]
API = ["/api/v1/organizations", "/api/v1/products", "/api/v1/events", "/api/v1/programmes",
       "/api/v1/indicators?by=province&year=2023", "/api/v1/name-check?name=Tifawin"]
NOT_PUBLIC = ("/manage/", "/admin/", "/accounts/", "/api/", "/static/", "/media/", "/c/", "/t/", "/p/")


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and href.startswith("/") and not any(part in href for part in NOT_PUBLIC):
            self.links.append(href.split("#")[0])


def personal_values() -> set[str]:
    from tadamon.events.models import Participant
    from tadamon.funding.models import NameRequest
    from tadamon.market.models import Order
    from tadamon.registry.models import Person

    values = set()
    for person in Person.objects.all():
        values |= {person.cin, person.phone}
    values |= set(Order.objects.values_list("buyer_phone", flat=True))
    values |= set(NameRequest.objects.values_list("applicant_phone", flat=True))
    values |= {getattr(p, "phone", "") for p in Participant.objects.all()}
    return {value for value in values if value and len(value) >= 6}


def text_of(response) -> str:
    content = response.content
    if response["Content-Type"].startswith("application/vnd.openxmlformats"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            # The cells' text, not the styles and theme (whose colours look like F79646).
            return " ".join(archive.read(name).decode() for name in archive.namelist()
                            if name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/"))
    return content.decode("utf-8-sig")


def test_no_public_page_api_or_file_shows_personal_data(client):
    call_command("load_demo")
    secrets = personal_values()
    assert len(secrets) > 1000  # the demo's members, buyers and applicants have them
    seen, queue, leaks = set(), deque(START), []
    while queue and len(seen) < 600:
        path = queue.popleft()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code < 500, path
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        html = response.content.decode()
        leaks += [f"{path}: {v}" for v in secrets if v in html] + [f"{path}: {m}" for m in CIN_SHAPE.findall(html)]
        parser = Links()
        parser.feed(html)
        queue.extend(link for link in parser.links if link not in seen)
    assert len(seen) > 150, "the crawl should reach organisations, products, events and figures"
    for path in FILES + API:
        response = client.get(path)
        assert response.status_code == 200, path
        text = text_of(response)
        leaks += [f"{path}: {v}" for v in secrets if v in text] + [f"{path}: {m}" for m in CIN_SHAPE.findall(text)]
    assert leaks == []
