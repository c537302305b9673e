"""Every page type in every script variant: valid HTML (W3C Nu checker), accessible (axe-core,
WCAG 2.1 A/AA), screenshotted.

Each public page type is opened in 简体, 繁體·台灣 and 繁體·香港 at 1280 px and 390 px; axe must report no
serious or critical violation, nor a serious check it could not finish, at either width, and a full-page screenshot of each lands in
screenshots/<page>-<variant>-<width>.png for people to look at. The Nu checker runs once over the
server's HTML of every page type in every variant, and of the admin pages this project customised,
and must report no error.
"""
import json
from pathlib import Path

import pytest

from news.models import Article
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    VARIANT_CODES,
    axe,
    axe_missing,
    describe,
    screenshot,
    unavailable,
    vnu,
    vnu_missing,
)
from tests.browser.pages import (
    PUBLIC_PAGES,
    add_news_pages,
    article_with_cover,
    article_with_videos,
    course_filter_query,
    public_url,
    records_with_pictures,
)
from variants.catalogue import BY_CODE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REPRINT = Path(__file__).resolve().parents[1] / "zhtext" / "data" / "002_293ca45ebbd2af73.txt"


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_every_page_type_is_accessible_at_desktop_and_phone_width(checker_page, url, variant):
    """One test per variant (a browser page reused for all page types); every problem is reported at once."""
    unavailable("axe-core checks", axe_missing())
    page = checker_page
    problems, wrong = {}, []
    for name in PUBLIC_PAGES:
        page.set_viewport_size(DESKTOP)
        response = page.goto(public_url(url, name, variant))
        if response.status != (404 if name == "404" else 200):
            wrong.append(f"{name}: HTTP {response.status}")
            continue
        lang = page.locator("html").get_attribute("lang")
        if lang != BY_CODE[variant].hreflang:
            wrong.append(f"{name}: <html lang={lang!r}>")
        for text in page.locator('script[type="application/ld+json"]').all_text_contents():
            try:
                json.loads(text)
            except ValueError as error:
                wrong.append(f"{name}: JSON-LD does not parse ({error}): {text[:200]}")
        for viewport in (DESKTOP, PHONE):
            page.set_viewport_size(viewport)
            screenshot(page, f"{name}-{variant}")
            serious = [v for v in axe(page, f"{name}-{variant}", unfinished=True) if v[0] in ("serious", "critical")]
            if serious:
                problems[f"{name} at {viewport['width']}px"] = serious
    assert not wrong, f"pages in {variant} answered wrongly: {wrong}"
    report = "\n".join(f"{where}: {violation}" for where, found in problems.items() for violation in found)
    assert not problems, f"axe found serious or critical WCAG 2.1 violations in {variant}:\n{report}"


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_records_with_pictures_are_accessible_and_fit_a_phone(checker_page, url, variant):
    """Record pages and lists with library pictures (the other rows keep their placeholders): axe, no
    picture wider than the phone, every picture loaded, screenshots."""
    unavailable("axe-core checks", axe_missing())
    pictured = records_with_pictures()
    addresses = {name: url(record, variant=variant) for name, record in pictured.items()}
    addresses |= {f"{name}-pictured": url(f"academy:{name}", variant=variant) for name in
                  ("academy-list", "person-list", "base-list", "event-list")}
    problems = {}
    for name, address in addresses.items():
        for viewport in (DESKTOP, PHONE):
            checker_page.set_viewport_size(viewport)
            assert checker_page.goto(address).status == 200, address
            checker_page.wait_for_load_state("load")
            screenshot(checker_page, f"{name}-{variant}")
            broken = checker_page.evaluate(
                "[...document.images].filter(i => i.loading !== 'lazy' && !(i.complete && i.naturalWidth)).length"
            )
            if broken:
                problems[f"{name} at {viewport['width']}px"] = [f"{broken} pictures did not load"]
            width = checker_page.evaluate("document.documentElement.scrollWidth")
            if width > viewport["width"]:
                problems[f"{name} at {viewport['width']}px"] = [f"page is {width}px wide"]
            serious = [v for v in axe(checker_page, f"{name}-{variant}", unfinished=True) if v[0] in ("serious", "critical")]
            if serious:
                problems[f"{name} at {viewport['width']}px"] = serious
    assert checker_page.locator("picture").count() >= 1
    assert not problems, problems


def test_every_academy_page_leaves_axe_nothing_to_doubt(checker_page, url):
    """Each academy's page, not only the first: their timelines, honours and courses differ, and a short date
    (29日) beside the timeline's dot once left axe unable to judge its contrast (pa11y counts that an error)."""
    unavailable("axe-core checks", axe_missing())
    from academy.models import Academy

    problems = {}
    for academy in Academy.objects.order_by("pk"):
        assert checker_page.goto(url(academy)).status == 200
        for viewport in (DESKTOP, PHONE):
            checker_page.set_viewport_size(viewport)
            serious = [v for v in axe(checker_page, f"academy-{academy.pk}", unfinished=True) if v[0] in ("serious", "critical")]
            if serious:
                problems[f"{academy.slug} at {viewport['width']}px"] = serious
    assert Academy.objects.count() >= 3
    assert not problems, problems


@pytest.mark.parametrize("variant", VARIANT_CODES)
def test_search_results_are_accessible_grouped_and_empty(checker_page, url, variant):
    """The search page's other states: results in five groups with highlights (潍坊), and nothing found."""
    unavailable("axe-core checks", axe_missing())
    problems = {}
    for name, query in (("search-grouped", "q=%E6%BD%8D%E5%9D%8A"), ("search-nothing", "q=%E9%97%B5%E8%A1%8C+%E6%BD%8D%E5%9D%8A")):
        for viewport in (DESKTOP, PHONE):
            checker_page.set_viewport_size(viewport)
            assert checker_page.goto(url("news:search", query=query, variant=variant)).status == 200
            screenshot(checker_page, f"{name}-{variant}")
            width = checker_page.evaluate("document.documentElement.scrollWidth")
            if width > viewport["width"]:
                problems[f"{name} at {viewport['width']}px"] = [f"page is {width}px wide"]
            serious = [v for v in axe(checker_page, f"{name}-{variant}", unfinished=True) if v[0] in ("serious", "critical")]
            if serious:
                problems[f"{name} at {viewport['width']}px"] = serious
    assert not problems, problems


def test_every_page_type_is_valid_html(page, editor_page, url, tmp_path):
    """The server's HTML (not the DOM after scripts) of every page type, checked in one vnu run."""
    unavailable("HTML validation (vnu)", vnu_missing())
    covered = article_with_cover(tmp_path)
    with_videos = article_with_videos(tmp_path)
    pictured = records_with_pictures()
    add_news_pages()  # a second page of the news list, with pagination links and rel=prev/next
    pages = {}
    for variant in VARIANT_CODES:
        addresses = {name: public_url(url, name, variant) for name in PUBLIC_PAGES}
        addresses |= {
            "article-with-cover": url(covered, variant=variant),
            "article-with-videos": url(with_videos, variant=variant),
            **{name: url(record, variant=variant) for name, record in pictured.items()},
            "news-list-page-2": url("news:list", query="page=2", variant=variant),
            "course-list-filtered": url("academy:course-list", query=course_filter_query(), variant=variant),
            "search-nothing": url("news:search", query="q=%E9%97%B5%E8%A1%8C+%E6%BD%8D%E5%9D%8A", variant=variant),
            "search-grouped": url("news:search", query="q=%E6%BD%8D%E5%9D%8A", variant=variant),
        }
        for name, address in addresses.items():
            response = page.request.get(address)
            assert response.status == (404 if name == "404" else 200), f"{name}-{variant}: {address}"
            pages[f"{name}-{variant}"] = response.text()

    # The admin pages this project customised, as an editor sees them.
    article = Article.objects.published().first()
    admin_pages = {
        "admin-article-changelist": url("admin:news_article_changelist"),
        "admin-article-change": url("admin:news_article_change", article.pk),
        "admin-article-add": url("admin:news_article_add"),
        "admin-article-import": url("admin:news_article_import"),
        "admin-video-add": url("admin:medialib_video_add"),
    }
    for name, address in admin_pages.items():
        response = editor_page.goto(address)
        pages[name] = response.text()
        if name not in ("admin-article-add", "admin-video-add"):
            for viewport in (DESKTOP, PHONE):
                editor_page.set_viewport_size(viewport)
                screenshot(editor_page, name)
            editor_page.set_viewport_size(DESKTOP)
    editor_page.goto(url("admin:news_article_import"))
    editor_page.get_by_label("转载原文").fill(REPRINT.read_text(encoding="utf-8"))
    with editor_page.expect_navigation() as navigation:
        editor_page.get_by_role("button", name="清理并预览").click()
    pages["admin-article-import-preview"] = navigation.value.text()
    screenshot(editor_page, "admin-article-import-preview")
    draft = Article.objects.create(title="预览中的草稿", body="<p>草稿正文</p>", status=Article.Status.DRAFT)
    pages["article-preview"] = editor_page.request.get(url("news:preview", draft.pk)).text()

    errors = {name: found for name, found in vnu(pages, tmp_path / "html").items() if found}
    report = "\n".join(f"{name}: {describe(message)}" for name, found in errors.items() for message in found)
    assert not errors, f"the Nu Html Checker found errors:\n{report}"

