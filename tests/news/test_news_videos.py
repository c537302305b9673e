"""Videos under an article: uploaded MP4s with their posters and embeds from allowed platforms, exactly
one per row; the page's CSP lets in only the players it shows, also from the page cache."""
import pytest
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from medialib import services
from medialib.models import Image, Video
from news.models import Article, ArticleVideo
from tests.admin_forms import article_form_data
from tests.medialib.media_helpers import jpeg_bytes, mp4_bytes, upload

pytestmark = pytest.mark.django_db

BILIBILI = "https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&page=1&autoplay=0"
TENCENT = "https://v.qq.com/txp/iframe/player.html?vid=a0034x8x9ye"
PLAYER_HOSTS = ("bilibili", "qq.com", "youku", "ixigua")


def library_video(title="数控车床实训", **fields):
    poster = services.save_image(Image(title="封面", alt="学员在车间"), upload(jpeg_bytes((1280, 720))))
    return services.save_video(Video(title=title, poster=poster, **fields), upload(mp4_bytes(), "a.mp4", "video/mp4"))


def csp(response, directive):
    parts = [p.strip() for p in response["Content-Security-Policy"].split(";")]
    return next((p for p in parts if p.startswith(directive + " ")), "")


def test_uploaded_video_plays_with_poster_and_download_fallback(client, make_article):
    article = make_article(body="<p>正文</p>")
    video = library_video(caption="学员操作数控机床", credit="摄制：本站")
    ArticleVideo.objects.create(article=article, video=video)
    html = client.get(article.get_absolute_url()).content.decode()
    section = html.split('class="videos"')[1].split("</section>")[0]
    poster = video.poster.fallback
    assert '<video class="video-player" controls preload="none"' in section
    assert f'poster="/media/{poster["fallback"]}"' in section
    assert f'width="{poster["width"]}" height="{poster["height"]}"' in section
    assert f'<source src="{video.get_absolute_url()}" type="video/mp4">' in section
    assert f'<a href="{video.get_absolute_url()}" download="数控车床实训.mp4">您的浏览器无法在此播放视频' in section
    assert "数控车床实训" in section and "学员操作数控机床" in section and "摄制：本站" in section
    # Under the body, before the attachments.
    assert html.index('class="prose"') < html.index('class="videos"')
    assert Client().get(video.get_absolute_url())["Content-Type"] == "video/mp4"  # now public


def test_embed_is_a_sandboxed_lazy_iframe_with_title(client, make_article):
    article = make_article()
    ArticleVideo.objects.create(article=article, embed_url=BILIBILI, embed_title="大国工匠访谈")
    section = client.get(article.get_absolute_url()).content.decode().split('class="videos"')[1]
    iframe = section.split("<iframe")[1].split("</iframe>")[0]
    assert 'src="https://player.bilibili.com/player.html?bvid=BV1GJ411x7h7&amp;page=1&amp;autoplay=0"' in iframe
    for attribute in ('title="大国工匠访谈"', "allowfullscreen", 'sandbox="allow-scripts allow-same-origin allow-presentation"',
                      'referrerpolicy="strict-origin-when-cross-origin"', 'loading="lazy"', 'width="1280" height="720"'):
        assert attribute in iframe
    assert "视频来自哔哩哔哩" in section


def test_a_stored_address_that_is_not_canonical_is_never_framed(client, make_article):
    article = make_article()
    ArticleVideo.objects.create(article=article, embed_url="https://evil.example/x", embed_title="被改过的行")
    response = client.get(article.get_absolute_url())
    assert "evil.example" not in response.content.decode() and "<iframe" not in response.content.decode()
    assert csp(response, "frame-src") == "frame-src 'none'"


def test_csp_names_exactly_the_embeds_of_the_page(client, make_article):
    plain = make_article()
    uploaded = make_article()
    ArticleVideo.objects.create(article=uploaded, video=library_video())
    one = make_article()
    ArticleVideo.objects.create(article=one, embed_url=BILIBILI, embed_title="访谈")
    two = make_article()
    ArticleVideo.objects.create(article=two, embed_url=BILIBILI, embed_title="访谈", position=1)
    ArticleVideo.objects.create(article=two, embed_url=TENCENT, embed_title="纪录片", position=2)

    base = client.get(plain.get_absolute_url())["Content-Security-Policy"]
    assert not any(host in base for host in PLAYER_HOSTS)
    assert csp(client.get(plain.get_absolute_url()), "frame-src") == "frame-src 'none'"
    assert "media-src 'self'" in base
    assert client.get(uploaded.get_absolute_url())["Content-Security-Policy"] == base
    with_embed = client.get(one.get_absolute_url())["Content-Security-Policy"]
    assert with_embed == base.replace("frame-src 'none'", "frame-src https://player.bilibili.com")
    assert csp(client.get(two.get_absolute_url()), "frame-src") == "frame-src https://player.bilibili.com https://v.qq.com"
    assert not any(host in client.get("/zh-hans/news/")["Content-Security-Policy"] for host in PLAYER_HOSTS)


def test_page_cache_replays_the_page_with_its_own_csp(client, make_article, settings, django_assert_num_queries):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "video-csp"}}
    plain = make_article()
    article = make_article()
    ArticleVideo.objects.create(article=article, embed_url=BILIBILI, embed_title="访谈")
    first = client.get(article.get_absolute_url())
    client.get(plain.get_absolute_url())
    with django_assert_num_queries(0):
        again = client.get(article.get_absolute_url())
        other = client.get(plain.get_absolute_url())
    assert again.content == first.content
    assert csp(again, "frame-src") == "frame-src https://player.bilibili.com"
    assert csp(other, "frame-src") == "frame-src 'none'"


@pytest.mark.parametrize("variant,title,platform", [
    ("zh-hans", "劳模讲述工艺传承", "哔哩哔哩"), ("zh-tw", "勞模講述工藝傳承", "嗶哩嗶哩"), ("zh-hk", "勞模講述工藝傳承", "嗶哩嗶哩"),
])
def test_every_variant_shows_the_videos_converted(client, make_article, variant, title, platform):
    article = make_article()
    ArticleVideo.objects.create(article=article, embed_url=BILIBILI, embed_title="劳模讲述工艺传承", position=1)
    ArticleVideo.objects.create(article=article, video=library_video("车间实训"), position=2)
    url = article.get_absolute_url().replace("/zh-hans/", f"/{variant}/")
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and f'title="{title}"' in html and platform in html
    assert "<video" in html and "player.bilibili.com" in csp(response, "frame-src")


def test_a_draft_articles_video_is_not_public(make_article, editor_client):
    draft = make_article(status=Article.Status.DRAFT)
    video = library_video()
    ArticleVideo.objects.create(article=draft, video=video)
    reader = Client()
    assert reader.get(draft.get_absolute_url()).status_code == 404
    assert reader.get(video.get_absolute_url()).status_code == 404
    assert editor_client.get(video.get_absolute_url()).status_code == 200
    preview = editor_client.get(reverse("news:preview", args=[draft.pk])).content.decode()
    assert f'<source src="{video.get_absolute_url()}"' in preview
    scheduled = make_article(days_ago=-2)  # published, but not due yet
    ArticleVideo.objects.create(article=scheduled, video=video)
    assert reader.get(video.get_absolute_url()).status_code == 404


def test_the_database_refuses_a_row_with_both_or_neither():
    article = Article.objects.create(title="t", body="<p>x</p>", published_at="2024-01-01T00:00:00Z")
    with pytest.raises(IntegrityError):
        ArticleVideo.objects.create(article=article, embed_url="")


def inline(**rows):
    """The video inline's fields for one row, on top of a valid article form."""
    data = {"video_links-TOTAL_FORMS": "1", "video_links-INITIAL_FORMS": "0", "video_links-0-position": "0"}
    data.update({f"video_links-0-{name}": value for name, value in rows.items()})
    return article_form_data(**data)


@pytest.mark.parametrize("row,message", [
    ({"embed_url": "https://www.bilibili.com/video/BV1GJ411x7h7", "embed_title": "访谈", "video": "VIDEO"},
     "每一行只能放一个视频"),
    ({"embed_title": "只有标题"}, "请选择上传的视频，或者粘贴外链视频地址"),
    ({"embed_url": "https://www.youtube.com/watch?v=x", "embed_title": "访谈"}, "只能嵌入以下平台的视频"),
    ({"embed_url": "javascript:alert(1)", "embed_title": "访谈"}, "只接受 https:// 或 http://"),
    ({"embed_url": "https://www.bilibili.com/video/BV1GJ411x7h7"}, "外链视频需要标题"),
])
def test_admin_inline_needs_exactly_one_valid_video(editor_client, row, message):
    if row.get("video") == "VIDEO":
        row["video"] = library_video().pk
    response = editor_client.post(reverse("admin:news_article_add"), inline(**row))
    assert response.status_code == 200 and message in response.content.decode()
    assert not Article.objects.exists()


def test_admin_inline_stores_the_canonical_player_address(editor_client):
    pasted = ('<iframe src="//player.bilibili.com/player.html?aid=80433022&bvid=BV1GJ411x7h7&cid=1&p=1" '
              'onload="alert(1)" scrolling="no"></iframe>')
    response = editor_client.post(reverse("admin:news_article_add"), inline(embed_url=pasted, embed_title="访谈"))
    assert response.status_code == 302, response.content.decode()[:3000]
    link = ArticleVideo.objects.get()
    assert link.embed_url == BILIBILI and link.embed_title == "访谈"


def test_editors_see_the_video_inline(editor_client, editor):
    assert editor.has_perm("news.add_articlevideo") and editor.has_perm("news.change_articlevideo")
    html = editor_client.get(reverse("admin:news_article_add")).content.decode()
    assert 'id="video_links-group"' in html


def test_article_page_queries_do_not_grow_with_videos(client, make_article):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.news.test_news_query_counts import ARTICLE_PAGE_QUERIES

    def queries(count):
        article = make_article()
        for n in range(count):
            if n % 2:
                ArticleVideo.objects.create(article=article, embed_url=BILIBILI, embed_title=f"访谈{n}", position=n)
            else:
                ArticleVideo.objects.create(article=article, video=library_video(f"实训{n}"), position=n)
        client.get(article.get_absolute_url())
        with CaptureQueriesContext(connection) as captured:
            html = client.get(article.get_absolute_url()).content.decode()
        assert html.count("<video ") + html.count("<iframe ") == count
        return len(captured)

    # One query reads the videos, however many (none when there are none: news.presence).
    assert queries(0) + 1 == queries(1) == queries(5) <= ARTICLE_PAGE_QUERIES
