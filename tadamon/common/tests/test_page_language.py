"""One language per page (issue 21): every page the demo's manager, programme staff and officer reach
from their home page, in Arabic and in French, speaks that language only. The rules for what is
read and what is exempt are in page_crawl's docstring."""

import re

import pytest
from django.core.management import call_command

from tadamon.common.tests.page_crawl import crawl, foreign_words

pytestmark = pytest.mark.django_db

ROLES = ["manager", "staff", "ngo", "officer"]
MAX_PAGES_PER_ROLE = 200  # the demo's roles reach 60 to 110 pages each


@pytest.fixture(scope="module")
def demo_users(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module (in a transaction rolled back at its end, as
    test_access_matrix does, so no other module sees it): {role: user}."""
    from django.contrib.auth import get_user_model
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo")
        yield {role: get_user_model().objects.get(username=role) for role in ROLES}
        transaction.set_rollback(True)


def pages_in_the_wrong_language(client, users, language: str) -> tuple[list[str], int]:
    problems, pages = [], 0
    for role in ROLES:
        client.force_login(users[role])
        for url, html in crawl(client, language, f"/{language}/manage/", MAX_PAGES_PER_ROLE):
            pages += 1
            words = foreign_words(html, language)
            if words:
                problems.append(f"{role} {url}: {' '.join(sorted(set(words))[:25])}")
            title = re.search(r"<title>(.*?)</title>", html, re.S)
            if title and "&lt;" in title.group(1):  # markup meant for the page, shown raw in the tab
                problems.append(f"{role} {url}: markup in the title {title.group(1)[:80]}")
        client.logout()
    return problems, pages


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_every_page_speaks_its_language(demo_users, client, language):
    problems, pages = pages_in_the_wrong_language(client, demo_users, language)
    assert pages > 100  # the crawl reached the back office, not only the home pages
    assert not problems, f"{len(problems)} pages of {pages}:\n" + "\n".join(problems)


def test_a_latin_word_on_an_arabic_page_is_found_unless_allowed_or_marked():
    html = ('<html lang="ar"><body><p>برنامج Cooper UP مع ONSSA</p><script>var x = "Hall";</script>'
            '<p><span lang="fr" dir="auto">Palais des congrès</span> <small>بالفرنسية</small></p>'
            '<p>contact@example.org https://tadamon.ma</p><input type="submit" value="Envoyer">'
            '<input placeholder="Zagora"></body></html>')
    assert sorted(foreign_words(html, "ar")) == ["Cooper", "Envoyer", "UP", "Zagora"]


def test_arabic_on_a_french_page_is_found_outside_marked_names():
    html = ('<html lang="fr"><body><p>Programme نساء</p><p dir="auto">تعاونية نساء دادس</p>'
            '<a lang="ar" href="/ar/">العربية</a><img alt="صورة"></body></html>')
    assert foreign_words(html, "fr") == ["نساء", "صورة"]


def test_a_text_written_in_the_other_script_says_which_language_it_is_in():
    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load tadamon %}{{ reason|written }}|{{ name|written_name }}")
    with translation.override("ar"):
        html = template.render(Context({"reason": "Retard de déclaration", "name": "Claire Dubois"}))
        assert '<span lang="fr" dir="auto">Retard de déclaration</span> <small class="fallback">بالفرنسية</small>' in html
        assert html.endswith('<span lang="fr" dir="auto">Claire Dubois</span>')
        assert foreign_words(html, "ar") == []
    with translation.override("fr"):
        html = template.render(Context({"reason": "تأخر في التصريح", "name": "Claire Dubois"}))
        assert '<small class="fallback">en arabe</small>' in html
        assert html.endswith('<span dir="auto">Claire Dubois</span>')  # same script as the page: no label


def test_names_quoted_in_a_sentence_are_isolated_with_their_language_and_direction():
    from django.template import Context, Template
    from django.utils import translation

    template = Template("{% load tadamon %}{{ reason|mark_scripts }}")
    reason = "Même partie distinctive dans l'autre écriture : «تيفاوين» ~ «tifawin» <b>."
    with translation.override("fr"):
        html = template.render(Context({"reason": reason}))
        assert '«<bdi lang="ar" dir="rtl">تيفاوين</bdi>» ~ «tifawin» &lt;b&gt;.' in html
        assert foreign_words(f'<html lang="fr"><body><p>{html}</p></body></html>', "fr") == []
        # French spaces its guillemets with no-break spaces: they stay outside the isolate.
        html = template.render(Context({"reason": "Le mot distinctif du nom «\u00a0تافوكت\u00a0» ne figure nulle part."}))
        assert '«\u00a0<bdi lang="ar" dir="rtl">تافوكت</bdi>\u00a0» ne figure' in html
    with translation.override("ar"):
        html = template.render(Context({"reason": "نفس الجزء المميز: «تيفاوين» ~ «Tifawin Nord»"}))
        assert html.endswith('«<bdi lang="fr" dir="ltr">Tifawin Nord</bdi>»')
        assert foreign_words(f'<html lang="ar"><body><p>{html}</p></body></html>', "ar") == []
