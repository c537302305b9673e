"""Content written with Hong Kong's forms (衞生, 保衞) on every page and in the search, and the migrations that
index again what was stored before normalisation folded them (zhtext.script.fold_hk_forms)."""
import re
from importlib import import_module

import pytest
from django.apps import apps
from django.db import connection

from academy.models import Academy

pytestmark = pytest.mark.django_db

TEXT = "香港衞生署與保衞科合辦工匠課程"


def text_of(client, url):
    return re.sub("</?mark>", "", client.get(url).content.decode())


@pytest.mark.parametrize(("variant", "shown"), [
    ("zh-hans", "香港卫生署与保卫科合办工匠课程"),
    ("zh-tw", "香港衛生署與保衛科合辦工匠課程"),
    ("zh-hk", "香港衞生署與保衞科合辦工匠課程"),
])
def test_an_article_written_in_hong_kong_forms_reads_in_each_variant(client, make_article, variant, shown):
    article = make_article(title=TEXT, body=f"<p>{TEXT}。</p>")
    html = client.get(f"/{variant}{article.get_absolute_url()[len('/zh-hans'):]}").content.decode()
    assert html.count(shown) >= 2  # the heading and the body
    assert ("衞" in html) == (variant == "zh-hk")


@pytest.mark.parametrize("query", ["卫生署", "衛生署", "衞生署", "保卫科"])
def test_the_search_finds_hong_kong_forms_from_any_script(client, make_article, query):
    make_article(title=TEXT)
    Academy.objects.create(name="香港衞生職業學院", slug="xiang-gang-wei-sheng")
    assert "香港卫生署与保卫科合办工匠课程" in text_of(client, f"/zh-hans/search/?q={query}")
    if query != "保卫科":
        assert "香港卫生职业学院" in text_of(client, f"/zh-hans/search/?q={query[:2]}职业")


def _stale(table, pk, **columns):
    """What the rows held before this release: tokens of the unfolded text, written past fill_derived."""
    sets = ", ".join(f"{name} = %s" for name in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET {sets} WHERE id = %s", [*columns.values(), pk])


def test_the_migrations_index_again_only_what_holds_hong_kong_forms(make_article):
    held, plain = make_article(title=TEXT), make_article(title="普通的新闻标题")
    academy = Academy.objects.create(name="香港衞生職業學院", slug="xiang-gang-wei-sheng")
    _stale("news_article", held.pk, search_title="stale", search_tokens="stale")
    _stale("news_article", plain.pk, search_title="untouched", search_tokens="untouched")
    _stale("academy_academy", academy.pk, search_names="stale")  # (search_grams is an array on PostgreSQL)

    import_module("news.migrations.0016_search_hk_forms").fill(apps, None)
    import_module("academy.migrations.0016_search_names_hk_forms").fill(apps, None)

    held.refresh_from_db()
    plain.refresh_from_db()
    academy.refresh_from_db()
    assert "卫生" in held.search_title.split() and "保卫" in held.search_tokens.split()
    assert (plain.search_title, plain.search_tokens) == ("untouched", "untouched")
    fresh = Academy(name=academy.name, aliases=academy.aliases)
    fresh.fill_derived()
    assert (academy.search_names, academy.search_grams) == (fresh.search_names, fresh.search_grams)
    assert "卫生" in academy.search_names
