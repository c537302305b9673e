"""{% fixed %}: the chrome every page repeats is rendered once per process for each set of values it
depends on, and never served for values it was not rendered for."""
import pytest
from django.template import Context, Template
from django.test import override_settings
from django.utils import translation

from base.templatetags import fixed
from pages.models import SiteSettings


class Calls:
    """A context value that counts how often the template read it."""

    def __init__(self):
        self.count = 0

    def __str__(self):
        self.count += 1
        return f"渲染{self.count}"


TEMPLATE = Template("{% load fixed %}[{% fixed section %}{{ calls }}:{{ section }}{% endfixed %}]")


def render(template=TEMPLATE, **context):
    return template.render(Context(context))


def test_a_body_is_rendered_once_for_each_set_of_values():
    calls = Calls()
    assert render(calls=calls, section="news") == "[渲染1:news]"
    assert render(calls=calls, section="news") == "[渲染1:news]"
    assert calls.count == 1
    assert render(calls=calls, section="people") == "[渲染2:people]"
    assert render(calls=calls, section="news") == "[渲染1:news]"


def test_each_language_has_its_own():
    calls = Calls()
    with translation.override("zh-hans"):
        first = render(calls=calls, section="x")
    with translation.override("zh-hant"):
        other = render(calls=calls, section="x")
    assert (first, other) == ("[渲染1:x]", "[渲染2:x]")


def test_an_object_is_compared_by_identity_not_equality():
    """A new settings object (an editor saved) is a new key even where the old one compares equal."""
    calls = Calls()
    template = Template("{% load fixed %}{% fixed settings %}{{ calls }}{% endfixed %}")
    old, new = SiteSettings(pk=1, sponsor="甲"), SiteSettings(pk=1, sponsor="乙")
    assert old == new  # model equality is by primary key
    assert render(template, calls=calls, settings=old) == "渲染1"
    assert render(template, calls=calls, settings=new) == "渲染2"
    assert render(template, calls=calls, settings=new) == "渲染2"


def test_two_blocks_with_the_same_values_keep_their_own_html():
    template = Template("{% load fixed %}{% fixed 1 %}甲{% endfixed %}{% fixed 1 %}乙{% endfixed %}")
    assert render(template) == "甲乙"
    assert render(Template("{% load fixed %}{% fixed 1 %}丙{% endfixed %}")) == "丙"  # a template parsed anew


def test_a_changed_setting_empties_the_store():
    calls = Calls()
    render(calls=calls, section="s")
    with override_settings(SITE_NAME="另一个站点"):
        assert render(calls=calls, section="s") == "[渲染2:s]"


def test_the_store_is_bounded(monkeypatch):
    monkeypatch.setattr(fixed, "KEEP", 3)
    monkeypatch.setattr(fixed, "_kept", {})
    calls = Calls()
    for n in range(10):
        render(calls=calls, section=n)
    assert len(fixed._kept) <= 3
    assert calls.count == 10


@pytest.mark.django_db
def test_pages_mark_the_section_they_are_in(client):
    """The navigation is kept per section: each list marks its own, and only its own."""
    for path, label in (("/zh-hans/news/", "新闻"), ("/zh-hans/people/", "导师"), ("/zh-hans/courses/", "课程")):
        html = client.get(path).content.decode()
        nav = html[html.index('<nav id="site-nav"'):html.index("</nav>", html.index('<nav id="site-nav"'))]
        assert nav.count('aria-current="page"') == 1, path
        assert f'aria-current="page">{label}</a>' in nav, path


@pytest.mark.django_db
def test_the_footer_follows_the_settings_in_every_variant(client):
    SiteSettings(sponsor="甲单位").save()
    assert "甲单位" in client.get("/zh-hans/").content.decode()
    assert "甲單位" in client.get("/zh-tw/").content.decode()
    SiteSettings(sponsor="乙单位").save()
    for path, text in (("/zh-hans/", "乙单位"), ("/zh-tw/", "乙單位"), ("/zh-hk/", "乙單位")):
        html = client.get(path).content.decode()
        assert text in html and "甲" not in html[html.index("<footer"):], path
