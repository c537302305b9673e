"""Attachments (附件) are recognised by their content, never by the name or the browser's claim."""
from pathlib import PurePosixPath

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError

# Kind -> the content type it is served with. Every download is Content-Disposition: attachment.
SAFE_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "zip": "application/zip",
    "rar": "application/vnd.rar",
    "7z": "application/x-7z-compressed",
}
# How much of the file the recogniser reads (OOXML and OLE files are recognised from their directory).
HEAD_BYTES = 256 * 1024


def _describe(size):
    return f"{size / 1_048_576:.1f} MB"


def check_attachment(upload) -> str:
    """Return the attachment kind ("pdf", "docx", …) or refuse the file with a message an editor understands."""
    size = getattr(upload, "size", 0) or 0
    if size > settings.ATTACHMENT_MAX_BYTES:
        raise ValidationError(
            "附件过大（%(size)s），上限为 %(limit)s。", code="attachment_too_large",
            params={"size": _describe(size), "limit": _describe(settings.ATTACHMENT_MAX_BYTES)},
        )
    if size == 0:
        raise ValidationError("附件是空文件。", code="attachment_empty")
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.extension not in SAFE_TYPES:
        found = f"（识别为 {kind.extension}）" if kind else ""
        raise ValidationError(
            "不支持的附件类型%(found)s。可上传 PDF、Word、Excel、PowerPoint、OpenDocument 文件和 ZIP/RAR/7z 压缩包；"
            "类型按文件内容判断，改扩展名无效。",
            code="attachment_type", params={"found": found},
        )
    return kind.extension


def download_name(upload_name: str, title: str, kind: str) -> str:
    """The file name readers get: the uploaded name's stem (or the title) with the extension of the real type."""
    stem = PurePosixPath(upload_name or "").stem.strip() or title.strip() or "附件"
    for bad in '/\\:*?"<>|\r\n\t\0':
        stem = stem.replace(bad, "_")
    return f"{stem[:150]}.{kind}"
