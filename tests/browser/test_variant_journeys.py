"""A reader and the script variants: the switcher keeps them on the same page (with its filters and page
number), the choice is remembered for the bare address, a first visit follows the browser's languages,
and the keyboard reaches the switcher in Traditional as in Simplified."""
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from academy.models import Academy
from tests.browser.helpers import DESKTOP, PHONE, VARIANT_CODES, new_context, outline, watch
from tests.browser.pages import add_news_pages, course_filter_query, sample_article
from variants.catalogue import BY_CODE
from variants.conversion import as_shown

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def switcher(page):
    return page.locator(".variant-switcher")


def in_variant(text, code):
    """The text as the site shows it between tags in a variant (converter, name glossary, corner quotes)."""
    return as_shown(text, code)


def lang(page):
    return page.locator("html").get_attribute("lang")


def remembered(context):
    return {c["name"]: c["value"] for c in context.cookies()}.get(settings.LANGUAGE_COOKIE_NAME)


def test_switch_an_article_to_traditional_and_be_remembered(browser, url, site):
    context = new_context(browser, DESKTOP)  # a reader whose browser asks for zh-CN
    page = context.new_page()
    errors = watch(page)
    article = sample_article()
    page.goto(url(article))
    assert lang(page) == "zh-Hans"
    simplified = in_variant(article.title, "zh-hans")
    expect(page.locator("h1")).to_have_text(simplified)
    expect(switcher(page).locator("[aria-current=true]")).to_have_text("简体")

    switcher(page).get_by_role("link", name="繁體·台灣").click()
    page.wait_for_url(url(article, variant="zh-tw"))  # the same article, not the home page
    assert lang(page) == "zh-Hant-TW"
    title = in_variant(article.title, "zh-tw")
    assert title != simplified, "the sample article's title should read differently in Traditional"
    expect(page.locator("h1")).to_have_text(title)
    expect(page).to_have_title(f"{title} · {in_variant(settings.SITE_NAME, 'zh-tw')}")
    nav = page.locator("#site-nav")
    expect(nav.get_by_role("link", name="學院", exact=True)).to_be_visible()
    expect(nav.get_by_role("link", name="学院", exact=True)).to_have_count(0)
    expect(switcher(page).locator("[aria-current=true]")).to_have_text("繁體·台灣")
    assert remembered(context) == "zh-tw"

    # The bare address, and an address without a variant copied from elsewhere, follow the remembered choice.
    page.goto(f"{site.url}/")
    page.wait_for_url(url("news:home", variant="zh-tw"))
    assert lang(page) == "zh-Hant-TW"
    unprefixed = url(article).replace("/zh-hans/", "/", 1)
    page.goto(unprefixed)
    page.wait_for_url(url(article, variant="zh-tw"))

    # Back to 简体: remembered too.
    switcher(page).get_by_role("link", name="简体").click()
    page.wait_for_url(url(article))
    assert remembered(context) == "zh-hans"
    page.goto(f"{site.url}/")
    page.wait_for_url(url("news:home"))
    context.close()
    assert not errors, f"JavaScript errors or CSP refusals: {errors}"


def test_first_visit_follows_accept_language(browser, url, site):
    """A fresh reader's browser languages pick the variant of the bare address (no cookie yet)."""
    for locale, variant in [("zh-HK", "zh-hk"), ("zh-TW", "zh-tw"), ("zh-CN", "zh-hans"), ("en-US", "zh-hans")]:
        context = new_context(browser, PHONE, locale=locale)
        page = context.new_page()
        page.goto(f"{site.url}/")
        page.wait_for_url(url("news:home", variant=variant))
        assert lang(page) == BY_CODE[variant].hreflang, locale
        assert remembered(context) is None, "a first visit chooses nothing for the reader"
        context.close()


def test_switching_keeps_filters_and_page_number(page, url):
    # A filtered course catalogue keeps its filter, and finds the same courses, in 繁體·香港.
    page.goto(url("academy:course-list"))
    cards = page.locator("main .card-title a")
    everything = cards.count()
    query = course_filter_query()
    slug = query.split("=", 1)[1]
    page.get_by_label("学院").select_option(value=slug)
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(re.escape(query)))
    submitted = urlsplit(page.url).query  # the whole form: academy=…&field=&teacher=&format=
    filtered = cards.all_inner_texts()
    assert 0 < len(filtered) < everything

    switcher(page).get_by_role("link", name="繁體·香港").click()
    page.wait_for_url(url("academy:course-list", query=submitted, variant="zh-hk"))
    assert lang(page) == "zh-Hant-HK"
    assert cards.all_inner_texts() == [in_variant(title, "zh-hk") for title in filtered]
    academy = page.locator("select[name=academy]")
    assert academy.input_value() == slug, "the filter stays chosen in the other variant"
    chosen = academy.evaluate("s => s.options[s.selectedIndex].text").strip()
    assert chosen == in_variant(Academy.objects.get(slug=slug).name, "zh-hk")
    expect(page.locator('meta[name="robots"]')).to_have_attribute("content", "noindex")

    # Page 2 of the news list stays page 2.
    add_news_pages()
    page.goto(url("news:list", query="page=2", variant="zh-tw"))
    pagination = page.locator("nav.pagination")
    expect(pagination.locator("[aria-current=page]")).to_have_text("2")
    switcher(page).get_by_role("link", name="简体").click()
    page.wait_for_url(url("news:list", query="page=2"))
    assert lang(page) == "zh-Hans"
    expect(pagination.locator("[aria-current=page]")).to_have_text("2")
    expect(pagination).to_contain_text("第 2 / 2 页")
    # Its links to the other pages are relative, so they stay in the variant.
    hrefs = [link.get_attribute("href") for link in pagination.get_by_role("link").all()]
    assert hrefs and all(re.fullmatch(r"\?page=\d+", href) for href in hrefs), hrefs


def test_keyboard_only_in_traditional(browser, url):
    """Skip link and switcher by keyboard in 繁體·香港, at desktop and phone width, with a visible focus."""
    context = new_context(browser, DESKTOP, locale="zh-HK")
    page = context.new_page()
    errors = watch(page)
    with translation.override("zh-hk"):
        skip_text = gettext("Skip to main content")
    page.goto(url("news:home", variant="zh-hk"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name=in_variant(skip_text, "zh-hk"))
    expect(skip).to_be_focused()
    assert outline(page) != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        page.goto(url("news:home", variant="zh-hk"))
        targets = switcher(page).get_by_role("link")
        labels = targets.all_inner_texts()
        assert labels == ["简体", "繁體·台灣"], labels
        reached = []
        for _ in range(4):  # skip link, brand, then the switcher (before the menu and the navigation)
            page.keyboard.press("Tab")
            focused = page.evaluate("document.activeElement.textContent.trim()")
            if focused in labels:
                reached.append(focused)
                assert outline(page) != "none", f"{focused} shows no focus at {viewport['width']}px"
                box = page.evaluate("document.activeElement.getBoundingClientRect().toJSON()")
                assert box["x"] >= 0 and box["y"] >= 0 and box["right"] <= viewport["width"], (focused, box)
        assert reached == labels, f"Tab reached {reached} at {viewport['width']}px"

    # Enter on the focused 繁體·台灣 link (the last one Tab reached) switches the variant, on the same page.
    expect(switcher(page).get_by_role("link", name="繁體·台灣")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(url("news:home", variant="zh-tw"))
    assert lang(page) == "zh-Hant-TW"
    context.close()
    assert not errors, f"JavaScript errors or CSP refusals: {errors}"


def test_switching_on_a_missing_page_changes_the_variant(page, site):
    page.goto(f"{site.url}/zh-tw/no-such-page/")
    link = switcher(page).get_by_role("link", name="简体")
    assert link.get_attribute("href") == "/variant/zh-hans/?next=/zh-hans/no-such-page/"
    link.click()
    assert lang(page) == "zh-Hans"


def test_month_archive_reads_year_then_month_in_every_variant(page, url):
    published = timezone.localtime(sample_article().published_at)
    month = f"{published.year}年{published.month}月"
    for code in VARIANT_CODES:
        page.goto(url("news:archive-month", published.year, published.month, variant=code))
        assert page.locator("h1").inner_text().startswith(month), (code, page.locator("h1").inner_text())
