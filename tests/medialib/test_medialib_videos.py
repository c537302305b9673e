"""Uploaded videos: MP4 by content (the ftyp box), a size limit, no orphan file, served as video/mp4 with
byte ranges, and never to readers before an article that shows them is published."""
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from medialib import services
from medialib.models import Image, Video
from medialib.ranges import Unsatisfiable, parse_range
from medialib.videos import check_video, is_mp4
from tests.medialib.media_helpers import jpeg_bytes, mp4_bytes, png_bytes, upload

pytestmark = pytest.mark.django_db


def media_files(settings, folder="videos"):
    root = settings.MEDIA_ROOT / folder
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def poster():
    return services.save_image(Image(title="封面", alt="学员在车间"), upload(jpeg_bytes((1280, 720))))


def mp4_upload(data=None, name="实训.mp4"):
    return upload(mp4_bytes() if data is None else data, name, "video/mp4")


@pytest.mark.parametrize("major,compatible", [
    (b"isom", (b"isom", b"iso2", b"avc1", b"mp41")),  # most cameras and editors
    (b"mp42", (b"mp42", b"isom")),  # phones
    (b"mp41", ()),
    (b"avc1", ()),
    (b"M4V ", (b"M4V ", b"M4A ", b"mp42", b"isom")),  # exported from Apple software: an MP4 too
    (b"iso5", (b"iso6", b"mp41")),
])
def test_mp4_is_recognised_by_its_ftyp_box(major, compatible):
    assert is_mp4(mp4_bytes(major, compatible))
    assert check_video(mp4_upload(mp4_bytes(major, compatible), "clip.bin")) == "mp4"  # the name is irrelevant


@pytest.mark.parametrize("data,what", [
    (png_bytes((40, 30)), "a PNG renamed .mp4"),
    (b"<!DOCTYPE html><html><script>alert(1)</script></html>" + b" " * 64, "an HTML page renamed .mp4"),
    (mp4_bytes(b"qt  ", (b"qt  ",)), "a QuickTime movie"),
    (mp4_bytes(b"heic", (b"mif1", b"heic")), "an iPhone photo (HEIF)"),
    (mp4_bytes(b"avif", (b"avif", b"mif1", b"miaf", b"isom")), "an AVIF picture that lists isom"),
    (b"\x1aE\xdf\xa3" + b"\0" * 64, "a WebM/Matroska file"),
    (mp4_bytes()[:12], "an ftyp box cut short"),
    (b"\x00\x00\x01\x00ftypisom" + b"\0" * 64, "an ftyp box claiming to be longer than the file"),
    (b"\x00\x00\x00\x13ftypisom\0\0\0\0isom" + b"\0" * 64, "an ftyp box with a partial brand"),
    (b"\x00" * 4 + b"ftypisom" + b"\0" * 64, "an ftyp box of size 0"),
])
def test_anything_else_is_refused_in_chinese(data, what):
    with pytest.raises(ValidationError) as refused:
        check_video(mp4_upload(data))
    assert refused.value.code == "video_type", what
    assert "只能上传 MP4" in refused.value.messages[0] and "改扩展名无效" in refused.value.messages[0]


def test_size_limit_from_settings_with_the_limit_in_the_message(settings):
    settings.VIDEO_MAX_BYTES = 1_048_576
    data = mp4_bytes(payload=b"\0" * 1_300_000)
    with pytest.raises(ValidationError) as refused:
        check_video(mp4_upload(data))
    assert refused.value.code == "video_too_large"
    assert "上限为 1.0 MB" in refused.value.messages[0] and "视频文件过大（1.2 MB）" in refused.value.messages[0]
    settings.VIDEO_MAX_BYTES = 200 * 1_048_576
    assert "上限为 200 MB" in _refusal(200 * 1_048_576 + 1)
    with pytest.raises(ValidationError, match="空文件"):
        check_video(mp4_upload(b"", "empty.mp4"))


def _refusal(size):
    class Big:
        def __init__(self):
            self.size = size
    with pytest.raises(ValidationError) as refused:
        check_video(Big())
    return refused.value.messages[0]


def test_default_limit_is_200_mb():
    from django.conf import settings

    assert settings.VIDEO_MAX_BYTES == 200 * 1024 * 1024


def test_save_stores_the_file_under_an_unguessable_name(settings):
    video = services.save_video(Video(title="实训", poster=poster()), mp4_upload())
    assert video.size == len(mp4_bytes()) and video.file.name.startswith("videos/")
    folder = video.file.name.split("/")[1]
    assert len(folder) == 32 and video.file.name.endswith("/video.mp4")
    assert [p.read_bytes()[:8] for p in media_files(settings)] == [mp4_bytes()[:8]]


def test_refused_upload_and_failed_save_leave_no_file(settings):
    with pytest.raises(ValidationError):
        services.save_video(Video(title="假视频", poster=poster()), mp4_upload(png_bytes((40, 30))))
    assert media_files(settings) == []
    with pytest.raises(IntegrityError):  # the row cannot be saved (no poster): the written file goes again
        services.save_video(Video(title="无封面"), mp4_upload())
    assert media_files(settings) == [] and not Video.objects.exists()


def test_editor_uploads_a_video_on_its_admin_page(editor_client, editor, settings):
    assert {"medialib.add_video", "medialib.change_video", "medialib.delete_video", "medialib.view_video"} <= (
        editor.get_all_permissions()
    )
    image = poster()
    response = editor_client.post(
        reverse("admin:medialib_video_add"),
        {"title": "数控实训", "poster": image.pk, "caption": "学员操作数控机床", "credit": "摄制：本站", "upload": mp4_upload()},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    video = Video.objects.get()
    assert video.uploaded_by == editor and video.poster == image
    page = editor_client.get(reverse("admin:medialib_video_change", args=[video.pk])).content.decode()
    assert f'src="{video.get_absolute_url()}"' in page and 'type="video/mp4"' in page


def test_admin_refuses_a_renamed_file_and_a_missing_poster_with_no_file_left(editor_client, settings):
    response = editor_client.post(
        reverse("admin:medialib_video_add"),
        {"title": "假视频", "poster": poster().pk, "upload": upload(b"<html></html>" + b" " * 40, "x.mp4", "video/mp4")},
    )
    assert response.status_code == 200 and "不是 MP4 视频" in response.content.decode()
    response = editor_client.post(reverse("admin:medialib_video_add"), {"title": "无封面", "upload": mp4_upload()})
    assert response.status_code == 200 and "这个字段是必填项" in response.content.decode()
    response = editor_client.post(reverse("admin:medialib_video_add"), {"title": "无文件", "poster": poster().pk})
    assert "请选择要上传的视频文件" in response.content.decode()
    assert media_files(settings) == [] and not Video.objects.exists()


def test_deleting_a_video_removes_its_file(editor_client, settings, django_capture_on_commit_callbacks):
    video = services.save_video(Video(title="实训", poster=poster()), mp4_upload())
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("admin:medialib_video_delete", args=[video.pk]), {"post": "yes"})
    assert response.status_code == 302 and media_files(settings) == []


def test_a_video_no_published_page_shows_is_staff_only(editor_client):
    video = services.save_video(Video(title="实训", poster=poster()), mp4_upload())
    assert Client().get(video.get_absolute_url()).status_code == 404
    response = editor_client.get(video.get_absolute_url())
    assert response.status_code == 200 and response["Content-Type"] == "video/mp4"
    assert response["Cache-Control"] == "private, no-store" and response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == mp4_bytes()


def test_byte_ranges_for_seeking_and_safari(editor_client):
    data = mp4_bytes(payload=bytes(range(256)) * 8)
    video = services.save_video(Video(title="实训", poster=poster()), mp4_upload(data))
    url = video.get_absolute_url()
    whole = editor_client.get(url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes" and whole["Content-Length"] == str(len(data))
    part = editor_client.get(url, HTTP_RANGE="bytes=100-199")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 100-199/{len(data)}"
    assert part["Content-Length"] == "100" and b"".join(part.streaming_content) == data[100:200]
    tail = editor_client.get(url, HTTP_RANGE="bytes=-10")
    assert b"".join(tail.streaming_content) == data[-10:]
    start = editor_client.get(url, HTTP_RANGE="bytes=0-")  # what Safari asks first
    assert start.status_code == 206 and b"".join(start.streaming_content) == data
    beyond = editor_client.get(url, HTTP_RANGE=f"bytes={len(data)}-")
    assert beyond.status_code == 416 and beyond["Content-Range"] == f"bytes */{len(data)}"


@pytest.mark.parametrize("header,expected", [
    (None, None), ("", None), ("bytes=0-99", (0, 99)), ("bytes=10-", (10, 999)), ("bytes=-100", (900, 999)),
    ("bytes=-5000", (0, 999)), ("bytes=990-5000", (990, 999)), ("bytes=50-10", None), ("bytes=0-1,5-9", None),
    ("items=0-5", None), ("bytes=-", None), ("bytes=abc", None),
])
def test_parse_range(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_parse_range_unsatisfiable(header):
    with pytest.raises(Unsatisfiable):
        parse_range(header, 1000)


def test_library_choosers_are_valid_html(editor_client):
    """An empty `required` select and an empty unlabelled <option> are HTML errors (vnu): the poster
    chooser has no required attribute (the form still requires it), the optional video chooser's empty
    choice has a label."""
    page = editor_client.get(reverse("admin:medialib_video_add")).content.decode()
    poster = page.split('<select name="poster"')[1].split(">")[0]
    assert "required" not in poster and "admin-autocomplete" in poster
    article = editor_client.get(reverse("admin:news_article_add")).content.decode()
    chooser = article.split('<select name="video_links-__prefix__-video"')[1].split("</select>")[0]
    assert '<option value="">—</option>' in chooser
