"""The converter with a directory of 20,000 people: every page answers, names convert right, and the
glossary is built once per change by one worker, never again per request, even when the build fails."""
import pytest

from academy.models import Person
from news.models import Article
from variants import glossary
from zhtext.sample_names import person_names
from zhtext.variants import HANT_HK, HANT_TW, name_forms_many

pytestmark = pytest.mark.django_db

PEOPLE = person_names(20_000, seed=11)


@pytest.fixture
def directory(site):
    Person.objects.bulk_create(
        Person(name=name, slug=f"generated-{i}") for i, name in enumerate(PEOPLE)
    )
    glossary.bump_version()
    mentioned = PEOPLE[::40]  # 500 of them in one article
    body = "".join(f"<p>第一{name}说：</p>" for name in mentioned)
    article = Article.objects.create(
        title=f"{mentioned[0]}等五百人", slug="generated-people", body=body, summary=mentioned[1],
        status=Article.Status.PUBLISHED,
    )
    return article, mentioned


def test_20000_people_every_page_answers_and_names_are_right(client, directory):
    article, mentioned = directory
    for code in (HANT_TW, HANT_HK):
        _pages_answer_and_names_are_right(client, article, mentioned, code)


def _pages_answer_and_names_are_right(client, article, mentioned, code):
    for path in ("/", "/news/", "/people/", "/academies/", f"/news/{article.slug}/", "/news/feed/rss/"):
        assert client.get(f"/{code}{path}").status_code == 200, path
    page = client.get(f"/{code}/news/{article.slug}/").content.decode()
    forms = name_forms_many(mentioned, person=True)
    missing = [f[code] for f in forms if f"第一{f[code]}" not in page]
    assert missing == []


def test_a_failed_build_is_not_repeated_per_request(client, site, monkeypatch):
    calls = []

    def broken():
        calls.append(1)
        raise RuntimeError("database gone")

    monkeypatch.setattr(glossary, "build_names", broken)
    glossary.bump_version()
    for _ in range(5):
        assert client.get("/zh-tw/").status_code == 200  # converted by OpenCC alone meanwhile
        assert client.get("/zh-hk/news/").status_code == 200
    assert len(calls) == 1
    monkeypatch.setattr(glossary, "RETRY_SECONDS", 0)
    glossary.converter_for(HANT_TW)
    assert len(calls) == 2  # tried again once the pause is over


def test_another_worker_reads_the_stored_table_instead_of_building(client, site, monkeypatch):
    glossary.bump_version()
    client.get("/zh-tw/")  # this worker builds and stores the table
    other_worker = glossary._Converters()
    monkeypatch.setattr(glossary, "build_names", lambda: pytest.fail("built again"))
    converter = other_worker.get(HANT_TW, glossary.glossary_version())
    assert converter.convert("于朝阳出席") == "于朝陽出席"


def test_names_and_glossary_changes_reach_the_pages(client, site):
    assert "于朝陽" in client.get("/zh-tw/people/").content.decode()
    Person.objects.create(name="于新人", slug="yu-xin-ren")
    assert "于新人" in client.get("/zh-tw/people/").content.decode()


def test_a_lost_version_key_never_comes_back_as_a_version_already_used(client, site):
    from django.core.cache import cache

    glossary.bump_version()
    client.get("/zh-tw/")
    held = glossary._converters.version
    cache.clear()  # Redis restarted or evicted the key
    glossary.bump_version()
    assert glossary.glossary_version() > held
