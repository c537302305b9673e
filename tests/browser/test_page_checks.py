"""Every page type: valid HTML (W3C Nu checker), accessible (axe-core, WCAG 2.1 A/AA), screenshotted.

Each public page type is opened at 1280 px and 390 px; axe must report no serious or critical
violation at either width, and a full-page screenshot of each lands in screenshots/ for people to
look at. The Nu checker runs once over the server's HTML of every page type, public and the admin
pages this project customised, and must report no error.
"""
from pathlib import Path

import pytest
from django.apps import apps

from news.models import Article
from tests.browser.helpers import (
    DESKTOP,
    PHONE,
    axe,
    axe_missing,
    describe,
    screenshot,
    unavailable,
    vnu,
    vnu_missing,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REPRINT = Path(__file__).resolve().parents[1] / "zhtext" / "data" / "002_293ca45ebbd2af73.txt"
ACADEMY_DETAIL_PAGES = {  # page type → the academy model whose first row stands for it
    "academy-detail": "Academy",
    "course-detail": "Course",
    "person-detail": "Person",
    "base-detail": "TrainingBase",
    "event-detail": "Event",
    "organisation-detail": "Organisation",
}
ACADEMY_LIST_PAGES = ["academy-list", "course-list", "person-list", "base-list", "event-list"]
PUBLIC_PAGES = [
    "home", "news-list", "article", "tag", "archive-month", "404",
    *ACADEMY_LIST_PAGES, *ACADEMY_DETAIL_PAGES,
]


def public_url(url, name):
    """The URL that stands for a page type, from the loaded site content."""
    article = Article.objects.published().filter(cover_image="").first() or Article.objects.published().first()
    if name == "home":
        return url("news:home")
    if name == "news-list":
        return url("news:list")
    if name == "article":
        return url("news:article", slug=article.slug)
    if name == "tag":
        return url("news:tag", slug=article.tags.order_by("name").first().slug)
    if name == "archive-month":
        return url("news:archive-month", article.published_at.year, article.published_at.month)
    if name == "404":
        return url("news:article", slug="no-such-article")
    if name in ACADEMY_LIST_PAGES:
        return url(f"academy:{name}")
    model = apps.get_model("academy", ACADEMY_DETAIL_PAGES[name])
    return url(model.objects.order_by("pk").first())


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_page_type_is_accessible_at_desktop_and_phone_width(checker_page, url, name):
    unavailable("axe-core checks", axe_missing())
    page = checker_page
    response = page.goto(public_url(url, name))
    assert response.status == (404 if name == "404" else 200)
    problems = {}
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        screenshot(page, name)
        serious = [v for v in axe(page, name) if v[0] in ("serious", "critical")]
        if serious:
            problems[viewport["width"]] = serious
    assert not problems, f"axe found serious or critical WCAG 2.1 violations on {name}: {problems}"


def test_every_page_type_is_valid_html(page, editor_page, url, tmp_path):
    """The server's HTML (not the DOM after scripts) of every page type, checked in one vnu run."""
    unavailable("HTML validation (vnu)", vnu_missing())
    covered = article_with_cover(tmp_path)
    pages = {"article-with-cover": page.request.get(url(covered)).text()}
    for name in PUBLIC_PAGES:
        response = page.request.get(public_url(url, name))
        assert response.status == (404 if name == "404" else 200), name
        pages[name] = response.text()
    # A second page of the news list, with pagination links and rel=prev/next.
    for n in range(12):
        Article.objects.create(title=f"分页新闻{n}", body="<p>正文</p>", status=Article.Status.PUBLISHED)
    pages["news-list-page-2"] = page.request.get(url("news:list", query="page=2")).text()

    # The admin pages this project customised, as an editor sees them.
    article = Article.objects.published().first()
    admin_pages = {
        "admin-article-changelist": url("admin:news_article_changelist"),
        "admin-article-change": url("admin:news_article_change", article.pk),
        "admin-article-add": url("admin:news_article_add"),
        "admin-article-import": url("admin:news_article_import"),
    }
    for name, address in admin_pages.items():
        response = editor_page.goto(address)
        pages[name] = response.text()
        if name != "admin-article-add":
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



def article_with_cover(folder):
    """A featured, published article with a cover image and its renditions, as the admin makes them."""
    from django.core.files import File
    from PIL import Image

    from news.images import make_renditions

    path = folder / "cover.png"
    Image.new("RGB", (1200, 675), (138, 97, 22)).save(path, "PNG")
    article = Article(
        title="有封面的新闻", summary="封面图片的替代文字和缩放图。", body="<p>正文</p>",
        status=Article.Status.PUBLISHED, featured=True, cover_alt="学员在实训基地操作机床", cover_caption="图注",
    )
    with path.open("rb") as image:
        article.cover_image.save("cover.png", File(image), save=False)
    article.save()
    article.cover_renditions = make_renditions(article)
    article.save(update_fields=["cover_renditions"])
    return article
