"""The public page types, and the one page of the loaded site content that stands for each."""
from django.apps import apps

from news.models import Article

ACADEMY_DETAIL_PAGES = {  # page type → the academy model whose first row stands for it
    "academy-detail": "Academy",
    "course-detail": "Course",
    "person-detail": "Person",
    "base-detail": "TrainingBase",
    "event-detail": "Event",
    "organisation-detail": "Organisation",
}
ACADEMY_LIST_PAGES = ["academy-list", "course-list", "person-list", "base-list", "event-list", "organisation-list"]
PUBLIC_PAGES = [
    "home", "news-list", "notice-list", "article", "tag", "archive-year", "archive-month", "search", "404",
    *ACADEMY_LIST_PAGES, *ACADEMY_DETAIL_PAGES,
]


def sample_article():
    """The newest published article of the site content without a cover (articles a test adds have no tags)."""
    tagged = Article.objects.published().filter(tags__isnull=False).distinct()
    return tagged.filter(cover_image="").first() or tagged.first()


def public_url(url, name, variant=None):
    """The URL that stands for a page type, in a script variant (None: the site's default, zh-hans)."""
    article = sample_article()
    if name == "home":
        return url("news:home", variant=variant)
    if name == "news-list":
        return url("news:list", variant=variant)
    if name == "notice-list":
        return url("news:notices", variant=variant)
    if name == "article":
        return url("news:article", slug=article.slug, variant=variant)
    if name == "tag":
        return url("news:tag", slug=article.tags.order_by("name").first().slug, variant=variant)
    if name == "archive-year":
        return url("news:archive-year", article.published_at.year, variant=variant)
    if name == "archive-month":
        return url("news:archive-month", article.published_at.year, article.published_at.month, variant=variant)
    if name == "search":
        return url("news:search", variant=variant) + "?q=%E5%8A%B3%E6%A8%A1"  # 劳模
    if name == "404":
        return url("news:article", slug="no-such-article", variant=variant)
    if name in ACADEMY_LIST_PAGES:
        return url(f"academy:{name}", variant=variant)
    model = apps.get_model("academy", ACADEMY_DETAIL_PAGES[name])
    return url(model.objects.order_by("pk").first(), variant=variant)


def course_filter_query():
    """A filter of the course catalogue that leaves some courses out: the academy of the first course."""
    course = apps.get_model("academy", "Course").objects.select_related("academy").order_by("pk").first()
    return f"academy={course.academy.slug}"


def add_news_pages(count=12):
    """Enough published articles for the news list to have a page 2 (ten a page)."""
    for n in range(count):
        Article.objects.create(title=f"分页新闻{n}", body="<p>正文</p>", status=Article.Status.PUBLISHED)


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


def article_with_videos(folder):
    """A published article with an uploaded video (a generated poster and the start of an MP4) and a
    哔哩哔哩 embed, as the admin stores them."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as Picture

    from medialib import services
    from medialib.models import Image, Video
    from news.models import ArticleVideo
    from tests.medialib.media_helpers import mp4_bytes

    buffer = io.BytesIO()
    Picture.new("RGB", (1280, 720), (138, 97, 22)).save(buffer, "JPEG")
    poster = services.save_image(
        Image(title="视频封面", alt="视频封面"), SimpleUploadedFile("poster.jpg", buffer.getvalue(), "image/jpeg")
    )
    video = services.save_video(
        Video(title="车间实训视频", poster=poster, caption="视频说明", credit="摄制：测试"),
        SimpleUploadedFile("clip.mp4", mp4_bytes(), "video/mp4"),
    )
    article = Article.objects.create(
        title="有视频的新闻", summary="上传的视频和外链视频。", body="<p>正文</p>", status=Article.Status.PUBLISHED,
    )
    ArticleVideo.objects.create(article=article, video=video, position=1)
    ArticleVideo.objects.create(
        article=article, position=2, embed_title="外链视频",
        embed_url="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0",
    )
    return article


def records_with_pictures():
    """The last academy, person, training base and event of the site content with library pictures (a logo
    and photo, a portrait, three photos each), as editors pick them; the first rows keep their placeholders.
    Returns page type → record."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image as Picture

    from medialib import services
    from medialib.models import Image

    def library_image(alt, size, colour):
        buffer = io.BytesIO()
        Picture.new("RGB", size, colour).save(buffer, "JPEG")
        return services.save_image(Image(title=alt, alt=alt, credit="摄影：测试"), SimpleUploadedFile("p.jpg", buffer.getvalue(), "image/jpeg"))

    models = {name: apps.get_model("academy", name) for name in ("Academy", "Person", "TrainingBase", "Event")}
    academy, person, base = (models[name].objects.order_by("pk").last() for name in ("Academy", "Person", "TrainingBase"))
    event = models["Event"].objects.filter(parent__isnull=True).order_by("pk").last()  # the events list shows it
    academy.logo = library_image("学院标志", (600, 600), (30, 80, 160))
    academy.photo = library_image("学院外景", (1600, 900), (60, 120, 90))
    academy.save()
    person.portrait = library_image("人物肖像", (900, 1200), (140, 100, 60))
    person.save()
    for n in range(3):
        apps.get_model("academy", "TrainingBasePhoto").objects.create(
            base=base, image=library_image(f"基地照片{n}", (1200, 800), (50 + 40 * n, 90, 120)), position=n,
        )
        apps.get_model("academy", "EventPhoto").objects.create(
            event=event, image=library_image(f"活动照片{n}", (1200, 800), (120, 50 + 40 * n, 90)), position=n,
        )
    return {"academy-with-pictures": academy, "person-with-portrait": person, "base-with-photos": base,
            "event-with-photos": event}
