"""Pictures of directory records (academy/models/pictures.py): library pictures with renditions where an
editor chose one, a designed placeholder where not (the emblem, the surname in a disc), never a stand-in."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.models import Academy, Event, EventPhoto, Organisation, Person, TrainingBase, TrainingBasePhoto
from medialib import services
from medialib.models import Image
from tests.medialib.media_helpers import jpeg_bytes, upload
from zhtext.script import t2s

pytestmark = pytest.mark.django_db


def library_image(alt, size=(1200, 900), **fields):
    return services.save_image(Image(title=alt, alt=alt, **fields), upload(jpeg_bytes(size)))


@pytest.fixture
def records():
    academy = Academy.objects.create(name="测试工匠学院")
    host = Organisation.objects.create(name="测试实训单位")
    base = TrainingBase.objects.create(name="测试实训基地", academy=academy, host=host, kind="enterprise")
    event = Event.objects.create(name="测试揭牌仪式", kind="ceremony", academy=academy)
    return {"academy": academy, "base": base, "event": event, "person": Person.objects.create(name="王曙群")}


def pictures(html):
    return re.findall(r"<picture\b.*?</picture>", html, re.S)


def test_a_person_without_a_portrait_gets_the_surname_disc_not_a_photo(client, records):
    html = client.get(records["person"].get_absolute_url()).content.decode()
    disc = re.search(r'<span class="record-visual visual-portrait name-disc" aria-hidden="true">(.*?)</span></span>', html)
    assert disc and 'surname-1">王曙群' in disc.group(1)
    assert not pictures(html)


def test_a_portrait_is_shown_with_renditions_and_its_alt_text(client, records):
    person = records["person"]
    person.portrait = library_image("王曙群在车间指导学员", size=(900, 1200), credit="摄影：测试")
    person.save()
    html = client.get(person.get_absolute_url()).content.decode()
    (picture,) = pictures(html)
    assert 'type="image/webp"' in picture and "srcset=" in picture and 'alt="王曙群在车间指导学员"' in picture
    assert "name-disc" not in html
    with CaptureQueriesContext(connection) as queries:
        listing = client.get(reverse("academy:person-list")).content.decode()
    assert 'alt="王曙群在车间指导学员"' in listing
    # The card's portrait comes with the person's row (its renditions and alt), not by a query of its own.
    assert not [q["sql"] for q in queries if q["sql"].startswith("SELECT") and 'FROM "medialib_image"' in q["sql"]]


@pytest.mark.parametrize("name, chars", [("欧阳中石", 2), ("諸葛亮明", 2), ("于朝阳", 1), ("司马", 1)])
def test_the_disc_is_as_wide_as_the_surname(client, name, chars):
    person = Person.objects.create(name=name)
    html = client.get(person.get_absolute_url()).content.decode()
    # Simplified pages write every name in Simplified, the disc with it.
    assert f'<span class="name-disc-text surname-{chars}">{t2s(name)}</span>' in html


def test_a_latin_name_shows_its_first_letter(client):
    person = Person.objects.create(name="Anna Schmidt")
    html = client.get(person.get_absolute_url()).content.decode()
    assert '<span class="name-disc-text surname-1">A</span>' in html


def test_the_disc_keeps_the_names_own_traditional_spelling(client):
    """The full name is in the disc, so the converter writes it as the name (于 stays 于, 阳 becomes 陽)."""
    Person.objects.create(name="于朝阳", slug="yu-chao-yang")
    html = client.get("/zh-tw/people/yu-chao-yang/").content.decode()
    assert '<span class="name-disc-text surname-1">于朝陽</span>' in html


def test_an_academy_shows_its_logo_and_photo_or_the_emblem(client, records):
    academy = records["academy"]
    html = client.get(academy.get_absolute_url()).content.decode()
    assert 'class="record-visual visual-logo emblem-disc" aria-hidden="true"' in html and not pictures(html)
    academy.logo = library_image("测试工匠学院院徽", size=(600, 600))
    academy.photo = library_image("学院揭牌现场", caption="揭牌现场", credit="摄影：测试")
    academy.save()
    html = client.get(academy.get_absolute_url()).content.decode()
    assert len(pictures(html)) == 2 and "emblem-disc" not in html
    assert re.search(r'<figure class="record-hero">.*alt="学院揭牌现场".*揭牌现场.*摄影：测试.*</figure>', html, re.S)
    card = client.get(reverse("academy:academy-list")).content.decode()
    assert 'alt="测试工匠学院院徽"' in card


@pytest.mark.parametrize("kind", ["base", "event"])
def test_photo_sets_lead_the_page_and_fill_a_gallery(client, records, kind):
    record = records[kind]
    row = TrainingBasePhoto if kind == "base" else EventPhoto
    for position, alt in enumerate(["第三张", "第一张", "第二张"]):
        row.objects.create(**{kind: record}, image=library_image(alt), position=(position + 2) % 3)
    html = client.get(record.get_absolute_url()).content.decode()
    hero = re.search(r'<figure class="record-hero">.*?</figure>', html, re.S).group(0)
    assert 'alt="第一张"' in hero
    gallery = re.search(r'<section class="gallery".*?</section>', html, re.S).group(0)
    assert gallery.index('alt="第二张"') < gallery.index('alt="第三张"') and "第一张" not in gallery
    listing = client.get(reverse("academy:base-list" if kind == "base" else "academy:event-list")).content.decode()
    assert 'alt="第一张"' in listing and "第二张" not in listing  # one thumbnail per record


def test_records_without_photos_show_no_empty_picture_boxes(client, records):
    for record in (records["base"], records["event"]):
        html = client.get(record.get_absolute_url()).content.decode()
        assert "record-hero" not in html and 'class="gallery"' not in html


@pytest.mark.parametrize("kind", ["base", "event"])
def test_photo_pages_cost_the_same_queries_with_one_photo_or_many(client, records, django_assert_num_queries, kind):
    record = records[kind]
    row = TrainingBasePhoto if kind == "base" else EventPhoto
    list_url = reverse("academy:base-list" if kind == "base" else "academy:event-list")
    row.objects.create(**{kind: record}, image=library_image("一张"), position=0)
    counts = {}
    for label in ("one", "many"):
        if label == "many":
            for n in range(12):
                row.objects.create(**{kind: record}, image=library_image(f"照片{n}"), position=n + 1)
        for url in (record.get_absolute_url(), list_url):
            client.get(url)
            from django.db import connection
            from django.test.utils import CaptureQueriesContext
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            counts[label, url] = len(queries)
    assert counts["one", record.get_absolute_url()] == counts["many", record.get_absolute_url()]
    assert counts["one", list_url] == counts["many", list_url]


def test_a_picture_in_use_cannot_be_deleted_from_the_library(records):
    from django.db.models import ProtectedError
    person = records["person"]
    person.portrait = library_image("肖像")
    person.save()
    with pytest.raises(ProtectedError):
        person.portrait.delete()


def test_editors_pick_pictures_from_the_library_in_the_admin(client, records, editor):
    client.force_login(editor)
    html = client.get(reverse("admin:academy_person_change", args=[records["person"].pk])).content.decode()
    assert 'name="portrait"' in html and "medialib/image" in html  # an autocomplete over the library
    html = client.get(reverse("admin:academy_event_change", args=[records["event"].pk])).content.decode()
    assert 'name="photos-TOTAL_FORMS"' in html
    html = client.get(reverse("admin:academy_trainingbase_change", args=[records["base"].pk])).content.decode()
    assert 'name="photos-TOTAL_FORMS"' in html
    html = client.get(reverse("admin:academy_academy_change", args=[records["academy"].pk])).content.decode()
    assert 'name="logo"' in html and 'name="photo"' in html
