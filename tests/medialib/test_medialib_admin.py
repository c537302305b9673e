"""Editors use the library from its own admin pages and from the body editor's toolbar (JSON endpoints)."""
import pytest
from django.urls import reverse

from medialib.models import Attachment, Image
from tests.medialib.media_helpers import docx_bytes, jpeg_bytes, truncated_jpeg, upload

pytestmark = pytest.mark.django_db


def media_files(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_editor_uploads_an_image_on_its_admin_page_and_finds_it(editor_client):
    response = editor_client.post(
        reverse("admin:medialib_image_add"),
        {"title": "挂牌仪式", "alt": "嘉宾为学院揭牌", "caption": "揭牌现场", "credit": "摄影：李明",
         "upload": upload(jpeg_bytes((1400, 900)))},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    image = Image.objects.get()
    assert image.renditions and image.width == 1400
    listing = editor_client.get(reverse("admin:medialib_image_changelist"), {"q": "李明"}).content.decode()
    assert "挂牌仪式" in listing and "medialib-thumb" in listing


def test_alt_text_and_a_file_are_required(editor_client, settings):
    response = editor_client.post(
        reverse("admin:medialib_image_add"), {"title": "无替代文字", "alt": "", "upload": upload(jpeg_bytes((400, 300)))}
    )
    assert response.status_code == 200 and "这个字段是必填项" in response.content.decode()
    response = editor_client.post(reverse("admin:medialib_image_add"), {"title": "无文件", "alt": "图"})
    assert "请选择要上传的图片文件" in response.content.decode()
    assert not Image.objects.exists() and media_files(settings) == []


def test_truncated_upload_is_a_form_error_with_no_file_left(editor_client, settings):
    response = editor_client.post(
        reverse("admin:medialib_image_add"), {"title": "坏图", "alt": "坏图", "upload": upload(truncated_jpeg())}
    )
    assert response.status_code == 200 and "已损坏" in response.content.decode()
    assert media_files(settings) == []


def test_toolbar_upload_returns_json_and_refuses_in_chinese(editor_client, settings):
    url = reverse("admin:medialib_image_upload")
    response = editor_client.post(url, {"file": upload(jpeg_bytes((1000, 700))), "alt": "学员实训", "caption": "实训课"})
    assert response.status_code == 201
    data = response.json()
    assert data["alt"] == "学员实训" and data["caption"] == "实训课" and data["src"].endswith(".jpg")
    response = editor_client.post(url, {"file": upload(b"MZ\x90\x00 not an image", "evil.jpg"), "alt": "x"})
    assert response.status_code == 400 and "不是有效的图片" in response.json()["errors"]["file"][0]
    response = editor_client.post(url, {"file": upload(jpeg_bytes((400, 300)))})
    assert response.status_code == 400 and "替代文字" in response.json()["errors"]["alt"][0]
    assert Image.objects.count() == 1


def test_chooser_searches_the_library(editor_client):
    editor_client.post(reverse("admin:medialib_image_upload"), {"file": upload(jpeg_bytes((500, 400))), "alt": "航天对接机构"})
    found = editor_client.get(reverse("admin:medialib_image_choose"), {"q": "对接"}).json()["results"]
    assert [r["alt"] for r in found] == ["航天对接机构"]
    assert editor_client.get(reverse("admin:medialib_image_choose"), {"q": "无此图"}).json()["results"] == []


def test_toolbar_endpoints_need_permission(client, django_user_model):
    staff = django_user_model.objects.create_user("staff", password="x-very-long-pass-1", is_staff=True)
    client.force_login(staff)
    response = client.post(reverse("admin:medialib_image_upload"), {"file": upload(jpeg_bytes((400, 300))), "alt": "x"})
    assert response.status_code == 403
    client.logout()
    response = client.get(reverse("admin:medialib_image_choose"))
    assert response.status_code == 302  # to the login page


def test_attachment_upload_by_content(editor_client):
    url = reverse("admin:medialib_attachment_upload")
    response = editor_client.post(url, {"file": upload(docx_bytes(), "报名表.docx", "application/octet-stream"), "title": "报名表"})
    assert response.status_code == 201, response.content
    assert response.json()["filename"] == "报名表.docx" and response.json()["kind"] == "Word"
    response = editor_client.post(url, {"file": upload(b"<html><script>alert(1)</script></html>", "名单.pdf", "application/pdf")})
    assert response.status_code == 400 and "改扩展名无效" in response.json()["errors"]["file"][0]
    assert Attachment.objects.count() == 1
