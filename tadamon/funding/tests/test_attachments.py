"""Voice notes and photos with a support request: a manager says what stands in the way instead of
writing it; the file is checked by its bytes, its size and its length, kept privately, and played
back only to those who may read the request."""

import io

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image

from tadamon.accounts.tests.factories import UserFactory
from tadamon.common.tests.audio_samples import ogg_opus, webm_opus
from tadamon.funding.models import RoutingRule, SupportRequest, SupportRequestAttachment
from tadamon.registry.tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db
NEW = "/en/manage/support-requests/new/"


def voice(data: bytes, name="voice.webm", content_type="audio/webm"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def photo_with_gps(name="champ.jpg"):
    exif = Image.Exif()
    exif[0x8825] = {2: (31.0, 55.0, 0.0)}  # a phone's GPS position
    exif[0x010F] = "PhoneMaker"
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (90, 140, 60)).save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def onssa(db):
    institution = OrganizationFactory(kind="public_body", name_latin="ONSSA", name_ar="أونسا")
    RoutingRule.objects.create(category="sanitary", institution=institution)
    return institution


def raise_by_voice(client, data: bytes, **extra):
    return client.post(NEW, {"category": "sanitary", "title": "Autorisation sanitaire", "description": "",
                             "attach-voice": voice(data), **extra})


def test_a_manager_raises_a_request_by_voice_only_and_the_institution_plays_it(onssa, manager_user, client_for):
    response = raise_by_voice(client_for(manager_user), webm_opus(2), **{"attach-voice_seconds": "2"})
    request = SupportRequest.objects.get()
    assert response.status_code == 302 and request.description == ""
    note = SupportRequestAttachment.objects.get()
    assert (note.kind, note.content_type, note.seconds, note.event.kind) == ("voice", "audio/webm", 2, "opened")
    assert note.file.storage is storages["private"]  # never under MEDIA_URL
    assert not note.file.name.endswith("voice.webm") and note.file.name.startswith("support/")

    officer = UserFactory(username="onssa", role="officer", organization=onssa)
    page = client_for(officer).get(f"/fr/manage/support-requests/{request.pk}/").content.decode()
    url = f"/fr/manage/support-requests/{request.pk}/attachments/{note.pk}/"
    assert f'<audio controls preload="none" src="{url}">' in page
    played = client_for(officer).get(url)
    assert played.status_code == 200 and played.content == webm_opus(2)
    assert played["Content-Type"] == "audio/webm" and played["X-Content-Type-Options"] == "nosniff"
    assert played["Content-Disposition"] == f'inline; filename="voice-{note.pk}.webm"'
    part = client_for(officer).get(url, HTTP_RANGE="bytes=0-99")  # Safari asks a range before playing
    assert part.status_code == 206 and part.content == webm_opus(2)[:100]
    assert part["Content-Range"] == f"bytes 0-99/{len(webm_opus(2))}"


def test_a_request_with_neither_words_nor_voice_is_refused(onssa, manager_user, client_for):
    response = client_for(manager_user).post(NEW, {"category": "sanitary", "title": "Autorisation",
                                                   "description": " "})
    assert response.status_code == 400
    assert "Say what stands in the way: write it or record a voice note." in response.content.decode()
    assert not SupportRequest.objects.exists()


@pytest.mark.parametrize("fake", [
    b"\x89PNG\r\n\x1a\n" + bytes(64),
    b"<!doctype html><html><script>alert(document.cookie)</script></html>",
], ids=["renamed-png", "html"])
def test_a_file_that_is_not_a_voice_note_is_refused_whatever_its_name_and_type(fake, onssa, manager_user,
                                                                            client_for):
    response = raise_by_voice(client_for(manager_user), fake)
    assert response.status_code == 400
    assert ("This file is not a voice note we can play: record it again, or choose a WebM, Ogg or M4A audio "
            "file.") in response.content.decode()
    assert not SupportRequest.objects.exists() and not SupportRequestAttachment.objects.exists()


def test_an_over_size_voice_note_is_refused_with_the_limit(onssa, manager_user, client_for):
    with override_settings(MAX_VOICE_BYTES=1024 * 1024):
        response = client_for(manager_user).post(NEW, {"category": "sanitary", "title": "Autorisation",
                                                  "attach-voice": voice(b"OggS" + bytes(1024 * 1024))})
    assert response.status_code == 400
    assert "The voice note is 1 MB; the most we accept is 1 MB." in response.content.decode()
    assert not SupportRequest.objects.exists()


def test_a_voice_note_longer_than_the_limit_is_refused_with_its_length(onssa, manager_user, client_for):
    response = client_for(manager_user).post(NEW, {"category": "sanitary", "title": "Autorisation",
                                              "attach-voice": voice(ogg_opus(130), "note.ogg", "audio/ogg"),
                                              "attach-voice_seconds": "10"})  # the recorder's hint loses
    assert response.status_code == 400
    assert "The voice note lasts 2:10; the most we accept is 2:00." in response.content.decode()


def test_a_comment_with_photos_keeps_none_of_their_metadata(onssa, manager_user, client_for):
    client = client_for(manager_user)
    raise_by_voice(client, ogg_opus(1))
    request = SupportRequest.objects.get()
    url = f"/fr/manage/support-requests/{request.pk}/"
    response = client.post(url, {"action": "comment", "comment-version": request.version, "comment-message": "",
                                 "attach-photos": [photo_with_gps(), photo_with_gps("b.jpg")]})
    assert response.status_code == 302
    photos = SupportRequestAttachment.objects.filter(kind="photo", event__kind="commented")
    assert photos.count() == 2
    served = client.get(f"{url}attachments/{photos[0].pk}/")
    assert served["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(served.content))
    assert image.size == (800, 600) and not image.getexif()  # no GPS, no maker


def test_four_photos_are_refused(onssa, manager_user, client_for):
    client = client_for(manager_user)
    raise_by_voice(client, ogg_opus(1))
    request = SupportRequest.objects.get()
    response = client.post(f"/en/manage/support-requests/{request.pk}/", {
        "action": "comment", "comment-version": request.version, "comment-message": "Voici",
        "attach-photos": [photo_with_gps(f"{n}.jpg") for n in range(4)]})
    assert response.status_code == 400
    assert "Send at most 3 photos with one message." in response.content.decode()
    assert request.events.count() == 1


def test_only_those_who_read_the_request_may_play_its_voice_note(onssa, manager_user, other_manager, officer_user,
                                                                  staff_user, buyer_user, admin_user, client_for):
    raise_by_voice(client_for(manager_user), ogg_opus(1))
    note = SupportRequestAttachment.objects.get()
    request = note.event.request
    url = f"/fr/manage/support-requests/{request.pk}/attachments/{note.pk}/"
    assert client_for(None).get(url).status_code == 302  # to sign in
    for outsider in (other_manager, officer_user, staff_user, buyer_user):  # officer_user: another institution
        assert client_for(outsider).get(url).status_code in (403, 404), outsider.username
    for reader in (manager_user, admin_user):
        assert client_for(reader).get(url).status_code == 200
    other = SupportRequest.objects.create(
        organization=other_manager.organization, category="sanitary", title="Autre", description="x",
        institution=onssa, answer_due_at=request.answer_due_at, resolve_due_at=request.resolve_due_at)
    elsewhere = f"/fr/manage/support-requests/{other.pk}/attachments/{note.pk}/"  # its own request, another's note
    assert client_for(other_manager).get(elsewhere).status_code == 404


@pytest.mark.parametrize("count", [1, 3])
def test_the_history_s_query_count_does_not_grow_with_voice_notes(count, onssa, manager_user, client_for,
                                                                   django_assert_num_queries):
    from tadamon.backoffice.tests.test_list_queries import assert_same_queries
    from tadamon.common.attachments import check_voice
    from tadamon.funding.domain.support_requests import comment

    client = client_for(manager_user)
    raise_by_voice(client, ogg_opus(1))
    request = SupportRequest.objects.get()
    for _ in range(count):
        comment(request, by=manager_user, message="", attachments=[check_voice(voice(ogg_opus(1), "a.ogg"))])
    # user, request, history, its voice notes and photos
    response = assert_same_queries(client, f"/fr/manage/support-requests/{request.pk}/", 4, django_assert_num_queries)
    assert response.content.decode().count("<audio controls preload=\"none\"") == count + 1  # the players
