"""Attachments are recognised by their bytes: the name and the browser's content type count for nothing."""
import pytest
from django.core.exceptions import ValidationError

from medialib import services
from medialib.attachments import check_attachment, download_name
from medialib.models import Attachment
from tests.medialib.media_helpers import (
    docx_bytes,
    jpeg_bytes,
    pdf_bytes,
    pptx_bytes,
    upload,
    xlsx_bytes,
    zip_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "data, name, kind",
    [
        (pdf_bytes(), "通知.pdf", "pdf"),
        (docx_bytes(), "报名表.docx", "docx"),
        (xlsx_bytes(), "名单.xlsx", "xlsx"),
        (pptx_bytes(), "讲座.pptx", "pptx"),
        (zip_bytes(), "材料.zip", "zip"),
        (docx_bytes(), "报名表.pdf", "docx"),  # a wrong extension is corrected, not trusted
    ],
)
def test_office_documents_and_archives_are_recognised(data, name, kind):
    assert check_attachment(upload(data, name, "application/octet-stream")) == kind


@pytest.mark.parametrize(
    "data, name",
    [
        (b"<!DOCTYPE html><html><script>alert(1)</script></html>", "通知.pdf"),
        (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "图.docx"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200, "setup.zip"),
        (jpeg_bytes((200, 100)), "photo.pdf"),
        (b"just some text", "readme.doc"),
    ],
)
def test_anything_else_is_refused_in_chinese(data, name):
    with pytest.raises(ValidationError) as info:
        check_attachment(upload(data, name, "application/pdf"))
    assert "不支持的附件类型" in info.value.messages[0]


def test_size_limit_and_empty_file(settings):
    settings.ATTACHMENT_MAX_BYTES = 100
    with pytest.raises(ValidationError, match="附件过大"):
        check_attachment(upload(pdf_bytes(), "a.pdf"))
    with pytest.raises(ValidationError, match="空文件"):
        check_attachment(upload(b"", "a.pdf"))


def test_download_name_takes_the_real_extension_and_no_path():
    assert download_name("../../报名表.PDF.exe", "报名表", "docx") == "报名表.PDF.docx"
    assert download_name("", "活动通知", "pdf") == "活动通知.pdf"
    assert download_name('a"b<c>.pdf', "", "pdf") == "a_b_c_.pdf"


def test_refused_attachment_leaves_no_file(settings):
    with pytest.raises(ValidationError):
        services.save_attachment(Attachment(title="坏"), upload(b"<html></html>", "x.pdf"))
    assert not Attachment.objects.exists()
    root = settings.MEDIA_ROOT
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))
